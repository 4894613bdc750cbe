"""Everyday wording: fillers, everyday words spelt right, and paraphrases of the facts' words."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.language.temporal import full_years, time_parts
from bot.evaluation import answer_text
from tests.core.asking import ask


def test_filler_words_do_not_hide_what_is_asked(engine: Engine) -> None:
    """'supposed to be', 'happen': the user's filler, not a word a fact must say."""
    size = ask(engine, "how big is the KSOR supposed to be")
    assert size.answered
    assert "Collective Rapid Reaction Force" in size.text
    where = ask(engine, "where did the ksor exercise in august 2016 happen")
    assert where.answered
    assert "Strugi Krasnye" in where.text


def test_everyday_words_are_not_corrected_into_the_facts_words(engine: Engine) -> None:
    """'majority' is no typo of 'minority': the question about voting finds the consensus rule."""
    reading = engine._loaded.linker.read("does the csto vote by majority")
    assert "majority" in reading.corrected
    assert "minority" not in reading.corrected
    answer = ask(engine, "does the csto vote by majority?")
    assert answer.answered
    assert "consensus" in answer.text


def test_paraphrases_reach_the_facts_words(engine: Engine) -> None:
    """'ex-members' are former members; 'in effect' is in force; a pullout is a withdrawal."""
    former = ask(engine, "how many ex-members are there, and which")
    assert former.answered
    assert all(name in former.text for name in ("Uzbekistan", "Azerbaijan", "Georgia"))
    charter = ask(engine, "from what date was the csto charter actually in effect")
    assert charter.answered
    assert "18 September 2003" in charter.text
    pullout = ask(engine, "when was the pullout finished")
    assert pullout.answered
    assert "withdrawal" in pullout.text


def test_two_steps_of_a_membership_are_its_timeline(engine: Engine) -> None:
    """'Joined when, and when did it walk away': both dates, not the leaving alone."""
    answer = ask(engine, "when did azerbaijan join and when did it walk away")
    assert answer.answered
    assert "1993" in answer_text(answer)
    assert "1999" in answer_text(answer)


def test_every_summit_a_state_hosted_is_a_list(engine: Engine) -> None:
    """'List every summit Belarus has hosted' asks for the sessions in Minsk, and only those."""
    answer = ask(engine, "list every summit belarus has hosted")
    assert answer.answered
    assert "Minsk" in answer.text
    assert "Astana" not in answer.text


def test_another_bloc_is_not_answered_by_the_states_own_record(engine: Engine) -> None:
    """'Another military bloc' asks of another organization: a state's joining date is no
    answer, the rule on other alliances is."""
    own = ask(engine, "could kazakhstan join another military bloc while staying in the csto")
    assert "15 May 1992" not in own.text
    rule = ask(engine, "are members allowed to be in another military bloc")
    assert rule.answered
    assert "other military alliances" in rule.text
    grouping = ask(engine, "what other grouping did uzbekistan join the year it left the treaty")
    assert grouping.answered
    assert "GUAM" in grouping.text


def test_a_part_of_a_date_is_a_time_not_a_topic(engine: Engine) -> None:
    """'By the end of September 2023', 'in early October 2016' narrow the time asked."""
    assert time_parts(("by", "the", "end", "of", "september", "2023")) == {"end"}
    assert time_parts(("start", "and", "end", "dates")) == frozenset()
    fled = ask(engine, "how many karabakh armenians had fled by the end of september 2023")
    assert fled.answered
    assert "65,000" in fled.text
    drill = ask(engine, "what was the name of the drill in kyrgyzstan in early october 2016")
    assert drill.answered
    assert "Rubezh-2016" in drill.text


def test_the_events_name_the_conflict_vaguely(engine: Engine) -> None:
    """'The January events in Kazakhstan' are the unrest: the toll answers, 'events' unsaid."""
    answer = ask(
        engine, "how many people died in the january events in kazakhstan, and how many hurt"
    )
    assert answer.answered
    assert "225" in answer.text


