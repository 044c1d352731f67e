"""Slack HTTP mode under a burst: signed slash commands against ``meetingbot run`` versus a bare Bolt AsyncApp.

Run by hand: ``.venv/bin/python benchmarks/bench_slack.py [--clients 20 100] [--seconds 4] [--rounds 3]``.

Both servers run at once, each in its own process, on 127.0.0.1: ``meetingbot run --port P`` (HTTP
mode, its Web API and response URLs on the tests' fake Slack, itself in a third process) and
``benchmarks/_bare_slack.py`` (same slack-bolt, same aiohttp server setup), twice: listeners that only
ack (``bare``, the issue's baseline), and listeners that ack with the bot's own answers as fixed
messages (``bare+blocks``: what carrying an answer of that size costs Bolt, aiohttp and the client, so
that bot/bare+blocks is the bot's own cost).
For each number of concurrent clients, rounds alternate bot, bare, bare, bot, ... Each client sends
``/deadlines``, ``/agenda 3h`` and ``/now`` in turn, signed (v0 HMAC-SHA256) as Slack does, as 1,000
different users, and sends its next one as soon as the last is acknowledged (a closed loop,
bounded in time and count). Latency is the time to the HTTP acknowledgement, which is what
Slack's 3-second limit is about.

The bot answers a command from someone it already knows (``users.info`` cached) in the
acknowledgement itself, and someone new with an empty ack and a post to the response URL once
``users.info`` has answered. So before measuring, a first-contact pass sends exactly one command
from each of the 1,000 users to each side (reported on its own: that is the cost of a delegate's
first command of the day), then a short warm-up; the timed rounds reuse the same users, so they
measure the steady state. Every acknowledgement's body is checked: the script counts the bot's acks
that carry the answer (``blocks``) and the bare app's empty ones, and the answers posted to the
response URL, so that every command is seen answered exactly once. Targets (issue 8), at 100
clients: throughput >= 0.9 of bare, p99 <= 1.25 of bare, zero failures and zero acknowledgements over 3 s.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import datetime as dt
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (AT, BENCH, HEADER, PYTHON, Proc, Round, clean_env, cpu_seconds, free_port, machine,  # noqa: E402
                     own_cpu_seconds, row, summary, verdicts)
from adapters.slack.render import SlackRenderer  # noqa: E402
from bot.clock import FakeClock  # noqa: E402
from bot.config import BUNDLED_MEETING  # noqa: E402
from bot.core import MeetingBot  # noqa: E402
from bot.loader import load_meeting  # noqa: E402
from bot.request import Asker, Request  # noqa: E402
from fakes.slack_api import BOT_TOKEN  # noqa: E402
from fakes.slack_requests import SIGNING_SECRET, command_body, signed_headers  # noqa: E402

FORM = "application/x-www-form-urlencoded"
COMMANDS = (("/deadlines", ""), ("/agenda", "3h"), ("/now", ""))
USERS = 1000
PARSED_EVERY = 50  # one ack in 50 is parsed as JSON; the others are only classified
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


def start_bot(folder: Path, fake: FakeSlackProcess, port: int) -> Proc:
    """``meetingbot run`` in Slack HTTP mode, as a user would start it."""
    config = folder / "meetingbot.yaml"
    config.write_text(CONFIG.format(db=folder / "meetingbot.db"), encoding="utf-8")
    env = clean_env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=fake.url + "/api/")
    return Proc([PYTHON, "-m", "adapters.cli", "run", "--port", str(port), "--config", str(config), "--at", AT], env)


def start_bare(fake: FakeSlackProcess, port: int, answers: Path | None = None) -> Proc:
    """The bare AsyncApp that only acks, or (with ``answers``) acks with the bot's own answers as fixed messages."""
    env = clean_env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=fake.url + "/api/")
    return Proc([PYTHON, str(BENCH / "_bare_slack.py"), str(port), *([str(answers)] if answers else [])], env)


def write_answers(folder: Path) -> Path:
    """The bot's own answer to each benchmark command at the benchmark's instant, as the ack's message."""
    meeting = load_meeting(BUNDLED_MEETING)
    core = MeetingBot(meeting, FakeClock(dt.datetime.fromisoformat(AT)))
    answers = {}
    for command, text in COMMANDS:
        reply = core.handle(Request(f"{command} {text}".strip(), Asker("U0001", "Delegate", tz="Asia/Seoul")))
        rendered = SlackRenderer(meeting).render(reply)
        answers[command] = {"text": rendered.text, "blocks": rendered.blocks, "response_type": "ephemeral"}
    path = folder / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    return path


