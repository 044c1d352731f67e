"""Loading meeting files: every broken file under ``tests/data/`` gets one clear ``FILE:LINE: field: problem``."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import BUNDLED_MEETING, Config
from bot.loader import MAX_FILE_BYTES, LoadError, Problem, load_meeting, load_meeting_and_warnings, load_model
from bot.models import Meeting

DATA = Path(__file__).resolve().parent / "data"
VALID = DATA / "minimal_valid.yaml"

# file name (without .yaml), line, field path, a meaningful part of the message.
# Line numbers refer to the files as shipped; each broken file is minimal_valid.yaml with one thing changed.
CASES = [
    ("bad_yaml_syntax", 42, "yaml", "expected ',' or ']'"),
    ("wrong_type_study_group", 5, "study_group", "should be a whole number"),
    ("unknown_timezone", 13, "timezone", "unknown time zone 'Europe/Geneva'"),
    ("deadline_date_does_not_exist", 30, "deadlines[0].date", "day value is outside expected range"),
    ("duplicate_agenda_ref", 44, "agenda.items[3].ref", "agenda reference 2 appears twice"),
    ("sub_item_without_parent", 45, "agenda.items[4].ref", "sub-item 4a comes without its item 4"),
    ("bad_agenda_ref", 43, "agenda.items[2].ref", "'two-a' is not an agenda reference"),
    ("unknown_field", 11, "venu", "unknown field"),
    ("unknown_field_near_a_known_one", 25, "deadline", "unknown field; did you mean deadlines?"),
    ("missing_required_field", 2, "title", "required field is missing"),
    ("missing_contact_email", 45, "contacts.email", "required field is missing"),
    ("bad_email", 46, "contacts.email", "not an e-mail address"),
    ("end_before_start", 12, "end_date", "end_date is before start_date"),
    ("session_with_offset", 27, "sessions[0].start", "without an offset"),
    ("session_time_in_dst_gap", 27, "sessions[0].start", "2020-03-29 02:30 does not exist"),
    ("session_time_ambiguous", 27, "sessions[0].start", "ambiguous in Europe/Zurich"),
    ("duplicate_rule_id", 38, "rules[1].id", "id identify-yourself appears twice"),
    ("wrong_type_chairman", 19, "chairman", "should be a group of fields"),
    ("bad_format", 10, "format", "'virtual', 'physical' or 'hybrid'"),
    ("bad_rule_topic", 35, "rules[0].topic", "should be lower-case letters only"),
    ("deadline_time_without_hour_stated", 29, "deadlines[0]", "`time` must be given exactly when `hour_stated` is true"),
    ("python_object_tag", 7, "yaml", "could not determine a constructor"),
    ("empty", 1, "(top level)", "the file is empty"),
    ("comments_only", 1, "(top level)", "the file is empty"),
    ("top_level_list", 2, "(top level)", "a list, not a mapping"),
    ("top_level_scalar", 2, "(top level)", "not a mapping"),
    ("binary", 1, "file", "binary file"),
    ("nul_bytes", 2, "file", "NUL bytes"),
    ("latin1_encoding", 6, "file", "not UTF-8"),
    ("unhashable_key", 10, "yaml", "a key must be a name, not a list or a mapping"),
    ("mapping_as_key", 10, "yaml", "a key must be a name, not a list or a mapping"),
    ("deadline_year_9999", 30, "deadlines[0].date", "year 9999 is out of range"),
    ("deadline_year_0001", 30, "deadlines[0].date", "year 0001 is out of range"),
    ("letter_after_meeting", 9, "letter_date", "the letter is dated after the meeting ends"),
    ("letter_years_before_meeting", 9, "letter_date", "the letter is dated 1538 days before the meeting"),
    ("meeting_longer_than_a_year", 12, "end_date", "the meeting would last 376 days"),
    ("session_a_year_later", 27, "sessions[0].start", "the session is 355 days after the meeting ends"),
    ("session_ends_before_it_starts", 28, "sessions[0].end", "the session ends before it starts"),
    ("deadline_years_after_meeting", 30, "deadlines[0].date", "689 days after the meeting ends"),
    ("deadline_years_before_meeting", 30, "deadlines[0].date", "762 days before the meeting starts"),
    ("control_character", 31, "yaml", "control character U+0001 in column 16"),
    ("huge_number", 5, "yaml", "cannot read this value (a number of too many digits)"),
    ("bad_timestamp_tag", 30, "yaml", "cannot read this value (month must be in 1..12)"),
    ("bad_bool_tag", 18, "yaml", "cannot read this value (not a bool)"),
    ("alias_inside_itself", 24, "yaml", "the alias *people is inside the value it names"),
    ("alias_bomb", 46, "yaml", "more than 200,000 values"),
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
    cases = {c[0] for c in CASES} | {"deeply_nested", "too_many_problems"}
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


def test_fifty_problems_then_a_count_of_the_rest():
    path = DATA / "too_many_problems.yaml"
    problems = _problems("too_many_problems")
    assert len(problems) == 51
    assert [p.field for p in problems[:50]] == [f"agenda.items[{i}].ref" for i in range(1, 51)]
    assert str(problems[-1]) == f"{path}:92: agenda.items[51].ref: and 11 more problems from here on (fix these first)"


def test_a_file_of_too_many_values_is_refused_before_it_is_built(tmp_path):
    file = tmp_path / "many.yaml"
    file.write_text("addressed_to: [" + "a, " * 200_001 + "]\n")
    with pytest.raises(LoadError) as caught:
        load_meeting(file)
    (problem,) = caught.value.problems
    assert (problem.line, problem.field) == (1, "yaml")
    assert "more than 200,000 values" in problem.message


def test_a_file_over_the_size_limit_is_refused(tmp_path):
    file = tmp_path / "big.yaml"
    file.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    with pytest.raises(LoadError) as caught:
        load_meeting(file)
    assert str(caught.value) == f"{file}: file: too large (more than 2,000,000 bytes)"


CHILD_LOAD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
from bot.loader import LoadError, load_meeting
try:
    load_meeting(sys.argv[1])
except LoadError as error:
    print(error)
"""


