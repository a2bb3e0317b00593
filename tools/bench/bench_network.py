"""The benchmark's network: its profiles, the DevTools protocol's view of every request (page and
workers, bytes on the wire over time), and the server's own count of what it wrote.

Used by tools/bench/bench.py; see its docstring for how the figures are taken.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tools.local_site import BASE
from tools.serve import COMPRESSIBLE, TYPES, make_server

QUIET_MS = 500  # the network is quiet after this long with nothing in flight or moving

# ---------------------------------------------------------------------------------------------
# Network profiles


@dataclass(frozen=True)
class Profile:
    key: str
    label: str
    down_mbps: float | None  # None: no throttling
    up_mbps: float | None
    latency_ms: float
    cpu_rate: float = 1  # CPU slowdown (Emulation.setCPUThrottlingRate): 4 = four times slower

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
                "latency_ms": self.latency_ms, "cpu_rate": self.cpu_rate,
                "cdp": self.conditions()}  # fmt: skip


# The figures the targets name. Chrome DevTools' own presets of the same names scale them
# (throughput x0.9, latency x2.75 or x3.75, to stand for a round trip); these are the plain ones.
# "mid phone": fast 4G on a CPU four times slower than this machine's (DevTools' "mid-tier
# mobile" slowdown), for the page and, where Chromium takes it, its workers.
PROFILES = {
    "unthrottled": Profile("unthrottled", "unthrottled", None, None, 0),
    "fast4g": Profile("fast4g", "fast 4G", 9.0, 1.5, 60),
    "slow4g": Profile("slow4g", "slow 4G", 1.6, 0.75, 150),
    "midphone": Profile("midphone", "mid phone", 9.0, 1.5, 60, cpu_rate=4),
}

# A request for any of these is Python: the hard check on explainer pages.
PYTHON_REQUEST = re.compile(
    r"pyodide|\.wasm(\?|$)|python_stdlib|stdlib[^/]*\.zip|/checker[^/]*\.zip|screener/worker\.mjs",
    re.I,
)
SEARCH_WORKER = re.compile(r"/assets/javascripts/workers/search\.[0-9a-f]+\.min\.js$")


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

    def __init__(self, conditions: dict[str, Any] | None = None, cpu_rate: float = 1) -> None:
        self.conditions = conditions
        self.cpu_rate = cpu_rate
        self.cpu_throttled: list[str] = []  # targets that took the CPU slowdown
        self.cpu_throttle_refused: list[str] = []
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
    def attach(
        cls, context, page, conditions: dict[str, Any] | None, cpu_rate: float = 1
    ) -> NetLog:
        """Record ``page`` (before it navigates) and its workers, throttled to ``conditions`` and
        (``cpu_rate`` above 1) with the CPU slowed down that many times."""
        log = cls(conditions, cpu_rate)
        log.cdp = cdp = context.new_cdp_session(page)
        for name in log.handlers:
            cdp.on(name, lambda params, m=name: log.feed(m, params))
        cdp.on("Target.attachedToTarget", log._attached)
        cdp.on("Target.receivedMessageFromTarget", log._from_target)
        cdp.send("Network.enable")
        if conditions:
            cdp.send("Network.emulateNetworkConditions", conditions)
            log.throttled.append("page")
        if cpu_rate != 1:
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": cpu_rate})
            log.cpu_throttled.append("page")
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
                if self.cpu_rate != 1:
                    self._send_to(
                        session, "Emulation.setCPUThrottlingRate", {"rate": self.cpu_rate}
                    )
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
            elif sent == "Emulation.setCPUThrottlingRate":
                (self.cpu_throttle_refused if error else self.cpu_throttled).append(label)
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
        # A hit counts only for a file's first request in the visit: a file asked for again
        # (the favicon after each history step, say) comes from what this visit itself fetched.
        first: dict[str, Req] = {}
        for r in reqs:
            first.setdefault(r.url, r)
        return {
            "requests": len(reqs),
            "cache_hits": sum(1 for r in first.values() if r.cached),
            "failed": sorted({f"{r.url} ({r.failed})" for r in reqs if r.failed}),
            "worker_requests": sum(1 for r in reqs if r.target != "page"),
            "throttled": self.throttled,
            "worker_throttle_refused": self.worker_throttle_refused,
            "cpu_throttled": self.cpu_throttled,
            "cpu_throttle_refused": self.cpu_throttle_refused,
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


# ---------------------------------------------------------------------------------------------
# The server, counting what it writes


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
