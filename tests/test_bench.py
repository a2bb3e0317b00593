"""The benchmark's pieces (tools/bench/bench.py and its bench_* modules) work; no timing is
asserted.

Fast tests: the network profiles, the baseline page made from the built check page, the byte
accounting over protocol events, the summaries, the targets and the README block. One browser
test runs the whole benchmark once (``--quick``: one run, unthrottled) and checks the shape of
its JSON.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest

from checker.questions import QUESTIONS
from conftest import REPO
from tools.bench import bench, bench_baseline, bench_network, bench_report

# ---------------------------------------------------------------------------------------------
# Network profiles


def test_profiles_are_the_targets_figures():
    assert list(bench_network.PROFILES) == ["unthrottled", "fast4g", "slow4g", "midphone"]
    mid = bench_network.PROFILES["midphone"]
    assert mid.cpu_rate == 4 and mid.conditions() == bench_network.PROFILES["fast4g"].conditions()
    assert {p.cpu_rate for k, p in bench_network.PROFILES.items() if k != "midphone"} == {1}
    assert bench_network.PROFILES["unthrottled"].conditions() is None
    fast = bench_network.PROFILES["fast4g"].conditions()
    slow = bench_network.PROFILES["slow4g"].conditions()
    assert fast["downloadThroughput"] == 9e6 / 8 and fast["latency"] == 60
    assert slow["downloadThroughput"] == 1.6e6 / 8 and slow["latency"] == 150
    for conditions in (fast, slow):
        assert conditions["offline"] is False and conditions["uploadThroughput"] > 0


# ---------------------------------------------------------------------------------------------
# The baseline page

CHECK_PAGE = """<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'">
<link rel="stylesheet" href="../assets/stylesheets/main.css"></head><body>
<div class="md-content"><h1>Check</h1>
<div class="screener" data-screener data-config="{&quot;checker&quot;: &quot;c.zip&quot;}">
<div data-status></div>
<div class="screener-host" data-host><form class="screener-step" data-question="court" novalidate>
<div class="screener-choice"><input type="radio" name="court" value="federal"></div>
<button type="submit">Continue</button></form></div>
<div data-wait hidden><div><p>wait</p></div></div>
<template data-template="court"><form data-question="court"><div></div></form></template>
<template data-template="offense"><form data-question="offense"><div></div></form></template>
</div>
<p>After the screener.</p></div>
<script src="../assets/javascripts/bundle.js"></script>
<script src="../assets/screener/screener.js?v=abc" type="module"></script>
</body></html>"""


def test_baseline_page_keeps_the_first_question_and_loads_pyodide_the_plain_way():
    page = bench_baseline.baseline_html(CHECK_PAGE)
    assert "Content-Security-Policy" not in page
    assert "screener.js" not in page and "data-config" not in page
    live = re.sub(r"<template.*?</template>", "", page, flags=re.S)
    assert live.count('data-question="court"') == 1  # the first question, live
    # Every question's template stays, for the paced reader's one-question-at-a-time flow.
    assert page.count("<template data-template=") == 2
    assert '<input type="radio" name="court" value="federal">' in page
    assert "<p>After the screener.</p>" in page  # the rest of the page is untouched
    head, body = page.split("</head>")
    assert '<script src="pyodide/pyodide.js"></script>' in head  # as Pyodide's docs show
    assert "loadPyodide()" in body and 'pyimport("checker.web")' in body
    assert 'performance.mark("screener:python-ready")' in body
    assert "form[data-step=check]" in body and 'data-step="check"' in body
    assert body.index("bundle.js") < body.index("loadPyodide()")


def test_baseline_page_fails_loudly_on_a_page_it_does_not_know():
    with pytest.raises(ValueError):
        bench_baseline.baseline_html("<html><head></head><body>no screener</body></html>")


def test_write_baseline_copies_the_whole_npm_package_and_the_same_checker(built_site, tmp_path):
    site = tmp_path / "site"
    (site / "check").mkdir(parents=True)
    shutil.copyfile(built_site.dir / "check" / "index.html", site / "check" / "index.html")
    config = bench_baseline.screener_config(site)
    checker = site / config["checker"]
    checker.parent.mkdir(parents=True)
    shutil.copyfile(built_site.dir / config["checker"], checker)

    assert bench_baseline.write_baseline(site) == "bench-baseline/"
    folder = site / "bench-baseline"
    package = REPO / "node_modules" / "pyodide"
    assert {p.name for p in (folder / "pyodide").iterdir()} == {p.name for p in package.iterdir()}
    assert (folder / "pyodide" / "python_stdlib.zip").stat().st_size == (
        package / "python_stdlib.zip"
    ).stat().st_size
    assert (folder / "checker.zip").read_bytes() == checker.read_bytes()
    page = (folder / "index.html").read_text("utf-8")
    assert re.sub(r"<template.*?</template>", "", page, flags=re.S).count("data-question=") == 1
    assert page.count("<template data-template=") == len(QUESTIONS)
    assert "Content-Security-Policy" not in page


# ---------------------------------------------------------------------------------------------
# Bytes on the wire, from protocol events


def _request(log, rid, url, ts, kind="Fetch", target="page"):
    log.feed(
        "Network.requestWillBeSent",
        {"requestId": rid, "request": {"url": url}, "timestamp": ts, "type": kind},
        target,
    )


def test_netlog_counts_bytes_as_they_arrive_and_reconciles_with_the_server():
    log = bench_network.NetLog()
    base = "http://127.0.0.1:1/fedfirstoffender/"
    _request(log, "doc", base + "check/", 10.0, kind="Document")
    log.feed("Network.responseReceived", {"requestId": "doc", "timestamp": 10.1,
                                          "response": {"encodedDataLength": 200}})  # fmt: skip
    log.feed("Network.dataReceived", {"requestId": "doc", "timestamp": 10.2,
                                      "encodedDataLength": 1000})  # fmt: skip
    log.feed("Network.loadingFinished", {"requestId": "doc", "timestamp": 10.3,
                                         "encodedDataLength": 1500})  # fmt: skip
    assert log.nav_ts == 10.0
    assert log.bytes_by(10.05) == 0
    assert log.bytes_by(10.15) == 200
    assert log.bytes_by(10.25) == 1200
    assert log.bytes_by() == 1500 and log.in_flight() == 0

    # A worker's events arrive on its own session under the same request id.
    _request(log, "w1", base + "assets/pyodide/x.wasm", 11.0, target="blob:worker")
    log.feed("Network.loadingFinished", {"requestId": "w1", "timestamp": 12.0,
                                         "encodedDataLength": 5000}, "blob:worker")  # fmt: skip
    assert log.bytes_by() == 6500
    assert log.python_requests() == [base + "assets/pyodide/x.wasm"]

    # A worker's own script: sent on the page's session, never finished where we listen.
    worker_url = base + "assets/javascripts/workers/search.abc.min.js"
    _request(log, "s", worker_url, 10.5, kind="Script")
    assert log.in_flight() == 1
    log._attached({"sessionId": "S1", "waitingForDebugger": True,
                   "targetInfo": {"type": "worker", "url": worker_url, "title": ""}})  # fmt: skip
    assert log.in_flight() == 0  # handed over to the worker: does not hold up "quiet"
    assert log.stray_workers() == []

    served = [
        ("/fedfirstoffender/check/", 1500),
        ("/fedfirstoffender/assets/pyodide/x.wasm", 5000),
        ("/fedfirstoffender/assets/javascripts/workers/search.abc.min.js", 800),
        ("/fedfirstoffender/never-seen.txt", 50),
    ]
    wire = log.reconcile(served)
    assert wire == {"server_bytes": 7350, "reconciled_bytes": 800, "unmatched_bytes": 50,
                    "unmatched_paths": ["/fedfirstoffender/never-seen.txt"]}  # fmt: skip
    assert log.bytes_by() == 7350
    assert log.bytes_by(10.6) == 1500 + 800 + 50  # the worker script counts from its start


def test_netlog_counts_a_redirect_once_and_a_cache_hit_as_zero():
    log = bench_network.NetLog()
    base = "http://127.0.0.1:1/fedfirstoffender/"
    _request(log, "r", base + "bench-baseline", 1.0, kind="Document")
    log.feed("Network.requestWillBeSent", {
        "requestId": "r", "request": {"url": base + "bench-baseline/"}, "timestamp": 1.1,
        "type": "Document", "redirectResponse": {"encodedDataLength": 120}})  # fmt: skip
    log.feed("Network.loadingFinished", {"requestId": "r", "timestamp": 1.2,
                                         "encodedDataLength": 620})  # fmt: skip
    _request(log, "c", base + "assets/site.css", 1.3, kind="Stylesheet")
    log.feed("Network.responseReceived", {"requestId": "c", "timestamp": 1.31, "response": {
        "encodedDataLength": 0, "fromDiskCache": True}})  # fmt: skip
    log.feed("Network.loadingFinished", {"requestId": "c", "timestamp": 1.32,
                                         "encodedDataLength": 0})  # fmt: skip
    wire = log.reconcile([("/fedfirstoffender/bench-baseline", 120),
                          ("/fedfirstoffender/bench-baseline/", 500)])  # fmt: skip
    assert wire["reconciled_bytes"] == 0 and wire["unmatched_bytes"] == 0
    assert log.bytes_by() == 620
    assert log.summary()["cache_hits"] == 1


def test_a_worker_other_than_search_is_a_stray():
    log = bench_network.NetLog()
    info = {"type": "worker", "title": "checker", "url": "blob:http://127.0.0.1:1/x"}
    log._attached({"sessionId": "S", "targetInfo": info})
    assert log.stray_workers() == ["blob:http://127.0.0.1:1/x"]


# ---------------------------------------------------------------------------------------------
# Summaries, targets, README


def _visit(**figures):
    return {"figures": figures, "network": {"cache_hits": 0, "requests": 1},
            "python_requests": [], "stray_workers": []}  # fmt: skip


def _fake_results() -> dict:
    ours = [_visit(first_question_ms=t, first_question_bytes=80_000, python_ready_ms=20_000,
                   python_ready_bytes=4_000_000, last_answer_ms=12, confirm_ms=20,
                   longest_task_ms=40, total_bytes=4_100_000) for t in (700, 900, 800)]  # fmt: skip
    base = [_visit(first_question_ms=750, first_question_bytes=85_000, python_ready_ms=30_000,
                   python_ready_bytes=6_500_000, last_answer_ms=3, longest_task_ms=2000,
                   total_bytes=6_600_000) for _ in range(3)]  # fmt: skip
    expl = [_visit(explainer_bytes=120_000, load_ms=300) for _ in range(3)]
    block = lambda runs: {v: {"summary": bench_report.summarise_runs(runs), "runs": runs}  # noqa: E731
                          for v in bench_report.VISITS}  # fmt: skip
    data = {
        "date": "2026-11-29T04:00:00+00:00",
        "quick": False,
        "machine": {
            "cpu": "Test CPU",
            "cores": 2,
            "memory_gb": 4,
            "os": "Debian",
            "pyodide": "314.0.7",
            "chromium": "Chromium 1",
            "loadavg_start": [1.0],
            "loadavg_end": [1.5],
        },  # fmt: skip
        "config": {"runs": 3, "profiles": ["slow4g"], "case": "C01", "questions": 10},
        "variants": {"ours": {"stdlib": "source", "files": {"stdlib": {"wire": 780_000}}}},
        "results": {
            "ours": {"slow4g": block(ours)},
            "baseline": {"slow4g": block(base)},
            "explainer": {"slow4g": block(expl)},
        },  # fmt: skip
        "explainer_check": {"pages": 12, "violations": [], "check_page_python_requests": 6},
    }
    data["config"].update(paced_profiles=["slow4g", "midphone"], pace_s=4)
    data["paced"] = {
        name: {pkey: {"summary": bench_report.summarise_runs(runs), "runs": runs}
               for pkey in ("slow4g", "midphone")}
        for name, runs in (("ours", _paced([10, 12, 30], [9, 11, 20], [14, 10, 25])),
                           ("baseline", _paced([20_000, 3, 5], [21_000, 2, 5], [19_000, 4, 6])))
    }  # fmt: skip
    data["lighthouse"] = {
        page: {"url": "/", "score": score, "fcp_ms": 900.0, "lcp_ms": 1200.0, "tbt_ms": 0,
               "cls": 0.0, "speed_index_ms": 1000.0, "runs": [{"version": "12.2.3"}]}
        for page, score in (("home", 100), ("check", 98), ("law", 100))
    }  # fmt: skip
    data["targets"] = bench_report.evaluate_targets(data)
    return data


def _paced(*runs: list[float]) -> list[dict]:
    """Paced runs from each run's waits (court, consent, then the result), 4 s per step."""
    out = []
    for waits in runs:
        steps = [
            {"step": s, "wait_ms": w}
            for s, w in zip(("court", "consent", "check"), waits, strict=True)
        ]
        result = 800 + 3 * 4000 + sum(waits)
        out.append({
            "figures": {"paced_first_question_ms": 800, "paced_python_ready_ms": 25_000,
                        "paced_waiting_ms": sum(waits), "paced_result_ms": result,
                        "paced_waiting_share": sum(waits) / result,
                        "paced_confirm_ms": waits[-1]},
            "steps": steps, "network": {"cache_hits": 0}})  # fmt: skip
    return out


