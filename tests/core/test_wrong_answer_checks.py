"""The answer check refuses confident wrong answers: a record for today asked about a past
event, a fact naming no person asked which person, a part of the question left unanswered."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.answering.check import (
    Relation,
    Statement,
    asked,
    check,
    later_parts,
    outside_time_clauses,
    states_who,
    ties_to_unplaced_time,
)
from bot.core.answering.retrieval import stem
from bot.core.api import Answer
from bot.core.language.normalize import tokens


def test_a_time_clause_ties_the_question_to_an_event() -> None:
    """'during ...', 'back when ...', a 'when' after what is asked: a time; 'and when' is not."""
    tied = [
        "who chaired the council during the big snowstorm",
        "who was secretary general back when the pipeline opened",
        "who held the post when the pipeline opened",
    ]
    free = ["when did armenia join", "who is secretary general and when did he start"]
    assert all(ties_to_unplaced_time(tuple(tokens(q)), []) for q in tied)
    assert not any(ties_to_unplaced_time(tuple(tokens(q)), []) for q in free)


def test_todays_holder_does_not_answer_for_an_unplaced_event(
    talk: Callable[..., list[Answer]],
) -> None:
    """Asked who held the office during an event it cannot date, it does not name today's."""
    (answer,) = talk("who was secretary general during the big snowstorm")
    assert not answer.answered
    assert "Masadykov" not in answer.text
    (today,) = talk("who is the secretary general now")
    assert "Masadykov" in today.text


def test_which_president_reads_as_asking_for_a_person() -> None:
    """'Which Russian president' asks for a person; 'what did the leaders decide' does not."""
    people = frozenset({stem("medvedev"), stem("putin")})
    person = asked(tuple(tokens("which russian president signed the deal")), [], people=people)
    assert person.relation is Relation.PERSON
    plain = asked(tuple(tokens("what did the leaders decide")), [], people=people)
    assert plain.relation is Relation.WHAT
    assert not check(
        person, Statement("Russia, Armenia and Belarus signed it."), frozenset()
    ).passed
    assert check(person, Statement("Dmitry Medvedev signed it."), frozenset()).passed


def test_a_fact_naming_only_states_does_not_answer_which_president(
    talk: Callable[..., list[Answer]],
) -> None:
    """The signing fact lists states; the fact naming the president who signed answers."""
    (answer,) = talk("which president signed the rapid reaction force agreement for russia")
    assert "Medvedev" in answer.text


def test_a_question_joined_on_is_read_as_a_part_of_its_own() -> None:
    """'... and who did he replace' is a second question; a follow-up opening 'and who' is not."""
    main, parts = later_parts(tuple(tokens("who heads the joint staff and who did he replace")))
    assert main is Relation.WHO
    assert parts == [(Relation.WHO, ("did", "he", "replace"))]
    assert later_parts(tuple(tokens("and who came after him")))[1] == []
    assert later_parts(tuple(tokens("when did it start and in which city")))[1][0][0] is (
        Relation.WHERE
    )


def test_an_answer_to_the_first_part_alone_is_not_given(
    talk: Callable[..., list[Answer]],
) -> None:
    """Asked who holds the post and whom he replaced, today's holder alone is no answer: the
    question is answered in its two parts (see test_question_parts.py), the predecessor too."""
    (both,) = talk("who is the chief of the joint staff today and who did he replace")
    assert "Serdyukov" in both.text
    assert "Sidorov" in both.text
    (one,) = talk("who is the chief of the joint staff today")
    assert "Serdyukov" in one.text


def test_the_member_list_does_not_answer_which_one_was_second(
    talk: Callable[..., list[Answer]],
) -> None:
    """Asked which member was the second to join, the list of today's members is no answer."""
    (ranked,) = talk("which member was the second to join")
    assert ranked.intent != "member.list"
    (plain,) = talk("which states are members")
    assert plain.intent == "member.list"


def test_a_record_saying_nothing_of_the_event_gives_no_exact_day(
    talk: Callable[..., list[Answer]],
) -> None:
    """Asked the exact day he was voted in, his term's dates are the day of something else;
    asked the day he took office, the term's first day answers."""
    (voted,) = talk("on what exact date did the council formally elect zas")
    assert not voted.answered
    assert "1 January 2020" not in voted.text
    (took,) = talk("what day did masadykov take office")
    assert "1 January 2026" in took.text


