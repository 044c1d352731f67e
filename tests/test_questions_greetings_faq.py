"""Greetings get a friendly pointer, and the meeting file's FAQ answers what the letter implies."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "expected"), [
    ("hello", "Ask in plain words, or type /help"),
    ("Hi!", "Ask in plain words, or type /help"),
    ("Bonjour !", "Posez votre question, ou tapez /help"),
    ("merci", "Posez votre question"),
], ids=["hello", "hi", "bonjour", "merci"])
def test_a_greeting_gets_a_pointer_not_a_refusal(ask, text, expected):
    reply = ask(text)
    assert expected in reply
    assert "does not say" not in reply and "ne le précisent pas" not in reply


def test_a_greeting_inside_a_question_is_still_a_question(ask):
    assert "without interpretation" in ask("hello, is there interpretation?")


@pytest.mark.parametrize(("text", "expected"), [
    ("can I attend in person in Geneva?", "held entirely virtually"),
    ("simultaneous translation into Spanish?", "only in English, without interpretation"),
    ("puis-je venir sur place à Genève ?", "entièrement de manière virtuelle"),
], ids=["in person", "translation", "sur place"])
def test_faq_entries_of_the_meeting_file_answer(ask, text, expected):
    assert expected in ask(text)
