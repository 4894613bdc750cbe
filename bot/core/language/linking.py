"""Entity linking: find the knowledge's entities (and other countries) named in a question.

All fuzzy matching lives here. Misspelt words are corrected against the vocabulary of names,
aliases and question words with a bounded edit distance (rapidfuzz), then names are found as token
runs in any word order. A correction is accepted only when it clearly beats the runner-up.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from types import ModuleType

from bot.core.answering import confidence as score_of
from bot.core.answering.retrieval import stem
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.models import Entity
from bot.core.language.countries import external_country_names
from bot.core.language.idioms import plain_pairs, plain_words
from bot.core.language.lexicon import KNOWN, LEXICON, OFF_TOPIC, STOPWORDS
from bot.core.language.normalize import name_key, normalize, tokens
from bot.core.language.organization import OrganizationWords
from bot.core.language.phrasal import one_verb
from bot.core.language.russian import RussianReader, is_cyrillic, transliterate
from bot.core.language.temporal import full_years

MAX_NAME_TOKENS = 7
# Edit distance allowed for a word of a given length: short words must be typed exactly,
# because "iraq" is one letter from "iran".
_ALLOWED_EDITS = ((5, 0), (8, 1), (10**6, 2))
# "Countrys", "citys": a word this long ending in "ys" may be a misspelt plural ("days" is not).
_PLURAL_TYPO = 4


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in the question: which entity, where, and how sure the match is."""

    entity_id: str
    start: int
    end: int
    score: float
    external: bool = False  # a country the knowledge does not hold (closed-world "not a member")


@dataclass(frozen=True, slots=True)
class Reading:
    """A question after correction and linking."""

    original: str
    words: tuple[str, ...]
    corrected: tuple[str, ...]
    corrections: int
    mentions: tuple[Mention, ...]
    content: frozenset[str] = frozenset()

    def has(self, cue: str) -> bool:
        """True when any word of the named cue or set (see lexicon.yaml) occurs in the question."""
        return not LEXICON.named[cue].isdisjoint(self.corrected)

    def has_any(self, words: frozenset[str]) -> bool:
        """True when any of the words occurs in the question."""
        return not words.isdisjoint(self.corrected)

    def named_words(self, only: list[str] | None = None) -> set[str]:
        """The words that named an entity ("karabakh" in "the second karabakh war"), or only
        those that named one of the entities in `only`."""
        return {
            word
            for mention in self.mentions
            if only is None or mention.entity_id in only
            for word in self.corrected[mention.start : mention.end]
        }

    def ids(self) -> list[str]:
        """Linked entity ids in order of appearance, without repeats."""
        seen: list[str] = []
        for mention in self.mentions:
            if not mention.external and mention.entity_id not in seen:
                seen.append(mention.entity_id)
        return seen


_CORRECTION_CACHE = 4096
_NUMBER_WORDS = LEXICON.numbers
# Question words are short, so the general correction leaves them alone; a dropped or swapped
# letter ("wich", "whn", "hwo") is still unambiguous among so few words.
_INTERROGATIVES = LEXICON.words("interrogatives")
# The cue words, by stem: "chairing" asks what "chair" asks, "replacing" what "replaced" asks.
_CUE_WORDS = frozenset().union(*LEXICON.cues.values(), *LEXICON.sets.values()) - STOPWORDS


_NUMBERED_NOUNS = LEXICON.words("numbered_nouns")


def _numbered(words: tuple[str, ...]) -> tuple[str, ...]:
    """A number word after a noun numbering a text's parts is its digit ("article five" is
    "article 5", as the facts write it)."""
    if _NUMBERED_NOUNS.isdisjoint(words):
        return words
    return tuple(
        _NUMBER_WORDS.get(word, word) if index and words[index - 1] in _NUMBERED_NOUNS else word
        for index, word in enumerate(words)
    )


