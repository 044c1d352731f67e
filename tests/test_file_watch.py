"""Editing the meeting file while the bot runs: good edits are picked up, broken ones are not."""

from __future__ import annotations

import os
import shutil

from adapters.file_watch import FileWatch
from bot.config import BUNDLED_MEETING, ReminderPolicy
from bot.reminders.plan import plan


def _touch_later(path):
    stat = path.stat()
    os.utime(path, (stat.st_atime + 5, stat.st_mtime + 5))


def test_a_new_session_in_the_file_is_planned_after_the_edit(tmp_path):
    meeting_file = tmp_path / "meeting.yaml"
    shutil.copy(BUNDLED_MEETING, meeting_file)
    seen = []
    watch = FileWatch(meeting_file, None, ReminderPolicy(), lambda m, p: seen.append(plan(m, p)))
    assert watch.check() is False  # nothing changed yet
    text = meeting_file.read_text(encoding="utf-8").replace(
        "sessions:\n", "sessions:\n  - id: closing-plenary\n    title: Closing plenary\n"
        "    start: 2020-09-03T13:00:00\n", 1)
    meeting_file.write_text(text, encoding="utf-8")
    _touch_later(meeting_file)
    assert watch.check() is True
    keys = [r.key for r in seen[-1]]
    assert "itu-t-sg17-2020-08/session:closing-plenary/15m" in keys
    assert len(keys) == 15


def test_a_broken_edit_keeps_the_last_good_version(tmp_path):
    meeting_file = tmp_path / "meeting.yaml"
    shutil.copy(BUNDLED_MEETING, meeting_file)
    seen = []
    watch = FileWatch(meeting_file, None, ReminderPolicy(), lambda m, p: seen.append(m))
    meeting_file.write_text("timezone: [unclosed\n", encoding="utf-8")
    _touch_later(meeting_file)
    assert watch.check() is False
    assert seen == []
