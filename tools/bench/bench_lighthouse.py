"""Lighthouse's mobile performance score for a few pages of the served site, for the benchmark.

Runs the pinned npm package (``node_modules/.bin/lighthouse``, package.json) against the local
server with Debian's chromium (``CHROME_PATH``), offline: its default mobile settings (a
Moto G Power screen, "slow 4G" and a CPU four times slower, simulated), performance only.
Each page is run ``runs`` times; the score and each metric are the median.

Used by tools/bench/bench.py.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tools.local_site import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
# Lighthouse's audit id -> the name in the JSON and the report.
METRICS = {
    "first-contentful-paint": "fcp_ms",
    "largest-contentful-paint": "lcp_ms",
    "total-blocking-time": "tbt_ms",
    "cumulative-layout-shift": "cls",
    "speed-index": "speed_index_ms",
}


def run_once(url: str, timeout: int = 300) -> dict[str, Any]:
    """One Lighthouse run of `url`: its performance score (0-100) and metrics."""
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp:
        out = Path(tmp) / "report.json"
        done = subprocess.run(
            [str(LIGHTHOUSE), url, "--only-categories=performance", "--output=json",
             f"--output-path={out}", "--quiet", f"--chrome-flags={' '.join(CHROMIUM_ARGS)}"],
            env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True,
            timeout=timeout,
        )  # fmt: skip
        if done.returncode != 0 or not out.exists():
            raise RuntimeError(f"lighthouse failed ({done.returncode}): {done.stderr[-500:]}")
        report = json.loads(out.read_text("utf-8"))
    score = report["categories"]["performance"]["score"]
    figures: dict[str, Any] = {"score": None if score is None else round(score * 100)}
    for audit, name in METRICS.items():
        figures[name] = report["audits"].get(audit, {}).get("numericValue")
    figures["version"] = report.get("lighthouseVersion")
    figures["form_factor"] = report["configSettings"]["formFactor"]
    figures["throttling"] = report["configSettings"]["throttlingMethod"]
    return figures


def run_pages(
    pages: dict[str, str], log: Callable[[str], None] = print, runs: int = 3
) -> dict[str, Any]:
    """For each named page, the median score and metrics of `runs` runs, and every run."""
    out: dict[str, Any] = {}
    for name, url in pages.items():
        results = []
        for _ in range(runs):
            try:
                results.append(run_once(url))
            except (RuntimeError, subprocess.TimeoutExpired) as error:
                results.append({"error": str(error)[:500]})
        good = [r for r in results if "error" not in r]
        median = {
            key: statistics.median(values) if values else None
            for key in ("score", *METRICS.values())
            for values in [[r[key] for r in good if r.get(key) is not None]]
        }
        out[name] = {"url": url, **median, "runs": results}
        scores = ", ".join(str(r.get("score", "failed")) for r in results)
        log(f"lighthouse {name}: {median['score']} (runs: {scores})")
    return out
