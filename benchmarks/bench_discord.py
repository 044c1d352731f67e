"""Discord under a burst: concurrent slash-command interactions through the local fake Discord,
``meetingbot run`` versus a bare discord.py client that answers a fixed text.

Run by hand: ``.venv/bin/python benchmarks/bench_discord.py [--clients 20 100] [--seconds 4] [--rounds 3]``.

Each side is its own process connected to its own fake Discord (tests/fakes/discord_fake.py, REST and
gateway on 127.0.0.1, both in this process): ``meetingbot run`` with DISCORD_TOKEN set, and
``benchmarks/_bare_discord.py``, twice: answering with a fixed text (``bare``, the issue's baseline) and
with the bot's own answers as fixed embeds (``bare+embeds``: what sending an answer of that size costs
discord.py and the fake, so that bot/bare+embeds is the bot's own cost). A virtual delegate dispatches an INTERACTION_CREATE (``/deadlines``,
``/agenda 3h``, ``/now`` in turn, as 1,000 different members) and waits for the interaction callback
(``POST /interactions/{id}/{token}/callback``) before the next: a closed loop, bounded in time and count,
rounds alternating bot, bare, bare, bot, ... Latency is dispatch → callback received; over 3 s is a
missed deadline (Discord would show "The application did not respond"). Targets (issue 8), at 100
clients: callbacks/s >= 0.9 of bare, p99 <= 1.25 of bare, zero failures, zero missed deadlines.
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

import yaml
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (AT, BENCH, HEADER, PYTHON, Proc, Round, clean_env, closed_loop, cpu_seconds,  # noqa: E402
                     machine, own_cpu_seconds, row, summary, verdicts)
from adapters.discord.render import EmbedRenderer  # noqa: E402
from bot.clock import FakeClock  # noqa: E402
from bot.config import BUNDLED_MEETING  # noqa: E402
from bot.core import MeetingBot  # noqa: E402
from bot.loader import load_meeting  # noqa: E402
from bot.request import Asker, Request  # noqa: E402
from fakes.discord_fake import GUILD_ID, REMINDER_CHANNEL, SESSION_CHANNEL, FakeDiscord  # noqa: E402

COMMANDS = (("deadlines", None), ("agenda", {"ref": "3h"}), ("now", None))
MEMBERS = 1000
FIRST_MEMBER = 710000000000000000
TIMEOUT = 10.0
PARSED_EVERY = 50


class TimedFakeDiscord(FakeDiscord):
    """The tests' fake Discord, noting when each interaction's callback arrives (callbacks are not recorded)."""

    def __init__(self) -> None:
        super().__init__()
        self.answered: dict[str, float] = {}
        self.waiters: dict[str, asyncio.Future[float]] = {}
        self.callbacks: collections.Counter[str] = collections.Counter()  # by what they carry

    async def _rest(self, request: web.Request) -> web.Response:
        tail = request.match_info["tail"]
        if not tail.startswith("interactions/") or request.content_type.startswith("multipart/"):
            return await super()._rest(request)
        interaction = tail.split("/")[1]
        response = await self._callback(request, interaction)
        now = time.perf_counter()
        waiter = self.waiters.pop(interaction, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(now)
        else:
            self.answered[interaction] = now
        return response

    async def _callback(self, request: web.Request, interaction: str) -> web.Response:
        """An interaction callback, read as cheaply as the bare side's: the fake must not make big answers slow.

        Every callback is read in full and classified by what it carries; one in ``PARSED_EVERY`` is
        parsed as JSON to check it is well formed (``bad`` counts the ones that are not).
        """
        raw = await request.read()
        self.callbacks["embeds" if b'"embeds":[{' in raw else "text" if b'"content":' in raw else "other"] += 1
        if sum(self.callbacks.values()) % PARSED_EVERY == 0:
            try:
                json.loads(raw)
            except ValueError:
                self.callbacks["bad"] += 1
        return self.json({"interaction": {"id": interaction, "type": 2, "response_message_loading": False,
                                          "response_message_ephemeral": b'"flags":64' in raw},
                          "resource": {"type": 4}})

    async def ask(self, number: int) -> float:
        """Dispatch the n-th interaction; seconds until its callback."""
        name, options = COMMANDS[number % len(COMMANDS)]
        started = time.perf_counter()
        interaction = await self.interact(name, options, user_id=FIRST_MEMBER + number % MEMBERS)
        at = self.answered.pop(interaction, None)
        if at is None:
            waiter = asyncio.get_running_loop().create_future()
            self.waiters[interaction] = waiter
            try:
                at = await asyncio.wait_for(waiter, TIMEOUT)
            finally:
                self.waiters.pop(interaction, None)
        return at - started

    def forget(self) -> None:
        """Drop what was recorded (memory), keep the connection."""
        self.requests.clear()
        self._sent.clear()
        self.answered.clear()


def write_config(folder: Path) -> Path:
    path = folder / "meetingbot.yaml"
    path.write_text(yaml.safe_dump({
        "database": str(folder / "state.db"),
        "discord": {"guild_id": GUILD_ID, "chair_roles": ["SG17 Chair"], "session_channels": [SESSION_CHANNEL],
                    "reminder_channels": [REMINDER_CHANNEL]}}), encoding="utf-8")
    return path


def start_bot(folder: Path, fake: FakeDiscord) -> Proc:
    """``meetingbot run`` on Discord, as a user would start it."""
    return Proc([PYTHON, "-m", "adapters.cli", "run", "--config", str(write_config(folder)), "--at", AT],
                clean_env(**fake.env()))


def start_bare(fake: FakeDiscord, answers: Path | None = None) -> Proc:
    """The bare client: a fixed text, or (with ``answers``) the bot's own answers as fixed embeds."""
    return Proc([PYTHON, str(BENCH / "_bare_discord.py"), *([str(answers)] if answers else [])],
                clean_env(**fake.env()))


