"""Follow-up questions read against the asker's previous question, kept in the store for ten minutes."""

import datetime as dt

import pytest

from adapters.console.render import TextRenderer
from bot.clock import FakeClock
from bot.core import MeetingBot
from bot.request import Asker, Request
from bot.questions.followup import opens_as_follow_up
from bot.questions.normalize import read_question
from bot.sqlite_store import SqliteStore


def say(bot: MeetingBot, meeting, text: str, user: str = "delegate") -> str:
    asker = Asker(id=user, name=user)
    return TextRenderer(meeting, asker.zone).render(bot.handle(Request(text, asker)))


@pytest.mark.parametrize("first, then, expected, not_expected", [
    ("when does the meeting open?", "and in Seoul?", "18:00", "does not say"),
    ("what's agenda item 3?", "and h?", "JTC 1", "does not say"),
    ("what is item 4f?", "which JCAs are listed under it?", "JCA-IdM", "does not say"),
    ("when is the registration deadline?", "how do I do it", "registration form", "does not say"),
    ("c'est quand la date limite des contributions ?", "et pour celles qui doivent être traduites ?", "24 juin",
     "11 août"),
    ("quand commence la réunion ?", "et elle se termine quand ?", "3 septembre", "ne le précisent pas"),
    ("à quelle heure commence la réunion ?", "et pour l'inscription ?", "24 juillet", "11:00"),
    ("what time does the meeting start?", "and registration?", "24 July", "11:00"),
    ("à quelle heure commence la réunion de l'équipe de direction à Tokyo ?", "et à New York ?",
     "05:00 à New York City (EDT, UTC-4), dimanche 23 août", "lundi 24 août"),
], ids=["place", "sub-item letter", "pointing at an item", "how after when", "the other deadline", "end after start",
        "a deadline after an hour", "a deadline after an hour, in English", "a city of two words after a session"])
def test_a_follow_up_is_read_against_the_previous_question(bot, meeting, first, then, expected, not_expected):
    say(bot, meeting, first)
    text = say(bot, meeting, then)
    assert expected in text and not_expected not in text


def test_a_previous_question_stamped_a_moment_later_by_another_process_still_counts(meeting, tmp_path):
    first_clock = FakeClock(dt.datetime(2020, 7, 20, 8, 0, 5, tzinfo=dt.timezone.utc))
    first = MeetingBot(meeting, first_clock, SqliteStore(tmp_path / "state.db"))
    say(first, meeting, "when does the meeting open?")
    first.store.close()
    second_clock = FakeClock(dt.datetime(2020, 7, 20, 8, 0, 0, tzinfo=dt.timezone.utc))
    second = MeetingBot(meeting, second_clock, SqliteStore(tmp_path / "state.db"))
    assert "18:00" in say(second, meeting, "and in Seoul?")


def test_the_same_words_alone_are_not_read_as_a_follow_up(bot, meeting):
    assert "18:00" not in say(bot, meeting, "and in Seoul?")


def test_another_askers_question_is_not_theirs(bot, meeting):
    say(bot, meeting, "when does the meeting open?", user="alice")
    assert "18:00" not in say(bot, meeting, "and in Seoul?", user="bob")


def test_a_previous_question_is_forgotten_after_ten_minutes(bot, meeting, clock):
    say(bot, meeting, "when does the meeting open?")
    clock.advance(dt.timedelta(minutes=11))
    assert "18:00" not in say(bot, meeting, "and in Seoul?")


def test_the_previous_question_survives_a_restart(meeting, tmp_path):
    clock = FakeClock(dt.datetime(2020, 7, 20, 8, 0, tzinfo=dt.timezone.utc))
    first = MeetingBot(meeting, clock, SqliteStore(tmp_path / "state.db"))
    say(first, meeting, "when does the meeting open?")
    first.store.close()
    second = MeetingBot(meeting, clock, SqliteStore(tmp_path / "state.db"))
    assert "18:00" in say(second, meeting, "and in Seoul?")


