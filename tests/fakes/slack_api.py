"""A fake Slack on 127.0.0.1: the Web API methods meetingbot uses, response URLs, uploads and a Socket Mode websocket.

It records every call (method, arguments, token), answers like Slack does, and can
be told to answer the next calls of a method with 429 (``Retry-After``) or 500.
Run it inside a test's event loop (:meth:`FakeSlack.start`) or on its own thread
for a separate process to use (:class:`ThreadedFakeSlack`).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

BOT_TOKEN = "xoxb-fake-bot-token"
APP_TOKEN = "xapp-fake-app-token"
BOT_USER = "UBOT"


@dataclass
class Call:
    """One request the fake received: the API method (or ``response_url``/``upload``), its arguments, the token."""

    method: str
    args: dict[str, Any]
    token: str | None = None
    at: float = field(default_factory=time.monotonic)
    name: str | None = None  # the response URL's own name (``response_url(name)``)


class FakeSlack:
    """The fake server. ``users`` and ``groups`` are what users.info and usergroups.users.list answer."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.tokens = {BOT_TOKEN, APP_TOKEN}
        self.users: dict[str, dict[str, Any]] = {}
        self.groups: dict[str, list[str]] = {}
        self.failures: dict[str, list[tuple[int, int | None]]] = {}
        self.socket_acks: list[dict[str, Any]] = []
        self._sockets: list[web.WebSocketResponse] = []
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.url = ""

    # control ------------------------------------------------------------------------------------------

    def add_user(self, user_id: str, name: str, tz: str = "Europe/Zurich", locale: str = "en-US") -> None:
        """Make users.info know a user."""
        self.users[user_id] = {"id": user_id, "name": name.lower(), "real_name": name, "tz": tz, "locale": locale,
                               "profile": {"display_name": name}}

    def fail(self, method: str, status: int, times: int = 1, retry_after: int | None = None) -> None:
        """Answer the next ``times`` calls of ``method`` with ``status`` (429 with ``Retry-After``, or 500)."""
        self.failures.setdefault(method, []).extend([(status, retry_after)] * times)

    def called(self, method: str) -> list[dict[str, Any]]:
        """The arguments of every call of ``method``, in order."""
        return [call.args for call in list(self.calls) if call.method == method]

    @property
    def api_url(self) -> str:
        """The Web API base URL to give the client (``SLACK_API_URL``)."""
        return f"{self.url}/api/"

    def response_url(self, name: str = "r1") -> str:
        """A response URL that records what is posted to it."""
        return f"{self.url}/respond/{name}"

    async def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[dict[str, Any]]:
        """Wait until ``method`` was called ``count`` times; return the calls (fails on timeout)."""
        deadline = time.monotonic() + timeout
        while len(self.called(method)) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{method} called {len(self.called(method))} times, expected {count}: "
                                     f"{[c.method for c in self.calls]}")
            await asyncio.sleep(0.02)
        return self.called(method)

    # server -------------------------------------------------------------------------------------------

    async def start(self) -> str:
        """Serve on a free port of 127.0.0.1; return the base URL."""
        self.loop = asyncio.get_running_loop()
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)
        app.router.add_post("/respond/{name}", self._respond)
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        """Close the websockets and the server."""
        for socket in list(self._sockets):
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _arguments(self, request: web.Request) -> dict[str, Any]:
        args: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            args.update(await request.json())
        elif request.can_read_body:
            args.update({k: v for k, v in (await request.post()).items() if isinstance(v, str)})
        for key in ("blocks", "view"):
            if isinstance(args.get(key), str):
                args[key] = json.loads(args[key])
        return args

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args = await self._arguments(request)
        token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip() or args.get("token")
        self.calls.append(Call(method, args, token))
        pending = self.failures.get(method)
        if pending:
            status, retry_after = pending.pop(0)
            headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
            error = "ratelimited" if status == 429 else "internal_error"
            return web.json_response({"ok": False, "error": error}, status=status, headers=headers)
        if token not in self.tokens:
            return web.json_response({"ok": False, "error": "invalid_auth"})
        return web.json_response(self._answer(method, args))

    def _answer(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        ts = f"{time.time():.6f}"
        if method == "auth.test":
            return {"ok": True, "user_id": BOT_USER, "user": "meetingbot", "bot_id": "BBOT", "team_id": "T1",
                    "team": "SG17", "url": "https://sg17.example.slack.com/"}
        if method == "users.info":
            user = self.users.get(str(args.get("user")))
            return {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}
        if method == "usergroups.users.list":
            return {"ok": True, "users": self.groups.get(str(args.get("usergroup")), [])}
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + str(args.get("users", "")).lstrip("U")}}
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._ids)}"
            return {"ok": True, "upload_url": f"{self.url}/upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            files = json.loads(args.get("files", "[]")) if isinstance(args.get("files"), str) else args.get("files")
            return {"ok": True, "files": [{"id": f["id"], "title": f.get("title", "")} for f in files or []]}
        if method == "apps.connections.open":
            return {"ok": True, "url": self.url.replace("http://", "ws://") + "/socket"}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if method == "chat.postMessage":
            return {"ok": True, "channel": args.get("channel"), "ts": ts, "message": {"text": args.get("text")}}
        return {"ok": True}

    async def _respond(self, request: web.Request) -> web.Response:
        self.calls.append(Call("response_url", await request.json(), None, name=request.match_info["name"]))
        return web.Response(text="ok")

    async def _upload(self, request: web.Request) -> web.Response:
        self.calls.append(Call("upload", {"file_id": request.match_info["file_id"], "content": await request.read()}))
        return web.Response(text="OK - uploaded")

    # Socket Mode --------------------------------------------------------------------------------------

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._sockets.append(socket)
        await socket.send_json({"type": "hello", "num_connections": 1, "debug_info": {"host": "fake"}})
        async for message in socket:
            if message.type == WSMsgType.TEXT:
                self.socket_acks.append(json.loads(message.data))
        self._sockets.remove(socket)
        return socket

    @property
    def socket_connected(self) -> bool:
        """Whether a Socket Mode client is connected."""
        return bool(self._sockets)

    async def socket_send(self, kind: str, payload: dict[str, Any]) -> str:
        """Send an envelope (``slash_commands``, ``events_api``) to the connected client; return its id."""
        envelope_id = f"env-{next(self._ids)}"
        message = {"envelope_id": envelope_id, "type": kind, "payload": payload, "accepts_response_payload": False}
        await self._sockets[-1].send_json(message)
        return envelope_id


class ThreadedFakeSlack:
    """A :class:`FakeSlack` on its own thread and event loop (for a separate ``meetingbot`` process)."""

    def __init__(self) -> None:
        self.fake = FakeSlack()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True, name="fake-slack")

    def __enter__(self) -> FakeSlack:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.fake.start(), self._loop).result(10)
        return self.fake

    def run(self, coroutine: Any, timeout: float = 15.0) -> Any:
        """Run a coroutine (e.g. ``fake.socket_send(...)``) on the fake's loop and return its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self.fake.stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
