"""The interview as a small map, so the check page can show the next question while Python loads.

The law lives once, in `checker/`. This script runs it at build time: it walks
`checker.questions.next_question` from no answers, giving each question one answer from every
class of answers the rules tell apart (`checker.rules.LINE_CLASSES`, `RECORD_CLASSES`; for a
single choice, each code), and records which question comes next. Identical subtrees are kept
once, so the whole interview (about 92,000 paths) fits in 71 nodes.

The map (JSON, written into the check page by `tools/build/site_assets.py`):

- ``nodes``: a list; the walk starts at node 0. A node is ``[question id, next]``, where
  ``next`` is the node that follows whatever the answer, or an object from each answer's class
  to the node that follows (``"*"``: every class not listed). -1: the interview is over.
- ``lines``: for each date or number, ``[measure, lines]`` (`rules.LINE_CLASSES`): its class
  is how many lines are at or below the measured value, or ``not_sure``. The measure
  ``age_on_offense_date`` is the age (`rules.age_on`) on the answer to ``offense_date``.
- ``records``: for each list answer, the groups of `rules.RECORD_CLASSES` as ``[test, codes]``;
  its class is the index of the first group it fits (``any``: shares a code; ``only``: has no
  other code).
- Any other answer's class is its code.

The page's walker (``site-overrides/assets/screener/interview.mjs``) reads this; Python stays
the authority (`checker.web.step` checks every answer once it is ready). The map depends only on
`checker/` and this file, so it is cached in ``build/interview-map/`` under their hash.

    .venv/bin/python tools/build/interview_map.py          # build it, print its size
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from checker import rules  # noqa: E402
from checker.answers import MULTIPLE_CHOICES, SINGLE_CHOICES  # noqa: E402
from checker.codes import NOT_SURE, Q  # noqa: E402
from checker.questions import next_question  # noqa: E402

CACHE = ROOT / "build" / "interview-map"
END = -1
DEFAULT = "*"
_DAY = dt.timedelta(days=1)


def _years_before(day: dt.date, years: int) -> dt.date:
    """The day `years` before `day` (February 29 becomes February 28): on `day`, someone born
    then is `years` old (`rules.age_on`)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _first_of_each_range(lines: tuple[Any, ...], before: Any) -> list[Any]:
    """One value in each range the lines cut: just before the first line, then each line (a
    line is the first value past it)."""
    return [lines[0] - before, *lines]


def representatives(question: str, answers: dict[str, Any]) -> list[tuple[str, Any]]:
    """(class, one answer as JSON in that class) for every class of `question`'s answers, given
    the answers before it."""
    if question in rules.LINE_CLASSES:
        measure, lines = rules.LINE_CLASSES[question]
        if measure == "date":
            values = [str(v) for v in _first_of_each_range(lines, _DAY)]
        elif measure == "age_on_offense_date":
            offense = dt.date.fromisoformat(answers[Q.OFFENSE_DATE])
            ages = _first_of_each_range(lines, 1)
            values = [str(_years_before(offense, age)) for age in ages]
        else:
            values = _first_of_each_range(lines, 1)
        return [(str(i), v) for i, v in enumerate(values)] + [(NOT_SURE, NOT_SURE)]
    if question in MULTIPLE_CHOICES:
        return [(str(i), [min(group)]) for i, (_, group) in enumerate(rules.RECORD_CLASSES)]
    return [(code, code) for code in SINGLE_CHOICES[question]]


class _Builder:
    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.nodes: list[list[Any]] = []
        self.index: dict[str, int] = {}  # a node's JSON -> its place: identical subtrees once

    def walk(self, answers: dict[str, Any]) -> int:
        question = next_question(answers, self.today)
        if question is None:
            return END
        if question.id in answers:  # a representative was refused: the classes are wrong
            raise ValueError(f"{question.id}: {answers[question.id]!r} was refused")
        children = {
            key: self.walk({**answers, question.id: value})
            for key, value in representatives(question.id, answers)
        }
        return self.node(question.id, children)

    def node(self, question: str, children: dict[str, int]) -> int:
        common, count = Counter(children.values()).most_common(1)[0]
        if count == len(children):
            following: Any = common
        else:
            following = {k: v for k, v in children.items() if v != common}
            if count > 1:
                following[DEFAULT] = common
            else:
                following = children
        node = [question, following]
        key = json.dumps(node, sort_keys=True)
        if key not in self.index:
            self.index[key] = len(self.nodes)
            self.nodes.append(node)
        return self.index[key]


def _renumbered(nodes: list[list[Any]], root: int) -> list[list[Any]]:
    """The nodes with the root first (the walk starts at 0), in the order a walk meets them."""
    order: list[int] = []
    seen: set[int] = set()

    def visit(i: int) -> None:
        if i == END or i in seen:
            return
        seen.add(i)
        order.append(i)
        following = nodes[i][1]
        for child in following.values() if isinstance(following, dict) else [following]:
            visit(child)

    visit(root)
    new = {old: n for n, old in enumerate(order)} | {END: END}
    out = []
    for old in order:
        question, following = nodes[old]
        if isinstance(following, dict):
            following = {k: new[v] for k, v in following.items()}
        else:
            following = new[following]
        out.append([question, following])
    return out


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, dt.date) else value


def build(today: dt.date | None = None) -> dict[str, Any]:
    """The map, computed from `checker/` (about 4 s of CPython)."""
    builder = _Builder(today or dt.date.today())
    root = builder.walk({})
    return {
        "nodes": _renumbered(builder.nodes, root),
        "lines": {
            q: [measure, [_plain(line) for line in lines]]
            for q, (measure, lines) in rules.LINE_CLASSES.items()
        },
        "records": {
            q: [[test, sorted(group)] for test, group in rules.RECORD_CLASSES]
            for q in MULTIPLE_CHOICES
        },
    }


def sources_hash() -> str:
    """A hash of everything the map is computed from: checker/ and this file."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "checker").rglob("*.py")) + [Path(__file__).resolve()]:
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def dumps(interview_map: dict[str, Any]) -> str:
    return json.dumps(interview_map, separators=(",", ":"), ensure_ascii=False)


def load(cache: Path | None = CACHE) -> dict[str, Any]:
    """The map, from the cache when checker/ has not changed since it was built."""
    if cache is None:
        return build()
    path = cache / f"interview-map-{sources_hash()}.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    interview_map = build()
    cache.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(dumps(interview_map), encoding="utf-8")
    temporary.replace(path)
    return interview_map


if __name__ == "__main__":
    import gzip

    text = dumps(build()).encode()
    nodes = len(json.loads(text)["nodes"])
    print(f"{nodes} nodes, {len(text)} bytes, {len(gzip.compress(text, 9))} bytes gzipped")