@pytest.mark.parametrize(("kind", "part"), [("fifo", "it is a pipe (FIFO), not a regular file"),
                                            ("/dev/zero", "it is a device, not a regular file"),
                                            ("link-to-/dev/zero", "it is a device, not a regular file"),
                                            ("folder", "it is a folder, not a file")])
def test_only_regular_files_are_read(tmp_path, kind, part):
    path = tmp_path / "meeting.yaml"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "/dev/zero":
        path = Path("/dev/zero")
    elif kind == "link-to-/dev/zero":
        path.symlink_to("/dev/zero")
    else:
        path.mkdir()
    # In a child process with a memory limit: reading a FIFO would wait for a writer forever,
    # and /dev/zero would fill the memory.
    result = subprocess.run([sys.executable, "-c", CHILD_LOAD, str(path)], capture_output=True, text=True,
                            timeout=30, cwd=Path(__file__).resolve().parent.parent)
    assert result.stdout == f"{path}: file: cannot read: {part}\n", result.stderr[-800:]


WARNINGS = [
    ("deadline_after_meeting", 30, "deadlines[0].date", "the deadline is after the meeting ends (2020-09-03)"),
    ("deadline_before_letter", 30, "deadlines[0].date", "the deadline passed before the letter was sent"),
    ("letter_during_meeting", 9, "letter_date", "the letter is dated during the meeting"),
    ("letter_long_before_meeting", 9, "letter_date", "the letter is dated 563 days before the meeting"),
    ("long_meeting", 12, "end_date", "the meeting lasts 42 days"),
    ("session_weeks_before", 27, "sessions[0].start", "the session is 21 days before the meeting starts"),
    ("session_after_meeting", 27, "sessions[0].start", "the session is 7 days after the meeting ends"),
    ("long_session", 28, "sessions[0].end", "the session lasts more than a day"),
]


