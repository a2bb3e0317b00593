"""What the screener costs a reader, beside the obvious way of doing the same thing.

    python tools/bench/bench.py [--runs N] [--profiles unthrottled,fast4g,slow4g,midphone] [--quick]
                          [--paced-profiles slow4g,midphone] [--pace SECONDS]
                          [--no-lighthouse] [--stdlib source,pyc,...] [--json PATH]
    python tools/bench/bench.py --readme [--json PATH]     # rewrite docs-dev/performance.md's
    figures

One run of the benchmark:

1. Builds the site once into a temporary folder, with ``site_url`` equal to the address it is
   then served at (127.0.0.1, a free port, under ``/fedfirstoffender/``), and writes the baseline
   page into that copy (``bench-baseline/``, see tools/bench/bench_baseline.py). The build ships
   what the build ships: set ``SCREENER_STDLIB`` (or pass ``--stdlib a,b`` to build and measure each
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
The paced reader (cold, on ``--paced-profiles``): a reader who takes ``--pace`` seconds (4) over
every step from the moment it is shown answers the example case from the first question on,
whether Python is ready or not, then "See your result". Per step, the wait from the click to
the frame showing the next step; the time from navigation to the result; the share of that
time spent waiting. Ours beside the baseline (whose every next question comes from Python).
The "mid phone" profile is fast 4G with the page's CPU slowed four times
(``Emulation.setCPUThrottlingRate``; Chromium refuses it on workers, so the worker runs at this
machine's speed, and the JSON says so).

Lighthouse (the pinned npm package, mobile, performance only, against the same server): the
score and its metrics for the home, check and law pages (tools/bench/bench_lighthouse.py).

And for an explainer page (``how-it-works/``): its bytes. Every page in the sitemap except the
check page is also opened once and must not request anything of Python (Pyodide, WebAssembly,
a standard library, the checker archive, the screener's worker) nor start a worker other than
Material's search: the one hard check (exit status 1).

Medians of ``--runs`` runs (default 5) with min and max; a table on the terminal; JSON in
``bench-results/bench-YYYYMMDD-HHMMSS.json`` and ``bench-results/latest.json`` (a ``--quick``
run writes ``bench-results/quick-latest.json`` instead, so it never stands for a full run).

The pieces: tools/bench/bench_network.py (profiles, the protocol's request log, the counting
server),
tools/bench/bench_visit.py (the page scripts and one visit), tools/bench/bench_report.py (medians,
targets, the report, the JSON and the figures' block); this file builds, runs and writes.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import platform
import re
import sys
import tempfile
import time
import zipfile
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools import local_site  # noqa: E402
from tools.bench import bench_baseline, bench_lighthouse  # noqa: E402
from tools.bench.bench_network import PROFILES, QUIET_MS, WireCounter, serving, wire_size  # noqa: E402
from tools.bench.bench_report import (  # noqa: E402
    RESULTS_DIR,
    VISITS,
    evaluate_targets,
    fmt,
    report,
    summarise_runs,
    update_readme,
    write_json,
)
from tools.bench.bench_visit import (  # noqa: E402
    VIEWPORT,
    browser_context,
    visit_paced,
    visit_plain,
    visit_screener,
)
from tools.lang.site_i18n import PREFIX  # noqa: E402
from tools.local_site import CHROMIUM, CHROMIUM_ARGS, free_port  # noqa: E402

CHECK_PATH = "check/"
LAW_PATH = "law/"
EXPLAINER_PATH = "how-it-works/"
CASES_FILE = ROOT / "tests" / "cases" / "examples.json"
CASE_ID = "C01"  # ten questions, every rule evaluated, an "eligible" result
TODAY = None  # the page uses the reader's date; so does the CPython walk below

# ---------------------------------------------------------------------------------------------
# Build


def build_site(out: Path, port: int, stdlib: str | None) -> float:
    started = time.monotonic()
    done = local_site.build(out, port, stdlib)
    if done.returncode != 0:
        raise SystemExit(f"mkdocs build --strict failed:\n{done.stderr[-4000:]}")
    return time.monotonic() - started


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


def explainer_urls(site_dir: Path, site_url: str) -> list[str]:
    """Every page in the sitemap but the check pages, one per language (and never the
    baseline)."""
    sitemap = (site_dir / "sitemap.xml").read_text("utf-8")
    urls = [html.unescape(u) for u in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    checks = {site_url + prefix + CHECK_PATH for prefix in PREFIX.values()}
    return [u for u in urls if u not in checks and bench_baseline.FOLDER not in u]


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
        "lawful_presence_at_offense": "yes",
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
    paced = [p.strip() for p in args.paced_profiles.split(",") if p.strip()]
    unknown = [p for p in profiles + paced if p not in PROFILES]
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
            "paced_profiles": paced,
            "pace_s": args.pace,
            "profile_settings": {p: PROFILES[p].as_dict() for p in dict.fromkeys(profiles + paced)},
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
        "paced": {},
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
                    with browser_context(browser) as context:
                        for visit in VISITS:
                            raw[name][visit].append(_one(
                                f"{name} {visit}", visit_screener, context, site.counter, url,
                                profile, walk, answers, expected, is_baseline))  # fmt: skip
                with browser_context(browser) as context:
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
        data["paced"] = paced_runs(browser, screeners, paced, args, walk, expected)
        if args.lighthouse:
            pages = {"home": home.url, "check": home.url + CHECK_PATH,
                     "law": home.url + LAW_PATH}  # fmt: skip
            data["lighthouse"] = bench_lighthouse.run_pages(pages, log_line)
    _post_checks(data)
    data["machine"]["loadavg_end"] = list(os.getloadavg())
    data["duration_s"] = round((datetime.now(UTC).astimezone() - started_at).total_seconds())
    data["targets"] = evaluate_targets(data)
    return data


def paced_runs(browser, screeners, profiles: list[str], args, walk, expected) -> dict[str, Any]:
    """The paced reader, cold, ``args.runs`` times per profile, ours and the baseline in turn."""
    out: dict[str, Any] = {name: {} for name, *_ in screeners}
    for pkey in profiles:
        profile = PROFILES[pkey]
        raw: dict[str, list] = {name: [] for name, *_ in screeners}
        for i in range(args.runs):
            log_line(f"[paced reader, {profile.label} {i + 1}/{args.runs}]")
            for name, site, url, _ in screeners:
                with browser_context(browser) as context:
                    raw[name].append(_paced(f"{name} paced", context, site.counter, url,
                                            profile, walk, expected, args.pace * 1000))  # fmt: skip
        for name, runs in raw.items():
            out[name][pkey] = {"summary": summarise_runs(runs), "runs": runs}
    return out


def _paced(label: str, *args) -> dict[str, Any]:
    try:
        result = visit_paced(*args)
    except Exception as error:  # one failed visit is recorded, the run goes on
        log_line(f"  {label}: FAILED {type(error).__name__}: {str(error)[:300]}")
        return {"error": f"{type(error).__name__}: {str(error)[:500]}"}
    f = result["figures"]
    log_line(f"  {label}: result at {fmt(f['paced_result_ms'], 'ms')}, waited "
             f"{fmt(f['paced_waiting_ms'], 'ms')} ({f['paced_waiting_share']:.1%}); "
             f"Python ready at {fmt(f['paced_python_ready_ms'], 'ms')}")  # fmt: skip
    return result


def explainer_check(browser, site: Site) -> dict[str, Any]:
    """Open every page but the check page; none may ask for Python or start a worker other
    than the search's. Also proves that the check catches the check page's own requests."""
    urls = explainer_urls(site.dir, site.url)
    violations = []
    with browser_context(browser) as context:
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
    for name, per_profile in data.get("paced", {}).items():
        for pkey, block in per_profile.items():
            for i, r in enumerate(block["runs"]):
                if "error" in r:
                    notes.append(f"{name} paced {pkey} run {i + 1}: {r['error']}")
                    continue
                if r["network"]["cache_hits"]:
                    notes.append(f"{name} paced {pkey} run {i + 1}: "
                                 f"{r['network']['cache_hits']} cache hits")  # fmt: skip
                if r["network"].get("cpu_throttle_refused"):
                    note = (
                        f"{PROFILES[pkey].label}: Chromium slowed the page's CPU and refused "
                        "to slow its workers (the worker ran at this machine's speed)"
                    )
                    if note not in notes:
                        notes.append(note)
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


# ---------------------------------------------------------------------------------------------
# Command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add = parser.add_argument
    add("--runs", type=int, default=5, help="runs per profile and visit (default 5)")
    add("--profiles", default=",".join(PROFILES), help=f"comma-separated: {', '.join(PROFILES)}")
    add(
        "--paced-profiles",
        default="slow4g,midphone",
        help="profiles for the paced reader (comma-separated; empty: none)",
    )
    add("--pace", type=float, default=4.0, help="the paced reader's seconds per step (default 4)")
    add(
        "--no-lighthouse",
        dest="lighthouse",
        action="store_false",
        help="leave out the Lighthouse scores",
    )
    add(
        "--quick",
        action="store_true",
        help="1 run, unthrottled only, a paced reader at 0.5 s, no Lighthouse (a smoke test)",
    )
    add("--stdlib", default="", help="build and measure each SCREENER_STDLIB mode: source,pyc,...")
    add("--json", type=Path, help="write the results here (with --readme: read them from here)")
    add(
        "--readme",
        action="store_true",
        help="only rewrite docs-dev/performance.md's figures from the latest JSON",
    )
    args = parser.parse_args(argv)
    if args.readme:
        source = args.json or RESULTS_DIR / "latest.json"
        update_readme(json.loads(source.read_text("utf-8")))
        print(f"docs-dev/performance.md: figures from {source}")
        return 0
    if args.quick:
        args.runs, args.profiles, args.paced_profiles = 1, "unthrottled", "unthrottled"
        args.pace, args.lighthouse = 0.5, False
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
