"""Real pointer taps on phone-sized screens (320×640 and 390×844): the mouse pressed and released
at a control's place on the screen, as a thumb would, not a click dispatched to an element.

An impatient thumb taps Continue twice. The second tap, 150 to 800 ms after the first, lands on
whatever the next step put under it: it must change nothing (no answer ticked, no error shown,
no Back), and the next question must appear exactly as it would after one tap."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from answer_sets import CHARGED_AGE_UNKNOWN
from checker import web

from .drive import PHONES, current, open_screener, settled, step, tap, tap_point, wait_ready
from .drive import wait_for_new_step as new_step

pytestmark = pytest.mark.browser

# A charged § 3607 case that asks a radio, a list of checkboxes, a date and "I don't know".
ANSWERS = CHARGED_AGE_UNKNOWN
DELAYS_MS = (150, 400, 800)  # between the two taps, one after another along the run
SETTLE_MS = 1000  # screener.js: how long a tap on Continue's spot is ignored after it
SLOP_PX = 24  # screener.js TAP_SLOP_PX: how far from the first tap the thumb may land again

SHOWN_STATE = """() => {
  const host = document.querySelector("[data-screener] [data-host]");
  return {
    ticked: [...host.querySelectorAll("input:checked")].map((i) => i.id),
    typed: [...host.querySelectorAll("input[type=text]")].map((i) => i.value).filter(Boolean),
    error: !!host.querySelector(".screener-error-summary"),
    headingFocused: document.activeElement.matches("[data-host] > * h2"),
  };
}"""


def tap_answer(page, qid: str, value) -> None:
    """Answer the shown question ``qid`` by tapping (and typing into the fields tapped)."""
    form = f'form[data-question="{qid}"]'
    if value == "not_sure" and page.locator(f"{form} #{qid}-not_sure[type=checkbox]").count():
        tap(page, f'{form} label[for="{qid}-not_sure"]')
    elif page.locator(f'{form} [name="{qid}-day"]').count():
        year, month, day = value.split("-")
        for part, text in (("day", day), ("month", month), ("year", year)):
            tap(page, f'{form} [name="{qid}-{part}"]')
            page.keyboard.type(str(int(text)))
    else:
        for one in value if isinstance(value, list) else [value]:
            tap(page, f'{form} label[for="{qid}-{one}"]')


def expected_next(given: dict) -> str | None:
    return json.loads(web.step(json.dumps(given), dt.date.today().isoformat()))["next"]


def pause_time(page) -> None:
    """Stop the page's clock (timers, Date, performance.now): from here on the test moves it, so
    "150 ms later" is exactly that, whatever the load on the machine. The worker's is real."""
    page.clock.pause_at(page.evaluate("() => Date.now()") + 1000)


def let_it_settle(page) -> None:
    """Move the page's clock past the moment in which taps are ignored."""
    page.clock.run_for(SETTLE_MS + 1)
    settled(page, timeout=5000)


@pytest.mark.parametrize("width, height", PHONES, ids=[f"{w}x{h}" for w, h in PHONES])
def test_a_second_tap_on_continue_answers_nothing(width, height, context_factory, site):
    context, _ = context_factory(viewport={"width": width, "height": height})
    page = context.new_page()
    page.clock.install()
    open_screener(page, site)
    wait_ready(page)  # the second tap must meet the next step, not the wait for Python
    pause_time(page)
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    given: dict = {}
    shown = step(page)
    for n in range(len(ANSWERS) + 1):
        delay = DELAYS_MS[n % len(DELAYS_MS)]
        let_it_settle(page)
        if shown.kind == "check":
            selector = "form[data-step=check] button[type=submit]"
        else:
            tap_answer(page, shown.id, ANSWERS[shown.id])
            given[shown.id] = ANSWERS[shown.id]
            selector = f'form[data-question="{shown.id}"] button[type=submit]'
        before = current(page)
        x, y = tap_point(page, selector)
        page.mouse.click(x, y)
        if delay > min(DELAYS_MS):
            new_step(page, before)  # the next step is on screen, under the thumb
        # else: the answer may still be on its way to Python
        page.clock.run_for(delay)
        page.mouse.click(x, y)  # the thumb comes down again on the same spot
        after = new_step(page, before)
        state = page.evaluate(SHOWN_STATE)
        where = f"{width}x{height}, second tap {delay} ms after Continue on {shown}"
        if shown.kind == "check":
            assert after.kind == "result", where
            assert page.evaluate("() => window.printed") == 0, where
            assert state["headingFocused"] and not state["error"], (where, state)
            break
        wanted = expected_next(given)
        assert (after.kind, after.id) == (("question", wanted) if wanted else ("check", None)), (
            where
        )
        assert state == {"ticked": [], "typed": [], "error": False, "headingFocused": True}, (
            where,
            state,
        )
        shown = after
    else:
        raise AssertionError("never reached the result")
    assert page.get_attribute("[data-outcome]", "data-outcome") == "eligible_ask_for_3607"


