"""Replying to an interaction: the answer computed on a worker, "thinking…" first when it is
slow, and private replies kept private even after a public defer."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import discord

from bot.adapters.discord.boundary import NO_MENTIONS
from bot.adapters.discord.feedback import with_feedback
from bot.adapters.discord.render import Reply, render_answer
from bot.adapters.offload import OffLoopAnswerer
from bot.core.api import Answer

# An answer not ready within `grace` seconds (DiscordConfig.defer_after_seconds) is deferred
# ("thinking…"): Discord drops an interaction unacknowledged after 3 s. A defer costs one more
# request, which a loop busy with a burst of fast answers can ill afford, so it is sent only for
# an answer that is (or will be) slow.


def message_kwargs(reply: Reply) -> dict[str, Any]:
    """send() arguments for a Reply; absent parts are left out (discord.py wants MISSING)."""
    kwargs: dict[str, Any] = {"allowed_mentions": NO_MENTIONS}
    if reply.content:
        kwargs["content"] = reply.content
    if reply.embeds:
        kwargs["embeds"] = list(reply.embeds)
    if reply.view is not None:
        kwargs["view"] = reply.view
    return kwargs


def rendered(answer: Answer) -> tuple[Answer, list[Reply]]:
    """An answer with its messages (👍 / 👎 included), ready to send."""
    return answer, with_feedback(render_answer(answer), answer)


async def answer_in_time(
    core: OffLoopAnswerer,
    interaction: discord.Interaction[Any],
    compute: Callable[[], Answer],
    grace: float,
) -> None:
    """Reply with the answer; if the core is slow, acknowledge first ("thinking…")."""
    # The answer is rendered on the worker too: in a burst every bit of loop time counts.
    if core.expected_wait() > grace:  # the core is slow or backed up: ack now
        await interaction.response.defer(thinking=True)
    working = core.submit(lambda: rendered(compute()))
    task = asyncio.wrap_future(working)
    if not interaction.response.is_done():
        await asyncio.wait({task}, timeout=grace)
    # A busy loop may not have heard yet that the worker finished: no defer is needed then.
    if not working.done() and not interaction.response.is_done():
        try:
            await interaction.response.defer(thinking=True)
        except BaseException:
            # Nobody will read the answer now; retrieve it so it is not reported unread.
            task.add_done_callback(lambda t: t.cancelled() or t.exception())
            raise
    answer, replies = await task
    await respond(interaction, replies, ephemeral=not answer.answered)


async def respond(
    interaction: discord.Interaction[Any], replies: list[Reply], *, ephemeral: bool
) -> None:
    """The first message is the interaction response; any further ones are follow-ups.

    After a (public) defer, a private reply replaces the public "thinking…" message."""
    rest = replies
    if not interaction.response.is_done():
        first, *rest = replies
        await interaction.response.send_message(**message_kwargs(first), ephemeral=ephemeral)
    elif ephemeral:
        await interaction.delete_original_response()
    for reply in rest:
        await interaction.followup.send(**message_kwargs(reply), ephemeral=ephemeral)
