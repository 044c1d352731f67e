"""``meetingbot check`` on a config follows it: the meeting file and the database it names must be usable."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from adapters.file_check import check_file

DATA = Path(__file__).resolve().parent / "data"
TARGETS = DATA / "config_targets"

# config file, its line, the field, a meaningful part of the one error on the config's own lines.
CASES = [
    ("meeting_missing", 2, "meeting", f"{DATA / 'nowhere.yaml'}: cannot read: No such file or directory"),
    ("meeting_is_a_folder", 2, "meeting", f"{DATA}: cannot read: it is a folder, not a file"),
    ("meeting_name_too_long", 2, "meeting", "cannot read: File name too long"),
    ("meeting_broken", 2, "meeting", f"{DATA / 'bad_email.yaml'} is not a valid meeting file (its problems follow)"),
    ("database_is_a_folder", 3, "database", f"{Path.cwd()} is a folder, not a database file"),
]


@pytest.mark.parametrize(("name", "line", "field", "part"), CASES, ids=[c[0] for c in CASES])
def test_a_config_pointing_at_something_unusable_is_an_error(name, line, field, part):
    path = TARGETS / f"{name}.yaml"
    found = check_file(str(path))
    own = [p for p in found.errors if p.path == str(path)]
    assert [(p.line, p.field) for p in own] == [(line, field)], [str(p) for p in found.errors]
    assert part in own[0].message
    assert found.warnings == []


def test_a_broken_meeting_is_followed_by_its_own_problems():
    found = check_file(str(TARGETS / "meeting_broken.yaml"))
    assert [str(p) for p in found.errors[1:]] == [
        f"{DATA / 'bad_email.yaml'}:46: contacts.email: not an e-mail address"]


def test_the_warnings_of_the_meeting_are_the_configs_warnings():
    found = check_file(str(TARGETS / "meeting_with_a_warning.yaml"))
    assert found.errors == []
    assert [(p.path, p.line, p.field) for p in found.warnings] == [
        (str(DATA / "warnings" / "deadline_after_meeting.yaml"), 30, "deadlines[0].date")]


def test_every_target_file_has_a_case():
    assert {p.stem for p in TARGETS.glob("*.yaml")} == {c[0] for c in CASES} | {"meeting_with_a_warning"}


@pytest.mark.parametrize("path", [DATA / "configs" / "valid.yaml", Path(__file__).resolve().parent.parent
                                  / "meetingbot.example.yaml"], ids=["valid", "example"])
def test_a_good_config_has_nothing_to_say(path, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    found = check_file(str(path))
    assert (found.errors, found.warnings) == ([], [])


def closed_port() -> int:
    """A loopback port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_database_server_that_does_not_answer_is_one_error_at_its_line(tmp_path):
    config = tmp_path / "server.yaml"
    config.write_text(f"meeting: {DATA / 'minimal_valid.yaml'}\n"
                      f"database: postgresql://bot@127.0.0.1:{closed_port()}/meetings\n")
    (problem,) = check_file(str(config)).errors
    assert (problem.line, problem.field) == (2, "database")
    assert "cannot connect to the database" in problem.message


def test_database_url_is_checked_when_the_config_names_no_database(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"postgresql://bot:s3cret@127.0.0.1:{closed_port()}/meetings")
    config = tmp_path / "server.yaml"
    config.write_text(f"meeting: {DATA / 'minimal_valid.yaml'}\n")
    (problem,) = check_file(str(config)).errors
    assert problem.field == "DATABASE_URL" and "cannot connect to the database" in problem.message
    assert "s3cret" not in str(problem)


def test_a_database_that_does_not_exist_on_a_running_server_is_an_error(tmp_path, monkeypatch, postgres_url):
    config = tmp_path / "server.yaml"
    config.write_text(f"meeting: {DATA / 'minimal_valid.yaml'}\n")
    monkeypatch.setenv("DATABASE_URL", postgres_url)
    assert check_file(str(config)).errors == []
    monkeypatch.setenv("DATABASE_URL", postgres_url.rsplit("/", 1)[0] + "/nosuchdb")
    (problem,) = check_file(str(config)).errors
    assert "nosuchdb" in problem.message


def test_a_database_in_a_folder_that_is_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "state").write_text("not a folder")
    config = tmp_path / "config.yaml"
    config.write_text(f"meeting: {DATA / 'minimal_valid.yaml'}\ndatabase: state/bot.db\n")
    (problem,) = check_file(str(config)).errors
    assert str(problem) == f"{config}:2: database: {tmp_path}/state/bot.db cannot be created: " \
                           f"{tmp_path}/state is a file, not a folder"
