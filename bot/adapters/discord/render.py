"""Answer -> Discord messages (content, embeds, buttons), always within Discord's limits."""

from __future__ import annotations

from dataclasses import dataclass

import discord

from bot.adapters.discord.buttons import suggestion_view
from bot.adapters.discord.split import fit, split_text
from bot.core.api import Answer, SourceRef, human_date

# Discord's documented limits (characters unless stated).
CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_COUNT_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
# Discord applies this to the sum over every embed of one message, not to each embed alone.
MESSAGE_EMBED_TOTAL_LIMIT = 6000
EMBEDS_PER_MESSAGE = 10

ANSWERED_COLOUR = discord.Colour.blurple()
ABSTAINED_COLOUR = discord.Colour.light_grey()


@dataclass(frozen=True, slots=True)
class Reply:
    """One Discord message: optional text, embeds, and an optional view of buttons."""

    content: str | None = None
    embeds: tuple[discord.Embed, ...] = ()
    view: discord.ui.View | None = None


@dataclass(frozen=True, slots=True)
class _Field:
    name: str
    value: str

    def size(self) -> int:
        return len(self.name) + len(self.value)


def quote_user_text(text: str) -> str:
    """Make user text safe to show back: no markdown effects and no mention can ping."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def render_notice(text: str) -> Reply:
    """A short plain-text message (cooldown, apology), cut to the content limit."""
    return Reply(content=fit(discord.utils.escape_mentions(text), CONTENT_LIMIT))


def render_answer(answer: Answer) -> list[Reply]:
    """Render an Answer as one or more messages; buttons for suggestions go on the last one."""
    embeds = _pack_embeds(
        title=fit(quote_user_text(answer.question), TITLE_LIMIT) if answer.question else None,
        descriptions=split_text(_body(answer), DESCRIPTION_LIMIT),
        fields=_fields(answer),
        footer=fit(_footer(answer), FOOTER_LIMIT),
        colour=ANSWERED_COLOUR if answer.answered else ABSTAINED_COLOUR,
    )
    replies = [Reply(embeds=group) for group in _pack_messages(embeds)]
    view = suggestion_view(tuple(dict.fromkeys(answer.suggestions)))
    if view is not None:
        replies[-1] = Reply(embeds=replies[-1].embeds, view=view)
    return replies


def source_line(number: int, source: SourceRef) -> str:
    """A numbered source: "[1] TASS, 28 June 2012", the label a link when there is a url."""
    label = source.label()
    if source.date:
        label = f"{label}, {human_date(source.date)}"
    label = discord.utils.escape_mentions(label)
    if source.url:
        # Brackets would end the link text early; a ")" would end the url early.
        text = label.replace("[", "(").replace("]", ")")
        url = source.url.replace(")", "%29").replace(" ", "%20")
        return f"[{number}] [{text}]({url})"
    return f"[{number}] {discord.utils.escape_markdown(label)}"


def _body(answer: Answer) -> str:
    parts = [answer.text]
    if answer.items:
        parts.append("\n".join(f"• {item}" for item in answer.items))
    if not answer.answered and answer.suggestions:
        parts.append("Did you mean:\n" + "\n".join(f"• {s}" for s in answer.suggestions))
    return discord.utils.escape_mentions("\n\n".join(part for part in parts if part.strip()))


def _fields(answer: Answer) -> list[_Field]:
    fields: list[_Field] = []
    for section in answer.shown_sections():
        lines = [discord.utils.escape_mentions(line) for line in section.lines]
        fields.extend(_long_field(section.title, "\n".join(lines)))
    if answer.as_of:
        as_of = ", ".join(human_date(date) for date in answer.as_of)
        fields.extend(_long_field("As of", as_of))
    if answer.sources:
        lines = [source_line(n, source) for n, source in enumerate(answer.sources, start=1)]
        fields.extend(_long_field("Sources", "\n".join(lines)))
    return fields


def _long_field(name: str, value: str) -> list[_Field]:
    """One field, or several named "… (continued)" when the value is over the field limit."""
    pieces = split_text(value, FIELD_VALUE_LIMIT) or ["—"]
    first = fit(name, FIELD_NAME_LIMIT)
    later = fit(f"{name} (continued)", FIELD_NAME_LIMIT)
    return [_Field(first if i == 0 else later, piece) for i, piece in enumerate(pieces)]


def _footer(answer: Answer) -> str:
    version = answer.knowledge_version or "unknown"
    return f"Knowledge version {version}"


def _pack_embeds(
    *,
    title: str | None,
    descriptions: list[str],
    fields: list[_Field],
    footer: str,
    colour: discord.Colour,
) -> list[discord.Embed]:
    """Fill embeds in order: title, description pieces, then fields; footer on the last."""
    # Each embed keeps room for the footer, so adding it at the end never breaks a limit.
    budget = MESSAGE_EMBED_TOTAL_LIMIT - len(footer)
    embeds = [discord.Embed(title=title, colour=colour)]
    for index, description in enumerate(descriptions):
        if index > 0:
            embeds.append(discord.Embed(colour=colour))
        embeds[-1].description = description
    for field in fields:
        embed = embeds[-1]
        if len(embed.fields) >= FIELD_COUNT_LIMIT or len(embed) + field.size() > budget:
            embed = discord.Embed(colour=colour)
            embeds.append(embed)
        embed.add_field(name=field.name, value=field.value, inline=False)
    embeds[-1].set_footer(text=footer)
    return embeds


def _pack_messages(embeds: list[discord.Embed]) -> list[tuple[discord.Embed, ...]]:
    """Group embeds into messages of at most ten embeds and 6,000 characters in all."""
    messages: list[list[discord.Embed]] = [[]]
    total = 0
    for embed in embeds:
        size = len(embed)
        if messages[-1] and (
            len(messages[-1]) >= EMBEDS_PER_MESSAGE or total + size > MESSAGE_EMBED_TOTAL_LIMIT
        ):
            messages.append([])
            total = 0
        messages[-1].append(embed)
        total += size
    return [tuple(group) for group in messages]
