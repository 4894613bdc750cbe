"""Reading the JSON payloads the bot sent to the fake Discord."""

from __future__ import annotations

from typing import Any

EPHEMERAL = 64  # message flag


def embed_size(embed: dict[str, Any]) -> int:
    """Characters Discord counts toward the 6,000 total of an embed."""
    size = len(embed.get("title") or "") + len(embed.get("description") or "")
    size += len((embed.get("footer") or {}).get("text") or "")
    size += len((embed.get("author") or {}).get("name") or "")
    for field in embed.get("fields") or []:
        size += len(field["name"]) + len(field["value"])
    return size


def text_of(body: dict[str, Any]) -> str:
    """All user-visible text in a message body: content, embeds and button labels."""
    parts = [body.get("content") or ""]
    for embed in body.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [(embed.get("footer") or {}).get("text") or ""]
        for field in embed.get("fields") or []:
            parts += [field["name"], field["value"]]
    parts += [button.get("label") or "" for button in buttons_of(body)]
    return "\n".join(parts)


def buttons_of(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The buttons in a message body's action rows."""
    rows = body.get("components") or []
    return [item for row in rows for item in row.get("components", []) if item["type"] == 2]


def fields_of(body: dict[str, Any]) -> dict[str, str]:
    """Field name -> value over all embeds of a message body."""
    return {f["name"]: f["value"] for e in body.get("embeds") or [] for f in e.get("fields") or []}
