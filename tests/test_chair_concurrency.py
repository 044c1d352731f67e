"""Chairs acting at once lose no move: several threads, several processes, one store.

Every acknowledged ``/next`` or ``/prev`` moves the agenda exactly one entry from the item its own
transaction saw, is in the timeline once, and is announced once, by the chair who made it. The
other state changes mixed in (breaks, the speaker queue, the reminders switch, the budget check)
keep their own books: each acknowledged change is announced once, each refused one not at all.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

from hypothesis import HealthCheck, given, settings, strategies as st

from adapters.console.render import TextRenderer
from bot.agenda import AgendaIndex
from bot.clock import SystemClock
from bot.core import MeetingBot
from bot.live_state import LiveState
from bot.models import Meeting
from bot.notifier import Announcement
from bot.request import Asker, Request
from bot.sqlite_store import SqliteStore
from bot.store import MemoryStore, Store
from live_helpers import OPENING, LiveBot, discussing_3h, timeline_problems

MEETING_ID = "itu-t-sg17-2020-08"
MOVES_PROCESS = Path(__file__).resolve().parent / "chair_moves_process.py"

CHAIR_COMMANDS = ["/next", "/next", "/prev", "/break 5m", "/resume", "/floor next", "/floor clear",
                  "/session start Plenary", "/reminders pause", "/reminders resume", "tick"]
DELEGATE_COMMANDS = ["/floor Kenya", "/floor cancel"]
ANNOUNCES = {"/next": "item", "/prev": "item", "/break 5m": "break", "/resume": "resume", "/floor next": "floor"}


@dataclass
class Outcome:
    """One command as its sender saw it: the reply, and what was announced while it was handled."""

    chair: str
    command: str
    ok: bool
    text: str
    announced: list[tuple[str, str]] = field(default_factory=list)  # (key, title)

    @property
    def kinds(self) -> list[str]:
        """``item``, ``break``, … for each announcement, from its key."""
        return [key.partition(":")[0] for key, _ in self.announced]


def by_delegate(command: str) -> bool:
    """Whether a delegate (not the chair) sends this command."""
    return command in DELEGATE_COMMANDS


def check_books(agenda: AgendaIndex, raw: dict, outcomes: list[Outcome], start: str | None) -> None:
    """Every invariant of concurrent chair commands, from what the senders saw and what was stored.

    ``start`` is the item under discussion before the commands ran (set up with one timeline entry),
    or None on an empty store.
    """
    state = LiveState.model_validate(raw)
    index = {e.ref: n for n, e in enumerate(agenda.entries)}
    ref_of_title = {f"Now under discussion: {e.parsed.label} {e.title}": e.ref for e in agenda.entries}

    for outcome in outcomes:  # each acknowledged change announced once, each refusal not at all
        if outcome.command == "tick":
            assert outcome.kinds in ([], ["budget"]), outcome
        else:
            expected = [ANNOUNCES[outcome.command]] if outcome.ok and outcome.command in ANNOUNCES else []
            assert outcome.kinds == expected, outcome

    moves = [o for o in outcomes if o.ok and o.command in ("/next", "/prev")]
    steps = sum(1 if o.command == "/next" else -1 for o in moves)
    before = index[start] if start is not None else -1
    assert index[state.current_ref] - before == steps, \
        f"{len(moves)} acknowledged moves ({steps:+d} entries) took the agenda from {start} to {state.current_ref}"

    items = [e for e in state.timeline if e.kind == "item"][1 if start is not None else 0:]
    announced = Counter((o.chair, ref_of_title[title]) for o in outcomes
                        for key, title in o.announced if key.startswith(("item:", "resume:")))
    assert Counter((e.announced_by, e.ref) for e in items) == announced, "timeline and announcements differ"
    resumes = sum(1 for o in outcomes if o.ok and o.command == "/resume")
    assert len(items) == len(moves) + resumes

    previous: str | None = None  # each item one step from the one before, or the same item after a break
    for n, entry in enumerate(state.timeline):
        if entry.kind == "item":
            after_break = n > 0 and state.timeline[n - 1].kind == "break"
            if previous is not None and not (after_break and entry.ref == previous):
                assert abs(index[entry.ref] - index[previous]) == 1, f"{previous} then {entry.ref}"
            previous = entry.ref
    assert timeline_problems(raw) == []

    asked = sum(1 for o in outcomes if o.ok and o.command == "/floor Kenya")
    left = sum(1 for o in outcomes if o.ok and o.command in ("/floor next", "/floor cancel"))
    cleared = sum(int(re.search(r"(\d+) request", o.text).group(1)) for o in outcomes
                  if o.ok and o.command == "/floor clear")
    assert len(state.queue) == asked - left - cleared
    assert sum(o.kinds.count("budget") for o in outcomes) <= 1


# ---------------------------------------------------------------- threads in one process

class TickingClock:
    """A clock shared by threads that moves one second each time it is read."""

    def __init__(self, start: dt.datetime) -> None:
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> dt.datetime:
        """One second later than the previous reading."""
        with self._lock:
            self._now += dt.timedelta(seconds=1)
            return self._now


class PerThreadNotifier:
    """Keeps each announcement with the command its thread is handling."""

    def __init__(self) -> None:
        self.local = threading.local()

    def announce(self, announcement: Announcement) -> None:
        """Record the announcement for the current thread's command."""
        self.local.sink.append((announcement.key, announcement.reply.title))


