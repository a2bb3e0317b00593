"""The built site: strict build, working links and anchors, nothing loaded from another origin,
plain language on every page, and a "Last reviewed" date on every page."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from conftest import REPO
from tools import readability, sitegen

PAGES = sorted((REPO / "docs").glob("*.md"))


class _Page(HTMLParser):
    """Collects ids, links a reader clicks, and resources the browser loads."""

    LOADS = {
        ("script", "src"), ("img", "src"), ("img", "srcset"), ("source", "src"),
        ("source", "srcset"), ("iframe", "src"), ("embed", "src"), ("object", "data"),
        ("video", "src"), ("video", "poster"), ("audio", "src"), ("track", "src"),
        ("input", "src"), ("image", "href"),
    }  # fmt: skip

    FETCHED_RELS = {"stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest",
                    "apple-touch-icon", "preconnect", "dns-prefetch"}  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.loads: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        rel = set((attrs.get("rel") or "").lower().split())
        if tag == "link" and attrs.get("href") and rel & self.FETCHED_RELS:
            self.loads.append(attrs["href"])
        for attr in ("src", "srcset", "data", "poster", "href"):
            if (tag, attr) in self.LOADS and attrs.get(attr):
                self.loads += [part.split()[0] for part in attrs[attr].split(",") if part.strip()]
        if attrs.get("style"):
            self.styles.append(attrs["style"])
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _off_origin(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme in ("data", "blob", "") and not url.startswith("//"):
        return False
    return True  # any absolute URL: http(s)://, //host, or another scheme


CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)|@import\s+['\"]([^'\"]+)['\"]")


def test_build_is_strict_and_clean(built_site):
    log = re.sub(r"\x1b\[[0-9;]*m", "", built_site.log)
    assert not re.search(r"^WARNING", log, re.MULTILINE), log
    assert (built_site.dir / "index.html").exists()


def test_every_page_has_a_built_html(built_site):
    for page in PAGES:
        name = page.stem
        html = built_site.dir / ("index.html" if name == "index" else f"{name}/index.html")
        assert html.exists(), f"{page.name} was not built"


def test_every_internal_link_and_anchor_resolves(built_site):
    site = built_site.dir
    pages = {p: _parse(p) for p in site.rglob("*.html")}
    problems = []
    for path, page in pages.items():
        for href in page.links:
            parsed = urlparse(href)
            if parsed.scheme or href.startswith("//") or href.startswith("mailto:"):
                continue
            if parsed.path.startswith(built_site.base):  # root-relative, as in 404.html
                target = (site / unquote(parsed.path)[len(built_site.base) :]).resolve()
            elif parsed.path:
                target = (path.parent / unquote(parsed.path)).resolve()
            else:
                target = path
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                problems.append(f"{path.relative_to(site)}: {href} (no such file)")
                continue
            fragment = unquote(parsed.fragment)
            if fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if fragment not in ids:
                    problems.append(f"{path.relative_to(site)}: {href} (no such anchor)")
    assert not problems, "\n".join(problems)


def test_nothing_is_loaded_from_another_origin(built_site):
    site = built_site.dir
    problems = []
    for path in site.rglob("*.html"):
        page = _parse(path)
        for url in page.loads:
            if _off_origin(url):
                problems.append(f"{path.relative_to(site)} loads {url}")
        for style in page.styles:
            for match in CSS_URL.finditer(style):
                url = match.group(1) or match.group(2)
                if _off_origin(url):
                    problems.append(f"{path.relative_to(site)} style loads {url}")
    # Scripts may name other hosts in code paths the site never takes (Material's diagram
    # loader, Pyodide's package index); the browser tests log every real request instead.
    for path in site.rglob("*.css"):
        for match in CSS_URL.finditer(path.read_text(encoding="utf-8", errors="replace")):
            url = match.group(1) or match.group(2)
            if _off_origin(url):
                problems.append(f"{path.relative_to(site)} loads {url}")
    assert not problems, "\n".join(problems)


def test_every_page_has_a_content_security_policy_that_keeps_connections_home(built_site):
    for path in built_site.dir.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        if "<head" not in text:
            continue  # e.g. a redirect stub
        match = re.search(r'http-equiv="Content-Security-Policy"\s+content="([^"]+)"', text)
        assert match, f"{path} has no CSP meta tag"
        policy = {d.split()[0]: d.split()[1:] for d in match.group(1).split(";") if d.strip()}
        assert policy["connect-src"] == ["'self'"], path
        assert policy["object-src"] == ["'none'"] and policy["form-action"] == ["'none'"]
        assert "'unsafe-eval'" not in match.group(1) and "'unsafe-inline'" not in match.group(1)


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_page_reads_at_grade_9_or_below(page):
    text = sitegen.render(page.read_text(encoding="utf-8"))
    grade = readability.grade(text)
    assert grade <= readability.LIMIT, f"{page.name}: Flesch-Kincaid grade {grade:.1f}"


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_page_has_a_last_reviewed_date(page):
    assert re.search(r"Last reviewed: \d{4}-\d{2}-\d{2}", page.read_text(encoding="utf-8"))


def test_readability_measure_leaves_out_quotes_tables_and_code():
    page = "> A very long statutory sentence.\n\n| a | b |\n\n```\ncode\n```\n\nYou can ask."
    assert readability.prose(page) == "You can ask."


def test_readability_measure_flags_hard_prose():
    hard = ("Notwithstanding the aforementioned jurisdictional considerations, "
            "individuals contemplating postconviction remediation should "
            "consult appropriately credentialed professional representatives.")  # fmt: skip
    assert readability.grade(hard) > readability.LIMIT
