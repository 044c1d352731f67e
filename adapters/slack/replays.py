"""Slack requests acted on once: a signed request sent again gets the first answer and changes nothing.

A request is named by its signature (the HMAC of its timestamp and body: one signature, one
request) and claimed in the store (:mod:`bot.replay_guard`) before Bolt sees it, so a copy
that reaches another process on the same database, or this one after a restart, is caught
too. The claim is kept until Slack's window around the request's timestamp has passed (plus
a minute for clocks that disagree); after that Slack's signature check refuses the copy anyway.

A copy that arrives while the first is still being answered waits for that answer, up to
:data:`REPEAT_WAIT_SECONDS` (inside Slack's 3 seconds), then gets an empty acknowledgement.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

from slack_bolt.response import BoltResponse

from adapters.slack.gate import WINDOW_SECONDS, Verified
from bot.replay_guard import ReplayGuard

log = logging.getLogger(__name__)

SKEW_SECONDS = 60  # replicas whose clocks differ by up to this still catch each other's copies
REPEAT_WAIT_SECONDS = 2.0
POLL_SECONDS = 0.02


def stored(response: BoltResponse) -> dict[str, Any]:
    """A Bolt response as a JSON document: status, body and headers (cookies are not kept)."""
    return {"status": response.status, "body": response.body, "headers": response.first_headers_without_set_cookie()}


def restored(answer: Any) -> BoltResponse | None:
    """The Bolt response a stored answer describes, or None when it is not one."""
    if not isinstance(answer, dict) or not isinstance(answer.get("status"), int) \
            or not isinstance(answer.get("body"), str):
        return None
    headers = answer.get("headers") if isinstance(answer.get("headers"), dict) else {}
    return BoltResponse(status=answer["status"], body=answer["body"],
                        headers={str(k): str(v) for k, v in headers.items()})


class SlackReplays:
    """Claims signed Slack requests in the store and answers their copies with the first answer."""

    def __init__(self, guard: ReplayGuard, wait: float = REPEAT_WAIT_SECONDS) -> None:
        self.guard = guard
        self.wait = wait

    async def claim(self, verified: Verified) -> BoltResponse | None:
        """None the first time (act on it, then :meth:`remember`); for a copy, the answer to give instead."""
        expires = dt.datetime.fromtimestamp(verified.timestamp + WINDOW_SECONDS + SKEW_SECONDS, dt.timezone.utc)
        claim = await asyncio.to_thread(self.guard.claim, verified.signature, expires)  # may wait for a lock
        if claim.first:
            return None
        answer = restored(claim.answer)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.wait
        while answer is None and loop.time() < deadline:  # the first is still being answered, here or elsewhere
            await asyncio.sleep(POLL_SECONDS)
            answer = restored(self.guard.answer(verified.signature))
        log.info("Slack request sent again (timestamp %s): answered as the first time, nothing done%s",
                 verified.timestamp, "" if answer else " (its first answer was not ready: empty ack)")
        return answer or BoltResponse(status=200, body="")

    async def remember(self, verified: Verified, response: BoltResponse) -> None:
        """Keep the first answer for the copies to come."""
        await asyncio.to_thread(self.guard.record, verified.signature, stored(response))
