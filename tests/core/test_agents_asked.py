"""Asked who did an act, the fact whose named agent does it leads over one that only mentions
the act as a noun of others."""

from __future__ import annotations

from bot.core.answering.agents import act_stems, names_agent
from bot.core.engine import Engine
from tests.core.asking import ask


def test_the_agent_of_the_act_asked_leads(engine: Engine) -> None:
    """Tokayev requested the help; "previous requests by Armenia and Kyrgyzstan" are others'."""
    answer = ask(engine, "who asked the csto to send troops in january 2022?")
    assert answer.answered
    assert answer.text.startswith("Kassym-Jomart Tokayev requested")


def test_a_name_before_the_act_as_a_verb_is_an_agent() -> None:
    """A name then the act as a past verb names an agent; the act as a noun does not."""
    acts = act_stems({"asked"})
    assert names_agent("Kassym-Jomart Tokayev requested CSTO help", acts)
    assert not names_agent("previous requests by Armenia and Kyrgyzstan had been refused", acts)
