"""Chair commands on the core: /item, /next, /prev, budgets, /break, /resume, /adjourn, /session; refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.console.render import TextRenderer
from bot.notifier import Audience
from bot.reply import Moment, Reply
from bot.request import Asker, Request
from live_helpers import OPENING, LiveBot

TITLE_3H = "Now under discussion: 3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1"


@pytest.fixture
def live(meeting) -> LiveBot:
    """The core at the opening of the meeting, 11:00 Geneva, nothing announced yet."""
    return LiveBot(meeting)


@pytest.mark.parametrize("ref", ["3h", "3 h", "3.h", "3(h)", "3h)", "item 3h", "3H", "Item 3 (h)"])
def test_item_in_every_reference_form_announces_the_sub_item(live, ref):
    reply = live.chair(f"/item {ref}")
    assert reply.ok
    [announcement] = live.sent()
    assert announcement.audience is Audience.SESSION
    assert announcement.reply.title == TITLE_3H
    text = live.render(announcement.reply)
    assert "Under item 3. Coordination, collaboration and cooperation" in text
    assert "Since 11:00 Geneva (CEST, UTC+2)" in text
    assert Moment(OPENING, "time") in announcement.reply.segments()
    assert live.state().current_ref == "3h"


@pytest.mark.parametrize("ref, hint", [
    ("3z", "Item 3 has sub-items a–n; there is no 3 z)."),
    ("42", "There is no item 42: the agenda has 10 items (1–10)."),
    ("banana bread", "“banana bread” is not an agenda reference."),
    ("", "Give a reference: /item 3h"),
], ids=["unknown-sub-item", "unknown-item", "not-a-reference", "no-reference"])
def test_unknown_reference_changes_nothing_and_helps(live, ref, hint):
    live.chair("/item 2a")
    before, sent_before = live.raw_state(), len(live.sent())
    live.clock.advance(dt.timedelta(minutes=5))
    reply = live.chair(f"/item {ref}")
    assert not reply.ok
    assert hint in live.render(reply)
    assert live.raw_state() == before
    assert len(live.sent()) == sent_before


def test_next_and_prev_walk_items_and_sub_items_in_agenda_order(live):
    live.chair("/item 2f")
    titles = []
    for command in ["/next", "/next", "/next", "/prev", "/prev", "/previous"]:
        live.clock.advance(dt.timedelta(minutes=3))
        assert live.chair(command).ok
        titles.append(live.sent()[-1].reply.title)
    assert titles == [
        "Now under discussion: 2 g) Workshops and seminars of interest to SG17",
        "Now under discussion: 3. Coordination, collaboration and cooperation",
        "Now under discussion: 3 a) Joint coordination activities (JCAs) and Focus groups (FGs)",
        "Now under discussion: 3. Coordination, collaboration and cooperation",
        "Now under discussion: 2 g) Workshops and seminars of interest to SG17",
        "Now under discussion: 2 f) Reports from the Correspondence Groups",
    ]
    assert [e.ref for e in live.state().timeline] == ["2f", "2g", "3", "3a", "3", "2g", "2f"]


@pytest.mark.parametrize("start, command, words", [
    ("10", "/next", "10. Closing is the last entry of the agenda."),
    ("1", "/prev", "1. Opening of the meeting and welcome is the first entry of the agenda."),
], ids=["next-after-last", "prev-before-first"])
def test_at_either_end_of_the_agenda_nothing_changes(live, start, command, words):
    live.chair(f"/item {start}")
    before, sent_before = live.raw_state(), len(live.sent())
    live.clock.advance(dt.timedelta(minutes=1))
    reply = live.chair(command)
    assert not reply.ok
    assert reply.title == "Nothing changed"
    assert words in live.render(reply)
    assert live.raw_state() == before
    assert len(live.sent()) == sent_before


def french_chair(live: LiveBot, text: str) -> tuple[Reply, str]:
    """A chair who reads French types ``text``: the reply and its French console text."""
    reply = live.bot.handle(Request(text, Asker(id="rossi", name="Rossi", is_chair=True, lang="fr")))
    return reply, TextRenderer(live.meeting, lang="fr").render(reply)


@pytest.mark.parametrize("start, command, french, english", [
    ("2f", "/item 3h", "3 h) Collaboration avec la CEI, l'ISO et le JTC 1 de l'ISO/CEI",
     "3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1"),
    ("3h", "/next", "3 i) Collaboration avec l'IETF", "3 i) Collaboration with IETF"),
    ("3i", "/prev", "3 h) Collaboration avec la CEI, l'ISO et le JTC 1 de l'ISO/CEI",
     "3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1"),
    ("3h", "/item déclarations de liaison", "6 k) Déclarations de liaison", "6 k) Liaison statements"),
], ids=["item", "next", "prev", "item-by-words"])
def test_a_french_chair_is_told_the_french_title_and_the_channel_keeps_english(live, start, command, french,
                                                                               english):
    live.chair(f"/item {start}")
    live.clock.advance(dt.timedelta(minutes=1))
    reply, text = french_chair(live, command)
    assert reply.ok and "Point changé" in text
    assert f"Annoncé dans le(s) canal(aux) de séance : {french}." in text and english not in text
    assert live.sent()[-1].reply.title == f"Now under discussion: {english}"  # public, in the working language


def test_a_french_chair_reads_the_closest_entries_in_french(live):
    reply, text = french_chair(live, "/item colaboration")
    assert not reply.ok and "Rien n'a changé" in text
    assert ("Les plus proches : 3. Coordination, collaboration et coopération; 6 i) Programme de travail des "
            "Questions mis à jour") in text
    assert "6 k) Déclarations de liaison." in text
    assert "Liaison statements" not in text and "Updated Question Work Programme" not in text
    assert live.sent() == []


@pytest.mark.parametrize("start, command, words", [
    ("10", "/next", "10. Clôture est la dernière entrée de l'ordre du jour."),
    ("1", "/prev", "1. Ouverture de la réunion et allocution de bienvenue est la première entrée de l'ordre du jour."),
], ids=["next-after-last", "prev-before-first"])
def test_a_french_chair_at_either_end_reads_the_french_title(live, start, command, words):
    live.chair(f"/item {start}")
    sent_before = len(live.sent())
    live.clock.advance(dt.timedelta(minutes=1))
    reply, text = french_chair(live, command)
    assert not reply.ok and words in text
    assert len(live.sent()) == sent_before


def test_next_with_no_item_yet_starts_at_the_first_item(live):
    live.chair("/next")
    assert live.sent()[-1].reply.title == "Now under discussion: 1. Opening of the meeting and welcome"


def test_prev_with_no_item_yet_changes_nothing(live):
    reply = live.chair("/prev")
    assert not reply.ok and "No item is under discussion yet" in live.render(reply)
    assert live.sent() == [] and live.raw_state()["live"] is None


def test_budget_reminds_only_that_chair_once_when_it_runs_out(live):
    live.chair("/item 3h 15m", user="Okafor")
    assert "Time budget: 15 minutes, until 11:15" in live.render(live.sent()[-1].reply)
    live.clock.advance(dt.timedelta(minutes=14, seconds=59))
    assert live.bot.tick() == 0
    live.clock.advance(dt.timedelta(minutes=1))
    assert live.bot.tick() == 1
    reminders = live.sent(Audience.CHAIRS)
    assert len(reminders) == 1
    assert reminders[0].user_id == "okafor"
    assert reminders[0].reply.title == "Time is up for item 3h"
    live.clock.advance(dt.timedelta(minutes=10))
    assert live.bot.tick() == 0
    assert len(live.sent(Audience.CHAIRS)) == 1


@pytest.mark.parametrize("typed", ["/item 3h 1:30", "/item 3h, 1h30", "/item 3h for 90 min", "/item 3h 1.5h",
                                   "/item 3h 90'"])
def test_a_budget_as_chairs_type_it(live, typed):
    assert live.chair(typed).ok
    text = live.render(live.sent()[-1].reply)
    assert "Now under discussion: 3 h)" in text and "Time budget: 1 hour 30 minutes, until 12:30" in text, text


def test_the_item_under_discussion_named_again_keeps_its_start_and_its_budget(live):
    live.chair("/item 3h 20'", user="Okafor")
    live.clock.advance(dt.timedelta(minutes=5))
    posted = len(live.sent())
    reply = live.chair("/item 3 h", user="Okafor")
    text = live.render(reply)
    assert not reply.ok and "3 h) Collaboration with IEC" in text and "already under discussion (since 11:00" in text
    assert "Its time budget stays: until 11:20" in text, text
    assert len(live.sent()) == posted and len(live.state().timeline) == 1
    live.clock.advance(dt.timedelta(minutes=15))
    assert live.bot.tick() == 1  # the budget's reminder still comes


def test_the_item_under_discussion_named_again_with_a_budget_sets_it(live):
    live.chair("/item 3h")
    live.clock.advance(dt.timedelta(minutes=5))
    assert live.chair("/item 3h 10m").ok
    assert "Time budget: 10 minutes, until 11:15" in live.render(live.sent()[-1].reply)


@pytest.mark.parametrize("change", ["/next", "/item 5", "/adjourn"])
def test_budget_is_cancelled_when_the_item_changes(live, change):
    live.chair("/item 3h 15m", user="Okafor")
    live.clock.advance(dt.timedelta(minutes=5))
    live.chair(change)
    live.clock.advance(dt.timedelta(minutes=30))
    assert live.bot.tick() == 0
    assert live.sent(Audience.CHAIRS) == []


def test_break_announces_resume_time_in_meeting_time_and_utc(live):
    live.chair("/item 3h")
    live.at("11:20")
    assert live.chair("/break 15m").ok
    announcement = live.sent()[-1]
    assert announcement.audience is Audience.SESSION
    text = live.render(announcement.reply)
    assert "Break (15 minutes)" in text
    assert "The session resumes at 11:35 Geneva (CEST, UTC+2) (09:35 UTC)." in text
    assert live.state().on_break


def test_the_chair_is_told_the_budget_and_the_break_s_end_not_only_that_it_was_announced(live):
    item = live.render(live.chair("/item 3h 15m"))
    assert "Time budget: 15 minutes, until 11:15 Geneva (CEST, UTC+2); you alone are reminded" in item, item
    live.at("11:20")
    pause = live.render(live.chair("/break 15m"))
    assert "The session resumes at 11:35 Geneva (CEST, UTC+2)." in pause and "/resume" in pause, pause
    no_budget = live.render(live.chair("/item 5"))
    assert "Time budget" not in no_budget, no_budget


def test_break_with_a_bad_duration_changes_nothing(live):
    live.chair("/item 3h")
    before = live.raw_state()
    reply = live.chair("/break soon")
    assert not reply.ok and "“soon” is not a duration" in live.render(reply)
    assert live.raw_state() == before


def test_resume_returns_to_the_item_under_discussion(live):
    live.chair("/item 3h")
    live.at("11:20")
    live.chair("/break 15m")
    live.at("11:36")
    assert live.chair("/resume").ok
    announcement = live.sent()[-1]
    assert announcement.reply.title == TITLE_3H
    assert "Resumed at 11:36 Geneva" in live.render(announcement.reply)
    state = live.state()
    assert state.current_ref == "3h" and not state.on_break
    assert [(e.kind, e.ref) for e in state.timeline] == [("item", "3h"), ("break", None), ("item", "3h")]


@pytest.mark.parametrize("move", ["/prev", "/next", "/item 2"])
def test_moving_during_a_break_says_the_break_is_over(live, move):
    live.chair("/item 3h")
    live.at("11:20")
    live.chair("/break 2h")
    live.at("11:25")
    reply = live.chair(move)
    assert reply.ok and "This ends the break." in live.render(reply)
    assert "Resumed at 11:25 Geneva" in live.render(live.sent()[-1].reply)
    assert not live.state().on_break


def test_resume_gives_back_the_budget_left_before_the_break(live):
    live.chair("/item 3h 30m")
    live.at("11:10")
    live.chair("/break 10m")
    live.at("11:20")
    live.chair("/resume")
    assert "Time budget: 20 minutes, until 11:40" in live.render(live.sent()[-1].reply)


def test_resume_after_the_budget_ran_out_does_not_claim_time_is_left(live):
    live.chair("/item 3h 15m")
    live.at("11:16")
    assert live.bot.tick() == 1  # the chair is told at 11:16 that time is up
    live.at("11:20")
    live.chair("/break 15m")
    live.at("11:35")
    live.chair("/resume")
    text = live.render(live.sent()[-1].reply)
    # The 15 minutes ran out at 11:15, before the break: nothing is left at 11:35.
    assert "Time budget: 5 minutes" not in text


def test_resume_without_a_break_changes_nothing(live):
    live.chair("/item 3h")
    before = live.raw_state()
    reply = live.chair("/resume")
    assert not reply.ok and "not on a break" in live.render(reply)
    assert live.raw_state() == before


def test_adjourn_ends_the_session_and_clears_the_queue(live):
    live.chair("/session start Plenary, day 1")
    live.chair("/item 3h")
    live.reply("/floor France", user="Dupont")
    live.reply("/floor Kenya", user="Wanjiru")
    live.at("12:30")
    assert live.chair("/adjourn").ok
    announcement = live.sent()[-1]
    assert announcement.audience is Audience.SESSION
    assert announcement.reply.title == "The session is adjourned"
    assert "“Plenary, day 1” is adjourned at 12:30 Geneva" in live.render(announcement.reply)
    state = live.state()
    assert state.session is None and state.queue == [] and state.current_ref is None
    assert state.timeline[-1].end == live.clock.now()
    assert "Nobody is waiting" in live.say("/floor list")


def test_adjourn_without_a_session_changes_nothing(live):
    reply = live.chair("/adjourn")
    assert not reply.ok and "No session is open." in live.render(reply)
    assert live.sent() == []


def test_session_start_opens_a_named_session(live):
    assert live.chair("/session start Plenary,   day 1").ok
    assert live.sent()[-1].reply.title == "Session opened: Plenary, day 1"
    live.chair("/item 1")
    assert live.state().timeline[0].session == "Plenary, day 1"
    assert "Now: Plenary, day 1" in live.say("/now")
    again = live.chair("/session start Another")
    assert not again.ok and "“Plenary, day 1” is still open" in live.render(again)


@pytest.mark.parametrize("name", ["Plenary @everyone", "Plenary <!channel>", "＠here WP1", "Day 2 <@U0123>"])
def test_a_session_name_with_a_mention_is_refused_and_opens_nothing(live, name):
    reply = live.chair(f"/session start {name}")
    assert not reply.ok and "cannot hold a mention" in live.render(reply)
    assert live.state().session is None and live.sent() == []


def test_a_session_name_is_shown_without_control_characters(live):
    assert live.chair("/session start Plenary\x07 \x1b[31mred\x00").ok
    assert live.sent()[-1].reply.title == "Session opened: Plenary [31mred"
    assert live.state().session.name == "Plenary [31mred"


def test_item_opens_a_session_implicitly(live):
    reply = live.chair("/item 1")
    assert "Opened “Session of Mon 24 Aug 2020”" in live.render(reply)
    assert live.state().session.name == "Session of Mon 24 Aug 2020"
    assert "Now: Session of Mon 24 Aug 2020" in live.say("/now")


CHAIR_COMMANDS = ["/item 3h", "/item 3h 15m", "/next", "/prev", "/break 15m", "/resume", "/adjourn",
                  "/session start Rogue session", "/session end"]


@pytest.mark.parametrize("command", CHAIR_COMMANDS)
def test_non_chair_is_refused_politely_and_nothing_changes(live, command):
    live.chair("/session start Plenary")
    live.chair("/item 5 20m")
    live.reply("/floor France", user="Dupont")
    before, sent_before = live.raw_state(), len(live.sent())
    live.clock.advance(dt.timedelta(minutes=2))
    reply = live.reply(command, user="Mallory")
    name = command.split()[0]
    assert not reply.ok
    assert f"Only a chair can use {name}. Nothing was changed." in live.render(reply)
    assert live.raw_state() == before
    assert len(live.sent()) == sent_before


def test_next_after_an_adjournment_goes_on_after_the_last_item_discussed(live):
    live.chair("/item 3h")
    live.chair("/next")
    live.chair("/adjourn")
    live.at("14:00")
    live.chair("/next")
    assert live.sent()[-1].reply.title == "Now under discussion: 3 j) Collaboration with ETSI"


def test_a_second_session_of_the_same_day_is_kept_apart(live):
    live.chair("/item 3h")
    live.chair("/next")
    live.chair("/adjourn")
    live.at("14:00")
    live.chair("/next")
    live.chair("/adjourn")
    summary = live.render(live.sent()[-1].reply)
    assert "“Session of Mon 24 Aug 2020 (2)” is adjourned" in summary
    assert "Items discussed: 3j." in summary
    sessions = [entry.session for entry in live.state().timeline]
    assert sessions == ["Session of Mon 24 Aug 2020"] * 2 + ["Session of Mon 24 Aug 2020 (2)"]


@pytest.mark.parametrize("typed, resumes", [
    ("11h30", "11:30 Geneva"), ("14:00", "14:00 Geneva"), ("until 14:00", "14:00 Geneva"), ("1h30", "12:50 Geneva"),
    ("15 min", "11:35 Geneva"), ("1:30", "12:50 Geneva"), ("20'", "11:40 Geneva"), ("1.5h", "12:50 Geneva"),
    ("14h", "14:00 Geneva"), ("2h", "13:20 Geneva"),
], ids=["a French clock", "a clock", "until a clock", "a length in hours and minutes", "a length in words",
        "a length as a clock face", "minutes with a prime", "decimal hours", "a French hour alone",
        "a length in hours alone"])
def test_a_break_until_a_clock_or_for_a_length(live, typed, resumes):
    live.chair("/item 3h")
    live.at("11:20")
    assert live.chair(f"/break {typed}").ok
    text = live.render(live.sent()[-1].reply)
    assert f"The session resumes at {resumes}" in text, text


def test_a_break_until_a_clock_already_past_changes_nothing(live):
    live.chair("/item 3h")
    live.at("11:20")
    before = live.raw_state()
    reply = live.chair("/break 10:00")
    assert not reply.ok and "a later time today" in live.render(reply)
    assert live.raw_state() == before


def test_the_next_days_item_opens_the_next_days_session_when_the_chair_forgot_to_adjourn(live):
    live.chair("/item 3h")
    live.reply("/floor France", user="Dupont")
    live.at("09:30", day=25)
    reply = live.chair("/item 4")
    text = live.render(reply)
    assert "“Session of Mon 24 Aug 2020” was never adjourned" in text
    assert "Opened “Session of Tue 25 Aug 2020”" in text
    state = live.state()
    assert state.session is not None and state.session.name == "Session of Tue 25 Aug 2020"
    assert state.queue == [], "yesterday's speaker queue does not carry over"
    monday, tuesday = state.timeline
    assert (monday.session, monday.end, monday.unadjourned) == ("Session of Mon 24 Aug 2020", None, True)
    assert tuesday.session == "Session of Tue 25 Aug 2020" and tuesday.ref == "4"
    minutes = live.minutes_md()
    assert "(never adjourned)" in minutes
    assert minutes.index("Session of Mon 24 Aug 2020") < minutes.index("Session of Tue 25 Aug 2020")


def test_a_named_session_opened_the_next_day_ends_the_one_left_open(live):
    live.chair("/session start Plenary, day 1")
    live.chair("/item 3h")
    live.at("09:30", day=25)
    reply = live.chair("/session start Plenary, day 2")
    assert reply.ok
    assert "“Plenary, day 1” was never adjourned" in live.render(reply)
    assert live.state().session.name == "Plenary, day 2"


def test_an_item_later_the_same_day_stays_in_the_open_session(live):
    live.chair("/item 3h")
    live.at("16:00", day=24)
    reply = live.chair("/item 4")
    assert "never adjourned" not in live.render(reply)
    assert {entry.session for entry in live.state().timeline} == {"Session of Mon 24 Aug 2020"}


def test_a_break_before_any_item_opens_today_s_session_and_is_announced(live):
    reply = live.chair("/break 15m")
    text = live.render(reply)
    assert reply.ok and "The session resumes at 11:15" in text and "Opened “" in text, text
    assert "/resume to end the break" in text and "back to the item" not in text, text
    assert live.state().session is not None and live.state().on_break
    announcement = live.sent()[-1]
    assert "Break (15 minutes)" in live.render(announcement.reply)
