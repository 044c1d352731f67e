"""Shared by the platform benchmarks: processes to start, the local fakes, load generation, statistics.

Everything listens on and talks to 127.0.0.1 only. Not a test; imported by the ``bench_*.py`` scripts.
"""

from __future__ import annotations

import asyncio
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

PYTHON = sys.executable
AT = "2020-08-24T10:30:00+02:00"  # first morning of the meeting: deadlines ahead, a session day
CLEARED = ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL", "DISCORD_TOKEN",
           "DISCORD_API_BASE", "DISCORD_GATEWAY_URL", "MEETINGBOT_CONFIG")
DEADLINE_S = 3.0


def free_port() -> int:
    """A TCP port of 127.0.0.1 nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without any platform token, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if k not in CLEARED}
    env.update(PYTHONUNBUFFERED="1", **extra)
    return env


def rss_mb(pid: int) -> float:
    """Resident memory of a process (``VmRSS``), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def own_cpu_seconds() -> float:
    """User + system CPU time this process has used so far, in seconds."""
    return cpu_seconds(os.getpid())


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process (all its threads) has used so far, in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine() -> str:
    """One line about where the figures come from."""
    return (f"Python {platform.python_version()}, {os.cpu_count()} cores, {platform.system()} {platform.release()} "
            f"{platform.machine()}, {time.strftime('%Y-%m-%d %H:%M')}")


class Proc:
    """A child process whose stdout lines are read on a thread; ``wait_line`` waits for one containing a text."""

    def __init__(self, args: list[str], env: dict[str, str], cwd: Path = ROOT, stdin: bool = False) -> None:
        self.started = time.perf_counter()
        self.process = subprocess.Popen(args, cwd=cwd, env=env, text=True, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE,
                                        stdin=subprocess.PIPE if stdin else subprocess.DEVNULL, bufsize=1)
        self.lines: list[tuple[float, str]] = []
        self.errors: list[str] = []
        import threading
        self._cond = threading.Condition()
        threading.Thread(target=self._read, args=(self.process.stdout, self.lines), daemon=True).start()
        threading.Thread(target=self._read, args=(self.process.stderr, self.errors), daemon=True).start()

    def _read(self, stream: Any, into: list) -> None:
        for line in stream:
            with self._cond:
                into.append((time.perf_counter(), line.rstrip("\n")) if into is self.lines else line.rstrip("\n"))
                self._cond.notify_all()
        with self._cond:
            self._cond.notify_all()

    @property
    def pid(self) -> int:
        return self.process.pid

    def wait_line(self, text: str, timeout: float = 60.0) -> tuple[float, str]:
        """The first stdout line containing ``text`` (and when it was read); raises when the process ends first."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for at, line in self.lines:
                    if text in line:
                        return at, line
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{text!r} not seen; exit {self.process.poll()}; "
                                       f"stdout {[l for _, l in self.lines][-5:]}; stderr {self.errors[-10:]}")
                self._cond.wait(0.05)

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        """SIGINT (as Ctrl-C), then SIGKILL if it lingers."""
        if self.process.poll() is None:
            self.process.send_signal(2)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@dataclass
class Round:
    """One timed load round against one target.

    ``cpu`` is the server's CPU time, ``load_cpu`` the benchmark's own (load generator and fake platform):
    on a 2-core machine the three share the cores, so a side whose answers cost the fake more to read is
    slowed down by the fake, not by itself.
    """

    latencies: list[float] = field(default_factory=list)  # seconds, successful answers only
    failures: int = 0
    elapsed: float = 0.0
    cpu: float = 0.0  # CPU seconds the server process used during the round
    load_cpu: float = 0.0  # CPU seconds this process (the load and the fake platform) used during the round
    errors: dict[str, int] = field(default_factory=dict)

    def fail(self, why: str) -> None:
        self.failures += 1
        self.errors[why] = self.errors.get(why, 0) + 1

    @property
    def count(self) -> int:
        return len(self.latencies)

    @property
    def rate(self) -> float:
        return self.count / self.elapsed if self.elapsed else 0.0

    def merge(self, other: "Round") -> None:
        self.latencies += other.latencies
        self.failures += other.failures
        self.elapsed += other.elapsed
        self.cpu += other.cpu
        self.load_cpu += other.load_cpu
        for key, value in other.errors.items():
            self.errors[key] = self.errors.get(key, 0) + value


def percentile(values: list[float], q: float) -> float:
    """The q-quantile (0..1) of values, nearest rank."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(q * len(ordered))) - 1))]


