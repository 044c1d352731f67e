"""Scoring a meeting's whole QA folder: the tuning set and the held-out batches, reported apart.

A meeting's cases live in ``tests/qa/<meeting id>/``, one YAML file per set. Files whose ``role``
is ``tuning`` hold cases the answerer has been fixed on; ``held-out`` files are batches written
blind (from the letter alone) that nobody has tuned on yet. The tuning score says how well the
code fits the questions it was built on; only the held-out score says how it does on new ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.models import Meeting
from bot.questions.evaluation import (MUST_BE_PERFECT, Evaluation, QaFile, Render, evaluate, load_cases,
                                     report, run)


@dataclass(frozen=True)
class ScoredFile:
    """One case file and how the answerer did on it."""

    path: Path
    qa: QaFile
    result: Evaluation

    @property
    def passed(self) -> int:
        """How many of its cases passed."""
        return len(self.result.outcomes) - len(self.result.failures)


@dataclass
class SuiteResult:
    """Every file of a folder, scored."""

    files: list[ScoredFile] = field(default_factory=list)

    def role(self, role: str) -> list[ScoredFile]:
        """The files of one role (``tuning`` or ``held-out``), in name order."""
        return [f for f in self.files if f.qa.role == role]

    def combined(self, role: str) -> Evaluation:
        """All outcomes of one role's files as one evaluation."""
        return Evaluation(outcomes=[o for f in self.role(role) for o in f.result.outcomes])

    @property
    def meets_target(self) -> bool:
        """Every tuning file reaches its own target; in our own cases (no batch number) every wrong
        premise and out-of-scope case must be right too.

        Held-out batches are measured, not gated: their first score is recorded when they are written.
        """
        tuning = self.role("tuning")
        return bool(tuning) and all(_meets(f) for f in tuning)


def _meets(scored: ScoredFile) -> bool:
    if scored.qa.batch is None:  # our own cases: 95 %, and every wrong premise and out-of-scope case right
        return scored.result.meets_target
    return scored.result.score >= scored.qa.target  # a former blind batch: held to the score it has reached


def case_files(folder: Path) -> list[Path]:
    """The YAML case files of a folder, by name."""
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def evaluate_suite(meeting: Meeting, folder: Path, render: Render | None = None) -> SuiteResult:
    """Score every case file of ``folder`` that is for this meeting (others are an error)."""
    suite = SuiteResult()
    for path in case_files(folder):
        qa = load_cases(path)
        if qa.meeting != meeting.id:
            raise ValueError(f"{path}: the cases are for meeting {qa.meeting!r}, not {meeting.id!r}")
        suite.files.append(ScoredFile(path, qa, evaluate(meeting, qa, render)))
    return suite


def _line(name: str, passed: int, total: int) -> str:
    share = passed / total if total else 0.0
    return f"{name:<28} {passed:>5} / {total:<5} {share:6.1%}"


def suite_report(suite: SuiteResult) -> str:
    """Each file's score, the tuning and held-out totals apart, then each file's report with its failures."""
    lines = ["file                         passed / total  score"]
    for role in ("tuning", "held-out"):
        files = suite.role(role)
        for scored in files:
            goal = f"   (target {scored.qa.target:.0%})" if role == "tuning" else ""
            lines.append(_line(f"{scored.path.name} ({role})", scored.passed, len(scored.result.outcomes)) + goal)
        combined = suite.combined(role)
        if combined.outcomes:
            total = len(combined.outcomes)
            lines.append(_line(f"  {role} overall", total - len(combined.failures), total))
    for scored in suite.files:
        lines.append(f"\n===== {scored.path.name} ({scored.qa.role}) =====")
        held_out = scored.qa.role == "held-out"
        lines.append(report(scored.result, None if held_out else scored.qa.target, perfect=scored.qa.batch is None))
    verdict = "PASS" if suite.meets_target else "BELOW TARGET"
    lines.append(f"\nTuning set: {verdict} (each file at its target; in our own cases "
                 f"{', '.join(MUST_BE_PERFECT)} must be 100%)")
    return "\n".join(lines)


def run_path(meeting: Meeting, cases: Path, render: Render | None = None) -> tuple[str, bool]:
    """``meetingbot eval``: a folder is scored as a suite, a single file on its own."""
    if cases.is_dir():
        try:
            suite = evaluate_suite(meeting, cases, render)
        except ValueError as error:
            return str(error), False
        return suite_report(suite), suite.meets_target
    return run(meeting, cases, render)
