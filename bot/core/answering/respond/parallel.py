"""Parallel facts: the same statement held by several entities of one kind.

"Russia was an original signatory ...", "Armenia was an original signatory ...": the knowledge
says a shared fact once per entity, so a search that keeps its three best facts names only
some of them. A question asking for several things ("which countries originally signed") gets
every entity the statement is held by.
"""

from __future__ import annotations

from bot.core.answering.respond import Request, spoken_list
from bot.core.knowledge.catalog import Catalog, FactItem
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import name_words
from bot.core.language.normalize import tokens

_SEVERAL = LEXICON.words("several_things")
# Of the smaller statement's words (owner's name left out), the share the other must say too:
# "in Tashkent" said by one signatory's fact and not another's is still the same statement.
_SHARED = 0.85
# Two entities saying one thing are a pair the facts already name; three are a list to count.
_MANY = 3


def asks_several(request: Request) -> bool:
    """The question asks for several things or how many ("which countries", "how many")."""
    return request.reading.has_any(_SEVERAL) or request.reading.has("count")


def parallel_to(catalog: Catalog, item: FactItem) -> list[FactItem]:
    """The facts of other entities of the same kind saying what this one says of its owner."""
    kind = catalog.kinds.get(item.owner)
    own = _statement(catalog, item)
    if kind is None or item.fact.date is None or len(own) < 3:
        return []
    found = []
    for owner, facts in catalog.facts_of.items():
        if owner == item.owner or catalog.kinds.get(owner) != kind:
            continue
        for other in facts:
            if other.section != item.section or other.fact.date != item.fact.date:
                continue
            if _same(own, _statement(catalog, other)):
                found.append(other)
                break  # one fact per entity names it
    return found


def _statement(catalog: Catalog, item: FactItem) -> frozenset[str]:
    return frozenset(tokens(item.fact.text)) - name_words(catalog, item.owner)


def _same(one: frozenset[str], other: frozenset[str]) -> bool:
    smaller = min(len(one), len(other))
    return smaller >= 3 and len(one & other) >= _SHARED * smaller


def widened(request: Request, chosen: list[FactItem]) -> tuple[list[FactItem], str | None]:
    """The chosen facts, and when the question asks for several, every fact parallel to one;
    with them a lead giving how many hold the statement and who, when there are several."""
    if not asks_several(request):
        return chosen, None
    result = list(chosen)
    seen = {item.id for item in chosen}
    lead = None
    for item in chosen:
        group = [item, *parallel_to(request.catalog, item)]
        result.extend(other for other in group if other.id not in seen)
        seen.update(other.id for other in group)
        if lead is None and len(group) >= _MANY:
            # How many, leading: "how many countries originally signed" is answered by a number.
            names = list(dict.fromkeys(request.catalog.name(other.owner) for other in group))
            lead = f"{len(names)} in all: {spoken_list(names)}."
    return result, lead
