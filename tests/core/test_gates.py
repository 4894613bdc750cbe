"""The gates that call a question off topic or about another organization, in both directions."""

from __future__ import annotations

import pytest

from bot.core.api import Context
from bot.core.engine import Engine
from bot.core.language.normalize import tokens
from bot.core.language.reference import points_at_organization
from bot.core.understanding.hedges import unhedged

_OFF_TOPIC = "I can only answer questions about"
_OTHER_ORG = "I only know membership of the"


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        ("does the alliance send troops", True),
        ("azerbaijan was in this thing at some point", True),
        ("does the council vote by majority", True),
        ("what is the council of europe", False),
        ("who leads the shanghai cooperation organisation", False),
        ("what is the thing", False),
        ("which country hosts the treaty zyxarchive", False),
    ],
)
def test_a_determiner_points_at_the_organization(
    shipped_engine: Engine, question: str, meant: bool
) -> None:
    """'The alliance', 'this thing' mean the organization; 'the council of X' is another one,
    and 'the treaty <unknown word>' is that other thing."""
    vocabulary = shipped_engine._loaded.linker.vocabulary
    assert points_at_organization(tuple(tokens(question)), vocabulary) is meant


def test_the_organisation_at_the_un_is_ours(shipped_engine: Engine) -> None:
    """Another organization named as what ours is asked about does not make the question theirs."""
    answer = shipped_engine.answer(
        "does the organisation have observer status at the un general assembly? since when",
        Context(conversation=None),
    )
    assert answer.answered and "2004" in answer.text


def test_joined_when_is_no_other_organization(shipped_engine: Engine) -> None:
    """A question word after the membership word ends its clause: no other body was joined."""
    answer = shipped_engine.answer(
        "azerbajan was in this thing at some point?? joined when, and when did it walk away",
        Context(conversation=None),
    )
    assert answer.answered
    shown = "\n".join([answer.text, *(line for s in answer.shown_sections() for line in s.lines)])
    assert "1993" in shown and "1999" in shown  # both steps asked, both said


def test_took_part_in_a_dated_drill_is_no_membership(shipped_engine: Engine) -> None:
    """A month after "took part in" is a date, not an organization the bot does not know."""
    answer = shipped_engine.answer(
        "which russian bombers took part in the oct 2016 kirgizia drill",
        Context(conversation=None),
    )
    assert _OTHER_ORG not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who is the secretary general of nato",
        "when did armenia apply to join the eu",
        "how many full members does the shanghai cooperation organisation have",
        "what is the council of europe",
    ],
)
def test_other_organizations_still_abstain(shipped_engine: Engine, question: str) -> None:
    """Their own affairs are not answered."""
    assert not shipped_engine.answer(question, Context(conversation=None)).answered


def test_walking_out_is_leaving(shipped_engine: Engine) -> None:
    """'Walked out of the alliance' asks for the states that left, not the members today."""
    answer = shipped_engine.answer(
        "which countries walked out of the alliance over the years", Context(conversation=None)
    )
    assert answer.intent == "member.former" and "Georgia" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "does the council vote by majority or how do decisions get made",
        "does the csto vote by majority?",
    ],
)
def test_a_majority_vote_is_answered_by_the_consensus_rule(
    shipped_engine: Engine, question: str
) -> None:
    """'Majority' is a word of its own (no typo for 'minority'); the facts' rule is consensus."""
    answer = shipped_engine.answer(question, Context(conversation=None))
    assert answer.answered and "consensus" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how many csto soldiers were killed during the kazakhstan mission",
        "how many csto peacekeepers were killed or wounded in kazakhstan",
    ],
)
def test_a_toll_of_the_unrest_does_not_count_the_peacekeepers(
    shipped_engine: Engine, question: str
) -> None:
    """The dead counted must be the group asked about, in the one statement giving the count."""
    answer = shipped_engine.answer(question, Context(conversation=None))
    assert not answer.answered and "225" not in answer.text
    assert "gives the number of" in answer.text  # not "says nothing on soldiers": facts do


