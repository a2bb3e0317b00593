"""When the law behind this site was last checked against its official sources.

`LAW_CHECKED` is the day a maintainer last found the law watch clean (``make law-watch``: every
source unchanged, every quotation on the law pages in the official text) and the pages and rules
that rest on the sources reviewed. It is moved by that reviewer, in the commit that records the
review, and by no one else (docs-dev/reviewing.md, "Law checked on"). Every result shows it
("Law checked on …", both languages), each paper's footer carries it, and the screener's root
carries it as ``data-law-checked``: a reader can see how fresh the law they read is.
"""

from __future__ import annotations

import datetime as dt

from .i18n import DEFAULT, day_text, tr

LAW_CHECKED = dt.date(2026, 12, 5)
LAW_CHECKED_TEXT = "Law checked on {date}."


def law_checked_text(lang: str = DEFAULT) -> str:
    """The line a result and a paper show: "Law checked on December 5, 2026." in `lang`."""
    return tr(LAW_CHECKED_TEXT, lang, date=day_text(LAW_CHECKED, lang))


def law_checked_view(lang: str = DEFAULT) -> dict[str, str]:
    """For the page: the date (ISO) and its line in `lang`."""
    return {"date": LAW_CHECKED.isoformat(), "text": law_checked_text(lang)}
