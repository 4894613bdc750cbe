"""A leader asked about at a session his state stayed away from is answered by that absence:
'did Pashinyan attend the Minsk summit in 2023' is 'Armenia was absent', not his other words
of that year. A state present says nothing of its leader (it may have sent someone else).

The questions are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_state_s_absence_answers_for_its_leader(engine: Engine) -> None:
    """Armenia skipped Minsk 2023 and Astana 2024: asked of Pashinyan, the absence leads."""
    for question in (
        "did pashinyan attend the minsk summit in 2023",
        "was pashinyan at the astana summit in 2024",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        lead = answer.text.split(". ")[0]
        assert "Armenia" in lead and ("absent" in lead or "skipped" in lead), question


def test_a_state_present_is_not_its_leader_present(engine: Engine) -> None:
    """Kazakhstan was at Yerevan 2016, represented by its prime minister: the answer on
    Nazarbayev must carry his staying away."""
    answer = ask(engine, "was nazarbayev present at the 2016 yerevan summit")
    assert answer.answered
    assert any("stayed away" in fact.text for fact in answer.facts)


def test_the_record_of_the_person_asked_leads(engine: Engine) -> None:
    """Asked whether Nazarbayev was at Yerevan 2016, his staying away is the first sentence,
    before the session's date and place; asked of Putin, the facts naming him lead."""
    nazarbayev = ask(engine, "was nazarbayev present at the 2016 yerevan summit")
    assert nazarbayev.text.startswith("Kazakhstan's President Nursultan Nazarbayev stayed away")
    putin = ask(engine, "did putin attend the yerevan summit in 2016")
    assert "Putin" in putin.text.split(". ")[0]
