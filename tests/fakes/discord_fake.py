"""A fake Discord on 127.0.0.1 for the tests: the REST routes meetingbot uses and a gateway websocket.

The real discord.py client connects to it (``Route.BASE`` = :attr:`FakeDiscord.api_base`,
``DEFAULT_GATEWAY`` = :attr:`FakeDiscord.gateway_url`). It records what the bot sends
(command payloads, interaction callbacks, follow-ups, channel messages, scheduled
events), dispatches interactions (slash commands, autocomplete, button clicks), answers 429 on
demand and can drop the gateway connection to test RESUME. Every JSON answer has
``Content-Type: application/json`` exactly.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

TOKEN = "fake-discord-token"
APP_ID, BOT_ID, GUILD_ID = 700000000000000001, 700000000000000002, 123456789012345678
SESSION_CHANNEL, REMINDER_CHANNEL, CHAIR_ROLE = 123456789012345679, 123456789012345680, 700000000000000010
CHAIR_ID, DELEGATE_ID = 700000000000000020, 700000000000000021


def user(user_id: int, name: str, bot: bool = False) -> dict[str, Any]:
    """A user object."""
    return {"id": str(user_id), "username": name, "global_name": name, "discriminator": "0", "avatar": None,
            "bot": bot}


@dataclass
class Recorded:
    """One request the bot made: method, path, query, JSON body (``payload_json`` for multipart) and when."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    at: float = field(default_factory=time.monotonic)
    files: list[str] = field(default_factory=list)


