"""What a conversation is about after an answer: the topic the next question leans on."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.answering.check import Relation
from bot.core.answering.check import asked as asked_relation
from bot.core.answering.respond import Request
from bot.core.answering.respond.search import person_stems, topic_words
from bot.core.answering.retrieval import stem
from bot.core.api import Answer
from bot.core.knowledge.dates import PartialDate
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import name_words
from bot.core.understanding.intent import Intent
from bot.core.understanding.memory import Topic, aside, events_in_play, group_in_play, time_in_play
from bot.core.understanding.pronouns import person_kept, person_not_displaced
from bot.core.understanding.succession import SuccessionReader, pick_terms
from bot.core.understanding.understand import Understanding

# Words asking for the whole story of an event ("what happened at"), not one of its facts.
_WHOLE_STORY = LEXICON.words("happenings_asked")
_COUNTRY = "country"  # knowledge schema kind
_BODY = "body"  # knowledge schema kind
# Asked who, the person an answer names is the new one in play.
_PERSON_ASKS = frozenset({Relation.WHO, Relation.PERSON})


def topic_after(
    request: Request,
    answer: Answer,
    recall: Callable[[], Topic | None],
    succession: SuccessionReader,
) -> Topic | None:
    """What the conversation is about after this answer, for the next question to lean on;
    None when it leaves nothing to follow up on. `recall`: what it was about before (read only
    when the answer leaves a topic)."""
    understanding = request.understanding
    if understanding.intent == "member.closed_world":
        return None  # "is Ukraine a member?" leaves nothing to follow up on
    kinds = request.catalog.kinds
    # A state the question named stays in play behind what was answered ("which summit did
    # Armenia skip" answered by the summit: "how many has it skipped" is still Armenia's).
    named = (i for i in request.reading.ids() if kinds.get(i) == _COUNTRY)
    subjects = tuple(dict.fromkeys((*understanding.subjects, *answer.entities, *named)))
    if not subjects:
        return None
    subjects = _body_asked_first(request, subjects)
    previous = recall()
    if (
        previous is not None
        and understanding.from_memory
        and understanding.intent == previous.intent
    ):
        # "And the year after?": the last question again, of another time or session; the
        # states it was asked of stay in play ("how many has it skipped" is still Armenia).
        kept = (e for e in previous.entities if kinds.get(e) == _COUNTRY)
        subjects = tuple(dict.fromkeys((*subjects, *kept)))
    subjects = person_kept(subjects, request.reading, previous, kinds)
    # Only facts found by search name people by the way; a record of a post or a person names
    # the one asked for ("and before that?": his predecessor is the next "he"), as does an
    # answer to "who".
    relation = asked_relation(
        request.reading.corrected, [], people=person_stems(request.catalog)
    ).relation
    by_the_way = answer.intent == Intent.FACTS_SEARCH and relation not in _PERSON_ASKS
    subjects = person_not_displaced(
        subjects,
        request.reading,
        previous,
        kinds,
        from_memory=understanding.from_memory,
        by_the_way=by_the_way,
    )
    # "What happened at ...": the whole story was asked, and no word of it is carried on.
    wording = (*topic_words(request), *understanding.carried)
    carried = tuple(dict.fromkeys(w for w in wording if w not in _WHOLE_STORY))
    intent = Intent.FACTS_SEARCH if answer.intent == Intent.FACTS_SEARCH else understanding.intent
    dates = understanding.dates
    # A list's items stay in play: "which one of them ..." picks among them next.
    events = events_in_play(subjects, kinds, previous)
    # A list is what the question asked for, or an answer given as list items (or as one
    # line for each of several subjects).
    each = bool(answer.items or understanding.candidates)
    listed = subjects if each else tuple(understanding.subjects)
    group = group_in_play(listed, kinds, previous)
    when = time_in_play(dates, request.reading.has("when"), tuple(f.date for f in answer.facts))
    asked = bool(dates)
    # What the answer said: its facts, and the disputes it laid out, by their topics.
    said = (*(fact.text for fact in answer.facts), *(d.topic for d in answer.disputes))
    started = _term_started(understanding, succession)
    if started is not None:
        when, asked = started, True  # "and his predecessor?" next steps from this term
    elif when is None and understanding.from_memory and previous and previous.date_asked:
        # A follow-up naming no time of its own keeps the one a question asked about (not a
        # date an answer happened to lead with).
        when, asked = previous.date, True
    elif when is None and understanding.refound and previous is not None and len(said) == 1:
        # "Who announced it" answered by the one fact just given again: its time stays in play
        # ("did it attend the next summit" counts from it). Of several facts, which one's time
        # would be a guess.
        when = previous.date
    question = " ".join(request.reading.corrected)
    if understanding.from_memory and not request.reading.content and previous is not None:
        # "And when?" names nothing: the question that named what is in play stays the one
        # a later "what about the charter?" asks anew.
        question = previous.question or question
    topic = Topic(
        subjects, intent, when, carried, answer.items, events, group, said, asked, question
    )
    if understanding.aside:
        topic = aside(topic, previous, request.catalog.organization.id, kinds)
    return topic


def _body_asked_first(request: Request, subjects: tuple[str, ...]) -> tuple[str, ...]:
    """'Does the CSTO have its own parliament?' names only the organization, yet asks of the one
    body its answer gave whose name the question's word says ("parliament": the Parliamentary
    Assembly): that body leads, so "who heads it?" next is asked of it, not of the CSTO."""
    catalog = request.catalog
    organization = catalog.organization.id
    understanding = request.understanding
    alone = list(request.reading.ids()) == list(understanding.subjects) == [organization]
    if not alone or understanding.from_memory:
        return subjects  # something else named or in play: what the question is about
    # The organization's own words ("csto" in "the CSTO Joint Staff") name no body.
    names = name_words(catalog, organization) | request.reading.named_words()
    own = {stem(word) for word in names}
    asked = {stem(word) for word in request.reading.content} - own
    bodies = [
        subject
        for subject in subjects
        if catalog.kinds.get(subject) == _BODY
        and asked & ({stem(word) for word in name_words(catalog, subject)} - own)
    ]
    if len(bodies) != 1:
        return subjects  # none, or several a word might mean: the organization stays first
    return tuple(dict.fromkeys((*bodies, *subjects)))


def _term_started(
    understanding: Understanding, succession_reader: SuccessionReader
) -> PartialDate | None:
    """The start of the term a succession answer gave first, as the time in play."""
    succession = understanding.succession
    if succession is None:
        return None
    terms = pick_terms(succession_reader.offices.get(succession.office, []), succession)
    return terms[0].start if terms else None
