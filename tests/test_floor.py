"""The speaker queue: /floor ENTITY, cancel, list, and the chair's /floor next and /floor clear."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bot.notifier import Audience
from live_helpers import LiveBot, discussing_3h


@pytest.fixture
def live(meeting) -> LiveBot:
    """A session open at 11:00 Geneva with item 3h under discussion."""
    bot = discussing_3h(meeting)
    bot.notifier.sent.clear()
    return bot


def queue(live: LiveBot) -> list[tuple[str, str | None]]:
    return [(w.name, w.entity) for w in live.state().queue]


def test_first_request_needs_an_entity(live):
    reply = live.reply("/floor", user="Kim")
    assert not reply.ok
    assert "/floor ENTITY" in live.render(reply)
    assert queue(live) == []


def test_entity_is_remembered_for_next_time(live):
    assert "number 1 in the queue, as Kim (Republic of Korea)" in live.say("/floor Republic of Korea", user="Kim")
    live.say("/floor cancel", user="Kim")
    live.clock.advance(dt.timedelta(minutes=30))
    assert "as Kim (Republic of Korea)" in live.say("/floor", user="Kim")
    assert queue(live) == [("Kim", "Republic of Korea")]


def test_entity_is_remembered_across_sessions(live):
    live.say("/floor Kenya", user="Wanjiru")
    live.chair("/adjourn")
    live.clock.advance(dt.timedelta(days=1))
    live.chair("/session start Plenary, day 2")
    live.chair("/item 4")
    assert "as Wanjiru (Kenya)" in live.say("/floor", user="Wanjiru")


def test_a_new_entity_replaces_the_remembered_one(live):
    live.say("/floor Kenya", user="Wanjiru")
    live.say("/floor cancel", user="Wanjiru")
    live.say("/floor Safaricom", user="Wanjiru")
    live.say("/floor cancel", user="Wanjiru")
    assert "as Wanjiru (Safaricom)" in live.say("/floor", user="Wanjiru")


def test_once_per_person(live):
    live.say("/floor France", user="Dupont")
    live.say("/floor Kenya", user="Wanjiru")
    text = live.say("/floor France", user="Dupont")
    assert "Already in the queue" in text and "number 1 of 2" in text
    assert queue(live) == [("Dupont", "France"), ("Wanjiru", "Kenya")]


def test_cancel_leaves_the_queue_and_keeps_the_others_in_order(live):
    for user, entity in [("Dupont", "France"), ("Kim", "Republic of Korea"), ("Wanjiru", "Kenya")]:
        live.say(f"/floor {entity}", user=user)
    assert "Request withdrawn" in live.say("/floor cancel", user="Kim")
    assert queue(live) == [("Dupont", "France"), ("Wanjiru", "Kenya")]
    assert "Not in the queue" in live.say("/floor cancel", user="Kim")


def test_list_shows_the_queue_in_order_with_waiting_times(live):
    live.at("11:05")
    live.say("/floor France", user="Dupont")
    live.at("11:08")
    live.say("/floor Kenya", user="Wanjiru")
    live.at("11:10")
    text = live.say("/floor list", user="Kim")
    assert "Speaker queue (2)" in text
    assert "1. Dupont (France), waiting 5 minutes\n2. Wanjiru (Kenya), waiting 2 minutes" in text


def test_list_of_an_empty_queue(live):
    assert "Nobody is waiting for the floor." in live.say("/floor list")


def test_floor_next_announces_the_speaker_and_records_it_in_the_minutes(live):
    live.at("11:05")
    live.say("/floor France", user="Dupont")
    live.say("/floor Kenya", user="Wanjiru")
    live.at("11:12")
    assert live.chair("/floor next").ok
    [announcement] = live.sent()
    assert announcement.audience is Audience.SESSION
    assert announcement.reply.title == "The floor goes to Dupont (France)"
    assert "1 more waiting." in live.render(announcement.reply)
    assert queue(live) == [("Wanjiru", "Kenya")]
    row = next(line for line in live.minutes_md().splitlines() if line.startswith("| 3 h)"))
    assert row.endswith("| Dupont (France) 11:12 |")
    speakers = json.loads(live.minutes_json())["sessions"][0]["entries"][0]["speakers"]
    assert speakers == [{"name": "Dupont", "entity": "France", "at": "2020-08-24T09:12:00+00:00"}]


def test_speakers_are_recorded_under_the_item_they_spoke_on(live):
    live.say("/floor France", user="Dupont")
    live.say("/floor Kenya", user="Wanjiru")
    live.at("11:10")
    live.chair("/floor next")
    live.at("11:20")
    live.chair("/next")
    live.at("11:25")
    live.chair("/floor next")
    entries = json.loads(live.minutes_json())["sessions"][0]["entries"]
    assert [(e["ref"], [s["name"] for s in e["speakers"]]) for e in entries] == [("3h", ["Dupont"]), ("3i", ["Wanjiru"])]


def test_floor_next_on_an_empty_queue_announces_nothing(live):
    reply = live.chair("/floor next")
    assert not reply.ok and "The speaker queue is empty." in live.render(reply)
    assert live.sent() == []


def test_chair_clears_the_queue(live):
    live.say("/floor France", user="Dupont")
    live.say("/floor Kenya", user="Wanjiru")
    assert "2 request(s) removed." in live.render(live.chair("/floor clear"))
    assert queue(live) == []


@pytest.mark.parametrize("verb", ["next", "clear", "NEXT"])
def test_floor_next_and_clear_are_refused_for_non_chairs(live, verb):
    live.say("/floor France", user="Dupont")
    before = live.raw_state()
    reply = live.reply(f"/floor {verb}", user="Mallory")
    assert not reply.ok
    assert f"Only a chair can use /floor {verb.lower()}. Nothing was changed." in live.render(reply)
    assert live.raw_state() == before
    assert live.sent() == []


def test_no_floor_requests_outside_the_meeting_days_when_no_session_is_open(meeting):
    live = LiveBot(meeting, start=dt.datetime(2020, 7, 20, 8, tzinfo=dt.timezone.utc))
    reply = live.reply("/floor France", user="Dupont")
    assert not reply.ok and "No session is open" in live.render(reply)
    assert live.state().queue == []


def test_on_a_meeting_day_a_delegate_lines_up_before_the_chair_opens_the_session(meeting):
    live = LiveBot(meeting)  # Monday 24 August, the opening day, no session open yet
    reply = live.reply("/floor Marshall Islands (MINTA)", user="Kabua")
    text = live.render(reply)
    assert reply.ok and "You are number 1 in the queue, as Kabua (Marshall Islands (MINTA))." in text
    assert "No session is open yet; you keep your place, and the chair gives the floor in turn." in text
    assert "Kabua (Marshall Islands (MINTA))" in live.render(live.reply("/floor list", user="Other"))
    live.chair("/item 3h")  # opening the session keeps the queue
    live.chair("/floor next")
    assert live.sent()[-1].reply.title == "The floor goes to Kabua (Marshall Islands (MINTA))"


def test_a_full_width_mention_is_refused_like_a_plain_one(live):
    reply = live.reply("/floor ＠everyone ITU", user="Eve")
    assert not reply.ok and live.state().queue == []


def test_terminal_escapes_in_an_entity_are_not_kept(live):
    reply = live.reply("/floor \x1b[31mRED\x1b[0m ITU", user="Eve")
    assert reply.ok and "\x1b" not in live.render(reply)
    assert [w.entity for w in live.state().queue] == ["[31mRED [0m ITU"]


@pytest.mark.parametrize("entity", [
    "ACME & <script>alert(1)</script>",
    "*bold* _it_ `code` ~~x~~ &amp; &lt;",
    "Côte d’Ivoire | ISO/IEC",
], ids=["html", "markup", "unicode-and-pipe"])
def test_hostile_entity_text_is_kept_as_plain_text(live, entity):
    live.say(f"/floor {entity}", user="Eve")
    assert queue(live) == [("Eve", entity)]
    live.chair("/floor next")
    assert live.sent()[-1].reply.title == f"The floor goes to Eve ({entity})"
    speakers = json.loads(live.minutes_json())["sessions"][0]["entries"][0]["speakers"]
    assert speakers[0]["entity"] == entity


@pytest.mark.parametrize("entity", ["@everyone ARCEP Togo", "<!here> France", "<@U0123> Kenya", "@here"])
def test_a_mention_is_no_entity_and_changes_nothing(live, entity):
    live.chair("/item 3h")
    before = live.raw_state()
    text = live.say(f"/floor {entity}")
    assert "An entity cannot hold a mention" in text, text
    assert live.raw_state() == before