class FakeDiscord:
    """The fake server; ``async with FakeDiscord() as fake:`` starts it on a free port."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.limits: dict[str, float] = {}  # path fragment → retry_after for the next matching request
        self.events: dict[str, dict[str, Any]] = {}
        self.identifies = self.resumes = 0
        self.sessions: set[str] = set()
        self.kinds: dict[str, int] = {}  # interaction id → its type (2 command, 3 component, 4 autocomplete)
        self._ids = itertools.count(800000000000000001)
        self._seq = 0
        self._sent: list[dict[str, Any]] = []
        self._ws: web.WebSocketResponse | None = None
        self._connected = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.roles: dict[int, str] = {}  # more roles of the server (id → name), e.g. the chairs of parallel rooms

    # ---- lifecycle -------------------------------------------------------------------------
    async def __aenter__(self) -> "FakeDiscord":
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._ws is not None:
            await self._ws.close()
        assert self._runner is not None
        await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        """The REST base to use as DISCORD_API_BASE."""
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        """The gateway URL to use as DISCORD_GATEWAY_URL."""
        return f"ws://127.0.0.1:{self.port}/gateway"

    def env(self, token: str = TOKEN) -> dict[str, str]:
        """The environment a bot needs to use this fake."""
        return {"DISCORD_TOKEN": token, "DISCORD_API_BASE": self.api_base, "DISCORD_GATEWAY_URL": self.gateway_url}

    # ---- REST ------------------------------------------------------------------------------
    @staticmethod
    def json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
        """A JSON answer with the exact content type discord.py checks."""
        return web.Response(body=json.dumps(data).encode(), status=status,
                            headers={"Content-Type": "application/json", **(headers or {})})

    def message(self, channel_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """A message object for what the bot posted."""
        return {"id": str(next(self._ids)), "channel_id": str(channel_id), "author": user(BOT_ID, "meetingbot", True),
                "content": body.get("content") or "", "embeds": body.get("embeds") or [], "attachments": [],
                "mentions": [], "mention_roles": [], "mention_everyone": False, "pinned": False, "tts": False,
                "timestamp": "2020-08-24T09:00:00+00:00", "edited_timestamp": None, "type": 0,
                "flags": body.get("flags", 0), "components": body.get("components") or []}

    async def _body(self, request: web.Request) -> tuple[Any, list[str]]:
        if request.content_type.startswith("multipart/"):
            body, names = None, []
            async for part in await request.multipart():
                if part.name == "payload_json":  # type: ignore[union-attr]
                    body = json.loads(await part.text())  # type: ignore[union-attr]
                else:
                    names.append(part.filename or "")  # type: ignore[union-attr]
                    await part.read()  # type: ignore[union-attr]
            return body, names
        text = await request.text()
        return (json.loads(text) if text else None), []

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body, names = await self._body(request)
        self.requests.append(Recorded(request.method, path, dict(request.query), body, files=names))
        for fragment, retry_after in list(self.limits.items()):
            if fragment in path:
                del self.limits[fragment]
                return self.json({"message": "You are being rate limited.", "retry_after": retry_after,
                                  "global": False}, 429, {"Via": "1.1 google"})
        if request.headers.get("Authorization") not in (f"Bot {TOKEN}", None):
            return self.json({"message": "401: Unauthorized", "code": 0}, 401)
        return self._route(request.method, path.split("/")[1:], body or {})

    def _route(self, method: str, parts: list[str], body: Any) -> web.Response:
        head = parts[0]
        if parts == ["users", "@me"]:
            return self.json(user(BOT_ID, "meetingbot", True))
        if parts == ["oauth2", "applications", "@me"]:
            return self.json({"id": str(APP_ID), "name": "meetingbot", "description": "", "icon": None,
                              "bot_public": True, "bot_require_code_grant": False, "verify_key": "00",
                              "owner": user(CHAIR_ID, "owner"), "flags": 0})
        if head == "applications" and parts[-1] == "commands" and method == "PUT":
            return self.json([{**c, "id": str(next(self._ids)), "application_id": str(APP_ID), "version": "1"}
                              for c in body])
        if head == "interactions":
            kind = body.get("type")
            data = body.get("data") or {}
            return self.json({"interaction": {"id": parts[1], "type": self.kinds.get(parts[1], 2),
                                              "response_message_loading": kind == 5,
                                              "response_message_ephemeral": bool(data.get("flags", 0) & 64)},
                              "resource": {"type": kind}})
        if head == "webhooks":
            return self.json(self.message("0", body))
        if head == "channels" and parts[-1] == "messages":
            return self.json(self.message(parts[1], body))
        if parts == ["users", "@me", "channels"]:
            return self.json({"id": str(900000000000000000 + int(body["recipient_id"]) % 1000), "type": 1,
                              "recipients": [user(int(body["recipient_id"]), "someone")]})
        if head == "guilds" and parts[2] == "scheduled-events":
            return self._event(method, parts, body)
        return self.json({"message": "404: Not Found", "code": 0}, 404)

    def _event(self, method: str, parts: list[str], body: dict[str, Any]) -> web.Response:
        if method == "POST":
            event = {**body, "id": str(next(self._ids)), "guild_id": parts[1], "status": 1}
            self.events[event["id"]] = event
            return self.json(event)
        if len(parts) > 3 and parts[3] in self.events:
            self.events[parts[3]].update(body)
            return self.json(self.events[parts[3]])
        return self.json({"message": "Unknown Guild Scheduled Event", "code": 10070}, 404)

    def sent(self, method: str, fragment: str) -> list[Recorded]:
        """The recorded requests of a method whose path contains ``fragment``."""
        return [r for r in self.requests if r.method == method and fragment in r.path]

    # ---- gateway ---------------------------------------------------------------------------
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}})
        async for msg in ws:
            if msg.type is not WSMsgType.TEXT:
                break
            payload = json.loads(msg.data)
            op, data = payload.get("op"), payload.get("d")
            if op == 1:
                await ws.send_json({"op": 11})
            elif op == 2:
                await self._identify(ws, data)
            elif op == 6:
                await self._resume(ws, data)
        if self._ws is ws:
            self._ws = None
            self._connected.clear()
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        if data.get("token") != TOKEN:
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        self.identifies += 1
        session = f"session-{self.identifies}"
        self.sessions.add(session)
        await self.dispatch("READY", {"v": 10, "user": user(BOT_ID, "meetingbot", True), "session_id": session,
                                      "resume_gateway_url": self.gateway_url, "guilds": [{"id": str(GUILD_ID),
                                                                                           "unavailable": True}],
                                      "application": {"id": str(APP_ID), "flags": 0}}, ws)
        await self.dispatch("GUILD_CREATE", self.guild(), ws)
        self._connected.set()

    async def _resume(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        if data.get("session_id") not in self.sessions:
            await ws.send_json({"op": 9, "d": False})
            return
        self.resumes += 1
        for payload in self._sent:
            if payload["s"] > (data.get("seq") or 0):
                await ws.send_json(payload)
        await self.dispatch("RESUMED", {}, ws)
        self._connected.set()

    def guild(self) -> dict[str, Any]:
        """The GUILD_CREATE payload: roles, members and channels of the test server."""
        role = {"color": 0, "hoist": False, "managed": False, "mentionable": False, "permissions": "0"}
        return {"id": str(GUILD_ID), "name": "SG17", "owner_id": str(CHAIR_ID), "features": [], "emojis": [],
                "stickers": [], "member_count": 3, "large": False, "unavailable": False, "preferred_locale": "en-US",
                "roles": [{**role, "id": str(GUILD_ID), "name": "@everyone", "position": 0},
                          {**role, "id": str(CHAIR_ROLE), "name": "SG17 Chair", "position": 1},
                          *({**role, "id": str(i), "name": n, "position": 2} for i, n in self.roles.items())],
                "channels": [{"id": str(c), "type": 0, "name": n, "position": i, "permission_overwrites": []}
                             for i, (c, n) in enumerate(((SESSION_CHANNEL, "plenary"), (REMINDER_CHANNEL, "general")))],
                "members": [self.member(CHAIR_ID, "Chair", [CHAIR_ROLE]), self.member(DELEGATE_ID, "Delegate", [])]}

    @staticmethod
    def channel(channel_id: int) -> dict[str, Any]:
        """The partial channel an interaction carries (discord.py reads the channel from it, not ``channel_id``)."""
        return {"id": str(channel_id), "type": 0, "name": "room", "guild_id": str(GUILD_ID), "position": 0,
                "permission_overwrites": []}

    @staticmethod
    def member(user_id: int, name: str, roles: list[int]) -> dict[str, Any]:
        """A guild member object."""
        return {"user": user(user_id, name), "roles": [str(r) for r in roles], "joined_at": "2020-08-01T00:00:00+00:00",
                "deaf": False, "mute": False, "permissions": "2048", "flags": 0}

    async def dispatch(self, event: str, data: dict[str, Any], ws: web.WebSocketResponse | None = None) -> None:
        """Send a DISPATCH; while disconnected it is kept and replayed on RESUME."""
        self._seq += 1
        payload = {"op": 0, "t": event, "s": self._seq, "d": data}
        self._sent.append(payload)
        target = ws or self._ws
        if target is not None and not target.closed:
            await target.send_json(payload)

    async def drop(self) -> None:
        """Close the gateway connection as Discord does on a hiccup (the client should RESUME)."""
        assert self._ws is not None
        self._connected.clear()
        await self._ws.close(code=4000, message=b"Unknown error")

    async def connected(self, timeout: float = 10.0) -> None:
        """Wait until a client has identified or resumed."""
        await asyncio.wait_for(self._connected.wait(), timeout)

    # ---- interactions ----------------------------------------------------------------------
    async def interact(self, name: str, options: dict[str, str] | None = None, *, user_id: int = DELEGATE_ID,
                       chair: bool = False, locale: str = "en-US", focused: str | None = None,
                       interaction_id: str | None = None, channel_id: int = SESSION_CHANNEL,
                       roles: list[int] | None = None) -> str:
        """Dispatch a slash command (or, with ``focused``, its autocomplete); returns the interaction id.

        Given an ``interaction_id`` already dispatched, it delivers that interaction again.
        """
        interaction_id = interaction_id or str(next(self._ids))
        self.kinds[interaction_id] = 4 if focused else 2
        opts = [{"type": 3, "name": k, "value": v, **({"focused": True} if k == focused else {})}
                for k, v in (options or {}).items()]
        member = self.member(user_id, "Chair" if chair else "Delegate",
                             roles if roles is not None else [CHAIR_ROLE] if chair else [])
        await self.dispatch("INTERACTION_CREATE", {
            "id": interaction_id, "application_id": str(APP_ID), "type": 4 if focused else 2,
            "data": {"id": "1", "name": name, "type": 1, "options": opts}, "guild_id": str(GUILD_ID),
            "channel_id": str(channel_id), "channel": self.channel(channel_id), "member": member,
            "token": f"token-{interaction_id}", "version": 1,
            "locale": locale, "guild_locale": "en-US", "app_permissions": "2048", "entitlements": [],
            "attachment_size_limit": 8388608, "authorizing_integration_owners": {"0": str(GUILD_ID)}, "context": 0})
        return interaction_id

    async def click(self, sent: dict[str, Any], custom_id: str, *, channel_id: int = SESSION_CHANNEL,
                    user_id: int = DELEGATE_ID, locale: str = "en-US", interaction_id: str | None = None) -> str:
        """Dispatch a click on the button ``custom_id`` of a message the bot sent (``sent``: the body it posted to a
        channel, or its answer to an interaction) in ``channel_id``; returns the interaction id. Given an
        ``interaction_id`` already dispatched, it delivers that click again."""
        interaction_id = interaction_id or str(next(self._ids))
        self.kinds[interaction_id] = 3
        member = self.member(user_id, "Delegate", [])
        await self.dispatch("INTERACTION_CREATE", {
            "id": interaction_id, "application_id": str(APP_ID), "type": 3,
            "data": {"custom_id": custom_id, "component_type": 2},
            "message": self.message(str(channel_id), sent.get("data") or sent), "guild_id": str(GUILD_ID),
            "channel_id": str(channel_id), "channel": self.channel(channel_id), "member": member,
            "token": f"token-{interaction_id}", "version": 1,
            "locale": locale, "guild_locale": "en-US", "app_permissions": "2048", "entitlements": [],
            "attachment_size_limit": 8388608, "authorizing_integration_owners": {"0": str(GUILD_ID)}, "context": 0})
        return interaction_id

    async def say(self, text: str, *, mention_bot: bool = True, direct: bool = False, user_id: int = DELEGATE_ID) -> None:
        """Dispatch a message from a person: in the session channel (mentioning the bot) or as a DM."""
        data: dict[str, Any] = self.message("900000000000000021" if direct else str(SESSION_CHANNEL), {"content": text})
        data["author"] = user(user_id, "Delegate")
        data["mentions"] = [user(BOT_ID, "meetingbot", True)] if mention_bot else []
        if not direct:
            data["guild_id"] = str(GUILD_ID)
            data["member"] = {k: v for k, v in self.member(user_id, "Delegate", []).items() if k != "user"}
        await self.dispatch("MESSAGE_CREATE", data)

    async def wait_for(self, method: str, fragment: str, count: int = 1, timeout: float = 10.0) -> list[Recorded]:
        """Wait until ``count`` requests of a method whose path contains ``fragment`` arrived."""
        deadline = time.monotonic() + timeout
        while len(found := self.sent(method, fragment)) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"no {method} {fragment} within {timeout}s; got {[r.path for r in self.requests]}")
            await asyncio.sleep(0.01)
        return found
