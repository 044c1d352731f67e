"""The pages over HTTP: escaping, language, security and caching headers, the calendar feed, read-only."""

from __future__ import annotations

import datetime as dt
import re
import urllib.error
import urllib.request

import icalendar
import pytest

from bot.request import Asker, Request
from web_fixtures import BEFORE, bundled_bot, chair_says, delegate_says, hostile_bot
from web_support import page_server

PAGE = "/m/itu-t-sg17-2020-08"


@pytest.fixture
def bot():
    return bundled_bot()


@pytest.fixture
def server(bot):
    with page_server(bot) as running:
        yield running


def text_of(server, path, **headers):
    status, response_headers, body = server.get(path, headers)
    return status, response_headers, body.decode("utf-8")


def test_the_live_page_shows_the_item_since_when_and_the_agenda_marked(server, bot):
    chair_says(bot, "/item 3h")
    status, headers, html = text_of(server, PAGE)
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<strong class="current-item"><span class="label">3 h)</span> Collaboration with IEC' in html
    assert "Since <time datetime=\"2020-08-24T09:30:00Z\" data-style=\"time\">11:30 Geneva (CEST, UTC+2)</time>" in html
    assert re.search(r'<li class="level-2 current" data-ref="3h" aria-current="true">', html)
    assert html.count('aria-current="true"') == 2  # the item, and English in the language switch


def test_a_break_shows_when_the_session_resumes(server, bot):
    chair_says(bot, "/item 3h")
    chair_says(bot, "/break 15m")
    html = text_of(server, PAGE)[2]
    assert "On a break; the session resumes at <time datetime=\"2020-08-24T09:45:00Z\"" in html


def test_before_the_meeting_the_page_counts_down_to_the_opening():
    with page_server(bundled_bot(BEFORE)) as server:
        html = text_of(server, PAGE)[2]
    assert "No session is open." in html
    assert "The meeting opens <time datetime=\"2020-08-24T09:00:00Z\"" in html and ">in 4 days<" in html


def test_french_from_the_browser_and_english_by_the_switch(server):
    status, headers, html = text_of(server, PAGE, **{"Accept-Language": "fr-CH,fr;q=0.9,en;q=0.5"})
    assert '<html lang="fr">' in html and "Ordre du jour" in html and "Genève" in html
    assert headers["Vary"] == "Accept-Language"
    html = text_of(server, PAGE + "?lang=en", **{"Accept-Language": "fr-FR"})[2]
    assert '<html lang="en">' in html and "Agenda" in html
    assert '<a href="?lang=fr" hreflang="fr" lang="fr">Français</a>' in html


def test_hostile_text_from_the_meeting_file_and_from_chat_is_text():
    bot = hostile_bot()
    chair_says(bot, "/item 1", name="<b>Chair</b>")
    delegate_says(bot, "/floor <script>alert('entity')</script> ACME", name="Eve <img src=x>", user_id="UEVE")
    with page_server(bot) as server:
        html = text_of(server, "/m/hostile-meeting")[2]
        index = text_of(server, "/")[2]
    assert "<script>alert" not in html and "<img src=x" not in html and "<iframe" not in html
    assert "&lt;script&gt;alert(&#39;agenda&#39;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#39;entity&#39;)&lt;/script&gt; ACME" in html
    assert "Eve &lt;img src=x&gt;" in html
    assert "Agenda&#39; onmouseover=&#39;alert(3)" in html
    assert "Results {{ 7*7 }} ${7*7}" in html  # not evaluated as a template
    assert "Meeting &#34;&lt;b&gt;bold&lt;/b&gt;&#34; &amp; &lt;img" in index
    assert "UEVE" not in html and "UCHAIR9" not in html and "&lt;b&gt;Chair" not in html


def test_security_and_caching_headers(server):
    headers = text_of(server, PAGE)[1]
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Cache-Control"].startswith("public, max-age=")
    status, again, body = server.get(PAGE, {"If-None-Match": headers["ETag"]})
    assert status == 304 and body == b""


def test_the_page_has_no_inline_script_or_style(server):
    html = text_of(server, PAGE)[2]
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/page.js" defer>']
    assert " style=" not in html and "<style" not in html and " on" not in re.sub(r"[^<]*(<[^>]*>)?", r"\1", html)


def test_static_files_are_served_and_cached(server):
    status, headers, body = server.get("/static/page.js")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript") and b"EventSource" in body
    assert "max-age=3600" in headers["Cache-Control"]
    assert server.get("/static/secret.py")[0] == 404
    assert server.get("/static/..%2Froutes.py")[0] == 404


