"""``/agenda``: the items, one item or sub-item, everything, or a search by words."""

from __future__ import annotations

import re

from bot.agenda import AgendaIndex, Lookup
from bot.agenda_ref import AgendaRef
from bot.context import Context
from bot.i18n import pick
from bot.i18n_commands import COMMANDS
from bot.models import AgendaEntry
from bot.registry import REGISTRY
from bot.reply import Line, Reply, Section


def entry_line(entry: AgendaEntry, lang: str = "en") -> Line:
    """``3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1`` as one line, the title in ``lang``."""
    return (f"{entry.parsed.label} {entry.title_in(lang)}",)


def entry_lines(index: AgendaIndex, entry: AgendaEntry, lang: str, *, with_children: bool) -> tuple[Line, ...]:
    """An entry with its bulleted names and, when asked, its sub-items indented; titles in ``lang``."""
    lines: list[Line] = [entry_line(entry, lang)]
    lines.extend((f"    • {name}",) for name in entry.entries)
    if with_children:
        for child in index.children(entry):
            lines.append(("    ",) + entry_line(child, lang))
            lines.extend((f"        • {name}",) for name in child.entries)
    return tuple(lines)


def lookup_problem(index: AgendaIndex, found: Lookup, lang: str) -> str | None:
    """Why a well-formed reference names nothing (no item 11, no sub-item 3z), in ``lang``."""
    if lang != "fr" or found.ref is None or found.entry is not None:
        return found.problem
    say = COMMANDS.bound(lang)
    items = index.items()
    item = index.get(AgendaRef(found.ref.number))
    if item is None:
        return say("agenda.no_item", number=found.ref.number, count=len(items), first=items[0].ref,
                   last=items[-1].ref)
    subs = index.children(item)
    if not subs:
        return say("agenda.no_subs", number=found.ref.number)
    letters = f"{subs[0].parsed.letter}–{subs[-1].parsed.letter}" if len(subs) > 1 else subs[0].parsed.letter
    return say("agenda.no_sub", number=found.ref.number, letters=letters, label=found.ref.label)


def _footer(ctx: Context) -> str:
    note = pick(ctx.lang, ctx.meeting.agenda.note or "", ctx.meeting.agenda.note_fr)
    return (note + ". " if note else "") + COMMANDS(ctx.lang, "agenda.footer")


def _overview(ctx: Context) -> Reply:
    items = ctx.agenda.items()
    lines = tuple(entry_line(item, ctx.lang) for item in items)
    return Reply(title=COMMANDS(ctx.lang, "agenda.overview", title=ctx.meeting.agenda.title_in(ctx.lang),
                                count=len(items)),
                 sections=(Section(lines=lines),), footer=_footer(ctx))


def _full(ctx: Context) -> Reply:
    sections = tuple(Section(lines=entry_lines(ctx.agenda, item, ctx.lang, with_children=True))
                     for item in ctx.agenda.items())
    return Reply(title=ctx.meeting.agenda.title_in(ctx.lang), sections=sections, footer=_footer(ctx))


def describe_entry(ctx: Context, entry: AgendaEntry) -> Reply:
    """One item with its sub-items, or one sub-item under its parent item."""
    say = COMMANDS.bound(ctx.lang)
    parent = ctx.agenda.parent(entry)
    title = say("agenda.entry", label=entry.parsed.label, title=entry.title_in(ctx.lang))
    if parent is None:
        return Reply(title=title, sections=(Section(lines=entry_lines(ctx.agenda, entry, ctx.lang,
                                                                      with_children=True)),),
                     footer=_footer(ctx))
    return Reply(title=title,
                 sections=(Section(heading=say("agenda.under", label=parent.parsed.label,
                                               title=parent.title_in(ctx.lang)),
                                   lines=entry_lines(ctx.agenda, entry, ctx.lang, with_children=False)),),
                 footer=_footer(ctx))


def _not_found(ctx: Context, text: str, problem: str | None) -> Reply:
    say = COMMANDS.bound(ctx.lang)
    # A reference that is not on the agenda (11, 3z) says which exist; words get their closest entries.
    suggestions = ctx.agenda.closest(text) if problem is None else []
    lines: list[Line] = [(problem or say("agenda.nothing", text=text),)]
    if suggestions:
        lines.append((say("agenda.closest"),))
        lines.extend(("    ",) + entry_line(entry, ctx.lang) for entry in suggestions)
    lines.append((say("agenda.count", count=len(ctx.agenda.items())),))
    return Reply(title=say("agenda.not_found"), sections=(Section(lines=tuple(lines)),), ok=False)


HELP_FR = """L'ordre du jour provisoire : les points, un point ou un sous-point, ou une recherche.

`/agenda` liste les points ; `/agenda full` tout, avec les sous-points ;
`/agenda 3` le point 3 et ses sous-points ; `/agenda 3h` (ou `3 h`, `3.h`, `3(h)`,
`item 3h`) un sous-point ; `/agenda jtc` les entrées dont le titre contient ces mots.
"""


#: Polite words around what is asked of /agenda ("item 2 pls", "le 3h svp, merci").
_POLITE = re.compile(r"(?i)\b(?:please|pls|plz|thanks|thx|svp|stp|merci)\b[ ,!.]*")


@REGISTRY.command("agenda", "/agenda [full | 3 | 3h | words]", help_fr=HELP_FR, reads_only=True)
def agenda(ctx: Context, args: str) -> Reply:
    """The draft agenda: the items, one item or sub-item, or a search.

    `/agenda` lists the items; `/agenda full` everything with sub-items;
    `/agenda 3` item 3 with its sub-items; `/agenda 3h` (or `3 h`, `3.h`, `3(h)`,
    `item 3h`) one sub-item; `/agenda jtc` the entries whose titles match the words.
    """
    text = _POLITE.sub("", args).strip(" ?!.,")  # "/agenda item 2 pls", "/agenda 6 svp ?"
    if not text:
        return _overview(ctx)
    if text.lower() in ("full", "all", "everything", "tout", "complet"):
        return _full(ctx)
    found = ctx.agenda.lookup(text)
    if found.entry is not None:
        return describe_entry(ctx, found.entry)
    if found.ref is not None:
        return _not_found(ctx, text, lookup_problem(ctx.agenda, found, ctx.lang))
    matches = ctx.agenda.search(text)
    if len(matches) == 1:
        return describe_entry(ctx, matches[0])
    if matches:
        return Reply(title=COMMANDS(ctx.lang, "agenda.matching", text=text, count=len(matches)),
                     sections=(Section(lines=tuple(line for m in matches for line in entry_lines(
                         ctx.agenda, m, ctx.lang, with_children=False))),), footer=_footer(ctx))  # "/agenda jca":
    # each entry with the bodies it lists (JCA-IdM, JCA-CoP)
    return _not_found(ctx, text, None)
