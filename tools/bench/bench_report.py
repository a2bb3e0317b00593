"""The benchmark's figures: medians, the table, the targets, the terminal report, the JSON files
and the figures' block of docs-dev/performance.md (between its bench markers).

Used by tools/bench/bench.py (`--readme` rewrites that block from the latest JSON).
"""

from __future__ import annotations

import json
import statistics
from datetime import datetime
from pathlib import Path
from typing import Any

from tools.bench.bench_network import PROFILES

ROOT = Path(__file__).resolve().parents[2]
RESULTS_DIR = ROOT / "bench-results"
README = ROOT / "docs-dev" / "performance.md"  # the figures' page (was the README)
README_START, README_END = "<!-- bench:start -->", "<!-- bench:end -->"
KB = 1000  # "250 KB" in the targets: kilobytes of 1000 bytes
VISITS = ("cold", "warm")

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
    if unit == "share":
        return f"{value:.1%}"
    if unit == "score":
        return f"{value:.0f}"
    if unit == "cls":
        return f"{value:.3f}"
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


def render_text(header: list[str], rows: list[list[str]], grouped: bool = True) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True))  # noqa: E731
    out = [line(header), "  ".join("-" * w for w in widths)]
    previous = None
    for row in rows:
        if grouped and previous and row[:2] != previous[:2]:
            out.append("")
        out.append(line(row))
        previous = row
    return "\n".join(out)


def render_markdown(header: list[str], rows: list[list[str]], grouped: bool = True) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    previous = None
    for row in rows:
        shown = list(row)
        if grouped and previous and row[:2] == previous[:2]:
            shown[0] = shown[1] = ""
        out.append("| " + " | ".join(c.strip() for c in shown) + " |")
        previous = row
    return "\n".join(out)


# --- The paced reader -----------------------------------------------------------------------

PACED_METRICS = (
    ("paced_first_question_ms", "first question shown", "ms"),
    ("paced_python_ready_ms", "Python ready", "ms"),
    ("paced_waiting_ms", "waiting, in total", "ms"),
    ("paced_result_ms", "time to result", "ms"),
    ("paced_waiting_share", "share of the visit spent waiting", "share"),
)


def _paced_block(data: dict, name: str, pkey: str) -> dict:
    return data.get("paced", {}).get(name, {}).get(pkey, {})


def step_waits(runs: list[dict]) -> list[tuple[str, dict | None]]:
    """(step, summary of its waits) for each step of the paced runs, in order."""
    good = [r["steps"] for r in runs if "steps" in r]
    if not good:
        return []
    names = [s["step"] for s in good[0]]
    return [
        (name, summarise([steps[i]["wait_ms"] for steps in good if len(steps) > i]))
        for i, name in enumerate(names)
    ]


def paced_rows(data: dict) -> tuple[list[str], list[list[str]]]:
    """The paced reader's table: a row per step (the wait from the answer to the next step
    shown) and per total; a column per profile and page (ours, the baseline)."""
    names = [n for n in data.get("paced", {}) if n != "explainer"]
    profiles = data["config"].get("paced_profiles", [])
    columns = [(p, n) for p in profiles for n in names]
    header = ["step", *(f"{PROFILES[p].label}: {n}" for p, n in columns)]
    steps: dict[str, list[str]] = {}
    for i, (pkey, name) in enumerate(columns):
        for step, summary in step_waits(_paced_block(data, name, pkey).get("runs", [])):
            label = "See your result -> result" if step == "check" else f"{step} -> next"
            steps.setdefault(label, ["—"] * len(columns))[i] = cell(summary, "ms")
    rows = [[label, *cells] for label, cells in steps.items()]
    for key, label, unit in PACED_METRICS:
        cells = [
            cell(_paced_block(data, name, pkey).get("summary", {}).get(key), unit)
            for pkey, name in columns
        ]
        rows.append([label, *cells])
    return header, rows


def lighthouse_rows(data: dict) -> tuple[list[str], list[list[str]]]:
    header = ["page", "score", "first contentful paint", "largest contentful paint",
              "total blocking time", "layout shift", "speed index"]  # fmt: skip
    rows = []
    for page, r in data.get("lighthouse", {}).items():
        rows.append([page, fmt(r.get("score"), "score"), fmt(r.get("fcp_ms"), "ms"),
                     fmt(r.get("lcp_ms"), "ms"), fmt(r.get("tbt_ms"), "ms"),
                     fmt(r.get("cls"), "cls"), fmt(r.get("speed_index_ms"), "ms")])  # fmt: skip
    return header, rows


def _paced_median(data: dict, name: str, pkey: str, key: str) -> float | None:
    return (_paced_block(data, name, pkey).get("summary", {}).get(key) or {}).get("median")


