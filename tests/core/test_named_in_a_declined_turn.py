"""A question the bot declines still names its subject: the next question may lean on it.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.core.engine import Engine


def test_a_state_named_in_a_declined_question_is_the_next_they(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Georgia and the ODKB, what's the deal there?' is declined; 'so when did they leave?'
    is still Georgia's leaving, not a question with nothing to lean on."""
    declined, leaving = talk(
        "georgia and the odkb, what's the deal there", "so when did they leave"
    )
    assert not declined.answered
    assert leaving.answered and "Georgia" in leaving.text and "1999" in leaving.text


def test_a_declined_turn_keeps_the_topic_already_in_play(
    talk: Callable[..., list[Answer]],
) -> None:
    """A declined question in the middle of a conversation leaves the earlier topic in play:
    the list just given is still there to pick from."""
    answers = talk(
        "which states left the csto in 1999?",
        "what did the navy of belarus do in 1999",
        "which of those ever came back?",
    )
    assert not answers[1].answered
    assert answers[-1].answered and "Uzbekistan" in answers[-1].text


def test_a_sharpening_word_before_the_pronoun_leaves_it_unresolved(
    talk: Callable[..., list[Answer]],
) -> None:
    """'When exactly did it come back?' with nothing before it: "exactly" names nothing, so
    "it" stands for nothing either; the bot asks what is meant, not the organization's founding."""
    (answer,) = talk("when exactly did it come back?")
    assert not answer.answered
    assert "Charter" not in answer.text


def test_a_return_asked_of_the_organization_is_not_its_founding(shipped_engine: Engine) -> None:
    """'When did the CSTO come back?' asks of a return the organization never made: its
    founding is no answer ("come into force" is still asked of the founding documents)."""
    answer = shipped_engine.answer("when did the csto come back")
    assert not (answer.answered and answer.intent == "org.founded")
