"""How `csto-bot eval` judges an answer's text against a case's expected facts."""

from __future__ import annotations

from bot.evaluation import Case, missing_expected


def test_citation_markers_do_not_meet_an_expected_number():
    """'[3]' cites a source; it must not pass a case expecting three of something."""
    case = Case("organization", "how long is the term", expect=(["three", "3"],))
    assert missing_expected(case, "His term was extended to 2017. [1][2][3]") == ["three | 3"]
    assert missing_expected(case, "Appointed for 3 years. [1]") == []


def test_each_expectation_is_met_by_any_of_its_options_case_blind():
    """A list of options is met by one of them; every expectation must be met."""
    case = Case("members", "q", expect=("Armenia", ["Feb", "2024-02"]))
    assert missing_expected(case, "ARMENIA froze its participation in February 2024.") == []
    assert missing_expected(case, "Armenia froze it in 2024.") == ["Feb | 2024-02"]
