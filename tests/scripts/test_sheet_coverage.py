"""scripts/sheet_coverage.py finds the sheet's key terms and tells when our texts lack them."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def cov() -> Iterator[ModuleType]:
    """The script, imported as a module."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import sheet_coverage  # noqa: PLC0415 - scripts/ is not a package

        yield sheet_coverage
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def test_dates_in_every_sheet_form_render_day_month_year(cov: ModuleType) -> None:
    """Short months, ISO days and day ranges become the '19 December 2012' form."""
    dates, rest = cov.date_terms("signed 14 Feb 1992; announced 2024-02-22; fought 13-14 Sep 2022")
    forms = [form for _, found in dates for form in found]
    assert "14 February 1992" in forms
    assert "22 February 2024" in forms
    assert "13-14 September 2022" in forms
    assert "1992" not in rest


def test_a_paraphrased_phrase_is_missing(cov: ModuleType) -> None:
    """'heads of the member states' does not state 'heads of member states'; a plural does."""
    assert not cov.contains(
        "it consists of the heads of the member states", "heads of member states"
    )
    assert cov.contains("the heads of member states meet", "head of member state")
    assert cov.contains("Uzbekistan left", "Uzbek")


def test_names_ordinals_and_rare_words_are_key_terms(cov: ModuleType) -> None:
    """Proper names, ordinals and words the sheet rarely uses are all looked for."""
    fact = "Permanent Council met; Russia keeps the 102nd base at Gyumri; it was inexpedient"
    terms = [term for term, _ in cov.key_terms(fact, set(), {"inexpedient"})]
    for wanted in ("Permanent Council", "102nd", "Gyumri", "inexpedient"):
        assert wanted in terms


def test_shorthand_is_stated_by_its_long_form(cov: ModuleType) -> None:
    """The sheet's 'PM' and 'CSC' are stated by 'Prime Minister' and the council's name."""
    terms = dict(cov.key_terms("PM Pashinyan asked the CSC", set(), set()))
    assert "Prime Minister" in terms["PM"]
    assert "Collective Security Council" in terms["CSC"]
    assert "Pashinyan" in terms


def test_every_sheet_fact_has_a_statement_in_knowledge(cov: ModuleType) -> None:
    """Each fact of the sheet is found in knowledge/ through its sources."""
    report = cov.coverage()
    assert [entry.fact for entry in report if not entry.carriers] == []
    council = next(entry for entry in report if entry.fact.startswith("Highest body"))
    assert council.missing == []
