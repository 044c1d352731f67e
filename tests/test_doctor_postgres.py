"""``meetingbot doctor`` on a PostgreSQL database: damaged documents named, exit 3, nothing changed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg

from bot.postgres_store import PostgresStore

MEETINGBOT = Path(sys.executable).with_name("meetingbot")


def doctor(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "MEETINGBOT_CONFIG")}
    environment.update(env or {})
    return subprocess.run([str(MEETINGBOT), "doctor", *args], capture_output=True, text=True, timeout=60,
                          env=environment)


def test_a_sound_database_exits_0_and_a_damaged_document_is_named_with_exit_3(postgres_url):
    store = PostgresStore(postgres_url)
    with store.transaction() as tx:
        tx.put("live", "itu-t-sg17-2020-08", {"current_ref": "3h"})
    store.close()
    sound = doctor(postgres_url)
    assert sound.returncode == 0 and "Nothing is damaged" in sound.stdout
    with psycopg.connect(postgres_url, autocommit=True) as connection:
        connection.execute("INSERT INTO meetingbot_documents VALUES ('user', 'slack:U1', '[]')")
    damaged = doctor(env={"DATABASE_URL": postgres_url})
    assert damaged.returncode == 3 and "user/slack:U1" in damaged.stdout and "Nothing was changed" in damaged.stdout
    with psycopg.connect(postgres_url) as connection:
        assert connection.execute("SELECT count(*) FROM meetingbot_documents").fetchone()[0] == 2


def test_a_database_meetingbot_never_used_is_left_without_a_schema(postgres_url):
    result = doctor(postgres_url)
    assert result.returncode == 0 and "no meetingbot state yet" in result.stdout
    with psycopg.connect(postgres_url) as connection:
        assert connection.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0
