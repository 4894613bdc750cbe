"""A state's joining or leaving 'the Collective Security Treaty' is answered by its own
membership record, which says the treaty's name, not by another fact that shares the words.

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_joining_the_treaty_is_the_state_s_accession(engine: Engine) -> None:
    """Georgia's accession (1993), not the 1999 renewal protocol it did not sign."""
    answer = ask(engine, "what year did georgia join the collective security treaty?")
    assert answer.answered
    assert answer.text.startswith("Georgia acceded")
    assert "1993" in answer.text.split(". ")[0]


def test_other_states_and_verbs_read_alike(engine: Engine) -> None:
    """Belarus 'acceded' and Armenia 'joined the treaty': each state's own record leads."""
    belarus = ask(engine, "in what year did belarus accede to the collective security treaty")
    assert belarus.answered and belarus.text.startswith("Belarus acceded")
    armenia = ask(engine, "what year did armenia join the treaty")
    assert armenia.answered and armenia.text.startswith("Armenia was an original signatory")
