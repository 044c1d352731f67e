"""Every command answers in French for a French asker, with Babel dates; English stays as it was."""

from __future__ import annotations

import datetime as dt
import string
from typing import Callable

import pytest

from adapters.console.render import TextRenderer
from bot.clock import FakeClock
from bot.core import MeetingBot
from bot.i18n import Catalogue, hours, language, pick
from bot.i18n_commands import COMMANDS
from bot.i18n_session import SESSION
from bot.models import Meeting
from bot.notifier import CollectingNotifier
from bot.questions.messages import MESSAGES
from bot.registry import REGISTRY, Registry
from bot.reply import Field, Reply, Section
from bot.request import Asker, Request

UTC = dt.timezone.utc
Ask = Callable[..., str]


@pytest.fixture
def notifier() -> CollectingNotifier:
    """Collects the announcements, to see which language they go out in."""
    return CollectingNotifier()


@pytest.fixture
def french_bot(meeting: Meeting, clock: FakeClock, notifier: CollectingNotifier) -> MeetingBot:
    """The core at 20 July 2020, 10:00 Geneva, with a collecting notifier."""
    return MeetingBot(meeting, clock, notifier=notifier)


@pytest.fixture
def ask_fr(french_bot: MeetingBot, meeting: Meeting) -> Ask:
    """``ask_fr("/deadlines")`` → the console text a French-speaking asker reads."""

    def _ask(text: str, *, chair: bool = False, user: str = "delegue", tz: str | None = None,
             lang: str = "fr") -> str:
        asker = Asker(id=user, name=user, is_chair=chair, tz=tz, lang=lang)
        return TextRenderer(meeting, asker.zone, lang).render(french_bot.handle(Request(text, asker)))

    return _ask


# --- the mechanism ---------------------------------------------------------------------------

def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("catalogue", [COMMANDS, SESSION, MESSAGES], ids=["commands", "session", "questions"])
def test_every_message_has_both_languages_with_the_same_fields(catalogue: Catalogue) -> None:
    for key, (english, french) in catalogue.entries.items():
        assert english.strip() and french.strip(), key
        assert _fields(english) == _fields(french), key


@pytest.mark.parametrize("given, expected", [("fr", "fr"), ("fr-CA", "fr"), ("fr_FR", "fr"), ("FR", "fr"),
                                             ("en", "en"), ("en-GB", "en"), ("de", "en"), (None, "en"), ("", "en")])
def test_a_locale_is_read_as_one_of_the_two_languages(given: str | None, expected: str) -> None:
    assert language(given) == expected


def test_a_catalogue_translates_and_binds_a_language() -> None:
    catalogue = Catalogue({"hi": ("Hello {name}", "Bonjour {name}")})
    assert catalogue.translate("fr", "hi", name="Ana") == "Bonjour Ana"
    assert catalogue("de", "hi", name="Ana") == "Hello Ana"
    assert catalogue.bound("fr-BE")("hi", name="Ana") == "Bonjour Ana"


def test_meeting_data_falls_back_to_english_where_no_french_exists() -> None:
    assert pick("fr", "Registration", "Inscription") == "Inscription"
    assert pick("fr", "Registration", None) == "Registration"
    assert pick("en", "Registration", "Inscription") == "Registration"
    assert hours(30, "fr") == "30 heures" and hours(30, "en") == "30 hours"


def test_every_command_has_a_french_help() -> None:
    for command in REGISTRY.all():
        assert command.help_fr, command.name
        assert command.summary_in("fr") != command.summary_in("en"), command.name
        assert command.summary_in("en") == command.summary


# --- the commands in French --------------------------------------------------------------------

def test_deadlines_in_french(ask_fr: Ask) -> None:
    text = ask_fr("/deadlines")
    for expected in ("Échéances à venir (2)", "## Inscription", "ven. 24 juil. 2020", "mar. 11 août 2020",
                     "La lettre donne la date mais aucune heure.", "Quand : dans 4 jours (jusqu'à la fin de ce jour",
                     "1 échéance est déjà passée", "Date : ven. 24 juil. 2020"):
        assert expected in text
    for english in ("Upcoming", "The letter", "until the end", "Dates are in", "already passed", "When:"):
        assert english not in text


