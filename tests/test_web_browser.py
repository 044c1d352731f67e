"""The live page in a real browser: headless Chromium (Debian's) driven by Playwright for Python.

The chair's moves go through the real ``meetingbot run`` on a fake Slack; the page follows them
without a reload. Screenshots for a person are left in ``browser_support.SCREENSHOTS``.
"""

from __future__ import annotations

from typing import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, expect, sync_playwright

from browser_support import CHROMIUM_ARGS, SlackBot, chromium_path, screenshot_path, serious_violations
from fakes.slack_api import ThreadedFakeSlack
from web_fixtures import BEFORE, bundled_bot, chair_says, delegate_says, hostile_bot
from web_support import page_server

PAGE = "/m/itu-t-sg17-2020-08"
DURING = "2020-08-24T11:30:00+02:00"
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def slack_bot(tmp_path) -> Iterator[SlackBot]:
    threaded = ThreadedFakeSlack()
    with threaded as fake:
        fake.add_user("UCHAIR", "Arkadiy", "Europe/Zurich")
        fake.add_user("UDELEGATE", "Kim", "Asia/Seoul")
        running = SlackBot(tmp_path, fake, DURING)
        try:
            yield running
        finally:
            running.stop()


def test_a_chair_s_moves_on_slack_show_on_the_open_page(browser, slack_bot):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(slack_bot.url + PAGE)
    expect(page.locator("#live")).to_contain_text("No session is open.")
    page.locator("body[data-updated]").wait_for(state="attached")  # the update stream is open (a selector, not a
    # script: the page's Content-Security-Policy refuses the eval a polled wait_for_function needs)

    assert slack_bot.command("/item 3h") == 200
    expect(page.locator(".current-item")).to_contain_text("3 h) Collaboration with IEC", timeout=1000)
    expect(page.locator(".agenda li.current")).to_have_attribute("data-ref", "3h", timeout=1000)
    page.screenshot(path=screenshot_path("desktop"), full_page=True)

    assert slack_bot.command("/break 15m") == 200
    expect(page.locator(".break")).to_contain_text("resumes at 11:45 Geneva", timeout=1000)
    page.screenshot(path=screenshot_path("break"), full_page=False)

    assert slack_bot.command("/adjourn") == 200
    expect(page.locator("#live")).to_contain_text("No session is open.", timeout=1000)
    expect(page.locator(".agenda li.current")).to_have_count(0, timeout=1000)
    expect(page.locator("#live")).to_contain_text("Last item discussed: 3 h)")
    page.close()


def test_times_in_the_reader_s_zone(browser):
    with page_server(bundled_bot(BEFORE)) as server:
        context = browser.new_context(timezone_id="Asia/Seoul")
        page = context.new_page()
        page.goto(server.url + PAGE)
        opening = page.locator("#sessions li[data-id='opening']")
        expect(opening).to_contain_text("11:00 Geneva")
        expect(opening.locator(".yours")).to_contain_text("18:00")
        expect(page.locator(".status .yours")).to_contain_text("18:00")
        context.close()


def test_the_page_is_french_for_a_french_browser_with_a_switch_to_english(browser):
    bot = bundled_bot()
    chair_says(bot, "/item 3h")
    with page_server(bot) as server:
        context = browser.new_context(locale="fr-FR", timezone_id="America/New_York")
        page = context.new_page()
        page.goto(server.url + PAGE)
        expect(page.locator("html")).to_have_attribute("lang", "fr")
        expect(page.locator("#agenda-heading")).to_have_text("Ordre du jour")
        expect(page.locator(".current-item")).to_contain_text("Collaboration avec")
        expect(page.locator("#now .since .yours")).to_contain_text("(05:30, votre heure)")
        page.screenshot(path=screenshot_path("french"), full_page=False)
        page.get_by_role("link", name="English").click()
        expect(page.locator("#agenda-heading")).to_have_text("Agenda")
        context.close()


def test_a_phone_has_no_horizontal_scrolling_and_axe_finds_nothing_serious(browser):
    bot = bundled_bot()
    chair_says(bot, "/item 3h")
    delegate_says(bot, "/floor Republic of Korea", "Kim", "UKIM")
    with page_server(bot) as server:
        for viewport, name in ((PHONE, "phone"), ({"width": 1920, "height": 1080}, None)):
            context = browser.new_context(viewport=viewport)
            page = context.new_page()
            page.goto(server.url + PAGE)
            expect(page.locator(".queue")).to_contain_text("Kim (Republic of Korea)")
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
            if name:
                page.screenshot(path=screenshot_path(name), full_page=False)
            assert serious_violations(Axe().run(page)) == []
            context.close()
        page = browser.new_page()
        page.goto(server.url + "/")
        assert serious_violations(Axe().run(page)) == []
        page.close()


def test_hostile_text_renders_as_text(browser):
    bot = hostile_bot()
    chair_says(bot, "/item 1")
    delegate_says(bot, "/floor <img src=x onerror=alert(9)> ACME", "Eve <b>", "UEVE")
    with page_server(bot) as server:
        page = browser.new_page(viewport=PHONE)
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(server.url + "/m/hostile-meeting")
        expect(page.locator(".agenda li[data-ref='1'] .title")).to_have_text("Opening <script>alert('agenda')</script>")
        expect(page.locator(".queue .entity")).to_have_text("<img src=x onerror=alert(9)> ACME")
        expect(page.locator(".queue .name")).to_have_text("Eve <b>")
        chair_says(bot, "/item 2")  # the same text through the update stream
        expect(page.locator(".current-item")).to_contain_text("Results {{ 7*7 }} ${7*7}", timeout=1000)
        assert page.evaluate("document.querySelectorAll('script').length") == 1
        assert page.evaluate("document.querySelectorAll('img, iframe, b').length") == 0
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        assert dialogs == []
        page.close()


def test_without_javascript_the_page_is_whole(browser):
    bot = bundled_bot()
    chair_says(bot, "/item 3h")
    with page_server(bot) as server:
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(server.url + PAGE)
        expect(page.locator(".current-item")).to_contain_text("3 h) Collaboration with IEC")
        expect(page.locator(".agenda li[aria-current='true']")).to_have_attribute("data-ref", "3h")
        expect(page.locator(".yours")).to_have_count(0)
        context.close()
