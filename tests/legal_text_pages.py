"""The pages as the legal-text tests read them (tests/test_legal_text*.py): one shared module,
so each test file states what it checks, not how to read Markdown.

A page is read from its Markdown source in docs/ (`page("law", "es")` is docs/law.es.md);
`source` leaves out quoted statute text (block quotes), which stays in the statute's words.
"""

from __future__ import annotations

import re

from conftest import REPO

DOCS = REPO / "docs"
INCLUDES = REPO / "includes"
LANGS = ("en", "es")
HEADING = re.compile(r"^(#{1,6})\s")


def page(name: str, lang: str) -> str:
    """The Markdown of a page by its name, in `lang` ("law" is law.md or law.es.md)."""
    path = DOCS / (f"{name}.md" if lang == "en" else f"{name}.es.md")
    return path.read_text(encoding="utf-8")


def source(name: str) -> str:
    """A page's Markdown (by file name) without quoted statute text (block quotes)."""
    text = (DOCS / name).read_text(encoding="utf-8")
    return "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith(">"))


def paragraphs(markdown: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", markdown) if p.strip()]


def section(markdown: str, heading: str) -> str:
    """From the heading that carries `{#heading}` (or starts with `heading`) to the next heading of
    the same or a higher level."""
    lines = markdown.splitlines()
    for i, line in enumerate(lines):
        match = HEADING.match(line)
        title = line[match.end() :] if match else ""
        if match and (f"{{#{heading}}}" in line or title.startswith(heading)):
            level = len(match.group(1))
            end = next(
                (
                    j
                    for j in range(i + 1, len(lines))
                    if (m := HEADING.match(lines[j])) and len(m.group(1)) <= level
                ),
                len(lines),
            )
            return "\n".join(lines[i:end])
    raise AssertionError(f"no section {heading!r}")


def admonitions(markdown: str) -> list[str]:
    """Each `!!!` box with its indented body."""
    boxes: list[str] = []
    lines = markdown.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("!!!"):
            body = [line]
            for nxt in lines[i + 1 :]:
                if nxt.strip() and not nxt.startswith("    "):
                    break
                body.append(nxt)
            boxes.append("\n".join(body))
    return boxes


def chunks(markdown: str) -> list[str]:
    """The page cut at every heading: the smallest sections a reader lands on."""
    return [c for c in re.split(r"\n(?=#{1,6}\s)", markdown) if c.strip()]
