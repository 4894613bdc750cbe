"""What an answer says: the asked thing first, only disputes that bear on it, honest dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge
from tests.core.asking import ask

KNOWLEDGE_DIR = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="module")
def engine() -> Engine:
    """The real engine on the shipped knowledge."""
    return Engine(load_knowledge(KNOWLEDGE_DIR), strict=True)


def test_an_event_is_not_dated_as_of_the_later_article(engine: Engine) -> None:
    """'Left in 1999' is not 'as of October 2016': the article's date is no as-of for an event."""
    answer = ask(engine, "azerbaijan's exit from the csto, what year")
    assert "1999" in answer.text
    assert "as of October 2016" not in answer.text
    assert "2016-10" not in answer.as_of


def test_a_dispute_on_another_matter_is_left_out(engine: Engine) -> None:
    """A question on Georgia's accession carries that dispute, not one on Uzbekistan's exit."""
    answer = ask(engine, "georgia accession to the treaty, what date")
    topics = [dispute.topic for dispute in answer.disputes]
    assert any("Georgia" in topic for topic in topics)
    assert not any("Uzbekistan" in topic for topic in topics)


def test_a_dispute_is_claims_with_the_best_supported_first(engine: Engine) -> None:
    """Each claim keeps its sources; the best-supported one leads and is marked."""
    answer = ask(engine, "how long may the russian base at gyumri stay")
    (dispute,) = answer.disputes
    assert dispute.claims[0].best_supported
    assert not any(claim.best_supported for claim in dispute.claims[1:])
    cited = {source.id for source in answer.sources}
    assert all(claim.sources and set(claim.sources) <= cited for claim in dispute.claims)


def test_a_yes_no_status_question_leads_with_the_verdict(engine: Engine) -> None:
    """'Is Kazakhstan still part of it?' starts with yes; a suspended member with no."""
    assert ask(engine, "is kazakhstan still part of the csto").text.startswith("Yes.")
    assert ask(engine, "is uzbekistan still part of the csto").text.startswith("No")


def test_a_summit_answer_leads_with_what_was_asked(engine: Engine) -> None:
    """Asked who chaired a summit, the first sentence names the chair, not the venue."""
    answer = ask(engine, "who chaired the csto after the minsk 2017 summit")
    first = answer.text.split(". ")[0]
    assert "took place" not in first
    assert "chair" in first.casefold()
