"""/help from the command registry, and hints (not exceptions) for unknown commands and plain text."""

from __future__ import annotations

import pytest

COMMANDS = ["meeting", "agenda", "deadlines", "rules", "info", "now", "time", "floor", "reminders", "calendar",
            "timezone", "help"]


@pytest.mark.parametrize("name", COMMANDS)
def test_help_lists_every_command_with_a_summary(ask, name):
    lines = [line for line in ask("/help").splitlines() if line.startswith((f"/{name} ", f"/{name}\u00a0"))
             or line.split(" ")[0] == f"/{name}"]
    assert len(lines) == 1
    summary = lines[0].split(" — ", 1)
    assert len(summary) == 2 and summary[1].strip()


def test_help_title_names_the_meeting(reply_of):
    assert reply_of("/help").title == "Virtual meeting of ITU-T Study Group 17 (Security): commands"


@pytest.mark.parametrize("name", COMMANDS)
def test_help_for_each_command(reply_of, name):
    reply = reply_of(f"/help {name}")
    assert reply.ok
    assert reply.title.startswith(f"/{name}")


def test_help_agenda_explains_reference_forms(ask):
    text = ask("/help agenda")
    for form in ["`3 h`", "`3.h`", "`3(h)`", "`item 3h`", "/agenda full", "/agenda jtc"]:
        assert form in text


def test_help_accepts_a_slash(ask):
    assert ask("/help /deadlines") == ask("/help deadlines")


@pytest.mark.parametrize("alias", ["/aide", "/?"])
def test_help_aliases(ask, alias):
    assert ask(alias) == ask("/help")


def test_help_for_unknown_command(reply_of, ask):
    assert reply_of("/help nope").ok is False
    assert "There is no command /nope. Type /help for the list." in ask("/help nope")


@pytest.mark.parametrize("text, expected", [
    ("/foo", "There is no command /foo."),
    ("/deadline", "Did you mean /deadlines"),
    ("/agnda 3h", "Did you mean /agenda"),
    ("/", "Type /help"),
], ids=["unknown", "singular deadline", "typo agenda", "bare slash"])
def test_unknown_command_gets_a_hint(reply_of, ask, text, expected):
    assert reply_of(text).ok is False
    rendered = ask(text)
    assert expected in rendered
    assert "Traceback" not in rendered


@pytest.mark.parametrize("text", ["   ", ""], ids=["blank", "empty"])
def test_empty_message_gets_a_hint(reply_of, ask, text):
    reply = reply_of(text)
    assert reply.ok is False
    assert "/help" in ask(text)


def test_a_plain_question_is_answered_from_the_meeting_file(ask):
    text = ask("is there interpretation?")
    assert "No: " in text and "only in English" in text
    assert "without interpretation" in text


def test_an_unrelated_message_is_not_answered_with_invented_facts(ask):
    text = ask("who won the football")
    assert "does not say" in text and "tsbsg17@itu.int" in text
    assert "Traceback" not in text


def test_very_long_message_is_refused_politely(reply_of, ask):
    assert reply_of("x" * 5000).ok is False
    assert "That message is too long (5000 characters), so it was not read: please ask in at most 2000 characters." \
        in ask("x" * 5000)


@pytest.mark.parametrize("text", ["/agenda \x00", "/agenda \x1b[31mzz\x07", "is there \x00interpretation?"])
def test_control_characters_are_never_echoed_back(ask, text):
    answer = ask(text)
    assert not any(ch in answer for ch in "\x00\x07\x1b"), repr(answer)


def test_plain_text_hint_points_to_the_secretariat(ask):
    assert "tsbsg17@itu.int" in ask("where is the coffee?")


@pytest.mark.parametrize(("text", "at_once"), [
    ("/agenda 3h", True), ("/deadlines", True), ("/now", True), ("/help", True), ("/meeting", True),
    ("/item 3h", False), ("/floor France", False), ("/timezone Asia/Seoul", False), ("/reminders pause", False),
    ("is there interpretation?", False), ("/nonsense", False),
], ids=lambda value: str(value))
def test_only_commands_that_just_read_may_be_answered_on_the_event_loop(bot, text, at_once):
    assert bot.answers_at_once(text) is at_once


@pytest.mark.parametrize("typed", ["@everyone", "<!channel>", "@here please"])
def test_help_for_a_mention_names_no_command(reply_of, ask, typed):
    assert reply_of(f"/help {typed}").ok is False
    text = ask(f"/help {typed}")
    assert "is no command name" in text and "There is no command" not in text and f"/{typed}" not in text
