"""Replies about the deployment's meetings: ``/meetings``, ``/meeting use ID``, "which meeting?", and ``/now``
of every room of a meeting, side by side. English and French."""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from bot.i18n import language, pick
from bot.models import Meeting
from bot.reply import Line, Reply, Section
from bot.request import Asker
from bot.timefmt import format_date, format_time

TEXTS = {
    "en": {
        "title": "Meetings served here",
        "which": "Which meeting do you mean?",
        "which.why": "This bot serves several meetings:",
        "which.how": "Answer with /meeting use ID (remembered), or name the meeting in your question (SG17, CE 13).",
        "use.how": "To choose the meeting your direct messages are about: /meeting use ID.",
        "use.done": "From now on, your direct messages are about {title} ({id}).",
        "use.unknown": "No meeting {id!r} here.",
        "use.channel": "In this channel, the meeting is always {title} ({id}); your choice applies to direct messages.",
        "chosen": "(your choice)",
        "opens": "opens {when}",
        "over": "over",
        "on": "on now",
        "plenary": "Plenary",
        "rooms": "{title}: now in every room",
    },
    "fr": {
        "title": "Réunions servies ici",
        "which": "De quelle réunion parlez-vous ?",
        "which.why": "Ce bot sert plusieurs réunions :",
        "which.how": "Répondez /meeting use ID (retenu), ou nommez la réunion dans la question (SG17, CE 13).",
        "use.how": "Pour choisir la réunion de vos messages directs : /meeting use ID.",
        "use.done": "Désormais, vos messages directs portent sur {title} ({id}).",
        "use.unknown": "Aucune réunion {id!r} ici.",
        "use.channel": "Dans ce canal, la réunion est toujours {title} ({id}) ; votre choix vaut pour les messages "
                       "directs.",
        "chosen": "(votre choix)",
        "opens": "ouverture {when}",
        "over": "terminée",
        "on": "en cours",
        "plenary": "Plénière",
        "rooms": "{title} : en ce moment dans chaque salle",
    },
}


def say(lang: str, key: str, **values: object) -> str:
    """One text of this module in ``lang``."""
    return TEXTS[language(lang)][key].format(**values)


def meeting_line(meeting: Meeting, asker: Asker, now: dt.datetime, chosen: bool = False) -> Line:
    """``ID: title, 24 Aug 2020 – 3 Sep 2020, opens Mon 24 Aug 2020, 20:00 Seoul`` (the asker's zone when known)."""
    lang = language(asker.lang)
    zone = asker.zone
    if now >= meeting.closes_at:
        when = say(lang, "over")
    elif now >= meeting.opens_at:
        when = say(lang, "on")
    elif zone is not None:
        when = say(lang, "opens", when=format_time(meeting.opens_at, zone, asker.tz, lang=lang))
    else:
        when = say(lang, "opens", when=format_time(meeting.opens_at, meeting.tz, meeting.zone_label(lang), lang=lang))
    dates = f"{format_date(meeting.start_date, lang)} – {format_date(meeting.end_date, lang)}"
    mark = f" {say(lang, 'chosen')}" if chosen else ""
    return (f"{meeting.id}: {pick(lang, meeting.title, meeting.title_fr)}, {dates}, {when}{mark}",)


def meetings_reply(meetings: Sequence[Meeting], asker: Asker, now: dt.datetime, chosen: str | None = None) -> Reply:
    """``/meetings``: every meeting, with its dates and when it opens in the asker's zone."""
    lines = tuple(meeting_line(m, asker, now, m.id == chosen) for m in meetings)
    return Reply(title=say(asker.lang, "title"),
                 sections=(Section(lines=lines), Section(lines=((say(asker.lang, "use.how"),),))))


def which_reply(meetings: Sequence[Meeting], asker: Asker, now: dt.datetime) -> Reply:
    """Several meetings and no way to tell which one the asker means: ask, listing them."""
    lines = tuple(meeting_line(m, asker, now) for m in meetings)
    return Reply(title=say(asker.lang, "which"), ok=False, sections=(
        Section(lines=((say(asker.lang, "which.why"),),) + lines), Section(lines=((say(asker.lang, "which.how"),),))))


def used_reply(meeting: Meeting, asker: Asker) -> Reply:
    """``/meeting use ID`` done."""
    lang = language(asker.lang)
    return Reply(title=say(lang, "title"), sections=(Section(lines=((say(
        lang, "use.done", title=pick(lang, meeting.title, meeting.title_fr), id=meeting.id),),)),))


def unknown_reply(wanted: str, meetings: Sequence[Meeting], asker: Asker, now: dt.datetime) -> Reply:
    """``/meeting use ID`` with an id no meeting has: say so, and list them."""
    listed = meetings_reply(meetings, asker, now)
    return Reply(title=listed.title, ok=False,
                 sections=(Section(lines=((say(asker.lang, "use.unknown", id=wanted),),)), *listed.sections))


def channel_reply(meeting: Meeting, asker: Asker) -> Reply:
    """``/meeting use ID`` typed in a meeting's channel: the channel's meeting does not change."""
    lang = language(asker.lang)
    return Reply(title=say(lang, "title"), sections=(Section(lines=((say(
        lang, "use.channel", title=pick(lang, meeting.title, meeting.title_fr), id=meeting.id),),)),))


def side_by_side(meeting: Meeting, rooms: Sequence[tuple[str, Reply]], lang: str) -> Reply:
    """``/now`` of every room of a meeting: one section per room, headed by its name, in the file's order."""
    sections = []
    for heading, reply in rooms:
        lines: list[Line] = [(reply.title.removeprefix(f"{heading} — "),)]
        for section in reply.sections:
            lines.extend(section.lines)
        sections.append(Section(heading=heading, lines=tuple(lines)))
    return Reply(title=say(lang, "rooms", title=pick(language(lang), meeting.title, meeting.title_fr)),
                 sections=tuple(sections))
