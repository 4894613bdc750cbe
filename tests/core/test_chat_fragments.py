"""Chat fragments that drop the verb: a particle after a state stands for leaving ("uzb out
when?"), and short forms of bodies are read in full ("UN GA")."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.language.predicates import predicate_acts


def test_a_particle_after_a_subject_is_the_act() -> None:
    """ "uzb out when": out, with the ask after it, is a withdrawal; "find out when" is not."""
    assert predicate_acts(("uzb", "out", "when")) == {"withdrawal"}
    assert predicate_acts(("georgia", "out")) == {"withdrawal"}
    assert not predicate_acts(("did", "you", "find", "out", "when"))


def test_a_state_out_when_asks_when_it_left(engine: Engine) -> None:
    """Georgia left in 1999: the fragment is answered so."""
    answer = engine.answer("georgia out - when?")
    assert answer.answered, answer.text
    assert "1999" in answer.text.split(".")[0], answer.text


def test_the_general_assembly_by_its_short_form(engine: Engine) -> None:
    """ "unga observer since?" is the UN General Assembly's observer status (2004)."""
    answer = engine.answer("unga observer status since?")
    assert answer.answered, answer.text
    assert "2004" in answer.text
