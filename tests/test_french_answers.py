"""French throughout: a French asker never reads the meeting file's English where it has French.

Every command of the registry is asked in French (as a delegate, and as a chair where it is a
chair's), and so are the plain-language questions of ``tests/data/french_questions.txt``
(written from the letter). An answer fails when it holds a text of the meeting file that is
English only: an English field, a sentence or a clause of it, whose French twin differs (names
and acronyms written alike in both languages, such as MyMeetings, JTC 1 or TD3000, are not).
Announcements to a whole channel stay in the working language and are not answers to the asker.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import icalendar
import pytest
from pydantic import BaseModel

from adapters.console.render import TextRenderer
from bot.clock import FakeClock
from bot.config import BUNDLED_MEETING
from bot.core import MeetingBot
from bot.loader import load_meeting
from bot.models import Meeting
from bot.registry import REGISTRY
from bot.reply import Reply
from bot.request import Asker, Request
from bot.store import MemoryStore
from conftest import DATA

UTC = dt.timezone.utc
QUESTIONS = DATA / "french_questions.txt"
BEFORE = dt.datetime(2020, 7, 20, 8, 0, tzinfo=UTC)   # 10:00 Geneva, before the registration deadline
DURING = dt.datetime(2020, 8, 24, 9, 30, tzinfo=UTC)  # 11:30 Geneva, the first day
AFTER = dt.datetime(2020, 10, 1, 8, 0, tzinfo=UTC)    # the meeting is over

_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+")
_CLAUSE_MARK = re.compile(r"\s*[,;:()]\s*")


# --- what is English only in the meeting file -----------------------------------------------

def text_pairs(thing: object) -> Iterator[tuple[str, str | None]]:
    """Every (English, French) pair of texts of the meeting file: a field and its ``_fr`` twin."""
    if isinstance(thing, BaseModel):
        fields = type(thing).model_fields
        for name in fields:
            value = getattr(thing, name)
            if f"{name}_fr" in fields:
                french = getattr(thing, f"{name}_fr")
                if isinstance(value, list):
                    yield from zip(value, list(french or []) + [None] * len(value))
                elif isinstance(value, str):
                    yield value, french
            elif isinstance(value, (BaseModel, list)):
                yield from text_pairs(value)
    elif isinstance(thing, list):
        for item in thing:
            yield from text_pairs(item)


def fragments(text: str) -> set[str]:
    """The text, its sentences (three words or more) and its clauses (four words or more)."""
    found = {text.strip()}
    for sentence in _SENTENCE_END.split(text):
        sentence = sentence.strip().rstrip(".;:!?").strip()
        if len(sentence.split()) >= 3:
            found.add(sentence)
        for clause in _CLAUSE_MARK.split(sentence):
            if len(clause.split()) >= 4:
                found.add(clause.strip())
    return {f for f in found if f}


def english_only(meeting: Meeting) -> list[str]:
    """The meeting file's English texts (and their sentences and clauses) that its French does not share."""
    pairs = list(text_pairs(meeting))
    french = "\n".join(fr for _, fr in pairs if fr).lower()
    english: set[str] = set()
    for en, fr in pairs:
        if en == fr:
            continue
        english |= {f for f in fragments(en) if f.lower() not in french}
    return sorted(english, key=lambda f: (-len(f), f))


@lru_cache(maxsize=1)
def _english_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    meeting = load_meeting(BUNDLED_MEETING)
    return tuple((text, re.compile(("\\b" if text[0].isalnum() else "") + re.escape(text)
                                   + ("\\b" if text[-1].isalnum() else "")))
                 for text in english_only(meeting))


def leaks(answer: str) -> list[str]:
    """The English-only texts of the meeting file found in ``answer``, longest first."""
    return [text for text, pattern in _english_patterns() if pattern.search(answer)]


def readable(meeting: Meeting, reply: Reply, asker: Asker) -> str:
    """What the asker reads: the reply as text in French, and the words of any calendar it carries."""
    parts = [TextRenderer(meeting, asker.zone, "fr").render(reply)]
    for attachment in reply.attachments:
        if attachment.mime_type == "text/calendar":
            calendar = icalendar.Calendar.from_ical(attachment.content)
            parts += [str(calendar.get("x-wr-calname", ""))]
            parts += [str(event.get(key, "")) for event in calendar.walk("VEVENT")
                      for key in ("summary", "description", "location")]
    return "\n".join(parts)


# --- every command, in French ---------------------------------------------------------------

