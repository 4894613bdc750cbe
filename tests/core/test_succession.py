"""Succession in an office, and event-relative times read off records.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.core.api import Answer
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.loader import load_knowledge
from bot.core.knowledge.models import Body
from bot.core.understanding.succession import full_terms, office_terms

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


def said(answer: Answer) -> str:
    """Everything the answer shows: its text and its list items."""
    return "\n".join([answer.text, *answer.items])


def terms_of(body_id: str) -> tuple[Catalog, list[str], list[str]]:
    catalog = Catalog(load_knowledge(KNOWLEDGE))
    body = catalog.entities[body_id]
    assert isinstance(body, Body)
    terms = office_terms(catalog, body)
    return catalog, [t.person for t in terms], [t.person for t in full_terms(terms)]


def test_an_office_joins_its_holders_and_the_roles_with_its_title():
    """The Joint Staff lists only its present chief; a role with his title adds the one before."""
    _, people, _ = terms_of("joint-staff")
    assert people == ["anatoly-sidorov", "andrey-serdyukov"]


def test_acting_terms_are_not_counted_in_the_order():
    _, people, counted = terms_of("secretariat")
    assert "valery-semerikov" in people and "valery-semerikov" not in counted
    assert counted[:2] == ["nikolai-bordyuzha", "yuri-khachaturov"]


# (question, intent or None for any, words the answer must say, words it must not say)
ONE_QUESTION = [
    ("who succeeded zas as secretary general", "office.succession", ["Tasmagambetov"],
     ["Masadykov"]),
    # The verb looks back when the holder comes before it.
    ("who did khachaturov replace", "office.succession", ["Semerikov"], ["Zas"]),
    # An acting successor comes with the next full term, unless only the acting one is asked.
    ("who took over from bordyuzha", "office.succession", ["Semerikov", "Khachaturov"], []),
    ("who was acting secretary general after bordyuzha", None, ["Semerikov"], ["Khachaturov"]),
    # The n-th holder counts full terms.
    ("who was the second secretary general", "office.succession", ["Khachaturov"], []),
    # A role seen only from October 2016 is not read back to 2005.
    ("who was chief of the joint staff in 2005", None, [], ["Sidorov"]),
    ("who was chief of the joint staff in 2019", "body.leadership", ["Sidorov"], []),
    # Event-relative time: a membership step dated by the record, a year the event gives.
    ("how many countries were in the csto once uzbekistan returned in 2006", "member.at_date",
     ["7", "Uzbekistan"], []),
    ("who led the joint staff when armenia froze its participation", "body.leadership",
     ["Serdyukov"], []),
]  # fmt: skip


@pytest.mark.parametrize(("question", "intent", "present", "absent"), ONE_QUESTION)
def test_one_question(talk, question, intent, present, absent):
    (answer,) = talk(question)
    assert intent is None or (answer.answered and answer.intent == intent)
    assert all(word in said(answer) for word in present)
    assert not any(word in said(answer) for word in absent)


def test_no_successor_recorded_is_no_answer(talk):
    (answer,) = talk("who will succeed masadykov as secretary general")
    assert not answer.answered


# Conversations: each turn's question and the words its answer must say.
CONVERSATIONS = [
    # "He" follows the successor just given; "after that guy" steps on again.
    [
        ("who was secretary general in 2019", ["Semerikov"]),
        ("who followed him", ["Zas"]),
        ("and after that guy?", ["Tasmagambetov"]),
        ("which country is he from", ["Kazakhstan"]),
    ],
    # "That job" is the office the person in play holds.
    [
        ("who is the chief of the joint staff", ["Serdyukov"]),
        ("who had that job before him", ["Sidorov"]),
    ],
    # The summit series in play.
    [
        ("where was the csto summit in november 2022", ["Yerevan"]),
        ("and the one after that?", ["Minsk", "2023"]),
        ("who hosted the previous one", ["Yerevan", "2022"]),
    ],
    # "Him" after a summit that appointed someone: the person, not the summit series.
    [
        ("who did the november 2022 summit in yerevan appoint as secretary general",
         ["Tasmagambetov"]),
        ("who came after him", ["Masadykov"]),
    ],
    # A year counted from the one in play.
    [("which country chaired the csto in 2022", ["Armenia"]), ("and the year after?", ["Belarus"])],
    # "That year" is the year in play itself, even "later that year".
    [
        ("which country chaired the csto in 2023", ["Belarus"]),
        ("where was the summit that year", ["Minsk"]),
    ],
    [
        ("who held the csto chairmanship in 2016", ["Armenia"]),
        ("where was the summit later that year", ["Yerevan"]),
    ],
]  # fmt: skip


@pytest.mark.parametrize("turns", CONVERSATIONS)
def test_conversation(talk, turns):
    answers = talk(*(question for question, _ in turns))
    for answer, (_, present) in zip(answers, turns, strict=True):
        assert answer.answered and all(word in said(answer) for word in present), answer.question


def test_a_country_order_is_not_an_office(talk):
    """'The presidency after Armenia' is the presidency's own order, not a person's office."""
    _, answer = talk(
        "who was secretary general in 2021", "who got the presidency after armenia in 2022"
    )
    assert answer.intent != "office.succession"


def test_a_follow_up_understood_but_not_found_is_not_called_off_topic(talk):
    """After an answer, a follow-up the facts cannot answer is no question about something else."""
    _, follow_up = talk("what did the 2018 astana summit do about the secretary general job",
                        "why was the post empty")  # fmt: skip
    assert not follow_up.answered
    assert "only answer questions" not in follow_up.text


def test_a_follow_up_with_nothing_before_it_asks_what_it_refers_to(talk):
    """'Since when?' opening a conversation leans on nothing: ask what it refers to."""
    (answer,) = talk("since when")
    assert not answer.answered
    assert "referring to" in answer.text


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        ("which secretary general replaced zas", "Tasmagambetov", "Semerikov"),
        ("who replaced zas", "Tasmagambetov", "Semerikov"),
        ("who was replaced by zas", "Semerikov", "Tasmagambetov"),
        ("who did zas replace", "Semerikov", "Tasmagambetov"),
        ("who took over from zas", "Tasmagambetov", "Semerikov"),
    ],
)
def test_the_verb_looks_from_the_person_not_the_office(
    talk, question: str, expected: str, not_expected: str
) -> None:
    """The office named before the verb is no holder; the passive turns the step round."""
    (answer,) = talk(question)
    assert answer.intent == "office.succession"
    assert expected in said(answer)
    assert not_expected not in said(answer)


def test_took_without_over_asks_no_successor(talk) -> None:
    """'Who took part' after a person asks who took part, not who came after him."""
    _, answer = talk("who is stanislav zas", "who took part in the exercises in 2022")
    assert answer.intent != "office.succession"


def test_years_counted_in_two_digits(talk) -> None:
    """'Ten years later' after 2010 is 2020, not the year after."""
    first, later = talk("who was secretary general in 2010", "and ten years later?")
    assert "Bordyuzha" in said(first)
    assert "Zas" in said(later)


def test_a_candidate_with_no_record_says_so_rather_than_another_fact(talk) -> None:
    """Of several sessions in a city, one with no absence recorded says so, not its decisions."""
    (answer,) = talk("who skipped the minsk summit")
    assert answer.text.count("records no absences") >= 2  # Minsk 2006 and 2017


def test_a_year_of_its_own_is_a_span_not_a_step_from_the_summit_in_play(talk) -> None:
    """'The summits after 2015' with a summit in play lists them; it is not 'the next summit'."""
    _, listed = talk("when was the yerevan summit in 2022", "list the summits after 2015")
    assert listed.intent == "summit.list"
    assert "after 2015" in listed.text


def test_an_ordinal_gives_the_count_with_acting_holders_too(talk) -> None:
    """'The fourth secretary general' does not say whether acting holders count: both counts
    are given; a question that says so gets its own count only."""
    plain = talk("who was the fourth csto secretary general?")[-1]
    assert "Tasmagambetov" in plain.text and "Counting acting holders" in plain.text
    assert plain.text.index("Tasmagambetov") < plain.text.index("Zas")
    own = talk("who was the fourth csto secretary general, not counting acting ones?")[-1]
    assert "Tasmagambetov" in own.text and "Zas" not in own.text


def test_the_presidency_after_a_summit_is_its_hand_over(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Who took over the chairmanship after it' with a summit in play: the hand-over at that
    summit (Russia for 2020 at Bishkek), not the next summit's; "the one after it" is still the
    next summit."""
    answer = talk(
        "where did the csto leaders meet in november 2019?",
        "who took over the chairmanship after it?",
    )[-1]
    assert answer.answered and "to Russia" in answer.text and "Armenia" not in answer.text
    nxt = talk("when was the astana summit in 2018?", "who hosted the one after it?")[-1]
    assert nxt.answered and "Bishkek" in nxt.text
