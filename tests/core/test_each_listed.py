"""Follow-ups asking the same of every item of a list just given ("when did they leave?"), a view
asked of the bot itself (no answer), and who led a body in a year its leadership facts do not
reach.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.evaluation import answer_text


def test_they_after_a_list_are_the_listed_states(talk: Callable[..., list[Answer]]) -> None:
    """'When did those go' after the former members: each one's departure, not the Charter."""
    _, answer = talk("list the former csto member states", "and when did those go?")
    text = answer_text(answer)
    assert answer.answered
    assert "Azerbaijan" in text and "Georgia" in text and "2012" in text
    assert "Charter" not in text


def test_they_joined_is_about_the_listed_states(talk: Callable[..., list[Answer]]) -> None:
    """'When did they join' after the former members: about those three (each answered, or
    which one asked back when one answer is long), never the organization's founding."""
    _, answer = talk("which states used to be csto members?", "when did they join?")
    text = answer_text(answer)
    assert all(name in text for name in ("Uzbekistan", "Azerbaijan", "Georgia"))
    assert "Charter" not in text


def test_picking_one_of_them_is_not_asked_of_each(talk: Callable[..., list[Answer]]) -> None:
    """'Which of them came back' picks one: the answer is Uzbekistan's return alone."""
    _, answer = talk("who are the former members of the csto?", "which of them rejoined later?")
    text = answer_text(answer)
    assert "Uzbekistan" in text and "Georgia:" not in text


def test_a_head_as_of_one_year_does_not_answer_another(
    talk: Callable[..., list[Answer]],
) -> None:
    """The Crisis Response Centre's head is recorded as of 2022: asked for 2024, no answer."""
    (later,) = talk("who was in charge of the crisis response centre in 2024")
    assert not later.answered
    assert "Rakhmanov" not in later.text
    (then,) = talk("who was in charge of the crisis response centre in 2022")
    assert then.answered and "Rakhmanov" in answer_text(then)


def test_a_view_asked_of_the_bot_is_not_answered(talk: Callable[..., list[Answer]]) -> None:
    """'Your opinion', 'should X ...': the bot gives no view; a state's own view is still told."""
    (advice,) = talk("should armenia quit the csto, in your honest view?")
    assert not advice.answered and "Armenia" not in advice.text
    (view,) = talk("what, in your opinion, did the 2022 deployment achieve?")
    assert not view.answered
    (told,) = talk("when did armenia freeze its csto participation?")
    assert told.answered and "2024" in answer_text(told)


def test_a_mark_asked_of_the_bot_is_not_answered(talk: Callable[..., list[Answer]]) -> None:
    """'Out of ten, how would you mark ...': the bot gives no marks; a count that says 'of the
    10' is still a count."""
    (mark,) = talk("Out of ten, how would you mark Pashinyan's handling of the CSTO?")
    assert not mark.answered and "Pashinyan" not in mark.text
    (rated,) = talk("how would you rate the CSTO response in 2022")
    assert not rated.answered
    (count,) = talk("how many of the 10 sessions were held in Moscow")
    assert count.answered


def test_why_in_a_year_needs_an_answer_of_that_year(talk: Callable[..., list[Answer]]) -> None:
    """'Why did Lukashenko retire in 2015': his record (of other years) gives no reason for it;
    a why-question without a year is still answered from the facts."""
    (dated,) = talk("why did lukashenko retire in 2015?")
    assert not dated.answered
    (undated,) = talk("why did uzbekistan suspend its csto membership?")
    assert undated.answered and "Uzbekistan" in answer_text(undated)


def test_russian_words_of_saying_and_the_kremlin_are_read(
    talk: Callable[..., list[Answer]],
) -> None:
    """'How did the Kremlin react', asked in Russian after Armenia's freeze: Peskov's words, not
    the freeze again."""
    _, answer = talk("Когда Армения заморозила участие в ОДКБ?", "и как отреагировал Кремль?")
    assert answer.answered and "Peskov" in answer_text(answer)


