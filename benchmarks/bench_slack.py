"""Slack HTTP mode under a burst: signed slash commands against ``meetingbot run`` versus a bare Bolt AsyncApp.

Run by hand: ``.venv/bin/python benchmarks/bench_slack.py [--clients 20 100] [--seconds 4] [--rounds 3]``.

Both servers run at once, each in its own process, on 127.0.0.1: ``meetingbot run --port P`` (HTTP
mode, its Web API and response URLs on the tests' fake Slack, itself in a third process) and
``benchmarks/_bare_slack.py`` (same slack-bolt, same aiohttp server setup, listeners that only ack).
For each number of concurrent clients, rounds alternate bot, bare, bare, bot, ... Each client sends
``/deadlines``, ``/agenda 3h`` and ``/now`` in turn, signed (v0 HMAC-SHA256) as Slack does, as 1,000
different users, and sends its next one as soon as the last is acknowledged (a closed loop,
bounded in time and count). Latency is the time to the HTTP acknowledgement, which is what
Slack's 3-second limit is about; the bot's answers (posted afterwards to the response URL) are
counted too. Targets (issue 8), at 100 clients: throughput >= 0.9 of bare, p99 <= 1.25 of bare,
zero failures and zero acknowledgements over 3 s.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (AT, BENCH, HEADER, PYTHON, Proc, Round, clean_env, cpu_seconds, free_port, machine,  # noqa: E402
                     row, summary, verdicts)
from fakes.slack_api import BOT_TOKEN  # noqa: E402
from fakes.slack_requests import SIGNING_SECRET, command_body, signed_headers  # noqa: E402

FORM = "application/x-www-form-urlencoded"
COMMANDS = (("/deadlines", ""), ("/agenda", "3h"), ("/now", ""))
USERS = 1000
CONFIG = """\
database: {db}
slack:
  chairs: ["UCHAIR"]
  session_channels: ["C0PLENARY"]
  reminder_channels: ["C0GENERAL"]
