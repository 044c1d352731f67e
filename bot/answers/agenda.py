"""``/agenda``: the items, one item or sub-item, everything, or a search by words."""

from __future__ import annotations

from bot.agenda import AgendaIndex
from bot.context import Context
from bot.models import AgendaEntry
from bot.registry import REGISTRY
from bot.reply import Line, Reply, Section


def entry_line(entry: AgendaEntry) -> Line:
    """``3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1`` as one line."""
    return (f"{entry.parsed.label} {entry.title}",)


def entry_lines(index: AgendaIndex, entry: AgendaEntry, *, with_children: bool) -> tuple[Line, ...]:
    """An entry with its bulleted names and, when asked, its sub-items indented."""
    lines: list[Line] = [entry_line(entry)]
    lines.extend((f"    • {name}",) for name in entry.entries)
    if with_children:
        for child in index.children(entry):
            lines.append(("    ",) + entry_line(child))
            lines.extend((f"        • {name}",) for name in child.entries)
    return tuple(lines)


def _footer(ctx: Context) -> str:
    note = ctx.meeting.agenda.note
    return (note + ". " if note else "") + "Type /agenda 3 for an item, /agenda 3h for a sub-item, /agenda full for all."


def _overview(ctx: Context) -> Reply:
    items = ctx.agenda.items()
    lines = tuple(entry_line(item) for item in items)
    return Reply(title=f"{ctx.meeting.agenda.title} ({len(items)} items)",
                 sections=(Section(lines=lines),), footer=_footer(ctx))


def _full(ctx: Context) -> Reply:
    sections = tuple(Section(lines=entry_lines(ctx.agenda, item, with_children=True)) for item in ctx.agenda.items())
    return Reply(title=ctx.meeting.agenda.title, sections=sections, footer=_footer(ctx))


def describe_entry(ctx: Context, entry: AgendaEntry) -> Reply:
    """One item with its sub-items, or one sub-item under its parent item."""
    parent = ctx.agenda.parent(entry)
    if parent is None:
        return Reply(title=f"Agenda item {entry.parsed.label} {entry.title}",
                     sections=(Section(lines=entry_lines(ctx.agenda, entry, with_children=True)),),
                     footer=_footer(ctx))
    return Reply(title=f"Agenda item {entry.parsed.label} {entry.title}",
                 sections=(Section(heading=f"Under item {parent.parsed.label} {parent.title}",
                                   lines=entry_lines(ctx.agenda, entry, with_children=False)),),
                 footer=_footer(ctx))


def _not_found(ctx: Context, text: str, problem: str | None) -> Reply:
    suggestions = ctx.agenda.closest(text)
    lines: list[Line] = [(problem or f"Nothing in the agenda matches “{text}”.",)]
    if suggestions:
        lines.append(("Closest matches:",))
        lines.extend(("    ",) + entry_line(entry) for entry in suggestions)
    items = ctx.agenda.items()
    lines.append((f"The agenda has {len(items)} items; type /agenda to see them.",))
    return Reply(title="Not in the agenda", sections=(Section(lines=tuple(lines)),), ok=False)


@REGISTRY.command("agenda", "/agenda [full | 3 | 3h | words]")
def agenda(ctx: Context, args: str) -> Reply:
    """The draft agenda: the items, one item or sub-item, or a search.

    `/agenda` lists the items; `/agenda full` everything with sub-items;
    `/agenda 3` item 3 with its sub-items; `/agenda 3h` (or `3 h`, `3.h`, `3(h)`,
    `item 3h`) one sub-item; `/agenda jtc` the entries whose titles match the words.
    """
    text = args.strip()
    if not text:
        return _overview(ctx)
    if text.lower() in ("full", "all", "everything"):
        return _full(ctx)
    found = ctx.agenda.lookup(text)
    if found.entry is not None:
        return describe_entry(ctx, found.entry)
    if found.ref is not None:
        return _not_found(ctx, text, found.problem)
    matches = ctx.agenda.search(text)
    if len(matches) == 1:
        return describe_entry(ctx, matches[0])
    if matches:
        return Reply(title=f"Agenda entries matching “{text}” ({len(matches)})",
                     sections=(Section(lines=tuple(entry_line(m) for m in matches)),), footer=_footer(ctx))
    return _not_found(ctx, text, None)
