"""A folder of case files: tuning and held-out sets scored and reported apart; only tuning gates."""

from pathlib import Path

from bot.questions.eval_suite import evaluate_suite, run_path, suite_report


def write(folder: Path, name: str, role: str, questions: list[tuple[str, str]]) -> None:
    cases = "\n".join(f"  - {{question: {q!r}, lang: en, category: facts, must_contain: [{want!r}]}}"
                      for q, want in questions)
    (folder / name).write_text(f"meeting: itu-t-sg17-2020-08\nrole: {role}\ncases:\n{cases}\n", encoding="utf-8")


def test_held_out_batches_are_reported_apart_and_do_not_gate(meeting, tmp_path):
    write(tmp_path, "tuning.yaml", "tuning", [("Is there interpretation?", "without interpretation")])
    write(tmp_path, "blind-01.yaml", "held-out", [("Is there interpretation?", "without interpretation"),
                                                  ("Is there interpretation?", "a phrase no answer holds")])
    suite = evaluate_suite(meeting, tmp_path)
    assert [f.path.name for f in suite.role("held-out")] == ["blind-01.yaml"]
    assert suite.combined("tuning").score == 1.0 and suite.combined("held-out").score == 0.5
    assert suite.meets_target
    text = suite_report(suite)
    assert "blind-01.yaml (held-out)" in text and "held-out overall" in text and "50.0%" in text
    held_out_section = text.split("===== blind-01.yaml (held-out) =====")[1].split("=====")[0]
    assert "held out: measured, not gated" in held_out_section and "BELOW TARGET" not in held_out_section


def test_a_failing_tuning_set_fails_the_suite(meeting, tmp_path):
    write(tmp_path, "tuning.yaml", "tuning", [("Is there interpretation?", "a phrase no answer holds")])
    text, ok = run_path(meeting, tmp_path)
    assert not ok and "BELOW TARGET" in text


def test_a_former_blind_batch_is_held_to_its_own_target(meeting, tmp_path):
    write(tmp_path, "tuning.yaml", "tuning", [("Is there interpretation?", "without interpretation")])
    write(tmp_path, "blind-01.yaml", "tuning", [("Is there interpretation?", "without interpretation"),
                                                ("Is there interpretation?", "a phrase no answer holds")])
    path = tmp_path / "blind-01.yaml"
    path.write_text(path.read_text().replace("role: tuning", "role: tuning\nbatch: 1\ntarget: 0.5"), encoding="utf-8")
    assert evaluate_suite(meeting, tmp_path).meets_target
    path.write_text(path.read_text().replace("target: 0.5", "target: 0.6"), encoding="utf-8")
    assert not evaluate_suite(meeting, tmp_path).meets_target
