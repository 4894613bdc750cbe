"""Each side of "how long after A did B" finds its own dated fact: a pronoun of the first event
that stands for the subject the second names ("how long after IT first quit did Uzbekistan come
back"), and a side whose clause only names what it is about ("acceded to the Collective Security
Treaty in 1993") does not date its taking effect.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask

_ARRIVALS_TO_PULLOUT = (
    "how many days passed between the first arrivals and the end of the withdrawal from kazakhstan?"
)


def test_a_pronoun_ahead_of_its_name_is_read_as_it(engine: Engine) -> None:
    """Uzbekistan left in 1999 and came back in 2006: about 7 years."""
    for question in (
        "how many years after it walked out did uzbekistan return to the treaty?",
        "how long after it first left did uzbekistan come back",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert "1999" in answer.text and "2006" in answer.text, (question, answer.text)


def test_taking_effect_is_dated_by_the_clause_that_says_it(engine: Engine) -> None:
    """Signed 15 May 1992, in force 20 April 1994: never 1993 (accessions), nor 2003 (the
    Charter's entry into force)."""
    for question in (
        "how long after it was signed did the collective security treaty come into force?",
        "how long after they signed the treaty did it take effect",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        lead = answer.text.split(". ")[0]
        assert "20 April 1994" in lead and "2003" not in lead, (question, answer.text)


def test_an_inflected_fact_word_is_not_spell_corrected(engine: Engine) -> None:
    """'Arrivals' is a form of the facts' "arrived", not a typo of "rivals": the first CSTO
    units arrived on 6 January 2022, the pullout was complete on 19 January: 13 days."""
    for question in (
        _ARRIVALS_TO_PULLOUT,
        "when were the first arrivals of csto troops in kazakhstan?",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert "6 January 2022" in answer.text.split(". ")[0], (question, answer.text)
    assert ask(engine, _ARRIVALS_TO_PULLOUT).text.startswith("13 days")


def test_a_side_naming_nothing_is_not_dated_in_another_conflict(engine: Engine) -> None:
    """'The completion of the pullout' alone meets the Karabakh peacekeepers' 2024 pullout;
    counted from the Kazakh arrivals it would be a span across two conflicts: no answer."""
    for question in (
        "how long between the first arrivals in almaty and the completion of the pullout?",
        "how long after the first arrivals was the pullout complete?",
    ):
        answer = ask(engine, question)
        assert "2024" not in answer.text.split(". ")[0] or not answer.answered, question
        assert not answer.text.startswith("2 years"), question
