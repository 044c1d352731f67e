"""The measured target of issue 7: at least 95 % of the QA cases right, and every wrong-premise and
out-of-scope case right, rendered as the console shows them."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.console.render import TextRenderer
from bot.config import BUNDLED_MEETING
from bot.loader import load_meeting
from bot.questions.evaluation import MUST_BE_PERFECT, TARGET, evaluate, load_cases, report, run

QA = Path(__file__).resolve().parent / "qa"
QA_FILES = {"itu-t-sg17-2020-08.yaml": BUNDLED_MEETING}


@pytest.fixture(scope="module", params=sorted(QA_FILES), ids=str)
def evaluation(request):
    meeting = load_meeting(QA_FILES[request.param])
    qa = load_cases(QA / request.param)
    result = evaluate(meeting, qa, lambda reply, asker: TextRenderer(meeting, asker.zone).render(reply))
    return qa, result


def test_the_case_file_is_big_and_bilingual_enough(evaluation):
    qa, _ = evaluation
    languages = [case.lang for case in qa.cases]
    assert len(qa.cases) >= 100
    assert languages.count("en") >= len(languages) / 2
    assert languages.count("fr") >= len(languages) / 3
    assert {"wrong_premise", "out_of_scope", "times", "deadlines", "agenda", "typos"} <= {c.category for c in qa.cases}
    assert len({case.now for case in qa.cases if case.category == "deadlines"}) >= 5  # relative-time cases


def test_the_overall_score_meets_the_target(evaluation):
    _, result = evaluation
    assert result.score >= TARGET, report(result)


@pytest.mark.parametrize("category", MUST_BE_PERFECT)
def test_every_case_of_the_must_be_perfect_categories_passes(evaluation, category):
    _, result = evaluation
    failed = [o for o in result.failures if o.case.category == category]
    assert failed == [], report(result)


def test_the_eval_report_lists_each_category_and_says_pass(meeting):
    text, ok = run(meeting, QA / "itu-t-sg17-2020-08.yaml",
                   lambda reply, asker: TextRenderer(meeting, asker.zone).render(reply))
    assert ok
    for category in ("agenda", "deadlines", "facts", "out_of_scope", "times", "typos", "wrong_premise", "overall"):
        assert category in text
    assert text.rstrip().endswith("PASS")


def test_a_case_file_for_another_meeting_is_refused(meeting, tmp_path):
    other = tmp_path / "other.yaml"
    other.write_text("meeting: another-meeting\ncases:\n  - {question: hi, lang: en, category: facts}\n",
                     encoding="utf-8")
    text, ok = run(meeting, other)
    assert not ok and "another-meeting" in text
