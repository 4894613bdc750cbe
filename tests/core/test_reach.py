"""Reach: answerable questions worded in ways no fact uses are answered, not abstained on."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.core.asking import ask


def test_a_light_verb_beside_a_noun_is_not_what_is_asked(engine: Engine) -> None:
    """'take effect' is asked of 'effect' (entered into force), not of 'take'."""
    answer = ask(engine, "in which year did the charter take effect")
    assert answer.answered
    assert "2003" in answer.text
    decisions = ask(engine, "how does the csto take decisions - by majority vote?")
    assert decisions.answered
    assert "consensus" in decisions.text


def test_a_light_verb_alone_still_asks_something(engine: Engine) -> None:
    """'how does the csto take decisions' with nothing else: any decision is no answer."""
    answer = ask(engine, "how does the csto take desicions")
    assert "Rapid Reaction Force was created" not in answer.text


def test_a_fact_of_the_candidates_answers_rather_than_asking_back(engine: Engine) -> None:
    """Four sessions in 2022; the question's relations pick the one fact that states them."""
    answer = ask(engine, "where was the 2022 summit and who refused to sign the declaration there")
    assert answer.answered
    assert "Pashinyan" in answer.text
    assert "Yerevan" in answer.text


def test_a_vague_question_among_candidates_is_still_asked_back(engine: Engine) -> None:
    """Nothing checkable is asked ("what was decided"): asking which one beats guessing."""
    answer = ask(engine, "what was decided at the yerevan summit")
    assert not answer.answered
    assert "Which one" in answer.text


def test_how_long_asks_a_duration_not_the_word_long(engine: Engine) -> None:
    """'How long': a question word; a fact on a 'long-term vision' does not answer it."""
    answer = ask(engine, "how long was the treaty good for at the start")
    assert "long-term vision" not in answer.text
    served = ask(engine, "who was the first secretary general and how long did he serve?")
    assert served.answered
    assert "Bordyuzha" in served.text
    assert "long-term vision" not in served.text


def test_coming_back_is_a_return_not_a_summit_to_come(engine: Engine) -> None:
    """'Coming back' asks about a return; 'the next summit' still asks about the future."""
    answer = ask(engine, "at which summit did uzbekistan announce it was coming back")
    assert answer.answered
    assert "Minsk" in answer.text
    assert "next summit" not in answer.text
    for question in ("when is the next csto summit coming", "when does the next summit come"):
        assert "next summit" in ask(engine, question).text


def test_a_phrasal_verb_reads_as_its_one_verb(engine: Engine) -> None:
    """The verb is read as the one verb facts use, and the names stay linked ("coming back" is
    also an idiom of the lexicon, read whole as "returning")."""
    reading = engine._loaded.linker.read("did uzbekistan say it was coming back")
    assert reading.corrected[-1] == "returning" and "coming" not in reading.corrected
    called = engine._loaded.linker.read("why was the drill called off").corrected
    assert called[-2:] == ("cancelled", "off")  # the particle kept: positions do not move
    assert [m.entity_id for m in reading.mentions] == ["uzbekistan"]
    assert engine._loaded.linker.read("the next summit is coming").corrected[-1] == "coming"
    for question in (
        "where did putin head off to right after the 2016 csto summit",
        "where did putin head straight after the yerevan summit?",
    ):
        trip = ask(engine, question)
        assert trip.answered
        assert "India" in trip.text


def test_what_happened_in_a_state_at_a_time_is_the_conflict_there(engine: Engine) -> None:
    """'What happened in Kazakhstan in January 2022': the unrest and the deployment."""
    answer = ask(engine, "what happened in kazakhstan in jan 2022")
    assert answer.answered
    assert "troops" in answer.text
    # A membership step asked with a date is still the membership.
    joined = ask(engine, "what happened to uzbekistan's membership in 2012")
    assert "Kazakh unrest" not in joined.text


def test_russian_spokesman_and_said_are_read(engine: Engine) -> None:
    """'спикером' is the spokesman; an untranslated Russian word asks no match of its own."""
    answer = ask(engine, "кто много лет был официальным представителем (спикером) ОДКБ?")
    assert answer.answered
    assert "Zainetdinov" in answer.text
    # "сказал" reads as English asks it ("what did the Kremlin say").
    assert "say" in engine._loaded.linker.read("а что сказал Кремль?").corrected


def test_a_quoted_will_does_not_make_a_question_about_the_future(engine: Engine) -> None:
    """Someone else's quoted words are not the asker's tense; the asker's own 'will' still is."""
    answer = ask(engine, "Pashinyan said in parliament 'we will leave' - when was that?")
    assert answer.answered
    assert "2024" in answer.text
    future = ask(engine, "when will armenia leave the csto?")
    assert not future.answered


