"""Aggregates over the summit records: which state hosted the most (or fewest) sessions."""

from __future__ import annotations

from collections import Counter

from bot.core.answering import confidence as score
from bot.core.answering.respond import Request, spoken_list
from bot.core.api import Answer
from bot.core.knowledge.models import Summit
from bot.core.language.lexicon import LEXICON

_MOST = LEXICON.words("most")
_FEWEST = LEXICON.words("fewest")


def asks_for_extreme(words: tuple[str, ...]) -> bool:
    """'Hosted the most', 'the fewest times': the question ranks the parties, not lists items."""
    return not _MOST.isdisjoint(words) or not _FEWEST.isdisjoint(words)


def host_tally(request: Request) -> Answer:
    """The state (or states) that hosted the most or fewest recorded sessions, with the tally."""
    builder = request.builder("summit.list")
    hosted = [s for s in request.catalog.summits() if s.host and s.kind != "treaty"]
    tally = Counter(s.host for s in hosted if s.host)
    fewest = not _FEWEST.isdisjoint(request.reading.corrected)
    extreme = min(tally.values()) if fewest else max(tally.values())
    winners = [host for host, count in tally.items() if count == extreme]
    who = spoken_list([request.catalog.name(host) for host in winners])
    word = "fewest" if fewest else "most"
    times = "session" if extreme == 1 else "sessions"
    builder.sentences.append(
        f"Of the {len(hosted)} {request.org} sessions with a host in the fact base, {who} hosted "
        f"the {word}: {extreme} {times} each."
        if len(winners) > 1
        else f"Of the {len(hosted)} {request.org} sessions with a host in the fact base, {who} "
        f"hosted the {word}: {extreme} {times}."
    )
    for host, count in tally.most_common():
        own: list[Summit] = [s for s in hosted if s.host == host]
        places = spoken_list([f"{s.city or 'place not verified'} {s.date.year}" for s in own])
        sources = tuple(dict.fromkeys(source for s in own for source in s.sources))
        builder.items.append(
            builder.cite_record(
                sources, f"{host}/hosted", f"{request.catalog.name(host)}: {count} ({places})"
            )
        )
    builder.entities.extend(winners)
    return builder.build(confidence=score.DESCRIBED)
