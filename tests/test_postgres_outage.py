"""PostgreSQL stopped and restarted under a running bot: read-only answers go on from the last state seen,
chair changes are refused clearly and change nothing, /readyz tells, and the bot recovers by itself.
"""

from __future__ import annotations

import threading

import psycopg
import pytest
import yaml

from fakes.slack_api import ThreadedFakeSlack
from postgres_server import PostgresServer
from replica_helpers import Replica, wait_for

AT = "2020-08-24T11:00:00+02:00"
UNAVAILABLE = "state store is unavailable"


@pytest.fixture
def own_server():
    """A PostgreSQL server of this test's own, to stop and start."""
    try:
        server = PostgresServer()
        server.start()
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    yield server
    server.close()


def test_the_bot_answers_through_an_outage_and_recovers_without_a_restart(own_server, tmp_path):
    url = own_server.new_database()
    config = tmp_path / "meetingbot.yaml"
    config.write_text(yaml.safe_dump({"database": url, "slack": {"chairs": ["UCHAIR"],
                                                                 "session_channels": ["C0PLENARY"]}}))
    with ThreadedFakeSlack() as slack:
        slack.add_user("UCHAIR", "Rossi")
        slack.add_user("UKIM", "Kim")
        bot = Replica(tmp_path, config, slack, at=AT).started()
        load_errors: list[str] = []
        stop_load = threading.Event()

        def load() -> None:  # delegates keep asking /now all along
            while not stop_load.is_set():
                try:
                    answer = bot.command("/now", "UKIM")
                    if "Under discussion" not in answer:
                        load_errors.append(answer[:200])
                except Exception as error:  # reported below
                    load_errors.append(repr(error))

        try:
            assert wait_for(lambda: bot.get("/readyz")[0] == 200, 20, "ready")
            assert "3 h)" in bot.command("/item 3h", "UCHAIR")
            loader = threading.Thread(target=load)
            loader.start()

            own_server.stop()
            status, body = wait_for(lambda: (lambda r: r if r[0] == 503 else None)(bot.get("/readyz")), 20,
                                    "/readyz to say not ready")
            assert "store" in body and bot.get("/healthz")[0] == 200
            assert "Under discussion: 3 h)" in bot.command("/now", "UKIM")
            assert "3 h)" in bot.command("/agenda 3h", "UKIM")
            refused = bot.command("/next", "UCHAIR")
            assert UNAVAILABLE in refused and "nothing was changed" in refused
            assert UNAVAILABLE in bot.command("/item 5", "UCHAIR")
            assert "Under discussion: 3 h)" in bot.command("/now", "UKIM")

            own_server.start()
            wait_for(lambda: bot.get("/readyz")[0] == 200, 30, "/readyz to say ready again")
            assert "3 i)" in bot.command("/next", "UCHAIR")
            assert "Under discussion: 3 i)" in bot.command("/now", "UKIM")
            stop_load.set()
            loader.join(20)
            assert load_errors == []
            metrics = bot.get("/metrics")[1]
            assert 'meetingbot_requests_total{command="now",platform="slack"}' in metrics
            assert "meetingbot_store_available 1.0" in metrics
        finally:
            stop_load.set()
            bot.stop()
        assert "Traceback" not in bot.stderr(), bot.stderr()
    with psycopg.connect(url) as connection:
        live = connection.execute("SELECT value FROM meetingbot_documents WHERE namespace = 'live'").fetchone()[0]
    timeline = yaml.safe_load(live)["timeline"]
    assert [entry.get("ref") for entry in timeline if entry.get("kind") == "item"] == ["3h", "3i"]
