"""Claims put to the bot ("X joined in 1994, right?"): checked against the facts and records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from bot.core.answering.claimed import (
    names_subject,
    one_time_checked,
    outside_record,
    post_start_checked,
    recurring_checked,
)
from bot.core.answering.respond import Request
from bot.core.answering.respond.search import stated
from bot.core.api import Answer, Context
from bot.core.asking import MAX_QUESTION_CHARS, Asking
from bot.core.in_context import understand
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Reading
from bot.core.language.temporal import find_dates
from bot.core.loaded import LoadedKnowledge
from bot.core.trust.leaves_out import absent_with_state
from bot.core.understanding.claims import (
    Claim,
    claim_readings,
    claimed_year,
    disputed_when,
    puts_up_claim,
    without_sources,
)
from bot.core.understanding.figure_claims import figure_claimed, figure_words
from bot.core.understanding.hedges import unhedged
from bot.core.understanding.intent import Intent

# Cues of acts a subject does once, whose claimed year a fact of another year corrects.
_ONE_TIME_ACTS = ("join", "leave", "founded")
# Words of taking up a post ("became", "took over"): a claimed year dates the term's start.
_TOOK_OFFICE = LEXICON.words("took_office")
_TAKE = LEXICON.words("take_over")  # "took" starts a term only before "over"
_POST_KINDS = frozenset({"person", "body", "organization"})
# A state's acts done once that its own record states ("acceded on ...", "left in ...").
_RECORDED_ACTS = {Intent.MEMBER_JOINED: "country", Intent.MEMBER_LEFT: "country"}
# Readings that keep all the claim but its year or where it was heard: what they find can confirm
# it ("yes"); one without its place ("signed in Tashkent") cannot.
_WHOLE_CLAIMS = frozenset({"source", "year"})
# A person's record of their posts gives the end of a term ("until 2016").
_RECORDED_TERMS = {Intent.PERSON_OVERVIEW: "person"}
# The subjects a claim says something of that its answer must speak of: people and states.
_IN_CLAIMS = frozenset({"person", "country"})


_YEAR_ONLY = frozenset({"year"})
# A conflict's record read for a year or for its course: its span, not an act's date.
_CONFLICT_SPANS = frozenset({Intent.CONFLICT_YEAR, Intent.CONFLICT_TIMELINE})
# Events whose name a year may be part of ("the Minsk summit in 2023", "Rubezh-2016").
_NAMED_EVENTS = frozenset({"summit", "exercise"})


def checked_claim(
    asking: Asking,
    loaded: LoadedKnowledge,
    question: str,
    context: Context,
    kinds: frozenset[str] | None = None,
) -> Answer | None:
    """A claim no answer confirms as put ("Georgia signed the treaty in 1992, correct?"),
    read without where it was heard, its place, its year or the end of its term (or only
    those of `kinds`): the facts of the act so found, corrected where they settle it."""
    clipped = question[:MAX_QUESTION_CHARS]
    events = _events_named(loaded, clipped)
    readings = claim_readings(clipped, loaded.cities)
    for claim in (c for c in readings if kinds is None or c.kind in kinds):
        found = _claim_checked(asking, loaded, claim, context) or _act_on_record(
            asking, loaded, claim
        )
        # "Did Putin attend the Minsk summit in 2023": the year names the session; without it
        # the words lead to another one (Minsk 2017), whose record is no check of this.
        other_event = (
            found is not None
            and bool(events)
            and claim.kind == "year"
            and bool(_namesakes(loaded, found.entities, events))
        )
        if other_event:
            continue
        if found is not None:
            return replace(found, question=clipped)
    return None


def _events_named(loaded: LoadedKnowledge, question: str) -> set[str]:
    """The sessions and drills a question names (a year may be part of their name)."""
    kinds = loaded.catalog.kinds
    reading = loaded.linker.read(question)
    understood = loaded.understander.understand(reading, find_dates(question), None)
    return {i for i in understood.subjects if kinds.get(i) in _NAMED_EVENTS}


def _namesakes(loaded: LoadedKnowledge, found: Sequence[str], named: set[str]) -> set[str]:
    """The sessions found that are not those named but were held in the same city: the year
    told them apart. A session elsewhere ("appointed at the Astana summit in 2024": Bishkek)
    corrects the claim instead."""
    entities = loaded.catalog.entities
    cities = {getattr(entities.get(i), "city", None) for i in named} - {None}
    return {
        i
        for i in found
        if i not in named
        and loaded.catalog.kinds.get(i) in _NAMED_EVENTS
        and getattr(entities.get(i), "city", None) in cities
    }


def claim_passed_over(
    asking: Asking, loaded: LoadedKnowledge, question: str, context: Context, found: Answer
) -> Answer | None:
    """A claim answered without a word of a state or person it names ("Belarus was one of
    the countries that signed in Tashkent in 1992"): the claim checked, if that names them."""
    clipped = question[:MAX_QUESTION_CHARS]
    if not puts_up_claim(clipped):
        return None
    named = [
        subject
        for subject in loaded.linker.read(clipped).ids()
        if loaded.catalog.kinds.get(subject) in _IN_CLAIMS
    ]
    passed_over = [
        s
        for s in named
        if not (
            names_subject(loaded.catalog, found, s) or absent_with_state(loaded.catalog, found, s)
        )
    ]
    if not passed_over:
        return None
    # Checked in a conversation of its own: the answer just given is no topic to lean on.
    checked, after = asking.aside(lambda scratch: checked_claim(asking, loaded, question, scratch))
    if checked is None or not all(names_subject(loaded.catalog, checked, s) for s in passed_over):
        return None
    if after is not None:  # what the conversation is about is what the check answered
        asking.memory.remember(context.conversation, after)
    return checked


def claim_pulled_in(
    asking: Asking, loaded: LoadedKnowledge, question: str, context: Context, found: Answer
) -> Answer | None:
    """A claim dated to a year, answered by the span of a conflict it does not name that its
    state and year alone pointed to ("Russia pledged weapons to Armenia in 2020, right?" ->
    the Karabakh war's years), or of one it names with no fact of that year: the claim
    checked without its year, when that finds its act.
    A conflict's span says nothing of an act a claim dates; its part in it (troops sent) may."""
    clipped = question[:MAX_QUESTION_CHARS]
    if found.intent not in _CONFLICT_SPANS or not found.entities:
        return None
    year = claimed_year(clipped)
    if year is None or not puts_up_claim(clipped):
        return None
    pulled = found.entities[0]
    # The conflict named, its record may still hold nothing of that year: "the four-day war
    # was in 2014, right?" names an episode the facts date to another year.
    dated_then = any(fact.date and fact.date.startswith(str(year)) for fact in found.facts)
    named = pulled in loaded.linker.read(clipped).ids()
    if named and dated_then:
        return None
    # Named, only the claim without its year may find other facts of it.
    kinds = _YEAR_ONLY if named else None
    checked, after = asking.aside(
        lambda scratch: checked_claim(asking, loaded, question, scratch, kinds)
    )
    if checked is None or not checked.facts:
        return None
    # Not pulled in: the check must find another subject; named: other facts of it.
    given = {fact.id for fact in found.facts}
    if (pulled in checked.entities[:1]) if not named else (checked.facts[0].id in given):
        return None
    if after is not None:  # what the conversation is about is what the check answered
        asking.memory.remember(context.conversation, after)
    return checked


def sources_set_aside(
    asking: Asking, loaded: LoadedKnowledge, question: str, context: Context
) -> Answer | None:
    """A question that reports what sources say, answered without their word: its sentences
    that ask ("When did Uzbekistan rejoin? One book says 2008."), else its sentences without
    the sources' openings, else the act its sources date differently asked "when" ("my
    teacher wrote 2002 but my textbook says 1992")."""
    clipped = question[:MAX_QUESTION_CHARS]
    for asked_alone in (*without_sources(clipped), disputed_when(clipped)):
        # "I read that Belarus left. Is that right?": what is left must name its subject.
        if asked_alone is None or not loaded.linker.read(asked_alone).ids():
            continue
        # Answered as any question is (its parts, its claim): what is left reports no source,
        # so this asks no further.
        found = asking.whole(loaded, asked_alone, context)
        if found.answered:
            return replace(found, question=clipped)
    return None


def figure_checked(
    asking: Asking,
    loaded: LoadedKnowledge,
    question: str,
    context: Context,
    found: Answer | None = None,
) -> Answer | None:
    """A claimed figure ("a tweet says the KSOR has 50,000 troops"), answered by the figures the
    sources give, led by saying none of them gives it when none does. An answer `found` for
    the question as put that states the figure is left as it is."""
    clipped = question[:MAX_QUESTION_CHARS]
    claimed = figure_claimed(clipped)
    if claimed is None or (found is not None and claimed.digits in figure_words(stated(found))):
        return None
    counted = asking.whole(loaded, claimed.question, context)
    if not counted.answered or not (counted.facts or counted.disputes):
        return None
    if claimed.digits in figure_words(stated(counted)):
        return replace(counted, question=clipped)
    lead = f"No source in the fact base gives {claimed.figure}; here is what they give. "
    return replace(counted, text=lead + counted.text, question=clipped)


def record_claim(asking: Asking, loaded: LoadedKnowledge, question: str) -> Answer | None:
    """A claim about people in an event's closed record ("Lukashenko skipped the Yerevan
    summit, didn't he?"), answered by the record, which does not name them."""
    clipped = question[:MAX_QUESTION_CHARS]
    if not puts_up_claim(clipped):
        return None
    reading = unhedged(loaded.linker.read(clipped))
    reading, understanding = understand(loaded, reading, find_dates(clipped), None)
    if len(understanding.subjects) != 1:
        return None
    request = Request(loaded.catalog, reading, understanding, asking.today(), loaded.cities)
    found = asking.dispatch(loaded, request)
    if found is None or not found.answered:
        return None
    event = understanding.subjects[0]
    checked = outside_record(loaded.catalog, found, understanding.intent, event, reading.ids())
    return None if checked is None else replace(checked, question=clipped)


def _act_on_record(asking: Asking, loaded: LoadedKnowledge, claim: Claim) -> Answer | None:
    """A claim of a state's joining or leaving, or of the end of someone's term, that the
    fact search misses ("Georgia signed the original treaty ..." finds the renewal others
    signed): the subject's own record of it, corrected as the facts would be."""
    reading = unhedged(loaded.linker.read(claim.question))
    reading, understanding = understand(loaded, reading, find_dates(claim.question), None)
    subjects = understanding.subjects
    records = _RECORDED_TERMS if claim.kind == "term" else _RECORDED_ACTS
    kind = records.get(understanding.intent)
    if kind is None or len(subjects) != 1 or loaded.catalog.kinds.get(subjects[0]) != kind:
        return None
    request = Request(loaded.catalog, reading, understanding, asking.today(), loaded.cities)
    found = asking.dispatch(loaded, request)
    if found is None or not found.answered or not found.facts:
        return None
    if claim.kind == "term":  # the record's terms, no verdict (several posts may be held)
        return found
    confirm = claim.kind in _WHOLE_CLAIMS
    return one_time_checked(found, _claim_year(claim), subjects, confirm=confirm)


def term_claimed(
    asking: Asking, loaded: LoadedKnowledge, question: str, context: Context, found: Answer
) -> Answer | None:
    """A claim of when a term ends ("Bordyuzha ran the secretariat only until 2010, right?")
    answered by its own question ("until when ..."), when that answer is the surer one."""
    clipped = question[:MAX_QUESTION_CHARS]
    terms = [c for c in claim_readings(clipped, loaded.cities) if c.kind == "term"]
    if not terms:
        return None
    checked, after = asking.aside(
        lambda scratch: (
            _claim_checked(asking, loaded, terms[0], scratch)
            or _act_on_record(asking, loaded, terms[0])
        )
    )
    if checked is None or checked.confidence <= found.confidence:
        return None
    if after is not None:
        asking.memory.remember(context.conversation, after)
    return replace(checked, question=clipped)


def _claim_checked(
    asking: Asking, loaded: LoadedKnowledge, claim: Claim, context: Context
) -> Answer | None:
    """The claim's act as the facts state it, led by the correction of its year."""
    found = asking.one(loaded, claim.question, context)
    # "Until when may the base stay" may be answered by the sources' accounts of the term
    # alone (disputes, no facts): they check a claim of its end as well.
    term_accounts = claim.kind == "term" and bool(found.disputes)
    if not found.answered or not (found.facts or term_accounts):
        return None
    if claim.kind == "term":  # "until when does it run": the facts of the term, no verdict
        return found
    reading = loaded.linker.read(claim.question)
    year = _claim_year(claim)
    # Only acts a subject does once (joining, leaving, founding, signing) are settled by the
    # fact of the act: a drill or a deployment of another year may be another event.
    if any(reading.has(cue) for cue in _ONE_TIME_ACTS):
        confirm = claim.kind in _WHOLE_CLAIMS
        return one_time_checked(found, year, reading.ids(), confirm=confirm)
    org = loaded.catalog.organization.id
    named = [subject for subject in reading.ids() if subject != org]
    return recurring_checked(loaded.catalog, found, claim, year, named)


def _claim_year(claim: Claim) -> int | None:
    """The year a claim dates its act to: the one set aside, else the one still in it."""
    return claim.year or next((d.year for d in find_dates(claim.question)), None)


def claim_verdict(loaded: LoadedKnowledge, question: str, found: Answer) -> Answer:
    """A claim of a one-time act answered by the fact of it ("Azerbaijan left in 2000, right?"),
    led by "No" when that fact dates the act to another year, "Yes" when to the year claimed."""
    clipped = question[:MAX_QUESTION_CHARS]
    year = claimed_year(clipped)
    if year is None or not found.facts or not puts_up_claim(clipped):
        return found
    reading = loaded.linker.read(clipped)
    named = reading.ids()
    # "Zas took over as Secretary General in 2017": the start of the one person's post named
    # (the office may name its body too, nothing else).
    kinds = [loaded.catalog.kinds.get(subject) for subject in named]
    if kinds.count("person") == 1 and set(kinds) <= _POST_KINDS and _takes_office(reading):
        person = named[kinds.index("person")]
        checked = post_start_checked(loaded.catalog, found, year, person, reading.corrected)
        return checked or found
    if not named or not any(reading.has(cue) for cue in _ONE_TIME_ACTS):
        return found
    return one_time_checked(found, year, named, confirm=True) or found


def _takes_office(reading: Reading) -> bool:
    """The question says a post was taken up: "became", "started", "took over"."""
    words = reading.corrected
    took_over = any(w in _TAKE and n == "over" for w, n in pairwise(words))
    return took_over or reading.has_any(_TOOK_OFFICE)
