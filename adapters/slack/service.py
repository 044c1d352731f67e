"""The Slack platform: checks the token, then serves Slack over Socket Mode or HTTP (aiohttp, ``/slack/events``).

It reads only the environment mapping it is given (the composition root passes
``os.environ``): ``SLACK_BOT_TOKEN``, ``SLACK_SIGNING_SECRET``, ``SLACK_APP_TOKEN``
and ``SLACK_API_URL`` (the Web API base URL: GovSlack, proxies, tests).
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Callable, Mapping

import aiohttp
from aiohttp import ClientError, web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (AsyncConnectionErrorRetryHandler,
                                                         AsyncRateLimitErrorRetryHandler)
from slack_sdk.web.async_client import AsyncWebClient

from adapters.platform import PlatformError
from adapters.slack.app import SlackFace
from adapters.slack.gate import MAX_BODY_BYTES, OneLineProtocolErrors, Refused, SlackGate
from adapters.slack.notifier import SlackNotifier
from adapters.slack.people import People
from adapters.slack.render import SlackRenderer
from adapters.slack.replays import SlackReplays
from bot.clock import SystemClock
from bot.config import SlackConfig
from bot.core import MeetingBot
from bot.replay_guard import ReplayGuard
from bot.store import StoreError, StoreUnavailable

log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"
EVENTS_PATH = "/slack/events"
SIGNING_SECRET = re.compile(r"^[0-9a-f]{32}$")
CHARSET = re.compile(r";\s*charset=utf-8", re.IGNORECASE)
RATE_LIMIT_RETRIES = 3


def http_response(bolt_response: BoltResponse) -> web.Response:
    """Bolt's response for aiohttp, its body handed over as UTF-8 bytes.

    Bolt's own ``to_aiohttp_response`` gives aiohttp a ``str``, which goes through aiohttp's payload
    registry on every answer; an ack that carries a 3 KB answer pays for that each time.
    """
    headers = bolt_response.first_headers_without_set_cookie()
    content_type = headers.pop("content-type", "application/json" if bolt_response.body.startswith("{")
                               else "text/plain")
    content_type = CHARSET.sub("", content_type)
    return web.Response(status=bolt_response.status, body=bolt_response.body.encode("utf-8"), headers=headers,
                        content_type=content_type, charset="utf-8")


class SlackService:
    """Meetingbot on one Slack workspace; ``notifier`` and ``poster`` send what the bot says on its own."""

    name = "Slack"

    def __init__(self, core: MeetingBot, config: SlackConfig, env: Mapping[str, str], port: int = 3000,
                 host: str = "0.0.0.0") -> None:
        self.core = core
        self.config = config
        self.port = port
        self.host = host
        self.token = (env.get("SLACK_BOT_TOKEN") or "").strip()
        self.signing_secret = (env.get("SLACK_SIGNING_SECRET") or "").strip()
        self.app_token = (env.get("SLACK_APP_TOKEN") or "").strip()
        self.api_url = (env.get("SLACK_API_URL") or "").strip() or DEFAULT_API_URL
        self.client = AsyncWebClient(token=self.token or None, base_url=self.api_url, retry_handlers=[
            AsyncConnectionErrorRetryHandler(), AsyncRateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES)])
        self.people = People(self.client, config)
        self.face: SlackFace | None = None  # built in start(), once the settings are known to be usable
        self.gate: SlackGate | None = None  # HTTP mode: the signature check before anything parses a request
        self.replays = SlackReplays(ReplayGuard(core.store, "slack", SystemClock()))  # real time, as signatures
        self.notifier = SlackNotifier(self.client, config, lambda: SlackRenderer(core.meeting), self.people,
                                      on_item_change=self._refresh_home)
        self.poster = self.notifier
        self.bot_user_id: str | None = None
        self._runner: web.AppRunner | None = None
        self.extra_routes: list[Callable[[web.Application], None]] = []  # e.g. the live page, on the same port
        self._socket: AsyncSocketModeHandler | None = None

    @property
    def serves_http(self) -> bool:
        """Whether Slack comes in over HTTP on ``port`` (no app-level token: not Socket Mode)."""
        return not self.app_token

    def connected(self) -> bool:
        """Whether Slack is being served (listening, or the Socket Mode connection is open)."""
        return self._runner is not None or self._socket is not None

    def _check_settings(self) -> None:
        if not self.token:
            raise PlatformError("SLACK_BOT_TOKEN is empty: set it to the app's Bot User OAuth Token (xoxb-…).")
        if self.app_token and not self.app_token.startswith("xapp-"):
            raise PlatformError("SLACK_APP_TOKEN is not an app-level token (xapp-…) with connections:write.")
        if not self.app_token and not self.signing_secret:
            raise PlatformError("SLACK_SIGNING_SECRET is not set: HTTP mode needs the app's Signing Secret "
                                "(or set SLACK_APP_TOKEN for Socket Mode).")
        if not self.app_token and not SIGNING_SECRET.match(self.signing_secret):
            raise PlatformError("SLACK_SIGNING_SECRET is wrong: a Slack Signing Secret is 32 hexadecimal "
                                "characters (Basic Information → App Credentials).")

    async def _check_token(self) -> None:
        try:
            identity = await self.client.auth_test()
        except SlackApiError as error:
            raise PlatformError(f"SLACK_BOT_TOKEN was refused by Slack ({error.response.get('error')}): "
                                "copy the Bot User OAuth Token again.") from None
        except (ClientError, OSError, asyncio.TimeoutError) as error:
            raise PlatformError(f"cannot reach the Slack Web API at {self.api_url}: "
                                f"{type(error).__name__} {error}".strip()) from None
        self.bot_user_id = identity.get("user_id")

    async def _refresh_home(self) -> None:
        if self.face is not None:
            await self.face.refresh_home()

    async def start(self) -> None:
        """Check the settings and the token, then serve; returns once serving. Raises PlatformError."""
        self._check_settings()
        if self.client.session is None:  # one connection pool for every Web API call, made in the running loop
            self.client.session = aiohttp.ClientSession()
        try:
            await self._check_token()
        except BaseException:
            await self.client.session.close()
            raise
        self.face = SlackFace(self.core, self.client, self.people, self.signing_secret,
                              socket_mode=bool(self.app_token))
        self.notifier.bind(asyncio.get_running_loop())
        if self.app_token:
            await self._start_socket_mode()
        else:
            self.gate = SlackGate(self.signing_secret)
            await self._start_http()

    async def _start_socket_mode(self) -> None:
        assert self.face is not None
        self._socket = AsyncSocketModeHandler(self.face.app, self.app_token, web_client=self.client)
        try:
            await self._socket.connect_async()
        except SlackApiError as error:
            raise PlatformError(f"SLACK_APP_TOKEN was refused by Slack ({error.response.get('error')}): "
                                "create an app-level token with connections:write.") from None
        except (ClientError, OSError, asyncio.TimeoutError) as error:
            raise PlatformError(f"cannot open the Slack Socket Mode connection: {type(error).__name__} {error}") \
                from None
        log.info("Slack: connected in Socket Mode as %s", self.bot_user_id)

    async def handle_http(self, request: web.Request) -> web.Response:
        """One request at ``/slack/events``: verified before anything parses it, acted on once, answered by Bolt.

        Refused requests get 413, 401, 400 or 404 and one log line (:mod:`adapters.slack.gate`); a copy of
        a request already answered gets the first answer and changes nothing (:mod:`adapters.slack.replays`).
        """
        assert self.face is not None and self.gate is not None
        verified = await self.gate.admit(request)
        if isinstance(verified, Refused):
            log.warning("Slack request refused (%d): %s; from %s", verified.status, verified.reason, request.remote)
            return verified.response()
        if self.face.changes_nothing(verified.request.body):  # read-only commands: no write lock on the hot path
            return await self._respond(await self.face.app.async_dispatch(verified.request))
        try:
            copy = await self.replays.claim(verified)
        except StoreUnavailable as error:  # the core changes nothing meanwhile and says so: answer it
            log.warning("Slack request not checked for copies: %s", error)
            return await self._respond(await self.face.app.async_dispatch(verified.request))
        except StoreError as error:
            log.error("Slack request not handled: the store is unusable: %s", error)
            return web.json_response({"error": "unavailable"}, status=503)
        if copy is not None:
            return await self._respond(copy)
        bolt_response = await self.face.app.async_dispatch(verified.request)
        try:
            await self.replays.remember(verified, bolt_response)
        except StoreError as error:
            log.error("Slack answer not kept for copies of the request: %s", error)
        return await self._respond(bolt_response)

    @staticmethod
    async def _respond(bolt_response: BoltResponse) -> web.Response:
        if bolt_response.headers.get("set-cookie"):
            return await to_aiohttp_response(bolt_response)
        return http_response(bolt_response)

    def web_app(self) -> web.Application:
        """The aiohttp application that serves ``POST /slack/events`` (bodies up to ``MAX_BODY_BYTES``)."""
        application = web.Application(client_max_size=MAX_BODY_BYTES)
        application.router.add_post(EVENTS_PATH, self.handle_http)
        for add_routes in self.extra_routes:
            add_routes(application)
        return application

    async def _start_http(self) -> None:
        server_log = logging.getLogger("aiohttp.server")
        if not any(isinstance(f, OneLineProtocolErrors) for f in server_log.filters):
            server_log.addFilter(OneLineProtocolErrors())
        self._runner = web.AppRunner(self.web_app(), access_log=None)
        await self._runner.setup()
        try:
            await web.TCPSite(self._runner, self.host, self.port).start()
        except OSError as error:
            await self._runner.cleanup()
            self._runner = None
            raise PlatformError(f"cannot listen on {self.host}:{self.port} for Slack: {error.strerror or error}") \
                from None
        self.port = self._runner.addresses[0][1]  # the real port when 0 asked for any free one
        log.info("Slack: listening on http://%s:%s%s as %s", self.host, self.port, EVENTS_PATH, self.bot_user_id)

    async def stop(self) -> None:
        """Stop serving and close the connections."""
        if self._socket is not None:
            await self._socket.close_async()
            self._socket = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self.client.session is not None and not self.client.session.closed:
            await self.client.session.close()
