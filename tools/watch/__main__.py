"""``python3 -m tools.watch``: run the law watch and print the report (``make law-watch``).

Exit status: 0 when nothing needs review (a source that is unreachable is reported but is not
a change), 1 when a source changed, cannot be read, or a quotation no longer matches.
``--record`` writes what was seen into the data file (the reviewer's step; docs-dev/reviewing.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from . import fetch, watch


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m tools.watch", description=__doc__)
    parser.add_argument("--sources", type=Path, default=watch.SOURCES, help="the data file")
    parser.add_argument("--docs", type=Path, default=watch.DOCS, help="where law.md is")
    parser.add_argument(
        "--fixtures", type=Path, help="read saved pages from this folder (its index.json)"
    )
    parser.add_argument("--json", type=Path, help="also write the report as JSON here")
    parser.add_argument("--today", type=dt.date.fromisoformat, help="the run's date")
    parser.add_argument(
        "--record", action="store_true", help="write unchanged and first-seen hashes and dates"
    )
    parser.add_argument(
        "--accept", action="append", default=[], metavar="ID",
        help="with --record: also record this changed source (after its review)",
    )  # fmt: skip
    args = parser.parse_args(argv)

    data = watch.load(args.sources)
    getter = fetch.Fixtures(args.fixtures) if args.fixtures else fetch.get
    report = watch.run(data, getter, args.docs, args.today)
    print(report.text())
    if args.json:
        args.json.write_text(json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n")
    if args.record:
        done = watch.record(data, report, set(args.accept))
        watch.save(data, args.sources)
        print(f"\nRecorded in {args.sources}: {', '.join(done) or 'nothing'}")
    return 1 if report.needs_review else 0


if __name__ == "__main__":
    sys.exit(main())
