"""A question that asks two or three things at once is answered part by part, in one answer."""

from __future__ import annotations

import re

import pytest

from bot.core.answering.combine import PartAnswer, combined
from bot.core.api import Answer, Context, FactRef, SourceRef
from bot.core.engine import Engine
from bot.core.understanding.memory import ConversationMemory, Topic
from bot.core.understanding.parts import question_parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "who heads the joint staff since nov 2023 and whom did he replace",
            ("who heads the joint staff since nov 2023", "whom did he replace"),
        ),
        (
            "what's the top body of the csto and who sits on it",
            ("what's the top body of the csto", "who sits on it"),
        ),
        (
            "uzbekistan 2012 - date of the note to the secretariat vs date the council dropped it?",
            (
                "uzbekistan 2012: date of the note to the secretariat",
                "uzbekistan 2012: date the council dropped it",
            ),
        ),
        (
            "was the may 2022 kremlin summit in person or online, and when was the previous one?",
            ("was the may 2022 kremlin summit in person or online", "when was the previous one"),
        ),
        (
            "where was the 2019 summit held as well as who chaired it",
            ("where was the 2019 summit held", "who chaired it"),
        ),
    ],
)
def test_asks_joined_are_cut_apart(question: str, parts: tuple[str, ...]) -> None:
    """Each side of 'and', ', and', 'vs', 'as well as' asking something of its own is a part."""
    assert tuple(part.question for part in question_parts(question)) == parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "in which city was the collective security treaty signed and what year?",
            (
                "in which city was the collective security treaty signed",
                "what year was the collective security treaty signed",
            ),
        ),
        (
            "who signed the decree that ended the karabakh republic, and on what date",
            (
                "who signed the decree that ended the karabakh republic",
                "on what date signed the decree that ended the karabakh republic",
            ),
        ),
        (
            "when and where was the joint staff set up",
            ("when was the joint staff set up", "where was the joint staff set up"),
        ),
        (
            "how many ex-members are there, and which",
            ("how many ex-members are there", "which ex-members are there"),
        ),
    ],
)
def test_a_bare_ask_borrows_the_rest_of_the_other_part(
    question: str, parts: tuple[str, ...]
) -> None:
    """ "and what year", "when and where": the ask alone takes what the other part asks about."""
    assert tuple(part.question for part in question_parts(question)) == parts


def test_a_bare_ask_keeps_the_users_own_words() -> None:
    """What the user wrote is kept beside the question answered, to name an unanswered part."""
    parts = question_parts(
        "who signed the decree that ended the karabakh republic, and on what date"
    )
    assert parts[1].asked == "on what date"


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "when did gruzia join and leave the treaty",
            ("when did gruzia join the treaty", "when did gruzia leave the treaty"),
        ),
        (
            "four day war 2016, start and end dates",
            ("four day war 2016, start dates", "four day war 2016, end dates"),
        ),
    ],
)
def test_two_steps_joined_are_two_asks(question: str, parts: tuple[str, ...]) -> None:
    """ "join and leave", "start and end": each step of one subject is asked on its own."""
    assert tuple(part.question for part in question_parts(question)) == parts


@pytest.mark.parametrize(
    "question",
    [
        "when did armenia and azerbaijan fight",
        "who are the heads of state and government",
        "which secretaries general came from armenia and belarus",
        "who was sg between 2020 and 2022",
        "kirgizia and tajikistan fought in april 2021, what did the csto do about it",
        "is kazakhstan a member",
    ],
)
def test_a_plain_question_with_and_stays_whole(question: str) -> None:
    """Names joined by 'and' are one ask: no part after the joiner asks anything of its own."""
    assert [part.question for part in question_parts(question)] == [question]


class _Check:
    """A fake of the engine's check: the relation is the question's first word; `unstated`
    lists the relations no text states."""

    def __init__(self, *unstated: str) -> None:
        self.unstated = unstated

    def relation(self, question: str) -> str:
        return question.split(maxsplit=1)[0]

    def states(self, question: str, text: str) -> bool | None:
        return self.relation(question) not in self.unstated

    def asks_neighbour(self, question: str) -> bool:
        return "previous" in question.split()


def _answer(
    text: str, facts: tuple[str, ...], sources: tuple[str, ...], answered: bool = True
) -> Answer:
    return Answer(
        question="q",
        answered=answered,
        text=text,
        facts=tuple(FactRef(id=f, text=f) for f in facts),
        sources=tuple(SourceRef(id=s) for s in sources),
        confidence=0.9 if answered else 0.0,
        intent="facts.search" if answered else "abstain",
        entities=("x",) if answered else (),
    )


