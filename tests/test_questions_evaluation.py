"""The scorer: per-category scores, failures, and the target rule."""

from bot.questions.evaluation import QaCase, QaFile, check, evaluate, report


def test_check_is_case_insensitive_and_reports_what_went_wrong():
    case = QaCase(question="q", lang="en", category="facts", must_contain=["Yes", "24 july"], must_not_contain=["No"])
    outcome = check(case, "yes, on 24 July. No.")
    assert outcome.missing == () and outcome.forbidden == ("No",) and not outcome.passed


def test_a_failed_out_of_scope_case_misses_the_target_even_at_a_high_score(meeting):
    good = [QaCase(question="Is there interpretation?", lang="en", category="facts",
                   must_contain=["without interpretation"])] * 30
    bad = QaCase(question="What is the wifi password?", lang="en", category="out_of_scope",
                 must_contain=["the wifi password is"])
    result = evaluate(meeting, QaFile(meeting=meeting.id, cases=good + [bad]))
    assert result.score > 0.95 and not result.meets_target
    assert result.by_category() == {"facts": (30, 30), "out_of_scope": (0, 1)}
    text = report(result)
    assert "FAIL [out_of_scope] 'What is the wifi password?'" in text and "BELOW TARGET" in text


def test_a_list_in_must_contain_is_a_set_of_alternatives():
    case = QaCase(question="q", lang="en", category="facts",
                  must_contain=[["no interpretation", "without interpretation"], "English"])
    assert check(case, "English only, without interpretation.").passed
    outcome = check(case, "English only.")
    assert outcome.missing == ("no interpretation | without interpretation",)



def test_a_case_asks_in_the_zone_an_earlier_timezone_command_saved(meeting):
    case = QaCase(question="So what time does the meeting open for me?", lang="en", category="followup",
                  after=["/timezone Asia/Kolkata"], must_contain=["14:30 in Kolkata"])
    result = evaluate(meeting, QaFile(meeting=meeting.id, cases=[case]))
    assert result.score == 1.0, report(result)


def test_a_chair_case_sees_what_its_command_posted_in_the_session_channel(meeting):
    import datetime as dt

    case = QaCase(question="/break 10m", lang="en", category="chair", chair=True, after=["/item 4c"],
                  now=dt.datetime(2020, 8, 25, 12, 50, tzinfo=dt.timezone(dt.timedelta(hours=2))),
                  must_contain=["Break (10 minutes)", "13:00"], must_not_contain=["Chairs only"])
    result = evaluate(meeting, QaFile(meeting=meeting.id, cases=[case]))
    assert result.score == 1.0, report(result)


def test_a_delegate_case_is_refused_a_chair_command(meeting):
    case = QaCase(question="/next", lang="en", category="chair", must_contain=["Only a chair can use /next"])
    result = evaluate(meeting, QaFile(meeting=meeting.id, cases=[case]))
    assert result.score == 1.0, report(result)