@pytest.mark.parametrize("width, height", PHONES, ids=[f"{w}x{h}" for w, h in PHONES])
def test_taps_work_again_once_the_new_step_has_settled(width, height, context_factory, site):
    """The pause covers only the spot where Continue was tapped: a reader who reads, then taps,
    is heard, and Back (at the top, away from Continue) goes back."""
    context, _ = context_factory(viewport={"width": width, "height": height})
    page = context.new_page()
    page.clock.install()
    open_screener(page, site)
    wait_ready(page)
    pause_time(page)
    tap_answer(page, "court", "federal")
    before = current(page)
    tap(page, 'form[data-question="court"] button[type=submit]')
    assert new_step(page, before).id == "offense"
    let_it_settle(page)
    # Where each sits on the page (tap_point scrolls each to the middle of the screen, so on a
    # short phone both would be at the same height there).
    top = "(e) => e.getBoundingClientRect().top + window.scrollY"
    back = page.locator("[data-screener] [data-action=back]").evaluate(top)
    continue_ = page.locator('form[data-question="offense"] button[type=submit]').evaluate(top)
    assert back < continue_, "Back sits above the step, Continue below it"
    tap_answer(page, "offense", "attempted_possession")
    assert page.is_checked("#offense-attempted_possession")
    before = current(page)
    tap(page, "[data-screener] [data-action=back]")
    assert new_step(page, before).id == "court"
    assert page.is_checked("#court-federal")


def _step_with_option_under_continue(page):
    """Answer "court" by tapping, tap Continue; returns Continue's point and the new step."""
    tap_answer(page, "court", "federal")
    before = current(page)
    point = tap(page, 'form[data-question="court"] button[type=submit]')
    assert new_step(page, before).id == "offense"
    return point


@pytest.mark.parametrize("width, height", PHONES, ids=[f"{w}x{h}" for w, h in PHONES])
def test_early_taps_away_from_continue_are_heard_at_once(width, height, context_factory, site):
    """Issue 20.6: the guard swallowed every tap for a second, so a Back 0.6 s after a step, or
    an option tapped early, was dropped with no sign. Only the spot the thumb tapped is guarded."""
    context, _ = context_factory(viewport={"width": width, "height": height})
    page = context.new_page()
    page.clock.install()
    open_screener(page, site)
    wait_ready(page)
    pause_time(page)
    x, y = _step_with_option_under_continue(page)
    page.clock.run_for(100)
    # An option on the screen away from where Continue was: heard at once (no scrolling
    # between, so that the screen spot is the thumb's).
    far = page.evaluate(
        """([x, y, slop]) => {
          for (const label of document.querySelectorAll("[data-host] > form label")) {
            const r = label.getBoundingClientRect();
            const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
            const away = Math.hypot(cx - x, cy - y) > 3 * slop;
            if (away && cy > 80 && cy < innerHeight - 10) return { cx, cy, id: label.htmlFor };
          }
          return null;
        }""",
        [x, y, SLOP_PX],
    )
    assert far, "no option on the screen away from Continue's spot"
    page.mouse.click(far["cx"], far["cy"])
    assert page.is_checked(f"#{far['id']}")
    page.clock.run_for(500)  # 0.6 s after the step showed
    before = current(page)
    tap(page, "[data-screener] [data-action=back]")
    assert new_step(page, before).id == "court"


NEAREST_LABEL = """([x, y]) => {
  let best = null;
  for (const label of document.querySelectorAll("[data-host] > form label")) {
    const r = label.getBoundingClientRect();
    const px = Math.min(Math.max(x, r.left + 2), r.right - 2);
    const py = Math.min(Math.max(y, r.top + 2), r.bottom - 2);
    const d = Math.hypot(px - x, py - y);
    if (!best || d < best.d) best = { px, py, d, id: label.htmlFor };
  }
  return best;
}"""


@pytest.mark.parametrize("width, height", PHONES, ids=[f"{w}x{h}" for w, h in PHONES])
@pytest.mark.parametrize("after_ms", [150, 600, SETTLE_MS - 1, SETTLE_MS + 1])
def test_the_window_stops_a_double_tap_and_no_more(width, height, after_ms, context_factory, site):
    """The measured window: a second tap on the next step's option nearest to where Continue
    was tapped. Within TAP_SLOP_PX of that spot and SETTLE_MS of the step, it is the same
    thumb coming down again: nothing is ticked. Farther away, or later, it is heard."""
    context, _ = context_factory(viewport={"width": width, "height": height})
    page = context.new_page()
    page.clock.install()
    open_screener(page, site)
    wait_ready(page)
    pause_time(page)
    x, y = _step_with_option_under_continue(page)
    near = page.evaluate(NEAREST_LABEL, [x, y])
    page.clock.run_for(after_ms)
    page.mouse.click(near["px"], near["py"])
    heard = after_ms > SETTLE_MS or near["d"] > SLOP_PX
    assert page.is_checked(f"#{near['id']}") == heard, (after_ms, near)
    assert step(page).id == "offense" and not page.evaluate(SHOWN_STATE)["error"]
