"""What Slack sends an app: signed slash-command, event and button-click requests (v0 HMAC-SHA256), built for tests."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from urllib.parse import urlencode

SIGNING_SECRET = "0123456789abcdef0123456789abcdef"
_ids = itertools.count(1)


def signature(secret: str, timestamp: str, body: str) -> str:
    """Slack's ``X-Slack-Signature``: ``v0=`` + HMAC-SHA256 of ``v0:{timestamp}:{body}``."""
    digest = hmac.new(secret.encode(), f"v0:{timestamp}:{body}".encode(), hashlib.sha256).hexdigest()
    return f"v0={digest}"


def signed_headers(body: str, content_type: str, secret: str = SIGNING_SECRET,
                   timestamp: int | None = None) -> dict[str, str]:
    """Headers of a request Slack signed with ``secret`` at ``timestamp`` (default: now)."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    return {"Content-Type": content_type, "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": signature(secret, stamp, body)}


def command_body(command: str, text: str, user: str, response_url: str, channel: str = "C0PLENARY") -> str:
    """The form body of a slash command (text entity-encoded, as Slack sends it)."""
    encoded = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return urlencode({"token": "legacy", "team_id": "T1", "team_domain": "sg17", "channel_id": channel,
                      "channel_name": "plenary", "user_id": user, "user_name": user.lower(),
                      "command": command, "text": encoded, "api_app_id": "A1", "response_url": response_url,
                      "trigger_id": f"trigger-{next(_ids)}"})


def event_payload(event: dict, event_id: str | None = None) -> dict:
    """An Events API ``event_callback`` envelope around ``event``."""
    return {"token": "legacy", "team_id": "T1", "api_app_id": "A1", "event": event, "type": "event_callback",
            "event_id": event_id or f"Ev{next(_ids):06d}", "event_time": int(time.time()),
            "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}]}


def mention(text: str, user: str, channel: str = "C0PLENARY") -> dict:
    """An ``app_mention`` event: the bot mentioned in a channel."""
    encoded = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return {"type": "app_mention", "user": user, "text": f"<@UBOT> {encoded}", "channel": channel,
            "ts": f"{time.time():.6f}"}


def direct_message(text: str, user: str, channel: str = "D0DM") -> dict:
    """A ``message`` event in the bot's direct-message channel."""
    return {"type": "message", "channel_type": "im", "user": user, "text": text, "channel": channel,
            "ts": f"{time.time():.6f}"}


def home_opened(user: str) -> dict:
    """An ``app_home_opened`` event on the Home tab."""
    return {"type": "app_home_opened", "user": user, "channel": "D0DM", "tab": "home"}


def json_body(payload: dict) -> str:
    """A JSON request body."""
    return json.dumps(payload)


def click_payload(button: dict, block_id: str, user: str, response_url: str, channel: str = "C0PLENARY",
                  ephemeral: bool = True) -> dict:
    """A ``block_actions`` payload: ``user`` clicked ``button`` (as the bot sent it) in the actions block
    ``block_id`` of a message in ``channel``."""
    ts = f"{time.time():.6f}"
    action = {**button, "block_id": block_id, "action_ts": ts}
    return {"type": "block_actions", "token": "legacy", "api_app_id": "A1", "trigger_id": f"trigger-{next(_ids)}",
            "user": {"id": user, "username": user.lower(), "name": user.lower(), "team_id": "T1"},
            "team": {"id": "T1", "domain": "sg17"}, "enterprise": None, "is_enterprise_install": False,
            "container": {"type": "message", "message_ts": ts, "channel_id": channel, "is_ephemeral": ephemeral},
            "channel": {"id": channel, "name": "plenary"}, "state": {"values": {}},
            "response_url": response_url, "actions": [action]}


def button_click(button: dict, block_id: str, user: str, response_url: str, channel: str = "C0PLENARY") -> str:
    """The form body of a ``block_actions`` request (:func:`click_payload`), as Slack posts it over HTTP."""
    return urlencode({"payload": json.dumps(click_payload(button, block_id, user, response_url, channel))})
