"""Rendering Answers as Discord messages: content, limits, splitting, escaping, buttons."""

from __future__ import annotations

import re

import discord
from hypothesis import given
from hypothesis import strategies as st

from bot.adapters.discord.buttons import (
    CUSTOM_ID_LIMIT,
    LABEL_LIMIT,
    PREFIX,
    suggestion_key,
)
from bot.adapters.discord.buttons import suggestions as suggestions_store
from bot.adapters.discord.render import (
    CONTENT_LIMIT,
    DESCRIPTION_LIMIT,
    EMBEDS_PER_MESSAGE,
    FIELD_COUNT_LIMIT,
    FIELD_NAME_LIMIT,
    FIELD_VALUE_LIMIT,
    FOOTER_LIMIT,
    MESSAGE_EMBED_TOTAL_LIMIT,
    TITLE_LIMIT,
    Reply,
    quote_user_text,
    render_answer,
    render_notice,
    source_line,
)
from bot.adapters.discord.split import split_text
from bot.core.api import Section, SourceRef
from tests.adapters.discord.answers import answer, long_answer

LINK = re.compile(r"\[[^\]\n]*\]\([^)\s]*\)")


def all_embeds(replies: list[Reply]) -> list[discord.Embed]:
    return [embed for reply in replies for embed in reply.embeds]


def assert_within_limits(replies: list[Reply]) -> None:
    """Every message and embed respects Discord's documented limits."""
    for reply in replies:
        assert len(reply.content or "") <= CONTENT_LIMIT
        assert len(reply.embeds) <= EMBEDS_PER_MESSAGE
        assert sum(len(embed) for embed in reply.embeds) <= MESSAGE_EMBED_TOTAL_LIMIT
        for embed in reply.embeds:
            assert len(embed.title or "") <= TITLE_LIMIT
            assert 0 < len(embed.description or "x") <= DESCRIPTION_LIMIT
            assert len(embed.fields) <= FIELD_COUNT_LIMIT
            for field in embed.fields:
                assert 0 < len(field.name or "") <= FIELD_NAME_LIMIT
                assert 0 < len(field.value or "") <= FIELD_VALUE_LIMIT
            assert len(embed.footer.text or "") <= FOOTER_LIMIT


def test_answer_is_an_embed_with_text_sources_dates_and_version():
    """The answer text is the description; sources, as-of date and version are shown."""
    [reply] = render_answer(answer())
    [embed] = reply.embeds
    assert embed.title == "When did Azerbaijan leave the CSTO?"
    assert "1999" in (embed.description or "")
    fields = {field.name: field.value for field in embed.fields}
    assert fields["Sources"] == (
        "[1] [TASS, 28 June 2012](https://tass.example/1)\n[2] Oxford University Press"
    )
    assert fields["As of"] == "2 April 1999"
    assert embed.footer.text == "Knowledge version 2024.06-abc123"
    assert reply.view is None


def test_sections_become_fields_and_items_a_list():
    """A membership timeline section is a field; items are a bulleted list."""
    section = Section(title="Membership timeline", lines=("1994: joined", "1999: left"))
    [reply] = render_answer(answer(items=("Armenia", "Belarus"), sections=(section,)))
    [embed] = reply.embeds
    assert "• Armenia\n• Belarus" in (embed.description or "")
    assert embed.fields[0].name == "Membership timeline"
    assert embed.fields[0].value == "1994: joined\n1999: left"


def test_long_answer_is_split_within_every_limit():
    """An answer far over the limits becomes several messages, each within every limit."""
    replies = render_answer(long_answer())
    assert len(replies) > 1
    assert_within_limits(replies)


def test_long_answer_loses_nothing_and_never_cuts_a_link():
    """Every paragraph, source and timeline line survives the split, links whole."""
    source = long_answer()
    embeds = all_embeds(render_answer(source))
    text = "\n".join(
        [embed.description or "" for embed in embeds]
        + [field.value or "" for embed in embeds for field in embed.fields]
    )
    for n in range(40):
        assert f"[Collective Security Council](https://csto.example/p/{n})" in text
    for n in range(120):
        assert f"[{n + 1}] [Source title number {n} with (brackets), 14 October 2016](" in text
    assert text.count("event number 59 of section") == 30 * 3  # each line says it 3 times
    # Any "[...](" that starts a link also finishes it within the same piece.
    for embed in embeds:
        for piece in [embed.description or ""] + [field.value or "" for field in embed.fields]:
            assert piece.count("](") == len(LINK.findall(piece))


