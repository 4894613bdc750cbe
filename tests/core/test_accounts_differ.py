"""'Accounts seem to differ': a remark on the sources, set aside like 'sources differ', so the
disputed item is answered with both accounts (not declined for the words "accounts", "differ")."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_accounts_differ_is_an_aside(engine: Engine) -> None:
    """The Yerevan 2016 Karabakh statement: both the sources saying it was adopted and Peskov's."""
    answer = ask(
        engine,
        "Did the 2016 gathering in Yerevan put out a statement on Karabakh or not? "
        "Accounts seem to differ.",
    )
    assert answer.answered
    assert "TASS" in answer.text
    assert "Peskov" in answer.text
