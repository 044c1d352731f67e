"""A "Yes:"/"No:" only where the question asks for one: never in front of a choice between two values, never
a "Yes" to a question that opens with an asking word."""

import datetime as dt

import pytest

from bot.questions.verdicts import asks_with_a_wh_word, offers_a_choice
from tests.qa_support import ask_text

UTC = dt.timezone.utc


@pytest.mark.parametrize("question, offered", [
    ("item 2b, the e-plenary - was that 29 May or 29 June?", True),
    ("is the 3rd actually a meeting day or does it wrap up on the 2nd?", True),
    ("La réunion commence le lundi 24 ou le mardi 25 ?", True),
    ("mgmt mtg is tomorrow or monday?", True),
    ("will there be interpretation into French or Spanish?", False),  # a yes/no question with two languages in it
    ("is registration free or not?", False),
    ("la participation a distance est garantie ou pas ?", False),
    ("when does it open? and is 3 sept included or does it end on the 2nd?", False),  # two questions: left alone
])
def test_a_choice_between_two_values_is_told_from_a_yes_no_question(question, offered):
    assert offers_a_choice(question) is offered


def test_a_question_opening_with_an_asking_word_is_found_after_a_sentence_that_tells():
    assert asks_with_a_wh_word("our startup wants to send a contribution. which deadlines are still open right now?")
    assert not asks_with_a_wh_word("can I still register?")


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("item 2b, the e-plenary - was that 29 May or 29 June?", None, None, ["29 May"], "Yes"),
    ("the letter says 24 Aug to 3 Sep. is the 3rd actually a meeting day or does it wrap up on the 2nd?", None, None,
     ["Thursday 3 September 2020"], "No:"),
    ("La réunion commence le lundi 24 ou le mardi 25 ?", None, None, ["lundi 24 août 2020"], "Oui"),
    ("our startup wants to send a contribution. which deadlines are still open for us right now?",
     dt.datetime(2020, 8, 5, 2, tzinfo=UTC), "Asia/Taipei", ["11 August 2020", "6 days left"], "Yes"),
    ("will there be interpretation into French or Spanish?", None, None, ["No:", "without interpretation"], "Yes"),
    ("can I still register?", None, None, ["Yes:", "24 July 2020"], "No:"),
], ids=["two dates offered", "a day or the day before", "two weekdays, in French", "which deadlines are open",
        "a yes/no question keeps its No", "a yes/no question keeps its Yes"])
def test_an_answer_opens_with_a_verdict_only_where_one_was_asked(meeting, question, now, tz, expected, wrong):
    kwargs: dict[str, object] = {"now": now} if now else {}
    if tz:
        kwargs["tz"] = tz
    text = ask_text(meeting, question, **kwargs)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, title, wrong", [
    ("item 2b, the e-plenary - was that 29 May or 29 June?", "What the letter says", "Confirmed"),
    ("La réunion commence le lundi 24 ou le mardi 25 ?", "Ce que dit la lettre", "Confirmé"),
], ids=["English", "French"])
def test_a_choice_answered_without_a_verdict_is_not_titled_as_a_confirmation(meeting, question, title, wrong):
    text = ask_text(meeting, question)
    assert text.startswith(title) and wrong not in text, text
