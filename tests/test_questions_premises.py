"""Wrong premises are corrected, right ones confirmed."""

import pytest

from tests.qa_support import ask_text


def test_a_wrong_offset_for_geneva_is_corrected(meeting):
    text = ask_text(meeting, "Geneva is UTC+1, so it's 10:00 UTC?")
    assert "No: in August 2020 Geneva is on CEST, UTC+2, not UTC+1." in text and "= 09:00 UTC" in text
    assert "Yes" not in text


def test_a_right_offset_is_confirmed(meeting):
    assert "Yes: in August 2020 Seoul is on KST, UTC+9." in ask_text(meeting, "Seoul is UTC+9, right?")


@pytest.mark.parametrize("question, expected", [
    ("It ends on Friday 4 September?", "No: the meeting ends on Thursday 3 September 2020."),
    ("Does the meeting end on a Friday?", "No: the meeting ends on Thursday 3 September 2020."),
    ("The meeting starts on Tuesday 25 August, right?", "No: the meeting starts on Monday 24 August 2020."),
    ("Does it start on 24 August?", "Yes: the meeting starts on Monday 24 August 2020."),
    ("La réunion se termine le vendredi 4 septembre ?", "Non : la réunion se termine le jeudi 3 septembre 2020."),
])
def test_dates(meeting, question, expected):
    assert expected in ask_text(meeting, question)


def test_a_wrong_weekday_is_pointed_out(meeting):
    """The right date on the wrong weekday is no claim to say yes to: the day the asker plans by may be the weekday."""
    text = ask_text(meeting, "It ends on Friday 3 September?")
    assert "No: the meeting ends on Thursday 3 September 2020." in text and "is a Thursday" in text


def test_a_date_outside_the_meeting(meeting):
    assert "is outside it" in ask_text(meeting, "Is there a session on 5 September?")


def test_premises_about_facts_get_the_fact(meeting):
    assert "without interpretation" in ask_text(meeting, "Since there is interpretation, can I speak French?")
    assert "No fellowships" in ask_text(meeting, "How do I apply for a fellowship?")
    assert "virtual" in ask_text(meeting, "Which hotel should I book for the meeting?")


def test_a_wrong_day_for_a_session_is_corrected_with_its_time(meeting):
    text = ask_text(meeting, "Since the management team meets on Saturday 22 August, what time does it start?")
    assert "No" in text and "23 August" in text and "11:00" in text


def test_the_last_day_confirmed_but_the_closing_hour_is_not_invented(meeting):
    text = ask_text(meeting, "At what time does the closing plenary finish on 3 September?")
    assert "3 September" in text and "no closing hour" in text and "tsbsg17@itu.int" in text


def test_a_wrong_document_number_for_agenda_updates_is_corrected(meeting):
    assert "TD3000" in ask_text(meeting, "The agenda updates will be in TD3001, correct?")


@pytest.mark.parametrize("question, expected", [
    ("the chairman is from japan right?", "No: the chairman, Mr Heung-Youl Youm, is from the Republic of Korea."),
    ("The SG17 chairman is from Korea, isn't he?", "Yes: the chairman"),
    ("le président vient de Corée ?", "Oui : le président"),
], ids=["wrong country", "right country", "right country in French"])
def test_the_chairmans_country_is_confirmed_or_corrected(meeting, question, expected):
    assert expected in ask_text(meeting, question)


def test_a_country_without_the_chairman_is_no_claim_about_him(meeting):
    assert "Youm" not in ask_text(meeting, "What is the capital of Australia?")
