"""The gaps report as text: a readable table, golden-question YAML, and a short chat summary."""

from __future__ import annotations

import json
import time
from dataclasses import asdict

from bot.questionlog.gaps import GapsReport

CUT_MARK = "…"


def day(stamp: float) -> str:
    """A Unix time as a UTC date."""
    return time.strftime("%Y-%m-%d", time.gmtime(stamp))


def as_json(report: GapsReport) -> str:
    """The whole report as JSON."""
    return json.dumps(asdict(report), ensure_ascii=False, indent=2)


def as_table(report: GapsReport) -> str:
    """The report for a terminal: one block per section."""
    since = day(report.since) if report.since else "the start"
    lines = [f"{report.questions} questions logged since {since}"]
    lines += ["", "Unanswered questions (abstained or asked back), most frequent first:"]
    for gap in report.unanswered:
        seen = f"{day(gap.first_seen)} .. {day(gap.last_seen)}"
        lines.append(f"  {gap.count:>4}x  {seen}  nearest: {', '.join(gap.nearest) or '-'}")
        lines.extend(f"          - {example}" for example in gap.examples)
    lines += ["", "Answers marked 👎:"]
    for entry in report.disliked:
        lines.append(f"  {entry.down:>4}👎 {entry.up}👍  {entry.question}")
        lines.append(f"          facts: {', '.join(entry.facts) or '-'}")
        lines.extend(f'          "{comment}"' for comment in entry.comments[:5])
    lines += ["", "Low-confidence answers:"]
    for low in report.low_confidence:
        lines.append(f"  {low.confidence:.2f}  {low.count:>3}x  {low.question}")
    lines += ["", "Answers that changed between knowledge versions:"]
    for changed in report.changed:
        lines.append(f"  {changed.question}")
        for version in changed.versions:
            facts = ", ".join(version.facts) or "-"
            lines.append(f"          {version.version}: {version.outcome} ({facts})")
    return "\n".join(lines) + "\n"


def as_golden_yaml(report: GapsReport) -> str:
    """Unanswered and 👎 questions in the golden-question format, `expect` left to the editor."""
    lines = [
        "# From `csto-bot gaps`: questions people asked that the bot did not answer well.",
        "# Add the missing fact to knowledge/, fill in `expect` with the words a right answer",
        "# contains, and move each question into the tests/golden file of its category.",
        "category: gaps",
        "questions:",
    ]
    for gap in report.unanswered:
        nearest = f"; nearest: {', '.join(gap.nearest)}" if gap.nearest else ""
        lines.append(f"  # asked {gap.count}x, last {day(gap.last_seen)}{nearest}")
        lines += [f"  - q: {_quoted(gap.examples[0])}", "    expect: []"]
    for entry in report.disliked:
        comment = f": {entry.comments[0]}" if entry.comments else ""
        lines.append(f"  # 👎 {entry.down}x{_one_line(comment)}; facts: {', '.join(entry.facts)}")
        lines += [f"  - q: {_quoted(entry.question)}", "    expect: []"]
    if len(lines) == 5:
        lines[-1] = "questions: []"
    return "\n".join(lines) + "\n"


def chat_summary(report: GapsReport, limit: int) -> str:
    """A few lines for an admin in chat, cut at a whole line to fit `limit` characters."""
    lines = [f"{report.questions} questions since {day(report.since)}."]
    if report.unanswered:
        lines.append("Most asked without an answer:")
        for gap in report.unanswered:
            nearest = f" (nearest: {', '.join(gap.nearest[:2])})" if gap.nearest else ""
            lines.append(f"• {gap.count}x “{_one_line(gap.examples[0])}”{nearest}")
    if report.disliked:
        lines.append("Most 👎:")
        for entry in report.disliked:
            said = f" — “{_one_line(entry.comments[0])}”" if entry.comments else ""
            lines.append(f"• {entry.down}x “{_one_line(entry.question)}”{said}")
    if len(lines) == 1:
        lines.append("Nothing went unanswered and nobody marked an answer 👎.")
    lines.append("Full report: `csto-bot gaps` on the server.")
    return _fit_lines(lines, limit)


def _fit_lines(lines: list[str], limit: int) -> str:
    kept: list[str] = []
    size = 0
    for line in lines:
        shown = line if len(line) <= limit else line[: limit - 1] + CUT_MARK
        if size + len(shown) + 1 > limit:
            break
        kept.append(shown)
        size += len(shown) + 1
    return "\n".join(kept)


def _one_line(text: str, width: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + CUT_MARK


def _quoted(text: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar, whatever the user typed.
    return json.dumps(" ".join(text.split()), ensure_ascii=False)
