"""Read-only answers shared within a second: the same answer as working it out, and never stale.

When hundreds of delegates type /deadlines at once, the core works each distinct answer out once
per second (bot/answer_memo.py). These tests check what a delegate would notice if that went
wrong: someone else's answer, an answer from before the chair moved on, or from an old meeting file.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest

from adapters.console.render import TextRenderer
from bot.answer_memo import AnswerMemo
from bot.core import MeetingBot
from bot.registry import REGISTRY
from bot.request import Asker, Request
from bot.sqlite_store import OTHERS_CHECK_SECONDS, SqliteStore
from live_helpers import OPENING, LiveBot, discussing_3h

READ_ONLY_QUESTIONS = ("/meeting", "/meetings", "/agenda", "/agenda 3h", "/agenda full", "/agenda nonsense", "/deadlines",
                       "/deadlines all", "/rules", "/rules interpretation", "/info", "/now", "/time",
                       "/time Tokyo", "/help", "/help item")


def ask(bot: MeetingBot, text: str, user: str = "kim", *, chair: bool = False, tz: str | None = None,
        lang: str = "en", channel: str | None = None, platform: str = "console"):
    """The core's reply to ``text`` from one asker."""
    return bot.handle(Request(text, Asker(id=user, name=user.title(), is_chair=chair, tz=tz, lang=lang),
                              channel, platform))


@pytest.fixture
def live(meeting) -> LiveBot:
    """A live session: item 3 h under discussion since 11:00 Geneva."""
    return discussing_3h(meeting)


def test_every_read_only_command_is_in_the_questions_checked_here():
    checked = {text.split()[0].lstrip("/") for text in READ_ONLY_QUESTIONS}
    assert {c.name for c in REGISTRY.all() if c.reads_only} == checked


@pytest.mark.parametrize("text", READ_ONLY_QUESTIONS)
@pytest.mark.parametrize("lang, tz, chair", [("en", None, False), ("fr", "Asia/Tokyo", False), ("en", None, True)])
def test_a_shared_answer_is_the_one_each_asker_would_get_alone(meeting, live, text, lang, tz, chair):
    """Who asks, from where and on which platform never changes a read-only answer: sharing it is safe."""
    live.at("11:25")
    alone = MeetingBot(meeting, live.clock, store=live.store)
    alone.memo = AnswerMemo(limit=0)  # keeps nothing: every answer worked out for its asker
    askers = [("kim", "C1", "slack"), ("dupont", None, "discord"), ("wanjiru", "C2", "console")]
    worked_out = [ask(alone, text, user, chair=chair, tz=tz, lang=lang, channel=channel, platform=platform)
                  for user, channel, platform in askers]
    shared = [ask(live.bot, text, user, chair=chair, tz=tz, lang=lang, channel=channel, platform=platform)
              for user, channel, platform in askers]
    assert worked_out[0] == worked_out[1] == worked_out[2]
    assert shared == worked_out
    assert shared[0] is shared[1] is shared[2]


def test_the_same_question_in_the_same_second_is_worked_out_once(live):
    live.at("11:25")
    before = live.bot.memo.computed
    replies = [ask(live.bot, "/deadlines", f"delegate{n}") for n in range(200)]
    assert live.bot.memo.computed == before + 1
    assert all(reply is replies[0] for reply in replies)


def test_different_languages_and_zones_get_their_own_answers(live):
    english = ask(live.bot, "/now")
    french = ask(live.bot, "/now", lang="fr")
    seoul = ask(live.bot, "/time", tz="Asia/Seoul")
    geneva = ask(live.bot, "/time")
    assert english.title != french.title
    assert seoul != geneva


def under_discussion(bot: MeetingBot) -> str:
    """What /now says is under discussion, as the console shows it."""
    text = TextRenderer(bot.meeting).render(ask(bot, "/now"))
    return next(line for line in text.splitlines() if line.startswith("Under discussion:"))


def test_the_chair_moving_on_is_seen_in_the_same_second(live):
    live.at("11:40")
    assert under_discussion(live.bot).startswith("Under discussion: 3 h)")
    live.chair("/next")  # the clock has not moved
    assert under_discussion(live.bot).startswith("Under discussion: 3 i)")


def test_a_saved_time_zone_is_used_at_once(live):
    live.at("11:40")
    before = ask(live.bot, "/time", "kim")
    live.reply("/timezone Asia/Seoul", user="Kim")
    after = ask(live.bot, "/time", "kim")
    assert after != before
    assert "Seoul" in str(after.segments())


