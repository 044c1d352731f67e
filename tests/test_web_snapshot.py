"""What the live page shows, as data: the room's item, break and queue; the agenda marked; no user IDs."""

from __future__ import annotations

import datetime as dt
import json

from adapters.web.snapshot import as_json, listing_order, meeting_view, summary
from adapters.web.source import live_rooms
from web_fixtures import BEFORE, DURING, bundled_bot, chair_says, delegate_says

UTC = dt.timezone.utc


def view_of(bot, lang="en"):
    return meeting_view(bot.meeting, bot.agenda, live_rooms(bot), bot.clock.now(), lang)


def test_before_any_session_the_room_is_closed_and_nothing_is_marked():
    view = view_of(bundled_bot(BEFORE))
    assert view.meeting.phase == "before"
    (room,) = view.rooms
    assert room.session is None and room.current is None and not room.on_break
    assert not any(line.current for line in view.agenda)
    assert view.sessions[1].id == "opening" and view.sessions[1].start == dt.datetime(2020, 8, 24, 9, tzinfo=UTC)


def test_the_item_under_discussion_with_its_parent_next_and_mark():
    bot = bundled_bot()
    chair_says(bot, "/item 3h")
    view = view_of(bot)
    (room,) = view.rooms
    assert (room.current.label, room.current.title) == ("3 h)", "Collaboration with IEC, ISO and ISO/IEC JTC 1")
    assert room.parent.ref == "3" and room.next.ref == "3i" and room.since == DURING
    assert [line.ref for line in view.agenda if line.current] == ["3h"]


def test_a_break_keeps_the_item_and_gives_the_resume_time():
    bot = bundled_bot()
    chair_says(bot, "/item 3h")
    chair_says(bot, "/break 15m")
    (room,) = view_of(bot).rooms
    assert room.on_break and room.break_until == DURING + dt.timedelta(minutes=15)
    assert room.current.ref == "3h"


def test_adjourn_clears_the_room_and_remembers_the_last_item():
    bot = bundled_bot()
    chair_says(bot, "/item 3h")
    chair_says(bot, "/adjourn")
    (room,) = view_of(bot).rooms
    assert room.session is None and room.current is None and room.queue == ()
    assert room.last.ref == "3h" and room.last_until == DURING


def test_french_titles():
    bot = bundled_bot()
    chair_says(bot, "/item 1")
    view = view_of(bot, "fr")
    assert view.rooms[0].current.title == "Ouverture de la réunion et allocution de bienvenue"
    assert view.meeting.timezone_label == "Genève"
    assert {d.id: d.what for d in view.deadlines}["registration"] == "Inscription"


def test_the_queue_shows_names_and_entities_never_user_ids():
    bot = bundled_bot()
    chair_says(bot, "/item 3h", name="Arkadiy", user_id="UCHAIRSECRET")
    delegate_says(bot, "/floor <b>ACME</b> & Co", name="Kim", user_id="USECRETKIM")
    (room,) = view_of(bot).rooms
    assert [(w.name, w.entity) for w in room.queue] == [("Kim", "<b>ACME</b> & Co")]
    text = json.dumps(as_json(view_of(bot)))
    assert "USECRETKIM" not in text and "UCHAIRSECRET" not in text and "Arkadiy" not in text


def test_deadlines_say_whether_they_passed():
    view = view_of(bundled_bot(dt.datetime(2020, 7, 25, 8, tzinfo=UTC)))
    passed = {d.id: d.passed for d in view.deadlines}
    assert passed["registration"] is True
    assert not all(passed.values())
    assert [d.passes_at for d in view.deadlines] == sorted(d.passes_at for d in view.deadlines)


def test_meetings_are_listed_current_then_coming_then_past():
    bot = bundled_bot()
    meeting = bot.meeting
    during = summary(meeting, DURING, "en")
    coming = summary(meeting.model_copy(update={"id": "later"}), BEFORE, "en")
    past = summary(meeting.model_copy(update={"id": "past"}), dt.datetime(2021, 1, 1, tzinfo=UTC), "en")
    assert [s.id for s in listing_order([past, coming, during])] == ["itu-t-sg17-2020-08", "later", "past"]


def test_instants_are_utc_in_json():
    data = as_json(view_of(bundled_bot()))
    assert data["meeting"]["opens_at"] == "2020-08-24T09:00:00Z"
    assert data["meeting"]["start_date"] == "2020-08-24"


LONG_AFTER = dt.datetime(2026, 12, 1, 9, tzinfo=UTC)  # the meeting ended years ago


def test_an_item_left_open_when_the_meeting_ended_is_the_last_one_discussed_not_live():
    bot = bundled_bot()
    chair_says(bot, "/item 3h")
    delegate_says(bot, "/floor France", name="Kim", user_id="UKIM")
    bot.clock.set(LONG_AFTER)
    view = view_of(bot)
    (room,) = view.rooms
    assert room.session is None and room.current is None and room.queue == () and not room.on_break
    assert room.last.ref == "3h" and room.last_since == DURING and room.last_until is None
    assert not any(line.current for line in view.agenda)


def test_a_session_opened_in_a_rehearsal_before_the_meeting_is_not_live_during_it():
    bot = bundled_bot(BEFORE)  # a chair tries the commands days before the meeting and never adjourns
    chair_says(bot, "/item 2a")
    bot.clock.set(DURING)
    (room,) = view_of(bot).rooms
    assert room.current is None and room.last.ref == "2a" and room.last_since == BEFORE


def test_an_open_session_during_the_meeting_is_live():
    bot = bundled_bot()
    chair_says(bot, "/item 2a")
    bot.clock.set(DURING + dt.timedelta(days=2))  # left open overnight: still the meeting's, still shown
    (room,) = view_of(bot).rooms
    assert room.current.ref == "2a" and room.last is None
