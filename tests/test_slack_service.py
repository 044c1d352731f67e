"""Starting the Slack service: each bad setting is one clear PlatformError line; the base URL is ours to set."""

from __future__ import annotations

import asyncio

import pytest
from slack_bolt.response import BoltResponse

from adapters.platform import PlatformError
from adapters.slack.service import DEFAULT_API_URL, SlackService, http_response
from bot.clock import FakeClock
from bot.config import BUNDLED_MEETING
from bot.core import MeetingBot
from bot.loader import load_meeting
from fakes.slack_api import APP_TOKEN, BOT_TOKEN, FakeSlack
from fakes.slack_harness import CONFIG, MEETING_DAY, run
from fakes.slack_requests import SIGNING_SECRET


def start_with(env: dict[str, str], with_fake: bool = True) -> str:
    """Start a service with ``env`` (SLACK_API_URL pointing at a fake unless given); return the error line."""
    async def go() -> str:
        fake = FakeSlack()
        await fake.start()
        variables = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                     "SLACK_API_URL": fake.api_url, **env}
        core = MeetingBot(load_meeting(BUNDLED_MEETING), FakeClock(MEETING_DAY))
        service = SlackService(core, CONFIG, variables, port=0, host="127.0.0.1")
        try:
            await service.start()
        except PlatformError as error:
            return str(error)
        finally:
            await service.stop()
            await fake.stop()
        return ""
    return asyncio.run(go())


@pytest.mark.parametrize("env, expected", [
    ({"SLACK_BOT_TOKEN": ""}, "SLACK_BOT_TOKEN is empty"),
    ({"SLACK_BOT_TOKEN": "xoxb-revoked"}, "SLACK_BOT_TOKEN was refused by Slack (invalid_auth)"),
    ({"SLACK_SIGNING_SECRET": ""}, "SLACK_SIGNING_SECRET is not set"),
    ({"SLACK_SIGNING_SECRET": "0123"}, "SLACK_SIGNING_SECRET is wrong"),
    ({"SLACK_APP_TOKEN": "xoxb-not-an-app-token"}, "SLACK_APP_TOKEN is not an app-level token"),
    ({"SLACK_API_URL": "http://127.0.0.1:9/api/"}, "cannot reach the Slack Web API at http://127.0.0.1:9/api/"),
], ids=["no token", "invalid token", "no signing secret", "malformed secret", "bad app token", "unreachable"])
def test_each_bad_setting_is_one_clear_line(env, expected):
    message = start_with(env)
    assert expected in message and "\n" not in message


def test_socket_mode_needs_no_signing_secret():
    assert start_with({"SLACK_APP_TOKEN": APP_TOKEN, "SLACK_SIGNING_SECRET": ""}) == ""


def test_the_web_api_url_defaults_to_slack_and_follows_slack_api_url():
    core = MeetingBot(load_meeting(BUNDLED_MEETING), FakeClock(MEETING_DAY))
    assert SlackService(core, CONFIG, {"SLACK_BOT_TOKEN": BOT_TOKEN}).client.base_url == DEFAULT_API_URL
    custom = SlackService(core, CONFIG, {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_API_URL": "https://slack-gov.com/api"})
    assert custom.client.base_url == "https://slack-gov.com/api/"


def test_the_bot_user_id_comes_from_auth_test():
    async def scenario(h) -> None:
        assert h.service.bot_user_id == "UBOT"
        assert h.fake.called("auth.test")
    run(scenario)


def test_an_answer_goes_to_aiohttp_as_utf8_json_and_an_empty_ack_as_empty_text():
    answer = http_response(BoltResponse(status=200, body='{"text": "ven. 24 juil. 2020 — Genève"}',
                                        headers={"content-type": "application/json;charset=utf-8"}))
    assert answer.status == 200 and answer.content_type == "application/json" and answer.charset == "utf-8"
    assert answer.body.decode("utf-8") == '{"text": "ven. 24 juil. 2020 — Genève"}'
    empty = http_response(BoltResponse(status=200, body=""))
    assert empty.status == 200 and empty.body == b"" and empty.content_type == "text/plain"
    refused = http_response(BoltResponse(status=401, body='{"error": "invalid request"}'))
    assert refused.status == 401 and refused.content_type == "application/json"
