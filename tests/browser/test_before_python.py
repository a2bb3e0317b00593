"""No waiting on a slow phone: every question is answerable while Python loads.

The page walks the interview map the build computed from checker/ (tools/build/interview_map.py) to
show the next question before Python is ready; once Python is in, checker.web.step checks the
answers so far, and where it disagrees the reader is taken to that question with its message.
These tests hold back the worker's WebAssembly download (Playwright routing) so that Python is
not ready while the reader answers, then let it through. No timing is asserted.
"""

from __future__ import annotations

import datetime as dt
import html

import pytest

from checker import evaluate
from checker.questions import next_question
from tools.build.screener_texts import texts

from .drive import NEUTRAL, answer, open_screener, step, submit, tab_to, wait_ready

pytestmark = pytest.mark.browser

LONG_MS = 600_000  # the page's stall and start-up timeouts while a test holds Python back


def _patient(route):
    """The check page with long timeouts: holding the download back must not look like a
    stalled one."""
    page = route.fetch().text()
    config = html.unescape(page.split('data-config="', 1)[1].split('"', 1)[0])
    patched = config
    for name in ("stall_ms", "start_ms"):
        patched = patched.replace(f'"{name}": 30000', f'"{name}": {LONG_MS}', 1)
    assert patched != config, "the page's timeouts were not found"
    page = page.replace(html.escape(config, quote=True), html.escape(patched, quote=True), 1)
    route.fulfill(body=page, content_type="text/html; charset=utf-8")


def _hold_python(context, site) -> list:
    """Hold every WebAssembly request until the test lets it through (``for r in held:
    r.continue_()``): the worker cannot start Python meanwhile."""
    held: list = []
    context.route(site.url + "check/", _patient)
    context.route("**/*.wasm", lambda route: held.append(route))
    return held


def _engine(page) -> str:
    return page.get_attribute("[data-screener]", "data-engine")


def _interview(answers: dict) -> list[str]:
    """The questions the interview asks for these answers, in order (CPython)."""
    given: dict = {}
    asked = []
    while (question := next_question(given)) is not None:
        asked.append(question.id)
        given[question.id] = answers[question.id]
    return asked


def test_every_question_is_answered_before_python_is_ready(cases, context_factory, site):
    context, _ = context_factory()
    held = _hold_python(context, site)
    page = context.new_page()
    open_screener(page, site)
    case = next(c for c in cases if c["id"] == "C01")
    answers = {**NEUTRAL, **case["answers"]}
    asked = _interview(answers)
    assert len(asked) >= 10
    for i, qid in enumerate(asked[:-1]):
        assert step(page).id == qid, (i, step(page))
        answer(page, qid, answers[qid])
        now = submit(page)
        assert now.kind == "question" and not now.error, now
        assert _engine(page) == "loading"  # the map, not Python, chose the question shown
    assert held, "the worker never asked for WebAssembly"
    # The last answer: "Check your answers" shows what Python read, so the page waits for it.
    last = asked[-1]
    answer(page, last, answers[last])
    tab_to(page, "[data-screener] [data-host] > * button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-wait]", state="visible")
    assert step(page).id == last and _engine(page) == "loading"
    for route in held:
        route.continue_()
    wait_ready(page)
    page.wait_for_selector("[data-screener] form[data-step=check]")
    rows = page.locator(".screener-summary__row").count()
    assert rows == len(asked)
    assert submit(page).kind == "result"
    expected = evaluate({q: answers[q] for q in asked}).outcome
    assert page.get_attribute("[data-outcome]", "data-outcome") == expected


def test_when_python_refuses_a_guessed_answer_the_reader_is_taken_back(context_factory, site):
    """A date in the future passes the map (it cannot know today's rules on dates): the page
    goes on, and when Python is in, it takes the reader back to that question, with why."""
    context, _ = context_factory()
    held = _hold_python(context, site)
    page = context.new_page()
    open_screener(page, site)
    next_year = dt.date.today().year + 1
    given = [("court", "federal"), ("offense", "simple_possession"),
             ("offense_date", f"{next_year}-03-15")]  # fmt: skip
    for qid, value in given:
        assert step(page).id == qid
        answer(page, qid, value)
        submit(page)
    guessed = step(page)
    assert guessed.kind == "question" and guessed.id != "offense_date"
    assert _engine(page) == "loading"
    answer(page, guessed.id, "us_citizen" if guessed.id == "citizenship" else "other")
    tab_to(page, "[data-screener] [data-host] > * button[type=submit]")
    page.keyboard.press("Enter")  # answered while Python is still loading, or just after
    for route in held:
        route.continue_()
    wait_ready(page)
    page.wait_for_selector("form[data-question=offense_date] .screener-error-summary")
    now = step(page)
    assert now.id == "offense_date" and now.error
    assert "future" in page.inner_text(".screener-error-summary")
    # The reader puts the date right and goes on, from Python's answers now.
    for part in ("day", "month", "year"):
        page.fill(f"[name=offense_date-{part}]", "")
    answer(page, "offense_date", "2024-03-15")
    after = submit(page)
    assert after.kind == "question" and not after.error
    # Only what is still open comes next (issue 20.2): the guessed question, if its answer was
    # not taken before Python moved the reader (its choice is then kept), else the one after.
    fixed = {"court": "federal", "offense": "simple_possession", "offense_date": "2024-03-15"}
    guessed_answer = "us_citizen" if guessed.id == "citizenship" else "other"
    assert after.id in (
        next_question(fixed).id,
        next_question({**fixed, guessed.id: guessed_answer}).id,
    )
    if after.id == guessed.id:
        assert page.is_checked(f'[name="{guessed.id}"][value="{guessed_answer}"]')


