"""Reading grade of a page's own prose (Flesch-Kincaid, via textstat); for a Spanish page, its
reading ease (Fernández-Huerta, textstat's Spanish formula: 70 or more is fairly easy).

What is measured: the sentences a reader reads on the page. What is left out: front matter,
code, HTML tags, tables, block quotes (statute text is quoted that way), link targets and
snippet/abbreviation lines. Headings and list items count as sentences of their own.

    python tools/lang/readability.py docs/*.md      # prints one grade (or ease, for page.es.md)
    per page
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

LIMIT = 9.0  # the test fails a page above this grade; aim for 8 or lower
SPANISH_FLOOR = 70.0  # the test fails a Spanish page below this ease ("bastante fácil")

_FENCE = re.compile(r"^(```|~~~)")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]*)\]\[[^\]]*\]")
_HTML = re.compile(r"<[^>]+>")
_ATTRS = re.compile(r"\{[:#.][^}]*\}")
_ADMONITION = re.compile(r'^(!!!|\?\?\?\+?)\s*\S+(\s+"([^"]*)")?\s*$')
_LIST_MARK = re.compile(r"^\s*([-*+]|\d+\.)\s+")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
_EMPHASIS = re.compile(r"[*_`]+")


def _clean(line: str) -> str:
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _HTML.sub(" ", line)
    line = _ATTRS.sub("", line)
    line = _EMPHASIS.sub("", line)
    return " ".join(line.split())


def _sentence(text: str) -> str:
    text = text.strip()
    if text and text[-1] not in ".?!:;":
        text += "."
    return text


def prose(markdown: str) -> str:
    """The page's readable prose, one block per line, quotes, tables and code left out."""
    lines = markdown.splitlines()
    if lines and lines[0].strip() == "---":  # YAML front matter
        end = next((i for i, ln in enumerate(lines[1:], 1) if ln.strip() == "---"), 0)
        lines = lines[end + 1 :]
    blocks: list[str] = []
    current: list[str] = []
    in_fence = False

    def flush() -> None:
        if current:
            blocks.append(_sentence(" ".join(current)))
            current.clear()

    for raw in lines:
        stripped = raw.strip()
        if _FENCE.match(stripped):
            in_fence = not in_fence
            flush()
            continue
        if in_fence:
            continue
        if (
            not stripped
            or stripped.startswith(("|", ">", "*[", "--8<--", "[^", "<!--"))
            or re.match(r"^\[[^\]]+\]:\s", stripped)
            or stripped.startswith("{%")
        ):
            flush()
            continue
        adm = _ADMONITION.match(stripped)
        if adm:
            flush()
            if adm.group(3):
                blocks.append(_sentence(_clean(adm.group(3))))
            continue
        if _HEADING.match(stripped):
            flush()
            blocks.append(_sentence(_clean(_HEADING.sub("", stripped))))
            continue
        if _LIST_MARK.match(stripped):
            flush()
            current.append(_clean(_LIST_MARK.sub("", stripped)))
            continue
        if stripped.startswith(":"):  # definition-list body
            flush()
            current.append(_clean(stripped.lstrip(": ")))
            continue
        cleaned = _clean(stripped)
        if cleaned:
            current.append(cleaned)
    flush()
    return "\n".join(b for b in blocks if b.strip(". "))


def grade(markdown: str) -> float:
    import textstat  # only the tests and this script need it

    return float(textstat.flesch_kincaid_grade(prose(markdown)))


def spanish_ease(markdown: str) -> float:
    """Fernández-Huerta reading ease of a Spanish page: higher is easier (100 is very easy)."""
    import textstat

    textstat.set_lang("es")  # Spanish syllables (pyphen); textstat keeps one language at a time
    try:
        return float(textstat.fernandez_huerta(prose(markdown)))
    finally:
        textstat.set_lang("en_US")  # textstat's default, which `grade` counts with


def passes(path: str, markdown: str) -> tuple[float, bool]:
    """The page's measure, and whether it is plain enough: a grade for English, an ease for
    Spanish (a page is Spanish when its file is `page.es.md`)."""
    if path.endswith(".es.md"):
        ease = spanish_ease(markdown)
        return ease, ease >= SPANISH_FLOOR
    g = grade(markdown)
    return g, g <= LIMIT


def main(paths: list[str]) -> int:
    ok = True
    for path in paths:
        score, good = passes(path, Path(path).read_text(encoding="utf-8"))
        ok &= good
        print(f"{score:5.1f}  {path}{'' if good else '  <-- not plain enough'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
