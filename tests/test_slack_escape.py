"""Slack text in and out: entities decoded on the way in, nothing can become a mention on the way out."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from adapters.slack.escape import ZERO_WIDTH, escape, incoming, plain, strip_mentions, unescape

HOSTILE = ["<!channel>", "<!here>", "<!everyone>", "<@U123>", "<#C123|general>", "<!subteam^S1>",
           "<https://evil.example|click>"]


@pytest.mark.parametrize("text", HOSTILE, ids=HOSTILE)
def test_no_mention_or_link_survives_escaping(text):
    out = escape(text)
    assert "<" not in out and ">" not in out
    assert out.startswith("&lt;")


@pytest.mark.parametrize("word", ["@here", "@channel", "@everyone", "@HERE"])
def test_bare_broadcast_words_are_disarmed(word):
    assert escape(f"hi {word}!") == f"hi @{ZERO_WIDTH}{word[1:]}!"
    assert plain(word) == f"@{ZERO_WIDTH}{word[1:]}"


def test_ampersand_is_escaped_once_and_entities_are_escaped_again():
    assert escape("R&D <script>") == "R&amp;D &lt;script&gt;"
    assert escape("&lt;") == "&amp;lt;"


def test_unescape_decodes_what_slack_sends_and_only_once():
    assert unescape("a &amp; b &lt;!channel&gt;") == "a & b <!channel>"
    assert unescape("&amp;lt;") == "&lt;"


def test_incoming_removes_the_bots_mention_only():
    assert incoming("<@UBOT> when is &lt;3h&gt; &amp; <@U123>?", "UBOT") == "when is <3h> & <@U123>?"


def test_strip_mentions_without_an_id_removes_every_user_mention():
    assert strip_mentions("<@U1|ann> hello <@W2>") == "hello"


@given(st.text())
def test_escaped_text_never_holds_an_angle_bracket_and_round_trips(text):
    out = escape(text)
    assert "<" not in out and ">" not in out
    assert unescape(out).replace(ZERO_WIDTH, "") == text.replace(ZERO_WIDTH, "")


@pytest.mark.parametrize("text", HOSTILE, ids=HOSTILE)
def test_plain_text_reads_the_same_but_holds_no_special_sequence(text):
    out = plain(text)
    assert out.replace(ZERO_WIDTH, "") == text
    assert not any(marker in out for marker in ("<!", "<@", "<#"))