_SUFFIXES = LEXICON.suffixes
# "The Russian acronym", "its Kazakh name": a demonym before one of these names a language.
_WORDING_NOUNS = LEXICON.words("wording_nouns")
_WORDING = _WORDING_NOUNS | LEXICON.words("wording_verbs")


def name_words(catalog: Catalog, entity_id: str) -> set[str]:
    """The words of an entity's name and aliases (empty for an unknown id)."""
    entity = catalog.entities.get(entity_id)
    if entity is None:
        return set()
    return {word for surface in (entity.name, *entity.aliases) for word in tokens(surface)}


def _cue_form(word: str) -> str | None:
    """The cue word that `word` inflects: "chairing" is "chair", "replacing" is "replace"."""
    for suffix in _SUFFIXES:
        if suffix == "ly":
            continue  # "yearly" is not "year": an adverb asks something else than its root
        base = word[: -len(suffix)]
        if not word.endswith(suffix) or len(base) < 4:
            continue
        for form in (base, f"{base}e", base[:-1] if base[-1:] == base[-2:-1] else ""):
            if form in _CUE_WORDS:
                return form
    return None


def _base(word: str) -> str | None:
    """The word without its longest ending (lexicon suffixes), when four letters or more are
    left ("arrivals", "arrived": "arriv"); None for a word with no such ending."""
    for suffix in _SUFFIXES:
        base = word[: -len(suffix)]
        if suffix != "ly" and word.endswith(suffix) and len(base) >= 4 and base.isalpha():
            return base
    return None


def _near_interrogative(word: str) -> str | None:
    """The one question word `word` is a letter short of, or has two letters swapped in."""
    found = set()
    for cue in _INTERROGATIVES:
        # A dropped letter, but not the first: "here" is a word of its own, not "where".
        dropped = any(cue[:i] + cue[i + 1 :] == word for i in range(1, len(cue)))
        if len(cue) == len(word) + 1 and dropped:
            found.add(cue)
        if len(cue) == len(word) and sorted(cue) == sorted(word):
            swaps = [i for i in range(len(cue)) if cue[i] != word[i]]
            if len(swaps) == 2 and swaps[1] == swaps[0] + 1:
                found.add(cue)
    return found.pop() if len(found) == 1 else None


def _rapidfuzz() -> tuple[ModuleType, ModuleType, ModuleType]:
    """rapidfuzz's fuzz, process and OSA, imported on first use.

    Most questions are spelt well enough to need no fuzzy matching, and a one-shot
    `csto-bot ask` should not pay for loading the library then.
    """
    from rapidfuzz import fuzz, process  # noqa: PLC0415
    from rapidfuzz.distance import OSA  # noqa: PLC0415

    return fuzz, process, OSA


_PAIR = 2
_PAIR_MIN_LETTERS = 3


def _allowed_edits(word: str) -> int:
    return next(edits for limit, edits in _ALLOWED_EDITS if len(word) < limit)


# The readings made while one answer is built: its question is read again by its parts, its
# asides and the checks of its answer. Scoped to the answer, so nothing outlives it.
_READINGS: ContextVar[dict[tuple[int, str], Reading] | None] = ContextVar("readings", default=None)


@contextmanager
def readings_remembered() -> Iterator[None]:
    """Within the block, each text is read once per linker (the block is one answer)."""
    token = _READINGS.set({})
    try:
        yield
    finally:
        _READINGS.reset(token)


