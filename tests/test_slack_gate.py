"""Requests to ``/slack/events`` are verified before anything parses them: refused with 401, 400, 404 or 413,
one log line, no traceback, nothing done. Sent to the real HTTP server of the Slack service."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from pathlib import Path
from typing import Any, AsyncIterator, Callable, Iterator
from urllib.parse import urlencode

import pytest
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from adapters.slack.gate import MAX_BODY_BYTES, Refused, SlackGate, Verified
from fakes.slack_harness import FORM, Harness, harness, header, run
from fakes.slack_requests import SIGNING_SECRET, command_body, event_payload, json_body, mention, signature

BODIES = Path(__file__).resolve().parent / "data" / "slack_bodies"
JSON = "application/json"


def headers_with(timestamp: str | None, signed: str | None, content_type: str = JSON) -> dict[str, str]:
    """Request headers with the timestamp and signature given as is (None: left out)."""
    headers = {"Content-Type": content_type}
    if timestamp is not None:
        headers["X-Slack-Request-Timestamp"] = timestamp
    if signed is not None:
        headers["X-Slack-Signature"] = signed
    return headers


def now() -> str:
    return str(int(time.time()))


def signed_by(secret: str, body: str, stamp: str | None = None) -> str:
    return signature(secret, stamp or now(), body)


async def send(h: Harness, body: bytes, headers: dict[str, str]) -> int:
    """POST to the service; the status."""
    async with h.http.post(h.url, data=body, headers=headers) as response:
        await response.read()
        return response.status


def refused_cleanly(caplog: pytest.LogCaptureFixture, status: int) -> None:
    """Exactly one log line about the refusal, and no traceback or error anywhere in the log."""
    lines = [r for r in caplog.records if r.name == "adapters.slack.service"]
    assert len(lines) == 1, caplog.text
    assert f"refused ({status})" in lines[0].getMessage() and "\n" not in lines[0].getMessage()
    assert not any(r.exc_info or r.levelno >= logging.ERROR for r in caplog.records), caplog.text
    assert "Traceback" not in caplog.text


async def nothing_was_done(h: Harness) -> None:
    """No call to Slack came of it, and the bot still answers (the agenda did not move)."""
    await asyncio.sleep(0.2)
    assert h.fake.calls == [c for c in h.fake.calls if c.method == "auth.test"]
    assert "3 h)" not in str((await h.answer("/now"))["blocks"])


BODY = '{"type": "event_callback"}'
FORGED = ("f" * 32)


def signed_at(offset: int, body: str = BODY) -> dict[str, str]:
    """Headers of ``body`` signed with the right secret, timestamped ``offset`` seconds from now."""
    stamp = str(int(time.time()) + offset)
    return headers_with(stamp, signed_by(SIGNING_SECRET, body, stamp))


UNSIGNED: list[tuple[str, str, Callable[[], dict[str, str]]]] = [  # headers made when the test runs
    ("json brace, no signature", "{", lambda: headers_with(None, None)),
    ("timestamp abc", BODY, lambda: headers_with("abc", signed_by(SIGNING_SECRET, BODY, "abc"))),
    ("timestamp 1e9", BODY, lambda: headers_with("1e9", signed_by(SIGNING_SECRET, BODY, "1e9"))),
    ("timestamp 123.0", BODY, lambda: headers_with("123.0", signed_by(SIGNING_SECRET, BODY, "123.0"))),
    ("timestamp empty", BODY, lambda: headers_with("", "v0=" + "0" * 64)),
    ("timestamp in Arabic digits", BODY, lambda: headers_with("١٧٠٠٠٠٠٠٠٠", "v0=" + "0" * 64)),
    ("timestamp of 30 digits", BODY, lambda: headers_with("9" * 30, "v0=" + "0" * 64)),
    ("no signature", BODY, lambda: headers_with(now(), None)),
    ("signature not v0", BODY, lambda: headers_with(now(), "v1=" + "0" * 64)),
    ("signature too short", BODY, lambda: headers_with(now(), "v0=abc")),
    ("forged signature", BODY, lambda: headers_with(now(), signed_by(FORGED, BODY))),
    ("forged, json brace", "{", lambda: headers_with(now(), signed_by(FORGED, "{"))),
    ("stale", BODY, lambda: signed_at(-301)),
    ("from the future", BODY, lambda: signed_at(+301)),
]


@pytest.mark.parametrize("body, headers", [(b, h) for _, b, h in UNSIGNED], ids=[i for i, _, _ in UNSIGNED])
def test_a_request_not_signed_by_slack_gets_401_one_line_and_changes_nothing(caplog, body, headers):
    async def scenario(h: Harness) -> None:
        caplog.clear()
        assert await send(h, body.encode(), headers()) == 401
        refused_cleanly(caplog, 401)
        await nothing_was_done(h)
    caplog.set_level(logging.INFO)
    run(scenario)


def test_a_request_signed_within_the_five_minutes_is_answered():
    async def scenario(h: Harness) -> None:
        for offset, user in ((-290, "UDELEGATE"), (0, "UFRENCH"), (290, "UGROUPCHAIR")):  # each new: answered
            body = command_body("/agenda", "3h", user, h.fake.response_url())  # at the response URL
            assert await send(h, body.encode(), {**signed_at(offset, body), "Content-Type": FORM}) == 200
        assert len(await h.fake.wait_for("response_url", 3)) == 3
    run(scenario)


def test_a_body_that_is_not_utf8_gets_401():
    async def scenario(h: Harness) -> None:
        stamp = now()
        raw = b'{"type": "\xff"}'
        mac = signature(SIGNING_SECRET, stamp, raw.decode("latin-1"))
        assert await send(h, raw, headers_with(stamp, mac)) == 401
    run(scenario)


def test_a_repeated_signature_header_gets_401(caplog):
    async def scenario(h: Harness) -> None:
        body = command_body("/item", "3h", "UCHAIR", h.fake.response_url())
        stamp = now()
        headers = [("Content-Type", FORM), ("X-Slack-Request-Timestamp", stamp),
                   ("X-Slack-Signature", signature(SIGNING_SECRET, stamp, body)), ("X-Slack-Signature", "v0=" + "0" * 64)]
        caplog.clear()
        async with h.http.post(h.url, data=body.encode(), headers=headers) as response:
            assert response.status == 401
        refused_cleanly(caplog, 401)
        await nothing_was_done(h)
    caplog.set_level(logging.INFO)
    run(scenario)


CASES = sorted(BODIES.iterdir())


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_a_signed_body_slack_could_not_have_sent_gets_400_or_404_one_line_and_changes_nothing(caplog, path):
    status = int(path.stem.split("-")[0])
    body = path.read_text(encoding="utf-8")
    content_type = FORM if path.suffix == ".form" else JSON

    async def scenario(h: Harness) -> None:
        caplog.clear()
        assert await send(h, body.encode(), headers_with(now(), signed_by(SIGNING_SECRET, body), content_type)) \
            == status
        refused_cleanly(caplog, status)
        await nothing_was_done(h)
    caplog.set_level(logging.INFO)
    run(scenario)


@pytest.mark.parametrize("opening, closing, depth", [("[", "]", 100_000), ('{"a":', "}", 50_000)],
                         ids=["lists nested 100,000 deep", "objects nested 50,000 deep"])
def test_a_signed_body_nested_too_deep_gets_400(caplog, opening, closing, depth):
    async def scenario(h: Harness) -> None:
        body = opening * depth + ("1" if opening != "[" else "") + closing * depth
        caplog.clear()
        assert await send(h, body.encode(), headers_with(now(), signed_by(SIGNING_SECRET, body))) == 400
        refused_cleanly(caplog, 400)
    caplog.set_level(logging.INFO)
    run(scenario)


async def chunks(total: int) -> AsyncIterator[bytes]:
    """A body sent in chunks (no Content-Length), ``total`` bytes in all."""
    block = b"x" * 65_536
    sent = 0
    while sent < total:
        piece = block[: total - sent]
        sent += len(piece)
        yield piece


def test_a_body_over_the_cap_gets_413_without_being_read(caplog):
    async def scenario(h: Harness) -> None:
        caplog.clear()
        big = b"x" * (MAX_BODY_BYTES + 1)
        assert await send(h, big, headers_with(now(), signed_by(SIGNING_SECRET, big.decode()))) == 413
        refused_cleanly(caplog, 413)
        caplog.clear()
        assert await send(h, chunks(MAX_BODY_BYTES + 1), headers_with(now(), "v0=" + "0" * 64)) == 413  # type: ignore[arg-type]
        refused_cleanly(caplog, 413)
        await nothing_was_done(h)
    caplog.set_level(logging.INFO)
    run(scenario)


def test_a_signed_event_just_under_the_cap_is_answered():
    async def scenario(h: Harness) -> None:
        payload = event_payload(mention("/agenda 3h", "UDELEGATE"))
        payload["padding"] = ""
        payload["padding"] = "x" * (MAX_BODY_BYTES - len(json_body(payload)))
        body = json_body(payload)
        assert len(body.encode()) == MAX_BODY_BYTES
        assert await send(h, body.encode(), headers_with(now(), signed_by(SIGNING_SECRET, body))) == 200
        answered = (await h.fake.wait_for("chat.postEphemeral"))[0]
        assert header(answered).startswith("Agenda item 3 h)")
    run(scenario)


MALFORMED_HTTP = [
    ("content-length abc", b"Content-Length: abc\r\n\r\n{"),
    ("content-length -1", b"Content-Length: -1\r\n\r\n{"),
    ("content-length of 20 digits", b"Content-Length: 99999999999999999999\r\n\r\n{"),
    ("content-length and chunked", b"Content-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
    ("control character in a header", b"X-Slack-Request-Timestamp: 1\x01\r\nContent-Length: 1\r\n\r\n{"),
    ("chunk size not hex", b"Transfer-Encoding: chunked\r\n\r\nzz\r\n"),
]


async def raw_exchange(h: Harness, raw: bytes, close_after_sending: bool = False) -> bytes:
    """Send raw bytes to the service's port; the status line of its answer (empty if none)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", h.service.port)
    writer.write(raw)
    await writer.drain()
    if close_after_sending:
        writer.close()
        return b""
    line = await reader.readline()
    writer.close()
    return line.strip()


