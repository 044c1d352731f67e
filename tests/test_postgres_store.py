"""The PostgreSQL store as an operator meets it: a URL in the config or DATABASE_URL, a versioned schema,
one clear line and exit 3 for a database it must not use (left untouched), and the state it keeps.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import psycopg
import pytest

from bot.postgres_schema import SCHEMA_VERSION
from bot.postgres_store import PostgresStore
from bot.store import StoreError
from fakes.ports import free_port

MEETINGBOT = Path(sys.executable).with_name("meetingbot")
AT = "2020-08-24T11:00:00+02:00"


def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("SLACK_BOT_TOKEN", "DISCORD_TOKEN", "DATABASE_URL", "MEETINGBOT_CONFIG")}
    environment.update(env or {})
    return subprocess.run([str(MEETINGBOT), *args], capture_output=True, text=True, timeout=60, env=environment,
                          cwd=cwd)


def one_line(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def tables(url: str) -> list[str]:
    with psycopg.connect(url) as connection:
        return [row[0] for row in connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1").fetchall()]


def test_a_chair_change_in_a_config_naming_a_url_is_kept_in_postgresql(postgres_url, tmp_path):
    config = tmp_path / "meetingbot.yaml"
    config.write_text(f"database: {postgres_url}\n")
    changed = run("ask", "--config", str(config), "--chair", "--at", AT, "/item 3h", cwd=tmp_path)
    assert changed.returncode == 0, changed.stderr
    now = run("ask", "--config", str(config), "--at", "2020-08-24T11:05:00+02:00", "/now", cwd=tmp_path)
    assert "Under discussion: 3 h)" in now.stdout and now.returncode == 0
    assert not list(tmp_path.glob("*.db"))  # no SQLite file on the side
    assert tables(postgres_url) == ["meetingbot_documents", "meetingbot_schema"]


def test_database_url_from_the_environment_is_used_when_the_config_names_no_database(postgres_url, tmp_path):
    changed = run("ask", "--chair", "--at", AT, "/item 5", env={"DATABASE_URL": postgres_url}, cwd=tmp_path)
    assert changed.returncode == 0, changed.stderr
    assert PostgresStore(postgres_url).read("live", "itu-t-sg17-2020-08")["current_ref"] == "5"  # noqa
    assert not list(tmp_path.glob("*.db"))


def test_a_password_in_the_config_file_is_refused_with_where_it_belongs(tmp_path):
    config = tmp_path / "meetingbot.yaml"
    config.write_text("database: postgresql://bot:s3cret@127.0.0.1:5432/meetingbot\n")
    result = run("ask", "--config", str(config), "/now", cwd=tmp_path)
    assert result.returncode == 2
    assert "DATABASE_URL" in result.stderr and "meetingbot.yaml:1" in result.stderr


def test_a_newer_schema_is_refused_in_one_line_exit_3_and_left_untouched(postgres_url, tmp_path):
    PostgresStore(postgres_url).close()
    with psycopg.connect(postgres_url, autocommit=True) as connection:
        connection.execute("UPDATE meetingbot_schema SET version = %s", (SCHEMA_VERSION + 1,))
        connection.execute("INSERT INTO meetingbot_documents VALUES ('live', 'x', '{\"kept\": true}')")
    result = run("ask", "--chair", "--at", AT, "/item 3h", env={"DATABASE_URL": postgres_url}, cwd=tmp_path)
    assert result.returncode == 3
    line = one_line(result)
    assert f"schema version {SCHEMA_VERSION + 1}" in line and "upgrade meetingbot" in line
    with psycopg.connect(postgres_url) as connection:
        assert connection.execute("SELECT namespace, key, value FROM meetingbot_documents").fetchall() == [
            ("live", "x", '{"kept": true}')]
        assert connection.execute("SELECT version FROM meetingbot_schema").fetchall() == [(SCHEMA_VERSION + 1,)]


def test_a_server_that_is_not_there_is_one_line_and_exit_3_without_the_password(tmp_path):
    url = f"postgresql://bot:s3cret@127.0.0.1:{free_port()}/meetingbot"
    result = run("ask", "/now", env={"DATABASE_URL": url}, cwd=tmp_path)
    assert result.returncode == 3
    line = one_line(result)
    assert "cannot use the database" in line and "s3cret" not in line and "127.0.0.1" in line


def test_replicas_starting_together_create_the_schema_once(postgres_url):
    opened: list[PostgresStore] = []
    problems: list[BaseException] = []

    def start() -> None:
        try:
            opened.append(PostgresStore(postgres_url))
        except BaseException as error:  # reported below
            problems.append(error)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert problems == [] and len(opened) == 4
    with psycopg.connect(postgres_url) as connection:
        assert connection.execute("SELECT version FROM meetingbot_schema").fetchall() == [(SCHEMA_VERSION,)]
    for store in opened:
        store.close()


def test_a_url_that_cannot_be_read_is_a_store_error():
    with pytest.raises(StoreError, match="PostgreSQL URL|cannot use"):
        PostgresStore("postgresql://bot@127.0.0.1:notaport/db")