def test_deadlines_a_day_before_count_in_french_hours(ask_fr: Ask, clock: FakeClock) -> None:
    clock.advance(dt.timedelta(days=3, hours=12))  # 23 July, 22:00 Geneva
    assert "dans 26 heures" in ask_fr("/deadlines")


def test_all_deadlines_in_french(ask_fr: Ask) -> None:
    text = ask_fr("/deadlines toutes")
    assert "Toutes les échéances (à venir : 2 ; passées : 1)" in text
    assert "Quand : passée depuis 25 jours" in text
    assert "Soumission des contributions des Membres de l'UIT-T pour lesquelles une traduction est demandée" in text


def test_agenda_in_french(ask_fr: Ask) -> None:
    text = ask_fr("/agenda 3h")
    assert "Point 3 h) Collaboration avec la CEI, l'ISO et le JTC 1 de l'ISO/CEI" in text
    assert "## Dans le point 3. Coordination, collaboration et coopération" in text
    assert "Tapez /agenda 3 pour un point" in text
    assert "Under item" not in text and "Type /agenda" not in text and "Collaboration with" not in text
    overview = ask_fr("/agenda")
    assert overview.startswith("Ordre du jour de la séance plénière de la CE 17 de l'UIT-T, Genève, "
                               "24 août-3 septembre 2020 (10 points)")
    assert "9. Divers" in overview and "10. Clôture" in overview and "Any other business" not in overview
    full = ask_fr("/agenda full")
    assert "    4 f) JCA de la CE 17" in full and "        • JCA-IdM" in full
    assert "Agenda for Plenary" not in full and "SG17 JCAs" not in full


def test_agenda_search_in_french_words(ask_fr: Ask) -> None:
    assert "Point 10. Clôture" in ask_fr("/agenda clôture")
    found = ask_fr("/agenda déclarations de liaison")
    assert "Point 6 k) Déclarations de liaison" in found and "Liaison statements" not in found
    assert "Point 3 h)" in ask_fr("/agenda jtc")  # names written alike in both languages still match


@pytest.mark.parametrize("ref, expected", [
    ("11", "Il n'y a pas de point 11 : l'ordre du jour compte 10 points (1 à 10)."),
    ("3z", "Le point 3 a les sous-points a–n ; il n'y a pas de 3 z)."),
    ("zzzqqq", "Rien dans l'ordre du jour ne correspond à « zzzqqq »."),
], ids=["no-item", "no-sub-item", "no-match"])
def test_agenda_misses_in_french(ask_fr: Ask, ref: str, expected: str) -> None:
    text = ask_fr(f"/agenda {ref}")
    assert expected in text and "Absent de l'ordre du jour" in text
    assert "There is no" not in text and "The agenda has" not in text


def test_meeting_in_french(ask_fr: Ask) -> None:
    text = ask_fr("/meeting")
    for expected in ("Réunion virtuelle de la Commission d'études 17 de l'UIT-T (Sécurité)",
                     "Commission d'études 17 (Sécurité), réunion virtuelle.",
                     "lun. 24 août 2020 – jeu. 3 sept. 2020 (inclus)", "Ouverture : lun. 24 août 2020, 11:00",
                     "Ouverture de la réunion de la CE 17 : lun. 24 août 2020", "Uniquement en anglais, sans interprétation.",
                     "Lettre collective TSB 9/17 (CE 17/XY), lun. 8 juin 2020", "Courriel : tsbsg17@itu.int",
                     "## Comment participer", "## Secrétariat"):
        assert expected in text
    for english in ("How to join", "Sessions with", "only, no interpretation", "Addressed to", "(inclusive)", "Opens:"):
        assert english not in text


