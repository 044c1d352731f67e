"""The door of ``/slack/events``: is this request Slack's, whole and readable? Checked before anything parses it.

In order, on the raw bytes:

1. size: over :data:`MAX_BODY_BYTES` → 413, without reading the rest;
2. ``X-Slack-Request-Timestamp`` a whole number of seconds, ``X-Slack-Signature`` of the form
   ``v0=`` + 64 hex digits, the timestamp within Slack's 5 minutes of now, the body UTF-8 text,
   and the signature slack_sdk's :class:`SignatureVerifier` computes → else 401 (not from Slack);
3. the body as Bolt reads it (JSON, a form, or a form's ``payload``), an object with the shape of a
   request Slack sends the bot (:mod:`adapters.slack.shape`) → else 400 (Slack signed it, yet it is
   no request Slack sends), or 404 for a kind of request the bot has no listener for.

Only then does Bolt see the request. Why 1 MB: Slack's own payloads are a few KB (a slash
command is under 1 KB; an event with a 40,000-character message and its blocks, or a modal of
100 blocks, stays well under 1 MB), and a cap bounds what one connection can make the bot hold.
It is also aiohttp's own default.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Mapping

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.signature import Clock, SignatureVerifier

from adapters.slack.shape import shape_problem

MAX_BODY_BYTES = 1024 * 1024
WINDOW_SECONDS = 5 * 60  # SignatureVerifier refuses a timestamp further than this from now, either way
TIMESTAMP = re.compile(r"[0-9]{1,10}")  # ASCII digits only: int() also takes "١٢٣" and " 12 "
SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")


@dataclass(frozen=True)
class Refused:
    """A request turned away: its HTTP status and why (for the one log line; the caller is told less)."""

    status: int
    reason: str

    def response(self) -> web.Response:
        """The HTTP answer: the status and a one-word JSON error, nothing about why."""
        word = {400: "malformed request", 401: "invalid request", 404: "unhandled request",
                413: "request too large"}.get(self.status, "refused")
        return web.json_response({"error": word}, status=self.status)


@dataclass(frozen=True)
class Verified:
    """A request Slack signed, parsed for Bolt; its signature names it (one timestamp and body)."""

    request: AsyncBoltRequest
    timestamp: int
    signature: str


class SlackGate:
    """Reads, verifies and parses requests to ``/slack/events`` for one signing secret."""

    def __init__(self, signing_secret: str, clock: Clock | None = None) -> None:
        self.verifier = SignatureVerifier(signing_secret, clock or Clock())

    async def admit(self, request: web.Request) -> Verified | Refused:
        """The request, verified and parsed for Bolt, or why it is refused."""
        body = await read_body(request)
        if isinstance(body, Refused):
            return body
        return self.check(body, request.headers, request.query_string)

    def check(self, body: bytes, headers: Mapping[str, str], query: str = "") -> Verified | Refused:
        """Verify ``body`` against its headers, then parse it as Bolt will (pure: no network, no state)."""
        timestamps, signatures = every(headers, "x-slack-request-timestamp"), every(headers, "x-slack-signature")
        if not timestamps or not signatures:
            return Refused(401, "not signed (no X-Slack-Request-Timestamp or X-Slack-Signature)")
        if len(timestamps) > 1 or len(signatures) > 1:
            return Refused(401, "the timestamp or the signature is given more than once")
        timestamp, signature = timestamps[0], signatures[0]
        if not TIMESTAMP.fullmatch(timestamp):
            return Refused(401, "the timestamp is not a whole number of seconds")
        if not SIGNATURE.fullmatch(signature):
            return Refused(401, "the signature is not v0= and 64 hex digits")
        if abs(self.verifier.clock.now() - int(timestamp)) > WINDOW_SECONDS:
            return Refused(401, "the timestamp is more than 5 minutes from now")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return Refused(401, "the body is not UTF-8 text, so not signed by Slack")
        if not self.verifier.is_valid(text, timestamp, signature):
            return Refused(401, "the signature does not match")
        try:
            parsed = AsyncBoltRequest(body=text, query=query, headers=headers)  # type: ignore[arg-type]
        except Exception as error:  # Bolt parses and reads the body here: JSON, forms, nested fields
            return Refused(400, f"signed, but the body cannot be read ({type(error).__name__})")
        if not isinstance(parsed.body, dict):
            return Refused(400, "signed, but the body is not a JSON object or a form")
        problem = shape_problem(parsed.body)
        if problem is not None:
            return Refused(problem[0], f"signed, but {problem[1]}")
        return Verified(parsed, int(timestamp), signature)


def every(headers: Mapping[str, str], name: str) -> list[str]:
    """Every value of a header (case-insensitive), repeated or not: aiohttp's ``getall``, else a scan."""
    getall = getattr(headers, "getall", None)
    if getall is not None:
        return list(getall(name, []))
    return [value for key, value in headers.items() if key.lower() == name]


async def read_body(request: web.Request) -> bytes | Refused:
    """The whole body; 413 when it is (or says it is) larger than :data:`MAX_BODY_BYTES`, 400 when it breaks off."""
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        return Refused(413, f"the body is {request.content_length} bytes, over {MAX_BODY_BYTES}")
    try:
        return await request.read()  # the application's client_max_size stops a longer chunked body
    except web.HTTPRequestEntityTooLarge:
        return Refused(413, f"the body is over {MAX_BODY_BYTES} bytes")
    except HttpProcessingError as error:  # a chunked body that is not
        return Refused(400, f"the body is not valid HTTP ({one_line(error.message)})")
    except ConnectionError:
        return Refused(400, "the connection closed before the whole body arrived")


def one_line(text: object) -> str:
    """Text on one line, at most 200 characters (for the log)."""
    return " ".join(str(text).split())[:200]


class OneLineProtocolErrors(logging.Filter):
    """aiohttp's own refusals of malformed HTTP (bad headers, framing) as one warning line, not a traceback.

    aiohttp answers them 400 before any handler runs, and logs each with its traceback at ERROR:
    anyone could fill the log that way. Install on the ``aiohttp.server`` logger.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Keep every record; make one about malformed HTTP a single line."""
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, HttpProcessingError):
            code = getattr(error, "code", 0) or 400
            detail = getattr(error, "message", "") or type(error).__name__
            record.msg, record.args = "%s: HTTP request refused (%s): %s", (record.getMessage(), code, one_line(detail))
            record.exc_info, record.exc_text = None, None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True
