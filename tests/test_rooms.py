"""Parallel rooms in the core: each room's live session on its own, the plenary's stored where it always was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.core import MeetingBot
from bot.live_state import read_state
from bot.loader import LoadError, load_meeting
from bot.notifier import CollectingNotifier
from bot.request import Asker, Request
from bot.store import MemoryStore

DATA = Path(__file__).parent / "data"
SG13 = DATA / "meetings" / "fictional-sg13-2020-08.yaml"
TUESDAY = dt.datetime(2020, 9, 1, 1, 0, tzinfo=dt.timezone.utc)  # 10:00 Tokyo, day 2
CHAIR = Asker("chair", "Chair", is_chair=True)
DELEGATE = Asker("kim", "Kim")


def cores(store: MemoryStore) -> dict[str | None, MeetingBot]:
    meeting = load_meeting(SG13)
    clock = FakeClock(TUESDAY)
    return {room: MeetingBot(meeting, clock, store, CollectingNotifier(), room=room)
            for room in (None, "wp1", "wp2", "wp3")}


def say(core: MeetingBot, text: str, asker: Asker = DELEGATE) -> str:
    return "\n".join(str(s) for s in core.handle(Request(text, asker)).segments())


def test_two_rooms_move_items_in_parallel_and_each_now_shows_its_own():
    store = MemoryStore()
    room = cores(store)
    assert "Item changed" in say(room["wp1"], "/item 2", CHAIR)
    assert "Item changed" in say(room["wp2"], "/item 3", CHAIR)
    say(room["wp1"], "/next", CHAIR)
    wp1, wp2, plenary = say(room["wp1"], "/now"), say(room["wp2"], "/now"), say(room[None], "/now")
    assert "Question 2/13 results" in wp1 and "Working Party 1/13" in wp1 and "Closing of WP2" not in wp1
    assert "Closing of WP2" in wp2 and "Working Party 2/13" in wp2 and "Question" not in wp2
    assert "No session is open" in plenary or "Session" not in plenary.split("\n")[0]
    assert read_state(store, "fictional-sg13-2020-08").session is None  # the plenary did not move


def test_the_plenarys_live_state_stays_under_the_meetings_id_and_a_rooms_under_meeting_slash_room():
    store = MemoryStore()
    room = cores(store)
    say(room[None], "/item 2", CHAIR)
    say(room["wp1"], "/item 4", CHAIR)
    assert read_state(store, "fictional-sg13-2020-08").current_ref == "2"
    assert read_state(store, "fictional-sg13-2020-08/wp1").current_ref == "4"


def test_a_room_without_its_own_agenda_follows_the_meetings():
    room = cores(MemoryStore())
    say(room["wp3"], "/item 3", CHAIR)
    assert "Reports of the working parties" in say(room["wp3"], "/now")


def test_a_rooms_floor_queue_is_its_own():
    room = cores(MemoryStore())
    say(room["wp1"], "/item 2", CHAIR)
    say(room["wp1"], "/floor Japan")
    assert "Japan" in say(room["wp1"], "/floor list")
    assert "Japan" not in say(room["wp2"], "/floor list")


def test_announcements_of_a_room_come_from_its_own_core():
    room = cores(MemoryStore())
    say(room["wp2"], "/item 2", CHAIR)
    assert [a.reply.title for a in room["wp2"].notifier.sent] == ["Now under discussion: 2. Question 5/13 results"]
    assert room["wp1"].notifier.sent == [] and room[None].notifier.sent == []


def test_an_undeclared_room_is_refused_at_once():
    with pytest.raises(ValueError, match="declares no room 'wp9'"):
        MeetingBot(load_meeting(SG13), FakeClock(TUESDAY), room="wp9")


def test_a_reload_keeps_each_rooms_state_and_follows_its_new_agenda(tmp_path):
    store = MemoryStore()
    room = cores(store)
    say(room["wp1"], "/item 2", CHAIR)
    edited = tmp_path / "sg13.yaml"
    edited.write_text(SG13.read_text().replace("Question 1/13 results", "Question 1/13 results and plans"))
    room["wp1"].reload(load_meeting(edited), room["wp1"].policy)
    assert "Question 1/13 results and plans" in say(room["wp1"], "/now")


@pytest.mark.parametrize("name, problem", [
    ("duplicate_id.yaml", "rooms[1].id: id wp1 appears twice"),
    ("without_title.yaml", "rooms[0].title: required field is missing"),
    ("agenda_without_items.yaml", "rooms[0].agenda.items"),
    ("bad_id.yaml", "rooms[0].id"),
], ids=["duplicate id", "no title", "agenda without items", "bad id"])
def test_a_misdeclared_room_is_refused_at_load_with_its_field(name, problem):
    with pytest.raises(LoadError) as error:
        load_meeting(DATA / "rooms" / name)
    assert problem in str(error.value)
