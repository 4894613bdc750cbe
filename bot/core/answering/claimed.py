"""A claim's act found in another year than the one claimed ("the CSTO sent troops into
Kazakhstan in 2021, right?"): the dated fact of the named subject corrects the year."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from bot.core.answering.respond.members import state_at
from bot.core.api import Answer, FactRef
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Country
from bot.core.language.normalize import tokens
from bot.core.understanding.claims import Claim

# Records that are whole for their event: a person or state a claim puts in one and the record
# does not name is not in it. The words name the record ("who stayed away from <summit>").
_CLOSED_RECORDS = {
    "summit.absences": "who stayed away from",
    # "Pashinyan hosted the 2016 Yerevan summit, right?": one session has one chair.
    "summit.presidency": "who chaired",
}
# The kinds of subject a claim puts in a record: people and states, not other events.
_IN_RECORDS = frozenset({"person", "country"})
# Fields that tie an event to the states in it: a conflict's parties, an exercise's hosts and
# participants, a summit's host.
_TIE_FIELDS = ("parties", "hosts", "participants")


def tied(catalog: Catalog, fact_id: str, subject: str) -> bool:
    """The fact is of the subject: held by it, about it, or held by an event it took part in."""
    owner = fact_id.split("/", 1)[0]
    if owner == subject:
        return True
    item = catalog.item(fact_id)
    if item is not None and subject in item.fact.about:
        return True
    entity = catalog.entities.get(owner)
    if entity is None:
        return False
    if getattr(entity, "host", None) == subject:
        return True
    return any(subject in getattr(entity, field, ()) for field in _TIE_FIELDS)


def one_time_checked(
    found: Answer, year: int | None, named: Collection[str], *, confirm: bool = False
) -> Answer | None:
    """The fact of an act done once (joining, leaving, founding), led by "No" when it dates the
    act to another year than the one claimed, and by "Yes" when it dates it to that year and
    `confirm` says nothing else of the claim was set aside; None when it is another's act."""
    # The act of the subject the claim names, not another act found by its words ("Georgia
    # signed the original treaty": not the renewal the other states signed).
    lead = found.facts[0]
    if named and lead.owner not in named:
        return None
    if year is None:
        return found
    # Sources disagreeing (on the day, the year) settle nothing: the accounts are laid out; a
    # claim of several subjects ("along with Azerbaijan") says more than the one fact confirms.
    alone = len(named) == 1
    if confirm and alone and lead.date and _year(lead) == year and not found.disputes:
        return replace(found, text=f"Yes: {found.text}")
    if str(year) in found.text:  # the year is among what the facts say
        return found
    # Only the dated act corrects the year ("acceded on 31 December 1993"); "Serbia has never
    # been a member" says no other year.
    if not lead.date:
        return found
    return replace(found, text=f"No: not in {year}. {found.text}")


def recurring_checked(
    catalog: Catalog, found: Answer, claim: Claim, year: int | None, named: Collection[str]
) -> Answer | None:
    """The facts of an act that may recur (a drill, a deployment): the claim itself when only
    where it was heard was set aside, its date when found without the claimed year."""
    if claim.kind == "source":  # the claim as put, without "i read that"
        return found
    if claim.kind != "year" or year is None:
        return None
    return dated_elsewhen(catalog, found, year, named)


def dated_elsewhen(
    catalog: Catalog, found: Answer, year: int, named: Collection[str]
) -> Answer | None:
    """The answer found without the claimed year, led by the year its facts date the act to,
    when every subject the claim names is of its leading dated fact and no fact it rests on is
    of the claimed year; None otherwise (the act may be another one, or none)."""
    dated = [fact for fact in found.facts if fact.date]
    if not dated or not named or str(year) in found.text:
        return None
    if any(_year(fact) == year for fact in dated):
        return None
    lead = dated[0]
    if not all(tied(catalog, lead.id, subject) for subject in named):
        return None
    # No bare "no": the act may recur (a drill, a deployment), and the facts record only this
    # one; they say when it was, not that it never happened in the year claimed.
    note = f"The facts record this in {_year(lead)}, none in {year}. "
    return replace(found, text=note + found.text)


def _year(fact: FactRef) -> int:
    """The year a dated fact happened in."""
    return int((fact.date or "0")[:4])


def outside_record(
    catalog: Catalog, found: Answer, intent: str, event: str, named: Collection[str]
) -> Answer | None:
    """The closed record of an event answering a claim about people or states it does not
    name ("Lukashenko skipped the Yerevan summit, didn't he?"), led by who is not in it; None
    when the record is not closed, or names everyone the claim does."""
    record = _CLOSED_RECORDS.get(intent)
    others = [subject for subject in named if subject != event]
    if record is None or not others or not found.facts:
        return None
    if any(catalog.kinds.get(subject) not in _IN_RECORDS for subject in others):
        return None
    # Who stayed away is told of members: a state outside the organization then ("was
    # Uzbekistan at the 2021 session") could only have come as a guest, which it does not close.
    if any(_outsider_at(catalog, subject, event) for subject in others):
        return None
    missing = [subject for subject in others if not names_subject(catalog, found, subject)]
    if not missing:
        return None
    names = " or ".join(catalog.name(subject) for subject in missing)
    note = f"The record of {record} the {catalog.name(event)} does not name {names}. "
    return replace(found, text=note + found.text)


def _outsider_at(catalog: Catalog, subject: str, event: str) -> bool:
    """The subject is a state that was no member on the event's day."""
    country = catalog.entities.get(subject)
    date = getattr(catalog.entities.get(event), "date", None)
    if not isinstance(country, Country) or not isinstance(date, PartialDate):
        return False
    return state_at(country, date.first_day) is None


def names_subject(catalog: Catalog, found: Answer, subject: str) -> bool:
    """The answer names the subject: among its entities, or its surname in its words."""
    if subject in found.entities:
        return True
    surname = catalog.name(subject).split()[-1]
    return surname.lower() in found.text.lower()


def post_start_checked(
    catalog: Catalog, found: Answer, year: int, person: str, words: Collection[str]
) -> Answer | None:
    """A claim that a person took up a post in a year ("Zas took over as Secretary General in
    2017, right?"), led by "No" when none of the person's terms in the post named starts in that
    year; None when one does, or the claim names no post of theirs with a start."""
    roles = getattr(catalog.entities.get(person), "roles", ())
    org = catalog.organization
    own = {*tokens(org.abbreviation), *tokens(org.name)}
    # The post the claim names: every word of its title but the organization's own is said.
    posts = [
        role
        for role in roles
        if role.start is not None and set(tokens(role.title)) - own <= set(words)
    ]
    if not posts or any(role.start.year == year for role in posts if role.start):
        return None
    if str(year) in found.text:  # the year is among what the facts say ("appointed in 2025")
        return None
    return replace(found, text=f"No: not in {year}. {found.text}")
