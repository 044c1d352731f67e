"""What a French-speaking chair reads: the name of a session left unnamed, the alert when an item's time budget
runs out, and ``meetingbot minutes --lang fr``; an English-speaking chair reads all of it as before."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from adapters.cli import main
from adapters.console.render import TextRenderer
from bot.answers.budget import check_budget
from bot.deployment.minutes import room_markdown
from bot.live_state import NAMESPACE, load_state, read_state
from bot.minutes import minutes_markdown
from bot.models import Meeting
from bot.notifier import Audience, CollectingNotifier
from bot.reply import Reply
from bot.request import Asker, Request
from deployment_support import SG13, THREE, three_served
from live_helpers import LiveBot
from store_kinds import StorePlace

UTC = dt.timezone.utc
TUESDAY = dt.datetime(2020, 8, 25, 9, 0, tzinfo=UTC)  # Tue 25 Aug 2020, 11:00 Geneva
CLI = [sys.executable, "-m", "adapters.cli"]
TOKENS = ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_TOKEN", "MEETINGBOT_CONFIG",
          "DATABASE_URL")

ENGLISH_IN_MINUTES = ("# Minutes", "Times are", "Geneva time", "No item has been announced", "| Item |", "| Title |",
                      "| Start |", "Duration", "Announced by", "Speakers", "*Break*", "(running)", "open since",
                      "Session of", "TSB Collective letter", "Virtual meeting of", "Collaboration with")


def chair(live: LiveBot, text: str, lang: str, user: str = "Dupont") -> Reply:
    """``text`` typed by a chair whose platform (or ``--lang``) says ``lang``."""
    return live.bot.handle(Request(text, Asker(id=user.lower(), name=user, is_chair=True, lang=lang)))


def read(live: LiveBot, reply: Reply, lang: str) -> str:
    """A reply as the console shows it to a reader of ``lang``."""
    return TextRenderer(live.meeting, None, lang).render(reply)


# --- the session a chair opens without naming it -----------------------------------------------------------------

@pytest.mark.parametrize("command", ["/item 3h", "/session start"], ids=["implicit", "session-start"])
@pytest.mark.parametrize("lang, name, quoted", [
    ("fr", "Séance du mar. 25 août 2020", "« Séance du mar. 25 août 2020 » est ouverte"),
    ("en", "Session of Tue 25 Aug 2020", "“Session of Tue 25 Aug 2020”"),
], ids=["french", "english"])
def test_a_session_left_unnamed_is_named_after_the_day_in_the_chairs_language(meeting, command, lang, name, quoted):
    live = LiveBot(meeting, start=TUESDAY)
    reply = chair(live, command, lang)
    assert reply.ok and quoted in read(live, reply, lang)
    assert live.state().session.name == name


def test_a_second_unnamed_session_of_the_day_in_french_is_numbered(meeting):
    live = LiveBot(meeting, start=TUESDAY)
    chair(live, "/session start", "fr")
    chair(live, "/adjourn", "fr")
    live.at("14:00", day=25)
    text = read(live, chair(live, "/item 3h", "fr"), "fr")
    assert "« Séance du mar. 25 août 2020 (2) » est ouverte" in text
    assert "Session of" not in text


# --- the time-budget alert ----------------------------------------------------------------------------------------

def test_a_french_chair_is_told_in_french_when_the_budget_runs_out(meeting):
    live = LiveBot(meeting, start=TUESDAY)
    chair(live, "/item 3h 15m", "fr")
    assert live.state().budget.lang == "fr"
    live.at("11:14", day=25)
    assert live.bot.tick() == 0
    live.at("11:15", day=25)
    assert live.bot.tick() == 1
    [alert] = live.sent(Audience.CHAIRS)
    assert (alert.user_id, alert.reply.lang) == ("dupont", "fr")
    text = TextRenderer(meeting).render(alert.reply)  # the adapter's renderer follows the alert's language
    assert text.splitlines()[0] == "Le temps imparti au point 3h est écoulé"
    assert "Le temps imparti a pris fin à 11:15 Genève (CEST, UTC+2)." in text
    assert "/next pour passer à la suite, ou /item 3h 10m pour lui donner plus de temps." in text
    for english in ("Time is up", "ran out", "move on", "more time", "Geneva"):
        assert english not in text
    live.at("11:30", day=25)
    assert live.bot.tick() == 0  # once


def test_an_english_chair_is_told_in_english_as_before(meeting):
    live = LiveBot(meeting, start=TUESDAY)
    chair(live, "/item 3h 15m", "en")
    live.at("11:15", day=25)
    live.bot.tick()
    [alert] = live.sent(Audience.CHAIRS)
    text = TextRenderer(meeting, None, "fr").render(alert.reply)  # even on a renderer set to French
    assert text.splitlines()[0] == "Time is up for item 3h"
    assert "The time budget ran out at 11:15 Geneva (CEST, UTC+2)." in text
    assert "/next to move on, or /item 3h 10m to give it more time." in text


def test_the_alert_keeps_the_language_of_the_chair_who_set_the_budget(meeting):
    """An English-speaking chair calls a break and resumes: the budget, moved on by the break, stays French."""
    live = LiveBot(meeting, start=TUESDAY)
    chair(live, "/item 3h 15m", "fr", user="Dupont")
    live.at("11:05", day=25)
    chair(live, "/break", "en", user="Rossi")
    live.at("11:15", day=25)
    chair(live, "/resume", "en", user="Rossi")
    live.at("11:24", day=25)
    assert live.bot.tick() == 0
    live.at("11:25", day=25)
    assert live.bot.tick() == 1
    [alert] = live.sent(Audience.CHAIRS)
    assert alert.user_id == "dupont"
    assert "Le temps imparti a pris fin à 11:25 Genève" in TextRenderer(meeting).render(alert.reply)


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_a_budget_stored_before_it_had_a_language_still_loads_and_alerts_in_english(meeting, tmp_path, kind):
    place = StorePlace(kind, str(tmp_path / "state.db"))
    old = {"current_ref": "3h", "current_since": "2020-08-25T09:00:00+00:00",
           "budget": {"ends_at": "2020-08-25T09:15:00+00:00", "chair_id": "okafor", "platform": "slack",
                      "alerted": False}}
    place.plant(NAMESPACE, meeting.id, json.dumps(old))
    store = place.open()
    try:
        assert read_state(store, meeting.id).budget.lang == "en"
        notifier = CollectingNotifier()
        [alert] = check_budget(meeting, store, notifier, TUESDAY + dt.timedelta(minutes=15))
        assert alert.reply.title == "Time is up for item 3h" and alert.reply.lang == "en"
        with store.transaction() as tx:
            stored = tx.get(NAMESPACE, meeting.id)["budget"]
            assert load_state(tx, meeting.id).budget.alerted
        assert (stored["lang"], stored["alerted"]) == ("en", True)  # written back in the new shape
    finally:
        place.close()


def test_a_french_budget_survives_a_restart_of_the_store(meeting, tmp_path):
    place = StorePlace("sqlite", str(tmp_path / "state.db"))
    try:
        live = LiveBot(meeting, store=place.open(), start=TUESDAY)
        chair(live, "/item 3h 15m", "fr")
        live.store.close()
        [alert] = check_budget(meeting, place.open(), CollectingNotifier(), TUESDAY + dt.timedelta(minutes=15))
        assert alert.reply.title == "Le temps imparti au point 3h est écoulé"
    finally:
        place.close()


# --- the minutes --------------------------------------------------------------------------------------------------

@pytest.fixture
def meetingbot(tmp_path):
    """``meetingbot(*args)`` → CompletedProcess: the real command, in an empty folder (its database lands there)."""

    def _run(*args: str) -> subprocess.CompletedProcess:
        environment = {k: v for k, v in os.environ.items() if k not in TOKENS}
        environment["HOME"] = str(tmp_path)
        result = subprocess.run([*CLI, *args], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                                env=environment)
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-600:]
        return result

    return _run


def test_meetingbot_minutes_lang_fr_is_french_throughout(meetingbot):
    for at, command in (("11:00", "/item 3h"), ("11:20", "/next"), ("11:30", "/break")):
        meetingbot("ask", "--at", f"2020-08-25T{at}", "--chair", "--user", "Dupont", "--lang", "fr", command)
    minutes = meetingbot("minutes", "--at", "2020-08-25T11:40", "--lang", "fr").stdout
    assert minutes.splitlines()[:3] == [
        "# Déroulé des séances : Réunion virtuelle de la Commission d'études 17 de l'UIT-T (Sécurité)", "",
        "Lettre collective TSB 9/17 (CE 17/XY). Les heures sont celles de Genève (CEST, UTC+2)."]
    assert "\n## Séance du mar. 25 août 2020\n" in minutes  # the day once: the session's name gives it
    assert "| Point | Titre | Début | Fin | Durée | Annoncé par | Orateurs |" in minutes
    assert ("| 3 h) | Collaboration avec la CEI, l'ISO et le JTC 1 de l'ISO/CEI | 11:00 | 11:20 | 20 minutes | "
            "Dupont |") in minutes
    assert "| 3 i) | Collaboration avec l'IETF | 11:20 | 11:30 | 10 minutes | Dupont |" in minutes
    assert "| — | *Pause* | 11:30 | (en cours) | 10 minutes | Dupont |  |" in minutes
    for english in ENGLISH_IN_MINUTES:
        assert english not in minutes, english
    english = meetingbot("minutes", "--at", "2020-08-25T11:40").stdout
    assert english.startswith("# Minutes: Virtual meeting of ITU-T Study Group 17 (Security)\n")
    assert "## Séance du mar. 25 août 2020 (Tue 25 Aug 2020)" in english  # the name as the chair gave it
    assert "| — | *Break* | 11:30 | (running) | 10 minutes | Dupont |  |" in english
    as_json = meetingbot("minutes", "--at", "2020-08-25T11:40", "--format", "json", "--lang", "fr").stdout
    assert as_json == meetingbot("minutes", "--at", "2020-08-25T11:40", "--format", "json").stdout  # data
    assert json.loads(as_json)["sessions"][0]["entries"][-1]["kind"] == "break"


def test_french_minutes_before_any_item_and_of_an_entry_left_open(meeting):
    live = LiveBot(meeting)
    empty = minutes_markdown(meeting, live.state(), live.clock.now(), "fr")
    assert empty.endswith("\nAucun point n'a encore été annoncé.\n")
    chair(live, "/item 3h", "fr")
    years_later = dt.datetime(2026, 8, 24, 9, 0, tzinfo=UTC)
    row = minutes_markdown(meeting, live.state(), years_later, "fr").splitlines()[-1]
    assert row == ("| 3 h) | Collaboration avec la CEI, l'ISO et le JTC 1 de l'ISO/CEI | 11:00 | "
                   "(en cours depuis le lun. 24 août 2020, 11:00) | — | Dupont |  |")


def test_english_minutes_are_the_default_and_unchanged(meeting):
    live = LiveBot(meeting)
    chair(live, "/item 3h", "en")
    live.at("11:40")
    state, now = live.state(), live.clock.now()
    text = minutes_markdown(meeting, state, now)
    assert text == minutes_markdown(meeting, state, now, "en") == live.minutes_md()
    assert text.splitlines()[:3] == ["# Minutes: Virtual meeting of ITU-T Study Group 17 (Security)", "",
                                     "TSB Collective letter 9/17 (SG 17/XY). Times are Geneva time (CEST, UTC+2)."]
    assert "## Session of Mon 24 Aug 2020\n" in text
    assert "| Item | Title | Start | End | Duration | Announced by | Speakers |" in text


def test_an_item_retitled_since_it_was_announced_keeps_the_title_it_had(meeting: Meeting):
    live = LiveBot(meeting)
    chair(live, "/item 3h", "fr")
    state = live.state()
    state.timeline[0].title = "A title the agenda has since changed"
    text = minutes_markdown(meeting, state, live.clock.now(), "fr")
    assert "| 3 h) | A title the agenda has since changed | 11:00 |" in text  # no French of another title


def test_a_rooms_french_minutes_name_the_room_in_french():
    sg13 = next(item.meeting for item in three_served() if item.meeting.id == SG13)
    room = sg13.room("wp1")
    text = room_markdown(sg13, room, LiveBot(sg13).state(), TUESDAY, "fr")
    assert text.startswith("# Déroulé des séances : Fictional test meeting of Study Group 13 — "
                           "Groupe de travail 1/13\n")
    assert "Les heures sont celles de Tokyo (JST, UTC+9)." in text  # the file gives no French: its English


def test_minutes_lang_fr_of_every_room_from_the_command_line(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MEETINGBOT_CONFIG", raising=False)
    at = "2020-09-01T10:00:00+09:00"
    assert main(["ask", "--config", str(THREE), "--meeting", SG13, "--at", at, "--chair", "--room", "wp1",
                 "--lang", "fr", "/item 2"]) == 0
    capsys.readouterr()
    assert main(["minutes", "--config", str(THREE), "--meeting", SG13, "--at", "2020-09-01T12:00:00+09:00",
                 "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert out.count("# Déroulé des séances : Fictional test meeting of Study Group 13") == 4
    assert "— Groupe de travail 1/13\n" in out and "— Groupe de travail 3/13\n" in out
    assert "| 2. | Question 1/13 results | 10:00 | (en cours) | 2 heures |" in out  # the room's own agenda
    assert "Séance du mar. 1 sept. 2020" in out
    for english in ENGLISH_IN_MINUTES[:13]:
        assert english not in out, english
