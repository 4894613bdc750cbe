"""Counts that sum up a loaded fact base, for `csto-bot check` and the logs."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.knowledge.models import SUBJECTS, Dispute, Fact, Knowledge
from bot.core.knowledge.walk import walk

_KINDS = (*SUBJECTS, "sources")
_SINGULAR = {"sources": "source"} | {key: model.KIND for key, model in SUBJECTS.items()}


@dataclass(frozen=True, slots=True)
class KnowledgeStats:
    """How many of each thing a fact base holds."""

    counts: dict[str, int]
    facts: int
    sourced_facts: int
    disputes: int

    def summary(self) -> str:
        """'1 organization, 6 bodies, ...; 520 facts, all sourced; 14 disputes'."""
        kinds = ", ".join(_count(n, _SINGULAR[kind], kind) for kind, n in self.counts.items())
        sourced = (
            "all sourced" if self.sourced_facts == self.facts else f"{self.sourced_facts} sourced"
        )
        facts = _count(self.facts, "fact", "facts")
        return f"{kinds}; {facts}, {sourced}; {_count(self.disputes, 'dispute', 'disputes')}"


def knowledge_stats(knowledge: Knowledge) -> KnowledgeStats:
    """Count entities per kind, facts (every dated or sourced statement) and disputes."""
    counts = {kind: len(getattr(knowledge, kind)) for kind in _KINDS[1:]}
    facts = sourced = disputes = 0
    for _, model in walk(knowledge):
        if isinstance(model, Fact):
            facts += 1
            sourced += bool(model.sources)
        elif isinstance(model, Dispute):
            disputes += 1
    return KnowledgeStats({"organization": 1, **counts}, facts, sourced, disputes)


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"
