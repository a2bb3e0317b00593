"""The built site, in English and in Spanish: strict build, working links and anchors, nothing
loaded from another origin, plain language on every page, and a review date on every page.
(tests/test_site_es.py checks what is special to the Spanish pages.)"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from conftest import REPO
from tools.build import sitegen
from tools.lang import readability, site_i18n

ALL_PAGES = sorted((REPO / "docs").glob("*.md"))  # docs/page.md and its Spanish twin page.es.md
PAGES = [p for p in ALL_PAGES if site_i18n.page_lang(p.name) == "en"]
REVIEWED = {
    "en": r"Last reviewed: (\d{4}-\d{2}-\d{2})",
    "es": r"Última revisión: (\d{4}-\d{2}-\d{2})",
}


def built_path(page: Path) -> str:
    """Where a source page is built: `law.md` at `law/index.html`, `law.es.md` at
    `es/law/index.html`, `index.md` at `index.html`."""
    lang = site_i18n.page_lang(page.name)
    stem = page.name.removesuffix(".md").removesuffix(f".{lang}")
    return site_i18n.PREFIX[lang] + ("" if stem == "index" else f"{stem}/") + "index.html"


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
    for page in ALL_PAGES:
        assert (built_site.dir / built_path(page)).exists(), f"{page.name} was not built"
    assert built_path(REPO / "docs" / "law.es.md") == "es/law/index.html"


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


@pytest.mark.parametrize("page", ALL_PAGES, ids=[p.stem for p in ALL_PAGES])
def test_page_reads_at_grade_9_or_below_or_fairly_easy_in_spanish(page):
    """English: Flesch-Kincaid grade 9 or below. Spanish: Fernández-Huerta ease 70 or more. Each
    page as built, with the sections generated from checker/ in its own language."""
    lang = site_i18n.page_lang(page.name)
    text = sitegen.render(page.read_text(encoding="utf-8"), lang)
    score, plain = readability.passes(page.name, text)
    measure = "Fernández-Huerta ease" if lang == "es" else "Flesch-Kincaid grade"
    assert plain, f"{page.name}: {measure} {score:.1f}"


@pytest.mark.parametrize("page", ALL_PAGES, ids=[p.stem for p in ALL_PAGES])
def test_page_has_a_review_date_and_a_translation_is_not_older_than_its_page(page):
    lang = site_i18n.page_lang(page.name)
    found = re.search(REVIEWED[lang], page.read_text(encoding="utf-8"))
    assert found, f"{page.name} has no review date"
    if lang != "en":
        english = page.with_name(page.name.replace(f".{lang}.md", ".md"))
        reviewed = re.search(REVIEWED["en"], english.read_text(encoding="utf-8")).group(1)
        assert found.group(1) >= reviewed, (
            f"{english.name} was reviewed on {reviewed}, after its translation {page.name} "
            f"({found.group(1)}): translate the change and review the Spanish page again"
        )


def test_readability_measure_leaves_out_quotes_tables_and_code():
    page = "> A very long statutory sentence.\n\n| a | b |\n\n```\ncode\n```\n\nYou can ask."
    assert readability.prose(page) == "You can ask."


def test_spanish_ease_tells_plain_spanish_from_hard_spanish():
    plain = "Usted puede pedir ayuda. Un abogado puede leer sus papeles. Es gratis."
    hard = ("No obstante las consideraciones jurisdiccionales anteriormente mencionadas, "
            "los individuos que contemplen procedimientos postcondenatorios deberían "
            "consultar representantes profesionales debidamente acreditados.")  # fmt: skip
    assert readability.spanish_ease(plain) >= readability.SPANISH_FLOOR
    assert readability.spanish_ease(hard) < readability.SPANISH_FLOOR
    assert readability.passes("a.es.md", plain)[1] and not readability.passes("a.es.md", hard)[1]


def test_readability_measure_flags_hard_prose():
    hard = ("Notwithstanding the aforementioned jurisdictional considerations, "
            "individuals contemplating postconviction remediation should "
            "consult appropriately credentialed professional representatives.")  # fmt: skip
    assert readability.grade(hard) > readability.LIMIT


@pytest.mark.parametrize("check_page", ["check/index.html", "es/check/index.html"])
def test_the_check_pages_preloads_are_the_files_it_then_loads(built_site, check_page):
    """A `modulepreload` only helps when its address is the one the page then asks for, to the
    version tag: the page script's preload must equal its <script src>, and each preloaded file
    must be in the site (site_assets.preload_links names them apart from mkdocs.yml)."""
    path = built_site.dir / check_page
    html_text = path.read_text(encoding="utf-8")
    preloads = re.findall(r'<link rel="modulepreload" href="([^"]+)"', html_text)
    scripts = re.findall(r'<script src="([^"]+)" type="module"', html_text)
    assert len(preloads) == 4, preloads
    page_script = [p for p in preloads if "/screener/screener.js" in p]
    assert page_script and page_script[0] in scripts, (page_script, scripts)
    for href in preloads:
        assert (path.parent / href.split("?")[0]).resolve().is_file(), href
