"""The kind of thing asked for ("which article", "who" of a name record) must be what the
answer states: a record that says another kind answers another question."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.answering.check import states_purpose
from bot.core.answering.detail import asked_nouns
from bot.core.api import Answer


def test_an_article_asked_is_not_the_member_list(talk: Callable[..., list[Answer]]) -> None:
    """'Which article says an attack on one is an attack on all': the treaty's article, not the
    members the question mentions (an attack is what the treaty calls aggression)."""
    (answer,) = talk(
        "Which article of the treaty says an attack on one member is an attack on all of them?"
    )
    assert answer.answered and "Article 4" in answer.text
    assert answer.intent != "member.list"


def test_a_clause_asked_another_way_is_not_the_member_list(
    talk: Callable[..., list[Answer]],
) -> None:
    """Worded otherwise, the same: the record of members never names a clause."""
    (answer,) = talk("what clause makes an attack on one member an attack on every member?")
    assert answer.intent != "member.list"
    assert not answer.answered or "Article 4" in answer.text


def test_the_plain_member_list_still_answers(talk: Callable[..., list[Answer]]) -> None:
    """A list asked with chat around it ('for a piece going out in an hour') is still the list."""
    (answer,) = talk("need the full list of current csto member countries for a piece going out")
    assert answer.answered and "Tajikistan" in answer.text


def test_a_person_asked_is_not_the_organizations_name(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Who was the csto spokesman' read as the name record: the name says who no one is."""
    (answer,) = talk("need a name for the caption - who was the longtime csto spokesman?")
    assert "stands for" not in answer.text
    assert not answer.answered or "Zainetdinov" in answer.text


def test_the_longtime_spokesman_is_found_past_the_writers_caption(
    talk: Callable[..., list[Answer]],
) -> None:
    """'For the caption' is the writer's context, and a longtime post is held 'for many
    years': the spokesman's fact answers."""
    (answer,) = talk("need a name for the caption - who was the longtime csto spokesman?")
    assert answer.answered and "Zainetdinov" in answer.text


def test_the_nouns_asked_by_kind() -> None:
    """The word after 'which' or 'what', and before 'of what', is the noun asked for."""
    assert "article" in asked_nouns(("which", "article", "of", "the", "treaty"))
    assert "anniversary" in asked_nouns(("the", "anniversary", "of", "what"))
    assert "the" not in asked_nouns(("what", "the", "charter", "says"))


def test_a_decision_to_set_something_up_is_not_its_purpose(
    talk: Callable[..., list[Answer]],
) -> None:
    """'What is it for' after when the centre was decided: 'decided to set up' says when, not
    what for; the fact of its purpose answers."""
    _, purpose = talk(
        "When did they decide to create the crisis response centre?", "what is it for?"
    )
    assert purpose.answered and "information" in purpose.text
    assert "decided to set up" not in purpose.text


def test_states_purpose_reads_past_a_verb_of_deciding() -> None:
    """'Decided to set up' is the step, 'set up to counter' a purpose."""
    assert not states_purpose("The CSTO decided to set up its centre on 14 October 2016.")
    assert states_purpose("The centre was set up to exchange information on threats.")


def test_a_guest_state_is_not_settled_by_the_members_absences(
    talk: Callable[..., list[Answer]],
) -> None:
    """Was a non-member at a session: who of the members stayed away says nothing of it; the
    fact that its president came as a guest answers."""
    (answer,) = talk(
        "was uzbekistan at the august 2021 afghanistan session even though it's not a member "
        "anymore?"
    )
    assert answer.answered and "Mirziyoyev" in answer.text
    assert "records no absences" not in answer.text


def test_a_members_absence_claim_is_still_settled_by_the_record(
    talk: Callable[..., list[Answer]],
) -> None:
    """A member the closed record does not name is still said to be missing from it."""
    (answer,) = talk("lukashenko skipped the yerevan 2022 summit, didn't he?")
    assert "does not name Alexander Lukashenko" in answer.text


def test_the_losses_of_the_force_are_not_the_whole_death_toll(
    talk: Callable[..., list[Answer]],
) -> None:
    """Asked whether CSTO soldiers died, the toll of the whole unrest counts everyone: there is
    no figure for the force, so nothing is said."""
    (answer,) = talk(
        "were any csto soldiers killed or wounded during the kazakhstan mission? how many?"
    )
    assert not answer.answered


def test_the_losses_of_soldiers_still_answer_when_a_fact_counts_them(
    talk: Callable[..., list[Answer]],
) -> None:
    """A fact counting the soldiers killed speaks of the group asked: it answers."""
    (answer,) = talk("how many troops died in the september 2022 armenia-azerbaijan clashes")
    assert answer.answered and "224" in answer.text


def test_the_dead_of_everyone_answer_a_question_of_everyone(
    talk: Callable[..., list[Answer]],
) -> None:
    """Asked how many people died, the death toll of the unrest is the answer."""
    (answer,) = talk("how many people died in the january 2022 unrest in kazakhstan?")
    assert answer.answered and "225" in answer.text


def test_another_states_minister_is_no_answer_for_a_states_own(
    talk: Callable[..., list[Answer]],
) -> None:
    """Kazakhstan's defence minister is not the Russian one a fact quotes, though that fact
    speaks of Kazakhstan: the fact base names none, so nothing is said."""
    (answer,) = talk("who was kazakhstan's defence minister during the january 2022 deployment?")
    assert not answer.answered


def test_a_states_own_minister_named_in_a_fact_still_answers(
    talk: Callable[..., list[Answer]],
) -> None:
    """Asked Russia's defence minister then, the fact naming the Russian one answers."""
    (answer,) = talk("who was russia's defence minister during the january 2022 deployment?")
    assert answer.answered and "Shoigu" in answer.text


def test_weapons_asked_are_not_the_conflicts_parties(talk: Callable[..., list[Answer]]) -> None:
    """Which weapons were handed over: the threat's dates and parties name no weapon, and no
    fact lists them, so nothing is said."""
    (answer,) = talk(
        "Which weapons exactly did the CSTO hand over to Tajikistan's border guards in 2014?"
    )
    assert not answer.answered


def test_equipment_asked_is_not_the_conflicts_span(talk: Callable[..., list[Answer]]) -> None:
    """What equipment a programme holds: the span of the threat it answers names none."""
    (answer,) = talk("what equipment is in the 2024 tajik-afghan border programme?")
    assert not answer.answered


def test_a_rule_asked_of_a_document_is_not_its_signing(talk: Callable[..., list[Answer]]) -> None:
    """'Does the charter let a member walk out': the signing's date and place state no rule;
    the organization's rule on leaving answers, though the question names the charter."""
    (answer,) = talk(
        "working on the armenia piece: does the csto charter actually let a member just walk "
        "out? whats the procedure"
    )
    assert answer.answered and "unilateral" in answer.text
    assert answer.intent != "summit.overview"


def test_what_an_anniversary_was_of_is_more_than_the_summits_name(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Anniversary of what': the jubilee summit's name and date say there was one, not of
    what; the fact of its anniversary statement answers."""
    (answer,) = talk(
        "the may 2022 kremlin summit was an anniversary thing - anniversary of what exactly?"
    )
    assert answer.answered and "30 years of the treaty" in answer.text
