"""One GitHub issue per source to review, from a law-watch report (``--json``).

``python3 -m tools.watch.issues REPORT.json`` is the weekly workflow's second step. For each
source that needs review (changed, unreadable, or a quotation that no longer matches) it opens an
issue titled ``Law watch: <source>``, or, when an open issue has that title already, replaces
its text with this week's and adds a comment, so a source never has two open issues. A source that
is unreachable or unchanged gets none. It runs the GitHub CLI (``gh``) with the workflow's
``GITHUB_TOKEN`` (``GH_TOKEN``); it never touches the repository's files.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

PREFIX = "Law watch: "
MAX_BODY = 60_000  # GitHub refuses an issue body over 65,536 characters
Run = Callable[[Sequence[str], str | None], str]


def title(source: dict[str, Any]) -> str:
    return PREFIX + source["title"]


def body(source: dict[str, Any], date: str) -> str:
    review = source.get("review", {})
    what = {
        "changed": "The official words changed since they were last recorded.",
        "unreadable": "The page came, but the watch could not find the words on it: "
        "tools/watch/reduce.py needs mending before this source is watched again.",
    }.get(source["status"], "The official words are as recorded.")
    lines = [
        f"The law watch of {date} found something to review in **{source['title']}**.",
        "",
        f"- Source: {source['url']}",
        f"- Status: **{source['status']}**. {what}",
    ]
    if source.get("problem"):
        lines.append(f"- Why: {source['problem']}")
    if source.get("recorded_sha256"):
        lines.append(f"- Recorded SHA-256: `{source['recorded_sha256']}`")
    if source.get("sha256"):
        lines.append(f"- SHA-256 now: `{source['sha256']}`")
    lines.append(f"- Last seen unchanged: {source.get('last_seen_unchanged') or 'never'}")
    mismatches = source.get("quote_mismatches") or []
    if mismatches:
        lines += ["", "### Quotations on the site that are not in the official text", ""]
        for m in mismatches:
            lines.append(f"- `{m['page']}` line {m['line']}: missing “{m['missing']}”")
    lines += ["", "### What to review", ""]
    lines += [f"- Page: `{p}`" for p in review.get("pages", [])]
    lines += [f"- Rule: {r}" for r in review.get("rules", [])]
    lines += [f"- docs-dev/legal-sources.md {s}" for s in review.get("legal_sources", [])]
    lines += [
        "",
        'How: docs-dev/reviewing.md ("When the law watch reports a change"). When the pages and '
        "rules are right, record the new words with `python3 -m tools.watch --record --accept "
        f"{source['id']}` and move `LAW_CHECKED` in checker/law.py.",
    ]
    if source.get("words"):
        lines += [
            "",
            "<details><summary>The words read this week</summary>",
            "",
            "```text",
            source["words"].replace("```", "'''"),
            "```",
            "",
            "</details>",
        ]
    text = "\n".join(lines)
    return text if len(text) <= MAX_BODY else text[: MAX_BODY - 20] + "\n…(cut)\n```\n"


def gh(args: Sequence[str], stdin: str | None = None) -> str:
    done = subprocess.run(
        ["gh", *args], input=stdin, capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout


def file_issues(report: dict[str, Any], run: Run = gh) -> list[str]:
    """Open or update one issue per source to review; returns what was done, one line each."""
    listed = json.loads(
        run(["issue", "list", "--state", "open", "--limit", "200", "--json", "number,title"], None)
        or "[]"
    )
    open_by_title = {i["title"]: i["number"] for i in listed}
    done = []
    for source in report["sources"]:
        if not source["needs_review"]:
            continue
        name, text = title(source), body(source, report["date"])
        number = open_by_title.get(name)
        if number is None:
            run(["issue", "create", "--title", name, "--body-file", "-"], text)
            done.append(f"opened: {name}")
        else:
            run(["issue", "edit", str(number), "--body-file", "-"], text)
            run(
                ["issue", "comment", str(number), "--body-file", "-"],
                f"Seen again by the law watch of {report['date']} (the text above is this week's).",
            )
            done.append(f"updated #{number}: {name}")
    return done


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python3 -m tools.watch.issues REPORT.json", file=sys.stderr)
        return 2
    report = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    for line in file_issues(report) or ["no source to review: no issue opened"]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
