"""The router: every channel answers about its meeting and room; a direct message about the meeting meant."""

from __future__ import annotations

import datetime as dt

from adapters.deployment import build_router
from bot.clock import FakeClock
from bot.config import BUNDLED_MEETING
from bot.core import MeetingBot
from bot.deployment.entries import DeploymentConfig
from bot.live_state import read_state
from bot.loader import load_meeting
from bot.notifier import CollectingNotifier
from bot.request import Asker, Request
from bot.sqlite_store import SqliteStore
from bot.store import MemoryStore
from adapters.deployment import load_served
from deployment_support import BOTH_ON, SG5, SG13, SG17, three_router

UTC = dt.timezone.utc
KIM = Asker("UKIM", "Kim", tz="Asia/Seoul")


def text(router, said: str, channel: str | None = None, asker: Asker = KIM, platform: str = "slack") -> str:
    reply = router.handle(Request(said, asker, channel, platform))
    return "\n".join(str(s) for s in reply.segments())


def test_each_channel_answers_about_its_own_meeting():
    router = three_router()
    assert "Study Group 17" in text(router, "/meeting", "C17PLEN")
    assert "Fictional test meeting of Study Group 13" in text(router, "/meeting", "C13PLEN")
    assert "Fictional test meeting of Study Group 5" in text(router, "/meeting", "C5PLEN")
    assert "Fictional test meeting of Study Group 13" in text(router, "/meeting", "1301", platform="discord")


def test_a_direct_message_with_several_meetings_ahead_asks_which_and_lists_them():
    answer = text(three_router(), "/deadlines")
    assert answer.startswith("Which meeting do you mean?")
    assert SG17 in answer and SG13 in answer and SG5 in answer and "/meeting use ID" in answer


def test_meetings_lists_each_with_its_dates_and_its_opening_in_the_askers_zone():
    answer = text(three_router(dt.datetime(2020, 8, 1, tzinfo=UTC)), "/meetings")
    assert "fictional-sg13-2020-08: Fictional test meeting of Study Group 13, Mon 31 Aug 2020 – Fri 4 Sep 2020" in answer
    assert "opens Mon 31 Aug 2020, 14:00 Asia/Seoul" in answer  # 14:00 Tokyo is 14:00 in Seoul too
    assert "opens Mon 9 Nov 2020, 23:00 Asia/Seoul" in answer  # 09:00 New York, EST


def test_a_question_that_names_a_meeting_answers_about_that_one():
    router = three_router()
    assert "Tokyo" in text(router, "when does the SG13 opening plenary start?")
    assert "New York" in text(router, "when is the opening plenary of study group 5?")
    assert "Tokyo" in text(router, "when does the SG13 opening plenary start?", "C17PLEN")  # even in another's channel


def test_meeting_use_is_remembered_across_a_restart(tmp_path):
    database = tmp_path / "meetingbot.db"
    store = SqliteStore(database)
    answer = text(three_router(store=store), f"/meeting use {SG5}")
    assert f"your direct messages are about Fictional test meeting of Study Group 5 ({SG5})" in answer
    store.close()
    store = SqliteStore(database)  # a restart: a new process on the same file
    try:
        router = three_router(store=store)
        assert "Fictional test meeting of Study Group 5" in text(router, "/meeting")
        assert "(your choice)" in text(router, "/meetings")
        assert "Study Group 17" in text(router, "/meeting", "C17PLEN")  # a channel keeps its own meeting
    finally:
        store.close()


def test_meeting_use_of_an_unknown_id_changes_nothing_and_lists_the_meetings():
    router = three_router()
    answer = text(router, "/meeting use sg99")
    assert "No meeting 'sg99' here." in answer and SG13 in answer
    assert text(router, "/deadlines").startswith("Which meeting do you mean?")


def test_meeting_use_accepts_a_group_name():
    router = three_router()
    text(router, "/meeting use SG13")
    assert "Fictional test meeting of Study Group 13" in text(router, "/meeting")


def test_with_only_one_meeting_ahead_a_direct_message_needs_no_choice():
    router = three_router(dt.datetime(2020, 10, 1, tzinfo=UTC))  # SG17 and SG13 are over
    assert "Fictional test meeting of Study Group 5" in text(router, "/meeting")


