"""A drill of another year is no answer for the year a question names: after Indestructible
Brotherhood-2022, "and the 2019 one?" is not answered with the 2022 drill again.

The conversations are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

from bot.core.api import Context
from bot.core.engine import Engine


def test_the_same_drill_is_no_answer_for_another_year(engine: Engine) -> None:
    """'And the 2019 one?' after the cancelled 2022 drill: declined, the year asked said."""
    context = Context(conversation="edition-ib")
    given = engine.answer("where was indestructible brotherhood 2022 supposed to be held", context)
    assert given.answered and "Edelweiss" in given.text
    answer = engine.answer("and the 2019 one?", context)
    assert not answer.answered
    assert "2019" in answer.text and "Edelweiss" not in answer.text


def test_another_years_drill_in_other_words(engine: Engine) -> None:
    """'Where was the 2017 one held' after Rubezh-2016: the 2016 record is no answer."""
    context = Context(conversation="edition-rubezh")
    engine.answer("when was rubezh-2016", context)
    answer = engine.answer("where was the 2017 one held", context)
    assert not answer.answered
    assert "Balykchy" not in answer.text


def test_the_year_asked_is_answered(engine: Engine) -> None:
    """The drill of the year named is answered as before."""
    context = Context(conversation="edition-same")
    answer = engine.answer("where was rubezh-2016 held", context)
    assert answer.answered and "Balykchy" in answer.text


def test_an_unknown_edition_gets_no_standing_record(engine: Engine) -> None:
    """'Where was interaction-2022 held': no such drill on record; the headquarters are no
    answer for where it was held."""
    answer = engine.answer("where was interaction-2022 held", Context(conversation="ed-int"))
    assert not answer.answered
    assert "Moscow" not in answer.text
    plain = engine.answer("where is the csto headquartered", Context(conversation="ed-hq"))
    assert plain.answered and "Moscow" in plain.text
