"""One run of the law watch: every source in the data file fetched, reduced, hashed and compared
with what was recorded; the statutes' quotations on the law pages checked; a report.

Statuses:
- ``unchanged``: the words hash to what was recorded.
- ``changed``: they do not: review the pages and rules the source lists, then record.
- ``not yet seen``: nothing recorded yet (the first live run): the hash is shown; record it after
  a review has compared the words with the site.
- ``unreadable``: the page came but its words were not where its format puts them: the watch
  needs mending (tools/watch/reduce.py), the law may or may not have moved.
- ``unreachable``: the page could not be had (down, blocked, timed out): not a change; try again.

A quotation on docs/law.md or docs/law.es.md that is not in the official text is a problem
whatever the hash says: it needs review too.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import fetch as fetching
from . import quotes as quoting
from .reduce import Reduced, Unreadable, reduce

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "docs-dev" / "legal-sources.json"
DOCS = ROOT / "docs"

UNCHANGED = "unchanged"
CHANGED = "changed"
NOT_YET_SEEN = "not yet seen"
UNREADABLE = "unreadable"
UNREACHABLE = "unreachable"


@dataclass
class Outcome:
    source: dict[str, Any]
    status: str
    sha256: str | None = None  # of the words read now
    problem: str = ""  # why unreadable or unreachable
    words: str = ""
    quotes_checked: int = 0
    mismatches: list[quoting.Mismatch] = field(default_factory=list)

    @property
    def needs_review(self) -> bool:
        return self.status in (CHANGED, UNREADABLE) or bool(self.mismatches)

    def as_dict(self) -> dict[str, Any]:
        s = self.source
        return {
            "id": s["id"],
            "title": s["title"],
            "url": s["url"],
            "status": self.status,
            "needs_review": self.needs_review,
            "sha256": self.sha256,
            "recorded_sha256": s.get("sha256"),
            "last_seen_unchanged": s.get("last_seen_unchanged"),
            "problem": self.problem,
            "review": s.get("review", {}),
            "quotes_checked": self.quotes_checked,
            "quote_mismatches": [m.as_dict() for m in self.mismatches],
            "words": self.words,
        }


@dataclass
class Report:
    date: str
    outcomes: list[Outcome]

    @property
    def needs_review(self) -> bool:
        return any(o.needs_review for o in self.outcomes)

    def as_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "needs_review": self.needs_review,
            "sources": [o.as_dict() for o in self.outcomes],
        }

    def text(self) -> str:
        lines = [f"Law watch, {self.date}"]
        for o in self.outcomes:
            s = o.source
            lines.append("")
            lines.append(f"{s['title']}: {o.status.upper()}")
            lines.append(f"  {s['url']}")
            if o.problem:
                lines.append(f"  why: {o.problem}")
            if o.status == UNCHANGED:
                lines.append(f"  same words as recorded (last seen unchanged {_seen(s)})")
            elif o.status == CHANGED:
                lines.append(f"  recorded {s.get('sha256')}, now {o.sha256}")
            elif o.status == NOT_YET_SEEN:
                lines.append(f"  nothing recorded yet; the words read now hash to {o.sha256}")
            elif o.status == UNREACHABLE:
                lines.append(f"  not a change: try again later (last seen unchanged {_seen(s)})")
            if o.quotes_checked:
                bad = len(o.mismatches)
                lines.append(
                    f"  quotations on the law pages: {o.quotes_checked - bad} of "
                    f"{o.quotes_checked} match the official text"
                )
            for m in o.mismatches:
                lines.append(f"  NOT IN THE OFFICIAL TEXT: {m.quote.page}:{m.quote.line}")
                lines.append(f"    missing: “{_short(m.missing)}”")
            if o.needs_review:
                review = s.get("review", {})
                lines.append("  review: " + "; ".join(review.get("pages", [])))
                lines.append("  rules: " + "; ".join(review.get("rules", [])))
        lines.append("")
        reviewed = [o.source["title"] for o in self.outcomes if o.needs_review]
        down = [o.source["title"] for o in self.outcomes if o.status == UNREACHABLE]
        if reviewed:
            lines.append("To review: " + ", ".join(reviewed))
        if down:
            lines.append("Not checked this time (unreachable): " + ", ".join(down))
        if not reviewed:
            lines.append("Nothing to review (docs-dev/reviewing.md says what to do next).")
        return "\n".join(lines)


def _seen(source: dict[str, Any]) -> str:
    return source.get("last_seen_unchanged") or "never"


def _short(text: str, width: int = 120) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def load(path: Path = SOURCES) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _address(source: dict[str, Any], fetch: fetching.Fetch) -> str:
    """The address to fetch. An eCFR address carries ``{date}``: the day the title is up to
    date as of, read from the eCFR's list of titles (the versioner API wants a date)."""
    url = source["url"]
    if "{date}" not in url:
        return url
    titles = json.loads(fetch(source["date_from"]))
    title = source["select"]["title"]
    for entry in titles.get("titles", []):
        if entry.get("number") == title and entry.get("up_to_date_as_of"):
            return url.replace("{date}", entry["up_to_date_as_of"])
    raise Unreadable(f"title {title} has no date in the eCFR's list of titles")


def check_source(
    source: dict[str, Any], fetch: fetching.Fetch, site_quotes: list[quoting.Quote]
) -> Outcome:
    try:
        raw = fetch(_address(source, fetch))
        reduced: Reduced = reduce(source["format"], raw, source.get("select"))
    except fetching.Unreachable as error:
        return Outcome(source, UNREACHABLE, problem=str(error))
    except (Unreadable, ValueError, KeyError) as error:
        return Outcome(source, UNREADABLE, problem=str(error) or type(error).__name__)
    recorded = source.get("sha256")
    if not recorded:
        status = NOT_YET_SEEN
    else:
        status = UNCHANGED if recorded == reduced.sha256 else CHANGED
    outcome = Outcome(source, status, sha256=reduced.sha256, words=reduced.words)
    if source.get("quotes"):
        mine = [q for q in site_quotes if q.url == source["url"]]
        outcome.quotes_checked = len(mine)
        outcome.mismatches = [m for q in mine if (m := quoting.check(q, reduced.quotable))]
    return outcome


def run(
    data: dict[str, Any],
    fetch: fetching.Fetch = fetching.get,
    docs: Path = DOCS,
    today: dt.date | None = None,
) -> Report:
    site_quotes = quoting.site_quotes(docs)
    outcomes = [check_source(s, fetch, site_quotes) for s in data["sources"]]
    return Report((today or dt.date.today()).isoformat(), outcomes)


def record(data: dict[str, Any], report: Report, accept: set[str] = frozenset()) -> list[str]:
    """Write what this run saw into `data` (the reviewer's step, never the workflow's): the
    date for each unchanged source; the hash and date for a source not yet seen; for a changed
    source only when its id is in `accept` (the pages and rules were reviewed). A source with a
    quotation that no longer matches is never recorded. Returns the ids recorded."""
    done = []
    by_id = {s["id"]: s for s in data["sources"]}
    for o in report.outcomes:
        source = by_id[o.source["id"]]
        if o.mismatches or o.sha256 is None:
            continue
        if o.status == CHANGED and source["id"] not in accept:
            continue
        if o.status in (UNCHANGED, NOT_YET_SEEN, CHANGED):
            source["sha256"] = o.sha256
            source["last_seen_unchanged"] = report.date
            done.append(source["id"])
    return done


def save(data: dict[str, Any], path: Path = SOURCES) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
