"""``/meetings``: the meetings this bot serves, with their dates; a deployment of several meetings answers it
in its router (:mod:`bot.deployment.router`), a lone core lists its own meeting."""

from __future__ import annotations

from bot.context import Context
from bot.deployment.listing import meetings_reply
from bot.registry import REGISTRY
from bot.reply import Reply


@REGISTRY.command("meetings", "/meetings", reads_only=True, help_fr=(
    "Les réunions que sert ce bot, avec leurs dates ; `/meeting use ID` choisit celle de vos messages directs."))
def meetings(ctx: Context, args: str) -> Reply:
    """The meetings this bot serves, with their dates; `/meeting use ID` chooses the one of your direct messages."""
    return meetings_reply([ctx.meeting], ctx.asker, ctx.now)
