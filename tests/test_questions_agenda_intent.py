"""Agenda questions: references in any spelling, topics, counts and items that do not exist."""

import pytest

from tests.qa_support import ask_text


@pytest.mark.parametrize("question", ["what is item 3h?", "c'est quoi le point 3h ?", "item 3 (h)?",
                                      "agenda item 3.h", "sous-point 3h"])
def test_references_in_any_spelling(meeting, question):
    text = ask_text(meeting, question)
    assert "3 h)" in text and ("Collaboration with IEC, ISO and ISO/IEC JTC 1" in text
                               or "Collaboration avec la CEI, l'ISO et le JTC 1 de l'ISO/CEI" in text)


@pytest.mark.parametrize("question, ref", [("2a pls", "2 a)"), ("what is under 2b?", "2 b)"), ("4c?", "4 c)"),
                                           ("6e, what's that one?", "6 e)"), ("5d: which resolutions?", "5 d)"),
                                           ("c'est quoi 3h ?", "3 h)")])
def test_a_sub_item_on_its_own_anywhere_in_a_question(meeting, question, ref):
    assert ref in ask_text(meeting, question)


@pytest.mark.parametrize("question", ["does it start at 11h?", "la réunion commence à 11h ?", "c'est à 3h30 ?"])
def test_a_time_of_day_is_not_sub_item_h(meeting, question):
    assert " h)" not in ask_text(meeting, question)


@pytest.mark.parametrize("question, title", [("what's the last sub-item under item 6?", "Highlights of achievements"),
                                             ("first sub-item of item 3?", "Joint coordination activities")])
def test_first_and_last_sub_items(meeting, question, title):
    assert title in ask_text(meeting, question)


def test_an_item_shows_its_sub_items(meeting):
    text = ask_text(meeting, "what is item 5?")
    assert "General matters" in text and "5 f) Kaleidoscope" in text


@pytest.mark.parametrize("question, expected", [
    ("tell me about item 11", "There is no item 11: the agenda has 10 items (1–10)."),
    ("what is item 3z?", "Item 3 has sub-items a–n; there is no 3 z)."),
    ("Qu'est-ce que le point 11 ?", "Il n'y a pas de point 11 : l'ordre du jour compte 10 points (1 à 10)."),
])
def test_missing_references_are_said_not_to_exist(meeting, question, expected):
    assert expected in ask_text(meeting, question)


@pytest.mark.parametrize("question, ref", [("Which item covers the IETF?", "3 i)"),
                                           ("Is there an item on Kaleidoscope?", "5 f)"),
                                           ("Quel point concerne JCA-IdM ?", "4 f)")])
def test_topics_find_their_item(meeting, question, ref):
    assert ref in ask_text(meeting, question)


def test_a_topic_the_agenda_lacks_is_said_to_be_missing(meeting):
    text = ask_text(meeting, "Is there an agenda item about football?")
    assert "No agenda item mentions “football”" in text


def test_a_wrong_reference_for_a_topic_is_corrected(meeting):
    text = ask_text(meeting, "Is item 3h about the IETF?")
    assert text.splitlines()[3].startswith("No: item 3 h) is") and "item 3 i)" in text


def test_counting_items(meeting):
    assert "10 items" in ask_text(meeting, "how many items are there?")
    assert "10 points" in ask_text(meeting, "combien de points à l'ordre du jour ?")
