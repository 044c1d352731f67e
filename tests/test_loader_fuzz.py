"""Fuzzing the loader: mutated meeting files and configs never give a traceback, a hang or a memory blow-up.

Each mutated file is loaded in a child process (``loader_fuzz_child.py``) as ``meetingbot check``,
``--meeting`` and ``--config`` would, and a meeting that loads is asked its first commands. The
child must answer within :data:`HANG_SECONDS` (else it is killed and the example fails; the same
figure is Hypothesis's deadline) and its peak memory must stay under :data:`MAX_MEMORY_MB`; 180
examples (and every file of ``tests/data/``) run in about ten seconds.
"""

from __future__ import annotations

import json
import re
import resource
import select
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
DATA = TESTS / "data"
HANG_SECONDS = 5.0
MAX_MEMORY_MB = 200
CHILD_ADDRESS_SPACE = 2 * 1024 ** 3  # a runaway child fails with MemoryError instead of swapping the machine

MEETING_SEEDS = [(DATA / "minimal_valid.yaml").read_bytes(),
                 (ROOT / "meeting_data" / "itu-t-sg17-2020-08.yaml").read_bytes()]
CONFIG_SEEDS = [  # meeting paths made absolute: the mutated copies live in temporary folders
    (DATA / "configs" / "valid.yaml").read_bytes().replace(b"../minimal_valid.yaml",
                                                            str(DATA / "minimal_valid.yaml").encode()),
    (ROOT / "meetingbot.example.yaml").read_bytes().replace(b"meeting_data/",
                                                            str(ROOT / "meeting_data").encode() + b"/"),
]
KNOWN = [path for folder in (DATA, DATA / "configs", DATA / "config_targets", DATA / "warnings")
         for path in sorted(folder.glob("*.yaml"))]
PROBLEM_LINE = re.compile(r"^.+:\d+: .+: .+$")

LETTERS = [bytes([letter]) for letter in b"abcdefghi"]
BOMB = b"bomb_a: &a [x, x, x, x, x, x, x, x, x, x]\n" + b"".join(  # nine levels of ten: 10**9 values
    b"bomb_%s: &%s [%s]\n" % (name, name, b", ".join([b"*" + previous] * 10))
    for previous, name in zip(LETTERS, LETTERS[1:]))

# Pieces that broke YAML loaders before, or that a careless edit brings in.
HOSTILE = [
    b"? [a, b]\n: c\n", b"? {a: 1}\n: c\n", b"&a ", b"*a", b"<<: *a\n", b"!!python/object/apply:os.system [x]",
    b"!!timestamp 9999-12-31T23:59:59-14:00", b"!!timestamp 2020-13-45", b"9999-12-31", b"0001-01-01",
    b"9999-12-31T23:59:59", b"2020-02-30", b"2020-03-29T02:30:00", b"\x00", b"\x01", b"\x1b[31m", b"\x7f",
    b"\xc2\x85", b"\xff\xfe", b"\xef\xbb\xbf", b"\xed\xa0\x80", "\u2028".encode(), "\ufffe".encode(), b"\t",
    b"{", b"}", b"[", b"]", b"- ", b": ", b"\"", b"'", b"~", b".inf", b"-.inf", b".nan", b"1e400", b"9" * 5000,
    b"!!binary AAAA", b"!!binary *", b"!!set {a}", b"!!omap [a]", b"!!pairs [1]", b"!!int x", b"!!float x",
    b"%YAML 1.1\n", b"---\n", b"...\n", b"[" * 500, b"{a: " * 200, b"- " * 300, BOMB, b"&r [*r]", b"? ",
    b"|\n", b">-\n", b"#", b"@", b"`", b"%", b"!", b"&", b"*", b"\n", b"  ", b"-", b"0x1F", b"0o17", b"1_000",
    b"yes", b"null", b"true", b"/dev/zero", b"/", b".", b"..", b"../nowhere.yaml", b"\"a\\0b\"",
    b"\"\\x01\"", b"a" * 5000, b"-1", b"0", b"99999999999999999999", b"2020-08-24T11:00:00+02:00",
    b"25:61", b"0d 25:00", b"999d", b"1d 09:00", b"\"\"", b"[]", b"{}", b"!!str", b"!!null", b"!!bool x",
    b"!!bool x#",
]

OPERATIONS = ("insert", "replace", "delete", "value", "duplicate-line", "delete-line")


def mutate(seed: bytes, steps: list[tuple[str, float, int, bytes]]) -> bytes:
    """Apply each step: insert or overwrite a hostile piece, delete bytes, replace a value, copy or drop a line."""
    text = seed
    for operation, where, size, piece in steps:
        at = int(where * len(text))
        lines = text.split(b"\n")
        row = min(int(where * len(lines)), len(lines) - 1)
        if operation == "insert":
            text = text[:at] + piece + text[at:]
        elif operation == "replace":
            text = text[:at] + piece + text[at + size:]
        elif operation == "delete":
            text = text[:at] + text[at + size:]
        elif operation == "value" and b": " in lines[row]:
            key, _, _ = lines[row].partition(b": ")
            lines[row] = key + b": " + piece
            text = b"\n".join(lines)
        elif operation == "duplicate-line":
            text = b"\n".join(lines[:row + 1] + lines[row:])
        elif operation == "delete-line":
            text = b"\n".join(lines[:row] + lines[row + 1:])
    return text


