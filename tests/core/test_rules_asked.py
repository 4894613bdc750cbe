"""A rule asked (what a member may do, how the organization decides) is answered by its rules."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_member_named_as_an_example_reads_the_organizations_rule(engine: Engine) -> None:
    """'Could Tajikistan host an Indian base': the consent rule, not Tajikistan's own facts."""
    answer = ask(engine, "could tajikistan host an indian air base without the others agreeing")
    assert answer.answered
    assert "consent of all members" in answer.text


def test_a_rule_of_leaving_is_no_list_of_those_who_left(engine: Engine) -> None:
    """'Can a state quit whenever it likes': the withdrawal rule, not the former members."""
    answer = ask(engine, "can a state quit the csto whenever it likes?")
    assert answer.answered
    assert "withdrawal" in answer.text
    assert "former members" not in answer.text


def test_a_rule_must_speak_of_the_act_asked(engine: Engine) -> None:
    """No rule fact speaks of expelling: the base rule or a dated event is no answer."""
    answer = ask(engine, "can the members expel a state that hosts a foreign base?")
    assert "1995" not in answer.text
    assert "Gyumri" not in answer.text


def test_joining_nato_or_a_bloc_reads_the_rule_on_other_alliances(engine: Engine) -> None:
    """NATO, a bloc: instances of the 'other military alliances' the rule speaks of."""
    for question in (
        "could belarus become part of nato while in the csto?",
        "can members of the csto belong to another bloc too",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        assert "may not join other military alliances" in answer.text, question


def test_what_a_step_needs_is_a_rule_not_the_states_that_took_it(shipped_engine: Engine) -> None:
    """'What is needed to suspend a member?', 'what does a suspension require?': what the rules
    require, never the list of former members."""
    for question in ("what is needed to suspend a member?", "what does a suspension require?"):
        answer = shipped_engine.answer(question)
        assert answer.intent != "member.former", question
    needed = shipped_engine.answer("what is needed to suspend a member?")
    assert needed.answered and "Collective Security Council" in needed.text
