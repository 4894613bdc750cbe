"""Follow-ups about what is in play: a listed state picked by its membership steps, the list kept
while its items are picked, the summit or conflict just discussed, times taken from them, and
two fitting summits each answered.

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.loader import load_knowledge
from bot.core.language.linking import Linker
from bot.core.understanding.inplay import InPlay
from bot.core.understanding.intent import Intent
from bot.core.understanding.memory import (
    Topic,
    fact_in_play,
    fact_saying,
    facts_in_play,
    shared_words,
)
from bot.core.understanding.understand import Understander
from bot.evaluation import answer_text

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="module")
def parts() -> tuple[Linker, Understander]:
    catalog = Catalog(load_knowledge(KNOWLEDGE))
    linker = Linker(catalog)
    return linker, Understander(catalog, linker)


def test_several_matching_states_are_not_picked_as_one(parts):
    """All three former members left at some point: 'which of those left' names no single one."""
    linker, understander = parts
    in_play = InPlay(understander.catalog, linker, understander)
    memory = Topic(("uzbekistan", "azerbaijan", "georgia"), Intent.MEMBER_FORMER)
    assert in_play.understand(linker.read("which of those left"), [], memory) is None
    picked = in_play.understand(linker.read("which of those came back"), [], memory)
    assert picked is not None and picked.subjects == ["uzbekistan"]


def test_a_bare_relation_after_facts_asks_the_same_facts(parts):
    """'Since when?' after a searched answer stays with the facts, not the body's overview."""
    linker, understander = parts
    memory = Topic(("parliamentary-assembly",), Intent.FACTS_SEARCH, words=("observers",))
    found = understander.understand(linker.read("since when"), [], memory)
    assert found.intent == Intent.FACTS_SEARCH and found.carried == ("observers",)


_YEREVAN = ("yerevan-2016", "serzh-sargsyan", "crisis-response-centre", "parliamentary-assembly")
_SUSPENSION = ("moscow-2012-12", "uzbekistan")


@pytest.mark.parametrize(
    ("entities", "intent", "question", "meant"),
    [
        # After a question about a person, "he" is still that person, whoever his facts name.
        (("yuri-khachaturov", "serzh-sargsyan"), Intent.PERSON_OVERVIEW,
         "why did his term end early", "yuri-khachaturov"),
        # After a summit, "he" is the one of the people in play its facts speak of.
        (("yerevan-2016", "serzh-sargsyan", "nursultan-nazarbayev"), Intent.PERSON_OVERVIEW,
         "was he ill with a cold", "nursultan-nazarbayev"),
        # A demonstrative and a word of its name point at a subject in play, not the summit.
        (_YEREVAN, Intent.SUMMIT_DECISIONS, "who headed that centre", "crisis-response-centre"),
        (_YEREVAN, Intent.SUMMIT_DECISIONS, "what is this assembly for", "parliamentary-assembly"),
        # A word naming nothing in play leaves the summit in play.
        (_YEREVAN, Intent.SUMMIT_DECISIONS, "what was signed at that meeting", "yerevan-2016"),
        # A summit is never "they": the state it was about is, unless a word points at the
        # summit itself.
        (_SUSPENSION, Intent.FACTS_SEARCH, "what reasons did they give", "uzbekistan"),
        (_SUSPENSION, Intent.FACTS_SEARCH, "who did they choose there", "moscow-2012-12"),
    ],
)  # fmt: skip
def test_the_subject_a_follow_up_means(parts, entities, intent, question, meant):
    linker, understander = parts
    found = understander.understand(linker.read(question), [], Topic(entities, intent))
    assert found.subjects[:1] == [meant]


_SIGNINGS = ("charter-signing-2002-10", "tashkent-1992")


