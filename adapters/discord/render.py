"""Render a core :class:`Reply` as Discord embeds (pure: no network), with a plain-text fallback.

Moments become Discord timestamps (``<t:UNIX:F>``, ``<t:UNIX:R>``) so each reader sees
their own zone, with meeting time beside them; days stay plain dates, never shifted.
Embeds respect Discord's limits: 256 for titles, 4096 for a description, 1024 for a
field value, 25 fields, and 6000 characters for all the embeds of one message.
Readings the bot asks back with are numbered lines of the embed and buttons of a
:class:`ChoiceButtons` view, whose clicks the client answers (:mod:`adapters.asked_back`).
"""

from __future__ import annotations

import io
import re
from typing import Any

import discord

from adapters.asked_back import ID_PREFIX, mark_of
from bot.models import Meeting
from bot.reply import Choice, join_segments, Line, Moment, Reply
from bot.timefmt import format_date, format_time

OK_COLOUR = 0x2B6CB0
PROBLEM_COLOUR = 0xC05621
TITLE_MAX, DESCRIPTION_MAX, FIELD_MAX, FIELDS_MAX = 256, 4096, 1024, 25
EMBED_BUDGET, MESSAGE_MAX, EMBEDS_PER_MESSAGE, TEXT_MAX = 5800, 6000, 10, 2000
BUTTON_LABEL_MAX = 80
CHOICE_ID = re.compile(rf"{ID_PREFIX}:([1-9]):([0-9a-f]{{1,40}})")  # a button's custom id: number and mark


def lang_for(locale: object) -> str:
    """``fr``/``fr-FR`` → ``fr``; anything else (``en-US``, None) → ``en``."""
    return "fr" if str(locale or "").lower().startswith("fr") else "en"


def chunks(lines: list[str], limit: int) -> list[str]:
    """Join lines into pieces of at most ``limit`` characters, cutting between lines (or inside a too-long one)."""
    pieces: list[str] = []
    current = ""
    for text in lines:
        while len(text) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(text[:limit])
            text = text[limit:]
        joined = f"{current}\n{text}" if current else text
        if len(joined) > limit:
            pieces.append(current)
            current = text
        else:
            current = joined
    if current:
        pieces.append(current)
    return pieces


def embed_size(embed: discord.Embed) -> int:
    """The characters Discord counts against the 6000 limit."""
    return len(embed)


class EmbedRenderer:
    """Turns replies into embeds in one language (dates in en or fr; the core's words as given)."""

    def __init__(self, meeting: Meeting, lang: str = "en") -> None:
        self.meeting = meeting
        self.lang = lang

    def moment(self, moment: Moment) -> str:
        """``<t:1598259600:F> (<t:1598259600:R>; Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2))``."""
        meeting_time = format_time(moment.at, self.meeting.tz, self.meeting.zone_label(self.lang), moment.style, self.lang)
        if moment.style == "date":
            return meeting_time  # a day in meeting time: shifting it to the reader's zone could change the date
        unix = int(moment.at.timestamp())
        if moment.style == "time":
            return f"<t:{unix}:t> ({meeting_time})"
        return f"<t:{unix}:F> (<t:{unix}:R>; {meeting_time})"

    def line(self, segments: Line) -> str:
        """One line with its moments as timestamps and its days as plain dates."""
        return join_segments(segments, self.moment, lambda day: format_date(day.date, self.lang))

    def _blocks(self, reply: Reply) -> list[tuple[str | None, str, bool]]:
        """(field name or None for description text, text, inline) in reading order."""
        blocks: list[tuple[str | None, str, bool]] = []
        for section in reply.sections:
            texts = [self.line(text) for text in section.lines]
            if section.heading:
                for number, piece in enumerate(chunks(texts or ["—"], FIELD_MAX)):
                    name = section.heading if number == 0 else f"{section.heading} (cont.)"
                    blocks.append((name[:TITLE_MAX], piece, False))
            else:
                blocks.extend((None, piece, False) for piece in chunks(texts, DESCRIPTION_MAX))
            for item in section.fields:
                value = self.line(item.value) or "—"
                for piece in chunks([value], FIELD_MAX):
                    blocks.append((item.label[:TITLE_MAX], piece, len(value) <= 60))
        if reply.choices:
            blocks.extend((None, piece, False) for piece in chunks(choice_lines(reply), DESCRIPTION_MAX))
        return blocks

    def embeds(self, reply: Reply) -> list[discord.Embed]:
        """The reply as embeds, each within Discord's limits; the title on the first, the footer on the last."""
        colour = OK_COLOUR if reply.ok else PROBLEM_COLOUR
        first = discord.Embed(title=reply.title[:TITLE_MAX], colour=colour)
        embeds = [first]
        # The size and field count of the last embed are kept here: asking discord.py for them
        # rebuilds its field proxies on every call, which grows with the square of the fields.
        size, fields = len(first.title or ""), 0
        for name, text, inline in self._blocks(reply):
            current = embeds[-1]
            if name is None:
                description = f"{current.description}\n\n{text}" if current.description else text
                grown = size + len(description) - len(current.description or "")
                if len(description) <= DESCRIPTION_MAX and not fields and grown <= EMBED_BUDGET:
                    current.description, size = description, grown
                    continue
                embeds.append(discord.Embed(description=text, colour=colour))
                size, fields = len(text), 0
                continue
            if fields >= FIELDS_MAX or size + len(name) + len(text) > EMBED_BUDGET:
                current = discord.Embed(colour=colour)
                embeds.append(current)
                size, fields = 0, 0
            current.add_field(name=name, value=text, inline=inline)
            size, fields = size + len(name) + len(text), fields + 1
        if reply.footer:
            footer = reply.footer[:2048]
            if size + len(footer) > EMBED_BUDGET:
                embeds.append(discord.Embed(colour=colour))
            embeds[-1].set_footer(text=footer)
        return embeds

    def messages(self, reply: Reply) -> list[list[discord.Embed]]:
        """The embeds packed into messages: at most 10 embeds and 6000 characters each."""
        meeting, lang = reply.about or self.meeting, reply.lang or self.lang  # another meeting of the deployment;
        if meeting is not self.meeting or lang != self.lang:  # a question's own language: its dates in it too
            return EmbedRenderer(meeting, lang).messages(reply)
        packed: list[list[discord.Embed]] = [[]]
        for embed in self.embeds(reply):
            current = packed[-1]
            total = sum(embed_size(e) for e in current) + embed_size(embed)
            if current and (len(current) >= EMBEDS_PER_MESSAGE or total > MESSAGE_MAX):
                packed.append([embed])
            else:
                current.append(embed)
        return packed

    def text(self, reply: Reply) -> list[str]:
        """The content fallback: plain messages of at most 2000 characters (when embeds are refused)."""
        lines = [f"**{reply.title}**"]
        for section in reply.sections:
            if section.heading:
                lines.append(f"__{section.heading}__")
            lines.extend(self.line(text) for text in section.lines)
            lines.extend(f"{item.label}: {self.line(item.value)}" for item in section.fields)
        lines.extend(choice_lines(reply))
        if reply.footer:
            lines.append(f"*{reply.footer}*")
        return chunks(lines, TEXT_MAX)


