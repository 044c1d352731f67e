"""The console renderer: moments in meeting time plus the reader's zone; dates never shift."""

from __future__ import annotations

import datetime as dt

import pytest
import pytz

from adapters.console.render import TextRenderer
from bot.reply import Day, Field, Moment, Reply, Section, line
from bot.timefmt import find_zone

UTC = dt.timezone.utc
OPENING = Moment(dt.datetime(2020, 8, 24, 9, 0, tzinfo=UTC))
GENEVA_TEXT = "Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2)"


def render_line(meeting, *segments, zone: str | None = None) -> str:
    return TextRenderer(meeting, find_zone(zone) if zone else None).line(line(*segments))


def test_moment_in_meeting_time(meeting):
    assert render_line(meeting, OPENING) == GENEVA_TEXT


def test_moment_given_in_any_zone_reads_the_same(meeting):
    seoul = Moment(pytz.timezone("Asia/Seoul").localize(dt.datetime(2020, 8, 24, 18, 0)))
    assert render_line(meeting, seoul) == GENEVA_TEXT


@pytest.mark.parametrize("zone, added", [
    ("Asia/Seoul", " = 18:00 Seoul (KST, UTC+9)"),
    ("Asia/Shanghai", " = 17:00 Shanghai (CST, UTC+8)"),
    ("America/New_York", " = 05:00 New York (EDT, UTC-4)"),
    ("America/Los_Angeles", " = 02:00 Los Angeles (PDT, UTC-7)"),
    ("UTC", " = 09:00 UTC"),
    ("UTC+5:30", " = 14:30 UTC+5:30"),
], ids=lambda v: v if not v.startswith(" ") else None)
def test_reader_zone_is_added_when_different(meeting, zone, added):
    assert render_line(meeting, OPENING, zone=zone) == GENEVA_TEXT + added


def test_reader_zone_on_another_day_shows_its_date(meeting):
    text = render_line(meeting, OPENING, zone="Pacific/Honolulu")
    assert text == GENEVA_TEXT + " = Sun 23 Aug 2020, 23:00 Honolulu (HST, UTC-10)"


def test_reader_in_meeting_zone_sees_it_once(meeting):
    assert render_line(meeting, OPENING, zone="Europe/Zurich") == GENEVA_TEXT


def test_unknown_reader_zone_sees_meeting_time_only(meeting):
    assert render_line(meeting, OPENING) == GENEVA_TEXT
    assert "=" not in render_line(meeting, OPENING)


def test_time_style(meeting):
    moment = Moment(OPENING.at, style="time")
    assert render_line(meeting, moment) == "11:00 Geneva (CEST, UTC+2)"
    assert render_line(meeting, moment, zone="Asia/Seoul") == "11:00 Geneva (CEST, UTC+2) = 18:00 Seoul (KST, UTC+9)"


def test_date_style_is_never_shifted(meeting):
    moment = Moment(OPENING.at, style="date")
    assert render_line(meeting, moment, zone="Pacific/Honolulu") == "Mon 24 Aug 2020"


def test_moment_after_dst_change_shows_cet(meeting):
    moment = Moment(dt.datetime(2020, 10, 26, 10, 0, tzinfo=UTC))
    assert render_line(meeting, moment) == "Mon 26 Oct 2020, 11:00 Geneva (CET, UTC+1)"


@pytest.mark.parametrize("zone", [None, "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Seoul", "America/Los_Angeles"],
                         ids=lambda v: v or "no zone")
def test_day_is_never_shifted(meeting, zone):
    assert render_line(meeting, "Registration closes ", Day(dt.date(2020, 7, 24)), ".", zone=zone) == \
        "Registration closes Fri 24 Jul 2020."


def test_moment_needs_an_aware_datetime():
    with pytest.raises(ValueError):
        Moment(dt.datetime(2020, 8, 24, 11, 0))


def test_render_whole_reply(meeting):
    reply = Reply(
        title="Opening",
        sections=(Section(heading="When", lines=(line("Opens ", OPENING),),
                          fields=(Field("Date", (Day(dt.date(2020, 8, 24)),)),)),),
        footer="See /meeting",
    )
    text = TextRenderer(meeting, find_zone("Asia/Seoul")).render(reply)
    assert text == (
        "Opening\n=======\n\n"
        "## When\n"
        f"Opens {GENEVA_TEXT} = 18:00 Seoul (KST, UTC+9)\n"
        "  Date: Mon 24 Aug 2020\n\n"
        "(See /meeting)"
    )
