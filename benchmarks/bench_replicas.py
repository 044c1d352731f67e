"""Replicas on PostgreSQL: Slack throughput and p99 on SQLite, on PostgreSQL, and two replicas behind a balancer;
how soon a chair's change shows on the other replica; how long Discord takes to fail over.

Run by hand: ``.venv/bin/python benchmarks/bench_replicas.py [--clients 20] [--seconds 4] [--rounds 3]``.

Everything runs on 127.0.0.1, in the same run: a throwaway PostgreSQL (as the tests start it), the
tests' fake Slack (its own process) and fake Discord, ``meetingbot run`` processes in Slack HTTP mode,
and ``_balancer.py`` (a round-robin TCP balancer in its own process, standing in for nginx). Sides:

- ``sqlite×1``: one replica on a SQLite file, direct;
- ``pg×1``: one replica on PostgreSQL, direct;
- ``pg×1+lb``: the same replica through the balancer (what the balancer itself costs);
- ``pg×2+lb``: two replicas on the same PostgreSQL behind the balancer.

Rounds alternate between the sides; the load is bench_slack.py's (``/deadlines``, ``/agenda 3h``, ``/now``
from 1,000 users, closed loop). Then: ``/item`` by a chair on replica A, ``/now`` polled every 2 ms on
replica B until it shows the change (``--changes`` times); and ``kill -9`` of the replica that holds
Discord's gateway, timed to the next IDENTIFY the fake Discord receives (``--failovers`` times).
Targets (issue 14): pg×1 >= 0.9 of sqlite×1; pg×2 >= 1.6 of pg×1 on a machine with the cores for it;
a change visible on the other replica <= 1 s at p99; failover <= 15 s.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (AT, BENCH, HEADER, PYTHON, Proc, Round, clean_env, cpu_seconds, free_port, machine,  # noqa: E402
                     own_cpu_seconds, percentile, row, summary)
from bench_slack import FakeSlackProcess, load  # noqa: E402
from fakes.discord_fake import GUILD_ID, REMINDER_CHANNEL, SESSION_CHANNEL, FakeDiscord  # noqa: E402
from fakes.slack_api import BOT_TOKEN  # noqa: E402
from fakes.slack_requests import SIGNING_SECRET, command_body, signed_headers  # noqa: E402
from postgres_server import PostgresServer  # noqa: E402

FORM = "application/x-www-form-urlencoded"
CHAIR, WATCHER = "U0999", "U0998"  # users the fake Slack knows (bench_slack's load uses them too)
CONFIG = """\
database: {db}
slack:
  chairs: ["U0999"]
  session_channels: ["C0PLENARY"]
  reminder_channels: ["C0GENERAL"]
discord:
  guild_id: {guild}
  chair_roles: ["SG17 Chair"]
  session_channels: [{session}]
  reminder_channels: [{reminders}]
"""


def start_replica(folder: Path, name: str, db: str, fake: FakeSlackProcess, port: int,
                  discord_env: dict[str, str] | None = None) -> Proc:
    """``meetingbot run`` in Slack HTTP mode (and Discord when ``discord_env``) on ``db``."""
    config = folder / f"{name}.yaml"
    config.write_text(CONFIG.format(db=db, guild=GUILD_ID, session=SESSION_CHANNEL, reminders=REMINDER_CHANNEL))
    env = clean_env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=fake.url + "/api/",
                    **(discord_env or {}))
    proc = Proc([PYTHON, "-m", "adapters.cli", "run", "--port", str(port), "--config", str(config), "--at", AT], env)
    proc.port = port  # type: ignore[attr-defined]
    return proc


def command(port: int, text: str, user: str, response_url: str) -> str:
    """A signed slash command; the acknowledgement's body."""
    name, _, args = text.partition(" ")
    body = command_body(name, args, user, response_url)
    request = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", data=body.encode(), method="POST",
                                     headers=signed_headers(body, FORM))
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read().decode()


