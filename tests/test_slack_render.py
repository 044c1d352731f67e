"""The Slack renderer: Block Kit and fallback text, date tokens with meeting time, days never shifted."""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.asked_back import mark
from adapters.slack.render import CHOICE_ACTION, MAX_BLOCKS, MAX_BUTTON_TEXT, MAX_FIELDS, SlackRenderer, home_view
from bot.reply import Choice, Day, Field, Moment, Reply, Section, simple

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


ASKED_BACK = Reply(title="Which do you mean?", footer="Source: letter", sections=(
    Section(lines=(("Your question could mean one of these. Reply with its number.",),)),),
    choices=(Choice(1, "Where is the coffee corner?", "faq:2"), Choice(2, "When is the coffee break?", "faq:3")))


def test_readings_asked_back_are_buttons_that_send_their_number(renderer):
    blocks = renderer.blocks(ASKED_BACK)
    assert [b["type"] for b in blocks] == ["header", "section", "actions", "context"]
    actions = blocks[2]
    assert actions["block_id"] == f"meetingbot_choices:{mark(['faq:2', 'faq:3'])}"
    assert actions["elements"] == [
        {"type": "button", "action_id": "meetingbot_choice_1", "value": "1",
         "text": {"type": "plain_text", "text": "1. Where is the coffee corner?", "emoji": False}},
        {"type": "button", "action_id": "meetingbot_choice_2", "value": "2",
         "text": {"type": "plain_text", "text": "2. When is the coffee break?", "emoji": False}}]
    assert all(CHOICE_ACTION.search(b["action_id"]) for b in actions["elements"])


def test_readings_asked_back_are_numbered_lines_in_the_fallback_text(renderer):
    assert renderer.text(ASKED_BACK).splitlines()[-2:] == ["1. Where is the coffee corner?",
                                                          "2. When is the coffee break?"]


def test_other_readings_give_other_buttons_ids(renderer):
    other = Reply(title="T", choices=(Choice(1, "A", "faq:2"), Choice(2, "B", "faq:4")))
    assert renderer.blocks(other)[-1]["block_id"] != renderer.blocks(ASKED_BACK)[2]["block_id"]


def test_a_long_reading_is_cut_to_slacks_75_characters(renderer):
    reply = Reply(title="T", choices=(Choice(1, "x" * 200, "k1"), Choice(2, "short", "k2")))
    first, second = renderer.blocks(reply)[-1]["elements"]
    assert len(first["text"]["text"]) == MAX_BUTTON_TEXT == 75 and first["text"]["text"].endswith("…")
    assert second["text"]["text"] == "2. short"


def test_a_hostile_reading_is_plain_text_in_its_button_and_escaped_in_the_fallback(renderer):
    hostile = "<!channel> @here <@U123> & <#C1>"
    reply = Reply(title="T", choices=(Choice(1, hostile, "k1"), Choice(2, "fine", "k2")))
    button_text = renderer.blocks(reply)[-1]["elements"][0]["text"]
    fallback = renderer.text(reply)
    assert button_text["type"] == "plain_text"
    for bad in ("<!channel>", "@here", "<@U123>", "<#C1>"):
        assert bad not in button_text["text"] and bad not in fallback
    assert "&lt;!channel&gt;" in fallback and "&amp;" in fallback


def test_the_buttons_and_footer_survive_a_reply_shortened_to_fifty_blocks(renderer):
    sections = tuple(Section(heading=f"H{i}", lines=(("x",),)) for i in range(80))
    blocks = renderer.blocks(Reply(title="T", sections=sections, footer="F", choices=ASKED_BACK.choices))
    assert len(blocks) == MAX_BLOCKS
    assert [b["type"] for b in blocks[-3:]] == ["context", "actions", "context"]
    assert blocks[-3]["elements"][0]["text"] == "(shortened)" and blocks[-1]["elements"][0]["text"] == "F"


def test_a_reply_without_readings_has_no_buttons(renderer):
    assert "actions" not in [b["type"] for b in renderer.blocks(simple("T", "line"))]
