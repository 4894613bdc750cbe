"""Everyday wording of summit questions: idioms, yearless month dates, aggregates over sessions.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from bot.core.answering.check import states_order
from bot.core.api import Answer, Context
from bot.core.engine import Engine
from bot.core.knowledge.dates import PartialDate
from bot.core.language.idioms import plain_pairs, plain_words
from bot.core.language.temporal import find_dates, full_years


def ask(engine: Engine, question: str) -> Answer:
    return engine.answer(question, Context())


def test_idioms_become_plain_words():
    """'came out of' is an outcome, a 'get-together' a summit; other words stay."""
    words = ("what", "came", "out", "of", "the", "get", "together")
    assert plain_words(words) == ("what", "outcome", "of", "the", "summit")
    assert plain_words(("who", "came", "to", "minsk")) == ("who", "came", "to", "minsk")


def test_what_came_out_of_a_summit_is_its_decisions(engine):
    """'What came out of' asks what a summit decided, not who came to it."""
    answer = ask(engine, "what came out of the dushanbe meeting in september 2015")
    assert answer.answered and answer.intent == "summit.decisions"


def test_everyday_phrases_for_leaders_and_summaries():
    """'Heads of state' are the leaders; 'in a nutshell' asks for a summary."""
    words = ("in", "a", "nutshell", "what", "did", "the", "heads", "of", "state", "agree")
    assert plain_words(words) == ("summary", "what", "did", "the", "leaders", "agree")


def test_a_get_together_is_a_summit(engine):
    """'Where was the get-together' asks for a summit's place, not the headquarters."""
    answer = ask(engine, "where was the csto get-together in november 2017")
    assert answer.answered and answer.intent == "summit.when_where"
    assert "Minsk" in answer.text


def test_month_with_two_digits_and_no_year_is_a_year():
    """'nov 22' with no other year is November 2022; beside a year it stays a day."""
    assert full_years(("summit", "in", "nov", "22")) == ("summit", "in", "nov", "2022")
    assert full_years(("nov", "22", "2016")) == ("nov", "22", "2016")


def test_who_was_missing_asks_for_absences(engine):
    """'Who was missing' at a summit is its absences."""
    answer = ask(engine, "who was missing at the yerevan summit in 2022")
    assert answer.intent == "summit.absences"


def test_a_year_before_a_plan_is_its_horizon():
    """'The 2025 strategy' is a plan's horizon, not a date the question asks about."""
    assert find_dates("what is the 2025 strategy they adopted") == []
    assert find_dates("what did they adopt in 2025") == [PartialDate(2025)]


def test_the_2025_strategy_is_not_the_2025_summit(engine):
    """'The 2025 strategy agreed in Yerevan' must not answer with the 2025 summit."""
    answer = ask(engine, "what was the 2025 strategy agreed at the yerevan summit")
    assert "Bishkek" not in answer.text


def test_a_session_named_by_city_after_an_event_is_in_that_city(engine):
    """'The Bishkek summit after the 2016 Yerevan one' is the next session in Bishkek."""
    answer = ask(engine, "what was decided at the bishkek summit after the 2016 yerevan summit")
    assert answer.answered and "Bishkek" in answer.text and "2017" in answer.text


def test_which_state_hosted_the_most_sessions_is_a_tally(engine):
    """'Hosted the most' ranks the hosts of the recorded sessions instead of listing them."""
    answer = ask(engine, "which country has hosted the most csto meetings")
    assert answer.answered and answer.text.startswith("Of the")
    assert "Russia hosted the most" in answer.text
    fewest = ask(engine, "which state hosted the fewest csto summits")
    assert "fewest" in fewest.text and "Russia hosted" not in fewest.text


def test_who_refused_to_sign_is_the_sessions_refusals(engine):
    """'Who refused to sign' at a session is answered from its refusals, not what was signed."""
    answer = ask(engine, "which states refused to sign the 1999 renewal protocol")
    assert answer.intent == "summit.absences"
    assert "Georgia" in answer.text and "Azerbaijan" in answer.text


def test_the_summit_of_a_membership_step(engine):
    """'At which summit did X come back' names the session whose facts say the return."""
    answer = ask(engine, "at what summit was uzbekistan coming back to the organization")
    assert answer.answered and "Minsk" in answer.text and "2006" in answer.text
    assert answer.intent != "summit.next"


def test_the_first_summit_after_a_year_is_inside_the_span(engine):
    """'The first summit after 2015' is the first regular session from 2016, not a 2015 one."""
    answer = ask(engine, "what was the first summit after 2015")
    assert answer.answered and "October 2016" in answer.text
    assert "2015" not in answer.text.split(".")[0]


def test_a_span_edge_does_not_pin_the_session(engine):
    """'The first in-person summit since November 2019' must not answer with the November 2019
    session itself."""
    answer = ask(engine, "which was the first in-person summit since november 2019")
    assert not answer.text.startswith("The Bishkek summit, November 2019")