def test_a_year_after_for_is_a_term_not_when_a_session_was(engine: Engine) -> None:
    """'The presidency for 2020' is handed over in 2019: no 2020 session is needed."""
    answer = ask(
        engine,
        "who chaired the Bishkek summit in November 2019, and who took the presidency for 2020?",
    )
    assert answer.answered
    assert "Russia" in answer.text
    unheld = ask(engine, "what was decided at the csto summit in 2020?")
    assert not unheld.answered


def test_everyday_words_for_a_plan_and_a_history(engine: Engine) -> None:
    """'On the calendar' is the user's wording; a 'relationship' with the CSTO is its history."""
    drills = ask(engine, "what drills were on the calendar for 2017")
    assert drills.answered
    assert "Combat Brotherhood-2017" in drills.text
    history = ask(engine, "can you summarise uzbekistan's on-and-off relationship with the csto?")
    assert history.answered
    assert "2012" in history.text


def test_into_force_is_a_documents_force(engine: Engine) -> None:
    """'Come into force' asks when the charter entered into force, not about troops."""
    answer = ask(engine, "when did the csto charter come into force?")
    assert answer.answered
    assert "2003" in answer.text


def test_a_number_after_the_question_word_says_how_many(engine: Engine) -> None:
    """'Which three states': the facts name the three, never the word 'three'."""
    answer = ask(engine, "which three states refused to renew the treaty in 1999?")
    assert answer.answered
    for state in ("Azerbaijan", "Georgia", "Uzbekistan"):
        assert state in answer.text


def test_aircraft_that_flew_are_said_to_have_been_flown(engine: Engine) -> None:
    """'Which bombers flew': the facts say the bombers were flown or took part."""
    answer = ask(engine, "which bombers flew in that kyrgyz drill")
    assert answer.answered
    assert "Tu-22M3" in answer.text


def test_the_kremlin_summit_is_the_moscow_summit(engine: Engine) -> None:
    """'The May 2022 Kremlin summit' is the Moscow summit of 16 May 2022."""
    answer = ask(engine, "the may 2022 kremlin summit marked which anniversary of the treaty?")
    assert answer.answered
    assert "30 years" in answer.text


def test_own_is_an_intensifier_not_what_is_asked(engine: Engine) -> None:
    """'Recalled by his own country': the facts say recalled, never 'own'."""
    answer = ask(engine, "which secretary general was recalled by his own country, and why?")
    assert answer.answered
    assert "Khachaturov" in answer.text


def test_a_month_asked_ranks_facts_of_another_month_lower(engine: Engine) -> None:
    """'In January 2022': Tokayev's request, not Armenia's appeal of September 2022."""
    answer = ask(engine, "which president asked the csto for help in january 2022")
    assert answer.answered
    assert "Tokayev" in answer.text
    assert "September 2022" not in answer.text


def test_a_pact_is_the_treaty_and_inking_is_signing(engine: Engine) -> None:
    """'What city did they ink the original pact in': the treaty signed in Tashkent."""
    answer = ask(engine, "what city did they ink the original pact in")
    assert answer.answered
    assert "Tashkent" in answer.text


def test_a_question_of_two_parts_is_answered_by_two_facts(engine: Engine) -> None:
    """Each part's words are another fact's: together they answer; neither is dropped."""
    answer = ask(
        engine, "When did the first CSTO troops arrive in Kazakhstan, and who commanded them?"
    )
    assert answer.answered
    assert "6 January 2022" in answer.text
    assert "Serdyukov" in answer.text


def test_in_post_at_an_event_ties_the_question_to_its_time(engine: Engine) -> None:
    """'Which SG was in post at the Yerevan summit in 2016': the holder in October 2016."""
    answer = ask(engine, "which SG was in post at the yerevan summit in 2016")
    assert answer.answered
    assert "Bordyuzha" in answer.text


def test_an_anchor_clause_may_open_the_question(engine: Engine) -> None:
    """'After the Taliban took Kabul, when did the leaders meet': the session after that event;
    a question opening with its question word is not an anchor ('when did ... ')."""
    answer = ask(
        engine, "after the taliban took kabul, when did csto leaders hold an emergency meeting"
    )
    assert answer.answered
    assert "23 August 2021" in answer.text
    plain = ask(engine, "when did azerbaijan join the treaty")
    assert "1993" in plain.text


def test_a_document_that_kicked_in_took_effect(engine: Engine) -> None:
    """'When did the charter kick in' asks its entry into force, not its signing."""
    answer = ask(engine, "the charter got signed in 2002 but when did it actually kick in?")
    assert answer.answered
    assert "18 September 2003" in answer.text
