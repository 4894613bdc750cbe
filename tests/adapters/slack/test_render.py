"""Answer -> Block Kit, as pure functions: content, escaping and Slack's limits."""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from bot.adapters.slack.markup import escape
from bot.adapters.slack.render import (
    BLOCK_LIMIT,
    BUTTON_TEXT_LIMIT,
    BUTTON_VALUE_LIMIT,
    CONTEXT_ELEMENT_LIMIT,
    CONTEXT_TEXT_LIMIT,
    SECTION_TEXT_LIMIT,
    SHARE_ACTION_ID,
    SHORTENED_NOTE,
    SUGGEST_ACTION_PREFIX,
    render_answer,
    split_text,
)
from bot.core.api import Answer, Section, SourceRef

SPECIAL = re.compile(r"<!|<@|<#|@(everyone|here|channel)\b", re.IGNORECASE)


def make_answer(**fields: object) -> Answer:
    """An answered Answer with one source, overridable field by field."""
    base: dict[str, object] = {
        "question": "When did Azerbaijan leave the CSTO?",
        "answered": True,
        "text": "Azerbaijan left in 1999.",
        "sources": (
            SourceRef(
                id="tass",
                title="Azerbaijan withdraws",
                publisher="TASS",
                date="2012-06-28",
                url="https://tass.ru/a?b=1&c=2",
            ),
        ),
        "as_of": ("1999-04-02",),
        "confidence": 0.9,
        "intent": "membership",
        "knowledge_version": "2024.1",
    }
    return Answer(**(base | fields))


def texts(blocks: list[dict]) -> list[str]:
    """Every text string in a list of blocks."""
    found: list[str] = []
    for block in blocks:
        if "text" in block:
            found.append(block["text"]["text"])
        for element in block.get("elements", []):
            found.append(
                element["text"] if isinstance(element["text"], str) else element["text"]["text"]
            )
    return found


def check_limits(blocks: list[dict]) -> None:
    """Assert every Block Kit limit this renderer must respect."""
    assert len(blocks) <= BLOCK_LIMIT
    for block in blocks:
        if block["type"] == "section":
            assert 0 < len(block["text"]["text"]) <= SECTION_TEXT_LIMIT
        if block["type"] == "context":
            assert 0 < len(block["elements"]) <= CONTEXT_ELEMENT_LIMIT
            assert all(len(e["text"]) <= CONTEXT_TEXT_LIMIT for e in block["elements"])
        if block["type"] == "actions":
            for button in block["elements"]:
                assert len(button["text"]["text"]) <= BUTTON_TEXT_LIMIT
                assert len(button["value"]) <= BUTTON_VALUE_LIMIT


def test_answer_section_then_numbered_sources_and_dates():
    """The answer is a mrkdwn section; sources are numbered links; dates and version follow."""
    message = render_answer(make_answer(items=("Left: 2 April 1999",)))
    first, sources, meta = message.blocks
    assert first == {
        "type": "section",
        "text": {"type": "mrkdwn", "text": "Azerbaijan left in 1999.\n• Left: 2 April 1999"},
    }
    assert sources["elements"][0]["text"] == (
        "<https://tass.ru/a?b=1&amp;c=2|[1] Azerbaijan withdraws — TASS, 28 June 2012>"
    )
    assert [e["text"] for e in meta["elements"]] == ["As of 2 April 1999", "Knowledge 2024.1"]
    assert message.text == "Azerbaijan left in 1999."


def test_sections_become_their_own_blocks():
    """Each Section of the answer is its own section block with a bold title and bullets."""
    answer = make_answer(
        sections=(Section(title="Timeline", lines=("1994: joined", "1999: left")),)
    )
    blocks = render_answer(answer).blocks
    assert blocks[1]["text"]["text"] == "*Timeline*\n• 1994: joined\n• 1999: left"


def test_source_label_shows_title_then_publisher():
    """A source reads "[n] Title — Publisher, date"; without a title the publisher stands alone."""
    untitled = SourceRef(id="s", publisher="TASS", date="2012-06-28")
    message = render_answer(make_answer(sources=(make_answer().sources[0], untitled)))
    labels = [element["text"] for element in message.blocks[1]["elements"]]
    assert "[1] Azerbaijan withdraws — TASS, 28 June 2012" in labels[0]
    assert labels[1] == "[2] TASS, 28 June 2012"


def test_note_is_shown_under_the_answer():
    """A note of ours (e.g. a shortened question) comes right after the answer text."""
    blocks = render_answer(make_answer(), note="_shortened_").blocks
    assert blocks[1] == {"type": "context", "elements": [{"type": "mrkdwn", "text": "_shortened_"}]}