def ack_kind(payload: bytes, parse: bool) -> str:
    """What an acknowledgement carries: ``answer`` (a message with blocks), ``empty`` or ``other``.

    Read as cheaply as an empty ack unless ``parse``: the load generator must not make big answers slow.
    When parsed, an ack that is not a JSON message with blocks is ``other``.
    """
    if not payload.strip():
        return "empty"
    if not parse:
        blocks = b'"blocks":[{' in payload or b'"blocks": [{' in payload  # compact (the bot) or Bolt's default
        return "answer" if payload.startswith(b"{") and blocks else "other"
    try:
        message = json.loads(payload)
    except ValueError:
        return "other"
    return "answer" if isinstance(message, dict) and message.get("blocks") else "other"


def make_sender(session: aiohttp.ClientSession, port: int, response_url: str, acks: collections.Counter | None,
                first_user: int = 0):
    """``one(client, n)``: send the n-th signed command (from user ``first_user + n``, modulo 1,000); its
    acknowledgement latency in seconds, None if not 200. ``acks`` counts the acknowledgements by ``ack_kind``."""
    url = f"http://127.0.0.1:{port}/slack/events"

    async def one(client: int, number: int) -> float | None:
        command, text = COMMANDS[number % len(COMMANDS)]
        body = command_body(command, text, f"U{(first_user + number) % USERS:04d}", response_url)
        headers = signed_headers(body, FORM)
        started = time.perf_counter()
        async with session.post(url, data=body.encode(), headers=headers) as response:
            payload = await response.read()
            latency = time.perf_counter() - started
            if response.status != 200:
                return None
            if acks is not None:
                acks[ack_kind(payload, parse=number % PARSED_EVERY == 0)] += 1
            return latency

    return one


async def load(port: int, response_url: str, clients: int, seconds: float, limit: int, into: Round,
               acks: collections.Counter | None = None, first_user: int = 0) -> None:
    """One closed-loop round of ``clients`` virtual users against the server on ``port``."""
    from _common import closed_loop
    connector = aiohttp.TCPConnector(limit=clients)
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        await closed_loop(clients, seconds, limit, make_sender(session, port, response_url, acks, first_user), into)


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


def first_contact(name: str, pid: int, port: int, response_url: str, clients: int) -> tuple[Round, collections.Counter]:
    """One command from each of the 1,000 users, none seen before by the server on ``port``; its CPU
    includes what the bot does after the acks (``users.info``, the core, the post to the response URL)."""
    first, acks = Round(), collections.Counter()
    cpu = cpu_seconds(pid)
    asyncio.run(load(port, response_url, clients, 120.0, USERS, first, acks))
    time.sleep(1.0)
    first.cpu = cpu_seconds(pid) - cpu
    if first.failures:
        print(f"first contact with {name}: {first.failures} failures {first.errors}")
    return first, acks


