"""Are the words the site quotes still the official words?

``docs/law.md`` and ``docs/law.es.md`` quote the statutes as block quotes (``> ...``) under a
heading that links to the official section (for § 3607, the OLRC's address). A quotation belongs
to the watched source whose address is the link of the nearest such heading above it (a heading
without a link inherits its parent's; a heading of the same or a higher level with no link ends
it). Each quotation, without its Markdown emphasis, must appear in the official text; the dots of
a shortened quote (``...``) and words in brackets (ours, ``[Oct. 12, 1984]``) may stand for
anything, but the pieces between them must appear in that order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .reduce import flat

PAGES = ("law.md", "law.es.md")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")
_GAP = re.compile(r"\s*(?:\.\.\.|\u2026|\[[^\]]*\])\s*")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")


@dataclass(frozen=True)
class Quote:
    page: str  # e.g. docs/law.md
    line: int  # 1-based, the quote's first line
    url: str  # the heading link it sits under
    text: str  # the words, without Markdown

    @property
    def pieces(self) -> list[str]:
        return [p for p in (flat(x) for x in _GAP.split(self.text)) if p]


@dataclass(frozen=True)
class Mismatch:
    quote: Quote
    missing: str  # the first piece not found (in order)

    def as_dict(self) -> dict[str, object]:
        return {
            "page": self.quote.page,
            "line": self.quote.line,
            "quote": self.quote.text,
            "missing": self.missing,
        }


def _plain(markdown: str) -> str:
    return _EMPHASIS.sub("", _LINK.sub(r"\1", markdown)).strip()


def quotes_in(path: Path, name: str) -> list[Quote]:
    """Every block quote of a page with the heading link it sits under ("" for none)."""
    found: list[Quote] = []
    stack: list[tuple[int, str]] = []  # (level, url) of linked headings still open
    block: list[str] = []
    start = 0

    def close() -> None:
        text = " ".join(part for part in block if part)
        if text:
            found.append(Quote(name, start, stack[-1][1] if stack else "", _plain(text)))
        block.clear()

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        heading = _HEADING.match(line)
        if heading:
            close()
            level = len(heading.group(1))
            while stack and stack[-1][0] >= level:
                stack.pop()
            link = _LINK.search(heading.group(2))
            if link:
                stack.append((level, link.group(2)))
            continue
        if line.startswith(">"):
            body = line[1:].strip()
            if not body:
                close()  # a blank quoted line: a new paragraph, a new quotation
                continue
            if not block:
                start = number
            block.append(body)
        else:
            close()
    close()
    return found


def check(quote: Quote, official: str) -> Mismatch | None:
    """None if every piece of `quote` is in `official`, in order; else the first piece that
    is not."""
    text = flat(official)
    at = 0
    for piece in quote.pieces:
        where = text.find(piece, at)
        if where < 0:
            return Mismatch(quote, piece)
        at = where + len(piece)
    return None


def site_quotes(docs: Path) -> list[Quote]:
    return [q for name in PAGES for q in quotes_in(docs / name, f"docs/{name}")]
