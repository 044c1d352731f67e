"""The JSON API: every answer is checked against the OpenAPI file that describes it (openapi-core)."""

from __future__ import annotations

import json
from importlib import resources
from urllib.parse import parse_qs, urlsplit

import pytest
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from web_fixtures import BEFORE, bundled_bot, chair_says, delegate_says, hostile_bot
from web_support import page_server

SPEC = OpenAPI.from_file_path(str(resources.files("adapters.web").joinpath("openapi.yaml")))
MEETING = "/api/v1/meetings/itu-t-sg17-2020-08"


def checked(server, path):
    """GET ``path``, validate the answer against the OpenAPI file, return status and JSON."""
    status, headers, body = server.get(path)
    parts = urlsplit(path)
    request = MockRequest("http://127.0.0.1", "get", parts.path,
                          args={key: values[0] for key, values in parse_qs(parts.query).items()})
    SPEC.validate_request(request)
    SPEC.validate_response(request, MockResponse(body, status_code=status,
                                                 content_type=headers["Content-Type"].split(";")[0]))
    return status, json.loads(body)


@pytest.mark.parametrize("moves", [(), ("/item 3h",), ("/item 3h", "/break 15m"), ("/item 3h", "/adjourn"),
                                   ("/item 2a", "/next")],
                         ids=["closed", "item", "break", "adjourned", "next"])
@pytest.mark.parametrize("path", ["/api/v1/meetings", MEETING, MEETING + "/live", MEETING + "?lang=fr",
                                  MEETING + "/live?lang=fr"])
def test_every_answer_matches_the_openapi_file(path, moves):
    bot = bundled_bot()
    for move in moves:
        chair_says(bot, move)
    delegate_says(bot, "/floor France", "Kim", "UKIM")
    with page_server(bot) as server:
        assert checked(server, path)[0] == 200


def test_the_live_state_as_json():
    bot = bundled_bot()
    chair_says(bot, "/item 3h")
    chair_says(bot, "/break 15m")
    with page_server(bot) as server:
        status, data = checked(server, MEETING + "/live")
    (room,) = data["rooms"]
    assert room["current"]["ref"] == "3h" and room["on_break"] is True
    assert room["break_until"] == "2020-08-24T09:45:00Z"


def test_the_meeting_before_it_opens_and_in_french():
    with page_server(bundled_bot(BEFORE)) as server:
        status, data = checked(server, MEETING + "?lang=fr")
    assert data["meeting"]["phase"] == "before" and data["lang"] == "fr"
    assert data["agenda"][0]["title"] == "Ouverture de la réunion et allocution de bienvenue"


def test_an_unknown_meeting_is_404_as_described():
    with page_server(bundled_bot()) as server:
        status, data = checked(server, "/api/v1/meetings/nowhere")
        assert status == 404 and data["error"] == "not_found"
        assert checked(server, "/api/v1/meetings/nowhere/live")[0] == 404


def test_hostile_text_is_data_and_no_user_id_appears():
    bot = hostile_bot()
    chair_says(bot, "/item 1", user_id="UCHAIRHIDDEN")
    delegate_says(bot, "/floor <b>ACME</b>", "Eve", "UEVEHIDDEN")
    with page_server(bot) as server:
        status, headers, body = server.get("/api/v1/meetings/hostile-meeting")
    text = body.decode()
    assert json.loads(text)["agenda"][0]["title"] == "Opening <script>alert('agenda')</script>"
    assert "UEVEHIDDEN" not in text and "UCHAIRHIDDEN" not in text
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_the_openapi_file_is_served():
    with page_server(bundled_bot()) as server:
        status, headers, body = server.get("/api/v1/openapi.yaml")
    assert status == 200 and b"openapi: 3.1.0" in body