def ack_note(acks: collections.Counter) -> str:
    total = sum(acks.values())
    return (f"{acks['answer']} of {total} acks carry the answer (blocks), {acks['empty']} empty"
            + (f", {acks['other']} other" if acks["other"] else ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, nargs="+", default=[20, 100])
    parser.add_argument("--seconds", type=float, default=4.0, help="length of one round (default 4)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per side and client count (default 3)")
    parser.add_argument("--limit", type=int, default=50_000, help="most requests in one round")
    parser.add_argument("--warmup", type=int, default=1000,
                        help="requests to each side after the first-contact pass, before measuring")
    parser.add_argument("--profile", metavar="FILE", help="instead of measuring: py-spy --gil (collapsed stacks, "
                        "--idle off) of each side in turn during one round at the largest client count, into FILE "
                        "(the bot), FILE.bare and FILE.bare-blocks")
    args = parser.parse_args()

    print(f"# Slack HTTP: signed slash commands, closed loop; {machine()}")
    with tempfile.TemporaryDirectory() as folder:
        fake = FakeSlackProcess()
        targets = {"bot": free_port(), "bare": free_port(), "bare+blocks": free_port()}
        bot = start_bot(Path(folder), fake, targets["bot"])
        bare = start_bare(fake, targets["bare"])
        same = start_bare(fake, targets["bare+blocks"], write_answers(Path(folder)))
        try:
            bot.wait_line("meetingbot is serving", 60)
            bare.wait_line("ready", 60)
            same.wait_line("ready", 60)
            response_url = f"{fake.url}/respond/bench"
            pids = {"bot": bot.pid, "bare": bare.pid, "bare+blocks": same.pid}
            posted_at_start = fake.count("response_url")
            firsts = {name: first_contact(name, pids[name], port, response_url, 20) for name, port in targets.items()}
            for name, port in targets.items():  # warm-up: the same users again (the bot now knows them)
                warm = Round()
                asyncio.run(load(port, response_url, 20, 30.0, args.warmup, warm))
                if warm.failures:
                    print(f"warm-up of {name}: {warm.failures} failures {warm.errors}")
            time.sleep(1.0)
            posted_before = fake.count("response_url")
            if args.profile:
                for name, port in targets.items():
                    suffix = "" if name == "bot" else "." + name.replace("+", "-")
                    print(f"{name}:")
                    during = Round()
                    profile(pids[name], args.profile + suffix, lambda p=port, r=during: asyncio.run(
                        load(p, response_url, max(args.clients), args.seconds, args.limit, r)), args.seconds)
                    print(f"load during the profile: {summary(during)}")
                return 0
            print(f"first contact (one command from each of {USERS} new users, 20 clients; ack latency):")
            print(HEADER)
            for name, (first, acks) in firsts.items():
                print(row(name, 20, summary(first)) + f"   {ack_note(acks)}")
            print(f"  bot answers posted to the response URL for first contacts and warm-up: "
                  f"{posted_before - posted_at_start} (expected {firsts['bot'][1]['empty']})")
            print(f"steady state (every user seen before; {args.rounds} rounds x {args.seconds:g} s per side):")
            print(HEADER)
            acks = {name: collections.Counter() for name in targets}
            for clients in args.clients:
                totals = {name: Round() for name in targets}
                names = list(targets)
                orders = itertools.cycle([names, names[::-1]])
                for _ in range(args.rounds):
                    for name in next(orders):
                        one = Round()
                        cpu, load_cpu = cpu_seconds(pids[name]), own_cpu_seconds()
                        asyncio.run(load(targets[name], response_url, clients, args.seconds, args.limit, one,
                                         acks[name]))
                        time.sleep(0.3)  # anything the bot does after the last acks belongs to this round's CPU
                        one.cpu, one.load_cpu = cpu_seconds(pids[name]) - cpu, own_cpu_seconds() - load_cpu
                        totals[name].merge(one)
                for name in targets:
                    print(row(name, clients, summary(totals[name])))
                for line in verdicts(summary(totals["bot"]), summary(totals["bare"]), clients, clients >= 100):
                    print(line)
                for line in verdicts(summary(totals["bot"]), summary(totals["bare+blocks"]), clients,
                                     clients >= 100, "bare+blocks"):
                    print(line)
                for name in targets:
                    if totals[name].errors:
                        print(f"  {name} failures: {totals[name].errors}")
            expected = sum(acks["bot"].values()) - acks["bot"]["answer"]  # acked empty: answered by a post
            deadline = time.monotonic() + 30
            while (posted := fake.count("response_url") - posted_before) < expected and time.monotonic() < deadline:
                time.sleep(0.2)
            print(f"bot: {ack_note(acks['bot'])}; answers posted to the response URL: {posted} "
                  f"(expected {expected}); every command answered once: "
                  f"{'yes' if posted == expected and not acks['bot']['other'] else 'NO'}")
            print(f"bare: {ack_note(acks['bare'])}")
            print(f"bare+blocks: {ack_note(acks['bare+blocks'])}")
        finally:
            bot.stop()
            bare.stop()
            same.stop()
            fake.process.stdin.close()  # type: ignore[union-attr]
            fake.stop()
        problems = [line for line in bot.errors if "Traceback" in line or "ERROR" in line]
        if problems:
            print(f"bot stderr: {len(problems)} errors, first: {problems[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