def write_answers(folder: Path) -> Path:
    """The bot's own first message for each benchmark command at the benchmark's instant, as embed JSON."""
    meeting = load_meeting(BUNDLED_MEETING)
    core = MeetingBot(meeting, FakeClock(dt.datetime.fromisoformat(AT)))
    answers = {}
    for name, options in COMMANDS:
        reply = core.handle(Request(" ".join([f"/{name}", *(options or {}).values()]), Asker("1", "Delegate")))
        answers[name] = [embed.to_dict() for embed in EmbedRenderer(meeting).messages(reply)[0]]
    path = folder / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    return path


async def wait_line(proc: Proc, text: str, timeout: float = 60) -> None:
    await asyncio.get_running_loop().run_in_executor(None, proc.wait_line, text, timeout)


SIDES = ("bot", "bare", "bare+embeds")


async def run(args: argparse.Namespace, folder: Path) -> None:
    async with TimedFakeDiscord() as bot_fake, TimedFakeDiscord() as bare_fake, TimedFakeDiscord() as same_fake:
        fakes = dict(zip(SIDES, (bot_fake, bare_fake, same_fake)))
        procs = {"bot": start_bot(folder, bot_fake), "bare": start_bare(bare_fake),
                 "bare+embeds": start_bare(same_fake, write_answers(folder))}
        try:
            await asyncio.gather(*(wait_line(proc, "meetingbot is serving" if name == "bot" else "ready")
                                   for name, proc in procs.items()))
            await asyncio.gather(*(fake.connected() for fake in fakes.values()))
            pids = {name: proc.pid for name, proc in procs.items()}
            for name, fake in fakes.items():
                warm = Round()
                await closed_loop(20, 30.0, args.warmup, lambda c, n, f=fake: f.ask(n), warm)
                if warm.failures:
                    print(f"warm-up of {name}: {warm.failures} failures {warm.errors}")
                fake.forget()
            if args.profile:
                for name, fake in fakes.items():
                    suffix = "" if name == "bot" else "." + name.replace("+", "-")
                    await profile(pids[name], args.profile + suffix, fake, max(args.clients), args.seconds)
                return
            print(HEADER.replace("req/s", "cb/s "))
            for clients in args.clients:
                totals = {name: Round() for name in fakes}
                names = list(fakes)
                orders = itertools.cycle([names, names[::-1]])
                for _ in range(args.rounds):
                    for name in next(orders):
                        one = Round()
                        fake = fakes[name]
                        cpu, load_cpu = cpu_seconds(pids[name]), own_cpu_seconds()
                        await closed_loop(clients, args.seconds, args.limit, lambda c, n, f=fake: f.ask(n), one)
                        await asyncio.sleep(0.3)
                        one.cpu, one.load_cpu = cpu_seconds(pids[name]) - cpu, own_cpu_seconds() - load_cpu
                        totals[name].merge(one)
                        fake.forget()
                for name in fakes:
                    print(row(name, clients, summary(totals[name])))
                for line in verdicts(summary(totals["bot"]), summary(totals["bare"]), clients, clients >= 100):
                    print(line)
                for line in verdicts(summary(totals["bot"]), summary(totals["bare+embeds"]), clients, clients >= 100,
                                     "bare+embeds"):
                    print(line)
                for name in fakes:
                    if totals[name].errors:
                        print(f"  {name} failures: {totals[name].errors}")
            for name, fake in fakes.items():
                print(f"{name}: callbacks {dict(fake.callbacks)}")
        finally:
            for proc in procs.values():
                proc.stop()
        problems = [line for line in procs["bot"].errors if "Traceback" in line or "ERROR" in line]
        if problems:
            print(f"bot stderr: {len(problems)} errors, first: {problems[0]}")


async def profile(pid: int, into: str, fake: TimedFakeDiscord, clients: int, seconds: float) -> None:
    """py-spy record --gil (collapsed stacks) of one side during one round; the top functions printed."""
    spy = await asyncio.create_subprocess_exec(
        str(Path(PYTHON).parent / "py-spy"), "record", "-p", str(pid), "-f", "raw", "-o", into,
        "-d", str(int(seconds) + 2), "-r", "200", "--gil",
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    await asyncio.sleep(1.0)
    one = Round()
    await closed_loop(clients, seconds, 10**9, lambda c, n: fake.ask(n), one)
    _, err = await spy.communicate()
    print(f"load during the profile: {summary(one)}")
    if spy.returncode:
        print(f"py-spy failed: {err.decode()[-500:]}")
        return
    from _profile import top
    print(top(into))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, nargs="+", default=[20, 100])
    parser.add_argument("--seconds", type=float, default=4.0, help="length of one round (default 4)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per side and client count (default 3)")
    parser.add_argument("--limit", type=int, default=50_000, help="most interactions in one round")
    parser.add_argument("--warmup", type=int, default=1000, help="interactions to each side before measuring")
    parser.add_argument("--profile", metavar="FILE", help="instead of measuring: py-spy of each side in turn, "
                        "during one round at the largest client count; collapsed stacks into FILE (the bot), "
                        "FILE.bare and FILE.bare-embeds")
    args = parser.parse_args()
    print(f"# Discord: interactions through the fake Discord, closed loop; {machine()}")
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(run(args, Path(folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
