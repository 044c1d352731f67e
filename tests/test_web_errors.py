"""Every 404 and 405 of the pages: the friendly page (HTML, or JSON under /api/) with the security headers,
and a near miss (capital letters, a trailing slash) sent on to the real address."""

from __future__ import annotations

import http.client
import json

import pytest

from adapters.web.errors import canonical_path
from web_fixtures import bundled_bot
from web_support import page_server

PAGE = "/m/itu-t-sg17-2020-08"


@pytest.fixture(scope="module")
def server():
    with page_server(bundled_bot()) as running:
        yield running


def ask(server, path: str, method: str = "GET", lang: str | None = None) -> tuple[int, dict[str, str], bytes]:
    """One request, redirects not followed."""
    connection = http.client.HTTPConnection("127.0.0.1", server.service.port, timeout=10)
    try:
        headers = {"Accept-Language": lang} if lang else {}
        connection.request(method, path, body=b"x" if method == "POST" else None, headers=headers)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def assert_secured(headers: dict[str, str]) -> None:
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "no-referrer"


@pytest.mark.parametrize("path", ["/favicon.ico", "/nowhere/at/all", "/m", "/m/", "/static/secret.py",
                                  "/m/itu-t-sg17-2020-08/agenda", "/robots.txt"])
def test_an_unknown_address_is_the_friendly_page(server, path):
    status, headers, body = ask(server, path)
    assert status == 404 and headers["Content-Type"] == "text/html; charset=utf-8"
    html = body.decode()
    assert "<h1>No page here.</h1>" in html and '<a href="/?lang=en">See the meetings</a>' in html
    assert_secured(headers)


@pytest.mark.parametrize("path", ["/api/v1", "/api", "/api/v2/meetings", "/api/v1/meetings/itu-t-sg17-2020-08/agenda"])
def test_an_unknown_api_address_is_json(server, path):
    status, headers, body = ask(server, path)
    assert status == 404 and headers["Content-Type"] == "application/json; charset=utf-8"
    data = json.loads(body)
    assert data["error"] == "not_found" and "/api/v1/openapi.yaml" in data["message"]
    assert_secured(headers)


def test_the_friendly_page_speaks_french_to_a_french_browser(server):
    status, headers, body = ask(server, "/favicon.ico", lang="fr-FR")
    assert status == 404 and "<h1>Pas de page ici.</h1>" in body.decode()


@pytest.mark.parametrize("path, target", [
    ("/m/ITU-T-SG17-2020-08", PAGE),
    ("/m/itu-t-sg17-2020-08/", PAGE),
    ("/m/ITU-T-SG17-2020-08/?lang=fr", PAGE + "?lang=fr"),
    ("/m/itu-t-sg17-2020-08.ICS", PAGE + ".ics"),
    ("/api/v1/meetings/", "/api/v1/meetings"),
    ("/API/V1/MEETINGS/ITU-T-SG17-2020-08/LIVE", "/api/v1/meetings/itu-t-sg17-2020-08/live"),
], ids=["upper-case", "trailing-slash", "both-and-query", "calendar", "api-slash", "api-upper-case"])
def test_a_near_miss_goes_on_to_the_real_address(server, path, target):
    status, headers, _ = ask(server, path)
    assert status == 301 and headers["Location"] == target
    assert_secured(headers)
    assert ask(server, target)[0] == 200


def test_an_unknown_meeting_in_capitals_is_the_meeting_not_found_page(server):
    status, headers, _ = ask(server, "/m/SG99-NOWHERE")
    assert status == 301 and headers["Location"] == "/m/sg99-nowhere"
    status, headers, body = ask(server, "/m/sg99-nowhere")
    assert status == 404 and "No meeting sg99-nowhere here." in body.decode()


@pytest.mark.parametrize("path, kind", [(PAGE, "text/html"), ("/", "text/html"),
                                        ("/api/v1/meetings", "application/json")])
def test_a_write_is_refused_with_the_friendly_answer(server, path, kind):
    status, headers, body = ask(server, path, method="POST")
    assert status == 405 and headers["Content-Type"].startswith(kind)
    assert "GET" in headers.get("Allow", "GET")
    assert_secured(headers)
    if kind == "text/html":
        assert "read only" in body.decode()
    else:
        assert json.loads(body)["error"] == "method_not_allowed"


@pytest.mark.parametrize("path, expected", [("/m/ITU-T-SG17/", "/m/itu-t-sg17"), ("/", "/"), ("//", "/"),
                                            ("/static/Page.css", "/static/Page.css"), ("/API/v1", "/api/v1")])
def test_the_canonical_address(path, expected):
    assert canonical_path(path) == expected