def test_the_sources_of_both_parts_are_numbered_in_one_list() -> None:
    """The second part's inline numbers follow the combined list of sources."""
    whole = _answer("Serdyukov heads it. [1]", ("f1",), ("s1",))
    second = _answer("Sidorov did before. [1][2]", ("f2",), ("s2", "s1"))
    parts = [PartAnswer("who heads it", whole), PartAnswer("whom did he replace", second)]
    answer = combined(whole, parts, "CSTO", _Check())
    assert answer.text == "Serdyukov heads it. [1] Sidorov did before. [2][1]"
    assert [s.id for s in answer.sources] == ["s1", "s2"]
    assert [f.id for f in answer.facts] == ["f1", "f2"]
    assert answer.answered


def test_a_part_no_answer_states_is_said_to_be_missing() -> None:
    """Unanswered and not stated by the rest: said plainly, and the answer is not given as whole."""
    first = _answer("The treaty was signed in 1992. [1]", ("f1",), ("s1",))
    whole = _answer("No.", (), (), answered=False)
    parts = [
        PartAnswer("when was it signed", first),
        PartAnswer("where was it signed", whole, asked="and where"),
    ]
    answer = combined(whole, parts, "CSTO", _Check("where"))
    assert answer.text.startswith("The treaty was signed in 1992. [1]")
    assert 'On "and where", I don\'t have an answer in the CSTO fact base.' in answer.text
    assert not answer.answered
    assert answer.confidence == 0.0


def test_the_whole_answer_alone_when_it_answers_every_part() -> None:
    """One fact stating both asks: the answer to the whole question, unchanged."""
    whole = _answer("Georgia joined in 1993 and left in 1999. [1]", ("f1",), ("s1",))
    parts = [PartAnswer("when did it join", whole), PartAnswer("when did it leave", whole)]
    assert combined(whole, parts, "CSTO", _Check()) is whole


def test_another_parts_date_does_not_answer_a_second_when() -> None:
    """Two asks of when: the date answering the first is no answer to the second."""
    first = _answer("The Taliban entered Kabul on 15 August 2021. [1]", ("f1",), ("s1",))
    unanswered = _answer("No.", (), (), answered=False)
    parts = [
        PartAnswer("when did the taliban take kabul", first),
        PartAnswer("when did the leaders meet after that", unanswered),
    ]

    class Dated(_Check):
        def states(self, question: str, text: str) -> bool | None:
            return "2021" in text

    answer = combined(unanswered, parts, "CSTO", Dated())
    assert 'On "when did the leaders meet after that"' in answer.text
    assert not answer.answered


def test_memory_forgets_a_conversation() -> None:
    """A scratch conversation is dropped once its question is answered."""
    memory = ConversationMemory()
    memory.remember("k", Topic(entities=("x",), intent="facts.search"))  # type: ignore[arg-type]
    memory.forget("k")
    assert memory.recall("k") is None


def _markers_in_range(answer: Answer) -> bool:
    numbers = [int(n) for n in re.findall(r"\[(\d+)\]", " ".join((answer.text, *answer.items)))]
    return all(1 <= n <= len(answer.sources) for n in numbers)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "who heads the joint staff since nov 2023 and whom did he replace",
            ["Serdyukov", "Sidorov"],
        ),
        ("when did gruzia join and leave the treaty", ["1993", "1999"]),
        ("where is the russian base in armenia and which number is it", ["Gyumri", "102"]),
        (
            "who's the current chief of the joint staff and who did he succeed",
            ["Serdyukov", "Sidorov"],
        ),
    ],
)
def test_both_parts_are_answered(engine: Engine, question: str, expected: list[str]) -> None:
    """The engine answers each part; every inline number cites a source of the answer."""
    answer = engine.answer(question, Context(conversation=f"parts-{question}"))
    assert answer.answered, answer.text
    for word in expected:
        assert word in answer.text
    assert _markers_in_range(answer)


def test_the_answer_leads_with_part_one(engine: Engine) -> None:
    """The holder asked first comes before the predecessor asked second."""
    answer = engine.answer("who heads the joint staff since nov 2023 and whom did he replace")
    assert answer.text.index("Serdyukov (Russia)") < answer.text.index("Sidorov")


def test_an_unanswered_part_is_named(engine: Engine) -> None:
    """The part the facts do not answer is said to be missing, not passed over."""
    answer = engine.answer("When was the Joint Staff created and who has headed it?")
    assert "28 April 2003" in answer.text
    assert 'On "who has headed it", I don\'t have an answer' in answer.text
    assert not answer.answered


def test_another_organization_is_not_answered_in_parts(engine: Engine) -> None:
    """Refused as a whole (another organization), no part of it is answered alone."""
    answer = engine.answer("when was the eurasian economic union (eaeu) founded and who signed")
    assert not answer.answered


def test_a_later_part_leans_on_the_first(engine: Engine) -> None:
    """The conversation after a question in parts is about what its parts were about."""
    context = Context(conversation="parts-follow-up")
    engine.answer("who's the current chief of the joint staff and who did he succeed", context)
    follow = engine.answer("when did he start", context)
    assert follow.answered, follow.text
