"""Questions the fact base cannot answer as asked are abstained on, not answered by a neighbour."""

from __future__ import annotations

import pytest

from bot.core.answering.check import future_year
from bot.core.api import Context
from bot.core.engine import Engine


def _ask(engine: Engine, question: str) -> tuple[bool, str]:
    answer = engine.answer(question, Context(conversation=None))
    return answer.answered, answer.text


@pytest.mark.parametrize(
    "question", ["which csto member has the strongest army?", "which member is the richest?"]
)
def test_a_size_rank_is_not_answered_with_the_member_list(
    shipped_engine: Engine, question: str
) -> None:
    """The members' list ranks nothing by size or strength."""
    answered, text = _ask(shipped_engine, question)
    assert not answered and "Tajikistan" not in text


def test_going_to_asks_about_the_future(shipped_engine: Engine) -> None:
    """'Is X going to join' is not answered by the record that X never joined."""
    answered, _ = _ask(shipped_engine, "is india going to become a member of the csto?")
    assert not answered


def test_a_past_plan_is_not_the_future() -> None:
    """'Was it going to be' speaks of a past plan."""
    assert future_year(("was", "it", "going", "to", "be", "held"), [], 2026) is None
    assert future_year(("is", "iran", "going", "to", "join"), [], 2026) == 2026


def test_an_observer_status_is_not_a_joining(shipped_engine: Engine) -> None:
    """Asked when a state became an observer, the record of its never joining is no answer."""
    answered, _ = _ask(shipped_engine, "when did india officially become a csto observer?")
    assert not answered


def test_a_reason_must_be_of_the_year_asked(shipped_engine: Engine) -> None:
    """Asked why in 2012, the reason given for the 1999 exit is no answer."""
    answered, text = _ask(shipped_engine, "why did uzbekistan bail in 2012")
    assert not answered or "1999" not in text.split(".")[0]


def test_states_paired_by_and_must_each_be_spoken_of(shipped_engine: Engine) -> None:
    """'The 2008 war between Russia and Georgia' is not answered by Russian arms sales."""
    answered, text = _ask(
        shipped_engine, "what did the csto say about the 2008 war between russia and georgia?"
    )
    assert not answered or "Georgia" in text


def test_a_states_own_unit_is_not_the_whole_contingent(shipped_engine: Engine) -> None:
    """'The Armenian unit' is not answered by the whole contingent's commander."""
    answered, text = _ask(shipped_engine, "who commanded the armenian unit sent to kazakhstan?")
    assert not answered or "Armenia" in text


def test_a_relative_clause_before_an_anchor_asks_nothing(shipped_engine: Engine) -> None:
    """'The meeting that came right after' asks what happened, not who came."""
    answer = shipped_engine.answer(
        "what happened at the meeting which was held right after the 2016 yerevan summit",
        Context(conversation=None),
    )
    assert answer.answered and answer.intent == "summit.overview"


def test_staying_does_not_answer_pulling_out(shipped_engine: Engine) -> None:
    """Asked when the troops pulled out, 'they would stay until...' is no answer."""
    answered, text = _ask(shipped_engine, "when had the csto troops fully pulled out of kazakhstan")
    assert answered and "19 January" in text


def test_a_judgement_of_an_act_is_an_opinion(shipped_engine: Engine) -> None:
    """'Was Armenia wrong to freeze' asks a view; 'is that right' checks a fact."""
    assert not _ask(shipped_engine, "was armenia wrong to freeze its participation?")[0]
    assert _ask(shipped_engine, "armenia froze in 2024, is that right?")[0]


def test_a_judgement_naming_its_actor_is_an_opinion(shipped_engine: Engine) -> None:
    """'Right for the CSTO to send troops' names who acted between the judgement and the act."""
    assert not _ask(shipped_engine, "was it wrong for the russian troops to stay so long?")[0]
    assert not _ask(shipped_engine, "was it fair for belarus to boycott the 2009 summit")[0]


def test_a_question_of_worth_is_an_opinion(shipped_engine: Engine) -> None:
    """'Is X good for Y', 'was it worth it' weigh worth: a view asked, not a fact."""
    assert not _ask(shipped_engine, "is the csto bad for central asia?")[0]
    assert not _ask(shipped_engine, "was joining the csto worth it for armenia")[0]
    assert not _ask(shipped_engine, "is membership bad for kyrgyzstan")[0]


def test_a_comparison_of_worth_is_an_opinion(shipped_engine: Engine) -> None:
    """'A stronger alliance than', 'more reliable than' weigh worth; 'more than once' does not."""
    assert not _ask(shipped_engine, "is the csto a stronger alliance than nato?")[0]
    assert not _ask(shipped_engine, "honestly, is the csto a more reliable alliance than nato?")[0]
    assert _ask(shipped_engine, "which person served as acting secretary general more than once?")[
        0
    ]


def test_a_ranking_of_worth_is_an_opinion(shipped_engine: Engine) -> None:
    """'The best army', 'the most capable member' rank worth; 'hosted the most' counts."""
    assert not _ask(shipped_engine, "which member state has the strongest military?")[0]
    assert not _ask(shipped_engine, "who is the most capable ally in the odkb?")[0]
    assert _ask(shipped_engine, "which state has hosted the most csto summits?")[0]


def test_during_a_year_asks_of_that_year(shipped_engine: Engine) -> None:
    """'During the 2008 war' is the time of the event asked: a plan of 2009 is no answer."""
    assert not _ask(
        shipped_engine, "what forces did the csto send during the 2008 war in georgia?"
    )[0]


def test_a_states_own_unit_needs_its_own_commander(shipped_engine: Engine) -> None:
    """The whole contingent's (Russian) commander is no answer for the Armenian unit, though a
    claim listing troops by state names Armenia; asked of the Russian one, he is."""
    assert not _ask(shipped_engine, "who led the armenian contingent in kazakhstan")[0]
    answered, text = _ask(shipped_engine, "who commanded the russian contingent in kazakhstan")
    assert answered and "Serdyukov" in text


def test_a_why_answered_by_search_needs_a_reason(shipped_engine: Engine) -> None:
    """'Why did Lukashenko miss the session': the record of his absence states no reason."""
    assert not _ask(shipped_engine, "why was lukashenko absent from the st petersburg session")[0]


def test_a_day_asked_in_a_year_is_a_day_of_that_year(shipped_engine: Engine) -> None:
    """A term '2003 to 31 December 2016' gives no day in 2003."""
    assert not _ask(
        shipped_engine, "on what exact day in 2003 did bordyuzha take office as secretary general"
    )[0]


def test_after_a_year_needs_something_later(shipped_engine: Engine) -> None:
    """The holder until 2028 says nothing of who comes after 2028."""
    assert not _ask(shipped_engine, "who will be the csto secretary general after 2028")[0]
    assert not _ask(shipped_engine, "who became secretary general after 2016")[0]


def test_a_response_asked_needs_an_act_of_response(shipped_engine: Engine) -> None:
    """An invitation recorded is no record of how the invited responded."""
    assert not _ask(shipped_engine, "how did pakistan react to the 2014 invitation to observe")[0]


def test_most_over_members_is_a_rank_a_list_does_not_give(shipped_engine: Engine) -> None:
    """'Which member spends the most' is not answered by the list of members."""
    assert not _ask(shipped_engine, "which csto country spends the most on its army")[0]
