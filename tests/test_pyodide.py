"""The checker gives the same results inside Pyodide (Node.js, pinned npm package) as in CPython."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from checker import evaluate
from conftest import REPO, load_cases
from tools.build.pack_checker import pack

pytestmark = pytest.mark.node
CASES = load_cases()
EXTRA = [  # beyond the examples: dates, age from birth date, errors, every stage
    {"id": "X-birthday", "answers": {"court": "federal", "offense": "simple_possession",
     "substance": "other", "offense_date": "2025-03-01", "birth_date": "2004-03-01",
     "citizenship": "permanent_resident", "stage": "charged", "prior_drug_record": ["none"],
     "prior_3607": "no", "consent": "yes"}},
    {"id": "X-bad", "answers": {"court": "federal", "offense_date": "2025-02-29", "zzz": 1}},
    {"id": "X-not-a-dict", "answers": ["court"]},
]  # fmt: skip


def run_in_pyodide(tmp_path, items, *extra):
    node = shutil.which("node")
    assert node, "Node.js is needed for the Pyodide tests"
    data, _digest = pack()
    zip_path, answers_path = tmp_path / "checker.zip", tmp_path / "answers.json"
    zip_path.write_bytes(data)
    answers_path.write_text(json.dumps(items))
    done = subprocess.run(
        [node, str(REPO / "tools" / "pyodide_run.mjs"), str(zip_path), str(answers_path), *extra],
        capture_output=True, text=True, timeout=300, cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_cases_in_pyodide_match_cpython(tmp_path):
    items = [{"id": c["id"], "answers": c["answers"]} for c in CASES] + EXTRA
    got = {r["id"]: r["result"] for r in run_in_pyodide(tmp_path, items)}
    assert len(got) == len(items)
    for item in items:
        assert got[item["id"]] == evaluate(item["answers"], today="2026-11-29").as_dict(), item[
            "id"
        ]


def test_cases_in_pyodide_with_the_slim_stdlib_match_cpython(tmp_path):
    """The slim standard library the site ships (traced, not guessed) runs the whole case suite."""
    from tools.build import slim_stdlib

    stdlib = tmp_path / "python_stdlib.zip"
    stdlib.write_bytes(slim_stdlib.build(pack()[0]))
    items = [{"id": c["id"], "answers": c["answers"]} for c in CASES] + EXTRA
    got = {r["id"]: r["result"] for r in run_in_pyodide(tmp_path, items, "--stdlib", str(stdlib))}
    for item in items:
        assert got[item["id"]] == evaluate(item["answers"], today="2026-11-29").as_dict(), item[
            "id"
        ]


# Example results that offer papers: each paper's words follow the result, so build every paper
# for each of them.
PAPER_CASES = {
    c["id"]: c["answers"]
    for c in CASES
    if c["id"] in ("C01", "C02", "C11", "C35", "C37", "C38", "C39", "C52", "C64", "C69")
}


def test_papers_in_pyodide_with_the_slim_stdlib_match_cpython(tmp_path):
    """Every paper, as a Word file and as its print version, built inside Pyodide with the
    slim standard library the site ships, is the same, byte for byte, as in CPython."""
    import base64

    from papers import web as papers_web
    from papers.catalog import PAPERS
    from tools.build import slim_stdlib

    stdlib = tmp_path / "python_stdlib.zip"
    stdlib.write_bytes(slim_stdlib.build(pack()[0]))
    typed = {"name": "Jane Q. Doe", "case_number": "1:24-cr-00077", "district": "District of Utah"}
    items = [
        {"id": f"{paper}-{case}-{fmt}-{n}", "paper": paper, "fields": fields,
         "answers": answers, "fmt": fmt}
        for paper in PAPERS
        for case, answers in PAPER_CASES.items()
        for fmt in ("docx", "html")
        for n, fields in enumerate(({}, typed))
    ]  # fmt: skip
    # On the Spanish page an English paper's note is in Spanish: the same bytes there too.
    items += [
        {**item, "id": f"{item['id']}-es", "lang": "es"}
        for item in items
        if item["id"].endswith("-1") and not item["paper"].endswith("_es")
    ]
    got = {r["id"]: r for r in run_in_pyodide(tmp_path, items, "--stdlib", str(stdlib), "--papers")}
    assert len(got) == len(items)
    for item in items:
        args = (
            json.dumps(item["fields"]),
            json.dumps(item["answers"]),
            item["fmt"],
            "2026-11-29",
            item.get("lang", "en"),
        )
        expected = papers_web.make(item["paper"], *args)
        made = got[item["id"]]
        if item["fmt"] == "docx":
            assert isinstance(expected, bytes)
            assert base64.b64decode(made["docx"]) == expected, item["id"]
        else:
            assert made["text"] == expected, item["id"]