def test_which_came_first_needs_two_dates():
    """'Which came first, X or Y' is answered only by a text that dates two things."""
    words = ("which", "came", "first", "the", "decision", "or", "the", "signing")
    assert not states_order(words, "The force was created on 4 February 2009.")
    assert states_order(words, "It was decided on 4 February 2009 and signed on 14 June 2009.")
    assert states_order(("when", "was", "it", "signed"), "It was signed on 14 June 2009.")


def test_a_misspelt_idiom_is_read_after_correction():
    """'comming back' is corrected first, then read as a return."""
    assert plain_pairs(("was", "coming", "back"), [0, 1, 0]) == [("was", 0), ("returning", 0)]


def test_a_capital_taking_a_membership_step_stands_for_its_state(engine):
    """'At which summit was Tashkent's comeback announced': Uzbekistan's return, not the 1992
    Tashkent signing."""
    answer = ask(engine, "at which summit was tashkent's comeback announced")
    assert "Tashkent treaty signing" not in answer.text
    assert not answer.answered or "Minsk" in answer.text


def test_first_by_order_with_unknown_words_is_not_the_first_session(engine):
    """'The first fully in-person summit after covid' is not the first session of all."""
    answer = ask(engine, "when was the first fully in person summit after covid")
    assert "May 2002" not in answer.text


def test_who_at_one_of_several_sessions_asks_back(engine):
    """'Who did they pick at the Bishkek summit' (three Bishkek sessions): asked back, not a
    list of sessions that names no one."""
    answer = ask(engine, "who did they choose at the summit in bishkek")
    assert answer.intent != "summit.list"


def test_how_many_times_a_state_hosted_counts_its_sessions(engine):
    """'How many times did Kazakhstan host' counts the sessions it hosted."""
    answer = ask(engine, "how many times has kazakhstan been the host")
    assert answer.intent == "summit.list" and "Kazakhstan hosted 3" in answer.text


def test_a_second_year_asked_of_a_held_session_is_no_unheld_session(engine):
    """'Who chaired the 2019 summit and who took over for 2020': 2020 is asked of the 2019
    session; a year alone with no session still gets no answer from another one."""
    answer = ask(
        engine, "who chaired the 2019 bishkek summit, and who took over the presidency for 2020"
    )
    assert answer.answered and "Russia" in answer.text
    unheld = ask(engine, "what was decided at the csto summit in march 2020")
    assert not unheld.answered


def test_what_happened_at_a_summit_is_its_overview(engine):
    """'What happened at the summit' is its record and decisions, not one fact dated that day."""
    answer = ask(engine, "what happened at the astana summit in november 2024")
    assert answer.intent == "summit.overview" and "Astana" in answer.text


def test_has_a_state_ever_skipped_a_summit_lists_its_absences(engine):
    """'Did Kazakhstan ever skip a summit' lists the sessions it is recorded absent from."""
    answer = ask(engine, "has kazakhstan ever boycotted a summit")
    assert answer.intent == "summit.list" and "absent" in answer.text


def test_name_the_cities_is_no_topic_of_its_own(engine):
    """'Which summits did Armenia skip since 2023, name the cities': the list, with its cities."""
    answer = ask(engine, "which summits has armenia skipped since 2023 name the cities")
    assert answer.intent == "summit.list" and "Astana" in answer.text


def test_who_stood_in_for_a_leader_is_an_absence(engine):
    """'Who stood in for the Kazakh president' asks who represented an absent leader, not who
    held the presidency."""
    answer = ask(engine, "who filled in for the kazakh president at the yerevan summit in 2016")
    assert answer.intent == "summit.absences" and "Sagintayev" in answer.text


def test_which_three_states_counts_the_items_asked(engine):
    """'Which three states refused to renew the treaty in 1999': 'three' counts the answer's
    items; the facts need not say it."""
    answer = ask(engine, "which three states refused to renew the treaty in 1999")
    assert answer.answered and "Georgia" in answer.text and "Azerbaijan" in answer.text


def test_the_outcome_of_a_summit_includes_the_presidency_handed_on(engine):
    """'What was the outcome of the Minsk summit in 2023': its decisions and the presidency
    it handed on."""
    answer = ask(engine, "what was the outcome of the minsk summit in november 2023")
    assert answer.intent == "summit.decisions" and "Kazakhstan" in answer.text


def test_since_when_of_a_session_is_not_its_own_date(engine):
    """'The Moscow summit of May 2022 was the first in person since when?' asks a time before
    the session: its own date is no answer."""
    answer = ask(engine, "the moscow summit in may 2022 was the first proper one since when")
    assert not answer.text.startswith("The Moscow jubilee summit, May 2022 took place")
