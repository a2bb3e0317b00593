"""`python -m checker`: files, stdin, --json, --ask, and clear failures with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import REPO

ELIGIBLE = {
    "court": "federal", "offense": "simple_possession", "substance": "other",
    "offense_date": "2025-03-01", "citizenship": "us_citizen", "stage": "charged",
    "prior_drug_record": ["none"], "prior_3607": "no", "consent": "yes", "age_at_offense": 19,
}  # fmt: skip


def run(*args, stdin=""):
    return subprocess.run(
        [sys.executable, "-m", "checker", *args],
        input=stdin, capture_output=True, text=True, cwd=REPO, timeout=60,
    )  # fmt: skip


def test_reads_a_file_and_prints_a_readable_result(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(ELIGIBLE))
    done = run(str(path))
    assert done.returncode == 0
    assert "You may be able to get § 3607, and then an expungement" in done.stdout
    assert "18 U.S.C. § 3607(a)(1)" in done.stdout


def test_reads_stdin_and_prints_json():
    done = run("--json", stdin=json.dumps(ELIGIBLE))
    assert done.returncode == 0
    data = json.loads(done.stdout)
    assert data["outcome"] == "eligible_ask_for_3607_then_expunge"
    assert set(data) == {"outcome", "flags", "title", "summary", "reasons", "next_steps",
                         "missing", "errors", "depends_on", "same_either_way"}  # fmt: skip


def test_malformed_json_is_one_line_on_stderr_with_status_2():
    done = run(stdin='{"court": ')
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "not valid JSON" in done.stderr
    assert "Traceback" not in done.stderr


def test_unreadable_file_is_one_line_on_stderr_with_status_2(tmp_path):
    done = run(str(tmp_path / "missing.json"))
    assert done.returncode == 2
    assert done.stderr.startswith("checker: cannot read") and "Traceback" not in done.stderr


def test_invalid_answers_are_reported_not_crashed():
    done = run("--json", stdin=json.dumps({"court": "moon", "offense_date": "2025-02-30"}))
    data = json.loads(done.stdout)
    assert data["outcome"] == "invalid_answers"
    assert {e["question"] for e in data["errors"]} == {"court", "offense_date"}


def test_ask_runs_the_interview_and_re_asks_bad_input():
    # court: 9 is out of range, then 1 (federal); offense 1; a bad date, then a real one (after
    # the pardon date, so the drug is not asked); citizen 1; stage 2 (charged); record 1 (none);
    # prior 3607 2 (no); prescription 2 (no); consent 1 (yes); birth date.
    replies = "9\n1\n1\n2025-02-30\n2025-01-10\n1\n2\n1\n2\n2\n1\n2004-06-01\n"
    done = run("--ask", stdin=replies)
    assert done.returncode == 0, done.stderr
    assert "Type a number from 1 to 6." in done.stdout
    assert "That date does not exist" in done.stdout
    assert "and then an expungement" in done.stdout


# ---------------------------------------------------------------------------------------------
# Answers from a file: keys that do not exist stop it; bad values are explained in codes


def test_a_wrong_key_exits_2_and_names_the_nearest_key():
    done = run("--json", stdin=json.dumps({**ELIGIBLE, "ofense": "simple_possession"}))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == 'checker: "ofense" is not an answer key: did you mean offense?\n'


def test_a_key_like_none_lists_every_key():
    done = run(stdin=json.dumps({"zzz": 1}))
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "the keys are court, court_state, offense," in done.stderr


def test_answers_that_are_not_an_object_exit_2():
    done = run(stdin="[1, 2]")
    assert done.returncode == 2 and "must be a JSON object" in done.stderr


def test_a_bad_code_lists_the_codes_instead_of_answers_shown():
    answers = {**ELIGIBLE, "court": "fed", "prior_drug_record": ["none", "conviction"]}
    data = json.loads(run("--json", stdin=json.dumps(answers)).stdout)
    messages = {e["question"]: e["message"] for e in data["errors"]}
    assert messages["court"] == (
        '"fed" is not an answer here. Use one of: federal, state, dc_superior, military, '
        "federal_juvenile, not_sure."
    )
    assert (
        messages["prior_drug_record"] == '"none" cannot go with other answers: use ["none"] alone.'
    )
    text = run(stdin=json.dumps(answers)).stdout
    assert "answers shown" not in text and "untick" not in text
    assert "Use one of: federal, state," in text


def test_a_date_in_another_form_is_told_the_json_form():
    data = json.loads(
        run("--json", stdin=json.dumps({**ELIGIBLE, "offense_date": "1 3 2025"})).stdout
    )
    assert data["errors"] == [{
        "question": "offense_date",
        "message": 'Write the date as "YYYY-MM-DD" (for example "2024-03-15"), or "not_sure".',
    }]  # fmt: skip


# ---------------------------------------------------------------------------------------------
# --ask: the date forms its hints show, the options' explanations, terminal words

# court 1 (federal); offense 1; then the offense date; citizen 1; stage 2 (charged); record 1;
# prior 3607 2; prescription 2; consent 1; then the birth date.
BEFORE_DATE, AFTER_DATE = "1\n1\n", "1\n2\n1\n2\n2\n1\n"


@pytest.mark.parametrize("typed", ["10 1 2025", "10/1/2025", "2025-01-10", " 10 / 01 / 2025 "])
def test_ask_takes_the_date_forms_its_hint_shows(typed):
    done = run("--ask", "--json", stdin=BEFORE_DATE + typed + "\n" + AFTER_DATE + "1 6 2004\n")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout[done.stdout.index('{\n  "outcome"') :])
    assert result["outcome"] == "eligible_ask_for_3607_then_expunge"


def test_ask_names_the_forms_it_takes_and_catches_the_month_first():
    done = run("--ask", stdin=BEFORE_DATE + "1/30/2025\nsoon\n30 1 2025\n" + AFTER_DATE + "?\n?\n")
    assert done.returncode == 0, done.stderr
    assert "For example, 15 3 2024." in " ".join(done.stdout.split())  # the question's hint
    assert "Type the date (15 3 2024, 15/3/2024 or 2024-03-15)" in done.stdout
    assert "Type the day first, then the month: 30 1 2025." in done.stdout
    assert "Type the day, the month and the year, like 15 3 2024" in done.stdout
    assert "or ? for “I don't know”" in done.stdout


def test_ask_shows_each_options_explanation():
    done = run("--ask", stdin="1\n")
    assert "  1. A federal court\n      A U.S. District Court or a U.S. magistrate judge.\n" in (
        done.stdout
    )
    assert "  5. A federal juvenile case\n      You were treated as a juvenile.\n" in done.stdout


def test_ask_uses_terminal_words_for_none_with_another_record():
    done = run("--ask", stdin=BEFORE_DATE + "10 1 2025\n1\n2\n1,2\n1\n2\n2\n1\n1 6 2004\n")
    assert done.returncode == 0, done.stderr
    assert "“None” cannot go with other answers: type 1 alone, or leave it out." in done.stdout
    assert "untick" not in done.stdout and "and then an expungement" in done.stdout