def test_its_leader_is_the_person_in_play_leading_the_state(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Who was its head of state' after Belarus's boycott: the president in play, not the list
    of members."""
    _, answer = talk(
        "did belarus ever stay away from a csto summit?", "who was its head of state back then?"
    )
    assert answer.answered and "Lukashenko" in answer_text(answer)
    assert "six member states" not in answer_text(answer)


def test_the_event_in_play_stays_first_when_an_answer_names_others(
    talk: Callable[..., list[Answer]],
) -> None:
    """An answer about the SG names other conflicts too: 'the clashes a year earlier' still
    counts from the Kyrgyz-Tajik fighting asked about, not from the Kazakh unrest."""
    *_, answer = talk(
        "when did kyrgyzstan and tajikistan start fighting in september 2022?",
        "what did the csto secretary general do about it?",
        "and the clashes of the year before, when did they break out?",
    )
    text = answer_text(answer)
    assert answer.answered and "April 2021" in text and "Kazakh unrest" not in text


def test_one_of_a_list_is_picked_by_what_only_its_facts_say(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Which one was charged at home' after the Secretaries General: the one whose facts alone
    say it (Khachaturov), not a question back."""
    _, answer = talk(
        "who have been the csto secretaries general?", "which one was charged at home?"
    )
    text = answer_text(answer)
    assert answer.answered and "Khachaturov" in text and "Bordyuzha" not in text


def test_he_stays_the_person_in_play_when_a_state_is_named(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Did he say he had asked Russia' after Tokayev: his words on Russia, not facts about
    Russia and another leader."""
    _, answer = talk(
        "tell me about kassym-jomart tokayev", "did he say he had asked russia for the troops?"
    )
    text = answer_text(answer)
    assert answer.answered and text.startswith("Kassym-Jomart Tokayev") and "not Russia" in text
    assert "Pashinyan" not in text


def test_why_of_a_subject_just_named_is_asked_at_the_time_in_play(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Why did Belarus keep away' after the June 2009 non-signers: the 2009 boycott's reason,
    not facts of another year."""
    _, answer = talk(
        "which members did not sign the rapid reaction force agreement in june 2009?",
        "why did belarus keep away?",
    )
    text = answer_text(answer)
    assert answer.answered and "dairy" in text and "2022" not in text


def test_it_after_two_states_is_the_event_between_them(
    talk: Callable[..., list[Answer]],
) -> None:
    """'How did the CSTO respond to it' after what happened between two states: "it" is the
    clashes between them, not one of the states."""
    _, answer = talk(
        "what happened between kyrgyzstan and tajikistan in april 2021?",
        "and how did the csto respond to it?",
    )
    assert answer.answered and "April 2021" in answer_text(answer)


def test_what_happened_in_a_state_at_a_time_is_the_conflict_there(
    talk: Callable[..., list[Answer]],
) -> None:
    """'What happened in Tajikistan in April 2021': the one conflict there then; with none there
    then ('in Russia in 2016'), no answer."""
    (there,) = talk("what happened in tajikistan in april 2021")
    assert there.answered and "Kyrgyzstan-Tajikistan" in answer_text(there)
    (none,) = talk("what happened in russia in 2016")
    assert not none.answered


def test_a_day_asked_within_a_month_needs_a_day_of_that_month(
    talk: Callable[..., list[Answer]],
) -> None:
    """Asked the exact day in May 2021 of Armenia's first appeal, which the facts date only to
    the month, an answer whose only days are of 2022 is no answer; a day the facts give is."""
    (unknown,) = talk("which exact day in may 2021 did armenia appeal to the csto?")
    assert not unknown.answered
    (known,) = talk("what day in january 2022 did tokayev ask the csto for help?")
    assert known.answered and "5 January 2022" in answer_text(known)


def test_it_signed_is_the_document_in_play(talk: Callable[..., list[Answer]]) -> None:
    """'Where was it signed' after what became of the treaty in April 1999: the renewal
    protocol, whose place the facts leave unverified (said so), not another agreement."""
    _, answer = talk(
        "what became of the collective security treaty in april 1999?", "where was it signed?"
    )
    text = answer_text(answer) if answer.answered else answer.text
    assert "verified" in text and "Rapid Reaction" not in text


def test_a_year_follow_up_without_a_date_gives_the_overview(
    talk: Callable[..., list[Answer]],
) -> None:
    """After 'what happened in Tajikistan in April 2021', a follow-up with no date of its own
    keeps the conflict: its overview, never an empty 'no events in .'."""
    _, answer = talk("what happened in tajikistan in april 2021", "and what was that about?")
    text = answer_text(answer)
    assert answer.answered and "Kyrgyzstan-Tajikistan" in text and " in ." not in text