@pytest.mark.parametrize("at, expected", [
    (dt.datetime(2020, 7, 20, 8, tzinfo=UTC), "La réunion s'ouvre dans 35 jours : lun. 24 août 2020, 11:00"),
    (dt.datetime(2020, 8, 25, 8, tzinfo=UTC), "La réunion est en cours : jour 2 sur 11 (mar. 25 août 2020). "
                                              "Elle se termine le jeu. 3 sept. 2020."),
    (dt.datetime(2020, 10, 1, 8, tzinfo=UTC), "La réunion est terminée : elle a eu lieu du lun. 24 août 2020 "
                                              "au jeu. 3 sept. 2020."),
], ids=["before", "during", "after"])
def test_now_in_french(ask_fr: Ask, clock: FakeClock, at: dt.datetime, expected: str) -> None:
    clock.advance(at - clock.now())
    text = ask_fr("/now")
    assert expected in text and "Heure actuelle : " in text and text.startswith("Maintenant")
    assert "opens in" not in text and "Current time" not in text and "The meeting" not in text


def test_rules_and_info_in_french(ask_fr: Ask) -> None:
    text = ask_fr("/rules")
    assert "Règles de participation à distance (MyMeetings)" in text
    assert "En prenant la parole, indiquez qui vous êtes et l'entité que vous représentez." in text
    assert "Un sujet en entier : /rules" in text
    assert "les délégués doivent s'identifier et indiquer l'entité qu'ils représentent" in ask_fr("/rules floor")
    assert "Remote participation rules" not in text and "When taking the floor" not in text
    assert "La réunion ne sera pas retardée" in ask_fr("/rules connection")
    assert "Il n'y a pas de sujet « météo » dans les règles." in ask_fr("/rules météo")
    assert "Pas de visa : les réunions virtuelles" in ask_fr("/info visas")
    assert "Informations pratiques" in ask_fr("/info")


def test_help_in_french(ask_fr: Ask) -> None:
    text = ask_fr("/help")
    assert ": commandes" in text and "## Pour la présidence" in text
    assert "/deadlines [all] — Les principales échéances à venir" in text
    assert "For chairs" not in text and "What each command does" not in text and "plain words" not in text
    detail = ask_fr("/help agenda")
    assert "L'ordre du jour provisoire" in detail and "The draft agenda" not in detail
    assert "(Réservé à la présidence.)" in ask_fr("/help item")
    assert "Il n'y a pas de commande /nope" in ask_fr("/help nope")


def test_time_and_timezone_in_french(ask_fr: Ask) -> None:
    text = ask_fr("/time Asia/Seoul")
    assert "Horaires de la réunion, heure de Seoul" in text
    assert "Ouverture de la réunion de la CE 17 : lun. 24 août 2020, 18:00 Seoul (KST, UTC+9)" in text
    assert "The letter gives" not in text
    assert "Quel fuseau horaire ?" in ask_fr("/time")
    assert "Aucun fuseau n'est enregistré" in ask_fr("/timezone")
    saved = ask_fr("/timezone Asia/Seoul")
    assert "Votre fuseau est désormais Seoul. La réunion s'ouvre le lun. 24 août 2020" in saved
    assert "Fuseau horaire oublié" in ask_fr("/timezone clear")


def test_calendar_and_reminders_in_french(ask_fr: Ask) -> None:
    assert "contient 6 événements : les jours de la réunion" in ask_fr("/calendar")
    text = ask_fr("/reminders")
    assert "Prochains rappels (" in text and "jeu. 23 juil. 2020, 09:00" in text
    assert "Seule la présidence peut utiliser /reminders pause" in ask_fr("/reminders pause")
    assert "Publiés : 0" in ask_fr("/reminders status", chair=True)
    assert "Les rappels sont suspendus" in ask_fr("/reminders pause", chair=True)


def test_floor_in_french(ask_fr: Ask) -> None:
    assert "Aucune séance n'est ouverte" in ask_fr("/floor France")
    assert "Séance ouverte" in ask_fr("/session start Plénière", chair=True)
    assert "Vous êtes numéro 1 dans la file, en tant que delegue (France)." in ask_fr("/floor France")
    assert "Déjà dans la file" in ask_fr("/floor France")
    assert "1. delegue (France), en attente depuis" in ask_fr("/floor list")
    assert "Seule la présidence peut utiliser /floor next" in ask_fr("/floor next")
    given = ask_fr("/floor next", chair=True, user="chair")
    assert "Annoncé : la parole est à delegue (France)." in given