def test_a_continue_pressed_before_the_page_script_runs_is_kept(context_factory, site):
    """The first question is on screen before the page script has run; a Continue pressed
    then is not lost: the page takes it once its script is in."""
    context, _ = context_factory()
    held: list = []
    context.route("**/assets/screener/screener.js*", lambda route: held.append(route))
    page = context.new_page()
    page.goto(site.url + "check/", wait_until="commit")
    page.wait_for_selector("[data-screener] form[data-question=court]", state="visible")
    answer(page, "court", "federal")
    tab_to(page, "[data-screener] [data-host] > * button[type=submit]")
    page.keyboard.press("Enter")
    assert held, "the page script was not held back"
    assert page.url == site.url + "check/" and step(page).id == "court"
    for route in held:
        route.continue_()
    page.wait_for_selector("[data-screener] form[data-question=offense]")
    assert step(page).id == "offense"


FORM_STATE_JS = """(qid) => {
  const form = document.querySelector(`[data-host] > form[data-question="${qid}"]`);
  if (!form) return null;
  return [...form.querySelectorAll("input, select")].map((el) =>
    `${el.name}=${el.type === "radio" || el.type === "checkbox" ? el.checked : el.value}`);
}"""


@pytest.mark.parametrize(
    ("case_id", "changes"),
    [
        ("C01", {"prior_drug_record": ["none"], "age_at_offense": "not_sure"}),
        ("C35", {"birth_date": "1999-07-04", "probation_months": 9}),
    ],
)
def test_answers_given_while_python_loads_come_back_as_given(
    cases, context_factory, site, case_id, changes
):
    """Dates, numbers, lists and "I don't know", answered before Python is in, come back
    exactly as given after the page's Back and the browser's Back, and again going forward."""
    context, _ = context_factory()
    held = _hold_python(context, site)
    page = context.new_page()
    open_screener(page, site)
    case = next(c for c in cases if c["id"] == case_id)
    answers = {**NEUTRAL, **case["answers"], **changes}
    asked = _interview(answers)[:-1]
    kinds = set()
    given = {}
    for qid in asked:
        assert step(page).id == qid
        answer(page, qid, answers[qid])
        given[qid] = page.evaluate(FORM_STATE_JS, qid)
        kinds.add(page.evaluate(f"() => document.querySelector('[name^={qid}]').type"))
        assert submit(page).kind == "question"
    assert {"radio", "text"} <= kinds
    assert _engine(page) == "loading"
    for i, qid in enumerate(reversed(asked)):
        if i % 2:
            page.go_back()
        else:
            tab_to(page, "[data-screener] [data-action=back]")
            page.keyboard.press("Enter")
        page.wait_for_selector(f'[data-host] > form[data-question="{qid}"]')
        assert page.evaluate(FORM_STATE_JS, qid) == given[qid], qid
    assert _engine(page) == "loading"
    for qid in asked:  # forward again, by Continue: each answer still as given
        assert page.evaluate(FORM_STATE_JS, qid) == given[qid], qid
        assert submit(page).kind == "question"
    assert held


def test_after_a_refused_answer_the_reader_goes_on_from_what_is_new_not_the_whole_way(
    cases, context_factory, site
):
    """A future date given at question 3 while Python loads, and the reader goes on to the
    last question and ticks its answer without sending it. Python takes them back to the date,
    says why; once it is put right, the next step is the first question still open (with the
    tick kept), not the questions already answered."""
    context, _ = context_factory()
    held = _hold_python(context, site)
    page = context.new_page()
    open_screener(page, site)
    case = next(c for c in cases if c["id"] == "C01")
    answers = {**NEUTRAL, **case["answers"]}
    asked = _interview(answers)
    future = f"{dt.date.today().year + 1}-03-15"
    given = {}
    for qid in asked[:-1]:
        assert step(page).id == qid
        value = future if qid == "offense_date" else answers[qid]
        answer(page, qid, value)
        given[qid] = value
        assert submit(page).kind == "question"
    last = step(page).id
    answer(page, last, answers[last])  # chosen, not sent
    chosen = page.evaluate(FORM_STATE_JS, last)
    for route in held:
        route.continue_()
    wait_ready(page)
    page.wait_for_selector("form[data-question=offense_date] .screener-error-summary")
    summary = page.inner_text(".screener-error-summary")
    assert texts("en")["moved"] in summary and "future" in summary
    for part in ("day", "month", "year"):
        page.fill(f"[name=offense_date-{part}]", "")
    answer(page, "offense_date", answers["offense_date"])
    fixed = {**given, "offense_date": answers["offense_date"]}
    first_open = next(q for q in _interview({**answers, **fixed}) if q not in fixed)
    now = submit(page)
    assert now.kind == "question" and now.id == first_open and not now.error, now
    if first_open == last:
        assert page.evaluate(FORM_STATE_JS, last) == chosen  # what was chosen is kept
    assert submit(page).kind in ("check", "question")
