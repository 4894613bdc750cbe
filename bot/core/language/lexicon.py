"""Words that signal what a question asks, read once from lexicon.yaml. Language knowledge only.

Each word set holds normalised tokens (see bot.core.language.normalize). The module-level names
below are the sets other modules import; `LEXICON.words(name)` gives any set by its name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, StringConstraints

from bot.core.knowledge.errors import KnowledgeError, KnowledgeProblem
from bot.core.knowledge.located import Doc
from bot.core.knowledge.suggest import did_you_mean
from bot.core.language.datafile import DataModel, read_data

WordList = Annotated[str, StringConstraints(min_length=1)]
Month = Annotated[int, Field(ge=1, le=12)]


class LexiconFile(DataModel):
    """The shape of lexicon.yaml (see the comments in that file)."""

    cues: dict[str, WordList]
    sets: dict[str, WordList]
    topics: dict[str, WordList]
    synonyms: dict[str, WordList]
    leaning_phrases: tuple[WordList, ...]
    anchor_phrases: dict[str, tuple[WordList, ...]]
    then_phrases: tuple[WordList, ...] = ()
    now_phrases: tuple[WordList, ...] = ()
    excluding_phrases: tuple[WordList, ...] = ()
    horizon_phrases: tuple[WordList, ...]
    doubtful_notes: tuple[WordList, ...]
    months: dict[str, Month]
    may_forms: WordList
    numbers: dict[str, WordList]
    ordinal_numbers: dict[str, Annotated[int, Field(ge=1)]] = Field(default_factory=dict)
    post_abbreviations: dict[str, WordList] = Field(default_factory=dict)
    phrasal_verbs: dict[WordList, WordList] = Field(default_factory=dict)
    predicate_particles: dict[str, WordList] = Field(default_factory=dict)
    capitals: dict[str, WordList] = Field(default_factory=dict)
    suffixes: WordList
    idioms: dict[WordList, WordList] = Field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every word set of the lexicon, with its "@name" references resolved."""

    cues: dict[str, frozenset[str]]
    sets: dict[str, frozenset[str]]
    topics: dict[str, frozenset[str]]
    synonyms: dict[str, tuple[str, ...]]
    leaning_phrases: frozenset[tuple[str, ...]]
    anchor_phrases: dict[str, tuple[tuple[str, ...], ...]]  # relation -> phrases, longest first
    then_phrases: tuple[tuple[str, ...], ...]  # longest first
    now_phrases: tuple[tuple[str, ...], ...]
    excluding_phrases: tuple[str, ...]  # "apart from", as written
    horizon_phrases: tuple[str, ...]
    doubtful_notes: tuple[str, ...]
    months: dict[str, int]
    may_forms: frozenset[str]
    numbers: dict[str, str]
    ordinal_numbers: dict[str, int]
    # short form -> the post's words ("pm": ("prime", "minister"))
    post_abbreviations: dict[str, tuple[str, ...]]
    # verb and particle -> the one verb facts use ("coming", "back" -> "returning")
    phrasal_verbs: dict[tuple[str, str], str]
    predicate_particles: dict[str, str]  # particle -> the act it says ("out": "withdrawal")
    capitals: dict[str, str]  # a capital -> its state's name ("baku": "azerbaijan")
    suffixes: tuple[str, ...]
    named: dict[str, frozenset[str]]  # cues and sets together, by name
    # Everyday phrases and the words they mean ("came out of" -> "outcome of"), longest first.
    idioms: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()

    def words(self, name: str) -> frozenset[str]:
        """The cue or set called `name`."""
        try:
            return self.named[name]
        except KeyError:
            raise LookupError(f"lexicon.yaml has no cue or set called {name!r}") from None

    def names(self) -> frozenset[str]:
        """The names of every cue and set."""
        return frozenset(self.named)

    def posts_spelt(self, words: Iterable[str]) -> list[str]:
        """The words, each short form of a post spelt out ("sg": "secretary", "general")."""
        return [part for word in words for part in self.post_abbreviations.get(word, (word,))]


class _Resolver:
    """Expands "@name" references, recording each unknown name or cycle as a located problem."""

    def __init__(self, raw: LexiconFile, doc: Doc) -> None:
        self.raw = {("sets", k): v for k, v in raw.sets.items()}
        self.raw |= {("cues", k): v for k, v in raw.cues.items()}
        self.by_name = {key[1]: key for key in self.raw}
        self.doc = doc
        self.done: dict[tuple[str, str], frozenset[str]] = {}
        self.problems: list[KnowledgeProblem] = []
        for name in set(raw.cues) & set(raw.sets):
            message = f"'{name}' is already the name of a cue; give the set another name"
            self.problems.append(doc.problem(("sets", name), message))

    def section(self, section: str, values: dict[str, str]) -> dict[str, frozenset[str]]:
        """Every list of one section, resolved."""
        return {name: self.resolve((section, name), text, ()) for name, text in values.items()}

    def resolve(self, path: tuple[str, str], text: str, open_: tuple[str, ...]) -> frozenset[str]:
        """The words of one list, with its references expanded."""
        known = self.done.get(path)
        if known is not None:
            return known
        words: set[str] = set()
        for word in text.split():
            if not word.startswith("@"):
                if word != word.casefold():
                    self._problem(path, f"'{word}' will never match: write words in lowercase")
                words.add(word)
                continue
            words |= self._reference(path, word[1:], open_)
        result = frozenset(words)
        self.done[path] = result
        return result

    def _reference(self, path: tuple[str, str], name: str, open_: tuple[str, ...]) -> set[str]:
        target = self.by_name.get(name)
        if target is None:
            hint = did_you_mean(name, self.by_name)
            self._problem(path, f"'@{name}' names no cue or set{hint}")
            return set()
        if name in open_:
            self._problem(path, f"'@{name}' refers back to itself")
            return set()
        return set(self.resolve(target, self.raw[target], (*open_, name)))

    def _problem(self, path: tuple[str, str], message: str) -> None:
        self.problems.append(self.doc.problem(path, message))