def test_the_toll_of_the_unrest_is_still_given(shipped_engine: Engine) -> None:
    """Asked the toll of the unrest itself, the statement counting it answers."""
    answer = shipped_engine.answer(
        "how many people were killed in the january 2022 unrest in kazakhstan",
        Context(conversation=None),
    )
    assert answer.answered and "225" in answer.text


@pytest.mark.parametrize(
    "question",
    ["will uzbekistan rejoin the odkb under mirziyoyev?", "когда Азербайджан вернется в ОДКБ?"],
)
def test_the_future_is_not_answered_with_the_past(shipped_engine: Engine, question: str) -> None:
    """'Will X rejoin' and the Russian perfective ('вернется') ask what is still to come."""
    answer = shipped_engine.answer(question, Context(conversation=None))
    assert not answer.answered and "1999" not in answer.text


def test_a_birth_date_asked_in_russian_is_not_a_term_of_office(shipped_engine: Engine) -> None:
    """'Когда родился' asks a birth date; the person's record gives none."""
    answer = shipped_engine.answer("Когда родился Таалатбек Масадыков?", Context(conversation=None))
    assert not answer.answered and "2026" not in answer.text


def test_a_list_of_those_present_is_not_what_a_person_said(shipped_engine: Engine) -> None:
    """Asked what a named person said, a statement must have him saying (or stressing) it."""
    putin = shipped_engine.answer(
        "what did putin say at the yerevan summit in 2016", Context(conversation=None)
    )
    assert not putin.answered
    tokayev = shipped_engine.answer(
        "what did tokaev say later about the csto mission", Context(conversation=None)
    )
    assert tokayev.answered and "stressed" in tokayev.text


@pytest.mark.parametrize(
    "question",
    [
        "who commands the russian 102nd base in gyumri today",
        "which officials signed the april 2021 kyrgyz-tajik ceasefire",
    ],
)
def test_a_record_naming_no_commander_or_official_does_not_answer(
    shipped_engine: Engine, question: str
) -> None:
    """Asked who commands, or which officials, the answer must state a command or an official."""
    assert not shipped_engine.answer(question, Context(conversation=None)).answered


@pytest.mark.parametrize(
    "question",
    [
        "on what date did the council formally vote to appoint zas",
        "on exactly what day was bordyuzha appointed secretary general",
    ],
)
def test_a_term_start_is_not_the_day_of_the_appointment(
    shipped_engine: Engine, question: str
) -> None:
    """Asked the day of an appointment, a term's dates do not say when the vote was."""
    assert not shipped_engine.answer(question, Context(conversation=None)).answered


def test_the_year_of_an_appointment_is_still_its_term(shipped_engine: Engine) -> None:
    """Asked only when (not the day), the term's start answers."""
    answer = shipped_engine.answer(
        "when was khachaturov appointed secretary general", Context(conversation=None)
    )
    assert answer.answered and "2017" in answer.text


def test_the_year_of_a_status_no_source_shows_is_not_given(shipped_engine: Engine) -> None:
    """Asked when a state got CSTO observer status its record says no source shows, no year of
    talks answers: the bot says the step is not recorded."""
    answer = shipped_engine.answer(
        "in what year did egypt officially receive csto observer status", Context(conversation=None)
    )
    assert not answer.answered and "does not record" in answer.text


def test_a_status_in_a_body_still_has_its_year(shipped_engine: Engine) -> None:
    """Without the organization named, the status in its assembly (with its year) answers."""
    answer = shipped_engine.answer("when did serbia get observer staus", Context(conversation=None))
    assert answer.answered and "2013" in answer.text


def test_a_speaker_named_by_words_must_be_the_one_reported(shipped_engine: Engine) -> None:
    """'What did the NATO secretary general say': Lukashenko's words about NATO are not his."""
    answer = shipped_engine.answer(
        "what did the nato secretary general say about the csto in 2016",
        Context(conversation=None),
    )
    assert not answer.answered and "Lukashenko" not in answer.text


def test_a_false_premise_about_a_founder_is_met_with_its_accession(
    shipped_engine: Engine,
) -> None:
    """'Was Belarus a founder in Tashkent in 1992': the state's own accession contradicts it."""
    answer = shipped_engine.answer(
        "is it true belarus was one of the founding signatories in tashkent in 1992?",
        Context(conversation=None),
    )
    assert answer.answered and "1993" in answer.text


