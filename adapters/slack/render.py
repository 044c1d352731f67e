"""Render a core :class:`Reply` as Slack Block Kit blocks plus a plain-text fallback. Pure: no network.

Every instant becomes a Slack date token (``<!date^UNIX^{date_short_pretty} {time}|fallback>``),
which each reader sees in their own zone, with meeting time written beside it. A
:class:`Day` (a date-only deadline) is written as a plain date and never shifted.
All text is escaped (:mod:`adapters.slack.escape`): nothing in a reply can mention anyone.
Readings the bot asks back with become buttons (one ``actions`` block) that send their number,
and numbered lines in the fallback text (:mod:`adapters.asked_back`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from adapters.asked_back import ID_PREFIX, mark_of
from adapters.slack.escape import escape, plain
from bot.models import Meeting
from bot.reply import Choice, join_segments, Line, Moment, Reply, Section
from bot.timefmt import format_date, format_time

Block = dict[str, Any]

MAX_HEADER = 150
MAX_TEXT = 3000
MAX_FIELDS = 10
MAX_BLOCKS = 50
MAX_FALLBACK = 3000
MAX_BUTTON_TEXT = 75
TOKEN_FORMAT = {"datetime": "{date_short_pretty} {time}", "time": "{time}"}
CHOICE_ACTION = re.compile(rf"\A{ID_PREFIX}_([1-9])\Z")  # a button's action_id; its value is the number
CHOICES_BLOCK = f"{ID_PREFIX}s:"  # the actions block's id: this prefix and the mark of the readings offered


@dataclass(frozen=True)
class Rendered:
    """A reply as Slack wants it: blocks, and the ``text`` used in notifications and by old clients."""

    blocks: list[Block]
    text: str


def _mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text[:MAX_TEXT], "verbatim": True}


def button(choice: Choice) -> Block:
    """One reading offered back as a button: ``1. Where is the coffee corner?`` (at most 75 characters)."""
    text = plain(f"{choice.number}. {choice.label}")
    if len(text) > MAX_BUTTON_TEXT:
        text = text[:MAX_BUTTON_TEXT - 1] + "…"
    return {"type": "button", "action_id": f"{ID_PREFIX}_{choice.number}", "value": str(choice.number),
            "text": {"type": "plain_text", "text": text, "emoji": False}}


def choice_block(reply: Reply) -> Block:
    """The readings a reply offers back, as one ``actions`` block of buttons (its id marks the readings)."""
    return {"type": "actions", "block_id": CHOICES_BLOCK + mark_of(reply),
            "elements": [button(choice) for choice in reply.choices]}


class SlackRenderer:
    """Turns replies into Block Kit for one meeting, in one language (``en`` or ``fr``)."""

    def __init__(self, meeting: Meeting, lang: str = "en") -> None:
        self.meeting = meeting
        self.lang = lang

    def meeting_time(self, moment: Moment) -> str:
        """The moment in meeting time, in full: ``Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2)``."""
        return format_time(moment.at, self.meeting.tz, self.meeting.zone_label(self.lang), moment.style, self.lang)

    def moment(self, moment: Moment) -> str:
        """A date token (the reader's zone) followed by meeting time: ``<!date^…|…> (11:00 Geneva)``."""
        if moment.style not in TOKEN_FORMAT:
            return escape(self.meeting_time(moment))
        local = moment.at.astimezone(self.meeting.tz)
        beside = f"{local:%H:%M} {self.meeting.zone_label(self.lang)}"
        if moment.style == "datetime":
            beside = f"{format_date(local.date(), self.lang)}, {beside}"
        token = f"<!date^{int(moment.at.timestamp())}^{TOKEN_FORMAT[moment.style]}|{escape(self.meeting_time(moment))}>"
        return f"{token} ({escape(beside)})"

    def line(self, segments: Line) -> str:
        """One line as mrkdwn: text escaped, moments as tokens, days as plain dates."""
        return join_segments(segments, self.moment, lambda day: escape(format_date(day.date, self.lang)), escape)

    def plain_line(self, segments: Line) -> str:
        """One line as escaped text with moments in meeting time (the notification fallback)."""
        return escape(join_segments(segments, self.meeting_time, lambda day: format_date(day.date, self.lang)))

    def section(self, section: Section) -> list[Block]:
        """A core section: bold heading and lines in text blocks, fields ten at a time."""
        blocks: list[Block] = []
        texts = ([f"*{escape(section.heading)}*"] if section.heading else []) + [self.line(t) for t in section.lines]
        chunk: list[str] = []
        for text in texts:
            if chunk and len("\n".join(chunk + [text])) > MAX_TEXT:
                blocks.append({"type": "section", "text": _mrkdwn("\n".join(chunk))})
                chunk = []
            chunk.append(text)
        if chunk:
            blocks.append({"type": "section", "text": _mrkdwn("\n".join(chunk))})
        fields = [_mrkdwn(f"*{escape(item.label)}*\n{self.line(item.value)}") for item in section.fields]
        for start in range(0, len(fields), MAX_FIELDS):
            blocks.append({"type": "section", "fields": fields[start:start + MAX_FIELDS]})
        return blocks

    def blocks(self, reply: Reply) -> list[Block]:
        """The reply as Block Kit: a header, the sections, the readings offered back as buttons, the footer
        as context (at most 50 blocks: the sections are shortened, never the buttons or the footer)."""
        blocks: list[Block] = [{"type": "header", "text": {
            "type": "plain_text", "text": plain(reply.title)[:MAX_HEADER] or " ", "emoji": True}}]
        for section in reply.sections:
            blocks.extend(self.section(section))
        tail: list[Block] = [choice_block(reply)] if reply.choices else []
        if reply.footer:
            tail.append({"type": "context", "elements": [_mrkdwn(escape(reply.footer))]})
        room = MAX_BLOCKS - len(tail)
        if len(blocks) > room:
            blocks = blocks[:room - 1] + [{"type": "context", "elements": [_mrkdwn("(shortened)")]}]
        return blocks + tail

    def text(self, reply: Reply) -> str:
        """The plain-text fallback: title and lines, times in meeting time, escaped."""
        parts = [escape(reply.title)]
        for section in reply.sections:
            if section.heading:
                parts.append(escape(section.heading))
            parts.extend(self.plain_line(t) for t in section.lines)
            parts.extend(f"{escape(f.label)}: {self.plain_line(f.value)}" for f in section.fields)
        parts.extend(f"{choice.number}. {escape(choice.label)}" for choice in reply.choices)
        text = "\n".join(parts)
        return text if len(text) <= MAX_FALLBACK else text[:MAX_FALLBACK - 1] + "…"

    def render(self, reply: Reply) -> Rendered:
        """Blocks and fallback text of one reply."""
        meeting, lang = reply.about or self.meeting, reply.lang or self.lang  # another meeting of the deployment;
        if meeting is not self.meeting or lang != self.lang:  # a question's own language: its dates in it too
            return SlackRenderer(meeting, lang).render(reply)
        return Rendered(self.blocks(reply), self.text(reply))


def home_view(renderer: SlackRenderer, title: str, replies: list[Reply]) -> dict[str, Any]:
    """The App Home tab: the meeting's title, then each reply (item under discussion, deadlines)."""
    blocks: list[Block] = [{"type": "header", "text": {"type": "plain_text", "text": plain(title)[:MAX_HEADER]}}]
    for reply in replies:
        blocks.append({"type": "divider"})
        blocks.append({"type": "section", "text": _mrkdwn(f"*{escape(reply.title)}*")})
        for section in reply.sections:
            blocks.extend(renderer.section(section))
    return {"type": "home", "blocks": blocks[:100]}
