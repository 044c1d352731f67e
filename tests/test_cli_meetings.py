"""The command line over a deployment of several meetings: --meeting by id, /meeting use across runs, ics --all,
minutes per room."""

from __future__ import annotations

import json

import pytest

from adapters.cli import main
from deployment_support import SG5, SG13, SG17, THREE

AT = "2020-09-01T10:00:00+09:00"  # SG17 (Geneva) and SG13 (Tokyo) both on, SG5 ahead


@pytest.fixture
def run(capsys, tmp_path, monkeypatch):
    """``run(*args)`` → (exit code, stdout, stderr), in an empty folder (the config's database lands there)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MEETINGBOT_CONFIG", raising=False)

    def _run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err
    return _run


def test_ask_with_several_meetings_ahead_asks_which(run):
    code, out, _ = run("ask", "--config", str(THREE), "--at", AT, "/deadlines")
    assert code == 0 and out.startswith("Which meeting do you mean?") and SG5 in out


def test_meeting_takes_the_id_of_a_meeting_of_the_config(run):
    code, out, _ = run("ask", "--config", str(THREE), "--at", AT, "--meeting", SG5, "/meeting")
    assert code == 0 and "Fictional test meeting of Study Group 5" in out and "New York" in out


def test_meeting_with_an_unknown_id_says_which_ids_there_are(run):
    code, _, err = run("ask", "--config", str(THREE), "--meeting", "sg-99", "/meeting")
    assert code == 2
    assert f"--meeting: 'sg-99' is neither a meeting file nor the id of a meeting of the config (its meetings: " \
           f"{SG17}, {SG13}, {SG5})" in err


def test_meeting_use_is_remembered_by_the_next_run(run):
    run("ask", "--config", str(THREE), "--at", AT, "--user", "kim", f"/meeting use {SG13}")
    code, out, _ = run("ask", "--config", str(THREE), "--at", AT, "--user", "kim", "/meeting")
    assert code == 0 and "Fictional test meeting of Study Group 13" in out
    _, other, _ = run("ask", "--config", str(THREE), "--at", AT, "--user", "lee", "/meeting")
    assert other.startswith("Which meeting do you mean?")  # a choice is one person's


def test_ics_all_writes_one_calendar_per_meeting(run, tmp_path):
    code, out, _ = run("ics", "--config", str(THREE), "--all", "-o", str(tmp_path / "calendars"))
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "calendars").iterdir()) == sorted(
        f"{m}.ics" for m in (SG17, SG13, SG5))
    assert "Asia/Tokyo" in (tmp_path / "calendars" / f"{SG13}.ics").read_text()
    assert out.count("Wrote ") == 3


def test_ics_all_refuses_stdout(run):
    code, _, err = run("ics", "--config", str(THREE), "--all", "-o", "-")
    assert code == 2 and "one file per meeting" in err


def test_minutes_give_one_timeline_per_room_and_room_gives_one(run):
    for channel_text in ("/item 2", "/next"):
        run("ask", "--config", str(THREE), "--meeting", SG13, "--at", AT, "--chair", channel_text)
    code, out, _ = run("minutes", "--config", str(THREE), "--meeting", SG13, "--at", "2020-09-01T12:00:00+09:00")
    assert code == 0
    assert out.count("# Minutes: Fictional test meeting of Study Group 13") == 4
    assert "# Minutes: Fictional test meeting of Study Group 13 — Working Party 2/13" in out
    assert "Approval of the agenda" in out  # the plenary's items, from the console (no room channel)
    code, out, _ = run("minutes", "--config", str(THREE), "--meeting", SG13, "--room", "wp1", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["meeting"] == SG13 and data["room"] == "wp1" and data["sessions"] == []


def test_minutes_of_an_undeclared_room_is_refused(run):
    code, _, err = run("minutes", "--config", str(THREE), "--meeting", SG13, "--room", "wp9")
    assert code == 2 and "the meeting fictional-sg13-2020-08 has no room 'wp9' (its rooms: wp1, wp2, wp3)" in err


def test_a_chair_acts_in_a_room_from_the_command_line(run):
    code, out, _ = run("ask", "--config", str(THREE), "--at", AT, "--chair", "--room", "wp1", "/item 2")
    assert code == 0 and "2. Question 1/13 results" in out  # the room's own agenda
    code, out, _ = run("ask", "--config", str(THREE), "--at", AT, "--room", "wp1", "/now")
    assert "Working Party 1/13 — Now" in out and "Under discussion: 2" in out
    _, minutes, _ = run("minutes", "--config", str(THREE), "--meeting", SG13, "--at", AT, "--format", "json",
                        "--room", "wp1")
    assert [e["ref"] for s in json.loads(minutes)["sessions"] for e in s["entries"]] == ["2"]
    _, plenary, _ = run("minutes", "--config", str(THREE), "--meeting", SG13, "--at", AT, "--format", "json")
    assert "Question 1/13 results" not in plenary.split('"room": "wp1"')[0]


def test_an_unknown_room_is_named_with_the_rooms_there_are(run):
    code, _, err = run("ask", "--config", str(THREE), "--at", AT, "--chair", "--room", "wp9", "/item 2")
    assert code == 2
    assert "--room: no meeting here has a room 'wp9'" in err and "wp1, wp2, wp3" in err


def test_minutes_of_several_meetings_without_meeting_say_which_to_choose(run):
    code, out, err = run("minutes", "--config", str(THREE))
    assert code == 2 and out == ""
    assert f"the config serves 3 meetings; choose one with --meeting ID ({SG17}, {SG13}, {SG5})" in err


def test_a_calendar_of_one_session_says_one_session():
    from adapters.cli_meetings import counted
    from bot.config import BUNDLED_MEETING
    from bot.loader import load_meeting

    meeting = load_meeting(BUNDLED_MEETING)
    one = meeting.model_copy(update={"sessions": meeting.sessions[:1], "deadlines": meeting.deadlines[:1]})
    assert counted(one) == "1 session, 1 deadline"
    assert counted(meeting).endswith("deadlines")