def test_what_started_it_asks_for_a_reason() -> None:
    """'What started the fighting', 'what sparked it' ask why: a record of dates is no answer."""
    for question in ("what started the border fighting", "what sparked the unrest"):
        assert asked(tuple(tokens(question)), []).relation is Relation.WHY
    assert asked(tuple(tokens("what set of documents was adopted")), []).relation is (Relation.WHAT)


def test_a_clause_of_time_is_set_apart_from_what_is_asked() -> None:
    """'After the Taliban took Kabul, what did he promise': the clause says when, not what."""
    words = tuple(tokens("after the taliban took kabul what did he promise"))
    assert outside_time_clauses(words, frozenset({5})) == ("what", "did", "he", "promise")
    # "after him" is a person, not a clause; "after 2015" a year
    short = tuple(tokens("who filled in after him"))
    assert outside_time_clauses(short, frozenset()) == short
    year = tuple(tokens("which summits were held after 2015 in minsk"))
    assert outside_time_clauses(year, frozenset()) == year


def test_saying_back_the_clause_of_time_is_no_answer(
    talk: Callable[..., list[Answer]],
) -> None:
    """A fact on the Taliban taking Kabul does not tell what the Secretary General pledged."""
    (answer,) = talk(
        "after the taliban took kabul, what did the secretary general pledge to dushanbe"
    )
    assert not answer.answered
    (kremlin,) = talk("after armenia froze its participation, what did the kremlin say")
    assert "Peskov" in kremlin.text


def test_a_count_that_never_speaks_of_the_body_asked_about_is_not_given(
    talk: Callable[..., list[Answer]],
) -> None:
    """The unrest's death toll is not the toll among the CSTO peacekeepers."""
    (answer,) = talk("what was the death toll among csto peacekeepers in kazakhstan")
    assert not answer.answered
    (toll,) = talk("how many people died in the kazakhstan unrest")
    assert "225" in toll.text


def test_naming_the_organization_itself_names_no_one() -> None:
    """Asked who, 'six states signed a protocol renewing the Collective Security Treaty' names
    no one; a fact listing the signatories does."""
    question = asked(
        tuple(tokens("who signed the protocol")),
        [],
        own_names=frozenset({"collective", "security", "treaty", "organization"}),
    )
    assert not states_who(question, "In 1999 six states signed a protocol renewing the Treaty.")
    assert states_who(question, "Armenia, Belarus and Russia signed the protocol.")


def test_a_when_clause_after_the_question_word_asks_no_date() -> None:
    """'What did he do when the unrest started' asks what; 'and when did it end' asks when."""
    assert asked(tuple(tokens("what did zas do when the unrest started")), []).relation is (
        Relation.WHAT
    )
    assert asked(tuple(tokens("when did the unrest start")), []).relation is Relation.WHEN


def test_a_fact_saying_nothing_of_the_event_gives_no_date(
    talk: Callable[..., list[Answer]],
) -> None:
    """Asked when members agreed on a force, a summit that only discussed one is no answer."""
    (answer,) = talk("when did the members agree on a peacekeeping force")
    assert "23 June 2006" not in answer.text


def test_a_title_or_an_article_names_no_one() -> None:
    """Asked who, 'the Secretary General' or 'Article 4' is no name; 'Nikol Pashinyan' is."""
    question = asked(tuple(tokens("who announced the decision")), [])
    assert not states_who(question, "The council appoints the Secretary General under Article 4.")
    assert states_who(question, "Nikol Pashinyan announced it.")


def test_the_name_of_a_spokesman_asks_for_a_person(
    talk: Callable[..., list[Answer]],
) -> None:
    """'The name of the press spokesman' asks for a person: what the acronym stands for is
    no answer."""
    people = frozenset({stem("zas")})
    named = asked(tuple(tokens("what is the name of the csto press spokesman")), [], people=people)
    assert named.relation is Relation.PERSON
    (answer,) = talk("tell me the name of the csto's press spokesman")
    assert "stands for" not in answer.text
