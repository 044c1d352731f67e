"""The Slack renderer: Block Kit and fallback text, date tokens with meeting time, days never shifted."""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.slack.render import MAX_BLOCKS, MAX_FIELDS, SlackRenderer, home_view
from bot.reply import Day, Field, Moment, Reply, Section, simple

UTC = dt.timezone.utc
OPENING = dt.datetime(2020, 8, 24, 9, 0, tzinfo=UTC)  # 11:00 Geneva
STAMP = int(OPENING.timestamp())


@pytest.fixture
def renderer(meeting):
    return SlackRenderer(meeting)


def test_datetime_moment_is_a_date_token_with_meeting_time_beside(renderer):
    assert renderer.moment(Moment(OPENING)) == (
        f"<!date^{STAMP}^{{date_short_pretty}} {{time}}|Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2)>"
        " (Mon 24 Aug 2020, 11:00 Geneva)")


def test_time_moment_shows_the_time_only(renderer):
    assert renderer.moment(Moment(OPENING, "time")) == (
        f"<!date^{STAMP}^{{time}}|11:00 Geneva (CEST, UTC+2)> (11:00 Geneva)")


def test_date_moment_is_the_meeting_date_as_text(renderer):
    late = dt.datetime(2020, 8, 23, 23, 30, tzinfo=UTC)  # already 24 Aug in Geneva
    assert renderer.moment(Moment(late, "date")) == "Mon 24 Aug 2020"


def test_day_is_plain_text_never_a_token(renderer):
    out = renderer.line((Day(dt.date(2020, 7, 24)), " & more"))
    assert out == "Fri 24 Jul 2020 &amp; more"
    assert "<!date" not in out


def test_french_dates(meeting):
    out = SlackRenderer(meeting, "fr").line((Day(dt.date(2020, 7, 24)),))
    assert out.startswith("ven.") and "juil." in out


def test_blocks_have_header_sections_fields_and_context(renderer):
    reply = Reply(title="Meeting", footer="Questions: tsbsg17@itu.int", sections=(
        Section(heading="When", lines=(("Opens ", Moment(OPENING)),), fields=(Field("Where", ("Online",)),)),))
    blocks = renderer.blocks(reply)
    assert [b["type"] for b in blocks] == ["header", "section", "section", "context"]
    assert blocks[0]["text"] == {"type": "plain_text", "text": "Meeting", "emoji": True}
    assert blocks[1]["text"]["text"].startswith("*When*\nOpens <!date^")
    assert blocks[2]["fields"][0]["text"] == "*Where*\nOnline"
    assert blocks[3]["elements"][0]["text"] == "Questions: tsbsg17@itu.int"


def test_fallback_text_has_meeting_time_and_no_tokens(renderer):
    text = renderer.text(Reply(title="T", sections=(Section(lines=(("Opens ", Moment(OPENING)),)),)))
    assert text == "T\nOpens Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2)"


def test_hostile_data_is_escaped_everywhere(renderer):
    reply = Reply(title="<!channel> @here", footer="<@U123>", sections=(
        Section(heading="<!here>", lines=(("<script>&",),), fields=(Field("<!everyone>", ("<#C1>",)),)),))
    rendered = renderer.render(reply)
    mrkdwn = str(rendered.blocks[1:]) + rendered.text
    for bad in ("<!channel>", "<!here>", "<!everyone>", "<@U123>", "<#C1>", "<script>"):
        assert bad not in mrkdwn
    assert "&lt;script&gt;&amp;" in mrkdwn
    assert "@here" not in rendered.blocks[0]["text"]["text"]


def test_many_fields_are_split_ten_to_a_block(renderer):
    fields = tuple(Field(f"F{i}", (str(i),)) for i in range(23))
    blocks = renderer.blocks(Reply(title="T", sections=(Section(fields=fields),)))
    assert [len(b["fields"]) for b in blocks[1:]] == [MAX_FIELDS, MAX_FIELDS, 3]


def test_long_replies_stay_within_slack_limits(renderer):
    lines = tuple((("x" * 200),) for _ in range(100))
    sections = tuple(Section(heading=f"H{i}", lines=lines) for i in range(60))
    blocks = renderer.blocks(Reply(title="T" * 400, sections=sections))
    assert len(blocks) == MAX_BLOCKS
    assert len(blocks[0]["text"]["text"]) == 150
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks if b["type"] == "section" and "text" in b)
    assert len(renderer.text(Reply(title="T", sections=sections))) <= 3000


def test_home_view_holds_the_title_and_each_reply(renderer):
    view = home_view(renderer, "SG17", [simple("Now", "Item 3h"), simple("Deadlines", "None")])
    assert view["type"] == "home"
    texts = [b.get("text", {}).get("text") for b in view["blocks"]]
    assert texts[0] == "SG17" and "*Now*" in texts and "Item 3h" in texts and "*Deadlines*" in texts
