"""Driving the screener by keyboard, as a reader would: Tab to a field, arrows and Space to choose,
type into text fields, Tab to Continue and press Enter; and by real pointer taps (``tap``: the
mouse pressed at an element's place on the screen, not a click dispatched to it). Selectors
follow the markup contract (docs-dev/checker-contract.md): ``form[data-question=ID]``, inputs
named by question id,
``form[data-step=check]``, one element with ``data-outcome`` and ``data-flags``.

Under the site's CSP the page cannot ``eval``: every predicate here is a function (Playwright
calls it through the DevTools protocol), never a string expression.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tools.local_site import CHROMIUM, CHROMIUM_ARGS  # noqa: F401 - the browser fixture uses them

REPO = Path(__file__).resolve().parents[2]
AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"
READY_MS = 90_000  # Python start-up, generous for a loaded 2-core machine

# Answers the example cases leave out because their facts make them plain; the interview asks.
# Answers for questions a case leaves out (the cases predate some questions).
NEUTRAL = {
    "had_prescription": "no",
    "birth_date": "not_sure",
    "court_state": "not_sure",
    "status_on_pardon_date": "yes",
    "lawful_presence_at_offense": "yes",
}

STEP_JS = """() => {
  const step = document.querySelector("[data-screener] [data-host] > *");
  if (!step) return null;
  const error = !!step.querySelector(".screener-error-summary");
  if (step.matches("[data-outcome]")) return {kind: "result", id: null, error};
  if (step.matches("form[data-step=check]")) return {kind: "check", id: null, error};
  return {kind: "question", id: step.dataset.question, error};
}"""


@dataclass(frozen=True)
class Step:
    kind: str  # "question" | "check" | "result"
    id: str | None
    error: bool


def step(page) -> Step:
    return Step(**page.evaluate(STEP_JS))


def open_screener(page, site, path: str = "check/") -> None:
    page.goto(site.url + path)
    page.wait_for_selector("[data-screener] form[data-question]", state="visible")


def wait_ready(page, timeout: int = READY_MS) -> None:
    page.wait_for_selector("[data-screener][data-engine=ready]", state="attached", timeout=timeout)


def tab_to(page, selector: str, limit: int = 300) -> None:
    """Press Tab until the focused element matches ``selector``."""
    for _ in range(limit):
        if page.evaluate("(s) => !!document.activeElement?.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def focused(page, selector: str) -> bool:
    return page.evaluate("(s) => !!document.activeElement?.matches(s)", selector)


def _kind(page, qid: str) -> str:
    return page.evaluate(
        """(q) => {
          const f = document.querySelector(`form[data-question="${q}"]`);
          if (f.querySelector(`[name="${q}-day"]`)) return "date";
          if (f.querySelector(`select[name="${q}"]`)) return "select";
          if (f.querySelector(`input[type=text][name="${q}"]`)) return "number";
          if (f.querySelector(`input[type=radio][name="${q}"]`)) return "radio";
          return "checkbox";
        }""",
        qid,
    )


def answer(page, qid: str, value) -> None:
    """Fill in the shown question ``qid`` with ``value`` (an answer code, list, date or number)."""
    form = f'form[data-question="{qid}"]'
    kind = _kind(page, qid)
    if value == "not_sure" and kind in ("date", "number"):
        tab_to(page, f'{form} input[type=checkbox][name="{qid}"][value="not_sure"]')
        page.keyboard.press("Space")
    elif kind == "radio":
        tab_to(page, f'{form} input[type=radio][name="{qid}"]')
        for _ in range(60):
            if focused(page, f'[value="{value}"]'):
                if not page.evaluate("() => document.activeElement.checked"):
                    page.keyboard.press("Space")
                break
            page.keyboard.press("ArrowDown")  # moves to the next radio and checks it
        else:
            raise AssertionError(f"{qid}: no radio {value!r}")
    elif kind == "checkbox":
        order = page.eval_on_selector_all(
            f'{form} input[name="{qid}"]', "els => els.map(e => e.value)"
        )
        for wanted in sorted(value, key=order.index):
            tab_to(page, f'{form} input[name="{qid}"][value="{wanted}"]')
            page.keyboard.press("Space")
    elif kind == "select":
        tab_to(page, f"{form} select")
        for _ in range(80):
            if page.evaluate("() => document.activeElement.value") == value:
                break
            page.keyboard.press("ArrowDown")
        else:
            raise AssertionError(f"{qid}: no option {value!r}")
    elif kind == "date":
        year, month, day = value.split("-")
        for part, text in (("day", day), ("month", month), ("year", year)):
            tab_to(page, f'{form} input[name="{qid}-{part}"]')
            page.keyboard.type(str(int(text)) if text.isdigit() else text)
    else:
        tab_to(page, f'{form} input[type=text][name="{qid}"]')
        page.keyboard.type(str(value))


PHONES = [(320, 640), (390, 844)]  # viewports the pointer tests run at: width, height


def settled(page, timeout: int = READY_MS) -> None:
    """Wait until the screener takes taps again (it ignores them for a moment after Continue
    and after a new step appears)."""
    page.wait_for_selector(
        "[data-screener]:not([data-settling])", state="attached", timeout=timeout
    )


def tap_point(page, selector: str) -> tuple[float, float]:
    """Where a finger would tap ``selector``: the middle of its box, scrolled into view first."""
    element = page.locator(selector).first
    element.scroll_into_view_if_needed()
    box = element.bounding_box()
    assert box, f"{selector} has no box on the screen"
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def tap(page, selector: str) -> tuple[float, float]:
    """A real pointer tap on ``selector`` (press and release at its place); returns the point."""
    x, y = tap_point(page, selector)
    page.mouse.click(x, y)
    return x, y


def current(page):
    """The step on screen now (an element handle)."""
    return page.query_selector("[data-screener] [data-host] > *")


def wait_for_new_step(page, before, timeout: int = READY_MS) -> Step:
    page.wait_for_function(
        """(old) => {
          const now = document.querySelector("[data-screener] [data-host] > *");
          const failed = document.querySelector("[data-screener]").dataset.engine === "failed";
          return now !== old || failed;
        }""",
        arg=before,
        timeout=timeout,
    )
    return step(page)


def submit(page, timeout: int = READY_MS) -> Step:
    """Tab to the step's only submit button, press Enter, and wait for the page to respond."""
    before = page.query_selector("[data-screener] [data-host] > *")
    summary = page.query_selector("[data-screener] [data-host] .screener-error-summary")
    tab_to(page, "[data-screener] [data-host] > * button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_function(
        """([old, oldSummary]) => {
          const now = document.querySelector("[data-screener] [data-host] > *");
          const failed = document.querySelector("[data-screener]").dataset.engine === "failed";
          const summary = old.querySelector(".screener-error-summary");
          return failed || now !== old || (summary !== null && summary !== oldSummary);
        }""",
        arg=[before, summary],
        timeout=timeout,
    )
    return step(page)


