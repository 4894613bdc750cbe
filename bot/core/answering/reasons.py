"""Answers to "why": facts stating a reason outright lead, and the event a fact is filed under
is shown as its context (a cancellation recorded with the border clashes it came amid)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TypeVar

from bot.core.answering import confidence as score
from bot.core.answering.compose import AnswerBuilder
from bot.core.knowledge.catalog import Catalog, FactItem
from bot.core.knowledge.models import Conflict
from bot.core.language.datafile import DataModel, read_data
from bot.core.language.normalize import tokens


class _ReasonsFile(DataModel):
    """The shape of reasons.yaml (see the comments in that file)."""

    explicit: str
    weak: str
    asking: str


@cache
def _reasons_file() -> _ReasonsFile:
    """reasons.yaml, read once."""
    return read_data(Path(__file__).parents[1] / "language" / "reasons.yaml", _ReasonsFile).model


@cache
def _explicit() -> frozenset[str]:
    return frozenset(_reasons_file().explicit.split())


@cache
def reason_asking_words() -> frozenset[str]:
    """Words by which a "why" phrase asks a reason, not a purpose ("what made", "what reason")."""
    return frozenset(_reasons_file().asking.split())


@cache
def weak_reason_words() -> frozenset[str]:
    """Reason words that alone give no reason: a statement or a time ("said", "since")."""
    return frozenset(_reasons_file().weak.split())


def only_weak_reason(text: str) -> bool:
    """The text has a reason word that says only that someone spoke or what came before
    ("said"); read after the stronger checks failed, those are then its only ones."""
    return not weak_reason_words().isdisjoint(tokens(text))


_Ranked = TypeVar("_Ranked")


def gives_reason(text: str) -> bool:
    """The text states a reason outright ("citing", "because", "in protest"), not merely what
    someone said or what came after."""
    return not _explicit().isdisjoint(tokens(text))


def reasons_first(
    ranked: Sequence[_Ranked],
    read: Callable[[_Ranked], tuple[str, float, float, bool]],
    states_one: Callable[[str], bool] = gives_reason,
) -> list[_Ranked]:
    """The ranked facts with those stating a reason moved ahead of the ones that do not, when
    they score nearly as well as the best and cover the question as much: the facts found for
    "why did the troops go" are about the going, and the one that says why answers it.
    `read` gives a ranked fact's text, score, coverage, and whether it is of the time asked (a
    reason given in another year is for another event). When none close does and the best
    states no reason in any words (`states_one`), one further down that does leads."""
    if not ranked:
        return []
    best_text, best_score, best_coverage, _ = read(ranked[0])
    if gives_reason(best_text):
        return list(ranked)

    def leads(hit: _Ranked, share: float) -> bool:
        text, hit_score, coverage, in_time = read(hit)
        near = hit_score >= share * best_score
        return in_time and near and coverage >= best_coverage and gives_reason(text)

    led = sorted(ranked, key=lambda hit: not leads(hit, score.RUNNER_UP_SHARE))
    if led[0] is not ranked[0] or states_one(best_text):
        return led
    # None close says why: one further down that does, of the time asked and covering the
    # question as much, answers "why" where the best says only what happened ("deferred").
    return sorted(ranked, key=lambda hit: not leads(hit, score.FAR_REASON_SHARE))


def filed_under(catalog: Catalog, item: FactItem) -> Conflict | None:
    """The conflict, crisis or operation a fact is recorded with: its own record's, else the
    one it is about (a statement kept with a person, about the clashes it came amid)."""
    owner = catalog.entities.get(item.owner)
    if isinstance(owner, Conflict):
        return owner
    for other in item.fact.about:
        found = catalog.entities.get(other)
        if isinstance(found, Conflict):
            return found
    return None


def _span(conflict: Conflict) -> str:
    if conflict.end is None:
        return f"since {conflict.start.human()}"
    if conflict.end == conflict.start:
        return conflict.start.human()
    return f"{conflict.start.human()} to {conflict.end.human()}"


def add_context(builder: AnswerBuilder, catalog: Catalog, items: Sequence[FactItem]) -> None:
    """Say which event the facts given are recorded under, and, when none of them states a
    reason outright, that the facts give none: the honest answer to "why" is then the event
    they are filed with, not a guess."""
    if not items:
        return
    conflict = filed_under(catalog, items[0])
    if conflict is None:
        return
    text = f"It is recorded under the {conflict.name} ({_span(conflict)})"
    builder.sentences.append(builder.cite_record(conflict.sources, f"{conflict.id}/record", text))
    if not any(gives_reason(item.fact.text) for item in items):
        builder.sentences.append("The facts held give no explicit reason beyond that.")
