"""``meetingbot new``: the next meeting's file from flags, valid at once, what is left to fill named by check."""

from __future__ import annotations

import pytest

from adapters.cli import main

FLAGS = ["new", "--body", "ITU-T", "--group", "13", "--title", "Virtual meeting of ITU-T Study Group 13",
         "--start", "2021-03-01", "--end", "2021-03-12", "--timezone", "Europe/Zurich", "--label", "Geneva",
         "--email", "tsbsg13@itu.int"]
WRITTEN = "meeting_data/itu-t-sg13-2021-03.yaml"


@pytest.fixture
def run(capsys, tmp_path, monkeypatch):
    """``run(*args)`` → (exit code, stdout, stderr), in an empty folder, with no terminal to ask in."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)

    def _run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err
    return _run


def test_new_writes_a_valid_file_and_the_bot_answers_about_it(run, tmp_path):
    code, out, _ = run(*FLAGS)
    assert code == 0 and f"Wrote {WRITTEN} (itu-t-sg13-2021-03)." in out
    code, out, _ = run("ask", "--meeting", WRITTEN, "--at", "2021-02-20T10:00", "/meeting")
    assert code == 0 and "Virtual meeting of ITU-T Study Group 13" in out and "Geneva" in out
    assert "tsbsg13@itu.int" in out


def test_check_names_every_field_still_to_fill(run):
    run(*FLAGS)
    code, out, _ = run("check", WRITTEN)
    assert code == 0
    for field in ("field", "reference", "remote_tool", "name"):
        assert f": {field}: warning: still says TO FILL" in out
    for line, field, hint in ((13, "letter_date", "the letter's date"), (33, "start", "the hour the letter gives"),
                              (56, "items", "the items of the letter's draft agenda")):
        assert f"{WRITTEN}:{line}: {field}: warning: still says TO FILL ({hint})" in out
    assert "OK" not in out
    assert out.rstrip().endswith("Not ready: 7 TO FILL left; the file loads, but fill them before serving it.")


def test_check_says_ok_once_nothing_is_left_to_fill(run, tmp_path):
    run(*FLAGS)
    path = tmp_path / WRITTEN
    filled = path.read_text(encoding="utf-8").replace('"TO FILL"', '"Filled"').replace("TO FILL", "done")
    path.write_text(filled, encoding="utf-8")
    code, out, _ = run("check", WRITTEN)
    assert code == 0 and out.strip() == "OK", out


def test_check_of_a_config_names_what_its_meeting_still_has_to_fill(run, tmp_path):
    run(*FLAGS)
    (tmp_path / "cfg.yaml").write_text(f"meetings:\n  - meeting: {WRITTEN}\n", encoding="utf-8")
    code, out, _ = run("check", "cfg.yaml")
    assert code == 0
    assert out.count("still says TO FILL") == 7
    assert "Not ready: 7 TO FILL left" in out


def test_new_without_a_terminal_names_the_missing_flags(run, tmp_path):
    code, _, err = run("new", "--body", "ITU-T")
    assert code == 2
    assert "new: give --group, --title, --start, --end, --timezone, --email" in err
    assert not (tmp_path / "meeting_data").exists()


@pytest.mark.parametrize("change, problem", [
    (("--timezone", "Geneva"), "--timezone: 'Geneva' is not an IANA zone"),
    (("--end", "2021-02-01"), "--end: the last day is before the first"),
    (("--start", "1 March"), "--start: '1 March' is not a date such as 2021-03-15"),
    (("--group", "thirteen"), "--group: 'thirteen' is not a number"),
    (("--email", "secretariat"), "nothing was written"),
], ids=["zone", "end before start", "date", "group", "e-mail"])
def test_wrong_answers_are_explained_and_nothing_is_written(run, tmp_path, change, problem):
    flags = list(FLAGS)
    flags[flags.index(change[0]) + 1] = change[1]
    code, _, err = run(*flags)
    assert code == 2 and problem in err
    assert not (tmp_path / WRITTEN).exists()


def test_an_existing_file_is_kept_unless_forced(run, tmp_path):
    run(*FLAGS)
    (tmp_path / WRITTEN).write_text("# mine\n")
    code, _, err = run(*FLAGS)
    assert code == 2 and "exists already" in err and (tmp_path / WRITTEN).read_text() == "# mine\n"
    assert run(*FLAGS, "--force")[0] == 0
