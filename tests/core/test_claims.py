"""A claim put up for checking, with a year or a place the facts do not confirm, is corrected."""

from __future__ import annotations

import pytest

from bot.core.api import Context
from bot.core.engine import Engine
from bot.core.language.phrasal import one_verb
from bot.core.understanding.claims import claim_readings

CITIES = frozenset({"tashkent", "minsk"})


def test_a_tagged_claim_is_read_without_its_year() -> None:
    """The closing tag and the claimed year are set aside; the act stays."""
    readings = claim_readings("the charter was signed in 2003 yeah?", CITIES)
    assert [(r.question, r.year) for r in readings] == [("the charter was signed", 2003)]


def test_the_place_is_set_aside_before_the_year() -> None:
    """Without the place the year still narrows the act; never both are dropped at once."""
    readings = claim_readings("did belarus sign the treaty in tashkent in 1992?", CITIES)
    assert [r.question for r in readings] == [
        "did belarus sign the treaty in 1992",
        "did belarus sign the treaty in tashkent",
    ]


@pytest.mark.parametrize(
    "question",
    ["when did belarus join in 1993?", "belarus joined the treaty in 1993", "the charter, yeah"],
)
def test_no_claim_without_a_check_or_with_a_question_word(question: str) -> None:
    """A question asking the time, or a statement without a tag or a detail, is no claim."""
    assert claim_readings(question, CITIES) == ()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the charter was signed in 2003 yeah?", "No: not in 2003. "),
        ("was belarus one of the countries that signed the treaty in tashkent in 1992?", "1993"),
    ],
)
def test_a_wrong_detail_is_corrected(shipped_engine: Engine, question: str, expected: str) -> None:
    """The fact stating the act answers, with its own date, never a bare yes."""
    answer = shipped_engine.answer(question, Context(conversation=f"claim-{question}"))
    assert answer.answered, answer.text
    assert expected in answer.text
    assert not answer.text.startswith("Yes")


def test_another_act_of_other_states_is_no_correction(shipped_engine: Engine) -> None:
    """The renewal the other states signed says nothing of when Georgia signed."""
    answer = shipped_engine.answer(
        "did georgia signed the original treaty in 1992", Context(conversation="claim-renewal")
    )
    assert "renewal" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is the CSTO recognised at the UN at all?",
        "does the csto have any status at the united nations",
    ],
)
def test_another_organization_short_name_is_searched(shipped_engine: Engine, question: str) -> None:
    """ "The UN" is what is asked about, though as short as a particle; "recognised" is a status."""
    answer = shipped_engine.answer(question, Context(conversation=f"un-{question}"))
    assert answer.answered, answer.text
    assert "observer status in 2004" in answer.text


def test_where_someone_headed_is_where_he_went(shipped_engine: Engine) -> None:
    """Asked "where", a verb of leading is one of going: the trip answers, not a post."""
    answer = shipped_engine.answer(
        "Where did Putin head after the Yerevan summit?", Context(conversation="head-where")
    )
    assert answer.answered, answer.text
    assert "India" in answer.text


def test_the_head_of_a_body_stays_its_chief() -> None:
    """ "The head of" names a post even in a "where" question."""
    assert one_verb(("where", "is", "the", "head", "of", "it")) == (
        "where",
        "is",
        "the",
        "head",
        "of",
        "it",
    )
    assert one_verb(("where", "did", "he", "head", "next"))[3] == "travelling"


def test_no_other_year_is_claimed_for_a_state_that_never_joined(shipped_engine: Engine) -> None:
    """ "Not in 1992" would say it joined another year: a state never in it gets no such lead."""
    answer = shipped_engine.answer(
        "did serbia join the treaty in tashkent in 1992?", Context(conversation="claim-serbia")
    )
    assert not answer.text.startswith(("Not in", "No: not in"))