@pytest.mark.parametrize("rest", [r for _, r in MALFORMED_HTTP], ids=[i for i, _ in MALFORMED_HTTP])
def test_malformed_http_gets_400_and_one_line_without_traceback(caplog, rest):
    async def scenario(h: Harness) -> None:
        caplog.clear()
        status = await raw_exchange(h, b"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n" + rest)
        assert status.split()[1:2] == [b"400"]
        lines = [r for r in caplog.records if r.levelno >= logging.WARNING]
        assert len(lines) == 1 and "HTTP request refused (400)" in lines[0].getMessage(), caplog.text
        assert not any(r.exc_info for r in caplog.records) and "Traceback" not in caplog.text
        await nothing_was_done(h)
    caplog.set_level(logging.INFO)
    run(scenario)


def test_a_body_cut_short_by_the_client_is_one_line_without_traceback(caplog):
    async def scenario(h: Harness) -> None:
        caplog.clear()
        await raw_exchange(h, b"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                              b"\r\nContent-Length: 10\r\n\r\n{", close_after_sending=True)
        while not [r for r in caplog.records if r.levelno >= logging.WARNING]:
            await asyncio.sleep(0.01)
        refused_cleanly(caplog, 400)
        assert "closed before the whole body" in caplog.text
    caplog.set_level(logging.INFO)
    run(scenario)


GATE = SlackGate(SIGNING_SECRET)
HEADER_TEXT = st.text(st.characters(codec="latin-1", exclude_categories=("Cc",)), max_size=80)


@settings(max_examples=300, deadline=None)
@given(body=st.binary(max_size=300) | st.text(max_size=300).map(str.encode), stamp=HEADER_TEXT | st.none(),
       mac=HEADER_TEXT | st.none(), content_type=st.sampled_from([JSON, FORM, "text/plain", ""]))
def test_the_gate_refuses_any_unsigned_request_without_raising(body, stamp, mac, content_type):
    headers = headers_with(stamp, mac, content_type)
    verdict = GATE.check(body, headers)
    assert isinstance(verdict, Refused) and verdict.status == 401


class Served:
    """The Slack service on an event loop of its own thread, for property tests that send it many requests."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.records: list[logging.LogRecord] = []
        self._handler = logging.Handler(logging.INFO)
        self._handler.emit = self.records.append  # type: ignore[method-assign]

    def __enter__(self) -> "Served":
        self.thread.start()
        self._context = harness()
        self.h = self.call(self._context.__aenter__())
        logging.getLogger().addHandler(self._handler)
        return self

    def __exit__(self, *exc: object) -> None:
        logging.getLogger().removeHandler(self._handler)
        self.call(self._context.__aexit__(None, None, None))
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()

    def call(self, work: Any) -> Any:
        """Run a coroutine on the service's loop and wait for its result."""
        return asyncio.run_coroutine_threadsafe(work, self.loop).result(30)

    async def send_and_settle(self, body: str, content_type: str) -> int:
        """Send ``body`` signed; wait until the work it started is over; the status."""
        status = await send(self.h, body.encode(), headers_with(now(), signed_by(SIGNING_SECRET, body), content_type))
        face = self.h.service.face
        while face is not None and face._tasks:
            await asyncio.sleep(0.005)
        return status


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    with Served() as running:
        yield running


ANY = st.recursive(st.none() | st.booleans() | st.integers() | st.sampled_from(["", "x", "UDELEGATE", "C0PLENARY",
                                                                                 "im", "deadlines", "/agenda 3h"]),
                   lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.sampled_from(
                       ["type", "id", "user", "channel", "text", "team", "subtype", "channel_type", "bot_id", "tab"]),
                       inner, max_size=4), max_leaves=8)
WORD = st.sampled_from(["", "x", "UDELEGATE", "UCHAIR", "C0PLENARY", "D0DM", "im", "home", "deadlines", "/agenda 3h",
                        "/next", "/now", "<@UBOT> /deadlines", "/nonsense &lt;!channel&gt;"])


def mostly(good: st.SearchStrategy[Any], odd: st.SearchStrategy[Any], odds: int = 6) -> st.SearchStrategy[Any]:
    """``good`` ``odds`` times in ``odds + 1``, else ``odd`` (most requests must reach Bolt to test it)."""
    return st.integers(0, odds).flatmap(lambda n: good if n < odds else odd)


MOSTLY_TEXT = mostly(WORD, ANY)
AUTHORIZATIONS = mostly(st.just([{"team_id": "T1", "user_id": "UBOT", "is_bot": True}]), ANY)
EVENT = st.fixed_dictionaries({"type": st.sampled_from(["app_mention", "message", "app_home_opened", "team_join"]),
                               "user": MOSTLY_TEXT, "channel": MOSTLY_TEXT},
                              optional={"text": MOSTLY_TEXT, "channel_type": MOSTLY_TEXT, "subtype": mostly(st.none(), ANY),
                                        "bot_id": mostly(st.none(), ANY), "tab": MOSTLY_TEXT})
ENVELOPE = st.fixed_dictionaries({"type": st.just("event_callback"), "event": mostly(EVENT, ANY),
                                  "event_id": mostly(st.text("Ev0123456789", min_size=3, max_size=8), ANY)},
                                 optional={"team_id": MOSTLY_TEXT, "authorizations": AUTHORIZATIONS, "team": MOSTLY_TEXT,
                                           "is_ext_shared_channel": mostly(st.booleans(), ANY)})
OTHER = st.dictionaries(st.sampled_from(["type", "event", "challenge", "payload"]), ANY)
COMMAND = st.fixed_dictionaries({"command": st.sampled_from(["/now", "/agenda", "/next", "/item", "/floor", "/x"]),
                                 "user_id": MOSTLY_TEXT, "channel_id": MOSTLY_TEXT},
                                optional={"text": MOSTLY_TEXT, "user_name": MOSTLY_TEXT})


@settings(max_examples=250, deadline=None)
@given(payload=st.integers(0, 9).flatmap(lambda n: ENVELOPE if n < 5 else COMMAND if n < 9 else OTHER))
def test_any_signed_json_gets_an_answer_or_a_refusal_never_a_traceback(served, payload):
    body = json.dumps(payload)
    served.records.clear()
    status = served.call(served.send_and_settle(body, JSON))
    event(f"status {status}")  # --hypothesis-show-statistics: about half the requests reach Bolt
    assert status in (200, 400, 404)
    bad = [r for r in served.records if r.exc_info or r.levelno >= logging.ERROR]
    assert not bad, [(r.name, r.getMessage()) for r in bad]


ACTION = st.fixed_dictionaries({"action_id": mostly(st.sampled_from([f"meetingbot_choice_{n}" for n in range(1, 10)]),
                                                    ANY),
                                "block_id": mostly(st.sampled_from(["meetingbot_choices:0123456789ab", "x", ""]), ANY),
                                "value": mostly(st.sampled_from(["1", "2", "9"]), ANY)},
                               optional={"type": st.just("button")})
CLICK = st.fixed_dictionaries({"type": st.just("block_actions"), "actions": mostly(st.lists(ACTION, min_size=1,
                                                                                              max_size=2), ANY),
                               "user": mostly(st.fixed_dictionaries({"id": WORD}), ANY),
                               "response_url": mostly(st.just("RESPONSE_URL"), ANY)},
                              optional={"channel": mostly(st.fixed_dictionaries({"id": WORD}), ANY),
                                        "team": mostly(st.fixed_dictionaries({"id": st.just("T1")}), ANY),
                                        "container": mostly(st.just({"type": "message", "is_ephemeral": True}), ANY),
                                        "enterprise": mostly(st.none(), ANY)})


@settings(max_examples=150, deadline=None)
@given(payload=CLICK)
@example(payload={"type": "block_actions", "user": {"id": ""}, "response_url": "x",  # no web address to answer at
                  "actions": [{"action_id": "meetingbot_choice_1", "block_id": "meetingbot_choices:0123456789ab",
                               "value": "1"}]})
def test_any_signed_click_gets_an_answer_or_a_refusal_never_a_traceback(served, payload):
    """Slack's response URLs are its own (it signs them); every other field may be anything."""
    body = urlencode({"payload": json.dumps(payload).replace("RESPONSE_URL", served.h.fake.response_url("click"))})
    served.records.clear()
    status = served.call(served.send_and_settle(body, FORM))
    event(f"status {status}")
    assert status in (200, 400, 404)
    bad = [r for r in served.records if r.exc_info or r.levelno >= logging.ERROR]
    assert not bad, [(r.name, r.getMessage()) for r in bad]
