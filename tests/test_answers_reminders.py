"""``/reminders``: everyone sees the next ones; only chairs see status, pause and resume."""

from __future__ import annotations

import datetime as dt

from adapters.console.render import TextRenderer
from bot.reminders import ledger
from bot.reminders.service import ReminderService
from bot.request import Asker, Request

UTC = dt.timezone.utc


def test_reminders_lists_next_in_meeting_time_and_askers_zone(ask):
    text = ask("/reminders", tz="America/New_York")
    lines = [line for line in text.splitlines() if " — " in line]
    assert len(lines) == 5
    assert lines[0].startswith("Deadline tomorrow: Registration — to be posted Thu 23 Jul 2020, 09:00 Geneva")
    assert "03:00 New York" in lines[0]
    assert lines[1].startswith("Deadline today: Registration — to be posted Fri 24 Jul 2020, 09:00 Geneva")
    # already past on 20 July: not listed
    assert "Deadline in 7 days: Registration" not in text


def test_the_time_listed_is_when_the_reminder_is_posted_not_the_deadline(ask, clock):
    clock.set(dt.datetime(2020, 7, 10, 8, 0, tzinfo=UTC))
    first = [line for line in ask("/reminders").splitlines() if " — " in line][0]
    # Registration closes on 24 July; the 7-day reminder about it goes out on the 17th.
    assert first == "Deadline in 7 days: Registration — to be posted Fri 17 Jul 2020, 09:00 Geneva (CEST, UTC+2)"


def test_reminders_lists_french_titles_to_a_french_asker(bot, meeting):
    asker = Asker(id="delegue", name="delegue", lang="fr", tz="America/New_York")
    text = TextRenderer(meeting, asker.zone, "fr").render(bot.handle(Request("/reminders", asker)))
    lines = [line for line in text.splitlines() if " — " in line]
    assert text.startswith("Prochains rappels (5)") and len(lines) == 5
    assert lines[0].startswith("Échéance demain : Inscription — à publier le jeu. 23 juil. 2020, 09:00 Genève")
    assert "03:00 New York" in lines[0]
    assert lines[1].startswith("Échéance aujourd'hui : Inscription — à publier le ven. 24 juil. 2020")
    assert lines[2].startswith("Échéance dans 7 jours : Soumission des contributions des Membres de l'UIT-T — "
                               "à publier le ")
    assert "Deadline" not in text and "Registration" not in text and "Submission" not in text


def test_reminders_lists_french_session_titles_before_the_opening(bot, meeting, clock):
    clock.set(dt.datetime(2020, 8, 22, 8, 0, tzinfo=UTC))
    asker = Asker(id="delegue", name="delegue", lang="fr")
    text = TextRenderer(meeting, None, "fr").render(bot.handle(Request("/reminders", asker)))
    assert "Réunion ouverte et prolongée de l'équipe de direction de la CE 17 demain — à publier le" in text
    assert "Ouverture de la réunion de la CE 17 dans 15 minutes — à publier le lun. 24 août 2020, 10:45" in text
    assert "Opening of the SG17 meeting" not in text


def test_reminders_after_last_one(ask, clock):
    clock.set(dt.datetime(2020, 8, 25, 8, 0, tzinfo=UTC))
    assert "No reminders are left" in ask("/reminders")


def test_non_chairs_cannot_pause_resume_or_see_status(ask, bot, meeting):
    for verb in ("pause", "resume", "status"):
        text = ask(f"/reminders {verb}")
        assert "Chairs only" in text and "Nothing was changed" in text
        assert ledger.is_paused(bot.store, meeting.id) is False
    ask("/reminders pause", chair=True)
    text = ask("/reminders resume")
    assert "Chairs only" in text
    assert ledger.is_paused(bot.store, meeting.id) is True


def test_chair_pauses_and_resumes(ask, bot, meeting, clock):
    text = ask("/reminders pause", chair=True)
    assert "paused" in text.lower()
    assert ledger.is_paused(bot.store, meeting.id)
    assert "Paused." in ask("/reminders status", chair=True)
    assert "paused by the chair" in ask("/reminders")
    service = ReminderService(meeting, bot.policy, bot.store)
    due = dt.datetime(2020, 7, 23, 7, 0, tzinfo=UTC)
    assert service.claim(due, ["slack:C01"]).jobs == []
    text = ask("/reminders resume", chair=True)
    assert "resumed" in text.lower()
    assert not ledger.is_paused(bot.store, meeting.id)
    assert "Running." in ask("/reminders status", chair=True)
    jobs = service.claim(due + dt.timedelta(minutes=5), ["slack:C01"]).jobs
    assert [j.reminder.reply.title for j in jobs] == ["Deadline tomorrow: Registration"]