"""


class FakeSlackProcess(Proc):
    """The fake Slack in its own process (benchmarks/_fake_slack_server.py)."""

    def __init__(self) -> None:
        super().__init__([PYTHON, str(BENCH / "_fake_slack_server.py")], clean_env(), stdin=True)
        self.url = self.wait_line("URL ", 20)[1].split()[1]

    def count(self, method: str) -> int:
        seen = len(self.lines)
        self.send(f"count {method}")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            for _, line in self.lines[seen:]:
                if line.startswith("COUNT "):
                    return int(line.split()[1])
            time.sleep(0.01)
        raise RuntimeError("the fake Slack does not answer")


def start_bot(folder: Path, fake: FakeSlackProcess, port: int, fixes: str = "") -> Proc:
    """``meetingbot run`` in Slack HTTP mode, as a user would start it (``fixes``: through _proposed_fixes.py)."""
    config = folder / "meetingbot.yaml"
    config.write_text(CONFIG.format(db=folder / "meetingbot.db"), encoding="utf-8")
    env = clean_env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=fake.url + "/api/",
                    MEETINGBOT_BENCH_FIXES=fixes)
    entry = [str(BENCH / "_proposed_fixes.py")] if fixes else ["-m", "adapters.cli"]
    return Proc([PYTHON, *entry, "run", "--port", str(port), "--config", str(config), "--at", AT], env)


def start_bare(fake: FakeSlackProcess, port: int) -> Proc:
    """The bare AsyncApp that only acks."""
    env = clean_env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=fake.url + "/api/")
    return Proc([PYTHON, str(BENCH / "_bare_slack.py"), str(port)], env)


def make_sender(session: aiohttp.ClientSession, port: int, response_url: str):
    """``one(client, n)``: send the n-th signed command; its acknowledgement latency in seconds, None if not 200."""
    url = f"http://127.0.0.1:{port}/slack/events"

    async def one(client: int, number: int) -> float | None:
        command, text = COMMANDS[number % len(COMMANDS)]
        body = command_body(command, text, f"U{number % USERS:04d}", response_url)
        headers = signed_headers(body, FORM)
        started = time.perf_counter()
        async with session.post(url, data=body.encode(), headers=headers) as response:
            await response.read()
            latency = time.perf_counter() - started
            return latency if response.status == 200 else None

    return one


async def load(port: int, response_url: str, clients: int, seconds: float, limit: int, into: Round) -> None:
    """One closed-loop round of ``clients`` virtual users against the server on ``port``."""
    from _common import closed_loop
    connector = aiohttp.TCPConnector(limit=clients)
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        await closed_loop(clients, seconds, limit, make_sender(session, port, response_url), into)


def profile(pid: int, into: str, run_load, seconds: float) -> None:
    """py-spy record of ``pid`` (samples of the thread holding the GIL) while ``run_load()`` runs; top functions printed."""
    import subprocess
    spy = subprocess.Popen([str(Path(PYTHON).parent / "py-spy"), "record", "-p", str(pid), "-f", "raw", "-o", into,
                            "-d", str(int(seconds) + 2), "-r", "200", "--gil"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(1.0)
    run_load()
    _, err = spy.communicate(timeout=60)
    if spy.returncode:
        print(f"py-spy failed: {err.strip()[-500:]}")
        return
    from _profile import top
    print(top(into))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, nargs="+", default=[20, 100])
    parser.add_argument("--seconds", type=float, default=4.0, help="length of one round (default 4)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per side and client count (default 3)")
    parser.add_argument("--limit", type=int, default=50_000, help="most requests in one round")
    parser.add_argument("--warmup", type=int, default=1500, help="requests to each side before measuring")
    parser.add_argument("--fixes", metavar="LIST", help="also measure the bot with these proposed fixes "
                        "(benchmarks/_proposed_fixes.py: all, or slack_session,slack_tasks) as a third side")
    parser.add_argument("--profile", metavar="FILE", help="instead of measuring: py-spy --gil (collapsed stacks, "
                        "--idle off) of the bot during one round at the largest client count, into FILE")
    args = parser.parse_args()

    print(f"# Slack HTTP: signed slash commands, closed loop; {machine()}")
    with tempfile.TemporaryDirectory() as folder:
        fake = FakeSlackProcess()
        bot_port, bare_port = free_port(), free_port()
        bot = start_bot(Path(folder), fake, bot_port, (args.fixes or "") if args.profile else "")  # profile the fixed bot
        bare = start_bare(fake, bare_port)
        fixed = None
        if args.fixes and not args.profile:
            fixed_port = free_port()
            (Path(folder) / "fixed").mkdir()
            fixed = start_bot(Path(folder) / "fixed", fake, fixed_port, args.fixes)
        try:
            bot.wait_line("meetingbot is serving", 60)
            bare.wait_line("ready", 60)
            response_url = f"{fake.url}/respond/bench"
            targets = {"bot": bot_port, "bare": bare_port}
            pids = {"bot": bot.pid, "bare": bare.pid}
            if fixed is not None:
                fixed.wait_line("meetingbot is serving", 60)
                targets["bot+fixes"], pids["bot+fixes"] = fixed_port, fixed.pid
            for name, port in targets.items():  # warm up: connections, auth.test, users.info cache, imports
                warm = Round()
                asyncio.run(load(port, response_url, 20, 30.0, args.warmup, warm))
                if warm.failures:
                    print(f"warm-up of {name}: {warm.failures} failures {warm.errors}")
            time.sleep(1.0)
            answered_before = fake.count("response_url")
            if args.profile:
                profile(bot.pid, args.profile, lambda: asyncio.run(
                    load(bot_port, response_url, max(args.clients), args.seconds, args.limit, Round())), args.seconds)
                return 0
            acknowledged = 0
            print(HEADER)
            results: dict[tuple[str, int], Round] = {}
            for clients in args.clients:
                totals = {name: Round() for name in targets}
                names = list(targets)
                orders = itertools.cycle([names, names[::-1]])
                for _ in range(args.rounds):
                    for name in next(orders):
                        one = Round()
                        cpu = cpu_seconds(pids[name])
                        asyncio.run(load(targets[name], response_url, clients, args.seconds, args.limit, one))
                        time.sleep(0.3)  # the bot's answers after the last acks belong to this round's CPU
                        one.cpu = cpu_seconds(pids[name]) - cpu
                        totals[name].merge(one)
                for name in targets:
                    results[(name, clients)] = totals[name]
                    print(row(name, clients, summary(totals[name])))
                acknowledged += sum(totals[name].count for name in targets if name != "bare")
                for line in verdicts(summary(totals["bot"]), summary(totals["bare"]), clients, clients >= 100):
                    print(line)
                if "bot+fixes" in totals:
                    for line in verdicts(summary(totals["bot+fixes"]), summary(totals["bare"]), clients, clients >= 100):
                        print(line.replace("bot/bare", "bot+fixes/bare"))
                for name in targets:
                    if totals[name].errors:
                        print(f"  {name} failures: {totals[name].errors}")
            deadline = time.monotonic() + 30
            while (answered := fake.count("response_url") - answered_before) < acknowledged \
                    and time.monotonic() < deadline:
                time.sleep(0.2)
            print(f"answers posted to the response URL: {answered} of {acknowledged} commands the bot(s) acknowledged")
        finally:
            bot.stop()
            bare.stop()
            if fixed is not None:
                fixed.stop()
            fake.process.stdin.close()  # type: ignore[union-attr]
            fake.stop()
        problems = [line for line in bot.errors if "Traceback" in line or "ERROR" in line]
        if problems:
            print(f"bot stderr: {len(problems)} errors, first: {problems[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
