"""Everything a reader gets from the checker for the example cases, as named texts and bytes.

For every case in tests/cases/examples.json, and for variants of it that exercise "not sure",
missing and refused answers, in both languages: `evaluate(...).as_dict()` as JSON, the
screener's `web.step` reply, the command line's text and `--json` output, and the papers
(`papers.web.papers_for` and every paper as .docx bytes and as HTML); and the pages
`tools/build/sitegen.py` generates. tests/test_reader_outputs.py compares their hashes (one per
case) with tests/cases/reader_outputs.json, so a refactor that changes a byte a reader sees fails.

    python tests/reader_outputs.py --write   # after a deliberate change of what readers see
    python tests/reader_outputs.py --dump DIR  # every output as a file, to diff two versions
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import inspect
import io
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from checker import evaluate, web  # noqa: E402
from checker.__main__ import main as cli  # noqa: E402
from checker.i18n import LANGS  # noqa: E402

CASES = ROOT / "tests" / "cases" / "examples.json"
MANIFEST = ROOT / "tests" / "cases" / "reader_outputs.json"
TODAY = "2026-11-29"
# Answers the checker refuses, one of each kind of message (answers.py).
REFUSED: dict[str, dict[str, Any]] = {
    "bad_code": {"court": "federal", "offense": "possession"},
    "bad_state": {"court": "federal", "court_state": "ZZ"},
    "bad_list": {"prior_drug_record": []},
    "bad_list_code": {"prior_drug_record": ["parking"]},
    "none_and_more": {"prior_drug_record": ["none", "conviction"]},
    "bad_date_form": {"offense_date": "3/15/2024"},
    "no_such_date": {"offense_date": "2024-02-30"},
    "early_year": {"offense_date": "1899-12-31"},
    "future": {"offense_date": "2027-01-01"},
    "too_old": {"birth_date": "1900-01-01"},
    "birth_after_offense": {"birth_date": "2024-01-02", "offense_date": "2024-01-01"},
    "too_young": {"birth_date": "2020-01-01", "offense_date": "2024-01-01"},
    "bad_age": {"age_at_offense": 5},
    "bad_months": {"probation_months": 0},
    "unknown_key": {"colour": "blue"},
    "not_a_dict": ["court"],  # type: ignore[dict-item]
}


def cases() -> Iterator[tuple[str, Any]]:
    """(name, answers): each example, each with one answer made "not sure" or left out, and
    the refused answers above."""
    for case in json.loads(CASES.read_text(encoding="utf-8")):
        answers = case["answers"]
        yield case["id"], answers
        for key in answers:
            value = ["not_sure"] if isinstance(answers[key], list) else "not_sure"
            yield f"{case['id']}-{key}-not_sure", {**answers, key: value}
            yield f"{case['id']}-{key}-missing", {k: v for k, v in answers.items() if k != key}
    yield from REFUSED.items()


def _cli(args: list[str]) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli(args)
    return f"{code}\n{out.getvalue()}\n{err.getvalue()}"


def outputs() -> Iterator[tuple[str, bytes]]:
    """(name, bytes) for every output a reader can get for the cases."""
    from papers import web as papers
    from tools.build import sitegen

    examples = {c["id"] for c in json.loads(CASES.read_text(encoding="utf-8"))}
    with tempfile.TemporaryDirectory() as tmp:
        for name, answers in cases():
            answers_json = json.dumps(answers)
            path = Path(tmp) / "answers.json"
            path.write_text(answers_json, encoding="utf-8")
            for lang in LANGS:
                result = evaluate(answers, TODAY, lang)
                data = json.dumps(result.as_dict(), ensure_ascii=False, indent=1)
                yield f"{name}/{lang}/evaluate.json", data.encode()
                yield f"{name}/{lang}/step.json", web.step(answers_json, TODAY, lang).encode()
                args = [str(path), "--today", TODAY, "--lang", lang]
                yield f"{name}/{lang}/cli.txt", _cli(args).encode()
                yield f"{name}/{lang}/cli.json", _cli([*args, "--json"]).encode()
                if name not in examples:
                    continue
                summary = json.dumps({"outcome": str(result.outcome), "flags": result.flags})
                listed = papers.papers_for(summary, answers_json, lang)
                yield f"{name}/{lang}/papers.json", listed.encode()
                by_lang = "lang" in inspect.signature(papers.make).parameters
                if lang != "en" and not by_lang:
                    continue
                for paper in json.loads(listed).get("papers", []):
                    for fmt in ("docx", "html"):
                        args = (paper["id"], "{}", answers_json, fmt, TODAY)
                        made = papers.make(*args, lang) if by_lang else papers.make(*args)
                        made = made if isinstance(made, bytes) else made.encode()
                        yield f"{name}/{lang}/paper/{paper['id']}.{fmt}", made
    for lang in LANGS:
        for page, generate in sitegen.GENERATORS.items():
            yield f"sitegen/{lang}/{page}.md", generate(lang).encode()


def manifest() -> dict[str, str]:
    """One hash per case (all its outputs, both languages) and per generated page."""
    hashes: dict[str, Any] = {}
    for name, data in outputs():
        group = name.split("/")[0] if not name.startswith("sitegen/") else name
        hashes.setdefault(group, hashlib.sha256())
        hashes[group].update(name.encode() + b"\0" + data + b"\0")
    return {group: h.hexdigest()[:20] for group, h in hashes.items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true", help="rewrite the manifest")
    parser.add_argument("--dump", type=Path, help="write every output into this folder")
    args = parser.parse_args()
    if args.dump:
        for name, data in outputs():
            target = args.dump / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    if args.write:
        text = json.dumps(manifest(), indent=0, sort_keys=True)
        MANIFEST.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
