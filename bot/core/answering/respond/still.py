"""'Is X still ...?': whether a person's post still holds today, read off the office's record.

A question with "still", "anymore", "no longer", "всё ещё", "до сих пор" asks the current state
of what it names. The person's own record ("Secretary General, 2023 to 2025") is no answer: it
does not say the term is over, nor who holds the post now. The office's succession does.
"""

from __future__ import annotations

import datetime as dt
import itertools

from bot.core.answering import confidence as score
from bot.core.answering.compose import AnswerBuilder
from bot.core.answering.respond import Request
from bot.core.answering.retrieval import stem, stems
from bot.core.api import Answer
from bot.core.knowledge.catalog import FactItem
from bot.core.knowledge.models import Body, Person
from bot.core.language.lexicon import LEXICON, STOPWORDS
from bot.core.language.linking import name_words
from bot.core.language.normalize import tokens
from bot.core.understanding.succession import Term, office_terms

_STILL = LEXICON.words("still_asked")
_PAIRS = frozenset(tuple(pair.split("_")) for pair in LEXICON.words("still_asked_pairs"))
_POST_WORDS = frozenset(stem(word) for word in LEXICON.words("still_post_words"))
_MEMBER_WORDS = LEXICON.words("still_member_words")
_ASKING = LEXICON.words("interrogatives") | LEXICON.words("question_words")


def asks_still(text: str) -> bool:
    """The question asks whether something still holds ("still", "no longer", "до сих пор")."""
    words = tokens(text)
    if not _STILL.isdisjoint(words):
        return True
    return any(pair in _PAIRS for pair in itertools.pairwise(words))


def still_in_post(request: Request) -> Answer | None:
    """'Is Tasmagambetov still secretary general?': whether the person holds the post today,
    and if not, when the term ended and who holds it now. None when no still-question is asked
    of one person with a post in a body's succession."""
    asked = _post_asked_still(request)
    if asked is None:
        return None
    person, body, terms = asked
    builder = request.builder()
    builder.entities.append(person.id)
    today = request.today
    own = [term for term in terms if term.person == person.id]
    now = [term for term in terms if term.covers(today)]
    mine = [term for term in now if term.person == person.id]
    title = _title(own[-1].title, body)
    # The leads say the state ("No longer", "Still in post"), never a bare yes or no: "is he no
    # longer secretary general?" is answered by them as well as "is he still?".
    if mine:
        return _in_post(request, builder, person, mine[-1], title)
    last = own[-1]
    if last.order > today:
        lead = f"Not yet: {person.name} takes office as {title} on {_start(last)}"
        builder.sentences.append(builder.cite(last.statement, last.fact_id, lead))
        return builder.build(confidence=score.SECTION)
    after = [term for term in terms if term.order > last.order and term.person != person.id]
    if last.end is not None:
        lead = f"No longer: {person.name} was {title} {_span(last)}"
    elif after and after[0].start is not None:
        successor = request.catalog.name(after[0].person)
        lead = (
            f"No longer: {person.name} was {title} from {_start(last)} until {successor} took"
            f" over on {after[0].start.human()}"
        )
    else:
        # Held from a date with no end, no one after: the record cannot say it still holds.
        lead = (
            f"The fact base cannot say whether {person.name} is still {title}: it records the "
            f"post from {_start(last)} and nothing later"
        )
        builder.sentences.append(builder.cite(last.statement, last.fact_id, lead))
        return builder.build(confidence=score.ROLE_COVERS)
    builder.sentences.append(builder.cite(last.statement, last.fact_id, lead))
    _holder_now(request, builder, now, title)
    return builder.build(confidence=score.SECTION)


def _post_asked_still(request: Request) -> tuple[Person, Body, list[Term]] | None:
    """The person a still-question asks of, the body whose post it asks, and that post's terms;
    None when the question asks something else."""
    if not asks_still(request.reading.original) or request.understanding.dates:
        return None  # "was he still in office in 2025": the time asked, another question
    if not _ASKING.isdisjoint(request.reading.corrected):
        return None  # "what did he say while still in office": not his post's state
    # The person the question names, else the one in play ("is he still in charge?"); not one
    # a misread "до" ("before") added as his predecessor.
    named = [mention.entity_id for mention in request.reading.mentions]
    subjects = [s for s in request.understanding.subjects if s in named]
    people = [
        entity
        for subject in subjects or request.understanding.subjects
        if isinstance(entity := request.catalog.entities.get(subject), Person)
    ]
    if len(people) != 1:
        return None
    office = _office_asked(request, people[0])
    if office is None or not _only_the_post(request, people[0], office[0]):
        return None  # "is he still planning a visit": something else asked of him
    return people[0], office[0], office[1]


def _in_post(
    request: Request, builder: AnswerBuilder, person: Person, term: Term, title: str
) -> Answer:
    """The term that runs today: to its end, or, open, as far as its latest source reaches."""
    since = f" since {term.start.human()}" if term.start else ""
    if term.end is not None:
        lead = (
            f"Still in post: {person.name} has been {title}{since}, for a term to "
            f"{term.end.human()}"
        )
    else:
        lead = (
            f"Still in post as far as the fact base records: {person.name} has been {title}"
            f"{since}, and it records no successor{_latest_source(request, term)}"
        )
    builder.sentences.append(builder.cite(term.statement, term.fact_id, lead))
    return builder.build(confidence=score.SECTION)


