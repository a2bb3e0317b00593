"""`python -m checker`: files, stdin, --json, --ask, and clear failures with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys

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
