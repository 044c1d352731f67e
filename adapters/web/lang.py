"""Which language a reader gets: ``?lang=`` when given, else the browser's Accept-Language, else English."""

from __future__ import annotations

from bot.i18n import language

SUPPORTED = ("en", "fr")


def from_accept_language(header: str | None) -> str:
    """The first supported language of an ``Accept-Language`` header by preference (``q``), else ``en``."""
    choices: list[tuple[float, int, str]] = []
    for position, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        code = tag.strip().split("-")[0].lower()
        if code in SUPPORTED and quality > 0:
            choices.append((-quality, position, code))
    return min(choices)[2] if choices else "en"


def reader_language(query: str | None, header: str | None) -> str:
    """The page's language: an explicit choice (``?lang=fr``) wins over the browser's."""
    if query:
        return language(query)
    return from_accept_language(header)