def test_a_change_made_by_another_process_is_seen_within_20_ms(meeting, tmp_path):
    path = tmp_path / "meetingbot.db"
    answering = LiveBot(meeting, store=SqliteStore(path))
    chairing = discussing_3h(meeting, SqliteStore(path))  # its own connection, as another process has
    time.sleep(OTHERS_CHECK_SECONDS + 0.01)
    assert under_discussion(answering.bot).startswith("Under discussion: 3 h)")
    chairing.chair("/next")  # the meeting clock has not moved
    time.sleep(OTHERS_CHECK_SECONDS + 0.01)
    assert under_discussion(answering.bot).startswith("Under discussion: 3 i)")


def test_the_next_second_is_worked_out_again(live):
    live.at("11:25")
    first = ask(live.bot, "/deadlines")
    live.clock.advance(dt.timedelta(seconds=1))
    assert ask(live.bot, "/deadlines") is not first


def test_answers_within_one_second_are_the_same_whether_shared_or_not(meeting):
    """Read-only answers are worked out as of the whole second, so sharing them hides nothing."""
    live = discussing_3h(meeting, start=OPENING + dt.timedelta(milliseconds=500))  # item 3 h at 11:00:00.5
    live.clock.set(OPENING + dt.timedelta(minutes=1, milliseconds=200))
    early = ask(live.bot, "/now")
    live.clock.set(OPENING + dt.timedelta(minutes=1, milliseconds=900))
    alone = MeetingBot(meeting, live.clock, store=live.store)
    assert ask(alone, "/now") == early


def test_a_reloaded_meeting_file_is_answered_from_at_once(meeting, live):
    live.at("11:25")
    before = ask(live.bot, "/meeting")
    renamed = meeting.model_copy(update={"title": "SG17, renamed"})
    live.bot.reload(renamed, live.bot.policy)
    after = ask(live.bot, "/meeting")
    assert after.title != before.title
    assert "SG17, renamed" in str(after.segments())


def test_the_memo_keeps_at_most_its_limit_of_answers_a_second(meeting, live):
    live.bot.memo = AnswerMemo(limit=3)
    for zone in ("Asia/Tokyo", "Asia/Seoul", "Europe/Paris", "America/New_York", "Africa/Nairobi"):
        ask(live.bot, "/time", tz=zone)
    assert live.bot.memo.computed == 5
    ask(live.bot, "/time", tz="Asia/Tokyo")
    ask(live.bot, "/time", tz="Africa/Nairobi")
    assert live.bot.memo.computed == 6  # Tokyo was kept, Nairobi (the fifth) was not


def test_a_zone_saved_through_another_process_is_used_at_once(meeting, tmp_path):
    path = tmp_path / "meetingbot.db"
    answering = LiveBot(meeting, store=SqliteStore(path))
    saving = LiveBot(meeting, store=SqliteStore(path))
    before = ask(answering.bot, "/time", "kim")
    saving.reply("/timezone Asia/Seoul", user="Kim")
    time.sleep(OTHERS_CHECK_SECONDS + 0.01)
    after = ask(answering.bot, "/time", "kim")
    assert "Seoul" in str(after.segments()) and after != before
    saving.reply("/timezone clear", user="Kim")
    time.sleep(OTHERS_CHECK_SECONDS + 0.01)
    assert ask(answering.bot, "/time", "kim") == before


@pytest.mark.parametrize("store_kind", ["memory", "sqlite"])
def test_an_agenda_entry_kept_for_a_follow_up_leaves_the_answer_shared(meeting, tmp_path, store_kind):
    """"/agenda 4" is remembered for each asker's follow-up ("which JCAs are under f?"), yet the next asker's
    "/agenda 4" is the one answer already worked out: the conversation is no shared answer's input."""
    from bot.clock import FakeClock
    from bot.store import MemoryStore

    store = MemoryStore() if store_kind == "memory" else SqliteStore(tmp_path / "state.db")
    bot = MeetingBot(meeting, FakeClock(dt.datetime(2020, 8, 24, 9, 30, tzinfo=dt.timezone.utc)), store=store)
    first = ask(bot, "/agenda 4", user="kim")
    second = ask(bot, "/agenda 4", user="dupont")
    assert first is second
    follow_up = TextRenderer(meeting, None).render(ask(bot, "which JCAs are under f?", user="kim"))
    assert "JCA-IdM" in follow_up and "JCA-CoP" in follow_up