def test_chair_replies_in_french_and_announcements_in_english(ask_fr: Ask, notifier: CollectingNotifier,
                                                              clock: FakeClock) -> None:
    clock.advance(dt.datetime(2020, 8, 24, 9, 30, tzinfo=UTC) - clock.now())
    text = ask_fr("/item 3h", chair=True)
    assert "Point changé" in text and "Annoncé dans le(s) canal(aux) de séance : 3 h) Collaboration" in text
    announced = notifier.sent[-1].reply
    assert announced.title.startswith("Now under discussion: 3 h)")  # one channel, the working language
    now = ask_fr("/now")
    assert "En discussion : 3 h) Collaboration avec la CEI, l'ISO et le JTC 1 de l'ISO/CEI" in now
    assert "Dans le point 3. Coordination, collaboration et coopération" in now
    assert "Depuis 11:30 Genève" in now and "Ensuite : 3 i) Collaboration avec l'IETF" in now
    assert "Collaboration with" not in now
    assert "Pause annoncée" in ask_fr("/break 15m", chair=True)
    assert "En pause jusqu'à 11:45" in ask_fr("/now")
    assert "Reprise" in ask_fr("/resume", chair=True)
    assert "Rien n'a changé" in ask_fr("/item 11", chair=True)
    assert "Séance levée" in ask_fr("/adjourn", chair=True)
    closed = ask_fr("/now")
    assert "Aucune séance n'est ouverte. Dernier point discuté : 3 h) Collaboration avec la CEI" in closed
    assert "Collaboration with" not in closed


# --- the core's own words ----------------------------------------------------------------------

def test_core_hints_and_refusals_in_french(ask_fr: Ask) -> None:
    assert "Tapez /help pour voir" in ask_fr("   ")
    assert "Ce message est trop long (2100 caractères)" in ask_fr("x" * 2100)
    unknown = ask_fr("/agendaa")
    assert "Il n'y a pas de commande /agendaa. Vouliez-vous dire /agenda" in unknown
    refused = ask_fr("/next")
    assert "Réservé à la présidence" in refused and "Seule la présidence peut utiliser /next" in refused
    assert "Only a chair" not in refused


def test_a_failing_command_says_sorry_in_french(meeting: Meeting, clock: FakeClock) -> None:
    registry = Registry()

    @registry.command("boom")
    def boom(ctx: object, args: str) -> Reply:
        raise RuntimeError("bug")

    bot = MeetingBot(meeting, clock, registry=registry)
    reply = bot.handle(Request("/boom", Asker(id="u", name="u", lang="fr")))
    assert "Désolé, /boom a échoué de mon côté" in " ".join(map(str, reply.segments()))


def test_a_failing_question_points_to_the_commands_in_french(monkeypatch: pytest.MonkeyPatch,
                                                              meeting: Meeting, clock: FakeClock) -> None:
    def broken(*args: object) -> Reply:
        raise RuntimeError("bug")

    monkeypatch.setattr("bot.questions.answer_question", broken)
    reply = MeetingBot(meeting, clock).handle(Request("quand ?", Asker(id="u", name="u", lang="fr")))
    assert "Je réponds à des commandes comme /deadlines" in " ".join(map(str, reply.segments()))


def test_the_console_writes_french_fields_the_french_way(meeting: Meeting) -> None:
    reply = Reply(title="t", sections=(Section(fields=(Field("Date", ("x",)),)),))
    assert "  Date : x" in TextRenderer(meeting, None, "fr").render(reply)
    assert "  Date: x" in TextRenderer(meeting, None, "en").render(reply)


# --- English is unchanged ----------------------------------------------------------------------

@pytest.mark.parametrize("command, expected", [
    ("/deadlines", "The letter gives the date but no hour."),
    ("/deadlines", "When: in 4 days (until the end of that day, Geneva time)"),
    ("/agenda 3h", "## Under item 3. Coordination, collaboration and cooperation"),
    ("/meeting", "English only, no interpretation."),
    ("/now", "The meeting opens in 35 days: Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2)."),
    ("/help", "For chairs"),
    ("/next", "Only a chair can use /next. Nothing was changed."),
], ids=["deadlines-hour", "deadlines-when", "agenda", "meeting", "now", "help", "chairs-only"])
def test_english_replies_are_unchanged(ask_fr: Ask, command: str, expected: str) -> None:
    assert expected in ask_fr(command, lang="en")