def test_chair_status_shows_failures(ask, bot, meeting):
    service = ReminderService(meeting, bot.policy, bot.store)
    due = dt.datetime(2020, 7, 23, 7, 0, tzinfo=UTC)
    (job,) = service.claim(due, ["slack:C01"]).jobs
    service.finish(job, due + dt.timedelta(minutes=30), error="ConnectionError: 503 Service Unavailable")
    text = ask("/reminders status", chair=True)
    assert "1 failed" in text
    assert "registration/1d in slack:C01" in text and "503 Service Unavailable" in text


DAMAGED_KEY = "itu-t-sg17-2020-08/deadline:registration/1d|discord:42"


def ledger_with_one_damaged_record(bot, meeting) -> None:
    """Registration's 1-day reminder posted to slack:C01, failed in slack:C02; its discord:42 record damaged."""
    service = ReminderService(meeting, bot.policy, bot.store)
    due = dt.datetime(2020, 7, 23, 7, 0, tzinfo=UTC)
    for job in service.claim(due, ["slack:C01", "slack:C02"]).jobs:
        service.finish(job, due, error="ConnectionError: 503" if job.channel == "slack:C02" else None)
    with bot.store.transaction() as tx:
        tx.put(ledger.RECORDS, DAMAGED_KEY, ["not", "a", "record"])


def test_status_with_one_damaged_record_lists_the_others_and_names_it(ask, bot, meeting, caplog):
    ledger_with_one_damaged_record(bot, meeting)
    text = ask("/reminders status", chair=True)
    assert "Running." in text
    assert "1 posted, 0 claimed, 1 failed, 0 missed." in text
    assert "8 fell due before the bot first served this meeting and were never its to post (from Thu 23 Jul" in text
    assert "• failed: deadline:registration/1d in slack:C02 — ConnectionError: 503" in text
    assert "• missed:" not in text  # the bot was never down: nothing was missed
    assert (f"• damaged: reminders/{DAMAGED_KEY} (a JSON list where an object belongs); left as it is" in text
            and "meetingbot doctor" in text)
    with bot.store.transaction() as tx:
        assert tx.get(ledger.RECORDS, DAMAGED_KEY) == ["not", "a", "record"]
    assert any(DAMAGED_KEY in r.getMessage() for r in caplog.records if r.levelname == "ERROR")


def test_status_with_one_damaged_record_in_french(bot, meeting):
    ledger_with_one_damaged_record(bot, meeting)
    asker = Asker(id="rossi", name="Rossi", is_chair=True, lang="fr")
    reply = bot.handle(Request("/reminders status", asker))
    text = TextRenderer(meeting, None, "fr").render(reply)
    assert not reply.ok  # something needs the operator's attention
    assert "Publiés : 1 ; en cours : 0 ; en échec : 1 ; manqués : 0." in text
    assert "8 sont arrivés à échéance avant que le bot ne serve cette réunion" in text
    assert f"• endommagé : reminders/{DAMAGED_KEY} (a JSON list where an object belongs) ; laissé tel quel" in text


def test_status_lists_what_was_missed_while_down_and_only_counts_what_fell_due_before_serving(ask, bot, meeting):
    service = ReminderService(meeting, bot.policy, bot.store)
    first_look = dt.datetime(2020, 7, 1, 8, 0, tzinfo=UTC)
    before = service.claim(first_look, ["slack:C01"])
    assert not before.jobs and before.missed_summary is not None  # earlier deadlines' reminders
    unserved = sum(1 for r in service.reminders if r.due < first_look)
    back = dt.datetime(2020, 7, 23, 7, 0, tzinfo=UTC)  # down from 1 July: the 7-day registration reminder was missed
    for job in service.claim(back, ["slack:C01"]).jobs:
        service.finish(job, back)
    text = ask("/reminders status", chair=True)
    assert "• missed: deadline:registration/7d in slack:C01" in text
    assert f"{unserved} fell due before the bot first served this meeting" in text
    missed_lines = [line for line in text.splitlines() if line.startswith("• missed:")]
    assert missed_lines and len(missed_lines) == sum(1 for r in service.reminders if first_look <= r.due < back - service.grace)
