"""Median time of one `checker.evaluate` call, in CPython and in Pyodide under Node.js.

    python tools/bench/bench_checker.py [--rounds N]

Runs every example case from tests/cases/examples.json N times in each interpreter, then one
eligible case with 0, 1 and 3 "not sure" answers (the cost of resolving them) 20 N times.
This is a measurement to report, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from checker import evaluate  # noqa: E402
from tools.build.pack_checker import pack  # noqa: E402

CASES = ROOT / "tests" / "cases" / "examples.json"


def cpython(cases: list[dict], rounds: int) -> dict:
    times = []
    for _ in range(rounds):
        for case in cases:
            start = time.perf_counter()
            evaluate(case["answers"], today="2026-11-29")
            times.append((time.perf_counter() - start) * 1000)
    return {"calls": len(times), "median_ms": statistics.median(times),
            "min_ms": min(times), "max_ms": max(times)}  # fmt: skip


def pyodide(cases: list[dict], rounds: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        zip_path, answers = Path(tmp) / "checker.zip", Path(tmp) / "cases.json"
        zip_path.write_bytes(pack()[0])
        answers.write_text(json.dumps(cases))
        done = subprocess.run(
            [shutil.which("node") or "node", str(ROOT / "tools" / "pyodide_run.mjs"),
             str(zip_path), str(answers), "--bench", str(rounds)],
            capture_output=True, text=True, check=True, cwd=ROOT,
        )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


# "Not sure", resolved (depends_on): the same eligible case with 0, 1 and 3 unknown answers;
# each unknown makes evaluate decide the case again for every value it could take.
KNOWN_CASE = {
    "court": "federal", "offense": "simple_possession", "offense_date": "2025-03-01",
    "substance": "other", "citizenship": "us_citizen", "stage": "charged",
    "prior_drug_record": ["none"], "prior_3607": "no", "had_prescription": "no",
    "consent": "yes", "age_at_offense": 30,
}  # fmt: skip
UNKNOWN_SETS = {
    0: {},
    1: {"prior_3607": "not_sure"},
    3: {"prior_3607": "not_sure", "offense_date": "not_sure", "age_at_offense": "not_sure"},
}


def unknown_cases(count: int) -> list[dict]:
    return [{"id": f"unknowns-{count}", "answers": {**KNOWN_CASE, **UNKNOWN_SETS[count]}}]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    sets = [("example cases", cases, args.rounds)]
    sets += [(f"{n} unknown(s)", unknown_cases(n), args.rounds * 20) for n in UNKNOWN_SETS]
    for label, chosen, rounds in sets:
        for name, run in (("CPython", cpython), ("Pyodide (Node.js)", pyodide)):
            r = run(chosen, rounds)
            print(f"{label:14} {name:18} {r['calls']:6} calls  median {r['median_ms']:.3f} ms  "
                  f"min {r['min_ms']:.3f} ms  max {r['max_ms']:.3f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
