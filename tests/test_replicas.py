"""Two ``meetingbot run`` replicas on one PostgreSQL, the fake Slack (HTTP) and the fake Discord.

A chair runs a session on the replica that leads on Discord while the other serves delegates;
the leader is killed with ``kill -9`` at random points: the standby takes Discord over, no
acknowledged chair change is lost, no announcement is doubled. Reminders go out once across both.
"""

from __future__ import annotations

import asyncio
import json
import datetime as dt
import random
import re
import time
import urllib.error
from collections import Counter

import psycopg
import yaml

from bot.timefmt import format_duration
from fakes.discord_fake import GUILD_ID, REMINDER_CHANNEL, SESSION_CHANNEL, FakeDiscord
from fakes.slack_api import ThreadedFakeSlack
from fakes.slack_requests import command_body, event_payload, json_body, mention, signed_headers
from replica_helpers import Replica, wait_for

SESSION_AT = "2020-08-24T11:00:00+02:00"
REMINDER_AT = "2020-07-24T08:59:57+02:00"  # three seconds before "registration closes today"
TRIALS = int(__import__("os").environ.get("REPLICA_TRIALS", "20"))
FAILOVER_LIMIT = 15.0
BUDGET = re.compile(r"Time budget: ([^,]+), until")


def budget_text(minutes: int) -> str:
    """How a budget of ``minutes`` reads in announcements and in /now."""
    return format_duration(dt.timedelta(minutes=minutes))


def stored_changes(url: str) -> tuple[str, int]:
    """The budget of the item under discussion, as stored, and how many items the timeline holds."""
    with psycopg.connect(url) as connection:
        raw = connection.execute("SELECT value FROM meetingbot_documents WHERE namespace = 'live'").fetchone()[0]
    live = json.loads(raw)
    budget = dt.datetime.fromisoformat(live["budget"]["ends_at"]) - dt.datetime.fromisoformat(live["current_since"])
    return format_duration(budget), sum(1 for entry in live["timeline"] if entry.get("kind", "item") == "item")


def write_config(folder, url) -> object:
    config = folder / "meetingbot.yaml"
    config.write_text(yaml.safe_dump({
        "database": url,
        "slack": {"chairs": ["UCHAIR"], "session_channels": ["C0PLENARY"], "reminder_channels": ["C0GENERAL"]},
        "discord": {"guild_id": GUILD_ID, "chair_roles": ["SG17 Chair"], "session_channels": [SESSION_CHANNEL],
                    "reminder_channels": [REMINDER_CHANNEL]}}))
    return config


def leads(replica: Replica) -> bool:
    return "meetingbot_discord_leader 1.0" in replica.get("/metrics")[1]


async def until(check, timeout: float, what: str):
    return await asyncio.to_thread(wait_for, check, timeout, what)