@dataclass
class Run:
    given: dict  # what the reader answered, question by question
    outcome: str
    flags: list[str]
    steps: list[Step]


def complete(page, answers: dict, neutral: dict = NEUTRAL, each_step=None) -> Run:
    """Answer whatever question the page shows from ``answers`` (else ``neutral``), then check
    the answers and open the result. ``each_step(page, step)`` runs on every step shown,
    starting with the one on screen now."""
    given: dict = {}
    steps: list[Step] = []
    now = step(page)
    for _ in range(40):
        steps.append(now)
        if each_step:
            each_step(page, now)
        if now.kind != "question":
            break
        qid = now.id
        value = answers[qid] if qid in answers else neutral[qid]
        answer(page, qid, value)
        given[qid] = value
        now = submit(page)
        assert not now.error, f"the page reports an error at {now}"
    assert now.kind == "check", f"expected 'Check your answers', got {now}"
    now = submit(page)
    steps.append(now)
    if each_step:
        each_step(page, now)
    assert now.kind == "result", now
    result = page.locator("[data-outcome]")
    flags = (result.get_attribute("data-flags") or "").split()
    return Run(given, result.get_attribute("data-outcome"), flags, steps)


def axe_violations(page) -> list[str]:
    """axe-core's violations on the page as it is now, one line each (empty: none)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))  # DevTools evaluation: not under CSP
    found = page.evaluate(
        """async () => {
          // Let transitions end first: axe would read a colour halfway through a fade.
          const finite = document.getAnimations().filter(
            (a) => a.effect?.getComputedTiming().endTime !== Infinity);
          await Promise.all(finite.map((a) => a.finished.catch(() => {})));
          const r = await axe.run(document, {resultTypes: ["violations"]});
          return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ` +
            v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; "));
        }"""
    )
    return found


def stored(context, page) -> dict:
    """Everything the site could have kept in the browser."""
    return {
        "cookies": context.cookies(),
        **page.evaluate(
            """async () => ({
              localStorage: Object.entries(localStorage),
              sessionStorage: Object.entries(sessionStorage),
              indexedDB: (await indexedDB.databases()).map((d) => d.name),
              caches: await caches.keys(),
            })"""
        ),
    }
