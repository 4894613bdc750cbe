"""A chat message that tells the asker's own story before its question: the question is read
without the story, unless the story says what or when the question is about."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_story_of_the_askers_own_is_set_aside(engine: Engine) -> None:
    """'my cousin swears ..., but where does the alliance have its seat?': the seat answers."""
    answer = ask(
        engine,
        "my cousin swears the whole thing is run from astana and i keep doubting him, "
        "so where does the csto have its headquarters?",
    )
    assert answer.answered
    assert "Moscow" in answer.text


def test_a_lead_in_before_the_question_word_is_read_past(engine: Engine) -> None:
    """'... and i was wondering which states are in it now': the members answer."""
    answer = ask(
        engine,
        "we had a long debate at dinner about post-soviet alliances - and i was wondering "
        "which countries are in the csto now?",
    )
    assert answer.answered
    assert all(state in answer.text for state in ("Tajikistan", "Kyrgyzstan", "Belarus"))


def test_a_story_that_sets_the_time_is_kept(engine: Engine) -> None:
    """'A week after the Taliban took Kabul, ...': the event is when the question is asked of,
    so the story is no preamble; whatever the answer, it is not one of today's members."""
    answer = ask(
        engine,
        "i read that a week after the taliban took kabul, the leaders met - which members came?",
    )
    assert "Armenia is still a CSTO member but has frozen" not in answer.text


def test_a_question_leaning_on_the_story_keeps_it(engine: Engine) -> None:
    """'I read Nazarbayev skipped Yerevan, who went in his place?': "his" is in the story."""
    answer = ask(
        engine,
        "i read somewhere that nazarbayev skipped the yerevan summit, who went in his place?",
    )
    assert "spokesman" not in answer.text
    if answer.answered:
        assert "Kazakhstan" in answer.text or "Nazarbayev" in answer.text
