"""The real ``meetingbot`` command, run as a subprocess from an unrelated folder, as a user would."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CONFIGS = DATA / "configs"
BUNDLED = ROOT / "meeting_data" / "itu-t-sg17-2020-08.yaml"
EXAMPLE = ROOT / "meetingbot.example.yaml"
CLI = [sys.executable, "-m", "adapters.cli"]
TOKENS = ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_TOKEN", "MEETINGBOT_CONFIG")


@pytest.fixture
def meetingbot(tmp_path):
    """``meetingbot(*args, stdin=..., env=...)`` → CompletedProcess, run in an empty temporary folder."""

    def _run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        environment = {k: v for k, v in os.environ.items() if k not in TOKENS}
        environment.update(env or {})
        environment["HOME"] = str(tmp_path)
        return subprocess.run([*CLI, *args], cwd=tmp_path, input=stdin, capture_output=True, text=True,
                              timeout=60, env=environment)

    return _run


def no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stdout + result.stderr, result.stderr[-600:]


# --- check -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", [BUNDLED, EXAMPLE, DATA / "minimal_valid.yaml", CONFIGS / "valid.yaml"],
                         ids=["bundled-meeting", "example-config", "minimal-meeting", "valid-config"])
def test_check_valid_file_prints_ok(meetingbot, path):
    result = meetingbot("check", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "OK"


BROKEN = [
    ("bad_yaml_syntax", 42, "yaml"),
    ("wrong_type_study_group", 5, "study_group"),
    ("unknown_timezone", 13, "timezone"),
    ("deadline_date_does_not_exist", 30, "deadlines[0].date"),
    ("unknown_field", 11, "venu"),
    ("empty", 1, "(top level)"),
    ("top_level_list", 2, "(top level)"),
    ("binary", 1, "file"),
    ("latin1_encoding", 6, "file"),
    ("python_object_tag", 7, "yaml"),
    ("deeply_nested", r"\d+", "yaml"),  # any line: the point is no crash
]


@pytest.mark.parametrize(("name", "line", "field"), BROKEN, ids=[b[0] for b in BROKEN])
def test_check_broken_meeting_file(meetingbot, tmp_path, name, line, field):
    shutil.copy(DATA / f"{name}.yaml", tmp_path / f"{name}.yaml")
    result = meetingbot("check", f"{name}.yaml")
    no_traceback(result)
    assert result.returncode == 2
    assert re.search(rf"^{name}\.yaml:{line}: {re.escape(field)}: \S", result.stdout, re.M), result.stdout
    assert "OK" not in result.stdout


@pytest.mark.parametrize(("name", "line", "field"), [
    ("unknown_key", 3, "reminder"),
    ("bad_reminder_offset", 3, "reminders.deadlines"),
    ("wrong_type", 3, "discord.guild_id"),
], ids=["unknown_key", "bad_reminder_offset", "wrong_type"])
def test_check_broken_config_file(meetingbot, tmp_path, name, line, field):
    shutil.copy(CONFIGS / f"{name}.yaml", tmp_path / f"{name}.yaml")
    result = meetingbot("check", f"{name}.yaml")
    no_traceback(result)
    assert result.returncode == 2
    assert result.stdout.splitlines()[0].startswith(f"{name}.yaml:{line}: {field}: ")
    assert "required field is missing" not in result.stdout  # not mistaken for a meeting file


def test_check_several_files_reports_each(meetingbot):
    result = meetingbot("check", str(BUNDLED), str(DATA / "bad_email.yaml"), str(DATA / "unknown_timezone.yaml"))
    assert result.returncode == 2
    assert f"{DATA / 'bad_email.yaml'}:46: contacts.email: not an e-mail address" in result.stdout
    assert f"{DATA / 'unknown_timezone.yaml'}:13: timezone: " in result.stdout
    assert f"{BUNDLED}: OK" in result.stdout.splitlines()  # a verdict for each file
    assert f"{DATA / 'bad_email.yaml'}: 1 problem: not loaded" in result.stdout.splitlines()
    assert "All 3 files" not in result.stdout  # no verdict of them all when one is broken


def test_check_several_good_files_gives_each_and_all_a_verdict(meetingbot):
    result = meetingbot("check", str(BUNDLED), str(BUNDLED))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [f"{BUNDLED}: OK", f"{BUNDLED}: OK", "All 2 files: OK"]


def test_check_missing_file(meetingbot):
    result = meetingbot("check", "nowhere.yaml")
    no_traceback(result)
    assert result.returncode == 2
    assert result.stdout.startswith("nowhere.yaml:")
    assert "cannot read" in result.stdout


# --- ask ---------------------------------------------------------------------------------------------------

def test_ask_agenda_sub_item(meetingbot):
    result = meetingbot("ask", "/agenda 3h")
    assert result.returncode == 0, result.stderr
    assert "3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1" in result.stdout
    assert "Coordination, collaboration and cooperation" in result.stdout


def test_ask_words_without_quotes(meetingbot):
    result = meetingbot("ask", "/agenda", "4g")
    assert result.returncode == 0
    assert "SG17RG-AFR" in result.stdout


def test_ask_unknown_command_gets_a_hint(meetingbot):
    result = meetingbot("ask", "/nonsense")
    assert result.returncode == 0
    assert "/nonsense" in result.stdout
    assert "/help" in result.stdout
    assert result.stderr == ""


def test_at_after_registration_deadline(meetingbot):
    result = meetingbot("ask", "--at", "2020-07-30T12:00:00+02:00", "/deadlines")
    assert result.returncode == 0, result.stderr
    assert "## Registration" not in result.stdout
    assert "Submission of ITU-T Member contributions" in result.stdout
    assert "Tue 11 Aug 2020" in result.stdout
    assert "in 12 days" in result.stdout
    assert "2 deadlines have already passed" in result.stdout


def test_at_after_registration_deadline_all_shows_it_passed(meetingbot):
    result = meetingbot("ask", "--at", "2020-07-30T12:00:00+02:00", "/deadlines all")
    registration = result.stdout.split("## Registration", 1)[1].split("##", 1)[0]
    assert "passed 5 days ago" in registration


def test_at_before_registration_deadline(meetingbot):
    result = meetingbot("ask", "--at", "2020-07-20T10:00:00+02:00", "/deadlines")
    assert "## Registration" in result.stdout
    assert "in 4 days" in result.stdout


def test_at_without_offset_is_meeting_time(meetingbot):
    result = meetingbot("ask", "--at", "2020-08-24T10:30:00", "/now")
    assert result.returncode == 0
    assert "Current time: Mon 24 Aug 2020, 10:30 Geneva" in result.stdout
    assert "opens in" in result.stdout


def test_tz_shows_meeting_in_asker_zone(meetingbot):
    result = meetingbot("ask", "--tz", "Asia/Seoul", "/meeting")
    assert result.returncode == 0, result.stderr
    assert "Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2) = 18:00 Seoul (KST, UTC+9)" in result.stdout


def test_common_flags_before_the_command(meetingbot):
    # DESIGN.md §4 calls them common flags; `meetingbot --tz Asia/Seoul ask /meeting` is how users write them.
    result = meetingbot("--tz", "Asia/Seoul", "ask", "/meeting")
    assert result.returncode == 0, result.stderr
    assert "18:00 Seoul" in result.stdout


@pytest.mark.parametrize(("flag", "value"), [("--at", "yesterday"), ("--at", "2020-02-30T10:00:00"),
                                             ("--tz", "Mars/Olympus_Mons")],
                         ids=["at-word", "at-impossible-date", "tz-unknown"])
def test_bad_flag_is_one_clear_line(meetingbot, flag, value):
    result = meetingbot("ask", flag, value, "/meeting")
    no_traceback(result)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert flag in lines[0] and value in lines[0]


def test_ask_with_meeting_file(meetingbot):
    result = meetingbot("ask", "--meeting", str(DATA / "minimal_valid.yaml"), "/agenda")
    assert result.returncode == 0
    assert "Test agenda" in result.stdout


def test_ask_with_broken_meeting_file(meetingbot):
    path = DATA / "wrong_type_study_group.yaml"
    result = meetingbot("ask", "--meeting", str(path), "/agenda")
    no_traceback(result)
    assert result.returncode == 2
    assert re.search(rf"^{re.escape(str(path))}:5: study_group: ", result.stderr, re.M), result.stderr


# --- console and run ---------------------------------------------------------------------------------------

def test_console_from_stdin(meetingbot):
    result = meetingbot("console", stdin="/agenda 3\n/quit\n")
    assert result.returncode == 0, result.stderr
    assert "3 n) Reports on other liaison and collaboration activities" in result.stdout
    assert "Bye." in result.stdout
    no_traceback(result)


def test_console_ends_at_end_of_input(meetingbot):
    result = meetingbot("console", "--tz", "Asia/Seoul", stdin="/meeting\n")
    assert result.returncode == 0
    assert "18:00 Seoul" in result.stdout
    assert "Bye." in result.stdout


def test_run_without_tokens_is_the_console(meetingbot):
    result = meetingbot("run", stdin="/agenda 4f\n/quit\n")
    assert result.returncode == 0, result.stderr
    assert "Type /help" in result.stdout
    assert "JCA-IdM" in result.stdout
    assert "Bye." in result.stdout


# --- deployment config -------------------------------------------------------------------------------------

def test_config_env_relative_meeting(meetingbot):
    result = meetingbot("ask", "/agenda", env={"MEETINGBOT_CONFIG": str(CONFIGS / "valid.yaml")})
    assert result.returncode == 0, result.stderr
    assert "Test agenda" in result.stdout


def test_config_flag_relative_meeting(meetingbot):
    result = meetingbot("ask", "--config", str(CONFIGS / "valid.yaml"), "/agenda")
    assert result.returncode == 0, result.stderr
    assert "Test agenda" in result.stdout


def test_config_env_broken(meetingbot):
    path = CONFIGS / "bad_reminder_offset.yaml"
    result = meetingbot("ask", "/agenda", env={"MEETINGBOT_CONFIG": str(path)})
    no_traceback(result)
    assert result.returncode == 2
    assert result.stdout == ""
    assert re.search(rf"^{re.escape(str(path))}:3: reminders.deadlines: 'tomorrow' is not an offset",
                     result.stderr, re.M), result.stderr


def test_config_env_broken_stops_the_console(meetingbot):
    path = CONFIGS / "unknown_nested_key.yaml"
    result = meetingbot("run", stdin="/agenda\n", env={"MEETINGBOT_CONFIG": str(path)})
    no_traceback(result)
    assert result.returncode == 2
    assert f"{path}:4: slack.channels: unknown field" in result.stderr


def test_config_missing_file(meetingbot):
    result = meetingbot("ask", "--config", "nowhere.yaml", "/agenda")
    no_traceback(result)
    assert result.returncode == 2
    assert "nowhere.yaml" in result.stderr and "cannot read" in result.stderr


# --- a rehearsal (--at) keeps its state apart ------------------------------------------------------------------

def test_a_rehearsal_leaves_the_real_database_untouched(meetingbot, tmp_path):
    config = tmp_path / "cfg.yaml"
    config.write_text(f"database: {tmp_path / 'state.db'}\n", encoding="utf-8")
    rehearsed = meetingbot("console", "--config", str(config), "--chair", "--at", "2020-08-24T11:00",
                           stdin="/item 3h\n/next\n")
    assert f"what you change is kept in {tmp_path / 'state.rehearsal.db'}, not in {tmp_path / 'state.db'}" \
        in rehearsed.stdout
    real = meetingbot("ask", "--config", str(config), "/now")
    assert "Under discussion" not in real.stdout
    assert "No item has been announced yet." in meetingbot("minutes", "--config", str(config)).stdout
    minutes = meetingbot("minutes", "--config", str(config), "--at", "2020-08-24T12:00").stdout
    assert "| 3 h) | Collaboration with IEC, ISO and ISO/IEC JTC 1 | 11:00 |" in minutes
    assert "| 3 i) |" in minutes
    again = meetingbot("ask", "--config", str(config), "--at", "2020-08-24T11:30", "/now")
    assert "Under discussion: 3 i)" in again.stdout


def test_a_rehearsal_earlier_than_the_one_kept_is_refused_and_changes_nothing(meetingbot, tmp_path):
    config = tmp_path / "cfg.yaml"
    config.write_text(f"database: {tmp_path / 'state.db'}\n", encoding="utf-8")
    meetingbot("ask", "--config", str(config), "--chair", "--at", "2020-08-31T10:00", "/item 4f")
    back = meetingbot("ask", "--config", str(config), "--chair", "--at", "2020-08-25T11:30", "/item 3h")
    no_traceback(back)
    assert back.returncode == 2
    assert back.stdout == ""
    assert (f"already holds a rehearsal up to Mon 31 Aug 2020 10:00 (Geneva time), after --at "
            f"(Tue 25 Aug 2020 11:30)") in back.stderr
    assert f"Delete {tmp_path / 'state.rehearsal.db'} to rehearse an earlier time" in back.stderr
    question = meetingbot("ask", "--config", str(config), "--at", "2020-08-25T11:30", "when does the meeting end?")
    assert question.returncode == 0 and "3 September 2020" in question.stdout
    not_a_chair = meetingbot("ask", "--config", str(config), "--at", "2020-08-25T11:30", "/item 3h")
    no_traceback(not_a_chair)
    assert not_a_chair.returncode == 0 and "Only a chair can use /item. Nothing was changed." in not_a_chair.stdout
    later = meetingbot("ask", "--config", str(config), "--at", "2020-08-31T10:05", "/now")
    assert "Under discussion: 4 f)" in later.stdout and "Since 10:00" in later.stdout
    (tmp_path / "state.rehearsal.db").unlink()
    afresh = meetingbot("ask", "--config", str(config), "--chair", "--at", "2020-08-25T11:30", "/item 3h")
    assert afresh.returncode == 0 and "Since 11:30" in afresh.stdout


# --- a database in a folder that does not exist ------------------------------------------------------------------

@pytest.mark.parametrize("command", [["ask", "/item 3b"], ["console"], ["minutes"]], ids=["ask", "console", "minutes"])
def test_a_database_in_a_missing_folder_stops_with_one_line_and_creates_nothing(meetingbot, tmp_path, command):
    config = tmp_path / "cfg.yaml"
    config.write_text(f"database: {tmp_path / 'nonexistent' / 'dir' / 'x.db'}\n", encoding="utf-8")
    result = meetingbot(*command[:1], "--config", str(config), "--chair", *command[1:], stdin="/now\n")
    assert result.returncode == 3
    no_traceback(result)
    [line] = result.stderr.strip().splitlines()
    assert f"the database's folder {tmp_path / 'nonexistent' / 'dir'} does not exist" in line
    assert not (tmp_path / "nonexistent").exists()


def test_check_names_a_database_folder_that_does_not_exist(meetingbot, tmp_path):
    config = tmp_path / "cfg.yaml"
    config.write_text(f"database: {tmp_path / 'nonexistent' / 'x.db'}\n", encoding="utf-8")
    result = meetingbot("check", str(config))
    assert result.returncode == 2
    assert f"cfg.yaml:1: database: {tmp_path / 'nonexistent' / 'x.db'} cannot be created: its folder " \
           f"{tmp_path / 'nonexistent'} does not exist" in result.stdout
    assert "OK" not in result.stdout


def test_check_names_a_database_file_that_is_not_a_database_and_leaves_it_alone(meetingbot, tmp_path):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not SQLite at all\n" * 20)
    config = tmp_path / "cfg.yaml"
    config.write_text(f"database: {garbage}\n", encoding="utf-8")
    result = meetingbot("check", str(config))
    assert result.returncode == 2
    assert f"cfg.yaml:1: database: {garbage}: not a meetingbot database, or damaged" in result.stdout
    assert "OK" not in result.stdout and garbage.read_bytes() == b"this is not SQLite at all\n" * 20
    no_traceback(result)


def test_chair_without_a_user_name_acts_as_chair_not_delegate(meetingbot, tmp_path):
    result = meetingbot("console", "--chair", "--at", "2020-08-24T11:00", stdin="/item 3h\n", env={"USER": ""})
    assert "You are chair (chair)." in result.stdout
    minutes = meetingbot("minutes", "--at", "2020-08-24T12:00", "--format", "json", env={"USER": ""}).stdout
    assert '"announced_by": "chair"' in minutes


def test_run_says_which_state_store_it_uses(meetingbot, tmp_path):
    config = tmp_path / "bot.yaml"
    config.write_text(f"meeting: {BUNDLED}\ndatabase: local.db\n")
    url = "postgresql://meetingbot:s3cret@127.0.0.1:5432/meetingbot"
    result = meetingbot("run", "--config", str(config), "--port", "0", stdin="/quit\n", env={"DATABASE_URL": url})
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stderr.splitlines() if "state store:" in line)
    assert f"sqlite file {tmp_path / 'local.db'}" in line
    assert "DATABASE_URL is set but not used" in line
    assert "s3cret" not in result.stderr


@pytest.mark.parametrize("url", ["postgresql://u:p@127.0.0.1:notaport/db", "postgresql://u:p@127.0.0.1:99999/db"],
                         ids=["port-not-a-number", "port-out-of-range"])
def test_a_malformed_database_url_is_one_line_and_exit_3(meetingbot, url):
    result = meetingbot("ask", "/now", env={"DATABASE_URL": url})
    assert result.returncode == 3, result.stderr
    no_traceback(result)
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not a usable PostgreSQL URL" in result.stderr and ":p@" not in result.stderr


def test_a_chairs_change_from_ask_does_not_claim_to_be_announced(meetingbot):
    result = meetingbot("ask", "--chair", "/item 3h")
    assert result.returncode == 0, result.stderr
    assert "Announced in the session channel" not in result.stdout
    assert "not posted: no platform in this process" in result.stdout
    assert "Not announced on Slack or Discord (no platform in this process): 3 h)" in result.stdout


def test_giving_the_floor_from_the_console_does_not_claim_to_be_announced(meetingbot):
    result = meetingbot("console", "--chair", "--at", "2020-08-25T14:00:00+02:00",
                        stdin="/session start Plenary\n/floor France\n/floor next\n")
    assert result.returncode == 0, result.stderr
    assert "Announced: the floor goes to" not in result.stdout
    assert "(France). Not announced on Slack or Discord (no platform in this process)." in result.stdout
