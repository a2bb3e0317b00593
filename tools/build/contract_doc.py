"""The tables of docs-dev/checker-contract.md, generated from checker/ so they cannot drift.

    python tools/build/contract_doc.py            # exit 1 and say which tables are out of date
    python tools/build/contract_doc.py --write    # rewrite them in place

Each table sits between ``<!-- contract:NAME -->`` and ``<!-- /contract:NAME -->``; everything
outside the markers is written by hand. tests/test_contract_doc.py fails when a table is out of
date, and when a code the tables list is not explained in the hand-written text around them.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from checker import answers, codes, outcomes, questions  # noqa: E402

DOC = ROOT / "docs-dev" / "checker-contract.md"
BLOCK = re.compile(r"(<!-- contract:(\w+) -->\n)(.*?)(<!-- /contract:\2 -->)", re.S)


def _codes(values) -> str:
    return ", ".join(f"`{v}`" for v in values)


def answers_table() -> str:
    """Every answer key (question id), in interview order, with the values it accepts."""
    rows = ["| key | kind | values | the question |", "|---|---|---|---|"]
    for key in codes.Q:
        question = questions.BY_ID[key]
        if key in answers.SINGLE_CHOICES:
            kind, values = "one code", _codes(answers.SINGLE_CHOICES[key])
            if key == codes.Q.COURT_STATE:
                kind, values = "one code", "a two-letter code (below), or `not_sure`"
        elif key in answers.MULTIPLE_CHOICES:
            kind, values = "list of codes", _codes(answers.MULTIPLE_CHOICES[key])
        elif key in answers.DATES:
            kind, values = "date", '`"YYYY-MM-DD"` (a real day, not in the future), or `not_sure`'
        else:
            low, high = answers.NUMBERS[key]
            kind, values = "whole number", f"{low} to {high}, or `not_sure`"
        rows.append(f"| `{key}` | {kind} | {values} | {question.text} |")
    rows += ["", "`court_state` codes: " + _codes(codes.STATES) + "."]
    return "\n".join(rows) + "\n"


def outcomes_table() -> str:
    """Every outcome code, in the order of the `Outcome` enum, with the title a reader sees."""
    rows = ["| code | title |", "|---|---|"]
    for outcome in codes.Outcome:
        rows.append(f"| `{outcome}` | {outcomes.OUTCOMES[outcome].title} |")
    return "\n".join(rows) + "\n"


def flags_table() -> str:
    """Every flag code, in display order, with its title and how loud the screener shows it."""
    rows = ["| code | title | level |", "|---|---|---|"]
    for flag in outcomes.FLAG_ORDER:
        text = outcomes.FLAGS[flag]
        rows.append(f"| `{flag}` | {text.title} | {text.level} |")
    return "\n".join(rows) + "\n"


TABLES = {"answers": answers_table, "outcomes": outcomes_table, "flags": flags_table}


def render(doc: str) -> str:
    """``doc`` with every table between its markers regenerated."""
    found = {m[2] for m in BLOCK.finditer(doc)}
    missing = sorted(set(TABLES) - found)
    if missing:
        raise SystemExit(f"{DOC.name}: no <!-- contract:NAME --> markers for {missing}")
    return BLOCK.sub(lambda m: m[1] + TABLES[m[2]]() + m[4], doc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the tables in place")
    args = parser.parse_args(argv)
    doc = DOC.read_text("utf-8")
    fresh = render(doc)
    if args.write:
        DOC.write_text(fresh, "utf-8")
        print(f"{DOC.relative_to(ROOT)}: tables written")
        return 0
    if fresh != doc:
        print(
            f"{DOC.relative_to(ROOT)} is out of date: "
            "run python tools/build/contract_doc.py --write"
        )
        return 1
    print(f"{DOC.relative_to(ROOT)}: tables up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