def test_the_standby_takes_discord_over_after_kill_9_and_no_acknowledged_change_is_lost(tmp_path, postgres_url):
    async def main() -> None:
        with ThreadedFakeSlack() as slack:
            slack.add_user("UCHAIR", "Rossi")
            slack.add_user("UKIM", "Kim")
            async with FakeDiscord() as discord:
                config = write_config(tmp_path, postgres_url)
                env = discord.env()
                names = iter(f"r{n}" for n in range(100))
                leader = Replica(tmp_path, config, slack, env, SESSION_AT, next(names))
                await asyncio.to_thread(leader.started)
                await until(lambda: leads(leader), 30, "the first replica to lead")
                await discord.connected(timeout=30)
                standby = await asyncio.to_thread(Replica(tmp_path, config, slack, env, SESSION_AT,
                                                          next(names)).started)
                # Each chair change sets an item with a budget of its own (1, 2, 3 … minutes): every change
                # is told apart in the announcements and in /now, so a doubled or lost one shows.
                acknowledged: list[str] = []
                failovers: list[float] = []
                unacknowledged, unsent = 0, []
                budgets = iter(range(1, 721))
                rng = random.Random(14)
                try:
                    for trial in range(TRIALS):
                        assert not leads(standby)
                        identifies = discord.identifies
                        kill_after = rng.uniform(0.0, 1.5)
                        started = time.monotonic()
                        in_flight = ""
                        # The chair sets items on the leader until it is killed; delegates ask the standby.
                        while time.monotonic() - started < kill_after or not acknowledged:
                            minutes = next(budgets)
                            in_flight = budget_text(minutes)
                            try:
                                answer = await asyncio.to_thread(leader.command, f"/item {'3h' if minutes % 2 else '3i'} "
                                                                 f"{minutes}m", "UCHAIR")
                            except (urllib.error.URLError, ConnectionError, OSError):
                                break
                            assert "Announced in the session channel(s)" in answer, answer[:300]
                            acknowledged.append(in_flight)
                            assert "Under discussion" in await asyncio.to_thread(standby.command, "/now", "UKIM")
                            await asyncio.sleep(0.02)
                        killed_at = time.monotonic()
                        leader.kill()
                        await until(lambda: discord.identifies > identifies, FAILOVER_LIMIT + 5, "a new gateway")
                        await discord.connected(timeout=FAILOVER_LIMIT)
                        failovers.append(time.monotonic() - killed_at)
                        assert leads(standby)
                        # Nothing acknowledged was lost: the item is the last acknowledged change, or the one
                        # sent when the leader was killed (committed, never acknowledged).
                        budget, changes = stored_changes(postgres_url)
                        assert budget in (acknowledged[-1], in_flight), (budget, acknowledged[-1], in_flight)
                        if budget != acknowledged[-1]:
                            unacknowledged += 1
                            unsent.append(budget)
                        assert changes == len(acknowledged) + unacknowledged
                        now = await asyncio.to_thread(standby.command, "/now", "UKIM")
                        assert "Under discussion: 3 h)" in now or "Under discussion: 3 i)" in now
                        # Discord members are answered by the new leader, once.
                        interaction = await discord.interact("now")
                        await discord.wait_for("POST", f"/interactions/{interaction}/", timeout=10)
                        # The killed replica comes back as the standby.
                        leader, standby = standby, await asyncio.to_thread(
                            Replica(tmp_path, config, slack, env, SESSION_AT, next(names)).started)
                    await asyncio.sleep(1.0)
                    on_slack = [m.group(1) for call in slack.called("chat.postMessage")
                                if call.get("channel") == "C0PLENARY" for m in [BUDGET.search(str(call))] if m]
                    on_discord = [m.group(1) for sent in discord.sent("POST", f"/channels/{SESSION_CHANNEL}/messages")
                                  for m in [BUDGET.search(str(sent.body))] if m]
                    for announced in (on_slack, on_discord):
                        doubled = {change: n for change, n in Counter(announced).items() if n > 1}
                        assert doubled == {}, doubled
                        assert announced and set(announced) <= set(acknowledged) | set(unsent)
                    for interaction_id in list(discord.kinds):
                        assert len(discord.sent("POST", f"/interactions/{interaction_id}/")) == 1
                    assert max(failovers) <= FAILOVER_LIMIT, failovers
                finally:
                    leader.stop()
                    standby.stop()
                for replica_log in tmp_path.glob("replica-*.log"):
                    assert "Traceback" not in replica_log.read_text(errors="replace"), replica_log
    asyncio.run(main())


WINDOW_AT = "2020-08-24T10:59:40+02:00"  # twenty seconds before the opening session
OFFSETS = [f"{seconds}s" for seconds in range(2, 20, 2)]  # nine session reminders, 2 to 18 s before it


def ledger_states(url: str) -> Counter:
    with psycopg.connect(url) as connection:
        rows = connection.execute("SELECT value FROM meetingbot_documents WHERE namespace = 'reminders'").fetchall()
    return Counter(json.loads(value)["state"] for (value,) in rows)