def paced_targets(data: dict) -> list[dict[str, Any]]:
    profiles = data["config"].get("paced_profiles", [])
    if "paced" not in data or not profiles:
        return []
    pace = data["config"].get("pace_s", 4)
    runs = data["config"]["runs"]
    out = []
    if "slow4g" in profiles:
        share = _paced_median(data, "ours", "slow4g", "paced_waiting_share")
        out.append({
            "target": f"a reader at {pace:g} s per step waits at most 5 % of the visit, "
                      f"on slow 4G, cold (median of {runs})",
            "measured": fmt(share, "share"),
            "pass": None if share is None else share <= 0.05})  # fmt: skip
        confirm = _paced_median(data, "ours", "slow4g", "paced_confirm_ms")
        ready = _paced_median(data, "ours", "slow4g", "paced_python_ready_ms")
        result = _paced_median(data, "ours", "slow4g", "paced_result_ms")
        before = ready is not None and result is not None and ready < result - (confirm or 0)
        out.append({
            "target": "the result within 1 s of \"See your result\" once Python is in "
                      "(paced, slow 4G)",
            "measured": fmt(confirm, "ms") + ("" if before else " (Python was not in yet)"),
            "pass": None if confirm is None else confirm <= 1000})  # fmt: skip
    for pkey in profiles:
        if pkey == "slow4g":
            continue
        share = _paced_median(data, "ours", pkey, "paced_waiting_share")
        base = _paced_median(data, "baseline", pkey, "paced_waiting_share")
        out.append({
            "target": f"{PROFILES[pkey].label}: measured and reported (paced, cold)",
            "measured": f"waiting {fmt(share, 'share')} (baseline {fmt(base, 'share')})",
            "pass": None if share is None else True})  # fmt: skip
    return out


def lighthouse_targets(data: dict) -> list[dict[str, Any]]:
    pages = data.get("lighthouse")
    if not pages:
        return []
    scores = {name: r.get("score") for name, r in pages.items()}
    known = None not in scores.values()
    return [{
        "target": "Lighthouse mobile performance score 100 on the home, check and law pages",
        "measured": ", ".join(f"{n} {fmt(s, 'score')}" for n, s in scores.items()),
        "pass": all(s == 100 for s in scores.values()) if known else None}]  # fmt: skip


def evaluate_targets(data: dict) -> list[dict[str, Any]]:
    """The targets against the medians. Reported, never fatal, except the explainer's."""
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
    targets += paced_targets(data)
    targets += lighthouse_targets(data)
    check = data["explainer_check"]
    targets.append({
        "target": "explainer pages load no Python (hard check)",
        "measured": f"{check['pages']} pages, {len(check['violations'])} violations",
        "pass": not check["violations"]})  # fmt: skip
    return targets


def render_targets(targets: list[dict]) -> list[str]:
    word = {True: "PASS", False: "FAIL", None: "n/a "}
    return [f"{word[t['pass']]}  {t['target']}: {t['measured']}" for t in targets]


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


def describe_machine(m: dict) -> str:
    return (f"{m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB RAM, {m['os']}; "
            f"{m.get('chromium', 'Chromium')}, Pyodide {m['pyodide']}")  # fmt: skip


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
    lines += ["", render_text(header, rows)]
    p_header, p_rows = paced_rows(data)
    if p_rows:
        lines += ["", f"Paced reader ({data['config'].get('pace_s', 4):g} s per step, cold):",
                  render_text(p_header, p_rows, grouped=False)]  # fmt: skip
    l_header, l_rows = lighthouse_rows(data)
    if l_rows:
        lines += ["", "Lighthouse (mobile, performance):", render_text(l_header, l_rows, False)]
    lines += ["", "Targets:"]
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
        "<!-- Written by `tools/bench/bench.py --readme` from bench-results/latest.json: "
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
    ]
    p_header, p_rows = paced_rows(data)
    if p_rows:
        pace = data["config"].get("pace_s", 4)
        lines += [
            f"The paced reader: {pace:g} s over every step from the moment it is shown, the "
            f"example case from the first question, cold; each cell is the wait from the "
            "click to the frame showing the next step, or a total.",
            "",
            render_markdown(p_header, p_rows, grouped=False),
            "",
        ]
    l_header, l_rows = lighthouse_rows(data)
    if l_rows:
        version = next(
            (
                r["version"]
                for p in data["lighthouse"].values()
                for r in p["runs"]
                if "version" in r
            ),
            "",
        )
        lines += [
            f"Lighthouse {version} (mobile, simulated slow 4G and a 4x slower CPU, performance "
            "only; the median of each page's runs):",
            "",
            render_markdown(l_header, l_rows, grouped=False),
            "",
        ]
    lines += ["Targets:", ""]
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