def run_threads(meeting: Meeting, store: Store, start: str, scripts: list[list[str]]) -> list[Outcome]:
    """Open a session on ``start`` (a 1-minute budget), then run each script in a thread of its own, all at once."""
    notifier = PerThreadNotifier()
    bot = MeetingBot(meeting, TickingClock(OPENING), store=store, notifier=notifier)
    renderer = TextRenderer(meeting)
    setup = Asker(id="setup", name="Setup", is_chair=True)
    notifier.local.sink = []
    for text in ("/session start Plenary", f"/item {start} 1m"):
        assert bot.handle(Request(text, setup)).ok
    outcomes: list[Outcome] = []
    lock, barrier = threading.Lock(), threading.Barrier(len(scripts))

    def run(number: int, script: list[str]) -> None:
        chair = Asker(id=f"chair{number}", name=f"Chair{number}", is_chair=True)
        delegate = Asker(id=f"delegate{number}", name=f"Delegate{number}")
        mine = []
        barrier.wait()
        for text in script:
            notifier.local.sink = []
            if text == "tick":
                bot.tick()
                outcome = Outcome(chair.name, text, True, "")
            else:
                reply = bot.handle(Request(text, delegate if by_delegate(text) else chair))
                outcome = Outcome(chair.name, text, reply.ok, renderer.render(reply))
            outcome.announced = notifier.local.sink
            mine.append(outcome)
        with lock:
            outcomes.extend(mine)

    threads = [threading.Thread(target=run, args=(n, script)) for n, script in enumerate(scripts)]
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # let the threads take turns as often as the interpreter can
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(switch)
    assert sum(len(script) for script in scripts) == len(outcomes), "a thread failed"
    return outcomes


def stored(store: Store) -> dict:
    """The live state document as committed."""
    return store.read("live", MEETING_ID)


scripts = st.lists(st.lists(st.sampled_from(CHAIR_COMMANDS + DELEGATE_COMMANDS), min_size=1, max_size=25),
                   min_size=2, max_size=4)
starts = st.sampled_from(["1", "2f", "3h", "5", "6q", "10"])
CONCURRENCY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@CONCURRENCY
@given(scripts=scripts, start=starts)
def test_threads_on_one_memory_store_lose_no_move(meeting, scripts, start):
    store = MemoryStore()
    outcomes = run_threads(meeting, store, start, scripts)
    check_books(AgendaIndex(meeting.agenda), stored(store), outcomes, start)


@CONCURRENCY
@given(scripts=scripts, start=starts)
def test_threads_on_one_sqlite_database_lose_no_move(meeting, scripts, start):
    with tempfile.TemporaryDirectory() as folder:
        store = SqliteStore(Path(folder) / "m.db")
        try:
            outcomes = run_threads(meeting, store, start, scripts)
            check_books(AgendaIndex(meeting.agenda), stored(store), outcomes, start)
        finally:
            store.close()


@settings(max_examples=20, deadline=None)
@given(threads=st.integers(min_value=2, max_value=4), each=st.integers(min_value=5, max_value=15))
def test_n_threads_sending_next_move_the_agenda_n_times_each_announced_once(meeting, threads, each):
    store = MemoryStore()
    outcomes = run_threads(meeting, store, "1", [["/next"] * each] * threads)
    agenda = AgendaIndex(meeting.agenda)
    assert all(o.ok for o in outcomes)
    assert stored(store)["current_ref"] == agenda.entries[threads * each].ref
    titles = [title for o in outcomes for _, title in o.announced]
    assert sorted(titles) == sorted({title for title in titles})  # each item announced once
    assert len(titles) == threads * each


