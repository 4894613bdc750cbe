"""A sum of money asked ("the yearly budget in dollars", "how much did Russia spend"): an answer
gives one only when it states a figure in a currency; a fact that merely mentions a budget share
is no sum."""

from __future__ import annotations

from bot.core.answering.respond import Request
from bot.core.api import Answer
from bot.core.language.lexicon import LEXICON
from bot.core.language.normalize import tokens

_CURRENCIES = LEXICON.words("currency_words")
_MONEY = LEXICON.words("money_nouns")
# "How much money", "how much did Russia spend on it": the money word within a few words.
_REACH = 5


def asks_sum(words: tuple[str, ...]) -> bool:
    """The question asks a sum of money: it names a currency, or "how much" meets a money word."""
    if not _CURRENCIES.isdisjoint(words):
        return True
    return any(
        words[index : index + 2] == ("how", "much")
        and not _MONEY.isdisjoint(words[index + 2 : index + 2 + _REACH])
        for index in range(len(words))
    )


def _states_sum(text: str) -> bool:
    """The text gives a figure next to a currency ("$2 million", "300 million rubles")."""
    words = tokens(text)
    return any(
        any(char.isdigit() for char in word)
        and not _CURRENCIES.isdisjoint(words[max(0, index - 1) : index + 3])
        for index, word in enumerate(words)
    )


def sum_unsaid(request: Request, answer: Answer) -> str | None:
    """What to say instead of an answer giving no sum of money when one is asked."""
    if not asks_sum(request.reading.corrected) or _states_sum(answer.text):
        return None
    org = request.catalog.organization.abbreviation
    return (
        f"The {org} fact base records no sums of money (budgets, costs, contributions), "
        "so I won't guess."
    )