@dataclass(frozen=True)
class Step:
    """One command of the scripted meeting day: what is typed, by whom, and when."""

    id: str
    text: str
    chair: bool = False
    at: dt.datetime | None = None  # the clock jumps here before the command (else it stays)
    tz: str | None = None


SCRIPT: tuple[Step, ...] = (
    Step("meeting", "/meeting", at=BEFORE),
    Step("meeting-seoul", "/meeting", tz="Asia/Seoul"),
    Step("meetings", "/meetings"),
    Step("agenda", "/agenda"),
    Step("agenda-full", "/agenda full"),
    Step("agenda-3", "/agenda 3"),
    Step("agenda-3h", "/agenda 3h"),
    Step("agenda-6k", "/agenda 6 k"),
    Step("agenda-10", "/agenda 10"),
    Step("agenda-words", "/agenda jca-idm"),
    Step("agenda-many", "/agenda collaboration"),
    Step("agenda-french-words", "/agenda groupes"),
    Step("agenda-11", "/agenda 11"),
    Step("agenda-3z", "/agenda 3z"),
    Step("agenda-closest", "/agenda colaboration"),
    Step("agenda-nothing", "/agenda zzzqqq"),
    Step("deadlines", "/deadlines"),
    Step("deadlines-all", "/deadlines all"),
    Step("deadlines-bad", "/deadlines demain"),
    Step("rules", "/rules"),
    *(Step(f"rules-{topic}", f"/rules {topic}")
      for topic in ("floor", "sound", "chat", "registration", "documents", "language", "connection")),
    Step("rules-unknown", "/rules météo"),
    Step("info", "/info"),
    *(Step(f"info-{topic}", f"/info {topic}")
      for topic in ("documents", "registration", "newcomers", "fellowships", "visas", "language")),
    Step("info-unknown", "/info hôtel"),
    Step("now-before", "/now"),
    Step("time-tokyo", "/time Asia/Tokyo"),
    Step("time-new-york", "/time America/New_York"),
    Step("time-none", "/time"),
    Step("time-unknown", "/time Atlantide"),
    Step("timezone-none", "/timezone"),
    Step("timezone-set", "/timezone America/Sao_Paulo"),
    Step("timezone-shown", "/timezone"),
    Step("time-own-zone", "/time"),
    Step("timezone-clear", "/timezone clear"),
    Step("calendar", "/calendar"),
    Step("reminders", "/reminders"),
    Step("reminders-status", "/reminders status", chair=True),
    Step("help", "/help"),
    Step("help-agenda", "/help agenda"),
    Step("help-item", "/help item"),
    Step("item-refused", "/item 3h"),
    Step("floor-no-session", "/floor France"),
    Step("session-start", "/session start Plénière, jour 1", chair=True, at=DURING),
    Step("session-again", "/session start Plénière, jour 2", chair=True),
    Step("item", "/item 3h 15m", chair=True),
    Step("now-item", "/now"),
    Step("floor-ask", "/floor France"),
    Step("floor-again", "/floor France"),
    Step("floor-list", "/floor list"),
    Step("floor-next-refused", "/floor next"),
    Step("floor-next", "/floor next", chair=True),
    Step("next", "/next", chair=True),
    Step("prev", "/prev", chair=True),
    Step("item-words", "/item déclarations de liaison", chair=True),
    Step("item-closest", "/item colaboration", chair=True),
    Step("item-11", "/item 11", chair=True),
    Step("item-first", "/item 1", chair=True),
    Step("prev-at-first", "/prev", chair=True),
    Step("item-last", "/item 10", chair=True),
    Step("next-at-last", "/next", chair=True),
    Step("item-back", "/item 3h", chair=True),
    Step("break", "/break 15m", chair=True),
    Step("now-break", "/now"),
    Step("resume", "/resume", chair=True),
    Step("now-resumed", "/now"),
    Step("reminders-pause-refused", "/reminders pause"),
    Step("reminders-pause", "/reminders pause", chair=True),
    Step("reminders-resume", "/reminders resume", chair=True),
    Step("floor-clear", "/floor clear", chair=True),
    Step("adjourn", "/adjourn", chair=True),
    Step("now-closed", "/now"),
    Step("session-usage", "/session", chair=True),
    Step("now-after", "/now", at=AFTER),
    Step("deadlines-after", "/deadlines"),
    Step("reminders-after", "/reminders"),
)