def test_shareable_answer_has_a_share_button_but_abstentions_do_not():
    """Only an answered, private reply offers "Share in channel", carrying the share id."""
    shared = render_answer(make_answer(), share_id="abc123").blocks[-1]
    assert shared["type"] == "actions"
    assert shared["elements"][0]["action_id"] == SHARE_ACTION_ID
    assert shared["elements"][0]["value"] == "abc123"
    abstained = make_answer(answered=False, sources=(), suggestions=("Who are the members?",))
    buttons = render_answer(abstained, share_id="abc123").blocks[-1]["elements"]
    assert [b["action_id"] for b in buttons] == [f"{SUGGEST_ACTION_PREFIX}0"]
    assert buttons[0]["value"] == "Who are the members?"


def test_long_answer_splits_into_sections_within_limits():
    """A 20,000-character answer is split at line breaks into sections of at most 3,000."""
    lines = tuple(f"Fact number {n} " + "x" * 80 for n in range(220))
    message = render_answer(make_answer(items=lines))
    check_limits(message.blocks)
    sections = [b for b in message.blocks if b["type"] == "section"]
    assert len(sections) > 6
    joined = "\n".join(s["text"]["text"] for s in sections)
    assert all(line in joined for line in lines)  # nothing lost, no line cut in two


def test_too_many_blocks_are_shortened_with_a_note_and_keep_the_sources():
    """Beyond 50 blocks the body is cut, a note says so, and sources and buttons survive."""
    sections = tuple(Section(title=f"Part {n}", lines=("line",)) for n in range(80))
    message = render_answer(make_answer(sections=sections), share_id="s1")
    check_limits(message.blocks)
    assert len(message.blocks) == BLOCK_LIMIT
    assert SHORTENED_NOTE in texts(message.blocks)
    assert message.blocks[-1]["type"] == "actions"
    assert any(b["type"] == "context" and "[1]" in b["elements"][0]["text"] for b in message.blocks)


def test_many_sources_fill_context_blocks_of_ten():
    """23 sources take three context blocks (10, 10, 3), numbered 1 to 23."""
    sources = tuple(SourceRef(id=f"s{n}", title=f"Source {n}") for n in range(23))
    blocks = render_answer(make_answer(sources=sources, as_of=(), knowledge_version="")).blocks
    contexts = [b for b in blocks if b["type"] == "context"]
    assert [len(c["elements"]) for c in contexts] == [10, 10, 3]
    assert contexts[2]["elements"][2]["text"] == "[23] Source 22"


def test_long_button_text_and_unsafe_urls_are_tamed():
    """Button text is cut to 75 characters; only http(s) URLs become links, without breaking out."""
    answer = make_answer(
        answered=False,
        suggestions=("Q" * 200,),
        sources=(
            SourceRef(id="a", title="Evil", url="javascript:alert(1)"),
            SourceRef(id="b", title="Pipe", url="https://x.org/a|b>c"),
        ),
    )
    blocks = render_answer(answer).blocks
    check_limits(blocks)
    sources = blocks[1]["elements"]
    assert sources[0]["text"] == "[1] Evil"
    assert sources[1]["text"] == "<https://x.org/a%7Cb%3Ec|[2] Pipe>"


def test_knowledge_and_user_text_is_escaped_everywhere():
    """&, <, > and broadcast words from the question or knowledge come out inert."""
    evil = "<!channel> <!here> <!everyone> <@U123> <#C1> @everyone @Here & a<b>c"
    answer = make_answer(
        question=evil,
        text=evil,
        items=(evil,),
        sections=(Section(title=evil, lines=(evil,)),),
        sources=(SourceRef(id="s", publisher=evil, title=evil, date=evil, url="https://e.org"),),
        as_of=(evil,),
        suggestions=(evil,),
        knowledge_version=evil,
    )
    message = render_answer(answer, share_id="s1")
    output = json.dumps(message.payload(), ensure_ascii=False)
    assert not SPECIAL.search(output)
    assert "&amp; a&lt;b&gt;c" in message.blocks[0]["text"]["text"]


@given(st.text(min_size=1, max_size=12_000))
def test_split_text_respects_the_limit_and_never_cuts_an_entity(raw: str):
    """Any escaped text splits into non-empty pieces within the limit, entities intact."""
    escaped = escape(raw)
    pieces = split_text(escaped, limit=300)
    assert all(0 < len(piece) <= 300 for piece in pieces)
    for piece in pieces:
        # every "&" in a piece starts a whole entity
        assert all(re.match(r"&(amp|lt|gt);", piece[i:]) for i, c in enumerate(piece) if c == "&")