@pytest.mark.parametrize(("name", "line", "field", "part"), WARNINGS, ids=[w[0] for w in WARNINGS])
def test_a_date_a_real_meeting_might_have_loads_with_a_warning(name, line, field, part):
    path = DATA / "warnings" / f"{name}.yaml"
    meeting, warnings = load_meeting_and_warnings(path)
    assert meeting.id == "test-meeting"
    found = [w for w in warnings if part in w.message]
    assert [(w.line, w.field, w.warning) for w in found] == [(line, field, True)], [str(w) for w in warnings]
    assert str(found[0]).startswith(f"{path}:{line}: {field}: warning: ")


def test_every_warning_file_has_a_case():
    assert {p.stem for p in (DATA / "warnings").glob("*.yaml")} == {w[0] for w in WARNINGS}


def test_the_valid_files_have_no_warnings():
    assert load_meeting_and_warnings(VALID)[1] == []
    assert load_meeting_and_warnings(BUNDLED_MEETING)[1] == []


def test_a_problem_is_always_one_line():
    problem = Problem("m.yaml", 3, "agenda.items[0].ti\ntle", "bad\nvalue\x1b[31m")
    assert str(problem) == "m.yaml:3: agenda.items[0].ti\\ntle: bad\\nvalue\\x1b[31m"


def test_an_unknown_key_with_a_newline_is_reported_on_one_line(tmp_path):
    file = tmp_path / "key.yaml"
    file.write_text(VALID.read_text() + '"venue\\nroom": Geneva\n')
    with pytest.raises(LoadError) as caught:
        load_meeting(file)
    assert str(caught.value) == f"{file}:47: venue\\nroom: unknown field (check the spelling)"



def test_an_end_before_the_start_is_reported_beside_other_problems(tmp_path):
    text = VALID.read_text().replace("end_date: 2020-09-03", "end_date: 2020-08-01")
    text = text.replace("timezone: Europe/Zurich", "timezone: Mars/Olympus")
    file = tmp_path / "two.yaml"
    file.write_text(text)
    with pytest.raises(LoadError) as caught:
        load_meeting(file)
    assert {(p.line, p.field) for p in caught.value.problems} == {(12, "end_date"), (13, "timezone")}


def test_a_value_of_the_wrong_kind_is_told_in_words_with_its_form(tmp_path):
    file = tmp_path / "date.yaml"
    file.write_text(VALID.read_text().replace("start_date: 2020-08-24", "start_date: 2020-13-01"))
    with pytest.raises(LoadError) as caught:
        load_meeting(file)
    (problem,) = caught.value.problems
    assert problem.message.startswith("not a date: write it as YYYY-MM-DD"), problem.message
    assert "Input should" not in problem.message


def test_a_file_that_cannot_be_read_is_named_without_a_line():
    assert str(Problem("m.yaml", 0, "file", "cannot read: gone")) == "m.yaml: file: cannot read: gone"


@pytest.mark.parametrize("text, line", [
    ("title: [unclosed", 1),  # one line, no newline: the problem is on it, not on a line 2 that does not exist
    ("a: 1\nb: [x,\n  y\n", 3),
], ids=["one line", "three lines"])
def test_a_bracket_left_open_is_on_the_files_last_line_and_said_to_end_there(tmp_path, text, line):
    file = tmp_path / "open.yaml"
    file.write_text(text)
    with pytest.raises(LoadError) as caught:
        load_meeting(file)
    (problem,) = caught.value.problems
    assert (problem.line, problem.field) == (line, "yaml") and "the file ends there" in problem.message, problem


def test_a_file_cut_off_in_the_middle_of_a_line_is_said_to_end_there(tmp_path):
    file = tmp_path / "cut.yaml"
    text = BUNDLED_MEETING.read_text(encoding="utf-8")
    file.write_text(text[:text.index("study_group")] + "study")
    with pytest.raises(LoadError) as caught:
        load_meeting(file)
    (problem,) = caught.value.problems
    assert problem.line == text[:text.index("study_group")].count("\n") + 1, problem
    assert "cut off" in problem.message, problem
