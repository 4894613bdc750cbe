"""The thing a question picks ("which states", "which ships", "who is X's representative") must
be what the chosen answer states: a fact that matched other words answers another question."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.core.engine import Engine


def test_states_asked_are_not_the_organizations_name(talk: Callable[..., list[Answer]]) -> None:
    """'Which states put their names on the treaty': signing (the idiom), not the fact on the
    CSTO's Russian name that shares the word 'names'."""
    (answer,) = talk("which states put their names on the treaty when it was signed in tashkent?")
    assert answer.answered and "Uzbekistan" in answer.text
    assert "ODKB" not in answer.text


def test_a_fact_naming_no_state_does_not_say_which_states(
    talk: Callable[..., list[Answer]],
) -> None:
    """Asked which states, a fact naming none (its 'Russian name' is no state) is not given."""
    (answer,) = talk("which states does the abbreviation odkb stand for the names of?")
    assert not answer.answered or any(
        state in answer.text for state in ("Russia,", "Armenia", "Belarus", "Kazakhstan")
    )


def test_all_members_named_as_a_whole_still_answer(talk: Callable[..., list[Answer]]) -> None:
    """'Units from all six members' names every state at once: still an answer."""
    (answer,) = talk("by 2019 which members had units in the rapid reaction force")
    assert answer.answered and "all six" in answer.text


def test_a_kind_no_fact_speaks_of_is_not_the_exercise_list(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Which ships took part': no fact speaks of ships, so the list of drills does not say."""
    for question in (
        "when the csto held its first naval exercise in the caspian, which ships took part?",
        "which warships joined the csto drills?",
    ):
        (answer,) = talk(question)
        assert not answer.answered, question


def test_a_representative_asked_is_a_person(talk: Callable[..., list[Answer]]) -> None:
    """'Who is Armenia's permanent representative': a person, not the council of them."""
    (answer,) = talk("Who is Armenia's permanent representative to the CSTO?")
    assert not answer.answered


def test_an_ordinal_war_is_that_war_not_the_whole_conflict(
    talk: Callable[..., list[Answer]],
) -> None:
    """'The second Karabakh war' is named by an alias of the whole conflict; its length is that
    war's first and last day (27 September to 10 November 2020), not 1988 to 2023."""
    (answer,) = talk("how long did the second karabakh war last?")
    assert answer.answered and "27 September 2020" in answer.text
    assert "1988" not in answer.text


def test_the_first_war_is_still_its_own_span(talk: Callable[..., list[Answer]]) -> None:
    """The first war's length is its own span too (February 1988 to May 1994)."""
    (answer,) = talk("how long did the first nagorno-karabakh war last?")
    assert answer.answered and "May 1994" in answer.text


def test_two_states_compared_get_each_ones_step(talk: Callable[..., list[Answer]]) -> None:
    """'Did Azerbaijan join on the same day as Belarus': both accession days, to compare."""
    (answer,) = talk("did azerbaijan join the treaty on the same day as belarus?")
    assert answer.answered
    assert "24 September 1993" in answer.text and "31 December 1993" in answer.text


def test_one_state_asked_gets_its_own_step_only(talk: Callable[..., list[Answer]]) -> None:
    """One state named: its own accession alone."""
    (answer,) = talk("when did armenia join?")
    assert answer.answered and "15 May 1992" in answer.text
    assert "Belarus" not in answer.text


def test_the_states_still_in_are_asked_past_a_premise(talk: Callable[..., list[Answer]]) -> None:
    """'Since Armenia quit, which countries are still in it': the list, which also says that
    Armenia has not formally left; not Armenia's own record."""
    for question in (
        "since armenia formally quit the csto in 2024, which countries are still in it?",
        "now that armenia has left, which countries are still members?",
    ):
        (answer,) = talk(question)
        assert answer.answered and answer.intent == "member.list", question
        assert "Tajikistan" in answer.text and "not formally withdrawn" in answer.text


def test_when_a_state_left_is_still_its_record(talk: Callable[..., list[Answer]]) -> None:
    """Without 'which countries ... still', a step of one state is its own record."""
    (answer,) = talk("when did uzbekistan leave the csto?")
    assert answer.intent == "member.left"


def test_a_first_deployment_asked_in_russian_is_not_the_member_list(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Когда ОДКБ впервые ввела коллективные силы в страну-участницу': 'впервые' is first,
    'ввела' sent in, 'страна-участница' a member state; the first deployment, not the list."""
    (answer,) = talk("Когда ОДКБ впервые ввела коллективные силы в страну-участницу?")
    assert answer.answered and "2022" in answer.text
    assert answer.intent != "member.list"


def test_member_states_asked_in_russian_are_still_the_list(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Какие страны-участницы ОДКБ': the member states."""
    (answer,) = talk("Какие страны-участницы ОДКБ?")
    assert answer.intent == "member.list" and "Tajikistan" in answer.text


def test_the_organizations_post_is_not_another_bodys(talk: Callable[..., list[Answer]]) -> None:
    """'Who's the longtime CSTO spokesman': a dispute quoting the Kremlin's spokesman names
    another body's holder, so it is no answer; asked plainly, the CSTO's own spokesman is."""
    (answer,) = talk("who's the longtime csto spokesman, the guy always quoted by tass")
    assert not answer.answered or "Zainetdinov" in answer.text
    (answer,) = talk("who is the csto spokesman?")
    assert answer.answered and "Zainetdinov" in answer.text


def test_a_states_leader_asked_is_not_a_summit_record_without_him(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Which Pakistani leader was in Baku at the time of the Yerevan summit': the summit's record
    names neither Pakistan nor a Pakistani ('Islamic State' is no 'Islamic Republic of
    Pakistan'), so it is no answer."""
    (answer,) = talk("which pakistani leader was in baku at the same time as the yerevan summit")
    assert not answer.answered or "Sharif" in answer.text


def test_a_claim_about_a_states_leader_is_still_checked(talk: Callable[..., list[Answer]]) -> None:
    """A claim of where a state's president was is checked as a claim, not declined."""
    (answer,) = talk(
        "i saw a report saying uzbekistan's president was at the astana 2024 summit. is that right?"
    )
    assert answer.answered


def test_another_states_office_holder_does_not_answer_a_claim(engine: Engine) -> None:
    """ "Has Armenia's prime minister said ...": what Russia's prime minister said is no answer."""
    answer = engine.answer(
        "Has Armenia's prime minister ever actually said in parliament that Armenia will leave "
        "the bloc?"
    )
    assert "Medvedev" not in answer.text, answer.text


def test_the_states_own_office_holder_still_answers(engine: Engine) -> None:
    """Named by his state's office, Pashinyan's own words answer."""
    answer = engine.answer(
        "did armenia's prime minister say in parliament that armenia will leave the csto?"
    )
    assert answer.answered, answer.text
    assert "Pashinyan" in answer.text
