"""The question engine over the shipped knowledge: intents, truth rules and follow-ups."""

from __future__ import annotations

from pathlib import Path

from bot.core.api import Answer, Context
from bot.core.engine import Engine
from bot.core.knowledge.loader import load_knowledge
from bot.core.understanding.memory import ConversationMemory, Topic
from bot.evaluation import answer_text

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


def ask(engine: Engine, question: str, conversation: str | None = None) -> Answer:
    return engine.answer(question, Context(conversation=conversation))


def test_member_list_names_every_member_with_sources(engine):
    """Listing members names the six and cites a source for each."""
    answer = ask(engine, "who are the members of the csto")
    assert answer.answered and answer.intent == "member.list"
    for name in ("Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"):
        assert name in answer.text
    assert "Azerbaijan" not in answer.text
    assert len(answer.sources) >= 2 and all(source.id for source in answer.sources)


def test_typo_in_country_name_is_forgiven(engine):
    """'Azerbajan' links to Azerbaijan and the answer says when it left."""
    answer = ask(engine, "when did azerbajan leave the csto")
    assert answer.answered and "azerbaijan" in answer.entities
    assert "1999" in answer.text


def test_transliteration_and_cyrillic_aliases_link(engine):
    """'Kirgizia' and 'Армения' link to the member states."""
    assert "kyrgyzstan" in ask(engine, "is kirgizia a member of the odkb").entities
    assert "armenia" in ask(engine, "Армения член ОДКБ?").entities


def test_non_member_country_is_answered_closed_world(engine):
    """A real country with no membership record is 'not a member', not an abstention."""
    answer = ask(engine, "is ukraine a member of the csto?")
    assert answer.answered
    assert "Ukraine is not a member" in answer.text


def test_members_at_a_date_follow_the_history(engine):
    """In 2010 Uzbekistan was a member; by the end of 2012 it was suspended."""
    assert "Uzbekistan" in ask(engine, "who were the members in 2010").text
    in_2013 = ask(engine, "who were the members in 2013")
    assert "Uzbekistan" not in in_2013.text.split(";")[0]


def test_time_bound_fact_says_when_it_held(engine):
    """A statement of how things stand carries the date it held: 'as of 2025'."""
    answer = ask(engine, "what is kazakhstan's status in the csto")
    assert "(as of 2025)" in answer.text
    assert "2025" in answer.as_of


def test_disputed_fact_gives_best_supported_and_names_the_other(engine):
    """The Gyumri base: 2044 (best supported) and the seed article's 2020, each attributed."""
    answer = ask(engine, "until when can russia keep its military base in armenia")
    assert answer.answered
    shown = answer_text(answer)
    assert "2044" in shown and "2020" in shown
    assert "Sources disagree" in answer.text
    (dispute,) = answer.disputes
    assert dispute.claims[0].best_supported and "2044" in dispute.claims[0].text
    assert not any(section.title.startswith("Sources disagree") for section in answer.sections)


def test_out_of_domain_questions_abstain_with_suggestions(engine):
    """Weather, jokes and other organizations are not answered."""
    for question in ("what's the weather in moscow", "tell me a joke", "who leads nato"):
        answer = ask(engine, question)
        assert not answer.answered, question
        assert answer.suggestions and len(answer.suggestions) <= 3


def test_near_miss_gets_did_you_mean(engine):
    """Gibberish close to a name offers that name rather than guessing."""
    answer = ask(engine, "tell me about azerbajjjan's plov recipes")
    assert not answer.answered


def test_ambiguous_summit_asks_which_one(engine):
    """Two Yerevan summits: a question needing one of them asks back."""
    answer = ask(engine, "what was decided at the yerevan summit")
    assert not answer.answered and answer.intent == "clarify"
    assert any("2016" in s for s in answer.suggestions)
    assert any("2022" in s for s in answer.suggestions)