def test_summary_is_median_min_max():
    assert bench_report.summarise([3, None, 1, 2]) == {"median": 2, "min": 1, "max": 3, "n": 3}
    assert bench_report.summarise([None]) is None


def test_targets_and_table_from_results():
    data = _fake_results()
    verdicts = {t["target"].split(" (")[0].split(",")[0]: t["pass"] for t in data["targets"]}
    assert verdicts == {
        "first question usable within 1 s on slow 4G": True,
        "bytes until Python ready at most 0.7 x the baseline's": True,  # 4.0 / 6.5
        "each answer's next step": True,
        "a reader at 4 s per step waits at most 5 % of the visit": True,
        'the result within 1 s of "See your result" once Python is in': True,
        "mid phone: measured and reported": True,
        "Lighthouse mobile performance score 100 on the home": False,  # check: 98
        "explainer pages load no Python": True,
    }
    waiting = next(t for t in data["targets"] if "waits at most 5 %" in t["target"])
    assert waiting["measured"] == "0.4%" and "median of 3" in waiting["target"]
    header, rows = bench_report.table_rows(data)
    assert header == ["profile", "visit", "metric", "ours", "baseline", "ours / baseline"]
    first = next(r for r in rows if r[1] == "cold" and r[2] == "first question usable")
    assert first[3] == "800 ms (700 ms–900 ms)" and first[4] == "750 ms" and first[5] == "1.07"
    text = bench_report.render_text(header, rows)
    assert "slow 4G" in text and "explainer page, bytes" in text


