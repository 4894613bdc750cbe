"""Chat words that say nothing of what is asked: short forms, the asker's task, a text's say."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.language.premises import premise_named
from tests.core.asking import ask


def test_chat_short_form_of_people_is_read_as_the_word(engine: Engine) -> None:
    """'ppl' is 'people', a word no fact needs to say: the death toll answers."""
    answer = ask(engine, "how many ppl were killed in kazakhstan in january 2022?")
    assert answer.answered
    assert "225" in answer.text


def test_what_the_asker_makes_of_the_answer_is_set_aside(engine: Engine) -> None:
    """'i need the full list for my article': the asker's task, not part of the question."""
    answer = ask(
        engine,
        "which states sent soldiers to kazakhstan in 2022? need the full list for my article",
    )
    assert answer.answered
    assert all(state in answer.text for state in ("Russia", "Belarus", "Armenia"))


def test_what_the_rules_say_asks_no_speaker(engine: Engine) -> None:
    """'What do the rules say': the rule's own words answer; a named speaker still needs a
    statement reporting him."""
    answer = ask(
        engine,
        "could Belarus let an outside country open a military base on its territory? "
        "what do the rules say",
    )
    assert answer.answered
    assert "consent" in answer.text
    assert not ask(
        engine, "what did the nato secretary general say about the kazakhstan deployment"
    ).answered


def test_according_to_reports_the_speaker(engine: Engine) -> None:
    """A fact ending 'according to Defence Minister Shoigu' reports his claim."""
    answer = ask(engine, "how many kazakh security personnel did shoigu say the csto force freed?")
    assert answer.answered
    assert "1,600" in answer.text


def test_an_org_named_by_its_region_is_its_short_name(engine: Engine) -> None:
    """'Another eurasian org' is the EurAsEC the fact names: Karimov's reason answers."""
    answer = ask(engine, "why did uzbekistan return in 2006? was it about some eurasian org?")
    assert answer.answered
    assert "EurAsEC" in answer.text


def test_an_incursion_is_forces_entering(engine: Engine) -> None:
    """'The incursion at Sev Lake' is what the fact words as forces that 'entered Armenia'."""
    answer = ask(
        engine, "how did the secretary general describe the incursion of may 2021 near sev lake?"
    )
    assert answer.answered
    assert "border incident" in answer.text


def test_forces_on_its_territory_were_deployed_in_it(engine: Engine) -> None:
    """'Deployed on its territory': in it; not a fact on another war's 'territory' held."""
    answer = ask(
        engine,
        "which member state was the first to get collective forces deployed on its territory?",
    )
    assert answer.answered
    assert "Kazakhstan" in answer.text
    assert "Karabakh" not in answer.text


def test_they_after_a_premise_naming_several_states_are_those_states(engine: Engine) -> None:
    """'Georgia and Azerbaijan joined in 1993. When did they leave?': "they" are the two states
    the premise names, whose leaving is asked, not the premise's year."""
    answer = ask(engine, "Georgia and Azerbaijan joined in 1993. When did they leave?")
    assert answer.answered and "1999" in answer.text
    assert "Georgia" in answer.text and "Azerbaijan" in answer.text


def test_one_state_named_before_leaves_it_open() -> None:
    """With one name before it, "they" may be the premise's event or dates: no rewriting."""
    assert (
        premise_named("Armenia asked for help. What did they get?", lambda _: ["Armenia"]) is None
    )


def test_how_soon_the_asker_needs_it_is_set_aside(engine: Engine) -> None:
    """'need it in 2 min': neither a thing asked about nor a number to match ("2 April")."""
    for question in ("members list pls, need it in 2 min", "need the csto members asap"):
        answer = ask(engine, question)
        assert answer.intent == "member.list", question
        assert "Tajikistan" in answer.text, question


def test_what_the_copy_is_for_is_set_aside(engine: Engine) -> None:
    """ "Need one number for the headline", "for the explainer": the asker's task; the force's
    size answers."""
    answer = ask(
        engine, "how many csto troops went into kazakhstan? need one number for the headline"
    )
    assert answer.answered
    assert "2,000" in answer.text


def test_a_happening_not_named_did_not_start_with_the_founding(engine: Engine) -> None:
    """ "When did the fighting start", opening a conversation: which fighting is not said, and
    the organization's founding is no answer; "when did the csto start" still is."""
    assert not ask(engine, "when did the fighting start").answered
    assert "2002" in ask(engine, "when did the csto start").text
