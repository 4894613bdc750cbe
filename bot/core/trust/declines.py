"""What to say instead of an answer whose point the records do not establish or reach."""

from __future__ import annotations

from itertools import pairwise

from bot.core.answering.check import (
    Relation,
    asked,
    future_year,
    names_year_from,
    records_a_gap,
    records_unseen,
    ties_to_unplaced_time,
)
from bot.core.answering.respond import Request
from bot.core.answering.respond.search import recorded_lines
from bot.core.api import Answer
from bot.core.knowledge.dates import PartialDate
from bot.core.language.lexicon import LEXICON, SUMMIT_WORDS
from bot.core.language.organization import OrganizationWords
from bot.core.language.quotes import quoted_only
from bot.core.understanding.intent import Intent

WHEN_ASKED = frozenset({Relation.WHEN, Relation.DAY})  # relations that ask when
_SPEECH_VERBS = LEXICON.words("reported_speech")
_ASKER = LEXICON.words("asker")
_STATUS_INTENTS = frozenset({Intent.MEMBER_STATUS, Intent.MEMBER_IS})
# Answers that list the summits of a time say themselves when none was held.
_SUMMIT_LISTS = frozenset({Intent.SUMMIT_LIST, Intent.SUMMIT_NEXT})
_TERM_OPENERS = LEXICON.words("term_openers")


def unheld_session(request: Request) -> str | None:
    """Asked about a summit at a time when none was held, what to say instead of answering.

    "What was decided at the December 2020 videoconference" is not answered by another
    session's decisions: the question names a time, and the records hold no session then.
    """
    reading = request.reading
    if not reading.has_any(SUMMIT_WORDS) or request.understanding.intent in _SUMMIT_LISTS:
        return None
    dates = request.understanding.dates
    # "the summit after 2020": a span, read by the anchors; only a time of its own is checked.
    if not dates or not asked(reading.corrected, dates).years:
        return None
    held = [summit.date for summit in request.catalog.summits()]
    terms = _term_years(reading.corrected)
    # "The presidency for 2020": the term handed over, not when a session was held.
    times = [date for date in dates if not (date.year in terms and date.month is None)]
    unheld = [date for date in times if not any(_same_time(date, day) for day in held)]
    # "Who chaired the November 2019 summit, and who took the presidency for 2020": with one
    # time a session was held, another is what was asked of it, not another session.
    if not unheld or len(unheld) < len(times):
        return None
    org = request.catalog.organization.abbreviation
    return f"The {org} fact base records no summit or session in {unheld[0].human()}."


def _term_years(words: tuple[str, ...]) -> frozenset[int]:
    """Years a question names as a term ("the presidency for 2020", "the budget for 2024")."""
    return frozenset(
        int(word)
        for before, word in pairwise(words)
        if before in _TERM_OPENERS and word.isdigit() and len(word) == 4
    )


def _same_time(asked_date: PartialDate, held: PartialDate) -> bool:
    """The session's date falls in the time asked (a year, or a month of it)."""
    if asked_date.year != held.year:
        return False
    return asked_date.month is None or held.month is None or asked_date.month == held.month


def not_established(request: Request, answer: Answer) -> str | None:
    """What to say instead of an answer whose point the fact base does not establish, if so.

    The fact leading the answer may record a gap ("the city ... is not verified"); a question
    about the future may be answered by no record reaching it.
    """
    org = request.catalog.organization.abbreviation
    for fact in answer.facts:
        if answer.text.startswith(fact.text[:40]) and records_a_gap(fact.text):
            return f"The {org} fact base does not establish that: {fact.text}"
    if _dates_the_unseen(request, answer):
        said = [fact.text for fact in answer.facts if records_unseen(fact.text)]
        return f"The {org} fact base does not record that: {(said or [answer.text])[0]}"
    if _unrecorded_future(request, answer):
        return (
            f"The {org} fact base records what has happened and what is already scheduled; "
            "it has nothing on that yet, so I won't guess."
        )
    return None


def not_then(request: Request, answer: Answer) -> str | None:
    """What to say instead of a record read for today, when the question asks about the time
    of an event it names and that time was not placed ("who was secretary general during the
    January events": today's holder is no answer)."""
    dated = any(fact.date is not None for fact in answer.facts)
    if answer.intent == Intent.FACTS_SEARCH or dated:
        return None  # facts found by search, or dated ones, speak of their own time
    if not ties_to_unplaced_time(request.reading.corrected, request.understanding.dates):
        return None
    return (
        "The question asks about the time of an event I could not place as a date, and what I "
        "have answers for today, so I won't guess. Could you ask with the year or month?"
    )


def _dates_the_unseen(request: Request, answer: Answer) -> bool:
    """Asked when a state got the organization's own status that its record says no source
    shows ("in what year did Egypt receive CSTO observer status"): the premise is unsupported,
    and no year answers it. Without the organization named, a status in one of its bodies
    may be meant ("when did Serbia get observer status": in the Parliamentary Assembly)."""
    intent = request.understanding.intent
    # "When did Egypt become an observer", read as its joining: the status asked is not
    # membership, and the record's "no joining" does not answer it either.
    observer = intent == Intent.MEMBER_JOINED and request.reading.has("observer")
    if intent not in _STATUS_INTENTS and not observer:
        return False
    if not request.reading.has_any(OrganizationWords.of(request.catalog.organization).names):
        return False
    question = asked(request.reading.corrected, request.understanding.dates)
    return question.relation in WHEN_ASKED and records_unseen(answer.text)


def asks_future(request: Request) -> int | None:
    """The first year a question about the future asks for (None: it asks about the past)."""
    dates = request.understanding.dates
    # "Pashinyan said 'we will leave' - when was that?": the quoted "will" is not the asker's.
    quoted = quoted_only(request.reading.original)
    words = tuple(word for word in request.reading.corrected if word not in quoted)
    # "When did Pashinyan tell parliament that Armenia will leave": what was said is reported,
    # the asker asks about the saying (a "will" before the verb still asks the future).
    said = next(
        (
            index
            for index, word in enumerate(words)
            if word in _SPEECH_VERBS and words[index + 1 : index + 2] not in {(w,) for w in _ASKER}
        ),
        None,
    )
    if said:
        words = words[:said]
    return future_year(words, dates, request.today.year)


def _unrecorded_future(request: Request, answer: Answer) -> bool:
    """A question about the future, and an answer naming no date from then on: not an answer."""
    year = asks_future(request)
    if year is None:
        return False
    # The facts must reach that year: a record read at the date asked echoes the year back
    # ("In 2030, Kazakhstan was a member") without any fact about then.
    return not names_year_from(" ".join(recorded_lines(answer)), year)