def test_a_two_digit_year_is_written_out(engine: Engine) -> None:
    """'signed in 92', 'in 99 that': years; 'by 28 september' is a day, not a year."""
    assert full_years(("signed", "in", "92")) == ("signed", "in", "1992")
    assert full_years(("in", "99", "that")) == ("in", "1999", "that")
    assert full_years(("in", "14", "strategic", "sites")) == ("in", "14", "strategic", "sites")
    minister = ask(engine, "which georgian minister confirmed in 99 that tbilisi wouldn't stay on")
    assert minister.answered
    assert "Menagarishvili" in minister.text


def test_a_refusal_is_no_reason(engine: Engine) -> None:
    """Asked what reason Baku gave, 'Azerbaijan refused to renew' says what it did, not why."""
    answer = ask(engine, "what reason did baku give for walking away from the treaty in 99")
    assert not answer.answered or "Karabakh" in answer.text


def test_a_request_verb_is_not_what_is_asked_about(engine: Engine) -> None:
    """'Name the countries that used to belong': 'name' asks, it is no name to look for."""
    answer = ask(engine, "name the countries that used to belong but no longer do")
    assert answer.answered
    assert all(state in answer.text for state in ("Uzbekistan", "Azerbaijan", "Georgia"))


def test_a_pronoun_after_what_it_stands_for_needs_no_earlier_question(engine: Engine) -> None:
    """'The August 2016 exercise at Strugi Krasnye, how big was it': 'it' is that exercise;
    'when did it come back?' with nothing before it still asks what 'it' is."""
    sized = ask(engine, "the august 2016 exercise at strugi krasnye, how big was it")
    assert sized.answered
    assert "6,000" in sized.text
    assert not ask(engine, "when did it come back?").answered


def test_the_secretariat_is_led_by_the_secretary_general(engine: Engine) -> None:
    """'Who led the Secretariat when Armenia froze its participation': the one in office then."""
    answer = ask(engine, "who led the secretariat when armenia froze its participation")
    assert answer.answered
    assert "Tasmagambetov" in answer.text


def test_a_general_is_not_the_secretary_general(engine: Engine) -> None:
    """'Which general headed the mission': a military rank, not the chief officer's title."""
    answer = ask(
        engine, "which general headed the csto mission that went to armenia in september 2022"
    )
    assert answer.answered
    assert "Sidorov" in answer.text


def test_non_negates_and_the_top_job_of_a_body_is_its_head(engine: Engine) -> None:
    """'The first non-Russian to hold the Secretariat's top job': Khachaturov, not a Russian."""
    answer = ask(engine, "who was the first non-russian to hold the top job at the secretariat")
    assert answer.answered
    assert "Khachaturov" in answer.text
    assert "Bordyuzha" not in answer.text


def test_a_month_after_a_membership_word_is_no_other_organization(engine: Engine) -> None:
    """'Took part in the oct 2016 drill': 'part in' is followed by a date, not an organization."""
    answer = ask(engine, "which russian bombers took part in the oct 2016 kyrgyzstan drill")
    assert answer.answered
    assert "Tu-22M3" in answer_text(answer)


def test_in_a_language_is_no_state(engine: Engine) -> None:
    """'What's the bloc's acronym in Russian', 'what is the CSTO called in Russian': the
    language, not Russia's membership; 'Russian troops in Kazakhstan' still names Russia (whose
    own share is on no record: the decline names Russia, not the whole force's size)."""
    acronym = ask(engine, "what's the bloc's acronym in russian?")
    assert "ODKB" in acronym.text
    called = ask(engine, "what is the csto called in russian")
    assert "ODKB" in called.text
    assert "KSOR" not in called.text
    troops = ask(engine, "how many russian troops went to kazakhstan")
    assert "Russia" in troops.text
