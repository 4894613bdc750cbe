"""normalize() folds names so that spellings of one name compare equal."""

import pytest

from bot.core.language.normalize import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CSTO", "csto"),
        ("  Collective   Security\tTreaty ", "collective security treaty"),
        ("Nagorno–Karabakh", "nagorno-karabakh"),
        ("Nagorno—Karabakh", "nagorno-karabakh"),
        ("C.S.T.O.", "csto"),
        ("CSTO\u2019s summit", "cstos summit"),
        ("«ODKB»", "odkb"),
        ("Chișinău", "chisinau"),
        ("ＣＳＴＯ", "csto"),
        ("Collective Rapid Reaction Force (KSOR)", "collective rapid reaction force ksor"),
        ("St. Petersburg", "st petersburg"),
        ("1,000 troops", "1000 troops"),
        ("17.5% of territory", "17.5% of territory"),
        ("2016-10-14", "2016-10-14"),
        ("- dash - alone -", "dash alone"),
        ("Straße", "strasse"),
        ("Организация Договора", "организация договора"),
        ("", ""),
        ("?!", ""),
    ],
)
def test_normalize(text, expected):
    """Case, width, accents, dashes, quotes and punctuation fold the same way every time."""
    assert normalize(text) == expected


def test_normalize_is_idempotent():
    """Normalizing twice changes nothing more."""
    for text in ("Nagorno–Karabakh «conflict»", "U.S.-led", "Chișinău, 7 Oct. 2002"):
        assert normalize(normalize(text)) == normalize(text)
