"""The three-meeting deployment of ``tests/data/configs/three_meetings.yaml``, built as ``meetingbot run`` builds it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from adapters.deployment import Served, build_router, load_served
from bot.clock import FakeClock
from bot.deployment.entries import DeploymentConfig
from bot.deployment.router import Router
from bot.loader import load_model
from bot.notifier import CollectingNotifier, Notifier
from bot.store import MemoryStore, Store

DATA = Path(__file__).parent / "data"
THREE = DATA / "deployments" / "three_meetings.yaml"
SG17, SG13, SG5 = "itu-t-sg17-2020-08", "fictional-sg13-2020-08", "fictional-sg5-2020-11"
BOTH_ON = dt.datetime(2020, 9, 1, 1, 0, tzinfo=dt.timezone.utc)  # SG17 (Geneva) and SG13 (Tokyo) both on


def three_config() -> DeploymentConfig:
    """The three-meeting config, its paths resolved."""
    return load_model(THREE, DeploymentConfig).resolved(THREE.parent)


def three_served() -> list[Served]:
    """The three meetings, loaded."""
    return load_served(three_config())


def three_router(at: dt.datetime = BOTH_ON, store: Store | None = None,
                 notifier: Notifier | None = None) -> Router:
    """The router over the three meetings, on a fake clock at ``at``."""
    return build_router(three_served(), three_config(), FakeClock(at), store if store is not None else MemoryStore(),
                        notifier if notifier is not None else CollectingNotifier())