def test_an_unknown_meeting_is_a_page_saying_so(server):
    status, _, html = text_of(server, "/m/sg99-nowhere")
    assert status == 404 and "No meeting sg99-nowhere here." in html


def test_the_meetings_list_links_the_live_page(server):
    html = text_of(server, "/")[2]
    assert '<a href="/m/itu-t-sg17-2020-08?lang=en">Virtual meeting of ITU-T Study Group 17 (Security)</a>' in html
    assert "<span class=\"phase\">now</span>" in html


def test_the_calendar_feed_with_etag_and_last_modified(server):
    status, headers, body = server.get(PAGE + ".ics")
    assert status == 200 and headers["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(body)
    assert any(event.get("summary") == "Deadline: Registration" for event in calendar.walk("VEVENT"))
    assert headers["ETag"] and headers["Last-Modified"].endswith("GMT")
    assert server.get(PAGE + ".ics", {"If-None-Match": headers["ETag"]})[0] == 304
    assert server.get(PAGE + ".ics", {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert server.get(PAGE + ".ics", {"If-None-Match": '"other"'})[0] == 200
    second = server.get(PAGE + ".ics")
    assert second[2] == body and second[1]["Last-Modified"] == headers["Last-Modified"]
    french = server.get(PAGE + ".ics?lang=fr")[2].decode()
    assert "Échéance : Inscription" in french.replace("\r\n ", "")


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_nothing_changes_state_through_the_pages(server, bot, method):
    before = bot.store.stamp()
    for path in (PAGE, "/api/v1/meetings/itu-t-sg17-2020-08", "/", PAGE + "/events"):
        request = urllib.request.Request(server.url + path, data=b"/item 3h", method=method)
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=5)
        assert refused.value.code == 405
    assert bot.store.stamp() == before


def test_an_item_left_open_after_the_meeting_is_not_shown_as_under_discussion():
    bot = bundled_bot()
    chair_says(bot, "/item 3h")
    bot.clock.set(dt.datetime(2026, 12, 1, 9, tzinfo=dt.timezone.utc))
    with page_server(bot) as server:
        html = text_of(server, PAGE)[2]
    assert "Under discussion" not in html and 'class="current-item"' not in html and "aria-current=\"true\" data" not in html
    assert "Last item discussed: 3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1, announced " \
           "<time datetime=\"2020-08-24T09:30:00Z\"" in html
    assert "No session is open." in html and "The meeting is over." in html


@pytest.mark.parametrize("at, says, not_said", [
    (BEFORE, "The meeting opens <time datetime=\"2020-08-24T09:00:00Z\"", "Under way"),
    (dt.datetime(2020, 8, 25, 9, tzinfo=dt.timezone.utc), "Under way; the meeting ends Thu 3 Sep 2020",
     "The meeting opens"),
    (dt.datetime(2021, 1, 5, 9, tzinfo=dt.timezone.utc), "The meeting ended on Thu 3 Sep 2020", "The meeting opens"),
], ids=["coming", "now", "over"])
def test_the_meetings_list_says_what_each_meeting_is_doing(at, says, not_said):
    with page_server(bundled_bot(at)) as server:
        html = text_of(server, "/")[2]
    assert says in html and not_said not in html


def test_french_puts_a_space_before_each_colon():
    bot = bundled_bot()
    chair_says(bot, "/item 3h")
    chair_says(bot, "/break 15m")
    with page_server(bot) as server:
        html = text_of(server, PAGE + "?lang=fr")[2]
    assert "Ensuite : 3 i)" in html and "Avant la pause</span> :" in html and "<strong>Pause</strong> :" in html
    assert "</span> : <time" in html  # sessions and deadlines
    assert not re.search(r"(</span>|</strong>|Ensuite):", html)


def test_a_meeting_with_rooms_shows_each_room_titled():
    from deployment_support import SG13, three_router

    router = three_router()
    router.venue(SG13).rooms["wp1"].handle(Request("/item 2", Asker(id="U13WP1CHAIR", name="Chair", is_chair=True)))
    with page_server(router) as server:
        html = text_of(server, f"/m/{SG13}")[2]
        french = text_of(server, f"/m/{SG13}?lang=fr")[2]
        plain = text_of(server, PAGE)[2]
    assert [m for m in re.findall(r'<h3 class="room-title">([^<]*)</h3>', html)] == \
        ["Plenary", "Working Party 1/13", "Working Party 2/13", "Working Party 3/13"]
    assert '<article class="room" data-room="wp1" data-current="2">' in html and "Question 1/13 results" in html
    assert '<h3 class="room-title">Groupe de travail 1/13</h3>' in french and "Plénière" in french
    assert 'class="room-title"' not in plain  # a meeting without rooms: no room titles
