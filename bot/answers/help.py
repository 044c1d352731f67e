"""``/help``: the command list, generated from the registry."""

from __future__ import annotations

import re

from bot.context import Context
from bot.i18n_commands import COMMANDS
from bot.registry import REGISTRY
from bot.reply import Reply, Section


@REGISTRY.command("help", "/help [COMMAND]", aliases=("?", "aide"),
                  help_fr="Ce que fait chaque commande ; `/help agenda` pour une commande en détail.", reads_only=True)
def help_(ctx: Context, args: str) -> Reply:
    """What each command does; `/help agenda` for one command in full."""
    lang = ctx.lang
    say = COMMANDS.bound(lang)
    name = args.strip().lstrip("/")
    if name and not re.fullmatch(r"[\w?-]+", name):  # "/help @everyone": a mention, never echoed as a command
        return Reply(title=say("help.unknown.title"), ok=False,
                     sections=(Section(lines=((say("help.not_a_name", text=name),),)),))
    if name:
        command = REGISTRY.find(name)
        if command is None:
            return Reply(title=say("help.unknown.title"), ok=False,
                         sections=(Section(lines=((say("help.unknown", command=name),),)),))
        paragraphs = command.help_in(lang).split("\n\n")
        return Reply(title=command.usage, sections=(Section(lines=tuple((p,) for p in paragraphs)),),
                     footer=say("help.chairs_only") if command.chair_only else None)
    everyone = [c for c in REGISTRY.all() if not c.chair_only]
    chairs = [c for c in REGISTRY.all() if c.chair_only]
    sections = [Section(lines=tuple((f"{c.usage} — {c.summary_in(lang)}",) for c in everyone))]
    if chairs:
        sections.append(Section(heading=say("help.for_chairs"),
                                lines=tuple((f"{c.usage} — {c.summary_in(lang)}",) for c in chairs)))
    title = ctx.meeting.title_fr if lang == "fr" and ctx.meeting.title_fr else ctx.meeting.title
    return Reply(title=say("help.title", title=title), sections=tuple(sections), footer=say("help.footer"))