def test_a_dated_premise_from_an_article_is_met_with_the_fact(shipped_engine: Engine) -> None:
    """'Only till 2020' narrows nothing: the base facts answer, and say 2044."""
    answer = shipped_engine.answer(
        "the 2016 article says russia has its base in armenia only till 2020. is that still right?",
        Context(conversation=None),
    )
    assert answer.answered and "2044" in answer.text


def test_a_claim_put_up_for_checking_asks_about_the_claim(shipped_engine: Engine) -> None:
    """'A guy claims X was never part of it. Is that correct?': X's membership answers, with
    its accession (the 'claims' is the user's hedge, not a question about statements)."""
    answer = shipped_engine.answer(
        "a guy in our chat claims uzbekistan was never part of the csto at all. is that correct?",
        Context(conversation=None),
    )
    assert answer.answered and answer.intent == "member.is" and "1992" in answer.text


def test_what_a_person_said_is_no_hedge(shipped_engine: Engine) -> None:
    """Without a checking tail, a said word still asks what was said."""
    answer = shipped_engine.answer(
        "what did tokaev say later about the csto mission", Context(conversation=None)
    )
    assert answer.answered and "stressed" in answer.text


def test_ever_a_member_is_answered_by_the_accession(shipped_engine: Engine) -> None:
    """'Was Georgia ever a member': it was, from its accession; not just 'No, not any more'."""
    answer = shipped_engine.answer(
        "was georgia ever a member of the csto", Context(conversation=None)
    )
    assert answer.answered and "1993" in answer.text
    assert not answer.text.startswith("No")


def test_acting_holders_are_listed_when_acting_is_asked(shipped_engine: Engine) -> None:
    """'Who served as acting SG': the acting terms, not the Secretary General now."""
    answer = shipped_engine.answer(
        "which person served as acting sg twice", Context(conversation=None)
    )
    assert answer.answered and "Semerikov" in answer.text
    assert "current" not in answer.text


def test_original_signers_is_no_unknown_subject(shipped_engine: Engine) -> None:
    """'Signers' is a form of signing: the question is ours, and the founders answer it."""
    answer = shipped_engine.answer(
        "who were the original signers back in 92", Context(conversation=None)
    )
    assert answer.answered and "Uzbekistan" in answer.text


@pytest.mark.parametrize(
    "question",
    ["which exercise did bishkek call off in october 2022", "who won world war 2"],
)
def test_conflict_words_tell_the_domain_only_beside_its_own(
    shipped_engine: Engine, question: str
) -> None:
    """A drill called off in a summit city is ours; a world war with nothing of ours is not."""
    answer = shipped_engine.answer(question, Context(conversation=None))
    ours = "bishkek" in question
    assert answer.answered is ours
    if ours:
        assert "Indestructible Brotherhood" in answer.text


def test_when_a_state_the_base_lacks_joined_is_not_answered(shipped_engine: Engine) -> None:
    """'When did Turkey join': it never did, and the bot says so, but gives no answer (the facts
    are silent on Turkey itself); 'is Turkey a member' is still answered no."""
    when = shipped_engine.answer("when did turkey join the csto", Context(conversation=None))
    assert not when.answered and "never been one" in when.text
    assert not when.text.startswith("No.")
    member = shipped_engine.answer("is turkey a member of the csto", Context(conversation=None))
    assert member.answered and member.text.startswith("No.")


def test_unhedged_keeps_a_said_word_that_is_asked(shipped_engine: Engine) -> None:
    """'What did X say ..., is that accurate?' still asks what was said; 'a guy claims ...,
    is that correct?' does not."""
    linker = shipped_engine._loaded.linker
    asked = unhedged(linker.read("what did lukashenko say about nato, is that accurate?"))
    assert "say" in asked.corrected
    hedge = unhedged(linker.read("a guy claims uzbekistan was never part of it. is that correct?"))
    assert not {"claim", "claims"} & set(hedge.corrected)
    assert not {"claim", "claims"} & hedge.content
