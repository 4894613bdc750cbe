"""Answer -> Block Kit: the answer in mrkdwn, numbered sources, dates and buttons, in limits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.adapters.slack.markup import escape
from bot.core.api import Answer, Section, SourceRef, human_date

# Limits from Slack's Block Kit reference.
SECTION_TEXT_LIMIT = 3000
BLOCK_LIMIT = 50
CONTEXT_ELEMENT_LIMIT = 10
CONTEXT_TEXT_LIMIT = 2000
BUTTON_TEXT_LIMIT = 75
BUTTON_VALUE_LIMIT = 2000
FALLBACK_TEXT_LIMIT = 3000

SHARE_ACTION_ID = "csto_share"
SUGGEST_ACTION_PREFIX = "csto_suggest_"
SHORTENED_NOTE = "_The answer was shortened to fit in Slack; ask a narrower question for the rest._"
_MAX_SOURCE_BLOCKS = 5
_ENTITY_LENGTH = len("&amp;")

Block = dict[str, Any]


@dataclass(frozen=True, slots=True)
class SlackMessage:
    """A message ready for Slack: notification text and Block Kit blocks."""

    text: str
    blocks: list[Block]

    def payload(self) -> dict[str, Any]:
        """The keyword arguments for ack, respond or chat.postMessage."""
        return {"text": self.text, "blocks": self.blocks}


def render_answer(
    answer: Answer, *, share_id: str | None = None, note: str | None = None
) -> SlackMessage:
    """Render an Answer; `share_id` adds "Share in channel" (private replies), `note` a remark.

    `note` is our own safe mrkdwn (e.g. that the question was shortened), shown under the answer.
    """
    body = [_section(chunk) for chunk in split_text(_body_text(answer))]
    for section in answer.shown_sections():
        body.extend(_section(chunk) for chunk in split_text(_section_text(section)))
    tail = _source_blocks(answer.sources)
    meta = _meta_elements(answer)
    if meta:
        tail.append(_context(meta))
    if note:
        tail.insert(0, _context([_shorten(note, CONTEXT_TEXT_LIMIT)]))
    actions = _buttons(answer, share_id)
    if actions:
        tail.append({"type": "actions", "elements": actions})
    room = BLOCK_LIMIT - len(tail)
    if len(body) > room:
        body = [*body[: room - 1], _section(SHORTENED_NOTE)]
    return SlackMessage(text=_fallback(escape(answer.text)), blocks=body + tail)


def without_share(message: SlackMessage) -> SlackMessage:
    """The same message minus its Share button: what everyone sees once it is shared."""
    blocks = []
    for block in message.blocks:
        if block["type"] != "actions":
            blocks.append(block)
            continue
        kept = [e for e in block["elements"] if e.get("action_id") != SHARE_ACTION_ID]
        if kept:
            blocks.append({**block, "elements": kept})
    return SlackMessage(text=message.text, blocks=blocks)


def render_notice(text: str) -> SlackMessage:
    """A short message of ours (already safe mrkdwn), such as the apology."""
    return SlackMessage(text=_fallback(text), blocks=[_section(text)])


def split_text(text: str, limit: int = SECTION_TEXT_LIMIT) -> list[str]:
    """Split escaped mrkdwn into pieces of at most `limit` characters, at lines, then words."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit + 1)
        if cut <= 0:
            cut = rest.rfind(" ", 0, limit + 1)
        if cut <= 0:
            cut = _cut_outside_entity(rest, limit)
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def _cut_outside_entity(text: str, limit: int) -> int:
    """A hard cut at `limit`, moved back so it never splits an entity such as &amp;."""
    amp = text.rfind("&", max(1, limit - _ENTITY_LENGTH + 1), limit)
    if amp != -1 and ";" not in text[amp:limit]:
        return amp
    return limit


def _body_text(answer: Answer) -> str:
    lines = [escape(answer.text)]
    lines.extend(f"• {escape(item)}" for item in answer.items)
    return "\n".join(lines)


def _section_text(section: Section) -> str:
    lines = [f"*{escape(section.title)}*"]
    lines.extend(f"• {escape(line)}" for line in section.lines)
    return "\n".join(lines)


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(elements: list[str]) -> Block:
    return {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": element} for element in elements],
    }


def _source_label(number: int, source: SourceRef) -> str:
    """ "[1] Title — Publisher, 28 June 2012": the title first, as every other adapter shows it."""
    label = f"[{number}] {source.label()}"
    if source.publisher and source.publisher != source.label():
        label += f" — {source.publisher}"
    return f"{label}, {human_date(source.date)}" if source.date else label


def _link_target(url: str | None) -> str | None:
    """A URL we are willing to link to, made safe inside <url|label>."""
    if not url or not url.startswith(("https://", "http://")):
        return None
    url = url.replace(" ", "%20").replace("|", "%7C")
    return url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E")


def _source_element(number: int, source: SourceRef) -> str:
    label = escape(_source_label(number, source))
    target = _link_target(source.url)
    element = f"<{target}|{label}>" if target else label
    if len(element) > CONTEXT_TEXT_LIMIT:  # a giant URL: show the label alone, shortened
        element = _shorten(label, CONTEXT_TEXT_LIMIT)
    return element


def _source_blocks(sources: tuple[SourceRef, ...]) -> list[Block]:
    elements = [_source_element(number, source) for number, source in enumerate(sources, 1)]
    room = CONTEXT_ELEMENT_LIMIT * _MAX_SOURCE_BLOCKS
    if len(elements) > room:
        elements = [*elements[: room - 1], f"and {len(elements) - room + 1} more sources"]
    return [
        _context(elements[start : start + CONTEXT_ELEMENT_LIMIT])
        for start in range(0, len(elements), CONTEXT_ELEMENT_LIMIT)
    ]


def _meta_elements(answer: Answer) -> list[str]:
    elements = []
    if answer.as_of:
        dates = ", ".join(human_date(value) for value in answer.as_of)
        elements.append(_shorten(escape(f"As of {dates}"), CONTEXT_TEXT_LIMIT))
    if answer.knowledge_version:
        elements.append(_shorten(escape(f"Knowledge {answer.knowledge_version}"), 200))
    return elements


def _button(text: str, action_id: str, value: str) -> Block:
    return {
        "type": "button",
        "text": {"type": "plain_text", "text": _shorten(escape(text), BUTTON_TEXT_LIMIT)},
        "action_id": action_id,
        "value": value,
    }


def _buttons(answer: Answer, share_id: str | None) -> list[Block]:
    buttons = []
    for number, suggestion in enumerate(answer.suggestions):
        value = escape(suggestion)  # values come back to us; escaped so no output holds a mention
        if value.strip() and len(value) <= BUTTON_VALUE_LIMIT:
            buttons.append(_button(suggestion, f"{SUGGEST_ACTION_PREFIX}{number}", value))
    if share_id and answer.answered:
        share = _button("Share in channel", SHARE_ACTION_ID, share_id)
        buttons.append({**share, "style": "primary"})
    return buttons


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: _cut_outside_entity(text, limit - 1)].rstrip() + "…"


def _fallback(text: str) -> str:
    return _shorten(text, FALLBACK_TEXT_LIMIT)
