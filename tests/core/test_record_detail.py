"""A record chosen by intent must say the detail asked: a sub-event's time, a place, a person,
a statement on the topic; else the subject's facts that say it answer, or nothing does."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.answering import detail
from bot.core.answering.detail import checked_intent
from bot.core.api import Answer
from bot.core.understanding.intent import Intent


def test_the_time_of_a_sub_event_is_not_the_conflicts_span(
    talk: Callable[..., list[Answer]],
) -> None:
    """'When did the peacekeepers finish pulling out' is not answered by the conflict's span:
    by the withdrawal's date, or not at all."""
    (answer,) = talk("when did the russian peacekeepers finish pulling out of karabakh")
    assert not answer.answered or "June 2024" in answer.text
    assert "1988" not in answer.text


def test_a_place_asked_of_a_conflicts_parties_comes_from_its_facts(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Where did the fighting kick off' is not answered by who fought."""
    (answer,) = talk("where exactly did the april 2021 kyrgyz-tajik fighting kick off")
    assert answer.answered and "Golovnoy" in answer.text


def test_a_person_asked_of_a_conflicts_record_is_not_its_overview(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Who was the last president of Artsakh': the conflict's dates and parties name no one."""
    (answer,) = talk("who was the last president of artsakh")
    assert not answer.answered or "Shahramanyan" in answer.text


def test_a_statement_asked_is_not_the_speakers_office(
    talk: Callable[..., list[Answer]],
) -> None:
    """Asked whether he said Armenia will leave, his office and unrelated facts are no answer."""
    (answer,) = talk(
        "did pashinyan ever actually say out loud that armenia will leave the alliance?"
    )
    assert not answer.answered or "2024" in answer.text


def test_what_the_organization_did_is_its_role_not_the_parties(
    talk: Callable[..., list[Answer]],
) -> None:
    """'What did the CSTO do when Kyrgyzstan and Tajikistan fought' asks its role."""
    (answer,) = talk("what did the csto do when kyrgyzstan and tajikistan fought in april 2021")
    assert answer.intent == Intent.CONFLICT_ROLE
    assert "peaceful" in " ".join([answer.text, *answer.items])


def test_who_was_at_a_summit_lists_those_present(talk: Callable[..., list[Answer]]) -> None:
    """'Who was at the Minsk summit' names the leaders present, not only the host state."""
    (answer,) = talk("who was at the minsk summit in nov 2017")
    assert "Putin" in answer.text and "Rahmon" in answer.text


def test_a_record_that_says_the_detail_still_answers(talk: Callable[..., list[Answer]]) -> None:
    """A plain 'when did it start' of a conflict keeps its record."""
    (answer,) = talk("when did the kazakh unrest start")
    assert answer.answered and "2 January 2022" in answer.text


def test_the_data_file_names_known_intents_and_cues() -> None:
    """Every intent in details.yaml is one the engine knows, and every cue name resolves."""
    data = detail._details()  # reading it resolves every cue name, or raises
    known = {intent.value for intent in Intent}
    assert set(data.answered) <= known and set(data.relations) <= known
    assert all(checked_intent(intent) for intent in data.relations)


def test_how_an_office_is_filled_is_not_its_holder(talk: Callable[..., list[Answer]]) -> None:
    """'How is the Secretary General picked' is not answered by naming the current one."""
    (answer,) = talk("how is the secretary general picked")
    assert "Masadykov" not in answer.text


def test_a_top_official_at_a_summit_is_not_its_overview(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Who was the top official at the Yerevan summit' is not the session's date and host."""
    (answer,) = talk("who was the csto's top official at the yerevan summit in 2016")
    assert not answer.answered or "Bordyuzha" in answer.text
