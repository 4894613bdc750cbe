"""A two-word name with one word exact and the other one edit away ("stanislav zaas") is the
name, though the short surname alone is too short to spell-correct; an adverb no fact uses
("physically") asks nothing a fact must cover."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.core.engine import Engine


def test_first_name_and_misspelt_surname_link(engine: Engine) -> None:
    """One edit in the surname, the first name exact."""
    linker = engine._loaded.linker
    assert linker.read("what did stanislav zaas do").ids() == ["stanislav-zas"]


def test_a_stopword_is_no_misspelt_surname(engine: Engine) -> None:
    """'Stanislav was' is not 'Stanislav Zas' one edit away: 'was' is a word of its own."""
    linker = engine._loaded.linker
    assert "stanislav-zas" not in linker.read("stanislav was here").ids()


def test_near_name_is_answered(talk: Callable[..., list[Answer]]) -> None:
    """The person's record answers the question asked of the misspelt name."""
    (answer,) = talk("what country does stanislav zaas come from?")
    assert answer.answered
    assert "Belarus" in answer.text


def test_an_unused_adverb_asks_nothing(talk: Callable[..., list[Answer]]) -> None:
    """'Physically' says how the user asks, not what a fact must say."""
    (answer,) = talk("where is the csto secretariat physically located?")
    assert answer.answered
    assert "Moscow" in answer.text


def test_article_numbers_in_words_are_digits(talk: Callable[..., list[Answer]]) -> None:
    """'Article five' is written 'Article 5' in the facts."""
    (answer,) = talk("is there a csto equivalent of nato's article five?")
    assert answer.answered
    assert "Article 4" in answer.text


def test_mutual_defence_clause_is_article_4(talk: Callable[..., list[Answer]]) -> None:
    """The treaty's mutual-defence clause is its Article 4."""
    (answer,) = talk("when did armenia ask for help under the mutual defense clause?")
    assert answer.answered
    assert "2022" in answer.text
