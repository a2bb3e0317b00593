"""Reducing a fetched page to the words that matter, so that a new menu, a new date stamp or a
new script on the page does not look like a change in the law, and a changed word in the law
always does.

One reducer per format; each returns `Reduced` (the words to hash, and the words a quotation on
the site may be checked against) or raises `Unreadable` when the page came but the words are
not where the format puts them (the watch then needs mending: it is not a change in the law).

- ``uscode-html``: a section page of the Office of the Law Revision Counsel (the official U.S.
  Code, ``uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title18-section3607...``). The
  page marks its parts with comments: ``<!-- documentid:18_3607 ... -->`` starts the section,
  ``<!-- field-start:head -->``/``field-end``, ``statute``, ``sourcecredit`` and ``notes``.
  Kept: the heading, the statute's text and the source credit (which names every amending law);
  left out: the editorial notes (they change when other laws cite the section) and the page.
- ``uslm-xml``: the same section in the OLRC's USLM XML (a title's download,
  ``<section identifier="/us/usc/t18/s3607">``): its text and ``<sourceCredit>``, not ``<notes>``.
- ``ecfr-xml``: the eCFR versioner API's XML for a part, subpart or section
  (``<DIV8 N="16.30" TYPE="SECTION"><HEAD>…</HEAD><P>…</P><CITA>…</CITA></DIV8>``): every
  section's heading, paragraphs and citation.
- ``html-page``: an ordinary web page (the Justice Department's certificate page): the visible
  text of its ``<main>`` (or of the page when it has none), without navigation, header, footer,
  scripts, forms' hidden values or an "Updated <date>" line.
- ``federal-register-json``: the Federal Register API's document search: one line per document
  found (date, number, type, title), sorted; a new document changes the hash.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any


class Unreadable(Exception):
    """The page came, but not with the words where its format puts them."""


@dataclass(frozen=True)
class Reduced:
    words: str  # what is hashed
    quotable: str  # what quotations are checked against (the statute's own text)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.words.encode("utf-8")).hexdigest()


# --- Text --------------------------------------------------------------------------------------

_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2002-\u200a\u202f\u205f\u3000]+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_HYPHENS = re.compile(r"[\u2010-\u2013\u2212]")  # hyphens and the en dash; the em dash stays
_AROUND_DASH = re.compile(r"\s*\u2014\s*")


def normalize(text: str) -> str:
    """One line per block, single spaces, no empty lines (NFC; no-break spaces are spaces)."""
    text = unicodedata.normalize("NFC", text).replace("\u200b", "").replace("\ufeff", "")
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def flat(text: str) -> str:
    """For comparing a quotation with the official words: one line, straight quotes, plain
    hyphens, no space around an em dash (layouts differ there, the words do not)."""
    text = _HYPHENS.sub("-", normalize(text).translate(_QUOTES))
    return _AROUND_DASH.sub("\u2014", " ".join(text.split()))


# --- HTML --------------------------------------------------------------------------------------

_BLOCK = {
    "address", "article", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "legend", "li", "main",
    "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
# Never words of the page: scripts and styles, and the parts every page of a site repeats.
_SKIP = {
    "aside", "button", "footer", "head", "header", "iframe", "nav", "noscript", "script",
    "select", "style", "svg", "template", "textarea",
}  # fmt: skip
_SKIP_ROLES = {"banner", "contentinfo", "navigation", "search", "complementary"}
_SKIP_CLASSES = re.compile(r"(^|\s)(breadcrumbs?|usa-banner|usa-skipnav|skip-link)(\s|$)", re.I)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


class _Text(HTMLParser):
    """The visible text of an HTML fragment, one line per block; and, separately, the text of
    its ``<main>`` (or ``role="main"``) when it has one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.main_parts: list[str] = []
        self.skipping: list[Any] = []  # [tag, depth] while inside a part that is not words
        self.main: list[Any] = []  # [tag, depth] while inside <main>
        self.found_main = False

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        if self.main:
            self.main_parts.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br" and not self.skipping:
                self._emit("\n")
            return
        a = {k: v or "" for k, v in attrs}
        for state in (self.skipping, self.main):
            if state and state[0] == tag:
                state[1] += 1
        if self.skipping:
            return
        if (
            tag in _SKIP
            or a.get("role", "").lower() in _SKIP_ROLES
            or "hidden" in a
            or a.get("aria-hidden") == "true"
            or _SKIP_CLASSES.search(a.get("class", ""))
        ):
            self.skipping[:] = [tag, 1]
            return
        if not self.main and (tag == "main" or a.get("role", "").lower() == "main"):
            self.main[:] = [tag, 1]
            self.found_main = True
        if tag in _BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        skipped = bool(self.skipping)
        if skipped and self.skipping[0] == tag:
            self.skipping[1] -= 1
            if not self.skipping[1]:
                self.skipping.clear()
        if not skipped and tag in _BLOCK:
            self._emit("\n")
        if self.main and self.main[0] == tag:
            self.main[1] -= 1
            if not self.main[1]:
                self.main.clear()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self._emit(data.replace("\n", " "))


def html_text(markup: str, main_only: bool = False) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    parts = parser.main_parts if main_only and parser.found_main else parser.parts
    return normalize("".join(parts))


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


# --- The U.S. Code -----------------------------------------------------------------------------

_FIELD = re.compile(r"<!--\s*field-start:\s*(\w+)\s*-->(.*?)<!--\s*field-end:\s*\1\s*-->", re.S)
_DOCUMENT = re.compile(r"<!--\s*documentid:\s*(\S+)")
USCODE_FIELDS = ("head", "statute", "sourcecredit")