class Linker:
    """Links question text to entity ids; built once per knowledge load."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.forms: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self.unordered: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self.prefix_names: dict[str, str] = {}
        organization = catalog.organization
        self._org_ids = {organization.id}
        self.organization = OrganizationWords.of(organization)
        self._org_prefixes = self.organization.names
        for entity_id, entity in catalog.entities.items():
            self._add_entity(entity_id, entity)
        self._external: dict[tuple[str, ...], str] | None = None
        self._by_prefix: dict[str, list[tuple[str, str]]] | None = None
        self._external_choices: list[tuple[str, ...]] = []
        self._corrections: dict[str, tuple[str, int]] = {}
        self.form_names = {" ".join(form): ids for form, ids in self.forms.items()}
        # Two-word names by each of their words in place: "stanislav zaas" is found by
        # "stanislav" and one edit of "zas", a surname too short to be spell-corrected alone.
        self._pairs: dict[tuple[int, str], list[tuple[str, ...]]] = defaultdict(list)
        for form in self.forms:
            if len(form) == _PAIR:
                self._pairs[(0, form[0])].append(form)
                self._pairs[(1, form[1])].append(form)
        self._name_words = self._words_of_names()
        self.vocabulary = self._vocabulary()
        # Russian words the engine does not know already are read as English ones.
        # A case form is read as a one-word name ("Армении"), not as a word of a longer one.
        one_word_names = {form[0] for form in self.forms if len(form) == 1}
        self._russian = RussianReader(
            self.vocabulary | _CUE_WORDS | STOPWORDS, one_word_names, self.forms, self._name_words
        )
        # Only longer words are offered as corrections; short ones are too easy to hit by chance.
        self._choices = sorted(w for w in self.vocabulary if len(w) >= 5 and w.isalpha())
        self._bases = frozenset(b for w in self.vocabulary if (b := _base(w)) is not None)

    def _add_entity(self, entity_id: str, entity: Entity) -> None:
        """Index an entity's name, aliases and abbreviation (and a person's surname)."""
        abbreviation = getattr(entity, "abbreviation", None)
        for surface in (entity.name, *entity.aliases, *([abbreviation] if abbreviation else [])):
            self._add_form(surface, entity_id)
            if is_cyrillic(surface):
                # "КСБР ЦАР" is typed "ksbr tsar" too: a Russian name in Latin letters.
                self._add_form(transliterate(" ".join(tokens(surface))), entity_id)
        if self.catalog.kinds[entity_id] == "person":
            for surface in (entity.name, *entity.aliases):
                self._add_surname(surface, entity_id)

    def _vocabulary(self) -> frozenset[str]:
        """Every word a question may use: names, the lexicon's words and the facts' words."""
        vocabulary = set(self._name_words) | KNOWN | OFF_TOPIC
        for items in self.catalog.facts_of.values():
            for item in items:
                vocabulary |= set(tokens(item.fact.text))
        return frozenset(vocabulary)

    def _words_of_names(self) -> frozenset[str]:
        """The words of names and places, as against the ordinary words of facts and cues."""
        catalog = self.catalog
        words = {word for form in self.forms for word in form}
        words |= {word for summit in catalog.summits() for word in tokens(summit.city or "")}
        words |= {word for conflict in catalog.conflicts() for word in tokens(conflict.name)}
        return frozenset(words)

    def _add_form(self, surface: str, entity_id: str) -> None:
        key = tuple(tokens(surface))
        if not key or all(word in STOPWORDS for word in key):
            return
        digits = tuple(_NUMBER_WORDS.get(word, word) for word in key)
        if digits != key:
            self.forms.setdefault(digits, set()).add(entity_id)
        # "CSTO Joint Staff" is called "Joint Staff" too: the organization's prefix is implied.
        if len(key) > 2 and key[0] in self._org_prefixes and entity_id not in self._org_ids:
            self._add_form(" ".join(key[1:]), entity_id)
        self.forms[key].add(entity_id)
        if len(key) > 1:
            self.unordered[tuple(sorted(key))].add(entity_id)
            last = key[-1]
            other = last[:-1] if last.endswith("s") and len(last) > 4 else f"{last}s"
            self.forms.setdefault((*key[:-1], other), {entity_id})
        if len(key) == 1 and len(key[0]) >= 5 and self.catalog.kinds[entity_id] == "country":
            self.prefix_names.setdefault(key[0], entity_id)

    def _add_surname(self, name: str, entity_id: str) -> None:
        parts = tokens(name)
        if len(parts) > 1 and len(parts[-1]) >= 4:
            self.forms[(parts[-1],)].add(entity_id)

    def _names_of(self, word: str) -> frozenset[str]:
        """The entities a one-word name belongs to (empty for other words)."""
        return frozenset(self.forms.get((word,), ()))

    def correct(self, word: str) -> tuple[str, int]:
        """Return the vocabulary word meant by `word`, and the edits it took (0 when unchanged)."""
        if word in _CUE_WORDS or word in STOPWORDS or word.isdigit():
            return word, 0
        # "countrys": a plural misspelt is the plural ("countries"), not the nearer singular.
        plural = f"{word[:-2]}ies" if word.endswith("ys") and len(word) > _PLURAL_TYPO else None
        if plural is not None and (plural in self.vocabulary or plural in _CUE_WORDS):
            return plural, 1
        cue = _cue_form(word) if not self._names_of(word) else None
        if cue is not None:
            return cue, 0  # another form of a cue word: no typo, so no doubt either
        if word in self.vocabulary or self._inflects_known(word):
            return word, 0
        known = self._corrections.get(word)
        if known is None:
            known = self._correct(word)
            if len(self._corrections) >= _CORRECTION_CACHE:
                self._corrections.clear()  # bounded: users' typos are many but repeat a lot
            self._corrections[word] = known
        return known

    def _inflects_known(self, word: str) -> bool:
        """The word is another form of a word the fact base uses ("arrivals" of "arrived"): a
        word of the user's own, not a typo of a nearer one ("rivals")."""
        base = _base(word)
        return base is not None and (base in self._bases or f"{base}e" in self._bases)

    def _correct(self, word: str) -> tuple[str, int]:
        allowed = _allowed_edits(word)
        if allowed == 0:
            near = _near_interrogative(word) or self._doubled(word)
            return (near, 1) if near else (word, 0)
        _, process, osa = _rapidfuzz()
        found = process.extract(
            word, self._choices, scorer=osa.distance, score_cutoff=allowed, limit=2
        )
        if not found:
            return word, 0
        best, distance, _ = found[0]
        # "erevan" for "yerevan": names lose a first letter in transliteration; plain words
        # do not ("order" is no "border").
        dropped_first = (best[1:] == word or word[1:] == best) and best in self._name_words
        if len(word) <= 6 and best[0] != word[0] and not dropped_first:
            return word, 0  # short words keep their first letter: "right" is not "fight"
        runner_up = found[1][0] if len(found) > 1 and found[1][1] == distance else None
        same_name = runner_up is not None and self._names_of(runner_up) == self._names_of(best)
        if runner_up and stem(runner_up) != stem(best) and not same_name:
            return word, 0  # two different words equally close: guessing would be a coin toss
        return best, int(distance)

    def _doubled(self, word: str) -> str | None:
        """The one word `word` is with a doubled letter typed once ("staf" for "staff"): short
        words allow no other typo."""
        found = {
            word[: i + 1] + word[i:]
            for i in range(len(word))
            if word[i].isalpha() and word[: i + 1] + word[i:] in self.vocabulary
        }
        return found.pop() if len(found) == 1 else None

    def names_any(self, text: str) -> bool:
        """The text names something the facts know (a state, a summit, a person)."""
        return bool(self.read(text).mentions)

    def read(self, question: str) -> Reading:
        """Correct and link one question (once per text while one answer is being built)."""
        memo = _READINGS.get()
        if memo is None:
            return self._read(question)
        key = (id(self), question)
        known = memo.get(key)
        if known is None:
            known = memo[key] = self._read(question)
        return known

    def _read(self, question: str) -> Reading:
        words = plain_words(full_years(self._russian.read(tuple(tokens(question)[:400]))))
        words = _numbered(words)
        corrected_pairs = [self.correct(word) for word in words]
        spelt = tuple(word for word, _ in corrected_pairs)
        if spelt != words:
            # An idiom misspelt ("comming back") is read once its words are corrected; the
            # words read are then the corrected ones, as the idiom's own are.
            plain = plain_pairs(spelt, [distance for _, distance in corrected_pairs])
            if len(plain) != len(spelt) or any(
                a != b for (a, _), b in zip(plain, spelt, strict=True)
            ):
                corrected_pairs, words = plain, tuple(word for word, _ in plain)
        corrected = one_verb(tuple(word for word, _ in corrected_pairs))
        edits = [distance for _, distance in corrected_pairs]
        mentions = self._mentions(corrected, edits)
        return Reading(
            original=question,
            words=words,
            corrected=corrected,
            corrections=sum(1 for distance in edits if distance),
            mentions=tuple(mentions),
            content=frozenset(word for word in corrected if word not in STOPWORDS),
        )

    def _mentions(self, words: tuple[str, ...], edits: list[int]) -> list[Mention]:
        taken = [False] * len(words)
        found: list[Mention] = []
        for size in range(min(MAX_NAME_TOKENS, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                end = start + size
                if any(taken[start:end]):
                    continue
                span = words[start:end]
                if all(word in STOPWORDS for word in span):
                    continue
                mention = self._match(span, start, end, sum(edits[start:end]))
                if mention:
                    found.extend(mention)
                    taken[start:end] = [True] * size
        found.extend(self._demonyms(words, taken))
        return sorted(found, key=lambda mention: mention.start)

    def _match(self, span: tuple[str, ...], start: int, end: int, edits: int) -> list[Mention]:
        score = max(score_of.LINK_FLOOR, score_of.LINK_EXACT - score_of.LINK_PER_EDIT * edits)
        ids = self.forms.get(span) or (
            self.unordered.get(tuple(sorted(span))) if len(span) > 1 else None
        )
        if not ids and len(span) == _PAIR:
            near = self._near_pair(span)
            if near is not None:
                ids = self.forms[near]
                score = max(score_of.LINK_FLOOR, score - score_of.LINK_PER_EDIT)
        if ids:
            # Several entities sharing a form (rare: the loader forbids alias collisions) all count.
            return [Mention(entity_id, start, end, score) for entity_id in sorted(ids)]
        return []

    def _near_pair(self, span: tuple[str, ...]) -> tuple[str, ...] | None:
        """The one two-word name the span spells with one word exact and the other one edit
        away ("stanislav zaas"); None when none or several fit, or the other word is a stopword,
        short or a number."""
        found: set[tuple[str, ...]] = set()
        for place in (0, 1):
            other = 1 - place
            forms = self._pairs.get((place, span[place]), ())
            # Most spans share no word with a two-word name: nothing to measure.
            if not forms or span[other] in STOPWORDS or len(span[other]) < _PAIR_MIN_LETTERS:
                continue
            # A number is never one edit from another: "Interaction-2019" is not Interaction-2015.
            if span[other].isdigit():
                continue
            _, _, osa = _rapidfuzz()
            for form in forms:
                if (
                    len(form[other]) >= _PAIR_MIN_LETTERS
                    and osa.distance(span[other], form[other], score_cutoff=1) <= 1
                ):
                    found.add(form)
        # Several spellings of one name ("zas", "zass") are one name.
        named = {frozenset(self.forms[form]) for form in found}
        return min(found) if len(named) == 1 else None

    def _external_index(self) -> dict[tuple[str, ...], str]:
        # Built on first use: loading pycountry costs more than a typical answer.
        if self._external is None:
            self._external = {}
            for name in external_country_names():
                key = tuple(tokens(name))
                if key and key not in self.forms:
                    self._external.setdefault(key, name)
            self._external_choices = [k for k in self._external if len(k) == 1 and len(k[0]) >= 5]
        return self._external

    def external_countries(self, reading: Reading) -> list[Mention]:
        """Countries the knowledge does not hold, named in the question (typos forgiven)."""
        index = self._external_index()
        words = [word for word in reading.words if word not in STOPWORDS]
        choices = self._external_choices
        found: list[Mention] = []
        for size in range(min(4, len(reading.words)), 0, -1):
            for start in range(len(reading.words) - size + 1):
                span = reading.words[start : start + size]
                if span in index:
                    found.append(
                        Mention(
                            index[span], start, start + size, score_of.LINK_EXACT, external=True
                        )
                    )
        if found:
            return found
        _, process, osa = _rapidfuzz()
        for word in words:
            if len(word) < 5 or word in self.vocabulary:
                continue
            match = process.extractOne(
                (word,),
                choices,
                processor=lambda key: key[0],
                scorer=osa.distance,
                score_cutoff=_allowed_edits(word),
            )
            if match:
                found.append(
                    Mention(index[match[0]], 0, 0, score_of.LINK_FUZZY_STATE, external=True)
                )
        return found

    def _prefix_candidates(self, word: str) -> list[tuple[str, str]]:
        """Country names sharing the word's first three letters (a demonym shares them)."""
        if self._by_prefix is None:
            self._by_prefix = {}
            for name, entity_id in self.prefix_names.items():
                self._by_prefix.setdefault(name[:3], []).append((name, entity_id))
        return self._by_prefix.get(word[:3], [])

    def _demonyms(self, words: tuple[str, ...], taken: list[bool]) -> list[Mention]:
        """'Russian', 'Kyrgyz', 'Tajik': words that are a country name's stem link to it, weakly."""
        found: list[Mention] = []
        worded = not _WORDING.isdisjoint(words)
        for index, word in enumerate(words):
            if taken[index] or len(word) < 5 or word in STOPWORDS:
                continue
            if words[index + 1 : index + 2] and words[index + 1] in _WORDING_NOUNS:
                continue
            if worded and _in_a_language(words, index):
                continue
            for name, entity_id in self._prefix_candidates(word):
                stem_of_name = name.startswith(word) and len(word) >= 0.5 * len(name)
                name_in_word = word.startswith(name) and len(word) - len(name) <= 3
                if stem_of_name or name_in_word:
                    found.append(Mention(entity_id, index, index + 1, score_of.LINK_DEMONYM))
                    break
        return found


def normalized_forms(catalog: Catalog, entity_id: str) -> list[str]:
    """The normalised name and aliases of an entity (for autocomplete)."""
    entity = catalog.entities[entity_id]
    return [normalize(surface) for surface in (entity.name, *entity.aliases)]


def did_you_mean(linker: Linker, reading: Reading, limit: int = 3) -> list[str]:
    """Entity ids whose names loosely resemble the question's unknown words (for suggestions)."""
    unknown = [
        w
        for w in reading.words
        if len(w) >= 4 and w not in linker.vocabulary and w not in STOPWORDS
    ]
    if not unknown:
        return []
    choices = linker.form_names
    fuzz, process, _ = _rapidfuzz()
    found: dict[str, float] = {}
    for word in unknown[:12]:
        for form, score, _ in process.extract(
            word, list(choices), scorer=fuzz.ratio, score_cutoff=72, limit=3
        ):
            # Sorted, as in `_match`: a set's order is hash-seeded, and ties keep this order.
            for entity_id in sorted(choices[form]):
                found[entity_id] = max(found.get(entity_id, 0.0), score)
    return [entity_id for entity_id, _ in sorted(found.items(), key=lambda pair: -pair[1])][:limit]


def complete_names(linker: Linker, text: str, entity_ids: list[str], limit: int) -> list[str]:
    """Entity ids whose name or alias best matches partly typed text (autocomplete)."""
    query = normalize(text)
    if not query:
        return entity_ids[:limit]
    choices: dict[str, str] = {}
    for entity_id in entity_ids:
        for form in normalized_forms(linker.catalog, entity_id):
            choices.setdefault(form, entity_id)
    scored: dict[str, float] = {}
    fuzz, process, _ = _rapidfuzz()
    for form, score, _ in process.extract(
        query, list(choices), scorer=fuzz.WRatio, score_cutoff=60, limit=limit * 3
    ):
        entity_id = choices[form]
        bonus = 10.0 if form.startswith(query) else 0.0
        scored[entity_id] = max(scored.get(entity_id, 0.0), score + bonus)
    return [entity_id for entity_id, _ in sorted(scored.items(), key=lambda pair: -pair[1])][:limit]


# -- structured lookups: one subject of a kind, named by a value typed into a command ----------
# A whole value this close to a subject's name or alias is offered as "did you mean" (rapidfuzz
# ratio: WRatio's partial matching finds "egy" in "turkey" and "april" in "paris").
NEAR_CUTOFF = 70
# Typed prefixes shorter than this would match too much ("m" is every Moscow and Minsk).
MIN_PREFIX = 3


@dataclass(frozen=True, slots=True)
class SubjectKeys:
    """What may name one subject in a lookup: its whole names, and words that stand for it."""

    forms: frozenset[str]  # its id, and its name and aliases as name keys ("yerevan summit ...")
    words: frozenset[str]  # every word of those, of its place, and its years


@dataclass(frozen=True, slots=True)
class Found:
    """What a looked-up value names: the subjects it fits, else the ones it resembles."""

    matches: tuple[str, ...]  # one: that subject; several: the user must choose
    near: tuple[str, ...] = ()  # with no match: did they mean one of these?


def look_up(query: str, subjects: dict[str, SubjectKeys], ignored: frozenset[str]) -> Found:
    """The subjects a typed value names: as a whole name or id, or word by word (typos forgiven).

    Every word of the value must fit one of the subject's words (exactly, as a typed prefix or
    within the edits a word of its length allows; years exactly); the closest fits win.
    """
    key = name_key(query)
    whole = [s for s, keys in subjects.items() if key in keys.forms or query.strip() == s]
    if whole:
        return Found(tuple(whole))
    words = [word for word in dict.fromkeys(tokens(query)) if word not in ignored]
    if words:
        fits = {s: _fit(words, keys.words) for s, keys in subjects.items()}
        best = min((fit for fit in fits.values() if fit is not None), default=None)
        if best is not None:
            return Found(tuple(s for s, fit in fits.items() if fit == best))
    return Found((), tuple(_near(key, subjects)))


def _fit(words: list[str], keys: frozenset[str]) -> int | None:
    """How loosely the words fit a subject (0: all exact), or None if one does not fit."""
    loosest = 0
    for word in words:
        fit = _word_fit(word, keys)
        if fit is None:
            return None
        loosest = max(loosest, fit)
    return loosest


def _word_fit(word: str, keys: frozenset[str]) -> int | None:
    """0 for an exact word, 1 for a typed prefix, 1 + edits for a typo; None if it fits none."""
    if word in keys:
        return 0
    if word.isdigit():
        return None  # a year is never "close" to another year
    if len(word) >= MIN_PREFIX and any(key.startswith(word) for key in keys):
        return 1
    allowed = _allowed_edits(word)
    if allowed == 0:
        return None
    _, process, osa = _rapidfuzz()
    match = process.extractOne(word, keys, scorer=osa.distance, score_cutoff=allowed)
    return None if match is None else 1 + int(match[1])


def _near(key: str, subjects: dict[str, SubjectKeys], limit: int = 3) -> list[str]:
    """Subjects whose names loosely resemble the whole value, best first."""
    if not key:
        return []
    owners = {form: s for s, keys in subjects.items() for form in keys.forms}
    fuzz, process, _ = _rapidfuzz()
    found = process.extract(
        key, list(owners), scorer=fuzz.ratio, score_cutoff=NEAR_CUTOFF, limit=limit * 4
    )
    return list(dict.fromkeys(owners[form] for form, _, _ in found))[:limit]


def _in_a_language(words: tuple[str, ...], index: int) -> bool:
    """'... called in Russian', '... in Russian, and ...': "in" before the word, and the clause
    ending after it."""
    after = words[index + 1 : index + 2]
    return index > 0 and words[index - 1] == "in" and (not after or after[0] in STOPWORDS)
