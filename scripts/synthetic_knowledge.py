"""Write a synthetic but valid knowledge directory of about the shipped size, for benchmarks.

The shipped fact base is about 2,000 lines: 20 countries, 30 summits, 7 conflicts, 38 people,
6 bodies, about 150 sources and 350 facts. This writes the same shape with made-up text, so load
time can be measured before (or besides) the real files.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

SIZES = {"countries": 20, "summits": 30, "conflicts": 7, "people": 38, "bodies": 6, "sources": 150}


def _fact(number: int, sources: int) -> dict[str, Any]:
    """One sourced fact citing two sources from the registry."""
    return {
        "text": f"Synthetic statement number {number} about the organization.",
        "date": f"{1992 + number % 30}-{1 + number % 12:02d}",
        "topics": ["history"],
        "sources": [f"source-{number % sources}", f"source-{(number + 1) % sources}"],
        "confidence": "high",
    }


def build(sizes: dict[str, int] = SIZES) -> dict[str, dict[str, Any]]:
    """The synthetic knowledge as {file name: YAML document}."""
    counter = iter(range(1_000_000))
    src = sizes["sources"]

    def facts(count: int) -> list[dict[str, Any]]:
        return [_fact(next(counter), src) for _ in range(count)]

    organization = {
        "id": "org",
        "name": "Synthetic Organization",
        "aliases": ["SO"],
        "abbreviation": "SO",
        "founded": _fact(next(counter), src),
        "headquarters": _fact(next(counter), src),
        "facts": facts(10),
    }
    countries = [
        {
            "id": f"country-{i}",
            "name": f"Country {i}",
            "status": {"value": "member", "text": "A member.", **_sourced(i, src)},
            "membership": [
                {**_fact(next(counter), src), "event": "joined", "date": "1992-05-15"},
                {**_fact(next(counter), src), "event": "left", "date": "1999-04"},
            ],
            "facts": facts(2),
        }
        for i in range(sizes["countries"])
    ]
    summits = [
        {
            "id": f"summit-{i}",
            "name": f"Summit {i}",
            "kind": "regular",
            "date": f"{1995 + i}-10-14",
            "host": f"country-{i % sizes['countries']}",
            "sources": [f"source-{i % src}"],
            "presidency": {
                "text": "The presidency passed on.",
                "handed_from": f"country-{i % sizes['countries']}",
                "handed_to": f"country-{(i + 1) % sizes['countries']}",
                **_sourced(i, src),
            },
            "decisions": facts(4),
            "absences": [{**_fact(next(counter), src), "who": [f"country-{(i + 2) % 20}"]}],
        }
        for i in range(sizes["summits"])
    ]
    conflicts = [
        {
            "id": f"conflict-{i}",
            "name": f"Conflict {i}",
            "kind": "conflict",
            "start": 2000 + i,
            "parties": ["country-0", "country-1"],
            "parties_text": "Two countries",
            "sources": [f"source-{i}"],
            "role": facts(2),
            "timeline": facts(4),
            "disputes": [
                {
                    "topic": "When did it start?",
                    "claims": [
                        {"text": "Early.", "best_supported": True, **_sourced(i, src)},
                        {"text": "Late.", "status": "contradicted", **_sourced(i + 1, src)},
                    ],
                }
            ],
        }
        for i in range(sizes["conflicts"])
    ]
    people = [
        {
            "id": f"person-{i}",
            "name": f"Person {i}",
            "country": f"country-{i % sizes['countries']}",
            "roles": [{"title": "President", "start": 2000, "end": 2010, **_sourced(i, src)}],
            "facts": facts(1),
        }
        for i in range(sizes["people"])
    ]
    bodies = [
        {"id": f"body-{i}", "name": f"Body {i}", "facts": facts(2)} for i in range(sizes["bodies"])
    ]
    sources = [
        {"id": f"source-{i}", "title": f"Source {i}", "url": f"https://example.org/{i}"}
        for i in range(src)
    ]
    return {
        "organization.yaml": {"organization": organization, "bodies": bodies},
        "members.yaml": {"countries": countries},
        "summits.yaml": {"summits": summits},
        "conflicts.yaml": {"conflicts": conflicts},
        "people.yaml": {"people": people},
        "sources.yaml": {"sources": sources},
    }


def _sourced(number: int, sources: int) -> dict[str, Any]:
    return {"sources": [f"source-{number % sources}"], "confidence": "medium"}


def write_synthetic(directory: Path) -> int:
    """Write the synthetic knowledge into `directory`; return its total line count."""
    directory.mkdir(parents=True, exist_ok=True)
    lines = 0
    for name, document in build().items():
        text = yaml.safe_dump(
            document, sort_keys=False, allow_unicode=True, width=100, default_flow_style=None
        )
        (directory / name).write_text(text, encoding="utf-8")
        lines += text.count("\n")
    return lines


def main() -> None:
    """Write the synthetic knowledge to the directory given on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    lines = write_synthetic(parser.parse_args().directory)
    print(f"wrote {lines} lines")


if __name__ == "__main__":
    main()
