"""A question asked of a state or an office at the time of an event its clause names ("was
Uzbekistan a member when the force was created in 2009"): the event alone is no answer."""

from __future__ import annotations

from bot.core.answering.check import outside_time_clauses
from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_yes_no_question_and_a_day_phrase_set_a_clause_apart() -> None:
    """'Was X a member when ...' and '... on the day the troops landed' each open a clause."""
    member = ("was", "tajikistan", "a", "member", "when", "the", "force", "was", "created")
    assert outside_time_clauses(member, frozenset()) == ("was", "tajikistan", "a", "member")
    day = ("who", "was", "secretary", "general", "on", "the", "day", "the", "troops", "landed")
    assert outside_time_clauses(day, frozenset()) == ("who", "was", "secretary", "general")


def test_the_clause_event_is_no_answer_for_a_state_or_an_office(engine: Engine) -> None:
    """The force's founding says nothing of Kyrgyzstan's membership, and the troops' arrival
    nothing of who was Secretary General: either the asked thing is said, or nothing is."""
    for question, asked_of in (
        (
            "Was Kyrgyzstan a member when the rapid reaction force was set up in February 2009?",
            "Kyrgyzstan",
        ),
        (
            "Was Tajikistan in the CSTO when the rapid reaction force was created in 2009?",
            "Tajikistan",
        ),
        (
            "Who was the Secretary General on the day the CSTO troops arrived in Almaty in "
            "January 2022?",
            "Zas",
        ),
    ):
        answer = ask(engine, question)
        assert not answer.answered or asked_of in answer.text, (question, answer.text)


def test_someone_named_may_answer_who_held_a_post_then(engine: Engine) -> None:
    """'Who was Russia's president when the force agreement was signed in 2009': the fact that
    Medvedev signed it names the one asked of, though not Russia."""
    answer = ask(
        engine,
        "Who was Russia's president when the rapid reaction force agreement was signed in 2009?",
    )
    assert answer.answered
    assert "Medvedev" in answer.text