@pytest.mark.parametrize(
    ("question", "events", "words", "meant"),
    [
        # With the organization in play, "it" done to something is the event in play its name
        # says ("signed": a signing); of two, the last question's words tell them apart, else
        # the one the answer spoke of first ...
        ("where was it signed", _SIGNINGS, (), "charter-signing-2002-10"),
        ("where was it signed", _SIGNINGS, ("tashkent",), "tashkent-1992"),
        # ... but "its charter" is the organization's, and a word naming no event leaves it.
        ("when did its charter take effect", _SIGNINGS, (), "csto"),
        ("where is it based", _SIGNINGS, (), "csto"),
    ],
)  # fmt: skip
def test_it_done_to_something_is_the_event_in_play(parts, question, events, words, meant):
    linker, understander = parts
    topic = Topic(("csto",), Intent.ORG_FOUNDED, words=words, events=events)
    found = understander.understand(linker.read(question), [], topic)
    assert found.subjects[:1] == [meant]


_TWO_TERMS = (
    "Valery Semerikov, from 1 January 2017 to 1 May 2017 (acting).",
    "Yuri Khachaturov, from 2 May 2017 to 2 November 2018.",
)


@pytest.mark.parametrize(
    ("words", "intent", "subjects", "candidates"),
    [
        # "Who became ... in May 2017": of the holders listed, the one whose post began then.
        (("became", "secretary"), Intent.PERSON_OVERVIEW, ["yuri-khachaturov"], []),
        # "Who was ... in May 2017": both held it that month, so which one is asked back.
        (("secretary",), Intent.CLARIFY, [], ["valery-semerikov", "yuri-khachaturov"]),
    ],
)
def test_he_after_a_list_of_holders(parts, words, intent, subjects, candidates):
    linker, understander = parts
    in_play = InPlay(understander.catalog, linker, understander)
    memory = Topic(("csto",), Intent.ORG_SECRETARIES, PartialDate(2017, 5), words, lines=_TWO_TERMS)
    found = in_play.understand(linker.read("which country was he from"), [], memory)
    assert found is not None and found.intent == intent
    assert found.subjects == subjects and found.candidates == candidates


@pytest.mark.parametrize(
    ("texts", "asked", "found"),
    [
        (("The treaty was signed in Tashkent.", "A protocol was signed."), ("treaty", "signed"),
         True),
        # Two facts say what was asked as well: which one a bare "when?" means is a guess.
        (("Observers were invited in 2014.", "Two observers joined in 2013."), ("observers",),
         False),
        ((), ("observers",), False),
    ],
)  # fmt: skip
def test_the_fact_in_play_is_the_one_best_saying_what_was_asked(texts, asked, found):
    fact = fact_in_play(texts, asked)
    assert (fact is not None) == found
    assert not found or fact == texts[0]


def test_facts_tied_in_play_are_all_found_again_by_the_words_they_share():
    """'Since when?' when two facts say what was asked as well: both, by their common words."""
    texts = ("Observers were invited in 2014.", "Two observers joined in 2013.", "A summit met.")
    tied = facts_in_play(texts, ("observers",))
    assert tied == texts[:2]
    assert shared_words(tied) == ("observers",)
    assert facts_in_play(texts, ("summit",)) == texts[2:]
    many = tuple(f"Observer number {n} came." for n in range(5))
    assert facts_in_play(many, ("observer",)) == ()  # more than one answer could show


def test_the_fact_saying_the_follow_ups_words_is_the_only_one_saying_them():
    texts = ("Lukashenko announced it in Moscow.", "Karimov said it was fine.")
    assert fact_saying(texts, frozenset({"announced"})) == texts[0]
    assert fact_saying(texts, frozenset({"it"})) is None  # both say it: no one fact
    assert fact_saying(texts, frozenset()) is None


_KAZAKHSTAN = "tell me about the csto deployment to kazakhstan"
_ASTANA = "where was the csto summit in november 2024"

