"""``meetingbot check`` (and the file options of every command): problems, warnings and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.cli import main

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_warnings_are_printed_and_check_still_passes(capsys):
    path = DATA / "warnings" / "deadline_after_meeting.yaml"
    code, out, _ = run(capsys, "check", str(path))
    assert code == 0
    assert out.splitlines() == [
        f"{path}:30: deadlines[0].date: warning: the deadline is after the meeting ends (2020-09-03): is that right?",
        "OK (1 warning)"]


def test_an_error_beside_a_warning_fails_the_check(capsys):
    warned, broken = DATA / "warnings" / "long_meeting.yaml", DATA / "deadline_year_9999.yaml"
    code, out, _ = run(capsys, "check", str(warned), str(broken))
    assert code == 2
    assert out.splitlines() == [
        f"{warned}:12: end_date: warning: the meeting lasts 42 days: is end_date right?",
        f"{warned}: OK (1 warning)",
        f"{broken}:30: deadlines[0].date: year 9999 is out of range (1900–2199): check the date",
        f"{broken}: 1 problem: not loaded"]


@pytest.mark.parametrize("name", ["meeting_missing", "meeting_is_a_folder", "meeting_broken", "database_is_a_folder"])
def test_check_follows_a_config_to_what_it_points_at(capsys, name):
    path = DATA / "config_targets" / f"{name}.yaml"
    code, out, _ = run(capsys, "check", str(path))
    assert code == 2
    assert out.startswith(f"{path}:")
    assert "OK" not in out


def test_fifty_problems_then_the_count(capsys):
    code, out, _ = run(capsys, "check", str(DATA / "too_many_problems.yaml"))
    assert code == 2
    lines = out.splitlines()
    assert len(lines) == 51
    assert lines[-1].endswith("and 11 more problems from here on (fix these first)")


@pytest.mark.parametrize("flag", ["--meeting", "--config"])
def test_a_list_as_a_key_is_one_clear_line_for_ask(capsys, flag):
    path = DATA / "unhashable_key.yaml" if flag == "--meeting" else DATA / "configs" / "unhashable_key.yaml"
    line = 10 if flag == "--meeting" else 3
    code, out, err = run(capsys, "ask", flag, str(path), "/deadlines")
    assert code == 2
    assert (out, err) == ("", f"{path}:{line}: yaml: a key must be a name, not a list or a mapping\n")


def test_a_deadline_in_9999_is_refused_instead_of_failing_deadlines(capsys):
    path = DATA / "deadline_year_9999.yaml"
    code, out, err = run(capsys, "ask", "--meeting", str(path), "/deadlines")
    assert code == 2
    assert out == ""
    assert err == f"{path}:30: deadlines[0].date: year 9999 is out of range (1900–2199): check the date\n"


def test_a_control_character_is_reported_at_its_line(capsys):
    path = DATA / "control_character.yaml"
    code, out, _ = run(capsys, "check", str(path))
    assert code == 2
    assert out == (f"{path}:31: yaml: control character U+0001 in column 16: remove it, "
                   "or write it as \\x01 inside double quotes\n")


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_check_of_a_fifo_or_a_device_fails_fast_in_one_line(tmp_path, kind):
    path = Path("/dev/zero")
    if kind == "fifo":
        path = tmp_path / "meeting.yaml"
        os.mkfifo(path)

    def limits() -> None:  # /dev/zero read whole would fill the memory: fail instead
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    result = subprocess.run([sys.executable, "-m", "adapters.cli", "check", str(path)], capture_output=True,
                            text=True, timeout=30, cwd=ROOT, preexec_fn=limits)
    assert result.returncode == 2, result.stderr[-800:]
    assert len(result.stdout.splitlines()) == 1
    assert result.stdout.startswith(f"{path}: file: cannot read: it is a ")
    assert result.stderr == ""


def test_check_warns_of_each_missing_french_text_at_its_line(capsys):
    path = DATA / "french_coverage" / "partial.yaml"
    code, out, _ = run(capsys, "check", str(path))
    lines = out.splitlines()
    assert code == 0 and lines[-1] == "OK (8 warnings)"
    assert f"{path}:24: chairman.country_fr: warning: no French text: French askers read the English one" in lines
    assert f"{path}:63: agenda.items[3].title_fr: warning: no French text: French askers read the English one" in lines


def test_a_meeting_written_in_english_only_is_not_warned_about_french(capsys):
    code, out, _ = run(capsys, "check", str(DATA / "minimal_valid.yaml"))
    assert (code, out.strip()) == (0, "OK")