def test_where_the_claim_was_heard_is_set_aside() -> None:
    """ "I read that ..." says where the claim comes from; the claim is what follows."""
    readings = claim_readings("I read that the charter was signed in 2003. Is that right?", CITIES)
    assert readings[0].question == "the charter was signed in 2003"
    assert readings[0].kind == "source"


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("Belarus said it would leave in 2021, right?", "belarus said it would leave"),
        (
            "I'm not sure but belarus said it would leave in 2021, right?",
            "im not sure but belarus said it would leave",
        ),
    ],
)
def test_a_speaker_named_by_the_claim_stays_in_it(question: str, claim: str) -> None:
    """ "Belarus said ..." is the claim itself: no one is reported as telling the user."""
    assert [r.question for r in claim_readings(question, CITIES)] == [claim]


def test_a_claimed_end_of_a_term_is_asked_back() -> None:
    """ "Runs only until 2020" is a claim of when a term ends: asked as "until when"."""
    readings = claim_readings("the base runs only until 2020, right?", CITIES)
    assert [(r.question, r.year, r.kind) for r in readings] == [
        ("until when the base runs only", 2020, "term")
    ]


def test_a_claimed_term_is_answered_with_the_facts_of_it(shipped_engine: Engine) -> None:
    """The base's term as the sources give it, the claimed 2020 among them, 2044 best supported."""
    answer = shipped_engine.answer(
        "I read that Russia's base in Armenia runs only until 2020. Is that right?",
        Context(conversation="claim-term"),
    )
    assert answer.answered, answer.text
    assert any("2044" in line for section in answer.shown_sections() for line in section.lines)


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("the csto sent troops into kazakhstan in 2021, right?", "2022"),
        ("kyrgyzstan cancelled the indestructible brotherhood drill in 2021, yes?", "2022"),
    ],
)
def test_an_act_of_the_named_subject_in_another_year_dates_it(
    shipped_engine: Engine, question: str, year: str
) -> None:
    """A dated act of the subject the claim names, found without the year, gives its year."""
    answer = shipped_engine.answer(question, Context(conversation=f"claim-{question}"))
    assert answer.answered, answer.text
    assert answer.text.startswith(f"The facts record this in {year}, none in 2021.")


def test_an_act_of_another_subject_dates_nothing(shipped_engine: Engine) -> None:
    """Kyrgyzstan's cancelled drill says nothing of a drill Belarus cancelled."""
    answer = shipped_engine.answer(
        "belarus cancelled the indestructible brotherhood drill in 2021, yes?",
        Context(conversation="claim-other-subject"),
    )
    assert "The facts record this" not in answer.text
    assert not answer.answered


def test_a_claim_heard_elsewhere_is_answered_as_put(shipped_engine: Engine) -> None:
    """Without "I read", the claim finds the deployment that was the first into a member."""
    answer = shipped_engine.answer(
        "I read Kazakhstan was the first time the CSTO ever sent collective forces into a "
        "member. True?",
        Context(conversation="claim-heard"),
    )
    assert answer.answered, answer.text
    # The fact may lead the answer or be one of its items under the deployment's record.
    lines = [answer.text, *answer.items]
    assert any("first time the CSTO sent collective forces" in line for line in lines)


@pytest.mark.parametrize(
    ("question", "absent", "recorded"),
    [
        ("Lukashenko skipped the 2016 Yerevan summit, didn't he?", "Lukashenko", "Nazarbayev"),
        ("tokayev stood in for nazarbayev at yerevan in 2016, correct?", "Tokayev", "Sagintayev"),
    ],
)
def test_a_claim_within_a_closed_record_is_answered_by_it(
    shipped_engine: Engine, question: str, absent: str, recorded: str
) -> None:
    """The summit's absences answer a claim of someone they do not name, saying so first."""
    answer = shipped_engine.answer(question, Context(conversation=f"record-{question}"))
    assert answer.answered, answer.text
    lead = answer.text.split(". ", 1)[0]
    assert lead.startswith("The record of who stayed away from")
    assert absent in lead
    assert recorded in answer.text


