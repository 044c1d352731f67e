"""Speaking English or French: the one mechanism behind every message catalogue of the bot.

A catalogue maps a key to an English and a French template (``str.format`` fields).
The commands (:mod:`bot.i18n_commands`, :mod:`bot.i18n_session`) and the plain-language
answers (:mod:`bot.questions.messages`) each keep one. Text that comes from the meeting
file is chosen with :func:`pick`: its French field when there is one, else the English.
Dates, times and durations are written by Babel (:mod:`bot.timefmt`); nothing here
spells a month or a weekday.
"""

from __future__ import annotations

from typing import Callable

from babel.units import format_unit

LANGUAGES = ("en", "fr")
"""The languages the bot answers in; English is the meeting's working language."""

WORKING_LANGUAGE = "en"
"""Announcements to a whole channel stay in the meeting's working language."""

Say = Callable[..., str]


def language(lang: str | None) -> str:
    """``fr``, ``fr-CA``, ``fr_FR`` → ``fr``; anything else (or nothing) → ``en``."""
    code = (lang or "").replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else WORKING_LANGUAGE


def pick(lang: str, english: str, french: str | None) -> str:
    """A text of the meeting file in ``lang``: the French field when there is one, else the English."""
    return french if lang == "fr" and french else english


def hours(count: int, lang: str) -> str:
    """``30 hours`` / ``30 heures`` (Babel's plural rules in French)."""
    if lang != "fr":
        return f"{count} hours"
    return format_unit(count, "duration-hour", length="long", locale="fr").replace("\u00a0", " ").replace("\u202f", " ")


class Catalogue:
    """Messages by key, each an ``(english, french)`` pair of ``str.format`` templates."""

    def __init__(self, entries: dict[str, tuple[str, str]]) -> None:
        self.entries = entries

    def translate(self, lang: str, key: str, **values: object) -> str:
        """The message ``key`` in ``lang`` with its fields filled in; unknown languages get English."""
        english, french = self.entries[key]
        return (french if language(lang) == "fr" else english).format(**values)

    __call__ = translate

    def bound(self, lang: str) -> Say:
        """A ``say(key, **values)`` function for one language, for a handler to use throughout."""
        chosen = language(lang)

        def say(key: str, **values: object) -> str:
            return self.translate(chosen, key, **values)

        return say
