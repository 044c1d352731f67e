"""Scoring the question answerer on a file of QA cases: the score per category and the failures.

A case file (YAML, see ``tests/qa/``) lists questions with what a correct answer must contain
and must not contain, at a given "now", for an asker in a given zone, optionally after earlier
questions of the same asker (a follow-up). :func:`evaluate` asks each question through
:func:`bot.questions.answer_question` and checks the rendered reply. A file is either a tuning set
(cases the answerer has been fixed on) or a held-out batch (written blind, never tuned on);
:mod:`bot.questions.eval_suite` scores a folder of them and reports the two apart.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from bot.agenda import AgendaIndex
from bot.clock import FakeClock
from bot.context import Context
from bot.models import Meeting
from bot.notifier import Announcement, Audience, CollectingNotifier
from bot.questions import answer_question
from bot.reply import Day, Moment, Reply, Section
from bot.request import Asker, Request
from bot.store import MemoryStore
from bot.timefmt import format_date, format_time

#: Renders a reply as the asker would read it: ``(reply, asker) -> text``.
Render = Callable[[Reply, Asker], str]
TARGET = 0.95
MUST_BE_PERFECT = ("wrong_premise", "out_of_scope")


class QaCase(BaseModel):
    """One question and what its answer must (not) contain."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    question: str = Field(min_length=1)
    lang: Literal["en", "fr"]
    category: str
    #: Each item must appear; an item that is a list is a set of alternatives, one of which must appear.
    must_contain: list[str | list[str]] = []
    must_not_contain: list[str] = []
    now: dt.datetime | None = None
    tz: str | None = None
    asker_lang: str = "en"  # the asker's locale; the answer follows the question's language
    #: Earlier questions of the same asker, just before this one, in order (this one is a follow-up).
    after: list[str] = []
    #: Whether the asker chairs (a case that runs "/item", "/break" as the session's chair).
    chair: bool = False


class QaFile(BaseModel):
    """A case file: the meeting it is for, defaults, and the cases."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    meeting: str
    #: ``tuning``: the answerer has been fixed on these cases; ``held-out``: written blind, never tuned on.
    role: Literal["tuning", "held-out"] = "tuning"
    batch: int | None = None
    writer: str | None = None
    #: The share this file must reach; a former blind batch being worked on holds the score reached so far.
    target: float = Field(default=TARGET, ge=0, le=1)
    defaults: dict[str, str] = {}
    cases: list[QaCase] = Field(min_length=1)


def load_cases(path: Path | str) -> QaFile:
    """Read and validate a case file."""
    return QaFile.model_validate(yaml.safe_load(Path(path).read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Outcome:
    """How one case went: the reply text and what was missing or should not have been there."""

    case: QaCase
    text: str
    missing: tuple[str, ...]
    forbidden: tuple[str, ...]

    @property
    def passed(self) -> bool:
        """Whether the reply contains everything required and nothing forbidden."""
        return not self.missing and not self.forbidden


@dataclass
class Evaluation:
    """All outcomes, with scores per category and overall."""

    outcomes: list[Outcome] = field(default_factory=list)

    def by_category(self) -> dict[str, tuple[int, int]]:
        """``category -> (passed, total)``, categories sorted by name."""
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for outcome in self.outcomes:
            counts[outcome.case.category][0] += outcome.passed
            counts[outcome.case.category][1] += 1
        return {name: (c[0], c[1]) for name, c in sorted(counts.items())}

    @property
    def score(self) -> float:
        """The share of cases passed (0–1)."""
        return sum(o.passed for o in self.outcomes) / len(self.outcomes) if self.outcomes else 0.0

    @property
    def failures(self) -> list[Outcome]:
        """The cases that failed, in file order."""
        return [o for o in self.outcomes if not o.passed]

    @property
    def meets_target(self) -> bool:
        """At least 95 % overall, and every wrong-premise and out-of-scope case right."""
        return self.score >= TARGET and not any(o.case.category in MUST_BE_PERFECT for o in self.failures)


def plain_render(meeting: Meeting) -> Render:
    """A minimal text rendering (title, lines, fields, footer) for when no adapter renderer is given."""
    def segment(part: object, lang: str) -> str:
        if isinstance(part, Moment):
            return format_time(part.at, meeting.tz, meeting.zone_label(lang), part.style, lang)
        if isinstance(part, Day):
            return format_date(part.date, lang)
        return str(part)

    def render(reply: Reply, asker: Asker) -> str:
        lang = reply.lang or asker.lang or "en"  # a command's reply is in the asker's locale
        return "\n".join(segment(s, lang) for s in reply.segments())
    return render


def _found(wanted: str | list[str], folded: str) -> bool:
    options = [wanted] if isinstance(wanted, str) else wanted
    return any(option.casefold() in folded for option in options)


def check(case: QaCase, text: str) -> Outcome:
    """Compare a rendered reply with the case (case-insensitive substrings; a list is alternatives)."""
    folded = text.casefold()
    missing = tuple(" | ".join([w] if isinstance(w, str) else w) for w in case.must_contain if not _found(w, folded))
    forbidden = tuple(s for s in case.must_not_contain if s.casefold() in folded)
    return Outcome(case, text, missing, forbidden)


FOLLOW_UP_GAP = dt.timedelta(minutes=1)  # how long before the case's question each earlier one is asked


def ask_case(meeting: Meeting, agenda: AgendaIndex, case: QaCase, now: dt.datetime) -> tuple[Reply, Asker]:
    """Ask the case's earlier questions (a minute apart), then its question, as one asker with one store; a
    command ("/deadlines", "/time Asia/Tashkent") is run as the bot runs it, a question answered as the bot
    answers it (in the zone an earlier "/timezone" saved)."""
    from bot.core import MeetingBot, split_command  # the core imports this package: loaded when cases are asked
    from bot.registry import REGISTRY

    asker = Asker(id="qa", name="qa", tz=case.tz, lang=case.asker_lang, is_chair=case.chair)
    store, notifier = MemoryStore(), CollectingNotifier()
    clock = FakeClock(now)
    bot = MeetingBot(meeting, clock, store, notifier)
    reply: Reply | None = None
    steps = [*case.after, case.question]
    for back, text in zip(range(len(steps) - 1, -1, -1), steps):
        clock.set(now - back * FOLLOW_UP_GAP)
        posted_before = len(notifier.sent)
        if text.lstrip().startswith("/") and REGISTRY.find(split_command(text.strip())[0]) is not None:
            reply = bot.handle(Request(text, asker))
        else:
            ctx = Context(meeting=meeting, agenda=agenda, now=clock.now(),  # with the zone "/timezone" saved
                          request=bot.with_preferences(Request(text, asker)), store=store, notifier=notifier)
            reply = answer_question(ctx, text)
    assert reply is not None
    return _with_what_the_channel_shows(reply, notifier.sent[posted_before:]), asker


def _with_what_the_channel_shows(reply: Reply, posted: list[Announcement]) -> Reply:
    """The reply, then what the last step posted to the session channel, which the asker sees there too (a chair's
    "/break 10m" is confirmed privately and announced, with its end, in the channel)."""
    shown = [section for announcement in posted if announcement.audience is Audience.SESSION
             for section in (Section(heading=announcement.reply.title), *announcement.reply.sections)]
    return replace(reply, sections=reply.sections + tuple(shown)) if shown else reply


def evaluate(meeting: Meeting, qa: QaFile, render: Render | None = None) -> Evaluation:
    """Ask every case's question at its "now" and check the replies."""
    render = render or plain_render(meeting)
    agenda = AgendaIndex(meeting.agenda)
    default_now = qa.defaults.get("now")
    result = Evaluation()
    for case in qa.cases:
        now = case.now or (dt.datetime.fromisoformat(default_now) if default_now else dt.datetime.now(dt.timezone.utc))
        reply, asker = ask_case(meeting, agenda, case, now)
        result.outcomes.append(check(case, render(reply, asker)))
    return result


