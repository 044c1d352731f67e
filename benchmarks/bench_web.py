"""The live page under 1,000 open pages: a chair's change reaching them all, their memory, their cost to the chat.

Run by hand: ``.venv/bin/python benchmarks/bench_web.py [--pages 1000] [--changes 30] [--clients 50]
[--seconds 4] [--rounds 5] [--profile FILE]``.

``meetingbot run`` (its clock at 11:30 on the meeting's first morning, a session open) serves Slack over HTTP (its Web API and response URLs on the tests' fake Slack, in
a process of its own) and the live page on the same port. A third process (``_sse_readers.py``,
aiohttp) opens ``--pages`` readers of the page's update stream (``/m/ID/events``, server-sent events;
one in five in French), as that many browsers with the page open would.

1. **Memory per open page**: the bot's resident memory with the pages open minus just before they were
   opened (after the chat's warm-up and a first few streams opened and closed), divided by the pages.
2. **A chair's change to the last page**: ``--changes`` signed ``/item`` commands from the chair, one
   after another (each once the last has reached every page, then a pause); for each, the time from
   sending the command to the first and to the last of the open pages reading the update.
   Both processes read the same monotonic clock.
3. **What the pages cost the chat**: closed-loop rounds of signed ``/now`` commands from 1,000 known
   delegates (``--clients`` at a time), with the pages open and with none, taking turns (none, pages,
   pages, none, ...); in every round of both sides the chair also changes the item every
   ``--chair-every`` seconds, so that the pages' side pays for pushing each change to every page.
   Throughput and p99 of the acknowledgements, pages over none.

Targets (issue 16): last page updated <= 1 s, <= 20 KB per open page, chat throughput >= 0.9 of
without pages. On 2 cores the readers' process shares the CPU with the bot and the chat's load
generator, so its CPU time is printed too: a real page's browser is on another machine.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (BENCH, HEADER, PYTHON, Proc, Round, clean_env, closed_loop, cpu_seconds, free_port,  # noqa: E402
                     machine, own_cpu_seconds, percentile, row, rss_mb, summary)
from bench_slack import CONFIG, FORM, USERS, FakeSlackProcess, profile  # noqa: E402
from bot.config import BUNDLED_MEETING  # noqa: E402
from bot.loader import load_meeting  # noqa: E402
from fakes.slack_api import BOT_TOKEN  # noqa: E402
from fakes.slack_requests import SIGNING_SECRET, command_body, signed_headers  # noqa: E402

CHAIR = "UCHAIR"
SESSION_AT = "2020-08-24T11:30:00+02:00"  # the first morning, the session open: the page shows the item live


def start_bot(folder: Path, fake: FakeSlackProcess, port: int) -> Proc:
    """``meetingbot run`` in Slack HTTP mode at ``SESSION_AT``, as a user would start it (as bench_slack's, later)."""
    config = folder / "meetingbot.yaml"
    config.write_text(CONFIG.format(db=folder / "meetingbot.db"), encoding="utf-8")
    env = clean_env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=fake.url + "/api/")
    return Proc([PYTHON, "-m", "adapters.cli", "run", "--port", str(port), "--config", str(config),
                 "--at", SESSION_AT], env)


def raise_open_files(needed: int) -> None:
    """Let this process and its children (the bot, the readers) hold ``needed`` connections."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < needed:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(needed, hard) if hard != resource.RLIM_INFINITY else needed,
                                                    hard))


class ReadersProcess(Proc):
    """The page readers in their own process (benchmarks/_sse_readers.py), driven through stdin."""

    def __init__(self, url: str) -> None:
        super().__init__([PYTHON, str(BENCH / "_sse_readers.py"), url], clean_env(), stdin=True)
        self.wait_line("READY", 30)

    def _next(self, prefix: str, since: int, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for _, line in self.lines[since:]:
                if line.startswith("DROPPED"):
                    raise RuntimeError(f"a page's stream ended: {line}; stderr {self.errors[-5:]}")
                if line.startswith(prefix):
                    return line
            if self.process.poll() is not None:
                break
            time.sleep(0.005)
        raise RuntimeError(f"{prefix!r} not seen from the readers; stderr {self.errors[-5:]}")

    def open(self, pages: int) -> float:
        """Open ``pages`` streams; the seconds until every one had its first update."""
        since = len(self.lines)
        self.send(f"open {pages}")
        return float(self._next("OPEN", since, 120).split()[2])

    def close(self) -> None:
        since = len(self.lines)
        self.send("close")
        self._next("CLOSED", since, 60)

    def all_read(self, since: int, ref: str, timeout: float = 30) -> tuple[float, float]:
        """When the first and the last page read the update naming ``ref`` (printed after line ``since``)."""
        deadline = time.monotonic() + timeout
        while True:
            line = self._next("ALL", since, max(0.1, deadline - time.monotonic()))
            since = next(i for i, (_, seen) in enumerate(self.lines) if seen is line or seen == line) + 1
            _, _, first, last, *refs = line.split(maxsplit=4)
            if f'"{ref}"' in "".join(refs).split(","):
                return float(first), float(last)


async def chair_item(session: aiohttp.ClientSession, port: int, ref: str, response_url: str) -> None:
    """The chair's signed ``/item REF`` to the bot; raises unless acknowledged."""
    body = command_body("/item", ref, CHAIR, response_url)
    async with session.post(f"http://127.0.0.1:{port}/slack/events", data=body.encode(),
                            headers=signed_headers(body, FORM)) as response:
        await response.read()
        if response.status != 200:
            raise RuntimeError(f"/item {ref}: HTTP {response.status}")