def test_reminders_go_out_once_across_replicas_through_a_kill_9(tmp_path, postgres_server):
    async def trial(number: int, kill_at: float) -> None:
        folder = tmp_path / f"trial-{number}"
        folder.mkdir()
        url = postgres_server.new_database()
        config = write_config(folder, url)
        settings = yaml.safe_load(config.read_text())
        settings["reminders"] = {"deadlines": [], "sessions": OFFSETS}
        config.write_text(yaml.safe_dump(settings))
        with ThreadedFakeSlack() as slack:
            async with FakeDiscord() as discord:
                first = Replica(folder, config, slack, discord.env(), WINDOW_AT, "a")
                second = Replica(folder, config, slack, discord.env(), WINDOW_AT, "b")
                replicas = [first, second]
                try:
                    await asyncio.gather(asyncio.to_thread(first.started), asyncio.to_thread(second.started))
                    await asyncio.sleep(kill_at)
                    first.kill()  # a machine dies somewhere in the burst of reminders
                    await asyncio.sleep(2)
                    replicas.append(await asyncio.to_thread(Replica(folder, config, slack, discord.env(),
                                                                    WINDOW_AT, "a2").started))  # and comes back
                    on_slack = lambda: [c for c in slack.called("chat.postMessage") if c["channel"] == "C0GENERAL"]
                    on_discord = lambda: discord.sent("POST", f"/channels/{REMINDER_CHANNEL}/messages")
                    await until(lambda: len(on_slack()) >= len(OFFSETS) and len(on_discord()) >= len(OFFSETS), 40,
                                "every reminder on both platforms")
                    await asyncio.sleep(3)  # time for a doubled post to show
                    assert len(on_slack()) == len(OFFSETS) and len(on_discord()) == len(OFFSETS)
                    states = ledger_states(url)  # (the sessions before this one were missed: the bot was not there)
                    # A post in flight when the replica is killed (sent, not yet recorded) stays claimed until its lease
                    # ends; on a loaded machine the kill can land there (one per platform at most). Each reminder was
                    # seen exactly once on each platform above, which is what delegates notice.
                    assert states["failed"] == 0 and states["claimed"] <= 2, states
                    assert states["posted"] + states["claimed"] == 2 * len(OFFSETS), states
                finally:
                    for replica in replicas:
                        replica.stop()
                for log in folder.glob("replica-*.log"):
                    assert "Traceback" not in log.read_text(errors="replace"), log

    rng = random.Random(7)
    for number in range(2):
        asyncio.run(trial(number, rng.uniform(2.0, 14.0)))


def test_a_slack_retry_or_copy_landing_on_the_other_replica_is_not_answered_twice(tmp_path, postgres_url):
    config = write_config(tmp_path, postgres_url)
    with ThreadedFakeSlack() as slack:
        slack.add_user("UCHAIR", "Rossi")
        slack.add_user("UKIM", "Kim")
        a = Replica(tmp_path, config, slack, {}, SESSION_AT, "a").started()
        b = Replica(tmp_path, config, slack, {}, SESSION_AT, "b").started()
        try:
            # An event Slack retries (signed anew) reaches the other replica: one answer.
            body = json_body(event_payload(mention("is there interpretation?", "UKIM"), "Ev-retried"))
            assert a.post(body, signed_headers(body, "application/json")) == 200
            retry = {**signed_headers(body, "application/json", timestamp=int(time.time()) - 1), "X-Slack-Retry-Num": "1",
                     "X-Slack-Retry-Reason": "http_timeout"}
            assert b.post(body, retry) == 200
            wait_for(lambda: slack.called("chat.postEphemeral"), 10, "the answer to the mention")
            time.sleep(1.5)  # time for a second answer to show
            assert len(slack.called("chat.postEphemeral")) == 1
            # A chair's signed request sent again to the other replica changes nothing the second time.
            command = command_body("/next", "", "UCHAIR", slack.response_url())
            headers = signed_headers(command, "application/x-www-form-urlencoded")
            a.command("/item 3h", "UCHAIR")
            assert a.post(command, headers) == 200 and b.post(command, headers) == 200
            assert "Under discussion: 3 i)" in b.command("/now", "UKIM")
        finally:
            a.stop()
            b.stop()
