"""The measured target for plain-language questions: the tuning set at 95 % or more, every
wrong-premise and out-of-scope case of it right; held-out batches are scored and reported apart.
Replies are rendered as the console shows them."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.console.render import TextRenderer
from bot.config import BUNDLED_MEETING
from bot.loader import load_meeting
from bot.questions.eval_suite import case_files, evaluate_suite, run_path
from bot.questions.evaluation import MUST_BE_PERFECT, report, run

QA = Path(__file__).resolve().parent / "qa"
QA_FOLDERS = {"itu-t-sg17-2020-08": BUNDLED_MEETING}


def console(meeting):
    return lambda reply, asker: TextRenderer(meeting, asker.zone).render(reply)


@pytest.fixture(scope="module", params=sorted(QA_FOLDERS), ids=str)
def suite(request):
    meeting = load_meeting(QA_FOLDERS[request.param])
    return evaluate_suite(meeting, QA / request.param, console(meeting))


def test_the_cases_are_many_and_bilingual_enough(suite):
    cases = [case for scored in suite.files for case in scored.qa.cases]
    languages = [case.lang for case in cases]
    assert len(cases) >= 100
    assert languages.count("en") >= len(languages) / 2
    assert languages.count("fr") >= len(languages) / 3
    assert {"wrong_premise", "out_of_scope", "times", "deadlines", "agenda", "typos"} <= {c.category for c in cases}
    assert len({case.now for case in cases if case.category == "deadlines"}) >= 5  # relative-time cases


def test_every_tuning_file_meets_its_target(suite):
    for scored in suite.role("tuning"):
        assert scored.result.score >= scored.qa.target, f"{scored.path.name}\n" + report(scored.result)


@pytest.mark.parametrize("category", MUST_BE_PERFECT)
def test_every_case_of_the_must_be_perfect_categories_passes_in_our_own_cases(suite, category):
    for scored in suite.role("tuning"):
        if scored.qa.batch is None:
            failed = [o for o in scored.result.failures if o.case.category == category]
            assert failed == [], f"{scored.path.name}\n" + report(scored.result)


def test_the_eval_report_lists_each_file_and_category_and_says_pass(meeting):
    text, ok = run_path(meeting, QA / meeting.id, console(meeting))
    assert ok
    for name in [p.name for p in case_files(QA / meeting.id)] + ["agenda", "deadlines", "facts", "out_of_scope",
                                                                    "times", "typos", "wrong_premise", "tuning overall"]:
        assert name in text
    assert "Tuning set: PASS" in text


def test_a_case_file_for_another_meeting_is_refused(meeting, tmp_path):
    other = tmp_path / "other.yaml"
    other.write_text("meeting: another-meeting\ncases:\n  - {question: hi, lang: en, category: facts}\n",
                     encoding="utf-8")
    text, ok = run(meeting, other)
    assert not ok and "another-meeting" in text
    text, ok = run_path(meeting, tmp_path, console(meeting))
    assert not ok and "another-meeting" in text
