"""The shape of what Slack sends the bot: a signed body Slack could not have sent is refused before Bolt reads it.

Bolt and our listeners read fields such as ``event``, ``user`` or ``authorizations`` and expect
Slack's types: a number or a list where Slack sends an object makes them fail with a traceback.
The bot serves four kinds of request over HTTP, and only these reach Bolt:

- a slash command: a form, every value text, with ``command``, ``user_id`` and ``channel_id``;
- an Events API callback: an ``event`` object with a text ``type``, and an ``event_id``;
- a click on a reading the bot asked back with (``block_actions``, a form's JSON ``payload``): a
  ``user`` object with a text ``id``, a text ``response_url``, and ``actions`` whose every
  ``action_id`` is one of the bot's choice buttons, with a text ``block_id`` and the number as
  ``value``;
- Slack's ``url_verification`` challenge (and ``ssl_check``, a form).

Every field Bolt reads on the way in must have Slack's type, at the top and inside ``event``
(the events the bot listens to have text ``user``, ``channel`` and ``text``). A body of any other
kind (other interactivity, for which the bot has no listener) gets 404, as Bolt would answer it;
one of the right kind but the wrong shape gets 400. A new kind of request the bot listens to must
be added here.
"""

from __future__ import annotations

import re
from typing import Any

from adapters.slack.render import CHOICE_ACTION

_TEXT: tuple[type, ...] = (str,)
_TEXT_OR_OBJECT: tuple[type, ...] = (str, dict)
_OBJECT: tuple[type, ...] = (dict,)
_FLAG: tuple[type, ...] = (bool, str)  # JSON true/false, or "true"/"false" in a form

FIELDS: dict[str, tuple[type, ...]] = {
    **dict.fromkeys(("type", "token", "team_id", "api_app_id", "event_id", "enterprise_id", "user_id",
                     "channel_id", "challenge", "thread_ts", "function_execution_id", "bot_access_token",
                     "response_url", "trigger_id", "text", "user_name", "command", "subtype", "channel_type",
                     "bot_id", "tab", "ts", "user_team", "context_team_id", "context_enterprise_id"), _TEXT),
    **dict.fromkeys(("team", "user", "channel", "enterprise"), _TEXT_OR_OBJECT),
    **dict.fromkeys(("message", "previous_message", "item", "assistant_thread", "function_data", "inputs",
                     "container", "state", "view"), _OBJECT),
    **dict.fromkeys(("is_ext_shared_channel", "is_enterprise_install"), _FLAG),
}
NULLABLE = ("enterprise", "enterprise_id", "team", "user_team", "thread_ts", "bot_access_token", "subtype", "bot_id")
COMMAND_NEEDS = ("command", "user_id", "channel_id")
LISTENED_EVENTS = ("app_mention", "message", "app_home_opened")
EVENT_TEXT = ("user", "channel", "text")


def _fields(payload: dict[str, Any], where: str) -> str | None:
    """The first field Bolt reads whose type is not Slack's, said in words."""
    for name, kinds in FIELDS.items():
        if name not in payload:
            continue
        value = payload[name]
        if value is None and name in NULLABLE:
            continue
        if not isinstance(value, kinds):
            return f"{where}{name} is {'null' if value is None else 'a ' + type(value).__name__}"
    authorizations = payload.get("authorizations", [])
    if not isinstance(authorizations, list) or not all(isinstance(a, dict) and not _fields(a, "") for a in
                                                       authorizations):
        return f"{where}authorizations is not a list of objects"
    return None


def _command(body: dict[str, Any]) -> str | None:
    wrong = next((name for name, value in body.items() if not isinstance(value, str)), None)
    if wrong is not None:
        return f"slash command field {wrong} is not text"
    missing = next((name for name in COMMAND_NEEDS if not body.get(name)), None)
    return f"slash command without {missing}" if missing else None


def _event_callback(body: dict[str, Any]) -> str | None:
    event = body.get("event")
    if not isinstance(event, dict) or not isinstance(event.get("type"), str):
        return "event callback without an event object and its type"
    if not isinstance(body.get("event_id"), str):
        return "event callback without an event_id"
    found = _fields(body, "") or _fields(event, "event.")
    if found or event["type"] not in LISTENED_EVENTS:
        return found
    wrong = next((name for name in EVENT_TEXT if name in event and not isinstance(event[name], str)), None)
    return f"event.{wrong} is not text" if wrong else None


def _choice_click(body: dict[str, Any]) -> tuple[int, str] | None:
    """A click on one of the bot's choice buttons, checked; 404 for other block actions (no listener)."""
    actions = body.get("actions")
    if not isinstance(actions, list) or not actions or not all(
            isinstance(a, dict) and isinstance(a.get("action_id"), str) and CHOICE_ACTION.search(a["action_id"])
            for a in actions):
        return 404, "no listener for these block actions (not the bot's choice buttons)"
    found = _fields(body, "") or _click_fields(body, actions)
    return (400, found) if found else None


def _click_fields(body: dict[str, Any], actions: list[dict[str, Any]]) -> str | None:
    user, channel = body.get("user"), body.get("channel")
    if not (isinstance(user, dict) and isinstance(user.get("id"), str)):
        return "block_actions without a user id"
    if not isinstance(body.get("response_url"), str) or not _WEB_ADDRESS.match(body["response_url"]):
        return "block_actions without a response_url"  # Slack's own is a web address; "x" can be answered nowhere
    if isinstance(channel, dict) and not isinstance(channel.get("id"), str):
        return "channel.id is not text"
    if not all(isinstance(a.get("block_id"), str) and isinstance(a.get("value"), str)
               and _NUMBER.fullmatch(a["value"]) for a in actions):
        return "a choice action without a text block_id and a number as its value"
    return None


_NUMBER = re.compile(r"[1-9]")
#: A web address, as Slack's response URLs are.
_WEB_ADDRESS = re.compile(r"https?://[^\s/]+")


def shape_problem(body: dict[str, Any]) -> tuple[int, str] | None:
    """None when ``body`` has the shape of a request Slack sends the bot; else the status (400, 404) and why."""
    if "command" in body:
        found = _command(body)
    elif body.get("type") == "event_callback":
        found = _event_callback(body)
    elif body.get("type") == "url_verification":
        found = None if isinstance(body.get("challenge"), str) else "url_verification without a text challenge"
    elif body.get("type") == "block_actions":
        return _choice_click(body)
    elif "ssl_check" in body:
        found = _command({**body, "command": "ssl_check", "user_id": "-", "channel_id": "-"})
    else:
        kind = body.get("type")
        return 404, f"no listener for this kind of request (type {repr(kind)[:40]})"
    return (400, found) if found else None
