"""Which texts of a meeting file a French asker would read in English: its French fields still missing.

The bot answers in English or French; what comes from the meeting file is written in
French from each field's ``_fr`` twin (:func:`bot.i18n.pick`). Where the twin is missing,
a French answer falls back to the English text. :func:`missing_french` lists those
places, as paths into the file (``agenda.items[3].title_fr``), for ``meetingbot check``
to warn about. Only fields some answer shows are listed: ids, keywords, proper names
(the remote tool, contact addresses) and the working language (named in French by Babel)
have no French twin to give.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from pydantic import BaseModel

from bot.models import Meeting

_ONE = tuple[str, ...]

HEAD_FIELDS: _ONE = ("body", "field", "title", "reference", "timezone_label")
"""The meeting's own texts that answers show, before the chairman in the file (each with a ``_fr`` twin)."""

CHAIRMAN_FIELDS: _ONE = ("name", "role", "country")
LETTER_FIELDS: _ONE = ("signed_by", "schedule_note")

SECTIONS: dict[str, _ONE] = {
    "sessions": ("title", "note", "open_to"),
    "deadlines": ("what", "how", "who"),
    "practical": ("title", "text"),
    "rules": ("summary", "text"),
}
"""The lists of the meeting file, and which texts of each of their entries answers show."""

AGENDA_FIELDS: _ONE = ("title", "note")
AGENDA_ENTRY_FIELDS: _ONE = ("title",)
FAQ_FIELDS: _ONE = ("question", "answer")


def _missing_in(thing: BaseModel, prefix: str, names: Iterable[str]) -> list[str]:
    """``prefix + name_fr`` for each English text given on ``thing`` whose French twin is empty."""
    return [f"{prefix}{name}_fr" for name in names
            if getattr(thing, name, None) and not getattr(thing, f"{name}_fr", None)]


def _missing_in_list(things: Sequence[BaseModel], key: str, names: _ONE) -> list[str]:
    return [path for index, thing in enumerate(things) for path in _missing_in(thing, f"{key}[{index}].", names)]


def _missing_addressees(meeting: Meeting) -> list[str]:
    """``addressed_to_fr`` when it is empty; else ``addressed_to_fr[i]`` for each addressee it lacks."""
    french = meeting.addressed_to_fr
    if not french:
        return ["addressed_to_fr"]
    return [f"addressed_to_fr[{index}]" for index in range(len(meeting.addressed_to))
            if index >= len(french) or not french[index]]


def missing_french(meeting: Meeting) -> list[str]:
    """Every field an answer shows whose French text is missing, as a path such as ``agenda.items[3].title_fr``.

    Paths follow the file's keys and list positions (from 0), in the file's order. A field with no
    English text (an optional ``note`` left out) needs no French either. An empty list means a
    French asker reads the whole meeting file in French.
    """
    missing = _missing_in(meeting, "", HEAD_FIELDS)
    missing += _missing_in(meeting.chairman, "chairman.", CHAIRMAN_FIELDS)
    missing += _missing_addressees(meeting)
    missing += _missing_in(meeting, "", LETTER_FIELDS)
    for key, names in SECTIONS.items():
        missing += _missing_in_list(getattr(meeting, key), key, names)
    missing += _missing_in(meeting.agenda, "agenda.", AGENDA_FIELDS)
    missing += _missing_in_list(meeting.agenda.items, "agenda.items", AGENDA_ENTRY_FIELDS)
    missing += _missing_in_list(meeting.faq, "faq", FAQ_FIELDS)
    return missing


def writes_french(meeting: Meeting) -> bool:
    """Whether the meeting file gives French texts at all (then every missing one is worth a warning)."""
    return any(getattr(meeting, f"{name}_fr", None) for name in HEAD_FIELDS)
