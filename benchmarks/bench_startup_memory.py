"""Start-up time and resident memory: ``meetingbot run`` versus the bare frameworks, on Slack and on Discord.

Run by hand: ``.venv/bin/python benchmarks/bench_startup_memory.py [--starts 5] [--requests 10000]``.

Start-up is the time from spawning the process to "ready": for the bot the line ``meetingbot is
serving`` (printed once every platform is up: the meeting loaded and validated, the store opened,
the Slack token checked and the port open, or the Discord gateway ready, the commands and events
synced); for the bare frameworks (benchmarks/_bare_slack.py, _bare_discord.py) their ``ready`` line
(port open; gateway ready). Starts alternate bot, bare, bare, bot, ...; the median is reported.
Memory is VmRSS after start and after ``--requests`` requests (signed slash commands; interactions),
sent by 20 concurrent clients. Targets (issue 8): memory at most bare + 25 MB, start-up at most bare + 0.5 s.
Then the bot alone gets ``--questions`` plain-language questions (mentions, in English and French,
some naming a city), which load what commands never need (typo correction, city names): the last
column is the bot's RSS after them (the bare apps do not answer questions; their RSS is unchanged).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aiohttp  # noqa: E402
import bench_discord  # noqa: E402
import bench_slack  # noqa: E402
from _common import Proc, Round, closed_loop, free_port, machine, rss_mb  # noqa: E402
from fakes.discord_fake import SESSION_CHANNEL  # noqa: E402
from fakes.slack_requests import event_payload, json_body, mention, signed_headers  # noqa: E402

MEMORY_MB, STARTUP_S = 25.0, 0.5
QUESTIONS = ("is there interpretation?", "what time is it in Beijing now?", "c'est quoi le point 3h ?",
             "can I still register?", "quelle heure est-il à New Delhi ?", "when is the deadline for contributions?")


async def ask_slack(port: int, count: int) -> None:
    """``count`` questions as signed app_mention events, five at a time."""
    url = f"http://127.0.0.1:{port}/slack/events"
    async with aiohttp.ClientSession() as session:
        async def one(number: int) -> None:
            body = json_body(event_payload(mention(QUESTIONS[number % len(QUESTIONS)], f"U{number % 1000:04d}")))
            async with session.post(url, data=body.encode(), headers=signed_headers(body, "application/json")) as answer:
                await answer.read()
        for start in range(0, count, 5):
            await asyncio.gather(*(one(n) for n in range(start, min(count, start + 5))))


async def ask_discord(fake: bench_discord.TimedFakeDiscord, count: int) -> bool:
    """``count`` questions mentioning the bot in the session channel; whether all were answered in time."""
    channel = f"/channels/{SESSION_CHANNEL}/messages"
    before = len(fake.sent("POST", channel))
    for number in range(count):
        await fake.say(QUESTIONS[number % len(QUESTIONS)])
    try:
        await fake.wait_for("POST", channel, before + count, timeout=120)
    except AssertionError:
        return False
    return True


def wait_until(condition, timeout: float = 120.0) -> bool:
    """Poll ``condition()`` until true or ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def started(proc: Proc, line: str) -> float:
    """Seconds from spawn to the ready line."""
    at, _ = proc.wait_line(line, 60)
    return at - proc.started


def slack(args: argparse.Namespace, folder: Path) -> dict[str, dict[str, float]]:
    fake = bench_slack.FakeSlackProcess()
    found: dict[str, dict[str, float]] = {"bot": {}, "bare": {}}
    times: dict[str, list[float]] = {"bot": [], "bare": []}
    try:
        orders = itertools.cycle([("bot", "bare"), ("bare", "bot")])
        for number in range(args.starts):
            last = number == args.starts - 1
            for name in next(orders):
                port = free_port()
                home = folder / f"slack-{name}-{number}"
                home.mkdir()
                proc = (bench_slack.start_bot(home, fake, port) if name == "bot"
                        else bench_slack.start_bare(fake, port))
                try:
                    times[name].append(started(proc, "meetingbot is serving" if name == "bot" else "ready"))
                    if last:
                        time.sleep(0.5)
                        found[name]["rss_start"] = rss_mb(proc.pid)
                        load = Round()
                        asyncio.run(bench_slack.load(port, f"{fake.url}/respond/mem", 20, 600.0, args.requests, load))
                        time.sleep(2.0)  # the bot's answers to the last commands
                        found[name]["rss_after"] = rss_mb(proc.pid)
                        found[name]["failures"] = load.failures
                        if name == "bot" and args.questions:
                            before = fake.count("chat.postEphemeral")
                            asyncio.run(ask_slack(port, args.questions))
                            answered = wait_until(lambda: fake.count("chat.postEphemeral") - before >= args.questions)
                            found[name]["rss_questions"] = rss_mb(proc.pid) if answered else float("nan")
                finally:
                    proc.stop()
        for name in found:
            found[name]["startup"] = statistics.median(times[name])
            found[name]["startup_min"] = min(times[name])
    finally:
        fake.process.stdin.close()  # type: ignore[union-attr]
        fake.stop()
    return found


