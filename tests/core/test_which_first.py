"""Which of two events came first: each dated by its own answer, both dates given, the earlier
named; when one date is not known, that is said and nothing is guessed."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.understanding.order import OrderAsk, order_ask
from tests.core.asking import ask


def test_events_read_around_the_order_phrase() -> None:
    assert order_ask("which came first in 2022, the deployment or the fighting? give dates") == (
        OrderAsk("the deployment", "the fighting", "in 2022")
    )
    assert order_ask("was the four day war before or after the yerevan summit") == OrderAsk(
        "the four day war", "the yerevan summit"
    )
    assert order_ask("the treaty or the charter: which came first?") == OrderAsk(
        "the treaty", "the charter"
    )
    # A question of its own before "before or after" names no event.
    assert order_ask("what did they decide before or after the summit?") is None
    assert order_ask("which came first?") is None


def test_both_dates_and_the_earlier(engine: Engine) -> None:
    answer = ask(
        engine,
        "what came first, the joint staff being set up or uzbekistan announcing its comeback"
        " in minsk?",
    )
    assert answer.answered
    assert "28 April 2003" in answer.text
    assert "23 June 2006" in answer.text
    assert answer.text.startswith("The joint staff being set up came first")


def test_the_earlier_named_second(engine: Engine) -> None:
    answer = ask(
        engine,
        "which came first in 2022, the kyrgyz-tajik border fighting or the kazakhstan deployment?",
    )
    assert answer.answered
    assert answer.text.startswith("The kazakhstan deployment came first (January 2022)")
    assert "14 September 2022" in answer.text


def test_the_date_of_the_clause_naming_the_event(engine: Engine) -> None:
    # One fact dates both ("the CIS Unified Armed Forces (14 February 1992), then the Treaty
    # (15 May 1992)"): each event takes the date of its own clause.
    answer = ask(engine, "which came first, the security treaty or the cis unified armed forces?")
    assert answer.text.startswith("The cis unified armed forces came first (14 February 1992)")
    assert "before the security treaty (15 May 1992)" in answer.text


def test_one_date_unknown_is_said(engine: Engine) -> None:
    answer = ask(engine, "which came first, the charter or the founding of the moon base?")
    assert not answer.answered
    assert "couldn't find when the founding of the moon base was" in answer.text
    assert "7 October 2002" in answer.text


def test_an_event_named_at_several_times_is_not_dated(engine: Engine) -> None:
    # The fact base holds three Astana summits (2011, 2018, 2024): none is picked.
    answer = ask(
        engine, "which came first: armenia freezing its participation or the astana summit?"
    )
    assert not answer.answered
    assert "several of the astana summit" in answer.text
    assert "22 February 2024" in answer.text


def test_each_event_asked_alone_first(engine: Engine) -> None:
    # The second event, asked after the first, would lean on the Kazakh unrest.
    answer = ask(engine, "what came first, the kazakh unrest or the taliban taking kabul?")
    assert answer.text.startswith("The taliban taking kabul came first (15 August 2021)")
    assert "2 January 2022" in answer.text


def test_a_named_thing_is_dated_by_its_start(engine: Engine) -> None:
    # "When was the peacekeeping forces" reads as a description (their size in October 2016);
    # asked when they were created, the record gives October 2007.
    answer = ask(engine, "which came first, the ksor or the peacekeeping forces?")
    assert "the peacekeeping forces dates to October 2007" in answer.text
    assert "October 2016" not in answer.text


def test_a_state_spelt_otherwise_in_an_event_is_met_by_its_name(engine: Engine) -> None:
    """ "Belorussia joining": the fact says "Belarus acceded", and dates the event all the same
    (31 December 1993, after Azerbaijan's 24 September 1993)."""
    answer = ask(engine, "which came first, azerbaijan joining or belorussia joining?")
    assert answer.answered
    assert "31 December 1993" in answer.text
    assert answer.text.startswith("Azerbaijan joining came first")