def uscode_html(raw: bytes, select: dict[str, Any]) -> Reduced:
    markup = _decode(raw)
    wanted = f"{select['title']}_{select['section']}"
    starts = list(_DOCUMENT.finditer(markup))
    for i, match in enumerate(starts):
        if match.group(1) == wanted:
            end = starts[i + 1].start() if i + 1 < len(starts) else len(markup)
            markup = markup[match.start() : end]
            break
    else:
        if starts:
            raise Unreadable(f"no section {wanted} on the page")
    fields = {name: html_text(body) for name, body in _FIELD.findall(markup)}
    if not fields.get("statute"):
        raise Unreadable("no statute text between field-start:statute and field-end:statute")
    kept = [fields[name] for name in USCODE_FIELDS if fields.get(name)]
    return Reduced("\n".join(kept), "\n".join([fields.get("head", ""), fields["statute"]]))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _xml(raw: bytes) -> ET.Element:
    if b"<!DOCTYPE" in raw[:4096] or b"<!ENTITY" in raw:
        raise Unreadable("XML with a document type or entities: not read")
    try:
        return ET.fromstring(raw)
    except ET.ParseError as error:
        raise Unreadable(f"not well-formed XML: {error}") from None


# USLM levels: each starts a new line; what is inside a level (num, heading, chapeau, content)
# runs on, as the printed Code does.
_USLM_LEVELS = {
    "subsection", "paragraph", "subparagraph", "clause", "subclause", "item", "subitem",
    "continuation", "sourceCredit", "p",
}  # fmt: skip
_USLM_SKIP = {"notes", "note", "toc", "editorialNote"}


def _uslm_text(element: ET.Element, out: list[str]) -> None:
    name = _local(element.tag)
    if name in _USLM_SKIP:
        return
    if name in _USLM_LEVELS:
        out.append("\n")
    out.append((element.text or "").replace("\n", " "))
    if name in ("num", "heading"):
        out.append(" ")  # "(a) Pre-judgment Probation.—If": the space the print has
    for child in element:
        _uslm_text(child, out)
        out.append((child.tail or "").replace("\n", " "))


def uslm_xml(raw: bytes, select: dict[str, Any]) -> Reduced:
    identifier = f"/us/usc/t{select['title']}/s{select['section']}"
    root = _xml(raw)
    for element in root.iter():
        if _local(element.tag) == "section" and element.get("identifier") == identifier:
            out: list[str] = []
            _uslm_text(element, out)
            words = normalize("".join(out))
            credit = [c for c in element.iter() if _local(c.tag) == "sourceCredit"]
            statute = words
            if credit:
                credit_text = normalize("".join(credit[0].itertext()))
                statute = words.rsplit(credit_text, 1)[0].strip() if credit_text else words
            return Reduced(words, statute)
    raise Unreadable(f"no section {identifier} in the XML")


# --- The eCFR ----------------------------------------------------------------------------------


def ecfr_xml(raw: bytes, select: dict[str, Any]) -> Reduced:
    root = _xml(raw)
    wanted = set(select.get("sections") or ())
    sections = [
        e
        for e in root.iter()
        if e.get("TYPE") == "SECTION" and (not wanted or e.get("N") in wanted)
    ]
    if not sections or (wanted and {e.get("N") for e in sections} != wanted):
        found = sorted(e.get("N") or "?" for e in sections)
        raise Unreadable(f"sections {sorted(wanted) or 'any'} not all found (found {found})")
    lines: list[str] = []
    for section in sections:
        for child in section:
            lines.append(normalize(" ".join("".join(child.itertext()).split())))
    words = "\n".join(line for line in lines if line)
    return Reduced(words, words)


# --- Ordinary pages ----------------------------------------------------------------------------

_UPDATED = re.compile(r"^(updated|last updated|page updated)\b.{0,40}\d{4}\.?$", re.I)


def html_page(raw: bytes, select: dict[str, Any]) -> Reduced:
    text = html_text(_decode(raw), main_only=True)
    ignore = [_UPDATED, *(re.compile(p) for p in select.get("ignore", ()))]
    words = "\n".join(ln for ln in text.splitlines() if not any(p.search(ln) for p in ignore))
    if not words:
        raise Unreadable("no words on the page")
    return Reduced(words, words)


# --- The Federal Register ----------------------------------------------------------------------


def federal_register_json(raw: bytes, select: dict[str, Any]) -> Reduced:
    try:
        data = json.loads(raw)
    except ValueError:
        raise Unreadable("not JSON") from None
    results = data.get("results", [] if data.get("count") == 0 else None)
    if not isinstance(results, list):
        raise Unreadable("no list of results")
    lines = sorted(
        normalize(
            f"{d.get('publication_date', '?')} {d.get('document_number', '?')} "
            f"{d.get('type', '?')}: {d.get('title', '')}"
        )
        for d in results
        if isinstance(d, dict)
    )
    words = "\n".join(lines) or "(no documents)"
    return Reduced(words, words)


REDUCERS = {
    "uscode-html": uscode_html,
    "uslm-xml": uslm_xml,
    "ecfr-xml": ecfr_xml,
    "html-page": html_page,
    "federal-register-json": federal_register_json,
}


def reduce(kind: str, raw: bytes, select: dict[str, Any] | None = None) -> Reduced:
    return REDUCERS[kind](raw, select or {})