def test_a_question_that_stands_on_its_own_is_not_bent_by_the_previous_one(bot, meeting):
    say(bot, meeting, "what is item 3?")
    text = say(bot, meeting, "has it started?")
    assert "opens in" in text and "Coordination" not in text


def test_pointing_back_after_an_agenda_item(bot, meeting):
    say(bot, meeting, "what's 4g?")
    assert "SG17RG-AFR" in say(bot, meeting, "names of the groups under it?")


def test_a_chain_of_follow_ups_goes_on_from_the_question_as_it_was_read(bot, meeting):
    say(bot, meeting, "When does it start in Seoul?")
    assert "05:00 in New York" in say(bot, meeting, "and New York?")
    assert "18:00 in Tokyo" in say(bot, meeting, "and in Tokyo?")
    assert "10:00 in London" in say(bot, meeting, "and in London?")


def test_a_reference_of_its_own_is_not_bent_by_the_previous_one(bot, meeting):
    say(bot, meeting, "what is 3h")
    text = say(bot, meeting, "and 3i?")
    assert "3 i) Collaboration with IETF" in text and "3 h)" not in text


def test_an_impersonal_il_points_back_at_nothing(bot, meeting):
    say(bot, meeting, "À quelle heure commence la réunion à Séoul ?")
    text = say(bot, meeting, "Y a-t-il une interprétation ?")
    assert "sans interprétation" in text and "Séoul" not in text


@pytest.mark.parametrize("text, opens", [("puis-je obtenir une bourse ?", False), ("puis le g ?", True),
                                         ("pis le g?", True)], ids=["puis-je asks", "puis le", "pis le"])
def test_puis_opens_a_follow_up_but_puis_je_a_question_of_its_own(text, opens):
    assert opens_as_follow_up(read_question(text, "fr")) is opens


@pytest.mark.parametrize("marks", ["?????", "...", "?!"])
def test_bare_punctuation_is_no_follow_up(bot, meeting, marks):
    """Punctuation alone asks nothing: a hint, never the previous answer again."""
    say(bot, meeting, "what is agenda item 3h?")
    text = say(bot, meeting, marks)
    assert "/help" in text and "JTC 1" not in text


@pytest.mark.parametrize("before, question, expected, wrong", [
    ("ya l'interpretation en francais?", "et les docs c ou?", "page d'accueil", "sans interprétation"),
    ("où trouver le projet de calendrier des séances ?", "et les mises à jour de l'ordre du jour ?", "TD3000",
     "projet de calendrier"),
    ("quand a lieu la réunion de l'équipe de direction ?", "et c'est ouvert à tout le monde ?", "Qui peut y assister",
     "TIES"),
])
def test_a_follow_up_naming_its_own_topic_is_answered_on_it(bot, meeting, before, question, expected, wrong):
    say(bot, meeting, before)
    text = say(bot, meeting, question)
    assert expected in text and wrong not in text, text


def test_an_item_number_under_which_after_an_agenda_command(bot, meeting):
    say(bot, meeting, "/agenda 3")
    text = say(bot, meeting, "et qu'est-ce qu'il y a sous le 4 ?")
    assert "4 f) JCA de la CE 17" in text and "3 a)" not in text, text


def test_when_it_finishes_after_joining_late_is_the_meeting_s_last_day(meeting):
    clock = FakeClock(dt.datetime(2020, 8, 28, 7, tzinfo=dt.timezone.utc))
    late = MeetingBot(meeting, clock)
    say(late, meeting, "I'm joining late, what did I miss?")
    text = say(late, meeting, "and when does it finish?")
    assert "Thursday 3 September 2020" in text and "Registration" not in text, text


def test_a_bare_sub_item_letter_after_an_agenda_command(bot, meeting):
    say(bot, meeting, "/agenda 3")
    text = say(bot, meeting, "c'est quoi le h ?")
    assert "3 h) Collaboration avec la CEI" in text, text



