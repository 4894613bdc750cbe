"""A figure put up in a claim ("a tweet says the KSOR has 50,000 troops", "russia keeps 70,000
soldiers in Tajikistan, right?"): what the user wants is the figure the sources give, so the
claim is asked again as "how many", with the claimed figure set aside for the verdict."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.language.lexicon import LEXICON
from bot.core.language.normalize import tokens
from bot.core.language.temporal import month_named
from bot.core.understanding.claims import claim_words

# A figure as people write one: "50,000", "4 500", "70000", "9". A year ("in 2022") is no
# figure, nor is a day of a date ("9 October", "October 9").
_FIGURE = re.compile(r"(?<![\w.,])(\d{1,3}(?:[,\s]\d{3})+|\d+)(?![\w]|[.,]\d)")
_YEARS = range(1900, 2100)
_LENGTH_UNITS = LEXICON.words("year_units") | frozenset({"month", "months", "day", "days"})
_CITATION = re.compile(r"\[\d+\]")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
# A second report in the same sentence ("someone says 4,500, someone else says 4,350") ends
# the first claim, with the words naming its speaker: its figure is another claim of the same.
_REPORTS = LEXICON.words("said")
_SPEAKERS = LEXICON.words("claim_speakers") | frozenset({"else", "another", "other", "one"})


@dataclass(frozen=True, slots=True)
class FigureClaim:
    """The claim asked as "how many ...", and the figure it claimed as the user wrote it."""

    question: str
    figure: str

    @property
    def digits(self) -> str:
        """The figure without its separators ("50,000": "50000")."""
        return digits_of(self.figure)


def digits_of(text: str) -> str:
    """A written figure without its thousands separators."""
    return re.sub(r"[,\s]", "", text)


def figure_claimed(question: str) -> FigureClaim | None:
    """The first sentence that puts up a claim with a figure in it, asked as "how many" (the
    word after the figure says of what); None when no claim holds a figure."""
    for sentence in _SENTENCE_END.split(question.strip()):
        figures = {digits_of(m[1]): m[1] for m in _FIGURE.finditer(sentence) if _is_figure(m[1])}
        claim = _first_report(claim_words(sentence))
        at = next(
            (i for i, word in enumerate(claim) if word in figures and not _in_date(claim, i)),
            None,
        )
        # "For 5 years": a length, which the claims of a term check (never a count of years).
        if at is None or not claim[at + 1 :] or claim[at + 1] in _LENGTH_UNITS:
            continue
        asked = ["how", "many", claim[at + 1], *claim[:at], *claim[at + 2 :]]
        return FigureClaim(" ".join(asked), figures[claim[at]])
    return None


def _is_figure(written: str) -> bool:
    """A written number that counts something, not a year ("2,000" counts; "2000" is a year)."""
    plain = digits_of(written)
    return plain != written or int(plain) not in _YEARS


def _in_date(words: list[str], at: int) -> bool:
    """The number beside a month is a day of a date, not a figure."""
    beside = words[max(0, at - 1) : at] + words[at + 1 : at + 2]
    return any(month_named(word) for word in beside)


def _first_report(words: list[str]) -> list[str]:
    """The claim's words up to a second report of it ("..., someone else says 4,350")."""
    for index, word in enumerate(words):
        if index and (word in _REPORTS or (word.endswith("s") and word[:-1] in _REPORTS)):
            end = index
            while end and words[end - 1] in _SPEAKERS:
                end -= 1
            return words[:end]
    return words


def figure_words(text: str) -> frozenset[str]:
    """The figures a text states, without their separators; not the days of its dates, nor
    its citation marks ("[6]")."""
    words = tokens(_CITATION.sub(" ", text))
    return frozenset(
        word for at, word in enumerate(words) if word.isdigit() and not _in_date(words, at)
    )
