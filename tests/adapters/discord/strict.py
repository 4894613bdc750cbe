"""Discord's documented limits on what a bot may send, checked the way Discord checks them.

The fake answers a body that breaks any of these with 400 and code 50035 (Invalid Form Body),
as Discord does, and remembers it, so a test fails wherever Discord would have refused the bot.
Limits: https://discord.com/developers/docs/resources/message#create-message,
.../resources/message#embed-object-embed-limits, .../components/reference,
.../interactions/receiving-and-responding#interaction-response-object-autocomplete.
"""

from __future__ import annotations

from typing import Any

INVALID_FORM_BODY = 50035
CONTENT_LIMIT = 2000
EMBEDS_LIMIT = 10
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELDS_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
AUTHOR_NAME_LIMIT = 256
EMBED_TOTAL_LIMIT = 6000  # summed over every embed of one message
ACTION_ROWS_LIMIT = 5
ROW_ITEMS_LIMIT = 5
CUSTOM_ID_LIMIT = 100
LABEL_LIMIT = 80
CHOICES_LIMIT = 25
CHOICE_TEXT_LIMIT = 100
MENTION_PARSE = {"roles", "users", "everyone"}
MENTION_IDS_LIMIT = 100
# Interaction callback types whose data is a message; 8 answers autocomplete.
MESSAGE_CALLBACKS = {4, 7}
AUTOCOMPLETE_RESULT = 8


def message_problems(body: Any) -> list[str]:
    """Why Discord would refuse `body` as a message (create, follow-up or response data)."""
    if not isinstance(body, dict):
        return ["body: not a JSON object"]
    problems: list[str] = []
    content = body.get("content")
    if content is not None and len(content) > CONTENT_LIMIT:
        problems.append(f"content: {len(content)} > {CONTENT_LIMIT} characters")
    embeds = body.get("embeds") or []
    if len(embeds) > EMBEDS_LIMIT:
        problems.append(f"embeds: {len(embeds)} > {EMBEDS_LIMIT}")
    total = 0
    for index, embed in enumerate(embeds):
        problems += _embed_problems(f"embeds.{index}", embed)
        total += embed_text_size(embed)
    if total > EMBED_TOTAL_LIMIT:
        problems.append(f"embeds: {total} > {EMBED_TOTAL_LIMIT} characters in total")
    problems += _components_problems(body.get("components") or [])
    problems += _mentions_problems(body.get("allowed_mentions"))
    has_any = content or embeds or body.get("components") or body.get("attachments")
    if not has_any:
        problems.append("body: cannot send an empty message (50006)")
    return problems


def callback_problems(body: Any) -> list[str]:
    """Why Discord would refuse an interaction callback body."""
    if not isinstance(body, dict) or "type" not in body:
        return ["body: an interaction response needs a type"]
    kind, data = body["type"], body.get("data")
    if kind in MESSAGE_CALLBACKS:
        return message_problems(data)
    if kind == AUTOCOMPLETE_RESULT:
        return _choices_problems((data or {}).get("choices"))
    return []


def embed_text_size(embed: dict[str, Any]) -> int:
    """Characters Discord counts toward an embed's share of the 6,000 total."""
    size = len(embed.get("title") or "") + len(embed.get("description") or "")
    size += len((embed.get("footer") or {}).get("text") or "")
    size += len((embed.get("author") or {}).get("name") or "")
    for field in embed.get("fields") or []:
        size += len(field.get("name") or "") + len(field.get("value") or "")
    return size


def _too_long(where: str, text: Any, limit: int) -> list[str]:
    if text is not None and len(text) > limit:
        return [f"{where}: {len(text)} > {limit} characters"]
    return []


def _embed_problems(where: str, embed: dict[str, Any]) -> list[str]:
    problems = _too_long(f"{where}.title", embed.get("title"), TITLE_LIMIT)
    problems += _too_long(f"{where}.description", embed.get("description"), DESCRIPTION_LIMIT)
    problems += _too_long(
        f"{where}.footer.text", (embed.get("footer") or {}).get("text"), FOOTER_LIMIT
    )
    problems += _too_long(
        f"{where}.author.name", (embed.get("author") or {}).get("name"), AUTHOR_NAME_LIMIT
    )
    fields = embed.get("fields") or []
    if len(fields) > FIELDS_LIMIT:
        problems.append(f"{where}.fields: {len(fields)} > {FIELDS_LIMIT}")
    for index, field in enumerate(fields):
        name, value = field.get("name"), field.get("value")
        if not name or not value:
            problems.append(f"{where}.fields.{index}: name and value are required")
        problems += _too_long(f"{where}.fields.{index}.name", name, FIELD_NAME_LIMIT)
        problems += _too_long(f"{where}.fields.{index}.value", value, FIELD_VALUE_LIMIT)
    return problems


def _components_problems(rows: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    if len(rows) > ACTION_ROWS_LIMIT:
        problems.append(f"components: {len(rows)} > {ACTION_ROWS_LIMIT} action rows")
    seen: set[str] = set()
    for row_index, row in enumerate(rows):
        items = row.get("components") or []
        where = f"components.{row_index}"
        if row.get("type") != 1 or not items:
            problems.append(f"{where}: an action row with one to five components")
        if len(items) > ROW_ITEMS_LIMIT:
            problems.append(f"{where}.components: {len(items)} > {ROW_ITEMS_LIMIT}")
        for index, item in enumerate(items):
            place = f"{where}.components.{index}"
            custom_id = item.get("custom_id")
            if item.get("style") != 5 and not custom_id:  # only link buttons go without one
                problems.append(f"{place}.custom_id: required")
            if custom_id is not None:
                problems += _too_long(f"{place}.custom_id", custom_id, CUSTOM_ID_LIMIT)
                if custom_id in seen:
                    problems.append(f"{place}.custom_id: duplicate {custom_id!r} in the message")
                seen.add(custom_id)
            problems += _too_long(f"{place}.label", item.get("label"), LABEL_LIMIT)
    return problems


def _mentions_problems(allowed: Any) -> list[str]:
    if allowed is None:
        return []
    parse = allowed.get("parse") or []
    problems = [f"allowed_mentions.parse: unknown {p!r}" for p in parse if p not in MENTION_PARSE]
    for kind in ("users", "roles"):
        ids = allowed.get(kind) or []
        if ids and kind in parse:
            # Discord: parse and an explicit list of the same kind are mutually exclusive.
            problems.append(f"allowed_mentions: {kind} in parse and listed at once")
        if len(ids) > MENTION_IDS_LIMIT:
            problems.append(f"allowed_mentions.{kind}: {len(ids)} > {MENTION_IDS_LIMIT}")
    return problems


def _choices_problems(choices: Any) -> list[str]:
    if not isinstance(choices, list):
        return ["data.choices: required"]
    problems: list[str] = []
    if len(choices) > CHOICES_LIMIT:
        problems.append(f"data.choices: {len(choices)} > {CHOICES_LIMIT}")
    for index, choice in enumerate(choices):
        for key in ("name", "value"):
            text = str(choice.get(key) or "")
            if not 1 <= len(text) <= CHOICE_TEXT_LIMIT:
                problems.append(f"data.choices.{index}.{key}: {len(text)} characters, not 1-100")
    return problems