async def until_seen(port: int, text: str, response_url: str, timeout: float = 10.0) -> float:
    """Poll ``/now`` on ``port`` every 2 ms until its answer holds ``text``; the monotonic time it did."""
    deadline = time.perf_counter() + timeout
    async with aiohttp.ClientSession() as session:
        while time.perf_counter() < deadline:
            body = command_body("/now", "", WATCHER, response_url)
            async with session.post(f"http://127.0.0.1:{port}/slack/events", data=body.encode(),
                                    headers=signed_headers(body, FORM)) as response:
                if text in await response.text():
                    return time.perf_counter()
            await asyncio.sleep(0.002)
    raise RuntimeError(f"{text!r} never showed on port {port}")


def change_visibility(a: int, b: int, response_url: str, changes: int) -> list[float]:
    """Seconds from A acknowledging a chair's /item to B's /now showing it, ``changes`` times."""
    command(a, "/now", CHAIR, response_url)  # both people known to the replicas first: answers in the ack
    command(b, "/now", WATCHER, response_url)
    time.sleep(1.0)
    seen: list[float] = []
    for n in range(changes):
        ref, label = ("3h", "Under discussion: 3 h)") if n % 2 == 0 else ("3i", "Under discussion: 3 i)")
        command(a, f"/item {ref}", CHAIR, response_url)
        acked = time.perf_counter()
        seen.append(asyncio.run(until_seen(b, label, response_url)) - acked)
    return seen


def leads(replica: Proc) -> bool:
    """Whether the replica says, in /metrics, that it holds Discord's gateway."""
    with urllib.request.urlopen(f"http://127.0.0.1:{replica.port}/metrics", timeout=5) as response:
        return "meetingbot_discord_leader 1.0" in response.read().decode()