def report(result: Evaluation, target: float | None = TARGET, perfect: bool = True) -> str:
    """The score per category, overall, and each failure with what went wrong; then PASS or BELOW TARGET
    against ``target`` (with every wrong-premise and out-of-scope case right when ``perfect``), or no
    verdict at all for a held-out batch (``target`` None: it is measured, not gated)."""
    lines = ["category         passed / total   score"]
    for name, (passed, total) in result.by_category().items():
        lines.append(f"{name:<16} {passed:>6} / {total:<5}  {passed / total:6.1%}")
    total = len(result.outcomes)
    goal = "held out: measured, not gated" if target is None else f"target {target:.0%}" + (
        f"; {', '.join(MUST_BE_PERFECT)} must be 100%" if perfect else "")
    lines.append(f"{'overall':<16} {total - len(result.failures):>6} / {total:<5}  {result.score:6.1%}   ({goal})")
    for outcome in result.failures:
        case = outcome.case
        after = f" after {case.after!r}" if case.after else ""
        lines.append(f"\nFAIL [{case.category}] {case.question!r}{after} (now {case.now or 'default'}, tz {case.tz})")
        if outcome.missing:
            lines.append(f"  missing: {list(outcome.missing)}")
        if outcome.forbidden:
            lines.append(f"  should not contain: {list(outcome.forbidden)}")
        lines.append("  reply: " + outcome.text.replace("\n", "\n         "))
    if target is not None:
        met = result.meets_target if perfect and target >= TARGET else result.score >= target
        lines.append("\nPASS" if met else "\nBELOW TARGET")
    return "\n".join(lines)


def run(meeting: Meeting, cases: Path | str, render: Render | None = None) -> tuple[str, bool]:
    """Load the cases, evaluate, and return the report and whether the target is met (for ``meetingbot eval``)."""
    qa = load_cases(cases)
    if qa.meeting != meeting.id:
        return f"{cases}: the cases are for meeting {qa.meeting!r}, not {meeting.id!r}", False
    result = evaluate(meeting, qa, render)
    return report(result), result.meets_target
