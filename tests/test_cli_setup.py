"""Shared command-line pieces: which state store a config leads to, said without a password."""

from __future__ import annotations

from pathlib import Path

from adapters.cli_setup import database_of, store_description
from bot.config import Config
from bot.loader import load_model

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "meetingbot.example.yaml"
URL = "postgresql://meetingbot:s3cret@db.example.org:5432/meetingbot"


def test_database_url_is_said_without_its_password(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", URL)
    line = store_description(Config())
    assert line == "state store: postgresql://meetingbot@db.example.org:5432/meetingbot (password hidden)"
    assert "s3cret" not in line


def test_config_database_beside_database_url_says_the_url_is_not_used(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", URL)
    line = store_description(Config.model_validate({"database": str(tmp_path / "local.db")}))
    assert line.startswith(f"state store: sqlite file {tmp_path / 'local.db'}")
    assert "DATABASE_URL is set but not used" in line
    assert "s3cret" not in line


def test_example_config_uses_database_url_when_set(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", URL)
    assert database_of(load_model(EXAMPLE, Config)) == URL


def test_example_config_without_database_url_keeps_sqlite_default(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert database_of(load_model(EXAMPLE, Config)) == Path("meetingbot.db")
