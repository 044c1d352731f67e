"""The reader's language: an explicit choice, else the browser's Accept-Language, else English."""

from __future__ import annotations

import pytest

from adapters.web.lang import from_accept_language, reader_language


@pytest.mark.parametrize("header, expected", [
    ("fr-FR,fr;q=0.9,en;q=0.8", "fr"),
    ("en-GB,en;q=0.9,fr;q=0.8", "en"),
    ("de-DE,de;q=0.9,fr;q=0.5", "fr"),
    ("en;q=0.2, fr;q=0.7", "fr"),
    ("fr;q=0, en", "en"),
    ("ko-KR", "en"),
    ("", "en"),
    (None, "en"),
    ("fr;q=banana", "en"),
], ids=["french browser", "english browser", "german then french", "by quality", "french refused",
        "neither", "empty", "absent", "bad quality"])
def test_accept_language(header, expected):
    assert from_accept_language(header) == expected


def test_the_switch_wins_over_the_browser():
    assert reader_language("en", "fr-FR") == "en"
    assert reader_language("fr", "en-US") == "fr"
    assert reader_language("xx", "fr-FR") == "en"  # an unknown choice is English, as everywhere in the bot
    assert reader_language(None, "fr-FR") == "fr"