def test_footer_is_on_the_last_embed_only():
    """Split answers carry the knowledge version once, at the end."""
    embeds = all_embeds(render_answer(long_answer()))
    assert embeds[-1].footer.text == "Knowledge version 2024.06-abc123"
    assert all(embed.footer.text is None for embed in embeds[:-1])


def test_user_text_quoted_back_cannot_ping_or_format():
    """Mentions in the echoed question are broken up and markdown is escaped."""
    question = "@everyone @here <@&555555555555555551> <@444444444444444442> **loud**"
    [reply] = render_answer(answer(question=question, text="Echo: " + question))
    [embed] = reply.embeds
    for text in (embed.title or "", embed.description or ""):
        assert "@everyone" not in text
        assert "@here" not in text
        assert "<@&555555555555555551>" not in text
        assert "<@444444444444444442>" not in text
    assert "\\*\\*loud\\*\\*" in (embed.title or "")


def test_quote_user_text_escapes_mentions_and_markdown():
    """The escaping helper breaks @everyone and escapes markdown characters."""
    assert quote_user_text("@everyone _hi_") == "@\u200beveryone \\_hi\\_"


def test_abstention_lists_suggestions_and_offers_buttons():
    """An abstention shows its suggestions as text and as buttons keyed to the question."""
    suggestions = ("When did Armenia join the CSTO?", "Who chairs the CSTO in 2024?")
    [reply] = render_answer(
        answer(answered=False, text="I'm not sure what you mean.", suggestions=suggestions)
    )
    [embed] = reply.embeds
    assert "When did Armenia join the CSTO?" in (embed.description or "")
    assert reply.view is not None
    buttons = [item.to_component_dict() for item in reply.view.children]
    assert [b["custom_id"] for b in buttons] == [PREFIX + suggestion_key(s) for s in suggestions]
    assert [b["label"] for b in buttons] == list(suggestions)
    assert [suggestions_store.get(suggestion_key(s)) for s in suggestions] == list(suggestions)


def test_long_suggestion_fits_button_limits():
    """A very long suggestion gets a short custom_id keying it in full, and a cut label."""
    suggestion = "What did the Collective Security Council decide " + "about things " * 20
    [reply] = render_answer(answer(answered=False, suggestions=(suggestion,)))
    assert reply.view is not None
    [button] = [item.to_component_dict() for item in reply.view.children]
    assert len(button["custom_id"]) <= CUSTOM_ID_LIMIT
    assert len(button["label"]) <= LABEL_LIMIT
    assert suggestions_store.get(button["custom_id"].removeprefix(PREFIX)) == suggestion


def test_notice_is_cut_to_the_content_limit():
    """A notice longer than 2,000 characters is shortened, and mentions are broken."""
    reply = render_notice("@everyone " + "word " * 1000)
    assert reply.content is not None
    assert len(reply.content) <= CONTENT_LIMIT
    assert "@everyone" not in reply.content


def test_source_without_url_has_no_link_markup():
    """A source without a url is plain, escaped text."""
    line = source_line(3, SourceRef(id="x", title="Izvestia_archive"))
    assert line == "[3] Izvestia\\_archive"


def test_split_prefers_paragraphs_then_lines():
    """Text is cut at a paragraph break before a line break, and pieces fit."""
    text = "a" * 50 + "\n" + "b" * 30 + "\n\n" + "c" * 60
    assert split_text(text, 100) == ["a" * 50 + "\n" + "b" * 30, "c" * 60]


@given(
    st.lists(
        st.one_of(
            st.text(alphabet="abc \n", min_size=1, max_size=80),
            st.builds(lambda n: f"[link {n}](https://x.example/{n})", st.integers(0, 999)),
        ),
        max_size=60,
    ),
    st.integers(min_value=40, max_value=300),
)
def test_split_always_fits_and_keeps_links_whole(parts: list[str], limit: int):
    """For any text, pieces fit the limit and every link appears whole in one piece."""
    text = " ".join(parts)
    pieces = split_text(text, limit)
    assert all(0 < len(piece) <= limit for piece in pieces)
    for link in LINK.findall(text):
        assert any(link in piece for piece in pieces)
    assert "".join(pieces).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace(
        "\n", ""
    )
