"""Loading meeting files: every broken file under ``tests/data/`` gets one clear ``FILE:LINE: field: problem``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.config import BUNDLED_MEETING, Config
from bot.loader import LoadError, Problem, load_meeting, load_model
from bot.models import Meeting

DATA = Path(__file__).resolve().parent / "data"
VALID = DATA / "minimal_valid.yaml"

# file name (without .yaml), line, field path, a meaningful part of the message.
# Line numbers refer to the files as shipped; each broken file is minimal_valid.yaml with one thing changed.
CASES = [
    ("bad_yaml_syntax", 42, "yaml", "expected ',' or ']'"),
    ("wrong_type_study_group", 5, "study_group", "valid integer"),
    ("unknown_timezone", 13, "timezone", "unknown time zone 'Europe/Geneva'"),
    ("deadline_date_does_not_exist", 30, "deadlines[0].date", "day value is outside expected range"),
    ("duplicate_agenda_ref", 44, "agenda.items[3].ref", "agenda reference 2 appears twice"),
    ("sub_item_without_parent", 45, "agenda.items[4].ref", "sub-item 4a comes without its item 4"),
    ("bad_agenda_ref", 43, "agenda.items[2].ref", "'two-a' is not an agenda reference"),
    ("unknown_field", 11, "venu", "unknown field"),
    ("missing_required_field", 2, "title", "required field is missing"),
    ("missing_contact_email", 45, "contacts.email", "required field is missing"),
    ("bad_email", 46, "contacts.email", "not an e-mail address"),
    ("end_before_start", 12, "end_date", "end_date is before start_date"),
    ("session_with_offset", 27, "sessions[0].start", "without an offset"),
    ("session_time_in_dst_gap", 27, "sessions[0].start", "2020-03-29 02:30 does not exist"),
    ("session_time_ambiguous", 27, "sessions[0].start", "ambiguous in Europe/Zurich"),
    ("duplicate_rule_id", 38, "rules[1].id", "id identify-yourself appears twice"),
    ("wrong_type_chairman", 19, "chairman", "valid dictionary"),
    ("bad_format", 10, "format", "'virtual', 'physical' or 'hybrid'"),
    ("bad_rule_topic", 35, "rules[0].topic", "should match pattern"),
    ("deadline_time_without_hour_stated", 29, "deadlines[0]", "`time` must be given exactly when `hour_stated` is true"),
    ("python_object_tag", 7, "yaml", "could not determine a constructor"),
    ("empty", 1, "(top level)", "the file is empty"),
    ("comments_only", 1, "(top level)", "the file is empty"),
    ("top_level_list", 2, "(top level)", "a list, not a mapping"),
    ("top_level_scalar", 2, "(top level)", "not a mapping"),
    ("binary", 1, "file", "binary file"),
    ("nul_bytes", 2, "file", "NUL bytes"),
    ("latin1_encoding", 6, "file", "not UTF-8"),
]

BROKEN = sorted(p for p in DATA.glob("*.yaml") if p != VALID)


def _problems(name: str) -> list[Problem]:
    with pytest.raises(LoadError) as caught:
        load_meeting(DATA / f"{name}.yaml")
    return caught.value.problems


@pytest.mark.parametrize(("name", "line", "field", "part"), CASES, ids=[c[0] for c in CASES])
def test_broken_file_says_what_is_wrong(name, line, field, part):
    problems = _problems(name)
    assert problems, "a LoadError must carry at least one problem"
    assert any(part in p.message for p in problems), [str(p) for p in problems]
    assert all(p.path == str(DATA / f"{name}.yaml") for p in problems)


@pytest.mark.parametrize(("name", "line", "field", "part"), CASES, ids=[c[0] for c in CASES])
def test_broken_file_points_at_line_and_field(name, line, field, part):
    problems = _problems(name)
    reported = [(p.line, p.field) for p in problems if part in p.message]
    assert reported == [(line, field)], [str(p) for p in problems]


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_only_load_error_escapes(path):
    # pytest.raises lets any other exception through, which fails the test.
    with pytest.raises(LoadError) as caught:
        load_meeting(path)
    for line in str(caught.value).splitlines():
        assert re.match(rf"^{re.escape(str(path))}:\d+: \S.*: \S", line), line


def test_every_broken_file_has_a_checked_case():
    cases = {c[0] for c in CASES} | {"deeply_nested"}
    assert {p.stem for p in BROKEN} == cases
    assert len(CASES) >= 14


def test_deeply_nested_file_is_a_load_error_not_a_crash():
    with pytest.raises(LoadError) as caught:
        load_meeting(DATA / "deeply_nested.yaml")
    assert caught.value.problems[0].line in (1, 2)


def test_python_tag_is_refused_not_executed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    marker = tmp_path / "pwned"
    file = tmp_path / "evil.yaml"
    file.write_text(f'id: !!python/object/apply:os.system ["touch {marker}"]\n')
    with pytest.raises(LoadError):
        load_meeting(file)
    assert not marker.exists()


def test_missing_file_is_a_load_error(tmp_path):
    with pytest.raises(LoadError) as caught:
        load_meeting(tmp_path / "nowhere.yaml")
    (problem,) = caught.value.problems
    assert problem.field == "file"
    assert "cannot read" in problem.message
    assert "No such file" in problem.message


def test_directory_is_a_load_error(tmp_path):
    with pytest.raises(LoadError) as caught:
        load_meeting(tmp_path)
    assert "cannot read" in caught.value.problems[0].message


def test_every_problem_of_a_file_is_reported(tmp_path):
    text = VALID.read_text().replace("study_group: 17", "study_group: seventeen")
    text = text.replace("timezone: Europe/Zurich", "timezone: Mars/Olympus")
    file = tmp_path / "two.yaml"
    file.write_text(text)
    with pytest.raises(LoadError) as caught:
        load_meeting(file)
    assert {(p.line, p.field) for p in caught.value.problems} == {(5, "study_group"), (13, "timezone")}


def test_problem_reads_as_file_line_field_message():
    assert str(Problem("m.yaml", 7, "agenda.items[2].ref", "bad")) == "m.yaml:7: agenda.items[2].ref: bad"


def test_load_error_text_is_one_line_per_problem():
    error = LoadError([Problem("m.yaml", 1, "a", "x"), Problem("m.yaml", 2, "b", "y")])
    assert str(error) == "m.yaml:1: a: x\nm.yaml:2: b: y"


def test_minimal_valid_file_loads():
    meeting = load_meeting(VALID)
    assert isinstance(meeting, Meeting)
    assert meeting.id == "test-meeting"
    assert [e.ref for e in meeting.agenda.items] == ["1", "2", "2a", "3"]


def test_bundled_meeting_loads_from_str_path():
    meeting = load_meeting(str(BUNDLED_MEETING))
    assert meeting.id == "itu-t-sg17-2020-08"


def test_dates_in_yaml_are_validated_as_dates_not_strings():
    meeting = load_meeting(VALID)
    assert meeting.deadlines[0].date.isoformat() == "2020-07-24"
    assert meeting.sessions[0].start.isoformat() == "2020-08-24T11:00:00"


def test_integer_agenda_ref_is_accepted(tmp_path):
    file = tmp_path / "int_ref.yaml"
    file.write_text(VALID.read_text().replace('{ref: "3", title: Closing}', "{ref: 3, title: Closing}"))
    assert load_meeting(file).agenda.items[-1].ref == "3"


def test_meeting_file_is_not_a_valid_config():
    with pytest.raises(LoadError) as caught:
        load_model(VALID, Config)
    assert any(p.field == "study_group" and "unknown field" in p.message for p in caught.value.problems)
