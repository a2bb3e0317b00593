"""One visit of a page in the benchmark: the scripts it puts in the page, and the figures of a
visit to the screener (ours or the baseline) or to a plain page.

Used by tools/bench/bench.py; see its docstring for what each figure means.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any

from tools.bench.bench_network import NetLog, Profile, WireCounter, wait_quiet

VIEWPORT = {"width": 390, "height": 844}  # a phone
READY_TIMEOUT_MS = 240_000

# --------------------------------------------------------------------------------------------
# In the page

# Runs before any of the page's own scripts (Playwright's init script: the DevTools protocol,
# so the page's Content-Security-Policy does not apply to it).
INIT_JS = r"""
(() => {
  if (window.__bench) return;
  const bench = (window.__bench = { marks: {}, longtasks: [] });
  const usable = (form) => {
    if (!form || !form.isConnected) return false;
    if (!form.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const fields = [...form.querySelectorAll("input, select, textarea, button[type=submit]")];
    return fields.length > 0 && fields.every((f) => !f.disabled);
  };
  const frame = () => {
    if (usable(document.querySelector("[data-screener] form[data-question]"))) {
      bench.marks.first_question = performance.now();
    } else if (document.readyState === "complete" && !document.querySelector("[data-screener]")) {
      return; // a page without the screener
    } else {
      requestAnimationFrame(frame);
    }
  };
  requestAnimationFrame(frame);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {}
})();
"""

PAGE_STATE_JS = """() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const ready = performance.getEntriesByName("screener:python-ready")[0];
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  const root = document.querySelector("[data-screener]");
  return {
    first_question: window.__bench?.marks.first_question ?? null,
    python_ready: ready ? ready.startTime : null,
    fcp: fcp ? fcp.startTime : null,
    fetch_start: nav ? nav.fetchStart : 0,
    load: nav ? nav.loadEventEnd : null,
    longtasks: window.__bench?.longtasks ?? [],
    engine: root ? root.dataset.engine ?? null : null,
  };
}"""

READY_JS = """() => {
  const root = document.querySelector("[data-screener]");
  if (root && root.dataset.engine === "failed") return "failed";
  return performance.getEntriesByName("screener:python-ready").length > 0 ? "ready" : false;
}"""

# Fill the shown question (the markup contract: form[data-question=ID], inputs named ID) or,
# with qid null, take the check step; click its only submit button; time until the next step is
# in the DOM and until the next frame.
STEP_JS = r"""async ([qid, value, answers, timeoutMs = 60000]) => {
  const root = document.querySelector("[data-screener]");
  const host = root.querySelector("[data-host]");
  const esc = CSS.escape;
  let form;
  if (qid === null) {
    form = root.querySelector("form[data-step=check]");
    if (answers) window.benchAnswers = answers;
    if (form) form.hidden = false;
  } else {
    form = host.querySelector(`form[data-question="${esc(qid)}"]`);
  }
  if (!form) {
    const shown = host.firstElementChild;
    return { error: `no form for ${qid}; shown: ${shown && shown.outerHTML.slice(0, 120)}` };
  }
  if (qid !== null) {
    const named = [...form.querySelectorAll(`[name="${esc(qid)}"]`)];
    const day = form.querySelector(`[name="${esc(qid)}-day"]`);
    const text = named.find((e) => e.type === "text");
    const select = named.find((e) => e.tagName === "SELECT");
    const notSure = named.find((e) => e.type === "checkbox" && e.value === "not_sure");
    if (value === "not_sure" && notSure && (day || text)) {
      notSure.checked = true;
    } else if (day) {
      const [y, m, d] = String(value).split("-");
      const plain = (s) => (/^\d+$/.test(s) ? String(Number(s)) : s);
      form.querySelector(`[name="${esc(qid)}-day"]`).value = plain(d);
      form.querySelector(`[name="${esc(qid)}-month"]`).value = plain(m);
      form.querySelector(`[name="${esc(qid)}-year"]`).value = y;
    } else if (select) {
      select.value = String(value);
    } else if (text) {
      text.value = String(value);
    } else {
      const values = (Array.isArray(value) ? value : [value]).map(String);
      for (const box of named) box.checked = values.includes(box.value);
    }
  }
  const before = host.firstElementChild;
  const errorsBefore = before ? before.querySelector(".screener-error-summary") : null;
  const changed = () => {
    const now = host.firstElementChild;
    const errors = now ? now.querySelector(".screener-error-summary") : null;
    return now !== before || errors !== errorsBefore;
  };
  let tDom = null;
  let observer;
  const t0 = performance.now();
  const frame = new Promise((resolve) => {
    const seen = () => {
      if (tDom !== null || !changed()) return;
      tDom = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    };
    observer = new MutationObserver(seen);
    observer.observe(host, { childList: true, subtree: true });
    setTimeout(() => { observer.disconnect(); resolve(null); }, timeoutMs);
    window.__benchSeen = seen;
  });
  form.querySelector("button[type=submit]").click();
  window.__benchSeen();
  const tFrame = await frame;
  const now = host.firstElementChild;
  const kind = !now ? "none"
    : now.matches("[data-outcome]") ? "result"
    : now.matches("form[data-step=check]") ? "check"
    : now.matches("form[data-question]") ? "question" : "other";
  return {
    t0,
    dom_ms: tDom === null ? null : tDom - t0,
    frame_ms: tFrame === null ? null : tFrame - t0,
    kind,
    id: now && now.dataset ? now.dataset.question ?? null : null,
    error: !!(now && now.querySelector(".screener-error-summary")),
    outcome: now && now.dataset ? now.dataset.outcome ?? null : null,
    engine: root.dataset.engine ?? null,
  };
}"""


# --------------------------------------------------------------------------------------------
# One visit


class VisitError(RuntimeError):
    pass


def _bytes_at(state: dict, log: NetLog, page_ms: float | None) -> int | None:
    """Bytes on the wire by ``page_ms`` (ms after the page's time origin), or None if unknown."""
    if page_ms is None or log.nav_ts is None:
        return None
    return log.bytes_by(log.nav_ts + (page_ms - state["fetch_start"]) / 1000)


def _to_page_time(state: dict, log: NetLog):
    """The protocol's clock (seconds) to page time (ms after the page's time origin)."""
    nav = log.nav_ts or 0.0
    return lambda ts: (ts - nav) * 1000 + state["fetch_start"]


def _longest_task(state: dict, until_ms: float | None) -> float:
    tasks = [d for start, d in state["longtasks"] if until_ms is None or start <= until_ms]
    return max(tasks, default=0.0)


def visit_screener(context, counter: WireCounter, url: str, profile: Profile,
                   walk: list[tuple[str, Any]], answers: dict, expected: str,
                   baseline: bool) -> dict[str, Any]:  # fmt: skip
    """Open the screener (ours or the baseline) in ``context``; give the answers once Python is
    ready; return this visit's figures."""
    page = context.new_page()
    try:
        log = NetLog.attach(context, page, profile.conditions(), profile.cpu_rate)
        mark = counter.mark()
        page.goto(url, wait_until="commit", timeout=READY_TIMEOUT_MS)
        status = page.wait_for_function(READY_JS, timeout=READY_TIMEOUT_MS, polling=50)
        if status.json_value() == "failed":
            raise VisitError("the page says Python failed to start")
        page.wait_for_function(
            "() => window.__bench && window.__bench.marks.first_question !== undefined",
            timeout=30_000, polling=50,
        )  # fmt: skip
        state = page.evaluate(PAGE_STATE_JS)
        timings: dict[str, Any] = {}
        if baseline:
            step = page.evaluate(STEP_JS, [None, None, answers])
            _expect(step, "result", expected)
            timings["last_answer_ms"] = step["frame_ms"]
            timings["last_answer_dom_ms"] = step["dom_ms"]
        else:
            for i, (qid, value) in enumerate(walk):
                step = page.evaluate(STEP_JS, [qid, value, None])
                last = i == len(walk) - 1
                _expect(step, "check" if last else "question", None if last else walk[i + 1][0])
            timings["last_answer_ms"] = step["frame_ms"]
            timings["last_answer_dom_ms"] = step["dom_ms"]
            step = page.evaluate(STEP_JS, [None, None, None])
            _expect(step, "result", expected)
            timings["confirm_ms"] = step["frame_ms"]
            timings["confirm_dom_ms"] = step["dom_ms"]
        quiet = wait_quiet(page, log, counter)
        wire = log.reconcile(counter.since(mark))
        first = state["first_question"]
        ready = state["python_ready"]
        figures = {
            "first_question_ms": first,
            "first_question_bytes": _bytes_at(state, log, first),
            "python_ready_ms": ready,
            "python_ready_bytes": _bytes_at(state, log, ready),
            "longest_task_ms": _longest_task(state, ready),
            **timings,
            "total_bytes": log.bytes_by(),
            "fcp_ms": state["fcp"],
        }
        return {"figures": figures, "network": {**log.summary(), **wire, "quiet": quiet},
                "python_requests": log.python_requests(),
                "waterfall": log.waterfall(_to_page_time(state, log))}  # fmt: skip
    finally:
        page.close()


def visit_paced(context, counter: WireCounter, url: str, profile: Profile,
                walk: list[tuple[str, Any]], expected: str,
                pace_ms: float) -> dict[str, Any]:  # fmt: skip
    """A reader who takes ``pace_ms`` over every step, from the moment it is shown: they answer
    the questions of ``walk`` one by one (ours or the baseline, from the first question shown,
    whether Python is ready or not), then "See your result". For each step, the wait from the
    click to the frame that shows the next step; the time to the result; the share of the visit
    spent waiting."""
    page = context.new_page()
    try:
        log = NetLog.attach(context, page, profile.conditions(), profile.cpu_rate)
        mark = counter.mark()
        page.goto(url, wait_until="commit", timeout=READY_TIMEOUT_MS)
        page.wait_for_function(
            "() => window.__bench && window.__bench.marks.first_question !== undefined",
            timeout=READY_TIMEOUT_MS, polling=50,
        )  # fmt: skip
        shown = page.evaluate("() => window.__bench.marks.first_question")
        steps = []
        for i, (qid, value) in enumerate([*walk, (None, None)]):
            now = page.evaluate("() => performance.now()")
            if shown + pace_ms > now:
                page.wait_for_timeout(shown + pace_ms - now)
            step = page.evaluate(STEP_JS, [qid, value, None, READY_TIMEOUT_MS])
            if qid is None:
                _expect(step, "result", expected)
            elif i == len(walk) - 1:
                _expect(step, "check", None)
            else:
                _expect(step, "question", walk[i + 1][0])
            steps.append({"step": qid or "check", "clicked_ms": step["t0"],
                          "wait_ms": step["frame_ms"], "engine": step["engine"]})  # fmt: skip
            shown = step["t0"] + step["frame_ms"]
        state = page.evaluate(PAGE_STATE_JS)
        quiet = wait_quiet(page, log, counter)
        wire = log.reconcile(counter.since(mark))
        waiting = sum(s["wait_ms"] for s in steps)
        figures = {
            "paced_first_question_ms": state["first_question"],
            "paced_python_ready_ms": state["python_ready"],
            "paced_waiting_ms": waiting,
            "paced_result_ms": shown,
            "paced_waiting_share": waiting / shown,
            "paced_confirm_ms": steps[-1]["wait_ms"],
            "paced_longest_wait_ms": max(s["wait_ms"] for s in steps),
        }
        return {"figures": figures, "steps": steps,
                "network": {**log.summary(), **wire, "quiet": quiet}}  # fmt: skip
    finally:
        page.close()


def _expect(step: dict, kind: str, what: str | None) -> None:
    if step.get("error") is True or "dom_ms" not in step:
        raise VisitError(f"the screener reported a problem: {step}")
    if step["kind"] != kind:
        raise VisitError(f"expected {kind}, got {step}")
    if kind == "question" and what and step["id"] != what:
        raise VisitError(f"expected question {what}, got {step['id']}")
    if kind == "result" and what and step["outcome"] != what:
        raise VisitError(f"expected outcome {what}, got {step['outcome']}")
    if step["frame_ms"] is None:
        raise VisitError(f"the next step never showed: {step}")


def visit_plain(context, counter: WireCounter, url: str, profile: Profile) -> dict[str, Any]:
    """Open a page without the screener; its bytes, and whatever Python it asked for."""
    page = context.new_page()
    try:
        log = NetLog.attach(context, page, profile.conditions(), profile.cpu_rate)
        mark = counter.mark()
        page.goto(url, wait_until="load", timeout=READY_TIMEOUT_MS)
        quiet = wait_quiet(page, log, counter)
        wire = log.reconcile(counter.since(mark))
        state = page.evaluate(PAGE_STATE_JS)
        return {
            "figures": {"explainer_bytes": log.bytes_by(), "load_ms": state["load"]},
            "network": {**log.summary(), **wire, "quiet": quiet},
            "python_requests": log.python_requests(),
            "stray_workers": log.stray_workers(),
        }
    finally:
        page.close()


@contextmanager
def browser_context(browser):
    """A new browser context: its own empty HTTP cache, storage and processes."""
    context = browser.new_context(viewport=VIEWPORT, service_workers="block")
    context.add_init_script(INIT_JS)
    try:
        yield context
    finally:
        context.close()
