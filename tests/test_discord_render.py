"""The Discord renderer: timestamps with meeting time beside them, plain dates, and Discord's embed limits."""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.asked_back import mark
from adapters.discord.render import (BUTTON_LABEL_MAX, CHOICE_ID, DESCRIPTION_MAX, FIELD_MAX, MESSAGE_MAX, OK_COLOUR,
                                     PROBLEM_COLOUR, TEXT_MAX, EmbedRenderer, SealedEmbed, choice_view, files,
                                     lang_for, sealed)
from bot.reply import Attachment, Choice, Day, Field, Moment, Reply, Section, line
from bot.request import Asker, Request

UTC = dt.timezone.utc
OPENING = dt.datetime(2020, 8, 24, 9, 0, tzinfo=UTC)
UNIX = int(OPENING.timestamp())


def test_a_moment_is_a_discord_timestamp_with_meeting_time_beside_it(meeting):
    text = EmbedRenderer(meeting).line(line("Opens ", Moment(OPENING), "."))
    assert text == f"Opens <t:{UNIX}:F> (<t:{UNIX}:R>; Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2))."


def test_a_time_of_day_is_a_short_timestamp(meeting):
    assert EmbedRenderer(meeting).moment(Moment(OPENING, "time")) == f"<t:{UNIX}:t> (11:00 Geneva (CEST, UTC+2))"


@pytest.mark.parametrize("segment", [Day(dt.date(2020, 7, 24)), Moment(dt.datetime(2020, 7, 23, 23, 30, tzinfo=UTC),
                                                                          "date")], ids=["day", "date-style moment"])
def test_dates_are_plain_text_in_meeting_time_never_shifted(meeting, segment):
    text = EmbedRenderer(meeting).line(line(segment))
    assert text == "Fri 24 Jul 2020"
    assert "<t:" not in text


def test_french_dates_follow_the_locale(meeting):
    renderer = EmbedRenderer(meeting, lang_for("fr"))
    assert renderer.line(line(Day(dt.date(2020, 7, 24)))) == "ven. 24 juil. 2020"
    assert "lun. 24 août 2020, 11:00 Genève" in renderer.moment(Moment(OPENING))


@pytest.mark.parametrize("locale, lang", [("fr", "fr"), ("fr-FR", "fr"), ("en-US", "en"), ("en-GB", "en"),
                                          ("de", "en"), (None, "en")])
def test_lang_for_locale(locale, lang):
    assert lang_for(locale) == lang


def test_sections_become_description_and_fields(meeting):
    reply = Reply(title="Registration", footer="Questions: tsbsg17@itu.int", sections=(
        Section(lines=(("First line",), ("Second line",))),
        Section(heading="How", lines=(("Online form",),)),
        Section(fields=(Field("When", line(Day(dt.date(2020, 7, 24)))),)),
    ))
    [embed] = EmbedRenderer(meeting).embeds(reply)
    assert embed.title == "Registration"
    assert embed.description == "First line\nSecond line"
    assert [(f.name, f.value, f.inline) for f in embed.fields] == [("How", "Online form", False),
                                                                    ("When", "Fri 24 Jul 2020", True)]
    assert embed.footer.text == "Questions: tsbsg17@itu.int"
    assert embed.colour.value == OK_COLOUR


def test_a_problem_has_its_own_colour(meeting):
    [embed] = EmbedRenderer(meeting).embeds(Reply(title="Unknown topic", ok=False))
    assert embed.colour.value == PROBLEM_COLOUR


def test_a_long_title_is_cut_to_discords_limit(meeting):
    [embed] = EmbedRenderer(meeting).embeds(Reply(title="x" * 300))
    assert len(embed.title) == 256


def test_a_huge_reply_is_split_within_every_limit(meeting):
    lines = tuple((f"line {n} " + "word " * 30,) for n in range(400))
    sections = (Section(lines=lines), Section(heading="Many", lines=lines),
                Section(fields=tuple(Field(f"f{n}", ("value",)) for n in range(40))))
    renderer = EmbedRenderer(meeting)
    messages = renderer.messages(Reply(title="Huge", sections=sections, footer="end"))
    embeds = [e for message in messages for e in message]
    assert len(messages) > 1
    assert all(len(m) <= 10 and sum(len(e) for e in m) <= MESSAGE_MAX for m in messages)
    assert all(len(e.description or "") <= DESCRIPTION_MAX and len(e.fields) <= 25 for e in embeds)
    assert all(len(f.value) <= FIELD_MAX for e in embeds for f in e.fields)
    assert embeds[0].title == "Huge" and embeds[-1].footer.text == "end"
    text = "".join(e.description or "" for e in embeds)
    assert "line 0 " in text and "line 399 " in text


