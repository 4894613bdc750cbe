"""Two or three subjects fit a question equally: a short answer for each, labelled, when each
has one; otherwise the caller asks back."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.core.answering import confidence as score
from bot.core.answering.compose import AnswerBuilder
from bot.core.answering.respond import Request
from bot.core.api import Answer
from bot.core.understanding.intent import Intent

Ask = Callable[[Request], Answer | None]  # the answer for one subject, by the asked intent
_RECORD = "/record"  # the id ending of a subject's own record (its date and place), not a fact
_FIRST_SENTENCE = re.compile(r"^(.+?[.!?])(?:\s|$)")
# What a record says in itself: its time, place and parties.
_RECORD_ASKS = frozenset(
    {Intent.CONFLICT_WHEN, Intent.CONFLICT_YEAR, Intent.CONFLICT_PARTIES, Intent.SUMMIT_WHEN_WHERE}
)


def _line(
    builder: AnswerBuilder, candidate: str, label: str, answer: Answer, record_answers: bool
) -> bool:
    """Add the candidate's short answer as one labelled sentence; False when it has none short.
    `record_answers`: the candidate's own record (its time, place and parties) is what asked."""
    own = [fact for fact in answer.facts if fact.id.startswith(f"{candidate}/")]
    statements = [fact for fact in own if not fact.id.endswith(_RECORD)]
    opening = _FIRST_SENTENCE.match(answer.text)
    first = opening.group(1) if opening else answer.text
    # An answer led by the candidate's own record ("when": its span) is told by that record,
    # however many facts follow it, when the record is what was asked.
    leading = [f for f in own if f.id.endswith(_RECORD) and answer.text.startswith(f.text)]
    if len(statements) > score.EACH_MAX_FACTS and not (leading and record_answers):
        return False  # a long answer: asking which one is kinder than a wall of text
    if "[" not in first and not any(first.startswith(fact.text[:40]) for fact in own):
        # "The fact base records no absences at ...": said as the records say it, uncited, and
        # never replaced by a fact the answer adds after it (the session's decisions).
        builder.sentences.append(f"{label}: {first}")
        return True
    # Every statement of the short answer ("left in 1999", then "suspended in 2012"), the
    # first labelled: one alone would tell only part of what was asked of the candidate.
    # An answer led by the candidate's own record ("who hosted": its date and place, with the
    # host) is told by that record.
    chosen = leading or statements or own[:1]
    if any(len(fact.text) > score.EACH_LEAD_CHARS for fact in chosen):
        return False
    for index, fact in enumerate(chosen):
        # "The Yerevan summit, November 2022 took place ...": the label already names it.
        said = fact.text.removeprefix(f"The {label} ").removeprefix(f"{label}: ")
        text = f"{label}: {said}" if index == 0 else fact.text
        builder.sentences.append(builder.cite_record(fact.sources, fact.id, text))
    return bool(chosen)


def each_candidate(request: Request, ask: Ask) -> Answer | None:
    """'Who skipped the Yerevan summit' with two Yerevan summits: one labelled line for each, or
    None when the candidates are many, the question asks for an overview, or an answer is long."""
    understanding = request.understanding
    candidates, asked = understanding.candidates, understanding.asked
    if asked is None or asked.endswith(".overview") or not 2 <= len(candidates) <= score.EACH_MAX:
        return None
    builder = request.builder(asked)
    confidences = []
    for candidate in candidates:
        one = replace(understanding, intent=asked, subjects=[candidate], candidates=[])
        answer = ask(replace(request, understanding=one))
        if answer is None or not answer.answered:
            return None
        label = request.catalog.name(candidate)
        if not _line(builder, candidate, label, answer, asked in _RECORD_ASKS):
            return None
        builder.entities.append(candidate)
        confidences.append(answer.confidence)
    return builder.build(confidence=min(confidences))