def read_lexicon(source: Path) -> Lexicon:
    """Read and check one lexicon file; raise KnowledgeError listing every problem, located."""
    loaded = read_data(source, LexiconFile)
    raw = loaded.model
    resolver = _Resolver(raw, loaded.doc)
    cues = resolver.section("cues", raw.cues)
    sets = resolver.section("sets", raw.sets)
    topics = resolver.section("topics", raw.topics)
    synonyms = resolver.section("synonyms", raw.synonyms)
    if resolver.problems:
        raise KnowledgeError(resolver.problems)
    return Lexicon(
        cues=cues,
        sets=sets,
        named={**sets, **cues},
        topics=topics,
        # A synonym's words keep their order: the first is the likeliest wording in the facts.
        synonyms={
            word: tuple(sorted(words, key=raw.synonyms[word].split().index))
            for word, words in synonyms.items()
        },
        leaning_phrases=frozenset(tuple(phrase.split()) for phrase in raw.leaning_phrases),
        anchor_phrases={
            relation: tuple(sorted((tuple(p.split()) for p in phrases), key=len, reverse=True))
            for relation, phrases in raw.anchor_phrases.items()
        },
        then_phrases=tuple(
            sorted((tuple(p.split()) for p in raw.then_phrases), key=len, reverse=True)
        ),
        now_phrases=tuple(tuple(p.split()) for p in raw.now_phrases),
        excluding_phrases=raw.excluding_phrases,
        horizon_phrases=raw.horizon_phrases,
        doubtful_notes=raw.doubtful_notes,
        months=dict(raw.months),
        may_forms=frozenset(raw.may_forms.split()),
        numbers=dict(raw.numbers),
        ordinal_numbers=dict(raw.ordinal_numbers),
        post_abbreviations={
            short: tuple(post.split()) for short, post in raw.post_abbreviations.items()
        },
        phrasal_verbs={
            (phrase.split()[0], phrase.split()[-1]): verb
            for phrase, verb in raw.phrasal_verbs.items()
        },
        predicate_particles=dict(raw.predicate_particles),
        capitals=dict(raw.capitals),
        suffixes=tuple(raw.suffixes.split()),
        idioms=tuple(
            sorted(
                ((tuple(k.split()), tuple(v.split())) for k, v in raw.idioms.items()),
                key=lambda pair: len(pair[0]),
                reverse=True,
            )
        ),
    )


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon, read once."""
    return read_lexicon(Path(__file__).with_name("lexicon.yaml"))


LEXICON = lexicon()
CUES = LEXICON.cues
TOPIC_WORDS = LEXICON.topics
SYNONYMS = LEXICON.synonyms
STOPWORDS = LEXICON.words("stopwords")
DOMAIN = LEXICON.words("domain")
SUMMIT_WORDS = LEXICON.words("summit")
CONFLICT_WORDS = LEXICON.words("conflict")
CONFLICT_NOUNS = LEXICON.words("conflict_nouns")
ANAPHORA = LEXICON.words("anaphora")
FOLLOWUP_OPENERS = LEXICON.words("followup_openers")
WHY_WORDS = LEXICON.words("why")
NOT_SPECIFIC = LEXICON.words("not_specific")
EXTRAORDINARY = LEXICON.words("extraordinary")
ORG_WORDS = LEXICON.words("org_words")
OFF_TOPIC = LEXICON.words("off_topic")
MEMBER_WORDS = LEXICON.words("members")
# Words that pick an item of a list by its place ("the second one", "the first", "the last").
PLACE_WORDS = (
    frozenset(LEXICON.ordinal_numbers) | LEXICON.words("first") | LEXICON.words("last_of_list")
)
UPCOMING = LEXICON.words("upcoming")
PERSONAL_PRONOUNS = LEXICON.words("personal_pronouns")
BEFORE = LEXICON.words("before")
AFTER = LEXICON.words("after")
LATEST = LEXICON.words("latest")
# A question word right after "before" or "after" makes it a time's bound, not a step from
# someone: "до какого года" (read "before which year"), "before what date".
_BOUND_ASKED = LEXICON.words("what") | LEXICON.words("which") | LEXICON.words("when")


def stepping_words(words: tuple[str, ...]) -> frozenset[str]:
    """The words of `words` but a "before" or "after" that bounds a time asked ("until which
    year"): what is left says a step to the one before or after, if any."""
    return frozenset(
        word
        for index, word in enumerate(words)
        if word not in BEFORE | AFTER
        or words[index + 1 : index + 2] == ()
        or words[index + 1] not in _BOUND_ASKED
    )


EARLIEST = LEXICON.words("earliest")

# Every word the lexicon knows: a question made of these and of the facts' words is understood.
KNOWN = frozenset().union(
    DOMAIN, SUMMIT_WORDS, CONFLICT_WORDS, NOT_SPECIFIC, EXTRAORDINARY, ORG_WORDS, ANAPHORA,
    LEXICON.words("followup_openers"), MEMBER_WORDS, UPCOMING, PERSONAL_PRONOUNS, BEFORE, AFTER,
    LATEST, EARLIEST, *CUES.values(), *TOPIC_WORDS.values(), SYNONYMS, *SYNONYMS.values(),
    LEXICON.words("ordinary"),
)  # fmt: skip