@pytest.mark.parametrize("earlier, question, expected, wrong", [
    (["/agenda 3"], "c'est quoi le point l ?", "3 l) Qualification A.5 de l'UPU", "6 q)"),
    (["/agenda 6", "which sub-item is about liaison statements?"], "what's item r then?",
     "6 r) Highlights of achievements", "1. Opening"),
    (["/time Asia/Tokyo"], "and sydney?", "19:00 in Sydney", "does not say"),
    (["Quelle est la date limite d'inscription ?"], "Et celle des contributions ?", "mardi 11 août 2020",
     "vendredi 24 juillet"),
    (["/agenda 6", "what about n?"], "and which one is about correspondence groups?",
     "6 p) Establishment, continuation, or termination of correspondence groups", "2 f)"),
    (["/agenda 2"], "et les groupes par correspondance ?", "2 f) Rapports des groupes par correspondance", "6 p)"),
    (["/agenda 2"], "les CG du f, c'est lesquels ?", "CG-xss, CG-wtsa20-prep, CG-SECAD", "ne le précisent pas"),
    (["/agenda 3"], "et le k c quoi", "3 k) Collaboration avec le SDL Forum Society", "3 a)"),
    (["/deadlines all"], "Laquelle concerne les contributions à traduire ?", "mercredi 24 juin 2020", "Qui est invité"),
    (["/agenda 6"], "c koi le d ?", "6 d) Justification A.5", "6 a)"),
    (["/time Beirut"], "and the management team meeting?", "12:00 in Beirut", "does not say"),
    (["/deadlines all"], "Which of these can I still make?", "Tuesday 11 August 2020", "24 June"),
    (["/deadlines"], "Which of these are still open?", "Friday 24 July 2020", "management team"),
    (["/agenda 3"], "cest quoi le i", "3 i) Collaboration avec l'IETF", "3 a)"),
    (["what time does it open in hanoi"], "and in manila?", "17:00 in Manila", "16:00 in Hanoi"),
    (["/break 15m"], "how do i end it early?", "`/resume` goes back to the item", "Meeting dates"),
    (["what's 15:00 Geneva on Tue 25 Aug in Tokyo?"], "and 09:30?", "is 16:30 in Tokyo", "not 09:30"),
], ids=["a sub-item letter named as a point after /agenda", "a letter after an answer that showed one sub-item",
        "a place alone after /time", "the one of another after a deadline",
        "a topic among the sub-items of the item shown before", "a topic of the item /agenda showed",
        "a letter after 'du', then what is asked", "a letter, then 'c quoi'", "which deadline is about something",
        "'c koi' before a letter", "a session after /time", "which of the deadlines listed are still ahead",
        "'still open' of the deadlines listed, not the open meeting", "'cest quoi' before a letter",
        "another place instead of the one before", "how to end what a command started, asked as a sentence",
        "another clock after a conversion"])
def test_a_follow_up_read_against_what_came_before(bot, meeting, earlier, question, expected, wrong):
    for text in earlier:
        say(bot, meeting, text)
    text = say(bot, meeting, question)
    assert expected in text and wrong not in text, text


def test_what_to_say_first_when_given_the_mic_after_saying_one_is_in_the_meeting(bot, meeting):
    say(bot, meeting, "im in the zoom right now and i want to say something. how do i do it??")
    text = say(bot, meeting, "ok but what do i say first when they give me the mic")
    assert "identify themselves and indicate the entity" in text and "voice quality" not in text, text


@pytest.mark.parametrize("before, question, expected", [
    ("What is the deadline for registration?", "ok noted. and for contributions?", "Tuesday 11 August 2020"),
    ("À quelle heure ça ouvre à Halifax?", "Pis à Gander à Terre-Neuve?", "06:30"),
], ids=["an acknowledgement before 'and for …'", "a province named in French (Terre-Neuve)"])
def test_a_follow_up_after_an_acknowledgement_or_in_a_province(bot, meeting, before, question, expected):
    say(bot, meeting, before)
    assert expected in say(bot, meeting, question)