def choice_lines(reply: Reply) -> list[str]:
    """The readings offered back as numbered lines (``1. Where is the coffee corner?``), Markdown and mentions
    in a label shown as typed."""
    return [f"{choice.number}. {discord.utils.escape_mentions(discord.utils.escape_markdown(choice.label))}"
            for choice in reply.choices]


def button_label(choice: Choice) -> str:
    """A reading's button label, ``1. Where is the coffee corner?``, within Discord's 80 characters."""
    label = f"{choice.number}. {choice.label}"
    return label if len(label) <= BUTTON_LABEL_MAX else label[:BUTTON_LABEL_MAX - 1] + "…"


class ChoiceButtons(discord.ui.View):
    """One button per reading a reply offers back; custom id ``meetingbot_choice:N:MARK`` (its number and the
    mark of the readings offered together).

    The client answers a click by its custom id (:meth:`MeetingClient.on_interaction`), in whichever process
    Discord delivers it to and after a restart too, so discord.py need not keep the view to dispatch
    clicks: :meth:`is_finished` says so, and sending it stores nothing.
    """

    def __init__(self, reply: Reply) -> None:
        super().__init__(timeout=None)
        offered = mark_of(reply)
        for choice in reply.choices:
            self.add_item(discord.ui.Button(label=button_label(choice), style=discord.ButtonStyle.secondary,
                                            custom_id=f"{ID_PREFIX}:{choice.number}:{offered}"))

    def is_finished(self) -> bool:
        """Always: the view only carries the buttons (see the class)."""
        return True


def choice_view(reply: Reply) -> ChoiceButtons | None:
    """The buttons of the readings a reply offers back, or None when it offers none."""
    return ChoiceButtons(reply) if reply.choices else None


class SealedEmbed(discord.Embed):
    """An embed that is only read from now on: its JSON is made once, however often it is sent."""

    __slots__ = ("_sealed",)

    @classmethod
    def seal(cls, embed: discord.Embed) -> "SealedEmbed":
        """A read-only copy of ``embed``."""
        sealed = cls.from_dict(embed.to_dict())
        sealed._sealed = embed.to_dict()
        return sealed

    def to_dict(self) -> Any:
        """The JSON discord.py sends (a fresh top-level dict each time, made from the one kept)."""
        return dict(self._sealed)


def sealed(messages: list[list[discord.Embed]]) -> list[list[discord.Embed]]:
    """Messages of embeds made read-only, to be sent again and again (a reply many asked for)."""
    return [[SealedEmbed.seal(embed) for embed in embeds] for embeds in messages]


def files(reply: Reply) -> list[discord.File]:
    """The reply's attachments as Discord files (fresh objects: a File can be sent once)."""
    return [discord.File(io.BytesIO(a.content), filename=a.filename) for a in reply.attachments]
