"""The detail check: does a record chosen by intent say the detail the question asks?

An intent picks a record by the question's cue words: "when" gives a conflict's span, "who" a
summit's overview, "fought" a conflict's parties. A question may use those cues and still ask a
detail the record never states ("since when has the NKR been called Artsakh", "when did the
peacekeepers finish pulling out"): its own words beyond the cues, the names and the time. When
the record says none of one such word, it answers another question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Annotated

from pydantic import StringConstraints

from bot.core.answering.check import Relation, light_words, particles, synonym_stems
from bot.core.answering.offices import names_only_others_office
from bot.core.answering.respond import Request
from bot.core.answering.respond.search import name_stems, own_name_words, speaks_of, stated
from bot.core.answering.retrieval import Retriever, stem, stems
from bot.core.api import Answer
from bot.core.language.datafile import DataModel, read_data
from bot.core.language.lexicon import LEXICON, NOT_SPECIFIC, STOPWORDS
from bot.core.language.temporal import is_date_word, now_words, time_parts
from bot.core.understanding.duration import asks_duration
from bot.core.understanding.rule_asked import rule_acts

Phrase = Annotated[str, StringConstraints(min_length=1)]
_DURATION_VERBS = LEXICON.words("duration_verbs")


class _DetailsFile(DataModel):
    """The shape of details.yaml (see the comments in that file)."""

    intents: dict[Phrase, tuple[Phrase, ...]]
    relations: dict[Phrase, tuple[Relation, ...]]
    never_details: tuple[Phrase, ...]
    more_words: dict[Phrase, Phrase]
    strict: dict[Phrase, str]
    manner_openers: tuple[Phrase, ...]
    manner_intents: tuple[Phrase, ...]
    occasions: tuple[Phrase, ...]
    person_nouns: Phrase
    fillers: Phrase
    time_words: Phrase
    asked_kinds: Phrase
    state_records: tuple[Phrase, ...]
    casualty_groups: Phrase


@dataclass(frozen=True, slots=True)
class _Details:
    answered: dict[str, frozenset[str]]
    relations: dict[str, frozenset[Relation]]
    occasions: frozenset[str]
    person_nouns: frozenset[str]
    skipped: frozenset[str]
    strict: dict[str, str]
    manner_openers: tuple[tuple[str, ...], ...]
    manner_intents: frozenset[str]
    # Skipped even when asked for by kind ("what exactly", "in what year"): only a word that is
    # elsewhere unspecific ("which article", not "the article says") is a detail then.
    kept_skipped: frozenset[str]
    kinds: frozenset[str]  # nouns asked for by kind that a record must say ("which article")
    state_records: frozenset[str]  # intents whose record must name each state asked about
    casualty_groups: frozenset[str]  # who may be counted among the dead ("soldiers")


@cache
def _details() -> _Details:
    path = Path(__file__).parents[1] / "language" / "details.yaml"
    raw = read_data(path, _DetailsFile).model
    answered = {
        intent: frozenset().union(*(_cue_words(name) for name in cues))
        | frozenset(raw.more_words.get(intent, "").split())
        for intent, cues in raw.intents.items()
    }
    skipped = frozenset(raw.fillers.split()) | frozenset(raw.time_words.split())
    skipped |= frozenset().union(*(_cue_words(name) for name in raw.never_details))
    skipped |= STOPWORDS | LEXICON.words("interrogatives") | light_words() | particles()
    relations = {intent: frozenset(asked) for intent, asked in raw.relations.items()}
    return _Details(
        answered,
        relations,
        frozenset(raw.occasions),
        frozenset(raw.person_nouns.split()),
        skipped | NOT_SPECIFIC,
        dict(raw.strict),
        tuple(tuple(phrase.split()) for phrase in raw.manner_openers),
        frozenset(raw.manner_intents),
        skipped,
        frozenset(raw.asked_kinds.split()),
        frozenset(raw.state_records),
        frozenset(raw.casualty_groups.split()),
    )


def _cue_words(name: str) -> frozenset[str]:
    """The words of a lexicon cue or set, by name (an unknown name raises LookupError)."""
    return LEXICON.words(name)


def checked_intent(intent: str) -> bool:
    """The intent's record is checked for the question's detail."""
    return intent in _details().answered


def detail_words(request: Request, retriever: Retriever | None, intent: str) -> frozenset[str]:
    """The question's words that ask a detail beyond what the intent's record answers: not
    names, the cues of the intent, fillers, times, nor (given a retriever) words no fact uses."""
    data = _details()
    reading = request.reading
    words = reading.corrected
    names = reading.named_words() | own_name_words(request.catalog) | request.cities
    names |= time_parts(words) | now_words(words)
    if asks_duration(reading):  # "how long did the troops stay": the span answers "stay"
        names |= _DURATION_VERBS
    answered = data.answered.get(intent, frozenset())
    # "Which article says ...": the noun asked for is the detail, though "article" is elsewhere
    # a word of how the question is put ("the article says").
    kind = (asked_nouns(words) & data.kinds) - data.kept_skipped
    return frozenset(
        word
        for word in reading.content
        if word not in names
        and (word not in data.skipped or word in kind)
        and word not in answered
        and len(word) >= 3
        and not word.isdigit()
        and not is_date_word(word)
        and (retriever is None or any(one in retriever.idf for one in synonym_stems(word)))
    )


def asked_nouns(words: tuple[str, ...]) -> frozenset[str]:
    """The nouns a question asks for by kind: the word just after "which" or "what" ("which
    article"), or just before "of what" ("the anniversary of what")."""
    after = {
        following
        for word, following in pairwise(words)
        if word in _ASKING_KIND and following not in STOPWORDS
    }
    return frozenset((after | _nouns_before_of_what(words)) - STOPWORDS)


_ASKING_KIND = frozenset({"which", "what"})


def says_every_detail(request: Request, text: str) -> bool:
    """One statement says each detail word a question asks of a person's statements, by stem
    or synonym ("did Pashinyan say Armenia will leave": a statement on leaving), and names
    each occasion the question names ("at the Yerevan summit")."""
    said = stems(text)
    details = detail_words(request, None, request.understanding.intent)
    if not all(synonym_stems(word) & said for word in details):
        return False
    return all(name_stems(request.catalog, event) & said for event in _occasions_named(request))


def _occasions_named(request: Request) -> list[str]:
    """The summits, conflicts and exercises the question names."""
    kinds = request.catalog.kinds
    return [
        mention.entity_id
        for mention in request.reading.mentions
        if not mention.external and kinds.get(mention.entity_id) in _OCCASION_KINDS
    ]


_OCCASION_KINDS = frozenset({"summit", "conflict", "exercise"})


class Missing(StrEnum):
    """What a record leaves out of the question, if anything."""

    NOTHING = "nothing"
    RELATION = "relation"  # another relation asked ("where" of a conflict's parties)
    PERSON = "person"  # someone asked of an occasion's record ("the last president of ...")
    WORDS = "words"  # none of the question's detail words is said
    STRICT = "strict"  # none is said, by a record that is then no answer at all


def leaves_out_detail(
    request: Request, retriever: Retriever, answer: Answer, relation: Relation
) -> Missing:
    """What a record chosen by intent leaves out of the question: the relation asked, a person
    asked of an occasion, or every detail word (by stem or synonym). An answer of an intent not
    checked, or a question leaning on the conversation (its words speak of what was said
    before), leaves out nothing."""
    intent = request.understanding.intent
    if request.understanding.from_memory:
        return Missing.NOTHING
    # Facts found by search in place of the record are held to the thing asked too.
    if _says_another_thing(request, retriever, answer):
        return Missing.STRICT
    if answer.intent != intent or not checked_intent(intent):
        return Missing.NOTHING
    if _other_relation(request, intent, relation):
        return Missing.RELATION
    cue = _details().strict.get(intent)
    strict = cue is not None and (not cue or request.reading.has(cue))
    if strict and any(
        not speaks_of(request.catalog, answer, event) for event in _occasions_named(request)
    ):
        return Missing.STRICT  # "what did Putin say at the Minsk summit": nothing said there
    return _unsaid_words(request, retriever, answer, relation, strict)


def _says_another_thing(request: Request, retriever: Retriever, answer: Answer) -> bool:
    """The answer states another thing than the one asked: not the kind of thing, not of the
    state named, not the losses of the group asked, another state's office."""
    return (
        _leaves_out_kind(request, retriever, answer)
        or _leaves_out_a_state(request, answer)
        or _casualties_of_others(request, answer)
        or names_only_others_office(request, answer)
        or _rule_of_occasion(request, answer)
    )


def _rule_of_occasion(request: Request, answer: Answer) -> bool:
    """A rule of the organization asked ("does the charter let a member walk out"), answered by
    the record of an occasion (the charter's signing): when and where it was, no rule."""
    return answer.intent in _details().occasions and bool(rule_acts(request.reading))


def _leaves_out_kind(request: Request, retriever: Retriever, answer: Answer) -> bool:
    """ "Which article says ...": a record of any intent that never says the kind of thing asked
    for (the members, not the article) answers another question, whatever else it says."""
    intent = request.understanding.intent
    words = request.reading.corrected
    details = detail_words(request, retriever, intent)
    kind = details & asked_nouns(words) & _details().kinds
    if kind and kind <= unsaid_details(request, answer, kind):
        return True
    # "The anniversary of what": the record must say what it is of, beyond naming its subject
    # ("the Moscow jubilee summit" says there was an anniversary, not of what).
    complement = details & _nouns_before_of_what(words)
    if not complement:
        return False
    said = stems(_without_names(request, answer))
    return all(synonym_stems(word).isdisjoint(said) for word in complement)


def _nouns_before_of_what(words: tuple[str, ...]) -> frozenset[str]:
    """The noun just before "of what" ("the anniversary of what")."""
    return frozenset(
        words[index - 2]
        for index in range(2, len(words))
        if words[index] in _ASKING_KIND and words[index - 1] == "of"
    )


def _without_names(request: Request, answer: Answer) -> str:
    """What the answer's own text says (not the facts it cites), its subjects' names taken out."""
    text = answer.text
    for entity_id in answer.entities:
        text = text.replace(request.catalog.name(entity_id), " ")
    return text


def _leaves_out_a_state(request: Request, answer: Answer) -> bool:
    """A record that must speak of each state the question names (an occasion's absences: "no
    absences" is said of its members, not of a guest asked about) never names one."""
    if answer.intent not in _details().state_records:
        return False
    kinds = request.catalog.kinds
    return any(
        not mention.external
        and kinds.get(mention.entity_id) == "country"
        and not speaks_of(request.catalog, answer, mention.entity_id)
        for mention in request.reading.mentions
    )


def _casualties_of_others(request: Request, answer: Answer) -> bool:
    """Asked the losses of a group ("were any CSTO soldiers killed"), no sentence of the answer
    counts the dead or wounded of such a group: a death toll of everyone is another count."""
    data = _details()
    words = set(request.reading.corrected)
    if not request.reading.has("casualties") or words.isdisjoint(data.casualty_groups):
        return False
    groups = {stem(word) for word in data.casualty_groups}
    sentences = _SENTENCE.split(stated(answer))
    return not any(
        not _LOSS_STEMS.isdisjoint(said) and not groups.isdisjoint(said)
        for said in map(stems, sentences)
    )


_SENTENCE = re.compile(r"(?<=[.;])\s+")
_LOSS_STEMS = frozenset(stem(word) for word in LEXICON.words("casualties"))


def _other_relation(request: Request, intent: str, relation: Relation) -> bool:
    """The question asks a relation the intent's record does not state, or how something is
    done of a record that states no way of doing."""
    data = _details()
    stated_relations = data.relations.get(intent)
    # A question of several sentences ("Had it turned requests down? From whom?") may ask its
    # relation of another part: the parts are checked elsewhere.
    if stated_relations is not None and relation not in stated_relations:
        return not _several_sentences(request)
    return intent in data.manner_intents and _asks_manner(request.reading.corrected, data)


def _unsaid_words(
    request: Request, retriever: Retriever, answer: Answer, relation: Relation, strict: bool
) -> Missing:
    """A person noun asked of an occasion goes unsaid, or every detail word does."""
    data = _details()
    intent = request.understanding.intent
    details = detail_words(request, retriever, intent)
    unsaid = unsaid_details(request, answer, details)
    if intent in data.occasions and relation in _PEOPLE and unsaid & data.person_nouns:
        return Missing.PERSON
    if not details or unsaid != details:
        return Missing.NOTHING
    return Missing.STRICT if strict else Missing.WORDS


_PEOPLE = frozenset({Relation.WHO, Relation.PERSON})


def _asks_manner(words: tuple[str, ...], data: _Details) -> bool:
    """The question opens by asking how something is done ("how is the post filled")."""
    return any(words[: len(phrase)] == phrase for phrase in data.manner_openers)


_SENTENCE_END = re.compile(r"[?.!]\s+\S")


def _several_sentences(request: Request) -> bool:
    """The question runs on past the end of a sentence."""
    return _SENTENCE_END.search(request.reading.original) is not None


def unsaid_details(request: Request, answer: Answer, details: frozenset[str]) -> frozenset[str]:
    """The detail words that the answer does not say, by stem or synonym."""
    said = set(stems(stated(answer)))
    named: set[str] = set()
    for entity_id in answer.entities:
        named |= name_stems(request.catalog, entity_id)
    # "The second Karabakh war" is one of a conflict's wars, named by an alias of the whole: its
    # ordinal must be said by the answer itself, not by that alias (the record of the whole
    # conflict does not say how long its second war lasted).
    said |= named - _ORDINAL_STEMS
    return frozenset(word for word in details if not synonym_stems(word) & said)


_ORDINAL_STEMS = frozenset(stem(word) for word in LEXICON.words("ordinals"))


def says_a_detail(request: Request, retriever: Retriever, answer: Answer, intent: str) -> bool:
    """The answer says one of the detail words asked beyond `intent`'s record, or none is asked,
    and states the thing asked, not another."""
    if _says_another_thing(request, retriever, answer):
        return False
    details = detail_words(request, retriever, intent)
    return not details or unsaid_details(request, answer, details) != details