def test_a_claim_the_record_confirms_is_not_led_by_a_denial(shipped_engine: Engine) -> None:
    """Nazarbayev is in the absences: the record answers as it is."""
    answer = shipped_engine.answer(
        "nazarbayev skipped the 2016 yerevan summit, right?", Context(conversation="record-yes")
    )
    assert answer.answered, answer.text
    assert "does not name" not in answer.text


def test_a_claimed_signatory_the_answer_passes_over_is_checked(shipped_engine: Engine) -> None:
    """The signatories of 1992 leave Belarus out: the claim is checked, and Belarus acceded in
    1993; the conversation goes on about Belarus."""
    context = Context(conversation="claim-passed-over")
    answer = shipped_engine.answer(
        "Belarus was one of the countries that signed in Tashkent in 1992, wasn't it?", context
    )
    assert answer.text.startswith("No: not in 1992.")
    assert "1993" in answer.text
    follow = shipped_engine.answer("and when did it leave?", context)
    assert "Belarus" in follow.text


def test_a_claimed_signatory_the_answer_names_keeps_the_answer(shipped_engine: Engine) -> None:
    """Armenia is among the signatories the answer lists: nothing is checked over it."""
    answer = shipped_engine.answer(
        "Armenia was one of the countries that signed in Tashkent in 1992, wasn't it?",
        Context(conversation="claim-named"),
    )
    assert answer.answered, answer.text
    assert "Armenia" in answer.text
    assert not answer.text.startswith("No")


@pytest.mark.parametrize(
    ("question", "verdict", "year"),
    [
        # The search finds the renewal others signed; Georgia's own record of joining answers.
        ("Georgia signed the original treaty in Tashkent back in 1992, correct?", "1992", "1993"),
        # Answered on the normal path, the fact of the act still leads with the verdict.
        ("azerbaijan left in 2000, right?", "2000", "1999"),
    ],
)
def test_a_one_time_act_claimed_in_the_wrong_year_is_denied(
    shipped_engine: Engine, question: str, verdict: str, year: str
) -> None:
    """The state's record of joining or leaving gives its year, led by "No"."""
    answer = shipped_engine.answer(question, Context(conversation=f"act-{question}"))
    assert answer.text.startswith(f"No: not in {verdict}."), answer.text
    assert year in answer.text


def test_a_one_time_act_claimed_in_its_year_is_not_denied(shipped_engine: Engine) -> None:
    """The year the fact states is no reason for a "No"."""
    answer = shipped_engine.answer(
        "azerbaijan left in 1999, right?", Context(conversation="act-right-year")
    )
    assert answer.answered, answer.text
    assert not answer.text.startswith("No")


def test_a_claimed_end_of_a_term_is_answered_by_the_record_of_it(shipped_engine: Engine) -> None:
    """A search hit that happens to hold the claimed year yields to the post's record."""
    answer = shipped_engine.answer(
        "Bordyuzha ran the CSTO secretariat only until 2010, right?",
        Context(conversation="term-record"),
    )
    assert answer.answered, answer.text
    assert answer.text.startswith("Nikolai Bordyuzha (Russia): CSTO Secretary General (2003 to")
    assert "2016" in answer.text


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Azerbaijan left in 1999, right?", True),
        # Several states claimed: the one fact found confirms only Georgia's part.
        ("Georgia dropped out in 1999 along with Azerbaijan and Uzbekistan - correct?", False),
        # The place was set aside to find the act: accession is no signing in Tashkent.
        ("did belarus sign the treaty in tashkent in 1993?", False),
    ],
)
def test_a_one_time_act_in_its_year_is_confirmed_only_when_all_was_checked(
    shipped_engine: Engine, question: str, yes: bool
) -> None:
    """ "Yes" leads only when the fact of the named subject's act dates it to the claimed
    year and nothing else the claim says was left unchecked."""
    answer = shipped_engine.answer(question, Context(conversation=f"yes-{question}"))
    assert answer.answered, answer.text
    assert answer.text.startswith("Yes: ") is yes