def _title(title: str, body: Body) -> str:
    """The post's title, with its body's name when the title alone names no body ("Chairman")."""
    return f"{title} of the {body.name}" if " " not in title.strip() else title


def _latest_source(request: Request, term: Term) -> str:
    """' (its latest source: May 2025)': how far the record of an open term reaches."""
    dates = [
        source.date
        for source_id in term.statement.sources
        if (source := request.catalog.sources.get(source_id)) is not None and source.date
    ]
    if term.statement.as_of is not None:
        dates.append(term.statement.as_of)
    latest = max(dates, key=lambda date: date.last_day, default=None)
    return f" (its latest source is of {latest.human()})" if latest is not None else ""


def _holder_now(request: Request, builder: AnswerBuilder, now: list[Term], title: str) -> None:
    """Who holds the post today, or that the fact base does not say."""
    if not now:
        builder.sentences.append(f"The fact base does not record who is {title} now.")
        return
    term = now[-1]
    name = request.catalog.name(term.person)
    acting = " acting" if term.acting else ""
    since = f" since {term.start.human()}" if term.start else ""
    text = f"{name} has been the{acting} {title}{since}"
    builder.sentences.append(builder.cite(term.statement, term.fact_id, text))
    builder.entities.append(term.person)


def _start(term: Term) -> str:
    return term.start.human() if term.start else "a date not recorded"


def _span(term: Term) -> str:
    start = f"from {term.start.human()}" if term.start else "from a date not recorded"
    return f"{start} to {term.end.human()}" if term.end else start


def _office_asked(request: Request, person: Person) -> tuple[Body, list[Term]] | None:
    """The body whose top office the person held that the question names best (its title's
    words other than the organization's), else the one they held last."""
    org = {stem(word) for word in name_words(request.catalog, request.catalog.organization.id)}
    asked = {stem(word) for word in request.reading.corrected} - org
    found: list[tuple[int, dt.date, Body, list[Term]]] = []
    for body in request.catalog.bodies():
        terms = office_terms(request.catalog, body)
        own = [term for term in terms if term.person == person.id]
        if own:
            named = len((stems(own[-1].title) - org) & asked)
            found.append((named, own[-1].order, body, terms))
    if not found:
        return None
    named, _, body, terms = max(found, key=lambda entry: (entry[0], entry[1]))
    return body, terms


def _only_the_post(request: Request, person: Person, body: Body) -> bool:
    """The question's words are the person's and the post's names and words of holding a post,
    nothing else."""
    catalog = request.catalog
    known = {*name_words(catalog, person.id), *name_words(catalog, body.id)}
    known |= name_words(catalog, catalog.organization.id)
    known |= set(tokens(catalog.organization.abbreviation))
    for term in office_terms(catalog, body):
        known |= set(tokens(term.title))
    allowed = {stem(word) for word in known} | _POST_WORDS
    return {stem(word) for word in request.reading.content} <= allowed


def still_a_member(request: Request, intent: str) -> bool:
    """'Uzbekistan is still a full member, right?': one state's membership asked of today, its
    other words only how full it is, answered (`intent`) by the state's status record. That
    record says the membership now; a fact that says "full membership" (the 2006 return) does
    not."""
    if intent not in {"member.status", "member.is"} or request.understanding.dates:
        return False
    subjects = request.understanding.subjects
    if len(subjects) != 1 or request.catalog.kinds.get(subjects[0]) != "country":
        return False
    if not asks_still(request.reading.original):
        return False
    catalog = request.catalog
    known = {*name_words(catalog, subjects[0]), *name_words(catalog, catalog.organization.id)}
    known |= set(tokens(catalog.organization.abbreviation))
    allowed = {stem(word) for word in known | _MEMBER_WORDS}
    return {stem(word) for word in request.reading.content} <= allowed


_ENDING = LEXICON.words("leave") | LEXICON.words("suspend")
_SHARED = 2  # content words a later fact shares with one given to be of the same thing


def ended_later(request: Request, items: list[FactItem]) -> list[FactItem]:
    """'Are they still there?' answered with the 2020 deployment: the later facts of the same
    holder that tell of its end ("completed their withdrawal" in 2024), so that the old record
    is not given as if it still held. Empty when no still-question is asked."""
    if not asks_still(request.reading.original):
        return []
    given = {item.id for item in items}
    found: list[FactItem] = []
    for item in items:
        held = item.when  # its date, else when it held (a force's size "as of")
        if held is None:
            continue
        said = _content_stems(item.fact.text)
        later = [
            other
            for other in request.catalog.facts_of.get(item.owner, [])
            if other.id not in given
            and other.fact.date is not None
            and other.fact.date.first_day > held.last_day
            and not _ENDING.isdisjoint(tokens(other.fact.text))
            and len(said & _content_stems(other.fact.text)) >= _SHARED
        ]
        if later:
            first = min(
                later,
                key=lambda other: other.fact.date.first_day if other.fact.date else dt.date.max,
            )
            given.add(first.id)
            found.append(first)
    return found


def _content_stems(text: str) -> set[str]:
    """The stems of a text's words other than stopwords and numbers."""
    return {stem(word) for word in tokens(text) if word not in STOPWORDS and not word.isdigit()}