def test_summit_absence_gives_the_reason(engine):
    """Nazarbayev stayed away from Yerevan 2016 citing health."""
    answer = ask(engine, "why was nazarbayev absent from the yerevan summit in 2016")
    assert answer.answered and "yerevan-2016" in answer.entities
    assert "health" in answer.text or "cold" in answer.text


def test_secretary_general_now_and_at_a_date(engine):
    """Masadykov now (2026); Zas in 2021."""
    assert "Masadykov" in ask(engine, "who is the secretary general").text
    assert "Zas" in ask(engine, "who was secretary general in 2021").text


def test_follow_up_uses_the_conversation_subject(engine):
    """'and when did it come back?' resolves to Uzbekistan within one conversation only."""
    ask(engine, "when did uzbekistan leave the csto", conversation="c1")
    answer = ask(engine, "and when did it come back?", conversation="c1")
    assert answer.answered and "2006" in answer.text
    alone = ask(engine, "and when did it come back?", conversation="c2")
    assert "2006" not in alone.text or not alone.answered


def test_follow_up_with_a_new_country_repeats_the_question(engine):
    """'and Georgia?' asks the previous question about Georgia."""
    ask(engine, "when did azerbaijan leave the csto", conversation="c3")
    answer = ask(engine, "and georgia?", conversation="c3")
    assert "georgia" in answer.entities and "1999" in answer.text


def test_memory_forgets_after_its_time_limit():
    """A conversation's subject expires after the TTL and is evicted beyond capacity."""
    now = [0.0]
    memory = ConversationMemory(ttl=10, capacity=2, clock=lambda: now[0])
    memory.remember("a", Topic(("armenia",), "member.is"))
    now[0] = 11
    assert memory.recall("a") is None
    for key in ("x", "y", "z"):
        memory.remember(key, Topic(("armenia",), "member.is"))
    assert memory.recall("x") is None and memory.recall("z") is not None


def test_answer_never_states_unsourced_facts(engine):
    """Every fact an answer uses has at least one source in the answer's list."""
    for question in (
        "when was the csto founded",
        "what was the csto's role in kazakhstan in 2022",
        "who is nikol pashinyan",
    ):
        answer = ask(engine, question)
        assert answer.answered, question
        source_ids = {source.id for source in answer.sources}
        for fact in answer.facts:
            assert fact.sources and set(fact.sources) <= source_ids, (question, fact.id)


def test_replace_knowledge_swaps_atomically(engine, tmp_path):
    """A reload with new knowledge changes the version the answers report."""
    knowledge = load_knowledge(KNOWLEDGE)
    fresh = Engine(knowledge, strict=True)
    before = fresh.answer("who are the members").knowledge_version
    fresh.replace_knowledge(knowledge.model_copy(update={"version": "kb-test"}))
    assert fresh.answer("who are the members").knowledge_version == "kb-test" != before


def test_autocomplete_finds_subjects_despite_typos(engine):
    """Autocomplete returns at most 25 choices and survives typos."""
    countries = engine.complete("azerbajan", "country")
    assert countries and countries[0].label == "Azerbaijan"
    conflicts = engine.complete("nagorno karabach", "conflict")
    assert conflicts and "Karabakh" in conflicts[0].label
    assert len(engine.complete("", None, limit=50)) <= 25


def test_help_lists_examples(engine):
    """Help explains the scope and gives example questions."""
    answer = engine.help()
    assert "CSTO" in answer.text and len(answer.items) >= 5


def test_answers_name_the_organization_from_the_knowledge():
    """Answer texts take the organization's abbreviation and name from the knowledge."""
    knowledge = load_knowledge(KNOWLEDGE)
    renamed = knowledge.organization.model_copy(
        update={"abbreviation": "XYZA", "name": "Example Treaty Alliance"}
    )
    engine = Engine(knowledge.model_copy(update={"organization": renamed}), strict=True)
    members = engine.answer("who are the members of the xyza")
    assert members.text.startswith("The XYZA has")
    assert "Example Treaty Alliance (XYZA)" in engine.help().text
