"""Asked what was done to a kind of document ("when was the treaty signed"), the facts naming
that kind lead; another document's signing (the 2018 status framework) does not."""

from __future__ import annotations

from bot.core.engine import Engine


def test_the_treaty_signing_leads(engine: Engine) -> None:
    """The 1992 signing in Tashkent, not the 2018 framework, comes first, in English or Russian."""
    for question in (
        "when was the collective security treaty signed?",
        "Когда подписали Договор о коллективной безопасности?",
    ):
        answer = engine.answer(question)
        assert answer.answered, answer.text
        assert answer.text.startswith(
            "The Collective Security Treaty was signed in Tashkent on 15 May 1992"
        ), answer.text


def test_another_organizations_treaty_is_not_ours(engine: Engine) -> None:
    """The Eurasian Economic Union's treaty is not answered with the CSTO's."""
    answer = engine.answer("when was the eurasian economic union treaty signed?")
    assert not answer.answered, answer.text