def test_the_full_agenda_renders_within_limits(meeting, bot):
    reply = bot.handle(Request("/agenda full", Asker("u", "u"), platform="discord"))
    messages = EmbedRenderer(meeting).messages(reply)
    assert all(sum(len(e) for e in m) <= MESSAGE_MAX for m in messages)
    assert "3 h)" in str([e.to_dict() for m in messages for e in m])


def test_text_fallback_is_cut_into_messages_of_2000(meeting):
    reply = Reply(title="T", sections=(Section(lines=tuple((f"row {n} " + "a" * 90,) for n in range(60))),))
    pieces = EmbedRenderer(meeting).text(reply)
    assert len(pieces) > 1 and all(len(p) <= TEXT_MAX for p in pieces)
    assert pieces[0].startswith("**T**\nrow 0 ")


def test_attachments_become_files(meeting):
    reply = Reply(title="Calendar", attachments=(Attachment("m.ics", b"BEGIN:VCALENDAR", "text/calendar"),))
    [attached] = files(reply)
    assert attached.filename == "m.ics" and attached.fp.read() == b"BEGIN:VCALENDAR"


def test_a_sealed_embed_sends_the_same_json_every_time(meeting):
    reply = Reply(title="Deadlines", sections=(Section(heading="Registration", lines=(("24 July",),),
                                                       fields=(Field("How", ("online",)),)),), footer="note")
    [[original]] = EmbedRenderer(meeting).messages(reply)
    [[kept]] = sealed([[original]])
    assert isinstance(kept, SealedEmbed)
    assert kept.to_dict() == original.to_dict() == kept.to_dict()
    kept.to_dict()["title"] = "changed by a caller"
    assert kept.to_dict()["title"] == "Deadlines"


ASKED_BACK = Reply(title="Which do you mean?", footer="Source: letter", sections=(
    Section(lines=(("Your question could mean one of these. Reply with its number.",),)),),
    choices=(Choice(1, "Where is the coffee corner?", "faq:2"), Choice(2, "When is the coffee break?", "faq:3")))


def test_readings_asked_back_are_numbered_lines_of_the_embed_and_of_the_text(meeting):
    [embed] = EmbedRenderer(meeting).embeds(ASKED_BACK)
    assert embed.description.endswith("\n\n1. Where is the coffee corner?\n2. When is the coffee break?")
    assert EmbedRenderer(meeting).text(ASKED_BACK)[0].splitlines()[-3:-1] == [
        "1. Where is the coffee corner?", "2. When is the coffee break?"]


def test_readings_asked_back_are_buttons_that_carry_their_number_and_the_readings_mark():
    view = choice_view(ASKED_BACK)
    offered = mark(["faq:2", "faq:3"])
    assert [row["components"] for row in view.to_components()] == [[
        {"type": 2, "style": 2, "label": "1. Where is the coffee corner?", "disabled": False,
         "custom_id": f"meetingbot_choice:1:{offered}"},
        {"type": 2, "style": 2, "label": "2. When is the coffee break?", "disabled": False,
         "custom_id": f"meetingbot_choice:2:{offered}"}]]
    assert [CHOICE_ID.fullmatch(b.custom_id).groups() for b in view.children] == [("1", offered), ("2", offered)]
    assert view.timeout is None and view.is_finished()  # nothing for discord.py to keep: the client answers clicks


def test_a_reply_without_readings_has_no_buttons(meeting):
    assert choice_view(Reply(title="T")) is None


def test_a_long_reading_is_cut_to_discords_80_characters():
    [button, _] = choice_view(Reply(title="T", choices=(Choice(1, "x" * 200, "a"), Choice(2, "y", "b")))).children
    assert len(button.label) == BUTTON_LABEL_MAX == 80 and button.label.endswith("…")


def test_a_hostile_reading_is_text_in_its_line_and_its_button(meeting):
    hostile = "@everyone <@123456789012345678> **loud** <@&700000000000000010>"
    reply = Reply(title="T", choices=(Choice(1, hostile, "a"), Choice(2, "fine", "b")))
    [embed] = EmbedRenderer(meeting).embeds(reply)
    assert "@everyone" not in embed.description and "<@123456789012345678>" not in embed.description
    assert "<@&700000000000000010>" not in embed.description and "\\*\\*loud\\*\\*" in embed.description
    assert choice_view(reply).children[0].label == f"1. {hostile}"  # a button label is never parsed
