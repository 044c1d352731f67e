"""Deadline questions relative to now, without invented hours or late rules."""

import datetime as dt

import pytest

from tests.qa_support import ask_text

UTC = dt.timezone.utc


def at(day: int, month: int = 7, hour: int = 8) -> dt.datetime:
    return dt.datetime(2020, month, day, hour, tzinfo=UTC)


def test_before_the_deadline_says_yes_and_how_long(meeting):
    text = ask_text(meeting, "Can I still register?", now=at(20))
    assert "Yes" in text and "24 July 2020" in text and "4 days left" in text


def test_on_the_last_evening_it_is_still_open(meeting):
    text = ask_text(meeting, "is registration still open?", now=at(24, hour=18))  # 20:00 Geneva
    assert "Yes" in text and "4 hours" in text


def test_after_the_deadline_says_no_and_points_to_the_secretariat(meeting):
    text = ask_text(meeting, "Can I still register?", now=at(30))
    assert text.count("No") >= 1 and "passed" in text and meeting.contacts.email in text
    assert "Yes" not in text and "late registration" not in text.lower()


def test_the_hour_is_not_invented(meeting):
    text = ask_text(meeting, "At what hour does registration close?")
    assert "no hour" in text
    assert not any(hour in text for hour in ("23:59", "17:00", "midnight", "00:00"))


def test_a_claimed_hour_is_not_confirmed(meeting):
    text = ask_text(meeting, "Registration closes at 17:00, right?")
    assert "no hour" in text and "Yes" not in text


def test_the_most_specific_deadline_is_chosen(meeting):
    assert "24 June 2020" in ask_text(meeting, "deadline for contributions needing translation?")
    assert "11 August 2020" in ask_text(meeting, "when are contributions due?")


def test_a_wrong_deadline_date_is_corrected(meeting):
    text = ask_text(meeting, "Is the registration deadline 24 August?")
    assert text.startswith("Deadline") and "No: the deadline for registration is Friday 24 July 2020" in text


@pytest.mark.parametrize("question", ["Quand ferme l'inscription ?", "Puis-je encore m'inscrire ?"])
def test_french_questions_get_french_dates(meeting, question):
    text = ask_text(meeting, question)
    assert "vendredi 24 juillet 2020" in text and "July" not in text


def test_the_list_of_deadlines_gives_each_status(meeting):
    text = ask_text(meeting, "What are the deadlines?", now=at(1, month=8))
    assert "passed" in text and "in 10 days" in text


def test_a_missed_deadline_points_to_the_one_of_the_same_kind_still_open(meeting):
    text = ask_text(meeting, "i missed the translation deadline, can i still send a contribution at all?",
                    now=at(25, month=6))
    assert "Yes: Submission of ITU-T Member contributions is open until Tuesday 11 August 2020" in text \
        and "24 June 2020" in text


def test_no_other_deadline_is_offered_while_the_one_asked_is_open(meeting):
    assert "Still open" not in ask_text(meeting, "Can I still register?", now=at(20))


@pytest.mark.parametrize("question, now, expected", [
    ("Is it too late to submit a contribution?", at(5, month=8), "No, it is not too late"),
    ("Is it too late to submit a contribution?", at(12, month=8), "Yes, it is too late"),
    ("Est-il trop tard pour s'inscrire ?", at(1, month=8), "Oui, il est trop tard"),
    ("Can I still register?", at(20), "Yes: Registration is open"),
], ids=["not yet", "passed", "passed in French", "still"])
def test_yes_and_no_answer_the_question_asked(meeting, question, now, expected):
    assert expected in ask_text(meeting, question, now=now)


@pytest.mark.parametrize("question, expected, wrong", [
    ("what's the deadline for member contributions that don't need translation?", "11 August 2020", "24 June"),
    ("date limite des contributions sans traduction ?", "11 août 2020", "24 juin"),
    ("deadline for contributions needing translation?", "24 June 2020", "11 August 2020:"),
], ids=["don't need", "sans", "needing"])
def test_a_negation_tells_two_deadlines_apart(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text
