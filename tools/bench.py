"""What the screener costs a reader, beside the obvious way of doing the same thing.

    python tools/bench.py [--runs N] [--profiles unthrottled,fast4g,slow4g] [--quick]
                          [--stdlib source,pyc,...] [--json PATH]
    python tools/bench.py --readme [--json PATH]     # rewrite README's Performance figures

One run of the benchmark:

1. Builds the site once into a temporary folder, with ``site_url`` equal to the address it is
   then served at (127.0.0.1, a free port, under ``/fedfirstoffender/``), and writes the baseline
   page into that copy (``bench-baseline/``, see tools/bench_baseline.py). The build ships what
   the build ships: set ``SCREENER_STDLIB`` (or pass ``--stdlib a,b`` to build and measure each
   mode) to compare standard libraries.
2. Serves it with tools/serve.py (gzip, ``Cache-Control: max-age=600``, like GitHub Pages).
3. Drives Debian's chromium through Playwright. Each run opens a new, empty browser context
   (its own in-memory HTTP cache: a first visit, "cold"; the benchmark counts cache hits to prove
   it) and then a second page in the same context ("warm": the HTTP cache as the first visit
   left it). The network profile is set through the DevTools protocol
   (``Network.emulateNetworkConditions``) on the page before it navigates. Chromium applies it to
   the page's dedicated workers too (measured: the worker's downloads take as long as the profile
   allows). The benchmark also attaches to every worker while it waits for the debugger
   (``Target.setAutoAttach``, not flattened) to record its requests, and sends it the same
   command, which Chromium 156 refuses there ("Not supported", kept in the JSON); so every run
   checks that no large worker download arrived faster than the profile's rate, and says so in
   the notes if one did.
4. Counts bytes on the wire from the same protocol, page and workers alike
   (``Network.responseReceived`` / ``dataReceived`` / ``loadingFinished``, ``encodedDataLength``:
   headers plus compressed body), each with its time, so "bytes by the time X" means bytes that
   had arrived by then, in-flight files included. The server counts what it writes, per request;
   each visit is reconciled with it (a worker's own script reports its events to the worker's
   session, with headers only: the server's count fills the gap, at that request's time).

Measured on every visit (all times from navigation start):
- first question usable: the first ``requestAnimationFrame`` callback (the time it runs, not
  the frame's nominal start: so the main thread is free to take input, and render-blocking
  styles are in) in which the first ``<form data-question>`` is visible (``checkVisibility``)
  and every input in it enabled; bytes by then;
- Python ready: ``performance.mark("screener:python-ready")`` (the page's, on the worker's
  "ready"; the baseline marks the same after its main-thread start-up); bytes by then; the
  longest main-thread task until then (``longtask`` entries: a frozen page shows here);
- once Python is ready, the example case's answers are given one by one; last answer: from the
  click on the last question's Continue to the next rendered frame showing the next step
  ("Check your answers"; the baseline has no such step: its one Python call and the result);
  confirm: from "See your result" to the frame showing ``[data-outcome]`` (ours only);
- every byte of the visit (until the network is quiet).
And for an explainer page (``how-it-works/``): its bytes. Every page in the sitemap except the
check page is also opened once and must not request anything of Python (Pyodide, WebAssembly,
a standard library, the checker archive, the screener's worker) nor start a worker other than
Material's search: the one hard check (exit status 1).

Medians of ``--runs`` runs (default 5) with min and max; a table on the terminal; JSON in
``bench-results/bench-YYYYMMDD-HHMMSS.json`` and ``bench-results/latest.json`` (a ``--quick``
run writes ``bench-results/quick-latest.json`` instead, so it never stands for a full run).
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import platform
import re
import statistics
import sys
import tempfile
import threading
import time
import zipfile
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools import bench_baseline, local_site  # noqa: E402
from tools.local_site import BASE, CHROMIUM, CHROMIUM_ARGS, free_port  # noqa: E402
from tools.serve import COMPRESSIBLE, TYPES, make_server  # noqa: E402

RESULTS_DIR = ROOT / "bench-results"
README = ROOT / "README.md"
README_START, README_END = "<!-- bench:start -->", "<!-- bench:end -->"
CHECK_PATH = "check/"
EXPLAINER_PATH = "how-it-works/"
CASES_FILE = ROOT / "tests" / "cases" / "examples.json"
CASE_ID = "C01"  # ten questions, every rule evaluated, an "eligible" result
TODAY = None  # the page uses the reader's date; so does the CPython walk below

VIEWPORT = {"width": 390, "height": 844}  # a phone
READY_TIMEOUT_MS = 240_000
QUIET_MS = 500
KB = 1000  # "250 KB" in the targets: kilobytes of 1000 bytes


@dataclass(frozen=True)
class Profile:
    key: str
    label: str
    down_mbps: float | None  # None: no throttling
    up_mbps: float | None
    latency_ms: float

    def conditions(self) -> dict[str, Any] | None:
        if self.down_mbps is None:
            return None
        return {
            "offline": False,
            "latency": self.latency_ms,
            "downloadThroughput": self.down_mbps * 1e6 / 8,
            "uploadThroughput": self.up_mbps * 1e6 / 8,
            "connectionType": "cellular4g",
        }

    def as_dict(self) -> dict[str, Any]:
        return {"label": self.label, "down_mbps": self.down_mbps, "up_mbps": self.up_mbps,
                "latency_ms": self.latency_ms, "cdp": self.conditions()}  # fmt: skip


# The figures issue 5 names. Chrome DevTools' own presets of the same names scale them
# (throughput x0.9, latency x2.75 or x3.75, to stand for a round trip); these are the plain ones.
PROFILES = {
    "unthrottled": Profile("unthrottled", "unthrottled", None, None, 0),
    "fast4g": Profile("fast4g", "fast 4G", 9.0, 1.5, 60),
    "slow4g": Profile("slow4g", "slow 4G", 1.6, 0.75, 150),
}
VISITS = ("cold", "warm")

# A request for any of these is Python: the hard check on explainer pages.
PYTHON_REQUEST = re.compile(
    r"pyodide|\.wasm(\?|$)|python_stdlib|stdlib[^/]*\.zip|/checker[^/]*\.zip|screener/worker\.mjs",
    re.I,
)
SEARCH_WORKER = re.compile(r"/assets/javascripts/workers/search\.[0-9a-f]+\.min\.js$")

# name, label, unit ("ms" | "bytes"), which pages have it
METRICS = (
    ("first_question_ms", "first question usable", "ms"),
    ("first_question_bytes", "  bytes by then", "bytes"),
    ("python_ready_ms", "Python ready", "ms"),
    ("python_ready_bytes", "  bytes by then", "bytes"),
    ("longest_task_ms", "  longest main-thread task", "ms"),
    ("last_answer_ms", "last answer -> next step shown", "ms"),
    ("confirm_ms", "confirm -> result shown", "ms"),
    ("total_bytes", "whole visit, bytes", "bytes"),
    ("explainer_bytes", "explainer page, bytes", "bytes"),
)

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

# Fill the shown question (markup contract of issue 4) or, with qid null, take the check step;
# click its only submit button; time until the next step is in the DOM and until the next frame.
STEP_JS = r"""async ([qid, value, answers]) => {
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
    setTimeout(() => { observer.disconnect(); resolve(null); }, 60000);
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
# The network, as the DevTools protocol reports it


@dataclass
class Req:
    url: str
    target: str  # "page" or the worker's URL
    started: float  # monotonic seconds (the protocol's clock)
    kind: str = ""
    received: int = 0
    series: list[tuple[float, int]] = field(default_factory=list)  # (time, bytes that arrived)
    done: bool = False
    failed: str = ""
    cached: bool = False
    handed: bool = False  # a worker's own script: its events go to the worker's session
    redirects: list[str] = field(default_factory=list)  # later URLs under the same id


class WireCounter:
    """Bytes the server wrote for each request (status line, headers and body): the ground
    truth the protocol's figures are reconciled with. Visits run one at a time, so the
    entries between two marks belong to one visit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.entries: list[tuple[str, int]] = []  # (path with query, bytes)
        self.last_activity = time.monotonic()

    def add(self, path: str, count: int) -> None:
        with self._lock:
            self.entries.append((path, count))
            self.last_activity = time.monotonic()

    def mark(self) -> int:
        with self._lock:
            return len(self.entries)

    def since(self, mark: int) -> list[tuple[str, int]]:
        with self._lock:
            return list(self.entries[mark:])


class _CountingWriter:
    def __init__(self, inner) -> None:
        self.inner = inner
        self.count = 0

    def write(self, data) -> int:
        self.count += len(data)
        return self.inner.write(data)

    def __getattr__(self, name):
        return getattr(self.inner, name)


class NetLog:
    """Every request of one page and of the workers it starts, with bytes on the wire over time.

    Workers are attached without flattening (Playwright's CDPSession speaks to one session):
    the worker waits for the debugger, this log turns on its network events and throttling
    through ``Target.sendMessageToTarget``, then lets it run."""

    def __init__(self, conditions: dict[str, Any] | None = None) -> None:
        self.conditions = conditions
        # Keyed by request id alone: a worker's own script is sent on the page's session and
        # finishes on the worker's (the ids are unique across the browser).
        self.requests: dict[str, Req] = {}
        self.workers: list[dict[str, str]] = []
        self.throttled: list[str] = []
        self.errors: list[str] = []
        self.nav_ts: float | None = None
        self.last_activity = time.monotonic()
        self._next_id = 1_000_000
        self._pending: dict[int, tuple[str, str]] = {}  # message id -> (method, worker label)
        self.worker_throttle_refused: list[str] = []
        self._session_target: dict[str, str] = {}
        self.cdp = None
        self.handlers = {
            "Network.requestWillBeSent": self._will_be_sent,
            "Network.responseReceived": self._response,
            "Network.dataReceived": self._data,
            "Network.loadingFinished": self._finished,
            "Network.loadingFailed": self._failed,
            "Network.requestServedFromCache": self._from_cache,
        }

    @classmethod
    def attach(cls, context, page, conditions: dict[str, Any] | None) -> NetLog:
        """Record ``page`` (before it navigates) and its workers, throttled to ``conditions``."""
        log = cls(conditions)
        log.cdp = cdp = context.new_cdp_session(page)
        for name in log.handlers:
            cdp.on(name, lambda params, m=name: log.feed(m, params))
        cdp.on("Target.attachedToTarget", log._attached)
        cdp.on("Target.receivedMessageFromTarget", log._from_target)
        cdp.send("Network.enable")
        if conditions:
            cdp.send("Network.emulateNetworkConditions", conditions)
            log.throttled.append("page")
        cdp.send(
            "Target.setAutoAttach",
            {"autoAttach": True, "waitForDebuggerOnStart": True, "flatten": False},
        )
        return log

    # -- workers ---------------------------------------------------------------------------

    def _send_to(self, session: str, method: str, params: dict | None = None) -> None:
        if self.cdp is None:
            return
        self._next_id += 1
        self._pending[self._next_id] = (method, self._session_target.get(session, session))
        message = {"id": self._next_id, "method": method, "params": params or {}}
        self.cdp.send(
            "Target.sendMessageToTarget", {"sessionId": session, "message": json.dumps(message)}
        )

    def _attached(self, event: dict) -> None:
        session, info = event["sessionId"], event["targetInfo"]
        try:
            if info.get("type") in ("worker", "shared_worker", "service_worker"):
                label = info.get("url", "")
                self._session_target[session] = label
                for req in self.requests.values():
                    if req.url == label and req.target == "page" and not req.done:
                        req.handed = True
                self.workers.append(
                    {"type": info.get("type", ""), "url": label, "title": info.get("title", "")}
                )
                self._send_to(session, "Network.enable")
                if self.conditions:  # Chromium 156 answers "Not supported": see worker_rate
                    self._send_to(session, "Network.emulateNetworkConditions", self.conditions)
            if event.get("waitingForDebugger"):
                self._send_to(session, "Runtime.runIfWaitingForDebugger")
        except Exception as error:  # a worker that went away meanwhile
            self.errors.append(f"attach {info.get('url')}: {error}")

    def _from_target(self, event: dict) -> None:
        try:
            message = json.loads(event["message"])
        except ValueError:
            return
        if "id" in message:  # the answer to one of our commands
            sent, label = self._pending.pop(message["id"], ("?", "?"))
            error = message.get("error")
            if sent == "Network.emulateNetworkConditions":
                (self.worker_throttle_refused if error else self.throttled).append(label)
            elif error:
                self.errors.append(f"{sent} on {label}: {error.get('message', error)}")
            return
        method = message.get("method", "")
        if not method.startswith("Network."):
            return
        target = self._session_target.get(event["sessionId"], event["sessionId"])
        self.feed(method, message.get("params", {}), target)

    # -- events ----------------------------------------------------------------------------

    def feed(self, method: str, params: dict, target: str = "page") -> None:
        """One protocol event, from the page's session or (``target``: its URL) a worker's."""
        handler = self.handlers.get(method)
        if handler:
            self.event(handler, target, params)

    def event(self, handler, target: str, params: dict) -> None:
        try:
            handler(target, params)
        except Exception as error:  # never let one odd event stop the run
            self.errors.append(f"{handler.__name__}: {error}")

    def _get(self, target: str, params: dict) -> Req | None:
        self.last_activity = time.monotonic()
        return self.requests.get(params["requestId"])

    def _add(self, req: Req, ts: float, delta: int) -> None:
        if delta > 0:
            req.received += delta
            req.series.append((ts, delta))

    def _will_be_sent(self, target: str, p: dict) -> None:
        self.last_activity = time.monotonic()
        key = p["requestId"]
        url = p["request"]["url"]
        if target == "page" and self.nav_ts is None and p.get("type") == "Document":
            self.nav_ts = p["timestamp"]
        req = self.requests.get(key)
        if req is None:  # a redirect keeps its id: the first request stays
            self.requests[key] = Req(url, target, p["timestamp"], p.get("type", ""))
        elif p.get("redirectResponse"):
            self._add(req, p["timestamp"], p["redirectResponse"].get("encodedDataLength", 0))
            req.redirects.append(url)

    def _response(self, target: str, p: dict) -> None:
        req = self._get(target, p)
        if not req:
            return
        response = p["response"]
        if response.get("fromDiskCache") or response.get("fromPrefetchCache"):
            req.cached = True
        self._add(req, p["timestamp"], int(response.get("encodedDataLength", 0)) - req.received)

    def _data(self, target: str, p: dict) -> None:
        req = self._get(target, p)
        if req:
            self._add(req, p["timestamp"], int(p.get("encodedDataLength", 0)))

    def _finished(self, target: str, p: dict) -> None:
        req = self._get(target, p)
        if req:
            self._add(req, p["timestamp"], int(p.get("encodedDataLength", 0)) - req.received)
            req.done = True

    def _failed(self, target: str, p: dict) -> None:
        req = self._get(target, p)
        if req:
            req.done = True
            req.failed = p.get("errorText", "failed")

    def _from_cache(self, target: str, p: dict) -> None:
        req = self._get(target, p)
        if req:
            req.cached = True

    # -- questions -------------------------------------------------------------------------

    def in_flight(self) -> int:
        return sum(1 for r in self.requests.values() if not r.done and not r.handed)

    def reconcile(self, served: list[tuple[str, int]]) -> dict[str, int]:
        """Add what the server wrote and the protocol did not report (a worker's own script:
        its events go to a session that may not be listening yet, and its body is not
        counted there), at the time of that request's last event (else its start)."""
        by_url: dict[str, list[Req]] = {}
        for req in self.requests.values():
            for url in (req.url, *req.redirects):
                parts = urlsplit(url)
                if parts.scheme in ("http", "https"):
                    key = parts.path + (f"?{parts.query}" if parts.query else "")
                    by_url.setdefault(key, []).append(req)
        server: dict[str, int] = {}
        for path, count in served:
            server[path] = server.get(path, 0) + count
        added = unmatched = 0
        unmatched_paths = []
        for path, count in server.items():
            reqs = by_url.get(path, [])
            missing = count - sum(r.received for r in reqs)  # a redirect's target: the same req
            if missing <= 0:
                continue
            if reqs:
                req = max(reqs, key=lambda r: r.started)
                at = req.series[-1][0] if req.series else req.started
                req.received += missing
                req.series.append((at, missing))
                added += missing
            else:  # never seen by the protocol: count it from the start (the pessimistic side)
                start = self.nav_ts or 0.0
                ghost = Req("(server) " + path, "?", start, "Other", done=True)
                self._add(ghost, start, missing)
                self.requests[f"server:{path}"] = ghost
                unmatched += missing
                unmatched_paths.append(path)
        return {"server_bytes": sum(server.values()), "reconciled_bytes": added,
                "unmatched_bytes": unmatched, "unmatched_paths": unmatched_paths}  # fmt: skip

    def bytes_by(self, ts: float | None = None) -> int:
        return sum(n for r in self.requests.values() for t, n in r.series if ts is None or t <= ts)

    def waterfall(self, to_ms) -> list[list]:
        """Per request: [path, target, start, first byte, end (ms, page time), bytes, cached]."""
        rows = []
        for r in sorted(self.requests.values(), key=lambda r: r.started):
            if r.url.startswith(("data:", "blob:")):
                continue
            first = r.series[0][0] if r.series else None
            end = r.series[-1][0] if r.series else None
            ms = [None if t is None else round(to_ms(t)) for t in (r.started, first, end)]
            path = urlsplit(r.url).path.removeprefix(BASE) or r.url
            rows.append([path, "page" if r.target == "page" else "worker", *ms, r.received,
                         r.cached])  # fmt: skip
        return rows

    def python_requests(self) -> list[str]:
        return sorted({r.url for r in self.requests.values() if PYTHON_REQUEST.search(r.url)})

    def stray_workers(self) -> list[str]:
        return [w["url"] for w in self.workers if not SEARCH_WORKER.search(w["url"])]

    def summary(self) -> dict[str, Any]:
        reqs = [r for r in self.requests.values() if not r.url.startswith(("data:", "blob:"))]
        return {
            "requests": len(reqs),
            "cache_hits": sum(1 for r in reqs if r.cached),
            "failed": sorted({f"{r.url} ({r.failed})" for r in reqs if r.failed}),
            "worker_requests": sum(1 for r in reqs if r.target != "page"),
            "throttled": self.throttled,
            "worker_throttle_refused": self.worker_throttle_refused,
            "worker_rate_mbps": self.worker_rate(),
            "workers": [w["title"] or w["url"] for w in self.workers],
            "errors": self.errors[:5],
        }

    def worker_rate(self) -> float | None:
        """The fastest rate (Mbit/s) at which a large worker download arrived: under a profile it
        must not beat the profile's download rate, or the worker was not throttled."""
        rates = []
        for r in self.requests.values():
            if r.target == "page" or r.received < 200_000 or len(r.series) < 2:
                continue
            seconds = r.series[-1][0] - r.series[0][0]
            if seconds > 0:
                rates.append(r.received * 8 / seconds / 1e6)
        return round(max(rates), 2) if rates else None


def wait_quiet(page, log: NetLog, counter: WireCounter, timeout_ms: int = 60_000) -> bool:
    """Until no request is in flight and nothing has moved (browser or server) for QUIET_MS."""
    deadline = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < deadline:
        page.wait_for_timeout(100)
        last = max(log.last_activity, counter.last_activity)
        if log.in_flight() == 0 and (time.monotonic() - last) * 1000 >= QUIET_MS:
            return True
    return False


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
        log = NetLog.attach(context, page, profile.conditions())
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
        log = NetLog.attach(context, page, profile.conditions())
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


# --------------------------------------------------------------------------------------------
# Build, serve, browser


def build_site(out: Path, port: int, stdlib: str | None) -> float:
    started = time.monotonic()
    done = local_site.build(out, port, stdlib)
    if done.returncode != 0:
        raise SystemExit(f"mkdocs build --strict failed:\n{done.stderr[-4000:]}")
    return time.monotonic() - started


def _counting(handler_factory, counter: WireCounter):
    """tools/serve.py's handler, with every byte it writes counted per request."""
    base = handler_factory.func

    class Counting(base):
        def setup(self) -> None:
            super().setup()
            self.wfile = _CountingWriter(self.wfile)

        def handle_one_request(self) -> None:
            self.wfile.count = 0
            self.path = ""
            super().handle_one_request()
            if self.path:
                counter.add(self.path, self.wfile.count)

    return partial(Counting, *handler_factory.args, **handler_factory.keywords)


@contextmanager
def serving(directory: Path, port: int, counter: WireCounter | None = None):
    """tools/serve.py's server (gzip, max-age=600) in a thread; yields the site's URL."""
    server = make_server(directory, port=port, base=BASE)
    if counter is not None:
        server.RequestHandlerClass = _counting(server.RequestHandlerClass, counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}{BASE}"
    finally:
        server.shutdown()
        server.server_close()


def wire_size(path: Path) -> int:
    """The body's size as tools/serve.py sends it to a browser that accepts gzip."""
    data = path.read_bytes()
    ctype = TYPES.get(path.suffix.lower(), "")
    if ctype.startswith(COMPRESSIBLE) and len(data) > 256:
        return len(gzip.compress(data, compresslevel=6, mtime=0))
    return len(data)


def shipped(site_dir: Path) -> dict[str, Any]:
    """What the built check page tells the worker to fetch, with sizes on disk and on the wire."""
    config = bench_baseline.screener_config(site_dir)
    paths = {
        "pyodide.mjs": config["pyodide"]["module"],
        "stdlib": config["pyodide"].get("stdLibURL"),
        "checker": config["checker"],
    }
    index = config["pyodide"]["indexURL"]
    for name in ("pyodide.asm.mjs", "pyodide.asm.wasm"):
        paths[name] = index + name
    files = {}
    for name, rel in paths.items():
        if not rel:
            continue
        path = site_dir / rel.split("?", 1)[0]
        if path.is_file():
            files[name] = {"path": rel, "bytes": path.stat().st_size, "wire": wire_size(path)}
    stdlib = files.get("stdlib")
    return {
        "files": files,
        "stdlib_kind": stdlib_kind(site_dir / stdlib["path"].split("?", 1)[0]) if stdlib else None,
        "lock_file_fetched": "lockFileContents" not in config["pyodide"],
        "check_page_wire": wire_size(site_dir / "check" / "index.html"),
    }


def stdlib_kind(path: Path) -> str:
    """What kind of standard library a zip is: the npm package's own, or a slim one."""
    npm = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"
    if npm.is_file() and path.read_bytes() == npm.read_bytes():
        return "full (the npm package's)"
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    pyc = sum(n.endswith(".pyc") for n in names)
    py = sum(n.endswith(".py") for n in names)
    return f"slim, {'bytecode' if pyc > py else 'source'}, {pyc + py} modules"


def stdlib_label(variant: dict) -> str:
    mode = variant.get("stdlib")
    kind = variant.get("stdlib_kind")
    if not kind:  # results written before stdlib_kind: tell by size
        size = variant.get("files", {}).get("stdlib", {}).get("bytes")
        npm = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"
        if size and npm.is_file():
            kind = "full (the npm package's)" if size == npm.stat().st_size else "slim"
    parts = [p for p in (f"SCREENER_STDLIB={mode}" if mode else "", kind) if p]
    return ", ".join(parts) or "as built"


def explainer_urls(site_dir: Path, site_url: str) -> list[str]:
    """Every page in the sitemap but the check page (and never the baseline)."""
    sitemap = (site_dir / "sitemap.xml").read_text("utf-8")
    urls = [html.unescape(u) for u in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    return [u for u in urls if u != site_url + CHECK_PATH and bench_baseline.FOLDER not in u]


# --------------------------------------------------------------------------------------------
# The answers: the example case, walked through the interview in CPython


def case_walk(case_id: str = CASE_ID) -> tuple[list[tuple[str, Any]], dict, str]:
    """The questions the interview asks for this case, in order, with the answers to give;
    the kept answers; and the outcome the screener must show."""
    from checker import evaluate
    from checker.questions import next_question

    neutral = {
        "had_prescription": "no",
        "birth_date": "not_sure",
        "court_state": "not_sure",
        "status_on_pardon_date": "yes",
    }
    cases = json.loads(CASES_FILE.read_text("utf-8"))
    case = next(c for c in cases if c["id"] == case_id)
    given = {**neutral, **case["answers"]}
    walk: list[tuple[str, Any]] = []
    answers: dict[str, Any] = {}
    for _ in range(60):
        question = next_question(answers, TODAY)
        if question is None:
            break
        qid = str(question.id)
        if qid not in given or qid in answers:
            raise SystemExit(f"case {case_id}: no usable answer for {qid}")
        answers[qid] = given[qid]
        walk.append((qid, given[qid]))
    return walk, answers, str(evaluate(answers, TODAY).outcome)


# --------------------------------------------------------------------------------------------
# Figures


def summarise(values: list[float | None]) -> dict[str, Any] | None:
    got = [v for v in values if v is not None]
    if not got:
        return None
    return {"median": statistics.median(got), "min": min(got), "max": max(got), "n": len(got)}


def summarise_runs(runs: list[dict]) -> dict[str, Any]:
    names = {k for r in runs if "figures" in r for k in r["figures"]}
    return {
        k: summarise([r["figures"].get(k) for r in runs if "figures" in r]) for k in sorted(names)
    }


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "bytes":
        return f"{value / 1e6:.2f} MB" if value >= 1e6 else f"{value / KB:.0f} kB"
    return f"{value / 1000:.1f} s" if value >= 10_000 else f"{value:.0f} ms"


def cell(summary: dict | None, unit: str) -> str:
    if not summary:
        return "—"
    if summary["n"] == 1 or summary["min"] == summary["max"]:
        return fmt(summary["median"], unit)
    return (
        f"{fmt(summary['median'], unit)} ({fmt(summary['min'], unit)}–{fmt(summary['max'], unit)})"
    )


def table_rows(data: dict) -> tuple[list[str], list[list[str]]]:
    """Header and rows: one row per profile, visit and metric; a column per variant, the
    baseline, and ours / baseline for each variant."""
    variants = [v for v in data["results"] if v not in ("baseline", "explainer")]
    header = ["profile", "visit", "metric", *variants, "baseline"]
    header += [f"{v} / baseline" if len(variants) > 1 else "ours / baseline" for v in variants]
    rows = []
    for pkey in data["config"]["profiles"]:
        for visit in VISITS:
            for name, label, unit in METRICS:
                cells = []
                for variant in [*variants, "baseline"]:
                    source = "explainer" if name == "explainer_bytes" else variant
                    if name == "explainer_bytes" and variant != variants[0]:
                        cells.append("—")  # explainer pages: measured once, on the first build
                        continue
                    summ = data["results"].get(source, {}).get(pkey, {}).get(visit, {})
                    cells.append(cell(summ.get("summary", {}).get(name), unit))
                ratios = []
                for variant in variants:
                    ours = _median(data, variant, pkey, visit, name)
                    base = _median(data, "baseline", pkey, visit, name)
                    ratios.append(f"{ours / base:.2f}" if ours is not None and base else "—")
                if all(c == "—" for c in cells):
                    continue
                rows.append([PROFILES[pkey].label, visit, label, *cells, *ratios])
    return header, rows


def _median(data: dict, variant: str, pkey: str, visit: str, name: str) -> float | None:
    summ = data["results"].get(variant, {}).get(pkey, {}).get(visit, {}).get("summary", {})
    return (summ.get(name) or {}).get("median")


def render_text(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True))  # noqa: E731
    out = [line(header), "  ".join("-" * w for w in widths)]
    previous = None
    for row in rows:
        if previous and row[:2] != previous[:2]:
            out.append("")
        out.append(line(row))
        previous = row
    return "\n".join(out)


def render_markdown(header: list[str], rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    previous = None
    for row in rows:
        shown = list(row)
        if previous and row[:2] == previous[:2]:
            shown[0] = shown[1] = ""
        out.append("| " + " | ".join(c.strip() for c in shown) + " |")
        previous = row
    return "\n".join(out)


def evaluate_targets(data: dict) -> list[dict[str, Any]]:
    """Issue 5's targets against the medians. Reported, never fatal, except the explainer's."""
    variants = [v for v in data["results"] if v not in ("baseline", "explainer")]
    profiles = data["config"]["profiles"]
    targets = []
    for variant in variants:
        tag = f" [{variant}]" if len(variants) > 1 else ""
        if "slow4g" in profiles:
            t = _median(data, variant, "slow4g", "cold", "first_question_ms")
            b = _median(data, variant, "slow4g", "cold", "first_question_bytes")
            ok = t is not None and b is not None and t <= 1000 and b < 250 * KB
            targets.append({
                "target": f"first question usable within 1 s on slow 4G, cold, under 250 kB{tag}",
                "measured": f"{fmt(t, 'ms')}, {fmt(b, 'bytes')}", "pass": ok})  # fmt: skip
        else:
            targets.append({"target": f"first question within 1 s on slow 4G, cold{tag}",
                            "measured": "slow 4G not measured", "pass": None})  # fmt: skip
        ratios = []
        for pkey in profiles:
            ours = _median(data, variant, pkey, "cold", "python_ready_bytes")
            base = _median(data, "baseline", pkey, "cold", "python_ready_bytes")
            if ours is not None and base:
                ratios.append((pkey, ours / base))
        worst = max(ratios, key=lambda r: r[1], default=None)
        targets.append({
            "target": f"bytes until Python ready at most 0.7 x the baseline's (cold){tag}",
            "measured": ", ".join(f"{PROFILES[p].label} {r:.2f}" for p, r in ratios) or "—",
            "pass": None if worst is None else worst[1] <= 0.7})  # fmt: skip
        waits = []
        for pkey in profiles:
            for visit in VISITS:
                for name in ("last_answer_ms", "confirm_ms"):
                    value = _median(data, variant, pkey, visit, name)
                    if value is not None:
                        waits.append((value, f"{PROFILES[pkey].label} {visit} {name}"))
        slowest = max(waits, default=None)
        targets.append({
            "target": "each answer's next step, and the result, within 50 ms once Python is "
                      f"ready (slowest median){tag}",
            "measured": f"{fmt(slowest[0], 'ms')} ({slowest[1]})" if slowest else "—",
            "pass": None if slowest is None else slowest[0] <= 50})  # fmt: skip
    check = data["explainer_check"]
    targets.append({
        "target": "explainer pages load no Python (hard check)",
        "measured": f"{check['pages']} pages, {len(check['violations'])} violations",
        "pass": not check["violations"]})  # fmt: skip
    return targets


def render_targets(targets: list[dict]) -> list[str]:
    word = {True: "PASS", False: "FAIL", None: "n/a "}
    return [f"{word[t['pass']]}  {t['target']}: {t['measured']}" for t in targets]


# --------------------------------------------------------------------------------------------
# The machine


def machine() -> dict[str, Any]:
    from importlib.metadata import version

    cpu = ""
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        cpu = platform.processor()
    mem_gb = None
    try:
        kb = next(int(ln.split()[1]) for ln in Path("/proc/meminfo").read_text().splitlines()
                  if ln.startswith("MemTotal"))  # fmt: skip
        mem_gb = round(kb / 1024 / 1024)
    except (OSError, StopIteration):
        pass
    os_name = platform.platform()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    pyodide = json.loads((ROOT / "node_modules" / "pyodide" / "package.json").read_text())
    return {
        "cpu": cpu, "cores": os.cpu_count(), "memory_gb": mem_gb, "os": os_name,
        "python": platform.python_version(), "playwright": version("playwright"),
        "pyodide": pyodide["version"], "loadavg_start": list(os.getloadavg()),
    }  # fmt: skip


def describe_machine(m: dict) -> str:
    return (f"{m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB RAM, {m['os']}; "
            f"{m.get('chromium', 'Chromium')}, Pyodide {m['pyodide']}")  # fmt: skip


# --------------------------------------------------------------------------------------------
# The run


def log_line(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _one(label: str, fn, *args, **kwargs) -> dict[str, Any]:
    started = time.monotonic()
    try:
        result = fn(*args, **kwargs)
    except Exception as error:  # one failed visit is recorded, the run goes on
        log_line(f"  {label}: FAILED {type(error).__name__}: {str(error)[:300]}")
        return {"error": f"{type(error).__name__}: {str(error)[:500]}"}
    f = result["figures"]
    shown = ", ".join(
        f"{name.removesuffix('_ms').removesuffix('_bytes')} "
        f"{fmt(f[name], 'bytes' if name.endswith('bytes') else 'ms')}"
        for name in ("first_question_ms", "python_ready_ms", "python_ready_bytes",
                     "last_answer_ms", "explainer_bytes") if f.get(name) is not None
    )  # fmt: skip
    hits = result["network"]["cache_hits"]
    log_line(f"  {label}: {shown}; {result['network']['requests']} requests, {hits} from cache "
             f"({time.monotonic() - started:.0f} s)")  # fmt: skip
    return result


@dataclass
class Site:
    name: str  # "ours", "ours:<stdlib mode>"
    dir: Path
    port: int
    counter: WireCounter = field(default_factory=WireCounter)
    url: str = ""


def run(args) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    profiles = [p.strip() for p in args.profiles.split(",") if p.strip()]
    unknown = [p for p in profiles if p not in PROFILES]
    if unknown:
        raise SystemExit(f"unknown profile(s) {unknown}; choose from {list(PROFILES)}")
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: apt-get install chromium")
    modes = [m.strip() for m in args.stdlib.split(",") if m.strip()] if args.stdlib else [None]
    walk, answers, expected = case_walk()
    started_at = datetime.now(UTC).astimezone()
    data: dict[str, Any] = {
        "schema": 1,
        "date": started_at.isoformat(timespec="seconds"),
        "quick": args.quick,
        "machine": machine(),
        "config": {
            "runs": args.runs,
            "profiles": profiles,
            "profile_settings": {p: PROFILES[p].as_dict() for p in profiles},
            "case": CASE_ID,
            "questions": len(walk),
            "expected_outcome": expected,
            "stdlib_env": os.environ.get("SCREENER_STDLIB"),
            "stdlib_modes": modes,
            "viewport": VIEWPORT,
            "quiet_ms": QUIET_MS,
            "cold": "a new browser context per run (empty in-memory HTTP cache)",
            "warm": "a second page in the same context (HTTP cache from the first visit)",
        },  # fmt: skip
        "variants": {},
        "results": {},
    }
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp, ExitStack() as stack:
        sites = []
        for mode in modes:
            name = "ours" if mode is None else f"ours:{mode}"
            site = Site(name, Path(tmp) / name.replace(":", "-"), free_port())
            seconds = build_site(site.dir, site.port, mode)
            log_line(f"built {name} in {seconds:.1f} s")
            site.url = stack.enter_context(serving(site.dir, site.port, site.counter))
            sites.append(site)
            data["variants"][name] = {
                "stdlib": mode or os.environ.get("SCREENER_STDLIB"),
                "build_s": round(seconds, 1),
                **shipped(site.dir),
            }
        home = sites[0]  # the baseline and the explainer pages are served from the first build
        bench_baseline.write_baseline(home.dir)
        pw = stack.enter_context(sync_playwright())
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        stack.callback(browser.close)
        data["machine"]["chromium"] = f"Chromium {browser.version}"
        data["explainer_check"] = explainer_check(browser, home)
        screeners = [(s.name, s, s.url + CHECK_PATH, False) for s in sites]
        screeners.append(("baseline", home, f"{home.url}{bench_baseline.FOLDER}/", True))
        names = [name for name, *_ in screeners] + ["explainer"]
        results: dict[str, Any] = {name: {} for name in names}
        for pkey in profiles:
            profile = PROFILES[pkey]
            raw = {name: {visit: [] for visit in VISITS} for name in names}
            for i in range(args.runs):
                log_line(f"[{profile.label} {i + 1}/{args.runs}]")
                # Interleaved, so that whatever else the machine does falls on both sides.
                for name, site, url, is_baseline in screeners:
                    with _context(browser) as context:
                        for visit in VISITS:
                            raw[name][visit].append(_one(
                                f"{name} {visit}", visit_screener, context, site.counter, url,
                                profile, walk, answers, expected, is_baseline))  # fmt: skip
                with _context(browser) as context:
                    for visit in VISITS:
                        raw["explainer"][visit].append(_one(
                            f"explainer {visit}", visit_plain, context, home.counter,
                            home.url + EXPLAINER_PATH, profile))  # fmt: skip
            for name in names:
                results[name][pkey] = {
                    visit: {"summary": summarise_runs(raw[name][visit]), "runs": raw[name][visit]}
                    for visit in VISITS
                }
        data["results"] = results
    _post_checks(data)
    data["machine"]["loadavg_end"] = list(os.getloadavg())
    data["duration_s"] = round((datetime.now(UTC).astimezone() - started_at).total_seconds())
    data["targets"] = evaluate_targets(data)
    return data


@contextmanager
def _context(browser):
    """A new browser context: its own empty HTTP cache, storage and processes."""
    context = browser.new_context(viewport=VIEWPORT, service_workers="block")
    context.add_init_script(INIT_JS)
    try:
        yield context
    finally:
        context.close()


def explainer_check(browser, site: Site) -> dict[str, Any]:
    """Open every page but the check page; none may ask for Python or start a worker other
    than the search's. Also proves that the check catches the check page's own requests."""
    urls = explainer_urls(site.dir, site.url)
    violations = []
    with _context(browser) as context:
        for url in urls:
            got = visit_plain(context, site.counter, url, PROFILES["unthrottled"])
            violations += [f"{url}: requested {hit}" for hit in got["python_requests"]]
            violations += [f"{url}: started a worker {w}" for w in got["stray_workers"]]
        probe = visit_plain(context, site.counter, site.url + CHECK_PATH, PROFILES["unthrottled"])
    log_line(f"explainer check: {len(urls)} pages, {len(violations)} violations; the check page "
             f"itself asks for {len(probe['python_requests'])} Python files")  # fmt: skip
    return {"pages": len(urls), "urls": [urlsplit(u).path for u in urls],
            "violations": violations,
            "check_page_python_requests": len(probe["python_requests"])}  # fmt: skip


def _post_checks(data: dict) -> None:
    """Fold the per-visit Python requests of the explainer into the hard check; flag a cold
    visit that was served from cache (then it was not cold)."""
    check = data["explainer_check"]
    if check["check_page_python_requests"] < 3:
        check["violations"].append(
            "the Python pattern caught fewer than 3 requests on the check page itself: "
            "the check is broken, not passed"
        )
    notes = data.setdefault("notes", [])
    for name, per_profile in data["results"].items():
        for pkey, visits in per_profile.items():
            for visit, block in visits.items():
                for i, r in enumerate(block["runs"]):
                    if "error" in r:
                        notes.append(f"{name} {pkey} {visit} run {i + 1}: {r['error']}")
                        continue
                    if name == "explainer":
                        for hit in r["python_requests"]:
                            check["violations"].append(f"{EXPLAINER_PATH} ({pkey} {visit}): {hit}")
                        for worker in r["stray_workers"]:
                            check["violations"].append(
                                f"{EXPLAINER_PATH} ({pkey}): worker {worker}"
                            )
                    limit = PROFILES[pkey].down_mbps
                    rate = r["network"].get("worker_rate_mbps")
                    if limit and rate and rate > limit * 1.1:
                        notes.append(
                            f"{name} {pkey} {visit} run {i + 1}: a worker download arrived at "
                            f"{rate} Mbit/s, faster than the profile's {limit}: not throttled"
                        )
                    if visit == "cold" and r["network"]["cache_hits"]:
                        notes.append(f"{name} {pkey} cold run {i + 1}: "
                                     f"{r['network']['cache_hits']} cache hits")  # fmt: skip


# --------------------------------------------------------------------------------------------
# Output


def report(data: dict) -> str:
    header, rows = table_rows(data)
    lines = [
        f"Benchmark of {data['date']} ({'quick' if data.get('quick') else 'full'}): "
        f"{describe_machine(data['machine'])}",
        f"{data['config']['runs']} run(s) per profile and visit; medians (min–max); "
        f"kB = 1000 bytes; case {data['config']['case']} "
        f"({data['config']['questions']} questions).",
    ]
    for name, v in data["variants"].items():
        files = ", ".join(f"{k} {fmt(f['wire'], 'bytes')}" for k, f in v["files"].items())
        lines.append(f"{name}: standard library {stdlib_label(v)}; on the wire: {files}")
    lines += ["", render_text(header, rows), "", "Targets (issue 5):"]
    lines += ["  " + t for t in render_targets(data["targets"])]
    if data.get("notes"):
        lines += ["", "Notes:"] + [f"  {n}" for n in data["notes"]]
    if data["explainer_check"]["violations"]:
        lines += ["", "EXPLAINER PAGES LOADED PYTHON:"]
        lines += [f"  {v}" for v in data["explainer_check"]["violations"]]
    return "\n".join(lines)


def write_json(data: dict, path: Path | None) -> list[Path]:
    text = json.dumps(data, indent=1, default=str)
    if path:
        written = [path]
    elif data.get("quick"):
        written = [RESULTS_DIR / "quick-latest.json"]
    else:
        stamp = datetime.fromisoformat(data["date"]).strftime("%Y%m%d-%H%M%S")
        written = [RESULTS_DIR / f"bench-{stamp}.json", RESULTS_DIR / "latest.json"]
    for p in written:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text + "\n", "utf-8")
    return written


def readme_block(data: dict) -> str:
    header, rows = table_rows(data)
    when = datetime.fromisoformat(data["date"]).strftime("%Y-%m-%d %H:%M %Z").strip()
    variants = "; ".join(
        f"{name}: standard library {stdlib_label(v)}; "
        + ", ".join(f"{k} {fmt(f['wire'], 'bytes')}" for k, f in v["files"].items())
        for name, v in data["variants"].items()
    )
    lines = [
        README_START,
        "<!-- Written by `tools/bench.py --readme` from bench-results/latest.json: "
        "do not edit by hand. -->",
        "",
        f"Run of {when} on {describe_machine(data['machine'])}. "
        f"{data['config']['runs']} runs per profile and visit; each cell is the median "
        "(min–max); kB = 1000 bytes. Load average "
        f"{data['machine']['loadavg_start'][0]:.1f} at the start, "
        f"{data['machine'].get('loadavg_end', [0])[0]:.1f} at the end.",
        "",
        f"Shipped ({variants}; sizes as sent, gzip where the server compresses).",
        "",
        render_markdown(header, rows),
        "",
        "Targets (issue 5):",
        "",
    ]
    lines += [f"- {t}" for t in render_targets(data["targets"])]
    if data.get("notes"):
        lines += ["", "Notes from the run:", ""] + [f"- {n}" for n in data["notes"]]
    lines += ["", README_END]
    return "\n".join(lines)


def update_readme(data: dict, readme: Path = README) -> None:
    text = readme.read_text("utf-8")
    start, end = text.find(README_START), text.find(README_END)
    if start == -1 or end == -1 or end < start:
        raise SystemExit(f"{readme.name}: no {README_START} ... {README_END} markers")
    readme.write_text(text[:start] + readme_block(data) + text[end + len(README_END) :], "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add = parser.add_argument
    add("--runs", type=int, default=5, help="runs per profile and visit (default 5)")
    add("--profiles", default=",".join(PROFILES), help=f"comma-separated: {', '.join(PROFILES)}")
    add("--quick", action="store_true", help="1 run, unthrottled only (a smoke test)")
    add("--stdlib", default="", help="build and measure each SCREENER_STDLIB mode: source,pyc,...")
    add("--json", type=Path, help="write the results here (with --readme: read them from here)")
    add("--readme", action="store_true", help="only rewrite README's figures from the latest JSON")
    args = parser.parse_args(argv)
    if args.readme:
        source = args.json or RESULTS_DIR / "latest.json"
        update_readme(json.loads(source.read_text("utf-8")))
        print(f"README.md: Performance figures from {source}")
        return 0
    if args.quick:
        args.runs, args.profiles = 1, "unthrottled"
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    data = run(args)
    print(report(data))
    for path in write_json(data, args.json):
        print(f"wrote {path}")
    if data["explainer_check"]["violations"]:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
