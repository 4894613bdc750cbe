"""A follow-up's slot (where, who) filled by a fact of another thing than the one in play.

"Where was that announced?" is not answered by the organization's seat, nor "who chaired the
council that approved it?" by the state chairing today; "who ran the troops there" is not
answered by the deployment's dates. The conversations are written for this test, not taken from
an evaluation set.
"""

from __future__ import annotations

from bot.core.api import Context
from bot.core.engine import Engine

from .asking import ask


def test_who_presided_over_the_approval_is_not_todays_chair(engine: Engine) -> None:
    """After Tokayev's appeal, 'who presided over the council that said yes to it' asks of
    January 2022: Russia's 2026 chairmanship is no answer, so the bot asks back."""
    context = Context(conversation="slot-approval")
    given = engine.answer("Who asked the CSTO for help in January 2022?", context)
    assert "Tokayev" in given.text
    answer = engine.answer("who presided over the council that said yes to it", context)
    assert "2026" not in answer.text
    assert not answer.answered


def test_where_an_act_was_made_public_is_not_the_seat(engine: Engine) -> None:
    """'In which city was that made public' with nothing named: not the Moscow headquarters."""
    answer = ask(engine, "where was that announced?")
    assert "headquarters" not in answer.text
    assert not answer.answered


def test_where_it_is_based_is_still_the_seat(engine: Engine) -> None:
    """'Where is it based?' after the CSTO itself is in play: the headquarters answer."""
    context = Context(conversation="slot-seat")
    engine.answer("what is the csto", context)
    answer = engine.answer("where is it based?", context)
    assert answer.answered and "Moscow" in answer.text
    assert ask(engine, "who chairs it?").answered


def test_who_ran_the_troops_names_the_commander(engine: Engine) -> None:
    """'Who was in charge of the csto contingent in kazakstan in jan 2022' (typo, other verb):
    the commander's fact, not the deployment's dates; 'he' is then Serdyukov."""
    answer = ask(engine, "who was in charge of the csto contingent in kazakstan in jan 2022")
    assert "Serdyukov" in answer.text
    context = Context(conversation="slot-commander")
    given = engine.answer("when did the csto go into kazakhstan", context)
    assert given.answered
    led = engine.answer("who led it", context)
    assert "Serdyukov" in led.text
    before = engine.answer("and who did he replace there", context)
    assert "Shoigu" not in before.text


def test_who_brokered_keeps_the_record_naming_the_mediators(engine: Engine) -> None:
    """'Who brokered the 1994 karabakh ceasefire': no fact is found anew, so the conflict's own
    record (its summary and sources name the parties and mediators) stays."""
    answer = ask(engine, "who brokered the 1994 karabakh ceasefire")
    assert answer.answered and answer.intent == "conflict.year"


def test_how_many_troops_is_of_the_deployment_in_play(engine: Engine) -> None:
    """'How many troops were sent?' after Tokayev's January 2022 appeal: the Kazakhstan force's
    2,000-2,500, not the 20,000 planned at Astana in 2011 (another event, another year)."""
    context = Context(conversation="slot-count")
    engine.answer("Who asked the CSTO for help in January 2022?", context)
    answer = engine.answer("how many troops were sent?", context)
    assert "20,000" not in answer.text
    assert "2,000-2,500" in answer.text


def test_how_many_in_the_present_asks_of_now(engine: Engine) -> None:
    """'How many soldiers are in it' after the 2007 agreement on the peacekeeping force asks of
    the force now: its later 3,600 answers, not nothing of 2007."""
    context = Context(conversation="slot-count-now")
    engine.answer("when was the csto peacekeeping force agreed", context)
    answer = engine.answer("how many soldiers are in it", context)
    assert answer.answered and "3,600" in answer.text


def test_a_list_of_the_one_drill_is_no_answer_about_it(engine: Engine) -> None:
    """'Did bombers take part in it' after Rubezh-2016: 'The fact base records 1 exercise' says
    nothing of bombers; the Tu-22M3 fact does."""
    context = Context(conversation="slot-drill")
    engine.answer("what was the 2016 drill in kyrgyzstan actually called", context)
    answer = engine.answer("did bombers take part in it", context)
    assert "records 1 exercise" not in answer.text
    assert "Tu-22M3" in answer.text