def test_paced_table_has_a_row_per_step_and_the_totals():
    data = _fake_results()
    header, rows = bench_report.paced_rows(data)
    assert header == ["step", "slow 4G: ours", "slow 4G: baseline", "mid phone: ours",
                      "mid phone: baseline"]  # fmt: skip
    by_label = {row[0]: row[1:] for row in rows}
    assert by_label["court -> next"][:2] == ["10 ms (9 ms–14 ms)", "20.0 s (19.0 s–21.0 s)"]
    assert by_label["See your result -> result"][0] == "25 ms (20 ms–30 ms)"
    # 20,008 ms of 32,808 (and 21,007 of 33,807; 19,010 of 31,810)
    assert by_label["share of the visit spent waiting"][1] == "61.0% (59.8%–62.1%)"
    assert list(by_label)[:3] == ["court -> next", "consent -> next", "See your result -> result"]
    _, lighthouse = bench_report.lighthouse_rows(data)
    assert lighthouse[1][:2] == ["check", "98"] and lighthouse[1][5] == "0.000"


def test_readme_block_replaces_only_the_marked_section(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(
        f"# Title\n\n## Performance\n\nBy hand.\n\n{bench_report.README_START}\nold\n"
        f"{bench_report.README_END}\n\nAfter.\n"
    )
    bench_report.update_readme(_fake_results(), readme)
    text = readme.read_text()
    assert text.startswith("# Title\n\n## Performance\n\nBy hand.\n\n")
    assert text.endswith(f"{bench_report.README_END}\n\nAfter.\n") and "\nold\n" not in text
    assert "Test CPU, 2 cores" in text and "2026-11-29" in text
    assert "| slow 4G | cold | first question usable |" in text
    assert "| court -> next | 10 ms (9 ms–14 ms) |" in text
    assert "Lighthouse 12.2.3" in text and "| check | 98 |" in text
    assert "PASS" in text
    assert "\nTargets:\n" in text and "issue" not in text.lower()


def test_the_real_readme_has_the_markers():
    """The figures live in docs-dev/performance.md (the README links to it)."""
    assert bench_report.README == REPO / "docs-dev" / "performance.md"
    text = bench_report.README.read_text("utf-8")
    assert text.index(bench_report.README_START) < text.index(bench_report.README_END)


def test_case_walk_ends_in_the_expected_outcome():
    walk, answers, outcome = bench.case_walk()
    assert walk[0][0] == "court" and len(walk) >= 5
    assert dict(walk) == answers
    assert outcome == "eligible_ask_for_3607"


# ---------------------------------------------------------------------------------------------
# The whole benchmark, once


@pytest.mark.browser
def test_quick_run_writes_both_columns(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(REPO / "tools" / "bench" / "bench.py"), "--quick", "--json", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "ours / baseline" in done.stdout
    data = json.loads(out.read_text())
    assert data["quick"] is True and data["config"]["profiles"] == ["unthrottled"]
    assert data["explainer_check"]["violations"] == []
    assert data["explainer_check"]["check_page_python_requests"] >= 3
    for name in ("ours", "baseline"):
        for visit in bench_report.VISITS:
            (run,) = data["results"][name]["unthrottled"][visit]["runs"]
            assert "error" not in run, run
            for key in ("first_question_ms", "python_ready_ms", "python_ready_bytes",
                        "last_answer_ms", "total_bytes"):  # fmt: skip
                assert run["figures"][key] is not None, (name, visit, key)
    cold = data["results"]["ours"]["unthrottled"]["cold"]["runs"][0]
    assert cold["network"]["cache_hits"] == 0  # a cold visit starts empty
    assert any("wasm" in url for url in cold["python_requests"])
    assert data["results"]["ours"]["unthrottled"]["cold"]["runs"][0]["figures"]["confirm_ms"]
    for name in ("ours", "baseline"):  # the paced reader went through every step
        (run,) = data["paced"][name]["unthrottled"]["runs"]
        assert "error" not in run, run
        assert [s["step"] for s in run["steps"]] == [q for q, _ in bench.case_walk()[0]] + ["check"]
        assert 0 <= run["figures"]["paced_waiting_share"] < 1
    assert {t["target"].split(" (")[0] for t in data["targets"]} >= {
        "explainer pages load no Python"
    }