async def discord_side(args: argparse.Namespace, folder: Path) -> dict[str, dict[str, float]]:
    found: dict[str, dict[str, float]] = {"bot": {}, "bare": {}}
    times: dict[str, list[float]] = {"bot": [], "bare": []}
    loop = asyncio.get_running_loop()
    orders = itertools.cycle([("bot", "bare"), ("bare", "bot")])
    for number in range(args.starts):
        last = number == args.starts - 1
        for name in next(orders):
            home = folder / f"discord-{name}-{number}"
            home.mkdir()
            async with bench_discord.TimedFakeDiscord() as fake:
                proc = (bench_discord.start_bot(home, fake) if name == "bot"
                        else bench_discord.start_bare(fake))
                try:
                    line = "meetingbot is serving" if name == "bot" else "ready"
                    times[name].append(await loop.run_in_executor(None, started, proc, line))
                    if last:
                        await asyncio.sleep(0.5)
                        found[name]["rss_start"] = rss_mb(proc.pid)
                        load = Round()
                        await closed_loop(20, 600.0, args.requests, lambda c, n: fake.ask(n), load)
                        await asyncio.sleep(2.0)
                        found[name]["rss_after"] = rss_mb(proc.pid)
                        found[name]["failures"] = load.failures
                        if name == "bot" and args.questions:
                            answered = await ask_discord(fake, args.questions)
                            found[name]["rss_questions"] = rss_mb(proc.pid) if answered else float("nan")
                finally:
                    await loop.run_in_executor(None, proc.stop)
    for name in found:
        found[name]["startup"] = statistics.median(times[name])
        found[name]["startup_min"] = min(times[name])
    return found


def report(platform: str, found: dict[str, dict[str, float]], requests: int) -> None:
    bot, bare = found["bot"], found["bare"]
    for name, values in found.items():
        questions = values.get("rss_questions", values["rss_after"])
        print(f"{platform:8} {name:5} {values['startup']:10.2f} {values['startup_min']:8.2f} "
              f"{values['rss_start']:10.1f} {values['rss_after']:12.1f} {questions:13.1f} {values['failures']:5.0f}")
    extra_start = bot["startup"] - bare["startup"]
    extra_mem = bot["rss_after"] - bare["rss_after"]
    verdict = lambda flag: "met" if flag else "MISSED"  # noqa: E731
    print(f"  bot - bare: start-up {extra_start:+.2f} s (target <= +{STARTUP_S} s: {verdict(extra_start <= STARTUP_S)}), "
          f"memory after start {bot['rss_start'] - bare['rss_start']:+.1f} MB, after {requests} requests "
          f"{extra_mem:+.1f} MB (target <= +{MEMORY_MB:.0f} MB: {verdict(extra_mem <= MEMORY_MB)}); "
          f"ratios: start-up {bot['startup'] / bare['startup']:.2f}, memory {bot['rss_after'] / bare['rss_after']:.2f}")
    if "rss_questions" in bot:
        print(f"  after the questions too: bot - bare {bot['rss_questions'] - bare['rss_after']:+.1f} MB "
              f"(the bot {bot['rss_questions'] - bot['rss_after']:+.1f} MB for its first questions)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--starts", type=int, default=5, help="starts per side and platform (default 5)")
    parser.add_argument("--requests", type=int, default=10_000, help="requests before the second reading")
    parser.add_argument("--questions", type=int, default=120, help="questions to the bot after the requests "
                        "(default 120; 0: none)")
    parser.add_argument("--platforms", nargs="+", choices=("slack", "discord"), default=["slack", "discord"])
    args = parser.parse_args()
    print(f"# start-up and memory; {machine()}")
    print(f"{'platform':8} {'side':5} {'start s':>10} {'min s':>8} {'RSS MB':>10} {'RSS after MB':>12} "
          f"{'+questions MB':>13} {'fail':>5}")
    with tempfile.TemporaryDirectory() as folder:
        if "slack" in args.platforms:
            report("slack", slack(args, Path(folder)), args.requests)
        if "discord" in args.platforms:
            report("discord", asyncio.run(discord_side(args, Path(folder))), args.requests)
    return 0


if __name__ == "__main__":
    sys.exit(main())