def row_of(seed: bytes, start: bytes) -> float:
    """The ``where`` of a step that lands on the line starting with ``start``."""
    lines = seed.split(b"\n")
    return (next(i for i, line in enumerate(lines) if line.startswith(start)) + 0.5) / len(lines)


STEPS = st.lists(st.tuples(st.sampled_from(OPERATIONS), st.floats(0, 1), st.integers(0, 64),
                           st.one_of(st.sampled_from(HOSTILE), st.binary(min_size=1, max_size=8))),
                 min_size=1, max_size=5)


class Child:
    """The loader in a process of its own, killed and restarted when it hangs."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[str] | None = None

    def _start(self) -> subprocess.Popen[str]:
        def limits() -> None:
            resource.setrlimit(resource.RLIMIT_AS, (CHILD_ADDRESS_SPACE, CHILD_ADDRESS_SPACE))

        return subprocess.Popen([sys.executable, str(TESTS / "loader_fuzz_child.py")], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True, preexec_fn=limits, cwd=ROOT)

    def ready(self) -> None:
        """A running child, past its imports (they are not the loader's time)."""
        if self.process is None or self.process.poll() is not None:
            self.process = self._start()
            self._ask(DATA / "minimal_valid.yaml", timeout=60)

    def load(self, path: Path) -> dict[str, object]:
        """What the child says about ``path``; a failure of the test when it takes over HANG_SECONDS."""
        self.ready()
        return self._ask(path, timeout=HANG_SECONDS)

    def _ask(self, path: Path, timeout: float) -> dict[str, object]:
        assert self.process is not None and self.process.stdin and self.process.stdout
        self.process.stdin.write(json.dumps({"path": str(path)}) + "\n")
        self.process.stdin.flush()
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            self.stop()
            pytest.fail(f"no answer within {timeout} s for {path.read_bytes()[:2000]!r}")
        line = self.process.stdout.readline()
        if not line:
            self.stop()
            pytest.fail(f"the loader's process died on {path.read_bytes()[:2000]!r}")
        return json.loads(line)

    def stop(self) -> None:
        """End the child (the one this test started)."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


@pytest.fixture(scope="module")
def child():
    running = Child()
    running.ready()
    yield running
    running.stop()


def _check(child: Child, folder: Path, content: bytes, name: str) -> None:
    path = folder / name
    path.write_bytes(content)
    _check_path(child, path)


def _check_path(child: Child, path: Path) -> None:
    content = path.read_bytes()
    answer = child.load(path)
    assert answer["outcome"] != "crash", f"{content[:2000]!r}\n{answer['traceback']}"
    assert answer["outcome"] == "ok", f"{content[:2000]!r}\n{answer['failures']}"
    assert answer["seconds"] < HANG_SECONDS
    assert answer["maxrss_mb"] < MAX_MEMORY_MB, f"{answer['maxrss_mb']:.0f} MB for {content[:2000]!r}"
    for line in answer["lines"]:
        assert PROBLEM_LINE.match(line) and "Traceback" not in line, line
    assert len(answer["lines"]) <= 2 * 51 + 1  # a config's own problems, then its meeting's: each capped at 50


FUZZ = settings(max_examples=120, deadline=timedelta(seconds=HANG_SECONDS), database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@FUZZ
@given(seed=st.sampled_from(range(len(MEETING_SEEDS))), steps=STEPS)
@example(seed=0, steps=[("insert", 0.0, 0, b"? [a, b]\n: c\n")])
@example(seed=0, steps=[("value", row_of(MEETING_SEEDS[0], b"letter_date:"), 0, b"9999-12-31")])
@example(seed=0, steps=[("insert", 0.0, 0, BOMB)])
@example(seed=1, steps=[("value", 0.1, 0, b"9" * 5000)])
def test_mutated_meeting_files(child, tmp_path_factory, seed, steps):
    _check(child, tmp_path_factory.mktemp("meeting"), mutate(MEETING_SEEDS[seed], steps), "meeting.yaml")


@settings(FUZZ, max_examples=60)
@given(seed=st.sampled_from(range(len(CONFIG_SEEDS))), steps=STEPS)
@example(seed=0, steps=[("insert", 0.0, 0, b"? [a, b]\n: c\n")])
@example(seed=0, steps=[("value", row_of(CONFIG_SEEDS[0], b"database:"), 0, b"/dev/zero")])
@example(seed=0, steps=[("value", row_of(CONFIG_SEEDS[0], b"meeting:"), 0, b"/dev/zero")])
def test_mutated_configs(child, tmp_path_factory, seed, steps):
    _check(child, tmp_path_factory.mktemp("config"), mutate(CONFIG_SEEDS[seed], steps), "config.yaml")


@pytest.mark.parametrize("path", KNOWN, ids=[f"{p.parent.name}/{p.stem}" for p in KNOWN])
def test_every_file_of_tests_data(child, path):
    _check_path(child, path)
