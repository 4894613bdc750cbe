"""Terse chat wording: two-letter state codes, short forms, verbless noun phrases."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_two_letter_state_codes_name_the_states(engine: Engine) -> None:
    """'kg tj border fight 2021': Kyrgyzstan and Tajikistan, as KZ is Kazakhstan."""
    answer = ask(engine, "kg tj border fight 2021 where did it start")
    assert answer.answered
    assert "Golovnoy" in answer.text
    where = ask(engine, "kg-tj sept 2022 ceasefire agreed where")
    assert "Samarkand" in where.text


def test_what_set_it_off_asks_the_trigger(engine: Engine) -> None:
    """'What set it off' is what triggered it, not what the CSTO said."""
    answer = ask(engine, "kg vs tj april 2021 - what set it off")
    assert answer.answered
    assert "water" in answer.text


def test_a_demonym_before_a_wording_noun_is_a_language(engine: Engine) -> None:
    """'Russian acronym for csto' asks the organization's Russian name, not Russia's membership."""
    answer = ask(engine, "russian acronym for csto")
    assert answer.answered
    assert "ODKB" in answer.text
    assert "russia" not in engine._loaded.linker.read("russian acronym for csto").ids()


def test_out_of_without_a_verb_is_a_withdrawal(engine: Engine) -> None:
    """'csto out of kazakhstan by when': the withdrawal, while 'did belarus bail out of' stays
    the verb's (a state that never left)."""
    answer = ask(engine, "csto out of kazakhstan by when")
    assert answer.answered
    assert "19 January 2022" in answer.text
    bail = ask(engine, "when did belarus bail out of the csto")
    assert "has not left" in bail.text


def test_observer_status_at_another_organization_is_not_off_topic(engine: Engine) -> None:
    """'un observer status year': the CSTO's own status at the UN; the UN's own posts stay out."""
    answer = ask(engine, "un observer status year")
    assert answer.answered
    assert "2004" in answer.text
    assert not ask(engine, "un sg name").answered


def test_in_force_is_a_document_taking_effect(engine: Engine) -> None:
    """'Treaty in force since?': the treaty's entry into force, not the Rapid Reaction Force."""
    for question in ("treaty in force since?", "treaty entry into force date?"):
        answer = ask(engine, question)
        assert answer.answered
        assert "20 April 1994" in answer.text


def test_in_or_out_asks_where_membership_stands(engine: Engine) -> None:
    """'is uzbekistan in or out': its membership status (suspended), not a bare yes or no."""
    answer = ask(engine, "is uzbekistan in or out")
    assert answer.answered
    assert "suspended" in answer.text


def test_from_when_to_when_asks_the_span(engine: Engine) -> None:
    """'from when to when was he in the job': both ends of the term."""
    answer = ask(engine, "bordjuzha - from when to when was he in the job?")
    assert answer.answered
    assert "2003" in answer.text
    assert "2016" in answer.text


def test_a_word_of_assent_asks_nothing(engine: Engine) -> None:
    """'Treaty signed in 1992 fine, but when did it enter into force?': "fine" grants the premise;
    no fact need speak of it."""
    answer = ask(engine, "the kstor deal was signed in 2009 fine, but when did belarus sign it?")
    plain = ask(engine, "the kstor deal was signed in 2009, but when did belarus sign it?")
    assert answer.answered == plain.answered
    assert answer.text == plain.text


def test_what_a_deal_provides_for_is_what_it_did(engine: Engine) -> None:
    """'What did the 1995 base agreement provide for?': "provide" names no fact of its own; the
    facts say what the agreement set up (the base at Gyumri), not a session of 1995."""
    answer = ask(engine, "what did the 1995 base agreement provide for?")
    assert answer.answered and "Gyumri" in answer.text


def test_the_organization_by_a_common_noun_is_not_what_is_counted(engine: Engine) -> None:
    """'How big is the organisation's peacekeeping force?': the organization, called by a common
    noun, owns the force counted; the force's size answers."""
    answer = ask(engine, "how big is the organisation's peacekeeping force?")
    assert answer.answered and "3,600" in answer.text


def test_a_month_s_short_name_meets_the_facts_full_one(engine: Engine) -> None:
    """'What did Uzbekistan do in Dec 2012?': "dec" is December, the word the facts use."""
    answer = ask(engine, "what did uzbekistan do in dec 2012?")
    assert answer.answered and "19 December 2012" in answer.text


def test_a_holders_nationality_is_the_state_he_is_from(engine: Engine) -> None:
    """ "Name and nationality" of the first secretary general: Bordyuzha, of Russia (it was
    read as a fact about "national" centres)."""
    answer = ask(engine, "first ever secretary general of csto, name and nationality?")
    assert answer.intent == "org.secretaries"
    assert "Bordyuzha (Russia)" in answer.text


def test_how_to_say_it_is_not_what_is_asked(engine: Engine) -> None:
    """ "In simple words" asks no word anyone used: Article 4's content answers."""
    answer = ask(engine, "what does article 4 say, in plain english please")
    assert answer.answered
    assert "aggression against all" in answer.text


def test_a_verbs_plain_form_is_known_by_its_other_forms(engine: Engine) -> None:
    """ "Rotate" (known as "rotating", "rotation") keeps the question about the chair: it
    changes every year."""
    answer = ask(engine, "how often does the chair rotate?")
    assert answer.answered
    assert "every year" in answer.text


def test_covid_is_an_everyday_word_not_another_subject(engine: Engine) -> None:
    """ "The first fully in-person summit after covid": a session the facts name, not a
    question about something else."""
    answer = ask(engine, "which was the first summit held fully in person after the covid era?")
    assert answer.answered
    assert "16 May 2022" in answer.text
