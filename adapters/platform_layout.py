"""Telling the running platforms where each meeting and room now sits (at start, and on a hot reload)."""

from __future__ import annotations

from typing import Sequence

from adapters.deployment import Plan, Served, merged_discord, merged_slack


def retune(platforms: Sequence[object], served: list[Served], layout: Plan | None) -> None:
    """Give each platform the channels and chairs of every meeting and room (``layout`` None: one meeting alone)."""
    for platform in platforms:
        notifier = getattr(platform, "notifier", None)
        if notifier is not None and hasattr(notifier, "routes"):
            notifier.routes = layout
        people = getattr(platform, "people", None)
        if people is not None:  # Slack: chairs and chair groups of every meeting and room
            merged = merged_slack(served)
            people.config = merged
            people.track_groups = layout is not None
            notifier.config = platform.config = merged  # type: ignore[union-attr, attr-defined]
        elif getattr(platform, "name", "") == "discord":
            merged_d = merged_discord(served)
            platform.config = merged_d  # type: ignore[attr-defined]
            if notifier is not None:
                notifier.config = merged_d
            client = getattr(platform, "client", None)
            if client is not None:
                client.use_config(merged_d)
