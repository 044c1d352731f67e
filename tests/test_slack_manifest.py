"""The Slack app manifest: one paste creates an app with every registry command, scope and event."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.core import MeetingBot  # noqa: F401  (registers every command)
from bot.registry import REGISTRY

MANIFEST = Path(__file__).resolve().parent.parent / "adapters" / "slack" / "manifest.yaml"


def test_the_manifest_has_every_registry_command_and_what_the_adapter_needs():
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    commands = {c["command"]: c for c in manifest["features"]["slash_commands"]}
    assert list(commands) == [f"/{c.name}" for c in REGISTRY.all()]
    for command in REGISTRY.all():
        assert commands[f"/{command.name}"]["description"] == command.summary
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"commands", "chat:write", "users:read", "usergroups:read", "files:write", "im:write",
            "channels:manage", "app_mentions:read", "im:history"} <= scopes
    assert set(manifest["settings"]["event_subscriptions"]["bot_events"]) == {
        "app_mention", "message.im", "app_home_opened"}
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert manifest["settings"]["interactivity"]["is_enabled"] is True  # clicks on the asked-back readings
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
