"""Questions in Russian, in Cyrillic or transliterated: read as the English they stand for."""

from __future__ import annotations

from bot.core.api import Context
from bot.core.engine import Engine
from bot.core.language.russian import RussianReader, english_of, name_stems, transliterate
from tests.core.asking import ask


def test_words_are_read_by_their_stem_whatever_their_ending() -> None:
    """'миротворцев', 'миротворцами': one stem, one English word."""
    assert transliterate("погибло") == "pogiblo"
    assert english_of(transliterate("миротворцами")) == ("peacekeepers",)
    assert english_of(transliterate("миротворцев")) == ("peacekeepers",)
    assert english_of("skolko") == ("how", "many")
    assert english_of("pogiblo") == ("killed",)
    assert english_of("kazakhstan") is None


def test_a_case_form_of_a_name_is_the_name() -> None:
    """'в Армении' names Armenia; 'Армения' in the knowledge meets it by its stem."""
    assert set(name_stems("армении")) & set(name_stems("армения"))
    reader = RussianReader(frozenset({"армения"}), ["армения"])
    assert reader.read(("в", "армении")) == ("в", "армения")


def test_english_is_not_read_as_transliterated_russian() -> None:
    """One word that happens to start like a Russian stem does not make a question Russian."""
    reader = RussianReader(frozenset({"the", "were", "arrested"}), [])
    words = ("the", "protesters", "were", "arrested")
    assert reader.read(words) == words


def test_russian_questions_are_answered_from_the_facts(engine: Engine) -> None:
    """Cyrillic and transliterated questions about the death toll find the same fact."""
    cyrillic = ask(
        engine, "Сколько человек погибло во время январских беспорядков 2022 года в Казахстане?"
    )
    assert cyrillic.answered
    assert "225" in cyrillic.text
    latin = ask(engine, "skolko pogiblo v kazahstane v yanvare 2022")
    assert latin.answered
    assert "225" in latin.text
    commander = ask(engine, "кто командовал миротворцами ОДКБ в Казахстане")
    assert commander.answered
    assert "Serdyukov" in commander.text


def test_a_russian_question_the_facts_do_not_answer_is_not_answered(engine: Engine) -> None:
    """'Когда родился ...': no fact gives his birthday, so none is given."""
    assert not ask(engine, "Когда родился Таалатбек Масадыков?").answered


def test_a_russian_name_is_linked_in_latin_letters_too(engine: Engine) -> None:
    """'kollektivnye sily operativnogo reagirovaniya' is the force's Russian name transliterated."""
    reading = engine._loaded.linker.read("kollektivnye sily operativnogo reagirovaniya")
    assert "collective-rapid-reaction-force" in reading.ids()


def test_a_russian_name_of_several_words_is_kept_whole(engine: Engine) -> None:
    """'Совет коллективной безопасности' is the Council, not 'council' and two loose words."""
    reading = engine._loaded.linker.read("Совет коллективной безопасности ОДКБ что это")
    assert "collective-security-council" in reading.ids()
    overview = ask(engine, "что такое Организация Договора о коллективной безопасности")
    assert overview.answered
    assert "military alliance" in overview.text


def test_russian_tense_and_before_are_read(engine: Engine) -> None:
    """'вернется' asks about the future (not answered); 'до него' (before him) the predecessor."""
    assert not ask(engine, "когда Азербайджан вернется в ОДКБ?").answered
    context = Context(conversation="russian-before-him")
    engine.answer("кто генсек ОДКБ в 2026 году", context)
    before = engine.answer("а до него?", context)
    assert before.answered
    assert "Tasmagambetov" in before.text


def test_inflected_verbs_are_read_by_their_stem(engine: Engine) -> None:
    """'направлено' (sent, a participle) is read like 'направил'."""
    answer = ask(engine, "сколько миротворцев ОДКБ было направлено в Казахстан")
    assert answer.answered
    assert "2,000" in answer.text


def test_a_name_of_several_words_is_met_in_any_case() -> None:
    """'Парламентскую ассамблею ОДКБ' is the knowledge's 'Парламентская ассамблея ОДКБ'."""
    phrase = ("парламентская", "ассамблея", "одкб")
    reader = RussianReader(frozenset({"одкб"}), [], [phrase])
    assert reader.read(("кто", "возглавляет", "парламентскую", "ассамблею", "одкб")) == (
        "who",
        "heads",
        *phrase,
    )
    # One word of the name missing: no name, each word read on its own.
    assert reader.read(("парламентскую", "одкб"))[-1] == "одкб"


