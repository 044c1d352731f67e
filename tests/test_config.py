"""The deployment config: defaults of DESIGN.md §4, the shipped example, relative paths, and file:line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.config import BUNDLED_MEETING, Config, ReminderPolicy
from bot.loader import LoadError, load_meeting, load_model

ROOT = Path(__file__).resolve().parent.parent
CONFIGS = Path(__file__).resolve().parent / "data" / "configs"
EXAMPLE = ROOT / "meetingbot.example.yaml"


def test_defaults():
    config = Config()
    assert config.meeting == BUNDLED_MEETING
    assert config.database == Path("meetingbot.db")
    assert config.reminders.deadlines == ["7d", "1d", "0d 09:00"]
    assert config.reminders.sessions == ["1d", "15m"]
    assert config.reminders.grace == "30m"
    assert config.console.chairs == ["chair"]
    assert config.slack.chairs == [] and config.slack.mention_here is False
    assert config.discord.guild_id is None and config.discord.session_channels == []


def test_default_meeting_is_the_bundled_file():
    assert Config().meeting.is_file()
    assert load_meeting(Config().meeting).id == "itu-t-sg17-2020-08"


def test_empty_mapping_gives_defaults():
    assert Config.model_validate({}) == Config()


def test_example_file_validates_with_every_key():
    config = load_model(EXAMPLE, Config)
    assert config.slack.chairs == ["U0123CHAIR"]
    assert config.slack.chair_groups == ["S0123CHAIRS"]
    assert config.slack.session_channels == ["C0123PLENARY"]
    assert config.slack.reminder_channels == ["C0123GENERAL"]
    assert config.discord.guild_id == 123456789012345678
    assert config.discord.chair_roles == ["SG17 Chair"]
    assert config.discord.session_channels == [123456789012345679]
    assert config.discord.reminder_channels == [123456789012345680]
    assert config.reminders == ReminderPolicy()


def test_example_meeting_resolves_to_the_bundled_meeting(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load_model(EXAMPLE, Config).resolved(EXAMPLE.parent)
    assert config.meeting.resolve() == BUNDLED_MEETING.resolve()


def test_example_has_no_secrets():
    text = EXAMPLE.read_text().lower()
    assert "xoxb-" not in text and "token:" not in text


def test_relative_meeting_path_is_read_from_the_config_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load_model(CONFIGS / "valid.yaml", Config).resolved(CONFIGS)
    assert config.meeting.resolve() == (CONFIGS.parent / "minimal_valid.yaml").resolve()
    assert load_meeting(config.meeting).id == "test-meeting"


def test_absolute_meeting_path_is_kept(tmp_path):
    config = Config(meeting=BUNDLED_MEETING).resolved(tmp_path)
    assert config.meeting == BUNDLED_MEETING


def test_valid_config_values():
    config = load_model(CONFIGS / "valid.yaml", Config)
    assert config.reminders.deadlines == ["3d", "0d 08:30"]
    assert config.reminders.sessions == ["2h", "10m"]
    assert config.console.chairs == ["alice", "bob"]
    assert config.slack.mention_here is True
    assert config.discord.chair_roles == ["SG17 Chair", 123456789012345681]
    assert config.database == Path("test-meetingbot.db")


CASES = [
    ("unknown_key", 3, "reminder", "unknown field"),
    ("unknown_nested_key", 4, "slack.channels", "unknown field"),
    ("bad_reminder_offset", 3, "reminders.deadlines", "'tomorrow' is not an offset"),
    ("bad_reminder_clock", 3, "reminders.deadlines", "'0d 25:00'"),
    ("bad_grace", 3, "reminders.grace", "'soon' is not a duration"),
    ("wrong_type", 3, "discord.guild_id", "should be a whole number"),
    ("wrong_type_mention_here", 3, "slack.mention_here", "should be true or false"),
    ("unhashable_key", 3, "yaml", "a key must be a name, not a list or a mapping"),
    ("meeting_name_with_nul", 2, "meeting", "a file name cannot hold a NUL character"),
    ("database_not_text", 3, "database", "give a SQLite file name or a postgresql:// URL"),
]


@pytest.mark.parametrize(("name", "line", "field", "part"), CASES, ids=[c[0] for c in CASES])
def test_broken_config(name, line, field, part):
    path = CONFIGS / f"{name}.yaml"
    with pytest.raises(LoadError) as caught:
        load_model(path, Config)
    problems = caught.value.problems
    assert [(p.line, p.field) for p in problems] == [(line, field)], [str(p) for p in problems]
    assert part in problems[0].message
    assert str(problems[0]).startswith(f"{path}:{line}: {field}: ")


def test_every_broken_config_has_a_case():
    assert {p.stem for p in CONFIGS.glob("*.yaml")} == {c[0] for c in CASES} | {"valid"}


@pytest.mark.parametrize("offsets", [["7d"], ["0d 09:00"], ["1d 18:30"], ["0d"]],
                         ids=["days", "same-day-at-nine", "day-before-at-1830", "at-the-deadline"])
def test_deadline_offsets_accepted(offsets):
    assert ReminderPolicy(deadlines=offsets).deadlines == offsets


@pytest.mark.parametrize("offsets", [["soon"], ["-1d"], ["0d 9"], ["1d 09:60"], ["1d 9:5"]],
                         ids=["word", "negative", "hour-without-minutes", "minute-60", "one-digit-minutes"])
def test_deadline_offsets_refused(offsets):
    with pytest.raises(ValidationError):
        ReminderPolicy(deadlines=offsets)


def test_session_offset_bare_number_means_minutes():
    assert ReminderPolicy(sessions=["15"]).sessions == ["15"]


@pytest.mark.parametrize("durations", [["0m"], ["1x"], ["15m", "later"]], ids=["zero", "bad-unit", "one-bad-of-two"])
def test_session_offsets_refused(durations):
    with pytest.raises(ValidationError):
        ReminderPolicy(sessions=durations)


def test_config_is_immutable_and_strict():
    with pytest.raises(ValidationError):
        Config(tokens="xoxb-secret")
    with pytest.raises(ValidationError):
        Config().database = Path("other.db")


def test_a_meeting_name_the_system_refuses_still_resolves(tmp_path):
    config = Config(meeting=Path("a" * 300 + ".yaml")).resolved(tmp_path)
    assert config.meeting == tmp_path / ("a" * 300 + ".yaml")  # reading it says why it cannot be read


def test_a_database_url_with_a_port_that_is_not_a_number_is_refused_in_the_config():
    with pytest.raises(ValueError, match="not a usable PostgreSQL URL"):
        Config.model_validate({"database": "postgresql://meetingbot@db.example.org:notaport/meetingbot"})