# Conversations: the questions, then what the last answer must be: its intent (None: any other
# than the one named with "!"), its first entity (None: any) and words it must say.
CONVERSATIONS = [
    # A listed state picked by its membership steps.
    (["list the former members", "which of those returned"], "member.rejoined", "uzbekistan",
     ["2006"]),
    (["who are the members", "which of them was not an original signatory"], None, "belarus", []),
    # ... and still after questions naming its items one by one.
    (["list the former members", "when did azerbaijan leave", "and georgia, when did it go",
      "which of those returned"], "member.rejoined", "uzbekistan", ["2006"]),
    # The list stays in play while its items are picked.
    (["which summits were held in moscow", "when was the first one",
      "and where was the most recent one"], None, "moscow-2022", ["2022"]),
    # "Then", and an event of the conflict in play, date the question.
    ([_KAZAKHSTAN, "who was secretary general then"], "org.secretaries", None, ["Zas"]),
    ([_KAZAKHSTAN, "who are the members",
      "was armenia chairing the csto when the troops were sent?"],
     "org.presidency", None, ["2022", "Armenia"]),
    # A month however abbreviated dates the question; it is no unknown word.
    (["who was secretary general in feb 2021"], "org.secretaries", None, ["Zas"]),
    (["who took over as sec gen in jan 2023"], "org.secretaries", None, ["Tasmagambetov"]),
    # A state entered ("when the alliance marched into <state>"): the conflict there dates it.
    (["who was secretary general when the alliance marched into kazakhstan"], "org.secretaries",
     None, ["Zas"]),
    # "Then" after a "when" question: the date the answer gave.
    (["when did armenia freeze its participation", "who was the secretary general back then"],
     "org.secretaries", None, ["Tasmagambetov"]),
    # A question at the time in play is a step aside: the subject in play stays after it.
    (["when did armenia freeze its participation", "who was the secretary general back then",
      "what did moscow say about it"], "facts.search", None, ["freeze"]),
    # A bare relation after searched facts asks the fact just given.
    (["what did medvedev say about arms sales to armenia and azerbaijan", "and what year"],
     "facts.search", None, ["2016"]),
    # Words of the subject in play name it.
    (["what is the csto parliamentary assembly", "who chairs that assembly"], "body.leadership",
     None, ["Volodin"]),
    # The summit in play answers a state asked about it, and a new relation asked of it.
    ([_ASTANA, "did armenia attend"], None, "astana-2024", ["Armenia"]),
    ([_ASTANA, "did armenia show up"], None, "astana-2024", ["Armenia"]),
    ([_ASTANA, "why did armenia stay away from it", "what was signed there"], "summit.decisions",
     None, ["Astana"]),
    # "It" with a membership word is the state in play: a summit's host.
    (["which country hosted the 2023 summit", "is it still a member"], None, "belarus", ["Yes"]),
    # A question about a summit with a year and "country" is not the members that year.
    (["which country hosted the 2023 summit"], "summit.when_where", None, ["Belarus"]),
    # "Who didn't?" negates the searched fact: its words carry on, the negation adds none.
    (["which states signed the agreement on the rapid reaction force", "who didn't?"],
     "facts.search", None, ["Belarus", "Uzbekistan"]),
    # "Since when?" when two facts said what was asked as well: both again, each dated.
    (["which states are observers of the csto parliamentary assembly", "since when"],
     "facts.search", None, ["2013"]),
    # The one fact just given that says the follow-up's own words is the one it asks about.
    (["when was uzbekistan suspended from the csto", "who announced that"], "facts.search",
     "uzbekistan", ["Lukashenko"]),
    # A word of the conflict in play's name ("the unrest") asks about it, though it names no
    # subject and does not lean back; "he" still asks of the person.
    (["what did the csto do in kazakhstan in 2022", "when did they leave",
      "how many people died in the unrest?"], None, "kazakhstan-2022", ["225"]),
    (["who led the csto troops in kazakhstan in 2022", "what job did he get in the csto later"],
     None, "andrey-serdyukov", []),
    # "There" after a person at a summit, with no "he": the summit in play.
    (["which president skipped the yerevan summit in 2016", "who went in his place",
      "what did they set up there"], None, "yerevan-2016", ["Crisis Response"]),
    # A follow-up asking something of another year: the same parties' conflict then.
    (["tell me about the kyrgyz-tajik border clashes of 2022",
      "and where did the 2021 round begin"], None, "kyrgyzstan-tajikistan-2021", ["April 2021"]),
    # "The regular one" names the kind of session, not something its facts must say.
    (["where was the summit in 2015", "and the regular one in 2016?"], "!facts.search",
     "yerevan-2016", []),
    # "That meeting" after a person: the summit still in play.
    (["which president skipped the yerevan summit in 2016", "who went in his place",
      "who chaired that meeting"], None, "yerevan-2016", ["Armenia"]),
    # "It" after a person is no person: the body the person serves.
    (["who chairs the csto parliamentary assembly", "when was he first elected",
      "and when was it founded"], "body.founded", "parliamentary-assembly", []),
    # "Both" asks nothing a fact must say: the relation asked of the subject in play.
    (["is azerbaijan still a member", "when did they both leave"], "member.left", "azerbaijan",
     ["1999"]),
    # "It" for the state in play narrows a summit list by that state.
    (["when did kazakhstan join the csto", "which summits has it hosted"], "summit.list",
     "kazakhstan", ["Astana"]),
    # A Russian follow-up leans back by its opener and pronoun.
    (["где находится штаб ОДКБ", "а какой у неё язык"], None, "csto", ["Russian"]),
    # A state asked about troops right after a conflict: that conflict.
    ([_KAZAKHSTAN, "how many troops did russia send"], "!member.status", None, ["2,000"]),
]  # fmt: skip