def test_a_latin_name_spelt_in_cyrillic_is_read_as_it() -> None:
    """'в Ереване' is Yerevan (a first letter ie is 'ye'); 'нато' is 'nato'; 'но' is not 'no'."""
    assert transliterate("ереване") == "yerevane"
    reader = RussianReader(frozenset({"nato", "no"}), [], [], ["yerevan"])
    assert reader.read(("в", "ереване")) == ("в", "yerevan")
    assert reader.read(("про", "нато")) == ("about", "nato")
    assert reader.read(("но",)) == ("но",)


def test_a_short_word_before_a_year_is_a_time_word() -> None:
    """'s 2017 goda' (Cyrillic) is 'since 2017'; 's Rossiei' (with Russia) is not."""
    reader = RussianReader(frozenset(), [])
    assert reader.read(("с", "2017", "года")) == ("since", "2017")
    assert reader.read(("с", "россией"))[0] == "с"


def test_russian_questions_reach_the_english_reading(engine: Engine) -> None:
    """Inflected bodies, places and verbs are read as their English equivalents are."""
    assembly = ask(engine, "Кто возглавляет Парламентскую ассамблею ОДКБ?")
    assert "Volodin" in assembly.text
    suspended = ask(
        engine,
        "Когда Совет коллективной безопасности официально приостановил членство Узбекистана?",
    )
    assert "2012" in suspended.text
    arrived = ask(engine, "Когда первые подразделения ОДКБ прибыли в Казахстан и в какой город?")
    assert "Almaty" in arrived.text
    nato = ask(engine, "Что Лукашенко сказал про НАТО на саммите в Ереване?")
    assert "NATO" in nato.text
    assert "Moscow" in ask(engine, "Сколько саммитов прошло в Москве?").text


def test_year_after_a_number_is_dropped_as_english_drops_it(engine: Engine) -> None:
    """'a v 2023 godu?' (Cyrillic) after a summit reads as 'and in 2023?': that year's summit."""
    reader = RussianReader(frozenset(), [])
    assert reader.read(("в", "2023", "году")) == ("in", "2023")
    context = Context(conversation="russian-year-follow-up")
    engine.answer("Где прошёл саммит ОДКБ в 2022 году?", context)
    engine.answer("а кто председательствовал?", context)
    assert "2023" in engine.answer("а в 2023 году?", context).text


def test_how_many_before_a_verb_of_lasting_asks_how_long() -> None:
    """'skolko dlilas' (Cyrillic) asks how long; 'skolko' before anything else, how many."""
    reader = RussianReader(frozenset(), [])
    assert reader.read(("сколько", "длилась"))[:2] == ("how", "long")
    assert reader.read(("сколько", "миротворцев")) == ("how", "many", "peacekeepers")


def test_to_chair_in_the_organization_is_to_chair_it(engine: Engine) -> None:
    """'predsedatelstvuet v ODKB' (Cyrillic) asks who chairs it, not who is in it."""
    answer = ask(engine, "Какая страна председательствовала в ОДКБ в 2024 году?")
    assert answer.intent == "org.presidency"
    assert "Kazakhstan" in answer.text


def test_adjectives_of_peoples_and_fighting_are_read(engine: Engine) -> None:
    """'бои на киргизско-таджикской границе': fighting on the Kyrgyz-Tajik border, in the
    domain (it was read as off-topic: neither adjective is a case form of a state's name)."""
    reader = RussianReader(frozenset(), [])
    assert reader.read(("бои", "киргизско", "таджикской")) == ("fighting", "kyrgyz", "tajik")
    answer = ask(engine, "Когда начались бои на киргизско-таджикской границе в сентябре 2022?")
    assert answer.answered
    assert "14 September 2022" in answer.text


def test_short_latin_names_are_read_in_any_case(engine: Engine) -> None:
    """'перед Засом': a name the knowledge spells in Latin letters, three letters long, in the
    instrumental case; 'между Бордюжей и ...': a name ending in -a that loses it."""
    answer = ask(engine, "Кто был генсеком ОДКБ непосредственно перед Засом?")
    assert answer.intent == "office.succession"
    assert "Semerikov" in answer.text
    answer = ask(engine, "Кто исполнял обязанности генсека ОДКБ между Бордюжей и Хачатуровым?")
    assert answer.answered
    assert "Semerikov" in answer.text
