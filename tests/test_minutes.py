"""Minutes from a scripted session: the same every replay, and right (items, times, chairs, speakers)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bot.minutes import minutes_markdown
from bot.notifier import Audience
from live_helpers import LiveBot, discussing_3h, parse_script, play

DATA = Path(__file__).resolve().parent / "data"
SCRIPT = DATA / "session_script.txt"
EXPECTED_MD = DATA / "session_script.minutes.md"


@pytest.fixture(scope="module")
def replays(meeting):
    """The script replayed twice, each time on a fresh in-memory store."""
    return play(meeting, SCRIPT), play(meeting, SCRIPT)


def test_script_has_the_commands_a_chair_uses():
    commands = {text.split()[0] for _, _, _, text in parse_script(SCRIPT)}
    assert {"/session", "/item", "/next", "/break", "/resume", "/floor", "/adjourn"} <= commands


def test_replays_give_identical_markdown_minutes(replays):
    first, second = replays
    assert first.minutes_md() == second.minutes_md()


def test_replays_give_identical_json_minutes(replays):
    first, second = replays
    assert first.minutes_json() == second.minutes_json()


def test_replays_send_identical_announcements(replays):
    first, second = replays
    assert first.notifier.sent == second.notifier.sent


def test_markdown_minutes_match_the_hand_checked_file(replays):
    assert replays[0].minutes_md() == EXPECTED_MD.read_text(encoding="utf-8")


def test_json_minutes_hold_utc_instants(replays):
    data = json.loads(replays[0].minutes_json())
    assert data["meeting"] == "itu-t-sg17-2020-08"
    assert [s["session"] for s in data["sessions"]] == ["Plenary, day 1", "Plenary, day 2"]
    first = data["sessions"][0]["entries"][0]
    assert (first["ref"], first["start"], first["end"]) == ("1", "2020-08-24T09:00:00+00:00", "2020-08-24T09:10:00+00:00")
    for session in data["sessions"]:
        for entry in session["entries"]:
            start, end = dt.datetime.fromisoformat(entry["start"]), dt.datetime.fromisoformat(entry["end"])
            assert start.utcoffset() == end.utcoffset() == dt.timedelta(0)
            assert entry["duration_seconds"] == (end - start).total_seconds()
            for speaker in entry["speakers"]:
                assert dt.datetime.fromisoformat(speaker["at"]).utcoffset() == dt.timedelta(0)
                assert start <= dt.datetime.fromisoformat(speaker["at"]) <= end


def test_json_minutes_say_who_announced_and_who_spoke(replays):
    entries = json.loads(replays[0].minutes_json())["sessions"][0]["entries"]
    summary = [(e["kind"], e["ref"], e["announced_by"], [(s["name"], s["entity"]) for s in e["speakers"]])
               for e in entries]
    assert summary == [
        ("item", "1", "Rossi", []),
        ("item", "2", "Rossi", [("Dupont", "France"), ("Kim", "Republic of Korea")]),
        ("item", "3h", "Okafor", [("Wanjiru", "Kenya")]),
        ("break", None, "Okafor", []),
        ("item", "3h", "Rossi", []),
        ("item", "3i", "Rossi", []),
    ]
    assert entries[2]["parent_title"] == "Coordination, collaboration and cooperation"


def test_the_budget_reminder_went_to_the_chair_who_set_it(replays):
    reminders = replays[0].sent(Audience.CHAIRS)
    assert [(r.user_id, r.reply.title) for r in reminders] == [("okafor", "Time is up for item 3h")]


def test_running_item_shows_as_running_with_its_duration_so_far(meeting):
    live = discussing_3h(meeting)
    live.at("11:40")
    row = live.minutes_md().splitlines()[-1]
    assert row == "| 3 h) | Collaboration with IEC, ISO and ISO/IEC JTC 1 | 11:00 | (running) | 40 minutes | Rossi |  |"
    assert json.loads(live.minutes_json())["sessions"][0]["entries"][0]["end"] is None


def test_minutes_before_any_item(meeting):
    text = minutes_markdown(meeting, LiveBot(meeting).state(), dt.datetime(2020, 8, 24, 9, tzinfo=dt.timezone.utc))
    assert text.endswith("No item has been announced yet.\n")


def test_pipes_in_names_do_not_break_the_table(meeting):
    live = LiveBot(meeting)
    live.chair("/session start Joint | ISO session")
    live.chair("/item 3h")
    live.reply("/floor ISO|IEC", user="Dupont")
    live.chair("/floor next")
    lines = live.minutes_md().splitlines()
    assert "## Joint \\| ISO session (Mon 24 Aug 2020)" in lines
    assert lines[-1].endswith("| Dupont (ISO\\|IEC) 11:00 |")
    assert lines[-1].replace("\\|", "").count("|") == 8


@pytest.mark.parametrize("now, end, duration", [
    (dt.datetime(2026, 8, 24, 9, 0, tzinfo=dt.timezone.utc), "(open since Mon 24 Aug 2020, 11:00)", "—"),
    (dt.datetime(2020, 8, 25, 9, 1, tzinfo=dt.timezone.utc), "(open since Mon 24 Aug 2020, 11:00)", "—"),
    (dt.datetime(2020, 8, 20, 9, 0, tzinfo=dt.timezone.utc), "(open since Mon 24 Aug 2020, 11:00)", "—"),
    (dt.datetime(2020, 8, 25, 8, 0, tzinfo=dt.timezone.utc), "(running)", "23 hours"),
], ids=["years-later", "a-day-and-a-minute-later", "before-it-started", "within-a-day"])
def test_an_open_entry_far_from_now_shows_when_it_opened_without_a_duration(meeting, now, end, duration):
    """A session rehearsed with --at, then `meetingbot minutes` on the real clock: no running duration of years."""
    live = discussing_3h(meeting)
    row = minutes_markdown(meeting, live.state(), now).splitlines()[-1]
    assert row == f"| 3 h) | Collaboration with IEC, ISO and ISO/IEC JTC 1 | 11:00 | {end} | {duration} | Rossi |  |"


def test_an_open_break_of_a_rehearsed_session_read_years_later_is_open_since_its_start(meeting):
    live = discussing_3h(meeting)
    live.at("11:30")
    live.chair("/break")
    text = minutes_markdown(meeting, live.state(), dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.timezone.utc))
    row = text.splitlines()[-1]
    assert row.startswith("| — | *Break* | 11:30 | (open since Mon 24 Aug 2020, 11:30) | — |")
    assert "days" not in text and "(running)" not in text
    assert "| 11:00 | 11:30 | 30 minutes | Rossi |" in text  # closed entries keep their real durations


def test_what_people_typed_shows_as_typed_in_the_markdown_minutes(meeting):
    from live_helpers import LiveBot

    live = LiveBot(meeting)
    live.chair("/session start *Plenary* <b>day 1</b>")
    live.chair("/item 3h")
    live.reply("/floor [France](http://example.com) _x_", user="Dupont")
    live.chair("/floor next")
    minutes = live.minutes_md()
    assert "## \\*Plenary\\* \\<b\\>day 1\\</b\\>" in minutes
    assert "\\[France\\](http://example.com) \\_x\\_" in minutes
    assert "<b>" not in minutes and "[France](" not in minutes
