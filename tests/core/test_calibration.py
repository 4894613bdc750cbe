"""`csto-bot eval --calibration`: per confidence band, the share of answers that are right."""

from __future__ import annotations

from bot.core.api import Answer
from bot.evaluation import Case, Outcome, calibration, calibration_report


def outcome(confidence: float, passed: bool, answered: bool = True) -> Outcome:
    answer = Answer(
        question="q", answered=answered, text="t", confidence=confidence, intent="facts.search"
    )
    return Outcome(Case("c", "q"), answer, passed)


def test_answers_are_counted_in_their_band_and_abstentions_are_not():
    """Each answer falls in one band by its confidence; abstentions are not answers."""
    outcomes = [
        outcome(0.55, True),
        outcome(0.95, True),
        outcome(0.95, False),
        outcome(1.0, True),
        outcome(0.0, False, answered=False),
    ]
    bands = {(band.low, band.high): band for band in calibration(outcomes)}
    assert (bands[(0.5, 0.6)].answers, bands[(0.5, 0.6)].right) == (1, 1)
    assert (bands[(0.9, 1.0)].answers, bands[(0.9, 1.0)].right) == (3, 2)
    assert sum(band.answers for band in bands.values()) == 4


def test_the_report_prints_the_share_right_per_band():
    """The table names each band with its answers and the share right."""
    text = calibration_report([outcome(0.85, True), outcome(0.82, False)])
    line = next(line for line in text.splitlines() if line.startswith("0.8-0.9"))
    assert line.split()[1:] == ["2", "1", "50.0%"]
