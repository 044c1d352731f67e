"""Names in the asker's language that commands show too: languages (``English`` → ``anglais``) and what meeting
time is called in French (``heure d’été d’Europe centrale (Genève)``), from Babel.

Kept apart from the question engine (:mod:`bot.questions`) so that serving commands never loads it.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel import Locale
from babel.dates import get_timezone_name

from bot.models import Meeting


@lru_cache(maxsize=1)
def _language_codes() -> dict[str, str]:
    """English language names (lower case) → their codes, from Babel, worked out once."""
    return {name.lower(): code for code, name in Locale("en").languages.items()}


@lru_cache(maxsize=64)
def language_name(english_name: str, lang: str) -> str:
    """A language's name (given in English, as in the meeting file) in ``lang``: ``English`` → ``anglais``."""
    code = _language_codes().get(english_name.lower())
    return Locale(lang).languages.get(code, english_name) if code else english_name


def zone_words(meeting: Meeting, date: dt.date, lang: str) -> str:
    """What meeting time is called: ``Geneva time`` / ``heure d’été d’Europe centrale (Genève)``."""
    if lang != "fr":
        return meeting.timezone_name
    noon = meeting.local(dt.datetime.combine(date, dt.time(12)))
    return f"{get_timezone_name(noon, locale='fr')} ({meeting.zone_label('fr')})"