def test_a_second_chairs_break_during_a_break_announces_when_the_break_began(meeting):
    rossi = discussing_3h(meeting)
    okafor = LiveBot(meeting, rossi.store, start=rossi.clock.now())
    rossi.at("11:20")
    rossi.chair("/break 15m")
    okafor.at("11:21")
    assert okafor.chair("/break 20m", user="Okafor").ok
    text = okafor.render(okafor.sent()[-1].reply)
    assert "Break from 11:20 Geneva" in text
    assert "The session resumes at 11:41 Geneva" in text
    assert [e.kind for e in okafor.state().timeline] == ["item", "break"]


# ---------------------------------------------------------------- processes on one SQLite file

def run_processes(db: Path, scripts: dict[str, list[str]]) -> list[Outcome]:
    """Start one chair process per script on ``db``, let them all go at once, and read what each saw."""
    chairs = {name: subprocess.Popen([sys.executable, str(MOVES_PROCESS), str(db), name, json.dumps(script)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
              for name, script in scripts.items()}
    for name, process in chairs.items():  # every process loaded and waiting, so that they really overlap
        line = process.stdout.readline()
        assert line and json.loads(line) == {"ready": name}, process.communicate(timeout=30)[1]
    for process in chairs.values():
        process.stdin.write("go\n")
        process.stdin.flush()
    outcomes = []
    for name, process in chairs.items():
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        announced: list[tuple[str, str]] = []
        for line in out.splitlines():
            event = json.loads(line)
            if "announce" in event:
                announced.append((event["announce"], event["title"]))
            else:
                outcomes.append(Outcome(name, event["command"], event["ok"], event.get("text", ""), announced))
                announced = []
        assert len([o for o in outcomes if o.chair == name]) == len(scripts[name])
    return outcomes


def read_live(db: Path) -> dict:
    """The live state committed to the database."""
    store = SqliteStore(db)
    try:
        return stored(store)
    finally:
        store.close()


def test_two_processes_each_sending_30_next_move_the_agenda_60_entries(meeting, tmp_path):
    db = tmp_path / "m.db"
    SqliteStore(db).close()
    outcomes = run_processes(db, {"Rossi": ["/next"] * 30, "Okafor": ["/next"] * 30})
    agenda = AgendaIndex(meeting.agenda)
    assert [o.ok for o in outcomes].count(True) == 60
    raw = read_live(db)
    assert raw["current_ref"] == agenda.entries[59].ref
    assert [e["ref"] for e in raw["timeline"]] == [e.ref for e in agenda.entries[:60]]
    titles = sorted(title for o in outcomes for _, title in o.announced)
    assert titles == sorted(f"Now under discussion: {e.parsed.label} {e.title}" for e in agenda.entries[:60])
    check_books(agenda, raw, outcomes, None)


def test_three_processes_of_mixed_chair_commands_keep_every_book(meeting, tmp_path):
    db = tmp_path / "m.db"
    setup = MeetingBot(meeting, SystemClock(), store=SqliteStore(db))
    chair = Asker(id="setup", name="Setup", is_chair=True)
    assert setup.handle(Request("/session start Plenary", chair)).ok
    assert setup.handle(Request("/item 5", chair)).ok
    setup.store.close()
    rng = Random(13)
    scripts = {name: [rng.choice(CHAIR_COMMANDS + DELEGATE_COMMANDS) for _ in range(30)]
               for name in ("Rossi", "Okafor", "Chen")}
    outcomes = run_processes(db, scripts)
    check_books(AgendaIndex(meeting.agenda), read_live(db), outcomes, "5")


def test_threads_on_one_postgresql_database_lose_no_move(meeting, postgres_server):
    """The same books on PostgreSQL, a handful of mixed scripts each on a fresh database."""
    from bot.postgres_store import PostgresStore

    plans = [(start, [CHAIR_COMMANDS[i:] + DELEGATE_COMMANDS, DELEGATE_COMMANDS + CHAIR_COMMANDS[:i + 3],
                      ["/next"] * 6, CHAIR_COMMANDS[::-1]])
             for i, start in enumerate(["1", "3h", "6q", "10"])]
    for start, scripts in plans:
        store = PostgresStore(postgres_server.new_database())
        try:
            outcomes = run_threads(meeting, store, start, scripts)
            check_books(AgendaIndex(meeting.agenda), stored(store), outcomes, start)
        finally:
            store.close()
