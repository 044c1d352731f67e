"""A deadline reading must explain the question's topic; otherwise the topic asked about answers."""

import pytest

from tests.qa_support import ask_text


@pytest.mark.parametrize("question, expected, wrong", [
    ("what's the deadline for fellowship applications?", "No fellowships", "24 July"),
    ("Quel est le délai pour demander un visa suisse ?", "visa", "24 juillet"),
    ("our registration hasn't been confirmed yet, can the delegate still log into MyMeetings?", "MyMeetings",
     "Yes: Registration is open"),
], ids=["fellowships", "visa in French", "access, not registration"])
def test_another_topic_wins_over_a_deadline_that_does_not_explain_it(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text


def test_a_deadline_asked_for_something_the_letter_never_mentions_is_not_invented(meeting):
    text = ask_text(meeting, "is there a deadline for the gala dinner booking?")
    assert "tsbsg17@itu.int" in text and "24 July" not in text and "11 August" not in text


@pytest.mark.parametrize("question, expected", [
    ("Can I still register?", "24 July 2020"),
    ("list all the key deadlines please", "11 August 2020"),
    ("what's due on 11 August?", "Submission of ITU-T Member contributions"),
    ("what time of day on 11 August is the contribution cut-off?", "no hour"),
    ("La date du 11 août, elle concerne quoi exactement ?", "Soumission des contributions"),
], ids=["still", "all key deadlines", "date named", "cut-off hour", "date named in French"])
def test_deadline_readings_that_stand(meeting, question, expected):
    assert expected in ask_text(meeting, question)
