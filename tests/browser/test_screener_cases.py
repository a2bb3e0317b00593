"""Example cases completed by keyboard in the browser: the result shown is `checker.evaluate`'s.

The interview asks a few things the cases leave out because their facts make them plain (a
prescription, a date of birth when only the age is known): those get the neutral answer in
`drive.NEUTRAL`. The shown outcome and flags must equal `evaluate` on exactly the answers given,
and the outcome must be the case's expected one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from checker import evaluate

from .drive import complete, open_screener

pytestmark = pytest.mark.browser

# Every kind of step (radios, checkboxes, a select, dates, numbers, "I don't know") and a spread
# of outcomes and flags: eligible over and under 21, barred, on and after probation, violations,
# a conviction in a named state, the marijuana pardon, a state case, immigration advice.
CASES = ["C01", "C02", "C10", "C17", "C25", "C35", "C39", "C42", "C47", "C52", "C58", "C64", "C69"]


@pytest.mark.parametrize("case_id", CASES)
def test_case_completed_by_keyboard_shows_what_evaluate_gives(case_id, cases, watched, site):
    case = next(c for c in cases if c["id"] == case_id)
    page, _ = watched
    open_screener(page, site)
    run = complete(page, case["answers"])
    expected = evaluate(run.given, today=dt.date.today())
    assert (run.outcome, run.flags) == (str(expected.outcome), [str(f) for f in expected.flags])
    assert run.outcome == case["expected"]["outcome"], case["facts"]