def test_rooms_chairs_chair_their_room_and_the_meetings_chairs_every_room_of_it():
    router = three_router()
    wp1_chair, sg13_chair = Asker("U13WP1CHAIR", "Aiko", is_chair=True), Asker("U13CHAIR", "Ken", is_chair=True)
    assert text(router, "/item 2", "C13WP1", wp1_chair).startswith("Item changed")
    assert text(router, "/item 2", "C13WP2", wp1_chair).startswith("Chairs only")
    assert text(router, "/item 2", "C17PLEN", sg13_chair).startswith("Chairs only")
    assert text(router, "/item 3", "C13WP2", sg13_chair).startswith("Item changed")
    assert text(router, "/item 1", "C13PLEN", sg13_chair).startswith("Item changed")


def test_two_rooms_chairs_move_in_parallel_and_nothing_crosses():
    notifier = CollectingNotifier()
    router = three_router(notifier=notifier)
    wp1, wp2 = Asker("U13WP1CHAIR", "Aiko", is_chair=True), Asker("U13WP2CHAIR", "Bo", is_chair=True)
    for move in ("/item 1", "/next", "/next"):
        text(router, move, "C13WP1", wp1)
        text(router, move, "C13WP2", wp2)
    assert "Question 2/13 results" in text(router, "/now", "C13WP1")
    assert "Closing of WP2" in text(router, "/now", "C13WP2")
    assert read_state(router.store, SG13).session is None and read_state(router.store, SG17).session is None
    announced = [(a.route, a.reply.title) for a in notifier.sent]
    assert [t for r, t in announced if r == f"{SG13}/wp1"] == [
        "Now under discussion: 1. Opening of WP1", "Now under discussion: 2. Question 1/13 results",
        "Now under discussion: 3. Question 2/13 results"]
    assert [t for r, t in announced if r == f"{SG13}/wp2"] == [
        "Now under discussion: 1. Opening of WP2", "Now under discussion: 2. Question 5/13 results",
        "Now under discussion: 3. Closing of WP2"]
    assert len(announced) == 6


def test_now_in_a_direct_message_shows_every_room_side_by_side():
    router = three_router()
    text(router, f"/meeting use {SG13}")
    text(router, "/item 2", "C13WP1", Asker("U13WP1CHAIR", "Aiko", is_chair=True))
    answer = router.handle(Request("/now", KIM, None, "slack"))
    assert [s.heading for s in answer.sections] == ["Plenary", "Working Party 1/13", "Working Party 2/13",
                                                    "Working Party 3/13"]
    assert "Question 1/13 results" in str(answer.sections[1].lines)
    assert "Question 1/13 results" not in str(answer.sections[2].lines)


def test_replies_about_another_meeting_carry_it_for_its_time_zone():
    router = three_router()
    reply = router.handle(Request("/meeting", KIM, "C13PLEN", "slack"))
    assert reply.about is not None and reply.about.id == SG13


def test_an_old_single_meeting_config_answers_exactly_as_one_core_does():
    config = DeploymentConfig(meeting=BUNDLED_MEETING)
    clock = FakeClock(dt.datetime(2020, 8, 24, 9, 5, tzinfo=UTC))
    router = build_router(load_served(config), config, clock, MemoryStore(), CollectingNotifier())
    alone = MeetingBot(load_meeting(BUNDLED_MEETING), clock, MemoryStore(), CollectingNotifier())
    chair = Asker("chair", "Chair", is_chair=True)
    for said, who in [("/deadlines", KIM), ("/agenda 3h", KIM), ("/item 3h", chair), ("/now", KIM),
                      ("/floor Korea", KIM), ("is there interpretation?", KIM), ("/help", KIM)]:
        for channel in (None, "C0ANY"):
            ours = router.handle(Request(said, who, channel, "slack"))
            theirs = alone.handle(Request(said, who, channel, "slack"))
            assert ours == theirs and ours.about is None, said
    assert router.route(Request("/now", KIM, "C0ANY", "slack")) is None