def failovers(folder: Path, url: str, fake: FakeSlackProcess, times: int) -> list[float]:
    """Seconds from ``kill -9`` of the Discord leader to the standby's IDENTIFY at the fake Discord."""
    results: list[float] = []
    loop = asyncio.new_event_loop()
    threading.Thread(target=loop.run_forever, daemon=True).start()
    discord = FakeDiscord()
    asyncio.run_coroutine_threadsafe(discord.__aenter__(), loop).result(10)
    env = discord.env()
    names = (f"d{n}" for n in itertools.count())
    replicas = [start_replica(folder, next(names), url, fake, free_port(), env) for _ in range(2)]
    try:
        for replica in replicas:
            replica.wait_line("meetingbot is serving", 60)
        for _ in range(times):
            deadline = time.monotonic() + 30
            while not any(leads(replica) for replica in replicas) and time.monotonic() < deadline:
                time.sleep(0.05)
            identifies = discord.identifies
            leaders = [replica for replica in replicas if leads(replica)]
            if len(leaders) != 1:
                raise RuntimeError(f"{len(leaders)} replicas lead on Discord, not one")
            leader = leaders[0]
            killed = time.perf_counter()
            leader.process.send_signal(signal.SIGKILL)
            leader.process.wait()
            while discord.identifies == identifies:
                if time.perf_counter() - killed > 60:
                    raise RuntimeError("no replica took Discord over within 60 s")
                time.sleep(0.005)
            results.append(time.perf_counter() - killed)
            replicas.remove(leader)
            fresh = start_replica(folder, next(names), url, fake, free_port(), env)
            fresh.wait_line("meetingbot is serving", 60)
            replicas.append(fresh)
            time.sleep(1.0)
    finally:
        for replica in replicas:
            replica.stop()
        asyncio.run_coroutine_threadsafe(discord.__aexit__(None, None, None), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, nargs="+", default=[20])
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=50_000)
    parser.add_argument("--changes", type=int, default=100, help="chair changes timed to the other replica")
    parser.add_argument("--failovers", type=int, default=5, help="kill -9 of the Discord leader, timed")
    args = parser.parse_args()
    print(f"# Replicas: Slack HTTP on SQLite and PostgreSQL, one and two replicas; {machine()}")
    server = PostgresServer()
    server.start()
    version = subprocess.run([str(server.bin / "postgres"), "--version"], capture_output=True, text=True).stdout
    print(f"# {version.strip()}, fsync off (a throwaway server, as the tests run it)")
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        fake = FakeSlackProcess()
        response_url = f"{fake.url}/respond/bench"
        url = server.new_database()
        ports = {"sqlite": free_port(), "pg-a": free_port(), "pg-b": free_port()}
        procs = {"sqlite": start_replica(folder, "sqlite", str(folder / "meetingbot.db"), fake, ports["sqlite"]),
                 "pg-a": start_replica(folder, "pg-a", url, fake, ports["pg-a"]),
                 "pg-b": start_replica(folder, "pg-b", url, fake, ports["pg-b"])}
        lb1, lb2 = free_port(), free_port()
        balancers = [Proc([PYTHON, str(BENCH / "_balancer.py"), str(lb1), str(ports["pg-a"])], clean_env()),
                     Proc([PYTHON, str(BENCH / "_balancer.py"), str(lb2), str(ports["pg-a"]), str(ports["pg-b"])],
                          clean_env())]
        sides = {"sqlite×1": (ports["sqlite"], ["sqlite"]), "pg×1": (ports["pg-a"], ["pg-a"]),
                 "pg×1+lb": (lb1, ["pg-a"]), "pg×2+lb": (lb2, ["pg-a", "pg-b"])}
        try:
            for proc in procs.values():
                proc.wait_line("meetingbot is serving", 60)
            for balancer in balancers:
                balancer.wait_line("LISTENING", 20)
            for port in (ports["sqlite"], ports["pg-a"], ports["pg-b"]):  # every replica meets every user once
                asyncio.run(load(port, response_url, 20, 120.0, 1000, Round()))
                asyncio.run(load(port, response_url, 20, 30.0, 1000, Round()))
            print(f"steady state ({args.rounds} rounds x {args.seconds:g} s per side, alternating):")
            print(HEADER)
            for clients in args.clients:
                totals = {name: Round() for name in sides}
                orders = itertools.cycle([list(sides), list(sides)[::-1]])
                for _ in range(args.rounds):
                    for name in next(orders):
                        port, serving = sides[name]
                        one = Round()
                        cpu, load_cpu = sum(cpu_seconds(procs[p].pid) for p in serving), own_cpu_seconds()
                        asyncio.run(load(port, response_url, clients, args.seconds, args.limit, one))
                        time.sleep(0.3)
                        one.cpu = sum(cpu_seconds(procs[p].pid) for p in serving) - cpu
                        one.load_cpu = own_cpu_seconds() - load_cpu
                        totals[name].merge(one)
                figures = {name: summary(total) for name, total in totals.items()}
                for name in sides:
                    print(row(name, clients, figures[name]))
                ratio = lambda a, b: figures[a]["rate"] / figures[b]["rate"]  # noqa: E731
                print(f"  pg×1 / sqlite×1 throughput {ratio('pg×1', 'sqlite×1'):.2f} (target >= 0.90); "
                      f"p99 {figures['pg×1']['p99'] / figures['sqlite×1']['p99']:.2f}")
                print(f"  pg×2+lb / pg×1+lb throughput {ratio('pg×2+lb', 'pg×1+lb'):.2f} (target >= 1.6 with the "
                      f"cores for it); pg×2+lb / pg×1 {ratio('pg×2+lb', 'pg×1'):.2f}")
            seen = change_visibility(ports["pg-a"], ports["pg-b"], response_url, args.changes)
            print(f"chair change on A visible in /now on B ({len(seen)} changes): p50 {percentile(seen, 0.5) * 1e3:.1f} ms, "
                  f"p99 {percentile(seen, 0.99) * 1e3:.1f} ms, max {max(seen) * 1e3:.1f} ms (target p99 <= 1 s)")
        finally:
            for proc in list(procs.values()) + balancers:
                proc.stop()
        failover = failovers(folder, server.new_database(), fake, args.failovers)
        print(f"Discord failover, kill -9 of the leader to the standby's IDENTIFY ({len(failover)} times): "
              f"{', '.join(f'{s:.2f}' for s in failover)} s; max {max(failover):.2f} s (target <= 15 s)")
        fake.process.stdin.close()  # type: ignore[union-attr]
        fake.stop()
    server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
