"""/meeting: what, when (meeting time and the asker's zone), how to join, language, contacts, the letter."""

from __future__ import annotations

import pytest

from bot.reply import Moment


@pytest.mark.parametrize("expected", [
    "Virtual meeting of ITU-T Study Group 17 (Security)",
    "ITU-T Study Group 17 (Security), virtual meeting.",
    "Dates: Mon 24 Aug 2020 – Thu 3 Sep 2020 (inclusive)",
    "Opens: Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2)",
    "Chairman: Mr Heung-Youl Youm (Republic of Korea)",
    "Open extended SG17 management team meeting: Sun 23 Aug 2020, 11:00 Geneva (CEST, UTC+2)",
    "Remotely, through MyMeetings.",
    "Register to take part; unconfirmed delegates cannot join MyMeetings, which serves every session, decision-making ones included.",
    "English only, no interpretation.",
    "E-mail: tsbsg17@itu.int",
    "Telephone: +41 22 730 6206",
    "Fax: +41 22 730 5853",
    "Web: http://itu.int/go/tsg17",
    "TSB Collective letter 9/17 (SG 17/XY), Mon 8 Jun 2020",
    "from the Director of the Telecommunication Standardization Bureau (TSB)",
    "A draft time plan will be available on the study group home page and will be updated frequently "
    "before and during the meeting.",
], ids=["title", "body and field", "dates", "opening", "chairman", "management team", "join", "unconfirmed",
        "language", "e-mail", "telephone", "fax", "web", "reference and date", "signed by", "time plan"])
def test_meeting_facts(ask, expected):
    assert expected in ask("/meeting")


@pytest.mark.parametrize("addressee", [
    "Administrations of Member States of the Union",
    "ITU-T Sector Members",
    "ITU-T Associates participating in the work of Study Group 17",
    "academic institutions participating in the work of ITU-T",
])
def test_meeting_names_every_addressee(ask, addressee):
    assert addressee in ask("/meeting")


def test_management_team_meeting_comes_before_opening(ask):
    text = ask("/meeting")
    assert text.index("Sun 23 Aug 2020, 11:00") < text.index("Opening of the SG17 meeting: Mon 24 Aug 2020, 11:00")


def test_meeting_in_the_askers_zone(ask):
    text = ask("/meeting", tz="Asia/Seoul")
    assert "Opens: Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2) = 18:00 Seoul (KST, UTC+9)" in text
    assert "management team meeting: Sun 23 Aug 2020, 11:00 Geneva (CEST, UTC+2) = 18:00 Seoul (KST, UTC+9)" in text


def test_meeting_for_a_reader_in_new_york(ask):
    assert "11:00 Geneva (CEST, UTC+2) = 05:00 New York (EDT, UTC-4)" in ask("/meeting", tz="America/New_York")


def test_meeting_for_a_reader_whose_day_differs(ask):
    text = ask("/meeting", tz="Pacific/Honolulu")
    assert "Opens: Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2) = Sun 23 Aug 2020, 23:00 Honolulu (HST, UTC-10)" in text
    assert "Dates: Mon 24 Aug 2020 – Thu 3 Sep 2020" in text


def test_meeting_times_are_moments_in_the_reply(reply_of):
    moments = [s for s in reply_of("/meeting").segments() if isinstance(s, Moment)]
    assert {m.at.isoformat() for m in moments} >= {"2020-08-24T11:00:00+02:00", "2020-08-23T11:00:00+02:00"}


def test_meeting_answer_does_not_depend_on_now(ask, clock):
    import datetime as dt

    before = ask("/meeting")
    clock.set(dt.datetime(2020, 8, 30, 12, 0, tzinfo=dt.timezone.utc))
    assert ask("/meeting") == before


def test_meeting_points_to_the_other_commands(ask):
    assert "Deadlines: /deadlines · Agenda: /agenda · Rules: /rules · Practical: /info" in ask("/meeting")


def test_meeting_says_only_what_the_file_gives_about_joining(tmp_path):
    import datetime as dt

    from adapters.console.render import TextRenderer
    from bot.clock import FakeClock
    from bot.core import MeetingBot
    from bot.loader import load_meeting
    from bot.meeting_file.template import NewMeeting, meeting_text
    from bot.request import Asker, Request

    new = NewMeeting(body="ITU-T", group=13, title="Virtual meeting of ITU-T Study Group 13",
                     start=dt.date(2021, 3, 1), end=dt.date(2021, 3, 12), timezone="Europe/Zurich",
                     email="tsbsg13@itu.int")
    path = tmp_path / "sg13.yaml"
    path.write_text(meeting_text(new, dt.date(2020, 12, 1)).replace('remote_tool: "TO FILL"',
                                                                    'remote_tool: "MyMeetings"'), encoding="utf-8")
    meeting = load_meeting(path)
    bot = MeetingBot(meeting, FakeClock(dt.datetime(2021, 2, 1, tzinfo=dt.timezone.utc)))
    text = TextRenderer(meeting, None).render(bot.handle(Request("/meeting", Asker(id="kim", name="kim"))))
    assert "Remotely, through MyMeetings." in text
    assert "egistration" not in text and "mandatory" not in text and "for all sessions" not in text
