"""``/help``: the command list, generated from the registry."""

from __future__ import annotations

from bot.context import Context
from bot.registry import REGISTRY
from bot.reply import Reply, Section


@REGISTRY.command("help", "/help [COMMAND]", aliases=("?", "aide"))
def help_(ctx: Context, args: str) -> Reply:
    """What each command does; `/help agenda` for one command in full."""
    name = args.strip().lstrip("/")
    if name:
        command = REGISTRY.find(name)
        if command is None:
            return Reply(title="Unknown command", ok=False,
                         sections=(Section(lines=((f"There is no command /{name}. Type /help for the list.",),)),))
        return Reply(title=command.usage, sections=(Section(lines=tuple((p,) for p in command.help.split("\n\n"))),),
                     footer="Chairs only." if command.chair_only else None)
    everyone = [c for c in REGISTRY.all() if not c.chair_only]
    chairs = [c for c in REGISTRY.all() if c.chair_only]
    sections = [Section(lines=tuple((f"{c.usage} — {c.summary}",) for c in everyone))]
    if chairs:
        sections.append(Section(heading="For chairs", lines=tuple((f"{c.usage} — {c.summary}",) for c in chairs)))
    return Reply(title=f"{ctx.meeting.title}: commands", sections=tuple(sections),
                 footer="You can also ask in plain words. /help COMMAND for details.")