@pytest.mark.parametrize(("questions", "intent", "first", "present"), CONVERSATIONS)
def test_conversation(talk, questions, intent, first, present):
    answer = talk(*questions)[-1]
    assert answer.answered
    if intent is not None and intent.startswith("!"):
        assert answer.intent != intent[1:]
    elif intent is not None:
        assert answer.intent == intent
    assert first is None or answer.entities[0] == first
    assert all(word in answer.text for word in present)


def test_the_list_is_not_left_for_a_pick(talk):
    """'The first one' and 'the most recent one' of one list are two different summits."""
    _, first, last = talk(
        "which summits were held in moscow", "when was the first one", "where was the latest one"
    )
    assert first.entities[0] != last.entities[0]


def test_two_fitting_summits_are_each_answered_briefly(talk):
    """Two Yerevan summits and a short answer for each: both, labelled, instead of asking."""
    (answer,) = talk("who stayed away from the yerevan summit")
    assert answer.answered and answer.intent == "summit.absences"
    assert "October 2016: " in answer.text and "November 2022: " in answer.text
    assert "Nazarbayev" in answer.text


def test_long_answers_for_fitting_summits_ask_back(talk):
    """The 2016 Yerevan summit's decisions run to many facts: ask which summit is meant."""
    (answer,) = talk("what was decided at the summit in yerevan")
    assert not answer.answered and answer.intent == "clarify"


@pytest.mark.parametrize(
    ("question", "leans"),
    [
        # Russian follow-ups lean back by their opener or a pronoun.
        ("а какой у неё рабочий язык?", True),
        ("и когда она вышла", True),
        ("где штаб-квартира ОДКБ?", False),
    ],
)
def test_russian_follow_ups_lean_on_the_last_question(parts, question, leans):
    linker, understander = parts
    assert understander.needs_context(linker.read(question)) is leans


def test_a_follow_up_saying_a_dispute_topic_asks_that_dispute(talk):
    """'Until when will it stay' after the Gyumri base: the dispute on how long it may stay,
    whose best account names a year still to come, so the future check lets it through."""
    answers = talk(
        "what do you know about the russian base at gyumri", "until when will it stay there"
    )
    assert answers[-1].answered
    assert "2044" in answer_text(answers[-1])


@pytest.mark.parametrize(
    "questions",
    [
        ["when did the csto charter take effect"],
        ["where was the csto charter signed", "when did it become effective"],
    ],
)
def test_taking_effect_is_not_the_signing_date(talk, questions):
    """When a signed document took effect is no session date: the facts say it, or nothing."""
    answer = talk(*questions)[-1]
    assert answer.intent != "summit.when_where"
    assert not answer.answered or "2003" in answer_text(answer)
