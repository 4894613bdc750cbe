"""/csto member, summit, conflict and exercise over the real client: structured lookups."""

from __future__ import annotations

from bot.core.knowledge.catalog import Catalog
from tests.adapters.discord.fake_discord import BOT_ID, CHANNEL_ID
from tests.adapters.discord.payloads import EPHEMERAL, buttons_of, fields_of, text_of


def _ephemeral(callback: dict) -> bool:
    return bool((callback["data"].get("flags") or 0) & EPHEMERAL)


async def test_a_city_two_summits_share_asks_which_one(start_bot, answerer):
    """/csto summit which:yerevan (typed, not picked) asks which of the two Yerevan summits,
    privately, with a button for each; it is not read as an English question."""
    async with start_bot(answerer) as bot:
        interaction = await bot.fake.slash("summit", which="yerevan")
        callback = await bot.fake.wait_for_callback(interaction)
    text = text_of(callback["data"])
    assert "Yerevan summit, October 2016" in text
    assert "Yerevan summit, November 2022" in text
    assert "intergovernmental military alliance" not in text  # the old general overview
    assert _ephemeral(callback)
    labels = " ".join(button["label"] for button in buttons_of(callback["data"]))
    assert "2016" in labels and "2022" in labels


async def test_a_year_or_a_city_of_several_summits_lists_them(start_bot, answerer):
    """which:2022 and which:Bishkek list every summit of that year or city to choose from."""
    async with start_bot(answerer) as bot:
        year = await bot.fake.slash("summit", which="2022")
        city = await bot.fake.slash("summit", which="Bishkek")
        year_callback = await bot.fake.wait_for_callback(year)
        city_callback = await bot.fake.wait_for_callback(city)
    year_text = text_of(year_callback["data"])
    for name in ("Moscow jubilee summit, May 2022", "Yerevan summit, November 2022"):
        assert name in year_text
    assert "Extraordinary session on Kazakhstan, January 2022" in year_text
    city_text = text_of(city_callback["data"])
    for year_of in ("April 2017", "November 2019", "November 2025"):
        assert f"Bishkek {'informal ' if year_of == 'April 2017' else ''}summit, {year_of}" in (
            city_text
        )
    assert buttons_of(year_callback["data"]) and buttons_of(city_callback["data"])


async def test_one_summit_is_described_with_sources(start_bot, answerer):
    """which:yerevan 2022 names one summit: its overview, public, with sources and as-of."""
    async with start_bot(answerer) as bot:
        interaction = await bot.fake.slash("summit", which="yerevan 2022")
        callback = await bot.fake.wait_for_callback(interaction)
    data = callback["data"]
    assert not _ephemeral(callback)
    assert data["embeds"][0]["title"] == "Yerevan summit, November 2022"
    assert "23 November 2022" in text_of(data)
    assert fields_of(data)["Sources"]


async def test_conflict_named_by_a_country_is_that_conflict(start_bot, answerer):
    """/csto conflict name:Kazakhstan describes the 2022 unrest, not Kazakhstan's membership."""
    async with start_bot(answerer) as bot:
        interaction = await bot.fake.slash("conflict", name="Kazakhstan")
        callback = await bot.fake.wait_for_callback(interaction)
    data = callback["data"]
    assert "2 January 2022" in text_of(data)
    assert not [name for name in fields_of(data) if "membership" in name.lower()]
    assert "has been a member since" not in text_of(data)


async def test_exercise_command_describes_an_exercise(start_bot, answerer):
    """/csto exercise which:Rubezh-2016 describes that exercise from its record, with sources."""
    async with start_bot(answerer) as bot:
        interaction = await bot.fake.slash("exercise", which="Rubezh-2016")
        callback = await bot.fake.wait_for_callback(interaction)
    data = callback["data"]
    assert not _ephemeral(callback)
    assert "Edelweiss range near Balykchy" in text_of(data)
    assert fields_of(data)["Sources"]


async def test_unknown_value_is_an_honest_not_found(start_bot, answerer):
    """A value naming no subject of the kind says so privately, with did-you-mean buttons."""
    async with start_bot(answerer) as bot:
        nothing = await bot.fake.slash("summit", which="Paris")
        near = await bot.fake.slash("exercise", which="Rubezh 2017")
        nothing_callback = await bot.fake.wait_for_callback(nothing)
        near_callback = await bot.fake.wait_for_callback(near)
    assert "No summit in the fact base matches" in text_of(nothing_callback["data"])
    assert _ephemeral(nothing_callback)
    assert "Rubezh-2016" in text_of(near_callback["data"])
    assert any("Rubezh-2016" in b["label"] for b in buttons_of(near_callback["data"]))


async def test_autocomplete_offers_only_subjects_of_the_kind(start_bot, answerer, knowledge):
    """Each subcommand's autocomplete lists subjects of its own kind, and a picked value
    resolves to exactly that subject."""
    catalog = Catalog(knowledge)
    names = {
        kind: {catalog.name(i) for i, k in catalog.kinds.items() if k == kind}
        for kind in ("summit", "exercise", "conflict", "country")
    }
    async with start_bot(answerer) as bot:
        offered = {}
        for command, option, kind, typed in (
            ("summit", "which", "summit", "2016"),
            ("exercise", "which", "exercise", ""),
            ("conflict", "name", "conflict", "kaz"),
            ("member", "country", "country", "kaz"),
        ):
            interaction = await bot.fake.autocomplete(command, option, typed)
            choices = (await bot.fake.wait_for_callback(interaction))["data"]["choices"]
            assert choices, command
            assert {choice["value"] for choice in choices} <= names[kind], command
            offered[command] = choices
        picked = offered["exercise"][0]["value"]
        interaction = await bot.fake.slash("exercise", which=picked)
        callback = await bot.fake.wait_for_callback(interaction)
    assert callback["data"]["embeds"][0]["title"] == picked
    assert not _ephemeral(callback)


async def test_a_looked_up_summit_is_the_topic_of_a_follow_up(start_bot, answerer):
    """After /csto summit, a mention asking 'who was absent?' is about that summit."""
    async with start_bot(answerer) as bot:
        interaction = await bot.fake.slash("summit", which="yerevan 2016")
        await bot.fake.wait_for_callback(interaction)
        await bot.fake.send_message(f"<@{BOT_ID}> who was absent?", mentions=(BOT_ID,))
        [body] = await bot.fake.wait_for_messages(CHANNEL_ID)
    assert "Yerevan summit, October 2016" in text_of(body)
