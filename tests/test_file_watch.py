"""Editing the meeting file while the bot runs: good edits are picked up, broken ones are not."""

from __future__ import annotations

import asyncio
import os
import shutil
import threading

from adapters import file_watch
from adapters.file_watch import FileWatch
from bot import loader
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


def _edit(path, text):
    path.write_text(text, encoding="utf-8")
    _touch_later(path)


def test_a_list_as_a_key_is_refused_and_a_later_good_edit_loads(tmp_path):
    meeting_file = tmp_path / "meeting.yaml"
    shutil.copy(BUNDLED_MEETING, meeting_file)
    good = meeting_file.read_text(encoding="utf-8")
    seen = []
    watch = FileWatch(meeting_file, None, ReminderPolicy(), lambda m, p: seen.append(m))
    _edit(meeting_file, "? [a, b]\n: c\n" + good)
    assert watch.check() is False
    _edit(meeting_file, good.replace("title: ", "title: Edited ", 1))
    assert watch.check() is True
    assert seen[-1].title.startswith("Edited ")


def test_a_date_out_of_range_is_not_brought_into_a_running_bot(tmp_path):
    meeting_file = tmp_path / "meeting.yaml"
    shutil.copy(BUNDLED_MEETING, meeting_file)
    seen = []
    watch = FileWatch(meeting_file, None, ReminderPolicy(), lambda m, p: seen.append(m))
    _edit(meeting_file, meeting_file.read_text(encoding="utf-8").replace("date: 2020-07-24", "date: 9999-12-31"))
    assert watch.check() is False
    assert seen == []


def test_a_warning_is_logged_and_the_edit_still_loads(tmp_path, caplog):
    meeting_file = tmp_path / "meeting.yaml"
    shutil.copy(BUNDLED_MEETING, meeting_file)
    seen = []
    watch = FileWatch(meeting_file, None, ReminderPolicy(), lambda m, p: seen.append(m))
    _edit(meeting_file, meeting_file.read_text(encoding="utf-8").replace("date: 2020-07-24", "date: 2020-10-01"))
    assert watch.check() is True
    assert "the deadline is after the meeting ends" in caplog.text


async def _until(condition, what, seconds=10.0):
    """Wait (on the loop) until ``condition()`` holds; fail after ``seconds``."""
    async def poll():
        while not condition():
            await asyncio.sleep(0.01)
    try:
        await asyncio.wait_for(poll(), seconds)
    except asyncio.TimeoutError:
        raise AssertionError(f"never happened: {what}") from None


def test_the_running_watch_survives_a_bad_edit_and_loads_a_later_good_one(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(file_watch, "POLL_SECONDS", 0.01)
    meeting_file = tmp_path / "meeting.yaml"
    shutil.copy(BUNDLED_MEETING, meeting_file)
    good = meeting_file.read_text(encoding="utf-8")
    seen = []

    async def scenario():
        watch = FileWatch(meeting_file, None, ReminderPolicy(), lambda m, p: seen.append(m))
        task = asyncio.create_task(watch.run())
        _edit(meeting_file, "? [a, b]\n: c\n" + good)
        await _until(lambda: "kept the last good version" in caplog.text or task.done(), "the bad edit was read")
        _edit(meeting_file, good.replace("title: ", "title: Edited ", 1))
        await _until(lambda: seen or task.done(), "the good edit was loaded")
        assert not task.done(), task.exception()
        task.cancel()

    asyncio.run(scenario())
    assert seen[-1].title.startswith("Edited ")


def test_any_failure_while_reloading_is_logged_and_watching_goes_on(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(file_watch, "POLL_SECONDS", 0.01)
    meeting_file = tmp_path / "meeting.yaml"
    shutil.copy(BUNDLED_MEETING, meeting_file)
    good = meeting_file.read_text(encoding="utf-8")
    calls = []

    def on_change(meeting, policy):
        calls.append(meeting)
        if len(calls) == 1:
            raise RuntimeError("the first swap fails")

    async def scenario():
        task = asyncio.create_task(FileWatch(meeting_file, None, ReminderPolicy(), on_change).run())
        _edit(meeting_file, good.replace("title: ", "title: First ", 1))
        await _until(lambda: calls or task.done(), "the first edit was loaded")
        _edit(meeting_file, good.replace("title: ", "title: Second ", 1))
        await _until(lambda: len(calls) == 2 or task.done(), "the second edit was loaded")
        assert not task.done()
        task.cancel()

    asyncio.run(scenario())
    assert calls[-1].title.startswith("Second ")
    assert "the first swap fails" in caplog.text


def test_a_reload_loads_off_the_event_loop_and_swaps_on_it(tmp_path, monkeypatch):
    monkeypatch.setattr(file_watch, "POLL_SECONDS", 0.01)
    meeting_file = tmp_path / "meeting.yaml"
    shutil.copy(BUNDLED_MEETING, meeting_file)
    loading, loop_answered = threading.Event(), threading.Event()
    held_up = []
    real_validate = loader.validate

    def slow_validate(*args, **kwargs):
        # Stands for a big file: validation goes on until the event loop has answered something.
        loading.set()
        held_up.append(not loop_answered.wait(5))
        return real_validate(*args, **kwargs)

    monkeypatch.setattr(loader, "validate", slow_validate)
    swapped_on = []

    async def scenario():
        loop_thread = threading.get_ident()
        watch = FileWatch(meeting_file, None, ReminderPolicy(), lambda m, p: swapped_on.append(threading.get_ident()))
        task = asyncio.create_task(watch.run())
        _edit(meeting_file, meeting_file.read_text(encoding="utf-8").replace("title: ", "title: Edited ", 1))
        await _until(loading.is_set, "the reload started", seconds=20)
        loop_answered.set()  # the loop runs while the file loads
        await _until(lambda: swapped_on or task.done(), "the new version was swapped in", seconds=20)
        task.cancel()
        return loop_thread

    loop_thread = asyncio.run(scenario())
    assert held_up == [False], "the event loop was held up while the file loaded"
    assert swapped_on == [loop_thread]