def summary(r: Round) -> dict[str, float]:
    """requests/s, p50, p99, max (ms), failures, answers over 3 s."""
    lat = r.latencies
    return {"rate": r.rate, "p50": percentile(lat, 0.50) * 1e3, "p99": percentile(lat, 0.99) * 1e3,
            "max": (max(lat) if lat else float("nan")) * 1e3, "fail": r.failures,
            "slow": sum(1 for x in lat if x > DEADLINE_S), "n": r.count,
            "cpu": r.cpu / r.count * 1e3 if r.count else float("nan"),
            "load": r.load_cpu / r.count * 1e3 if r.count else float("nan")}


async def closed_loop(clients: int, seconds: float, limit: int, one: Callable[[int, int], Awaitable[float | None]],
                      result: Round) -> None:
    """``clients`` concurrent virtual users, each sending its next request when the last is answered,
    for ``seconds`` or ``limit`` requests in all, whichever comes first. ``one(client, n)`` returns
    the latency in seconds, or raises/returns None for a failure."""
    sent = 0
    stop_at = time.perf_counter() + seconds

    async def user(index: int) -> None:
        nonlocal sent
        while sent < limit and time.perf_counter() < stop_at:
            number = sent
            sent += 1
            try:
                latency = await one(index, number)
            except asyncio.TimeoutError:
                result.fail("timeout")
                continue
            except Exception as error:  # a failure to count, not to stop on
                result.fail(type(error).__name__)
                continue
            if latency is None:
                result.fail("bad answer")
            else:
                result.latencies.append(latency)

    started = time.perf_counter()
    await asyncio.gather(*(user(i) for i in range(clients)))
    result.elapsed += time.perf_counter() - started


HEADER = (f"{'target':12} {'clients':>7} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} "
          f"{'fail':>5} {'>3s':>4} {'n':>7} {'cpu ms/req':>10} {'load ms/req':>11}")


def row(name: str, clients: int, s: dict[str, float]) -> str:
    return (f"{name:12} {clients:7d} {s['rate']:8.0f} {s['p50']:8.2f} {s['p99']:8.2f} {s['max']:8.1f} "
            f"{s['fail']:5d} {s['slow']:4d} {s['n']:7d} {s['cpu']:10.3f} {s.get('load', float('nan')):11.3f}")


def verdicts(bot: dict[str, float], bare: dict[str, float], clients: int, check: bool,
             against: str = "bare") -> list[str]:
    """Ratios bot/``against`` and, at 100 clients, the issue's targets."""
    rate_ratio = bot["rate"] / bare["rate"] if bare["rate"] else float("nan")
    p99_ratio = bot["p99"] / bare["p99"] if bare["p99"] else float("nan")
    p50_ratio = bot["p50"] / bare["p50"] if bare["p50"] else float("nan")
    cpu_ratio = bot["cpu"] / bare["cpu"] if bare["cpu"] else float("nan")
    lines = [f"  ratios bot/{against} at {clients}: throughput {rate_ratio:.2f}, p50 {p50_ratio:.2f}, p99 {p99_ratio:.2f}, "
             f"server CPU per request {cpu_ratio:.2f}"]
    if check:
        ok = lambda flag: "met" if flag else "MISSED"  # noqa: E731
        lines.append(f"  target throughput >= 0.90 of {against}: {ok(rate_ratio >= 0.9)}; p99 <= 1.25 of {against}: "
                     f"{ok(p99_ratio <= 1.25)}; zero failures: {ok(bot['fail'] == 0)}; zero over 3 s: "
                     f"{ok(bot['slow'] == 0)}")
    return lines


def stdev_note(values: list[float]) -> str:
    return f"{statistics.mean(values):.0f}±{statistics.pstdev(values):.0f}" if values else "-"