def chair_changes(port: int, readers: ReadersProcess, refs: list[str], response_url: str,
                  pause: float) -> list[tuple[float, float]]:
    """Each change's seconds from the command to the first and to the last page."""

    async def run() -> list[tuple[float, float]]:
        results = []
        async with aiohttp.ClientSession() as session:
            for ref in refs:
                since = len(readers.lines)
                sent = time.monotonic()
                await chair_item(session, port, ref, response_url)
                first, last = await asyncio.get_running_loop().run_in_executor(None, readers.all_read, since, ref)
                results.append((first - sent, last - sent))
                await asyncio.sleep(pause)
        return results

    return asyncio.run(run())


async def chat_round(port: int, response_url: str, clients: int, seconds: float, into: Round,
                     chair_every: float, refs: list[str], first_user: int, limit: int = 10 ** 7) -> None:
    """Closed-loop ``/now`` from the delegates (at most ``limit``); the chair changes the item every
    ``chair_every`` s meanwhile (0: never)."""
    url = f"http://127.0.0.1:{port}/slack/events"
    connector = aiohttp.TCPConnector(limit=clients + 1)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=10)) as session:

        async def one(client: int, number: int) -> float | None:
            body = command_body("/now", "", f"U{(first_user + number) % USERS:04d}", response_url)
            started = time.perf_counter()
            async with session.post(url, data=body.encode(), headers=signed_headers(body, FORM)) as response:
                await response.read()
                return time.perf_counter() - started if response.status == 200 else None

        async def chair() -> None:
            index = 0
            while True:
                await asyncio.sleep(chair_every)
                await chair_item(session, port, refs[index % len(refs)], response_url)
                index += 1

        changing = asyncio.create_task(chair()) if chair_every > 0 else None
        try:
            await closed_loop(clients, seconds, limit, one, into)
        finally:
            if changing is not None:
                changing.cancel()
                await asyncio.gather(changing, return_exceptions=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000, help="open pages (default 1000)")
    parser.add_argument("--changes", type=int, default=30, help="chair's changes timed to the last page (default 30)")
    parser.add_argument("--pause", type=float, default=0.3, help="seconds between two timed changes (default 0.3)")
    parser.add_argument("--clients", type=int, default=50, help="concurrent chat clients (default 50)")
    parser.add_argument("--seconds", type=float, default=4.0, help="length of one chat round (default 4)")
    parser.add_argument("--rounds", type=int, default=5, help="chat rounds per side (default 5)")
    parser.add_argument("--chair-every", type=float, default=1.0,
                        help="seconds between the chair's changes during a chat round, 0 for none (default 1)")
    parser.add_argument("--profile", metavar="FILE", help="instead of measuring: py-spy --gil of the bot while the "
                        "chair changes the item --changes times with the pages open, into FILE; top functions printed")
    args = parser.parse_args()
    raise_open_files(args.pages * 2 + 1000)

    meeting = load_meeting(BUNDLED_MEETING)
    refs = [entry.ref for entry in meeting.agenda.items]
    print(f"# live page: {args.pages} open pages on one `meetingbot run` (Slack HTTP); {machine()}")
    with tempfile.TemporaryDirectory() as folder:
        fake = FakeSlackProcess()
        port = free_port()
        bot = start_bot(Path(folder), fake, port)
        readers = None
        try:
            bot.wait_line("meetingbot is serving", 60)
            response_url = f"{fake.url}/respond/bench"
            readers = ReadersProcess(f"http://127.0.0.1:{port}/m/{meeting.id}/events")
            # warm-up: every delegate known (users.info cached), the chair's path, a few pages opened and closed
            warm = Round()
            asyncio.run(chat_round(port, response_url, 20, 120.0, warm, 0, refs, 0, limit=2 * USERS))
            if warm.failures:
                print(f"warm-up: {warm.failures} failures {warm.errors}")
            readers.open(20)
            chair_changes(port, readers, refs[:3], response_url, 0.1)
            readers.close()
            time.sleep(1.0)

            rss_before = rss_mb(bot.pid)
            readers_cpu = cpu_seconds(readers.pid)
            opened_in = readers.open(args.pages)
            time.sleep(1.0)
            rss_with = rss_mb(bot.pid)
            per_page_kb = (rss_with - rss_before) * 1024 / args.pages
            print(f"memory: {rss_before:.1f} MB before, {rss_with:.1f} MB with {args.pages} pages open "
                  f"(opened in {opened_in:.2f} s): {per_page_kb:.1f} KB per open page")

            changes = [refs[(i * 7 + 5) % len(refs)] for i in range(args.changes)]
            if args.profile:
                profile(bot.pid, args.profile, lambda: chair_changes(port, readers, changes, response_url, args.pause),
                        args.changes * (args.pause + 0.6))
                return 0
            bot_cpu = cpu_seconds(bot.pid)
            readers_cpu = cpu_seconds(readers.pid)
            timed = chair_changes(port, readers, changes, response_url, args.pause)
            bot_cpu, readers_cpu = cpu_seconds(bot.pid) - bot_cpu, cpu_seconds(readers.pid) - readers_cpu
            firsts, lasts = [t[0] for t in timed], [t[1] for t in timed]
            print(f"chair's /item to the pages, {len(timed)} changes, {args.pages} pages open:")
            print(f"  first page: p50 {percentile(firsts, 0.5) * 1e3:.0f} ms, p99 {percentile(firsts, 0.99) * 1e3:.0f} ms")
            print(f"  last page:  p50 {percentile(lasts, 0.5) * 1e3:.0f} ms, p99 {percentile(lasts, 0.99) * 1e3:.0f} ms, "
                  f"max {max(lasts) * 1e3:.0f} ms")
            print(f"  CPU per change: bot {bot_cpu / len(timed) * 1e3:.0f} ms, readers {readers_cpu / len(timed) * 1e3:.0f} ms")

            print(f"chat: /now, {args.clients} clients, {args.rounds} rounds x {args.seconds:g} s per side, "
                  + (f"the chair's /item every {args.chair_every:g} s:" if args.chair_every > 0 else "no chair's change:"))
            totals = {"no pages": Round(), f"{args.pages} pages": Round()}
            rates: dict[str, list[float]] = {side: [] for side in totals}
            readers_cpu_chat = 0.0
            pages_open = True
            orders = [list(totals)[::-1], list(totals)]  # pages are open now: start with them
            for number in range(args.rounds):
                for side in orders[number % 2]:
                    wanted = side != "no pages"
                    if wanted != pages_open:
                        readers.open(args.pages) if wanted else readers.close()
                        pages_open = wanted
                        time.sleep(0.5)
                    one = Round()
                    cpu, load_cpu, rcpu = cpu_seconds(bot.pid), own_cpu_seconds(), cpu_seconds(readers.pid)
                    asyncio.run(chat_round(port, response_url, args.clients, args.seconds, one, args.chair_every,
                                           refs, number * 97))
                    time.sleep(0.3)
                    one.cpu, one.load_cpu = cpu_seconds(bot.pid) - cpu, own_cpu_seconds() - load_cpu
                    if wanted:
                        readers_cpu_chat += cpu_seconds(readers.pid) - rcpu
                    totals[side].merge(one)
                    rates[side].append(one.rate)
            print(HEADER)
            for side, total in totals.items():
                print(row(side[:12], args.clients, summary(total)))
            bare, paged = summary(totals["no pages"]), summary(totals[f"{args.pages} pages"])
            ratio = paged["rate"] / bare["rate"] if bare["rate"] else float("nan")
            p99_ratio = paged["p99"] / bare["p99"] if bare["p99"] else float("nan")
            pairs = [p / n for p, n in zip(rates[f"{args.pages} pages"], rates["no pages"]) if n]
            cpu_ratio = paged["cpu"] / bare["cpu"] if bare["cpu"] else float("nan")
            print(f"  pages/none: throughput {ratio:.2f} (per pair of neighbouring rounds: median "
                  f"{statistics.median(pairs):.2f}, {' '.join(f'{x:.2f}' for x in pairs)}), p99 {p99_ratio:.2f}, "
                  f"bot CPU per request {cpu_ratio:.2f}; readers' CPU during the pages' rounds "
                  f"{readers_cpu_chat / max(1, paged['n']) * 1e3:.3f} ms per chat request")
            for side, total in totals.items():
                if total.errors:
                    print(f"  {side} failures: {total.errors}")
            ok = lambda flag: "met" if flag else "MISSED"  # noqa: E731
            print(f"targets: last page p99 <= 1 s: {ok(percentile(lasts, 0.99) <= 1.0)}; <= 20 KB per page: "
                  f"{ok(per_page_kb <= 20)}; chat throughput >= 0.9 of without pages: {ok(ratio >= 0.9)}")
        finally:
            if readers is not None:
                readers.send("quit")
                readers.stop()
            bot.stop()
            fake.process.stdin.close()  # type: ignore[union-attr]
            fake.stop()
        problems = [line for line in bot.errors if "Traceback" in line or "ERROR" in line]
        if problems:
            print(f"bot stderr: {len(problems)} errors, first: {problems[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