@pytest.fixture(scope="module")
def transcript() -> dict[str, str]:
    """The script played once on the core (fake clock, memory store): what each step's asker read."""
    meeting = load_meeting(BUNDLED_MEETING)
    clock = FakeClock(BEFORE)
    bot = MeetingBot(meeting, clock, MemoryStore())
    read: dict[str, str] = {}
    for step in SCRIPT:
        if step.at is not None:
            clock.set(step.at)
        clock.advance(dt.timedelta(minutes=1))
        asker = Asker(id="chair" if step.chair else "delegue", name="chair" if step.chair else "delegue",
                      is_chair=step.chair, tz=step.tz, lang="fr")
        read[step.id] = readable(meeting, bot.handle(Request(step.text, asker)), asker)
    return read


def test_the_script_asks_every_command() -> None:
    asked = {REGISTRY.find(step.text.split()[0].lstrip("/")) for step in SCRIPT}
    assert {command.name for command in asked if command} == set(REGISTRY.names())


def test_the_script_runs_as_planned(transcript: dict[str, str]) -> None:
    assert "Séance ouverte" in transcript["session-start"]
    assert "Point changé" in transcript["item"] and "Point changé" in transcript["next"]
    assert "En discussion : 3 h)" in transcript["now-item"]
    assert "Pause annoncée" in transcript["break"] and "En pause jusqu'à" in transcript["now-break"]
    assert "Séance levée" in transcript["adjourn"]
    assert "Dernier point discuté" in transcript["now-closed"]
    assert "[attached: itu-t-sg17-2020-08.ics" in transcript["calendar"]


@pytest.mark.parametrize("step", SCRIPT, ids=[step.id for step in SCRIPT])
def test_command_answers_hold_no_english_of_the_meeting_file(transcript: dict[str, str], step: Step) -> None:
    assert leaks(transcript[step.id]) == [], transcript[step.id]


# --- plain-language questions, in French ------------------------------------------------------

def french_questions() -> list[str]:
    """The questions of ``tests/data/french_questions.txt``, one a line."""
    return [line.strip() for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_at_least_fifty_french_questions() -> None:
    questions = french_questions()
    assert len(questions) >= 50 and len(set(questions)) == len(questions)


@pytest.fixture(scope="module")
def question_bot() -> MeetingBot:
    """The core at 20 July 2020, 10:00 Geneva: before the registration deadline and the meeting."""
    return MeetingBot(load_meeting(BUNDLED_MEETING), FakeClock(BEFORE), MemoryStore())


@pytest.mark.parametrize("number, question", list(enumerate(french_questions(), 1)),
                         ids=[f"q{n:02d}" for n in range(1, len(french_questions()) + 1)])
def test_question_answers_hold_no_english_of_the_meeting_file(question_bot: MeetingBot, number: int,
                                                              question: str) -> None:
    asker = Asker(id=f"delegue-{number}", name="delegue", lang="fr")  # one asker each: no follow-ups
    text = readable(question_bot.meeting, question_bot.handle(Request(question, asker)), asker)
    assert leaks(text) == [], text


# --- the check itself ------------------------------------------------------------------------

def test_english_only_texts_leave_out_names_written_alike(meeting: Meeting) -> None:
    english = english_only(meeting)
    assert {"Republic of Korea", "Registration", "Through the direct document posting system",
            "Collaboration with IEC, ISO and ISO/IEC JTC 1", "Geneva"} <= set(english)
    assert "Remote participation services are provided on a best-effort basis" in english  # a sentence
    for alike in ("MyMeetings", "Kaleidoscope", "Visas", "TD3000", "JTC 1", "tsbsg17@itu.int"):
        assert alike not in english


def test_the_check_finds_the_english_an_english_asker_reads(meeting: Meeting) -> None:
    bot = MeetingBot(meeting, FakeClock(BEFORE), MemoryStore())
    asker = Asker(id="delegate", name="delegate", lang="en")
    for command, expected in (("/agenda 3h", "Collaboration with IEC, ISO and ISO/IEC JTC 1"),
                              ("/deadlines", "Through the direct document posting system"),
                              ("/meeting", "Republic of Korea"), ("/info", "Registration")):
        assert expected in leaks(readable(meeting, bot.handle(Request(command, asker)), asker))
    assert "Through the direct document posting system" in leaks("Comment : Through the direct document posting system.")
    assert "Director of the Telecommunication Standardization Bureau (TSB)" in leaks(
        "du Director of the Telecommunication Standardization Bureau (TSB)")
    assert leaks("Inscription : 24 juillet 2020, heure de Genève") == []
