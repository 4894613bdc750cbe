"""The fallback search gives way to the routed answer when the question's words only say how it
is put, and a multi-part question is answered in every part or not at all."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.answering.check import Relation, Statement, asked, check, states_also
from bot.core.answering.respond.search import predicate_acts
from bot.core.answering.retrieval import stem
from bot.core.api import Answer
from bot.core.knowledge.dates import PartialDate
from bot.core.language.normalize import tokens
from bot.core.language.temporal import find_dates, now_words


def test_what_happened_at_a_summit_is_its_overview(talk: Callable[..., list[Answer]]) -> None:
    """'What happened at the Minsk summit' asks for the summit, not a fact that shares its date."""
    (answer,) = talk("what happened at the minsk summit in november 2023")
    assert answer.answered
    assert answer.intent == "summit.overview"
    assert "Sidorov" not in answer.text.split(".")[0]


def test_plural_city_asks_where(talk: Callable[..., list[Answer]]) -> None:
    """'Name the cities' asks where the summits were, it is no topic a fact must share."""
    (answer,) = talk("which csto summits has armenia skipped since 2023? name the cities please")
    assert "Minsk" in answer.text and "Bishkek" in answer.text
    assert "consensus" not in answer.text


def test_whats_the_deal_is_an_aside(talk: Callable[..., list[Answer]]) -> None:
    """'Whats the deal w that' asks nothing of a deal: the Karabakh deal is no answer."""
    (answer,) = talk("armenia froze its odkb membership when exactly?? whats the deal w that")
    assert "2024" in answer.text
    assert "Karabakh" not in answer.text


def test_how_long_asks_for_a_period_not_for_long_words(
    talk: Callable[..., list[Answer]],
) -> None:
    """'How long did he serve' asks for a term: a 'long-term vision' fact shares only a word."""
    (answer,) = talk("who was the first secretary general and how long did he serve?")
    assert "Bordyuzha" in answer.text
    assert "long-term" not in answer.text


def test_a_later_who_headed_part_asks_for_a_person() -> None:
    """'... and who has headed it' is answered by a person's name, not by a council or a city."""
    people = frozenset({stem("sidorov"), stem("serdyukov")})
    question = asked(
        tuple(tokens("when was the joint staff created and who has headed it")), [], people=people
    )
    assert Relation.PERSON in question.also
    created = "The Joint Staff was created by a Collective Security Council decision in Dushanbe."
    assert not states_also(question, created, frozenset({"dushanbe"}))
    assert states_also(question, "Anatoly Sidorov headed the Joint Staff.", frozenset())


def test_created_date_alone_does_not_answer_who_headed_it(
    talk: Callable[..., list[Answer]],
) -> None:
    """Half an answer (the date alone) is not given as the answer to both parts."""
    (answer,) = talk("When was the Joint Staff created and who has headed it?")
    assert not (answer.answered and "Sidorov" not in answer.text and "Serdyukov" not in answer.text)


def test_an_occasions_record_that_says_the_asked_words_answers(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Dates and range of Rubezh-2016': the drill's record says both (Edelweiss range, 4-7
    October); a fact about 'long-range bombers' shares a word and answers neither."""
    (answer,) = talk("what were the dates and range of rubezh 2016?")
    assert "Edelweiss" in answer.text
    assert "bombers" not in answer.text.split(".")[0]


def test_an_undated_fact_naming_other_years_is_not_of_the_year_asked() -> None:
    """'Why did they drop out in 1999' is not answered by 'a reason for its 2012 suspension'."""
    question = asked(tuple(tokens("why did uzbekistan drop out in 1999")), find_dates("1999"))
    later = Statement("Experts cited Uzbekistan's objection as a reason for its 2012 suspension.")
    assert not check(question, later, frozenset()).in_time
    standing = Statement("The Charter has no withdrawal clause.")
    assert check(question, standing, frozenset()).in_time
    held = Statement(
        "Moscow said Armenia sent no troops to the 2022 drills.", as_of=PartialDate(2023)
    )
    assert check(asked(("why",), find_dates("2023")), held, frozenset()).in_time


def test_who_runs_it_asks_for_a_holder_not_a_definition(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Who is running it' names a person; 'the Secretary General is the top official' names
    no one and is not given as the answer."""
    people = frozenset({stem("masadykov")})
    question = asked(tuple(tokens("who is running the odkb")), [], people=people)
    assert question.relation is Relation.PERSON
    (answer,) = talk("who's the top official running the odkb these days")
    assert "top administrative official" not in answer.text


def test_the_top_official_is_the_secretary_general(talk: Callable[..., list[Answer]]) -> None:
    """'The top official' names the chief's post; 'these days' is a time, no topic word."""
    (now,) = talk("who's the top official running the odkb these days")
    assert "Masadykov" in now.text
    (then,) = talk("who was the top official of the odkb when they sent troops into kazakstan")
    assert "Zas" in then.text
    assert now_words(tuple(tokens("who runs it these days"))) == {"these", "days"}
    assert not now_words(tuple(tokens("it lasted ten days")))


def test_out_standing_as_the_predicate_asks_for_the_withdrawal(
    talk: Callable[..., list[Answer]],
) -> None:
    """'When were the troops fully out' asks when the withdrawal was complete (19 January), not
    for Serdyukov's word that they would stay until things were 'fully' stable."""
    assert predicate_acts(tuple(tokens("when were csto troops fully out"))) == {"withdrawal"}
    assert not predicate_acts(tuple(tokens("uzbekistan has been in, out, in and out again")))
    assert not predicate_acts(tuple(tokens("why was he pulled out")))
    (answer,) = talk("when were the peacekeepers fully out of kazakhstan")
    assert "19 January" in answer.text
    assert "would stay" not in answer.text
