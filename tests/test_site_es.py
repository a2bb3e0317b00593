"""The Spanish site: every page has its twin, the language switch on every page leads to the same
page in the other language, `lang` and `hreflang` are right, the glossary's words are used (and
never the words it avoids), and the generated pages come from checker/ through the catalogs.

The site-wide checks (links, anchors, CSP, nothing from another origin, readability, review
dates) run over both languages in tests/test_site.py.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import pytest

from checker import i18n, questions, rules
from checker.questions import catalog
from conftest import REPO
from tools.build import screener_texts, site_assets, sitegen
from tools.lang import site_es, site_i18n, spanish_glossary, spanish_text

DOCS = REPO / "docs"
ENGLISH = sorted(p for p in DOCS.glob("*.md") if site_i18n.page_lang(p.name) == "en")
SPANISH = sorted(DOCS.glob("*.es.md"))
ANCHOR = re.compile(r"\{\s*#([\w-]+)")
ABBR = re.compile(r"^\*\[[^\]]+\]: (.+)$", re.M)


def twin(page: Path) -> Path:
    return page.with_name(page.name.removesuffix(".md") + ".es.md")


def spanish_texts() -> list[tuple[str, str]]:
    """Every Spanish text a reader can meet: the pages' sources, the Spanish abbreviations, the
    site's Spanish settings, the checker's catalog, the build's and the screener's words, and the
    papers' Spanish (labels, hints, summaries, reading copies, the papers script)."""
    return spanish_text.reader_texts()


# --- Pages -------------------------------------------------------------------------------------


def test_every_english_page_has_a_spanish_twin_and_every_spanish_page_an_english_one():
    assert [p for p in ENGLISH if not twin(p).exists()] == []
    assert sorted(SPANISH) == sorted(twin(p) for p in ENGLISH)


@pytest.mark.parametrize("page", ENGLISH, ids=[p.stem for p in ENGLISH])
def test_spanish_page_keeps_every_anchor_of_its_english_page(page):
    """`{#id}` anchors are the same in both languages: links between pages, the checker's clause
    anchors and a reader's bookmarks work in either language."""
    english = set(ANCHOR.findall(page.read_text(encoding="utf-8")))
    spanish = set(ANCHOR.findall(twin(page).read_text(encoding="utf-8")))
    assert english - spanish == set(), f"{twin(page).name} lacks these anchors"


@pytest.mark.parametrize("page", SPANISH, ids=[p.stem for p in SPANISH])
def test_spanish_page_says_what_it_is_without_shifting_the_risk_to_the_reader(page):
    """Issue 19, item 10: a reader who reads only Spanish cannot check the English, so the page
    does not say the English "governs"; it says it says the same, why the law's own words stay in
    English, and to ask a lawyer and tell us if anything seems different."""
    text = " ".join(page.read_text(encoding="utf-8").split())
    assert "la versión en inglés es la que vale" not in text, page.name
    assert "Esta página dice lo mismo que la versión en inglés." in text, page.name
    assert "Las palabras de la ley quedan en inglés porque así están escritas." in text, page.name
    assert "pregunte a un abogado y avísenos" in text, page.name


@pytest.mark.parametrize("page", SPANISH, ids=[p.stem for p in SPANISH])
def test_spanish_page_uses_the_spanish_abbreviations(page):
    spanish = site_i18n.with_abbreviations(page.read_text(encoding="utf-8"), "es")
    assert spanish.rstrip().endswith('--8<-- "abbreviations.es.md"')
    english = site_i18n.with_abbreviations("Text", "en")
    assert english.rstrip().endswith('--8<-- "abbreviations.md"')


def test_page_language_comes_from_the_file_name():
    assert site_i18n.page_lang("law.es.md") == "es"
    assert site_i18n.page_lang("law.md") == "en"
    assert site_i18n.page_lang("es.md") == "en"  # a page named "es" is English
    assert site_i18n.twin_url("check/", "en") == "es/check/"
    assert site_i18n.twin_url("es/check/", "es") == "check/"
    assert site_i18n.twin_url("", "en") == "es/" and site_i18n.twin_url("es/", "es") == ""


EXPLAINED = ("**Qué quiere decir:**", "**En palabras sencillas:**")


def _blocks(markdown: str) -> list[list[str]]:
    """Each section (cut at headings) as its blocks: quote lines kept together, paragraphs."""
    sections = []
    for section in re.split(r"\n(?=#{1,6}\s)", markdown):
        blocks = [b.strip() for b in re.split(r"\n\s*\n", section) if b.strip()]
        sections.append(blocks)
    return sections


@pytest.mark.parametrize("page", ENGLISH, ids=[p.stem for p in ENGLISH])
def test_statute_quotes_stay_in_english_each_with_a_plain_spanish_explanation(page):
    """The law is in English: a Spanish page quotes it word for word as its English page does,
    and after each quote, in the same section, explains it in Spanish (or introduces the next
    quote with a sentence ending in a colon)."""
    english = [b for s in _blocks(page.read_text("utf-8")) for b in s if b.startswith(">")]
    sections = _blocks(twin(page).read_text("utf-8"))
    assert [b for s in sections for b in s if b.startswith(">")] == english
    unexplained = []
    for blocks in sections:
        for i, block in enumerate(blocks):
            if not block.startswith(">"):
                continue
            after = blocks[i + 1 : i + 2]
            if after and after[0].startswith(EXPLAINED):
                continue
            if after and after[0].endswith(":") and any(b.startswith(">") for b in blocks[i + 2 :]):
                continue  # an introduction to the next quote, which has its own explanation
            unexplained.append(block[:60])
    assert not unexplained, f"{twin(page).name}: no Spanish explanation after {unexplained}"


# --- Words -------------------------------------------------------------------------------------


_avoided = spanish_glossary.avoided


def test_no_spanish_text_uses_a_word_the_glossary_avoids():
    problems = [f"{where}: {word}" for where, text in spanish_texts() for word in _avoided(text)]
    assert not problems, "\n".join(problems)


def test_the_avoided_words_check_finds_a_false_friend():
    assert _avoided("Usted tiene una Convicción previa y está en libertad condicional.") == [
        "'libertad condicional' (say 'libertad a prueba' for 'probation')",
        "'convicción' (say 'condena' for 'conviction')",
    ]
    assert _avoided("Su condena; la libertad a prueba; una convicciónes") == []
    assert _avoided("Cuentan algunos resultados de diversión.") == [
        "'diversión' (say 'programa de desvío' for 'diversion')"
    ]
    # A sentence that says the word is wrong may name it; the next sentence may not.
    explained = "La libertad a prueba no es la libertad condicional (parole). "
    assert _avoided(explained) == []
    assert len(_avoided(explained + "Usted está en libertad condicional.")) == 1


def test_the_spanish_texts_reach_everything_a_reader_sees():
    """The glossary, sentence and gender checks read every source of Spanish: each page, the
    tooltips, the catalogs, and the papers' labels, hints, summaries and script."""
    where = [w for w, _ in spanish_texts()]
    for source in [p.name for p in SPANISH] + [
        "includes/abbreviations.es.md",
        "mkdocs.yml (locale es)",
        "checker/es.py",
        "tools/lang/site_es.py",
        ".label_es",
        ".hint_es",
        ".summary_es",
        "papers.js TEXT.es.",
    ]:
        assert any(source in w for w in where), source
    js = 'export const TEXT = {\n  en: {\n    a: "x",\n  },\n  es: {\n    a:\n      "Dos " +\n'
    js += '      "partes.",\n    b: "Otra",\n  },\n};\n'
    assert list(spanish_text.papers_js_texts(js)) == [
        ("papers.js TEXT.es.a", "Dos partes."),
        ("papers.js TEXT.es.b", "Otra"),
    ]


def _visible_spanish(site: Path) -> list[tuple[str, str]]:
    pages = []
    for path in _pages(site / "es"):
        parser = spanish_text._Visible()
        parser.feed(path.read_text(encoding="utf-8"))
        pages.append((str(path.relative_to(site)), "".join(parser.parts)))
    return pages


def test_no_built_spanish_page_uses_a_word_the_glossary_avoids(built_site):
    """What the reader gets, generated sections and the screener's first question included."""
    pages = _visible_spanish(built_site.dir)
    assert len(pages) == len(SPANISH)
    problems = [f"{where}: {word}" for where, text in pages for word in _avoided(text)]
    assert not problems, "\n".join(problems)


# Phrases a reader with little schooling reads two ways (the Spanish review of 2026-12-05).
MISLEADING = {
    r"\bson otra cosa\b": "say to answer truthfully",
    r"\bdejó abierto el caso\b": "say the court did not decide that question",
    r"\bmenos (?:para|si)\b": "“excepto” (menos reads as “less”)",
    r"ya me dictaron sentencia": "say what happened: a conviction and a sentence",
    r"\$\s?\d": "“75,000 dólares” ($ is the peso sign)",
    r"\bregistro (?:limpio|de arresto|del FBI)": "the specific word (antecedentes, historial)",
}


def test_no_spanish_text_uses_a_phrase_that_reads_two_ways():
    problems = [
        f"{where}: {match.group(0)!r}: {fix}"
        for where, text in spanish_texts()
        for pattern, fix in MISLEADING.items()
        for match in re.finditer(pattern, text)
    ]
    assert not problems, "\n".join(problems)


def test_no_built_spanish_page_uses_a_phrase_that_reads_two_ways(built_site):
    problems = [
        f"{where}: {match.group(0)!r}: {fix}"
        for where, text in _visible_spanish(built_site.dir)
        for pattern, fix in MISLEADING.items()
        for match in re.finditer(pattern, text)
    ]
    assert not problems, "\n".join(problems)


# --- Sentences a reader can follow, and no gender for the reader --------------------------------


def test_no_spanish_sentence_is_over_30_words():
    """Pages, catalogs and papers: a sentence of more than 30 words is split. Statute text in
    English (block quotes, or marked lang="en") and citations in parentheses do not count."""
    long = spanish_text.long_sentences(spanish_texts())
    assert not long, "\n".join(f"{n} words, {where}: {s}" for where, n, s in long)


def test_the_sentence_check_counts_what_a_reader_reads():
    one = "El juez le da la libertad a prueba según los EE. UU. y el 18 U.S.C. § 3607."
    assert spanish_text.sentences(one + " Después cierra el caso.") == [
        one,
        "Después cierra el caso.",
    ]
    long = " ".join(["palabra"] * 31) + "."
    assert spanish_text.long_sentences([("a.es.md", long)]) == [("a.es.md", 31, long)]
    assert spanish_text.long_sentences([("checker/es.py: x", long)]) != []
    statute = " ".join(["law"] * 20)
    quoted = " ".join(["palabra"] * 20) + f' "<span lang="en">{statute}</span>".'
    cited = " ".join(["palabra"] * 29) + " (18 U.S.C. § 3565(b)(1))."
    assert spanish_text.long_sentences([("a.es.md", quoted), ("a.es.md", cited)]) == []
    assert spanish_text.long_sentences([("a.es.md", "> " + long)]) == []  # a statute quote


def test_no_spanish_text_gives_the_reader_a_gender():
    """The reader is "usted" with "le", as the screener writes: never "lo declararon
    culpable", "mandarlo a la cárcel", "preso" or "yo mismo"."""
    found = spanish_text.masculine_forms(spanish_texts())
    assert not found, "\n".join(f"{where}: {form}" for where, form in found)


def test_the_gender_check_finds_the_masculine_for_the_reader():
    found = spanish_text.masculine_forms(
        [("a", "Sí lo arrestaron y lo declararon culpable. Puede mandarlo a la cárcel."),
         ("b", "Estuvo preso. ¿Cómo lo puedo comprobar yo mismo? No lo pueden declarar culpable.")]
    )  # fmt: skip
    assert len(found) == 6, found
    neutral = "Le declararon culpable. La secretaría lo puede imprimir. Puede dejarlo fuera."
    assert spanish_text.masculine_forms([("c", neutral)]) == []


def test_spanish_glossary_page_shows_each_term_with_its_english_word():
    """Each term of tools/lang/spanish_glossary.py is on the Spanish glossary page as a term of its
    own, the Spanish word first and the English word beside it."""
    entries = re.findall(r"^\*\*(.+?)\*\*(.*)$", (DOCS / "glossary.es.md").read_text(), re.M)
    missing = []
    for term in spanish_glossary.TERMS:
        spanish = term.spanish.split(" (")[0].lower()
        english = term.english.split(" (")[0].lower()
        if not any(
            s.lower().startswith(spanish) and english in rest.lower() for s, rest in entries
        ):
            missing.append(f"{term.spanish} ({term.english})")
    assert not missing, missing


# --- The built pages: language, switch, alternates -----------------------------------------------


class _Head(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.lang = None
        self.switches: list[dict] = []
        self.links: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "a" and "data-lang-switch" in attrs:
            self.switches.append(attrs)
        elif tag == "a" and attrs.get("href"):
            self.links.append(attrs)


def _read_nav(path: Path) -> list[str]:
    """The titles of the primary navigation's links, in order."""
    text = path.read_text(encoding="utf-8")
    nav = text[text.index("md-nav--primary") : text.index("md-sidebar--secondary")]
    titles = re.findall(r'<a href="(?!#)[^"]*" class="md-nav__link[^"]*"[^>]*>\s*'
                        r'<span class="md-ellipsis">\s*([^<]+?)\s*<', nav)  # fmt: skip
    return list(dict.fromkeys(html.unescape(t) for t in titles))


def _read(path: Path) -> _Head:
    head = _Head()
    head.feed(path.read_text(encoding="utf-8"))
    return head


def _pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("index.html") if not p.is_relative_to(site / "assets"))


def _lang_of(site: Path, path: Path) -> str:
    return "es" if path.relative_to(site).parts[0] == "es" else "en"


def test_every_page_has_its_language_and_a_switch_to_the_same_page_in_the_other(built_site):
    site = built_site.dir
    pages = _pages(site)
    assert len(pages) == len(ENGLISH) + len(SPANISH)
    problems = []
    for path in pages:
        lang, page = _lang_of(site, path), _read(path)
        other = site_i18n.other(lang)
        if page.lang != lang:
            problems.append(f"{path.relative_to(site)}: <html lang={page.lang!r}>")
        if len(page.switches) != 1:
            problems.append(f"{path.relative_to(site)}: {len(page.switches)} language switches")
            continue
        switch = page.switches[0]
        target = (path.parent / switch["href"]).resolve()
        target = target / "index.html" if target.is_dir() else target
        here = path.parent.relative_to(site).as_posix()
        expected = site / site_i18n.twin_url("" if here == "." else here + "/", lang)
        if target != (expected / "index.html").resolve():
            problems.append(f"{path.relative_to(site)}: switch leads to {switch['href']}")
        if (switch.get("hreflang"), switch.get("lang")) != (other, other):
            problems.append(f"{path.relative_to(site)}: switch hreflang/lang {switch}")
        if switch.get("target") != "_self" or switch.get("rel") != "alternate":
            problems.append(f"{path.relative_to(site)}: switch would use instant navigation")
        if target.exists() and _read(target).lang != other:
            problems.append(f"{path.relative_to(site)}: switch leads to a page not in {other}")
    assert not problems, "\n".join(problems)


def test_the_one_404_page_speaks_both_languages_and_links_to_the_spanish_home(built_site):
    """GitHub Pages serves the root 404.html for a mistyped /es/ address too: its title,
    heading and text are in both languages, the Spanish marked lang="es"."""
    page = _read(built_site.dir / "404.html")
    assert page.lang == "en"
    assert [s["href"] for s in page.switches] == [f"{built_site.base}es/"]
    assert any(a["href"] == f"{built_site.base}es/" and a.get("hreflang") for a in page.links)
    assert not (built_site.dir / "es" / "404.html").exists()
    text = (built_site.dir / "404.html").read_text(encoding="utf-8")
    title = re.search(r"<title>([^<]*)</title>", text).group(1)
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S).group(1)
    for part in (title, heading):
        assert "Not found" in part and "No se encontró la página" in part, part
    assert re.search(r'<span lang="es">[^<]*No se encontró', heading)
    assert re.search(r'<p lang="es">Esta página no existe\.', text)


def test_a_link_to_the_other_language_loads_a_whole_page(built_site):
    """Instant navigation swaps a page's content only: a link into the other language must load
    the whole page (its <html lang>, header and search language), so it carries a target."""
    site = built_site.dir
    problems = []
    for path in [*_pages(site), site / "404.html"]:
        lang = _lang_of(site, path) if path.name == "index.html" else "en"
        for link in _read(path).links:
            href = link["href"]
            if urlparse(href).scheme or href.startswith(("#", "mailto:", "//")):
                continue
            if href.startswith("/"):
                target = site / href[len(built_site.base) :]
            else:
                target = (path.parent / href.split("#")[0]).resolve()
            if target.is_relative_to(site / "assets") or not target.is_relative_to(site):
                continue
            target_lang = "es" if target.relative_to(site).parts[:1] == ("es",) else "en"
            if target_lang != lang and not (link.get("target") and link.get("hreflang")):
                problems.append(f"{path.relative_to(site)}: {href}")
    assert not problems, "\n".join(problems)


def test_sitemap_gives_each_page_its_hreflang_alternates(built_site):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.parse(built_site.dir / "sitemap.xml").getroot()
    urls = {u.find("s:loc", ns).text: u for u in root.findall("s:url", ns)}
    assert len(urls) == len(ENGLISH) + len(SPANISH)
    for loc, url in urls.items():
        alternates = {a.get("hreflang"): a.get("href") for a in url.findall("x:link", ns)}
        path = loc.removeprefix(built_site.url)
        lang = "es" if path.startswith("es/") else "en"
        assert alternates[lang] == loc
        assert alternates[site_i18n.other(lang)] == built_site.url + site_i18n.twin_url(path, lang)


def test_search_knows_both_languages(built_site):
    import json

    index = json.loads((built_site.dir / "search" / "search_index.json").read_text("utf-8"))
    assert index["config"]["lang"] == ["en", "es"]
    spanish = [d for d in index["docs"] if d["location"].startswith("es/")]
    assert any("libertad a prueba" in d["text"] for d in spanish)


def test_spanish_pages_show_material_in_spanish(built_site):
    text = (built_site.dir / "es" / "law" / "index.html").read_text(encoding="utf-8")
    assert 'aria-label="Buscar"' in text and "Saltar a contenido" in text
    assert "Cambiar al modo oscuro" in text


def test_law_page_has_every_clause_anchor_the_checker_links_to_in_both_languages(built_site):
    anchors = {c.anchor for c in vars(rules).values() if isinstance(c, rules.Clause) and c.anchor}
    assert anchors
    for page in ("law/index.html", "es/law/index.html"):
        text = (built_site.dir / page).read_text(encoding="utf-8")
        missing = [a for a in sorted(anchors) if f'id="{a}"' not in text]
        assert not missing, f"{page}: {missing}"


def test_spanish_check_page_has_the_screener_in_spanish_with_the_same_markup(built_site):
    english = (built_site.dir / "check" / "index.html").read_text(encoding="utf-8")
    spanish = (built_site.dir / "es" / "check" / "index.html").read_text(encoding="utf-8")
    contract = re.compile(r'data-(?:question|template)="[^"]*"|name="[^"]*"|value="[^"]*"')
    assert contract.findall(english) == contract.findall(spanish)
    assert "&quot;lang&quot;: &quot;es&quot;" in spanish and "Continuar" in spanish
    assert "&quot;by_hand&quot;: &quot;es/check-by-hand/&quot;" in spanish


def test_spanish_pages_mark_the_quoted_law_as_english_and_use_spanish_tooltips(built_site):
    english_titles = set(ABBR.findall((REPO / "includes" / "abbreviations.md").read_text()))
    spanish_titles = set(ABBR.findall((REPO / "includes" / "abbreviations.es.md").read_text()))
    problems, quotes, tooltips = [], 0, 0
    for path in (built_site.dir / "es").rglob("index.html"):
        text = path.read_text(encoding="utf-8")
        quotes += text.count('<blockquote lang="en">')
        if re.search(r"<blockquote(?! lang=\"en\")", text):
            problems.append(f"{path}: a quote not marked English")
        for title in re.findall(r'<abbr title="([^"]*)"', text):
            tooltips += 1
            if html.unescape(title) not in spanish_titles or title in english_titles:
                problems.append(f"{path}: tooltip {title[:50]!r}")
    assert quotes >= 20 and tooltips >= 20 and not problems, problems


def test_spanish_navigation_is_in_spanish(built_site):
    spanish = _read_nav(built_site.dir / "es" / "index.html")
    english = _read_nav(built_site.dir / "index.html")
    assert len(spanish) == len(english) == len(ENGLISH)
    assert set(spanish) & set(english) == set(), set(spanish) & set(english)
    assert spanish[0] == "Inicio" and "Glosario" in spanish


def test_spanish_pages_mark_every_quoted_english_run(built_site):
    """English quoted inside a Spanish sentence (the law's words, a form's question, a source's
    title) carries lang="en", so read-aloud says it with English sounds (WCAG 3.1.2): the pages'
    own quotes, and those the build takes from the catalogs (written (“…”) there)."""
    english = spanish_text.english_only_words()
    problems = [
        f"{path.relative_to(built_site.dir)}: {run!r}"
        for path in _pages(built_site.dir / "es")
        for run in spanish_text.unmarked_english(path.read_text(encoding="utf-8"), english)
    ]
    assert not problems, "\n".join(problems)


def test_the_screener_texts_write_english_the_way_the_screener_marks_it():
    """The screener shows catalog texts with no markup: English in them is quoted beside its
    Spanish as (“…”), which the build and screener.js mark lang="en"; no other English quote or
    English sentence. (The papers are Word files in their own language: not here.)"""
    english = spanish_text.english_only_words()
    problems = []
    for where, text in spanish_texts():
        if not where.startswith(("checker/es.py", "tools/lang/site_es.py", "papers.js")):
            continue
        bare = re.sub(r"\{\w*\}|<[^>]+>", " ", site_i18n.ENGLISH_GLOSS.sub(" ", text))
        problems += [f"{where}: “{a or b}”" for a, b in spanish_text._QUOTED.findall(bare)
                     if spanish_text.is_english(a or b, english)]  # fmt: skip
        bare = spanish_text._QUOTED.sub(" ", bare)
        problems += [f"{where}: {s}" for s in spanish_text._english_sentences(bare, english)]
    assert not problems, "\n".join(problems)
    assert site_i18n.mark_english_quotes("<p>“puede” (“may”)</p>", "es") == (
        '<p>“puede” (<span lang="en">“may”</span>)</p>'
    )


def test_the_english_check_finds_an_unmarked_quote():
    english = spanish_text.english_only_words()
    assert {"shall", "unlawful", "user", "purpose"} <= english
    assert not {"puede", "condena", "tribunal", "usted"} & english
    page = '<p>La ley dice "shall" (debe) y “<span lang="en">may</span>” (puede). Dice "Hola".</p>'
    assert spanish_text.unmarked_english(page, english) == ["shall"]
    page = '<p lang="en">"for any other purpose"</p><p>El juez “decide”.</p>'
    assert spanish_text.unmarked_english(page, english) == []
    # A sentence in English, not quoted, is found; a name in English is not.
    words = {"you", "can", "still", "check", "hand", "instead", "fair", "credit", "act"}
    page = "<p>No funcionó. You can still check by hand instead. Vea la Fair Credit Act.</p>"
    assert spanish_text.unmarked_english(page, words) == ["You can still check by hand instead"]


def test_spanish_pages_write_review_dates_in_words(built_site):
    """The footer and the "about" table say "30 de noviembre de 2026", not 2026-11-30."""
    iso = re.compile(r"Última revisión: \d{4}-|<td>\d{4}-\d{2}-\d{2}</td>")
    in_words = re.compile(r"Última revisión: \d{1,2} de [a-z]+ de \d{4}\.")
    for path in _pages(built_site.dir / "es"):
        text = path.read_text(encoding="utf-8")
        assert not iso.search(text), path
        if path.parent.name not in ("check",):
            assert in_words.search(text) or "Última revisión" not in text, path
    about = (built_site.dir / "es" / "about" / "index.html").read_text(encoding="utf-8")
    assert len(re.findall(r"<td>\d{1,2} de [a-z]+ de \d{4}</td>", about)) == len(SPANISH)
    english = (built_site.dir / "about" / "index.html").read_text(encoding="utf-8")
    assert len(re.findall(r"<td>\d{4}-\d{2}-\d{2}</td>", english)) == len(ENGLISH)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_about_page_lists_each_page_with_its_review_date(lang):
    about = DOCS / ("about.md" if lang == "en" else "about.es.md")
    rows = re.findall(r"^\| \[[^\]]+\]\(([\w-]+)\.md\) \| (\d{4}-\d{2}-\d{2}) \|$",
                      about.read_text(), re.M)  # fmt: skip
    assert sorted(name for name, _ in rows) == sorted(p.stem for p in ENGLISH)
    reviewed = r"Last reviewed: (\S+?)\.?\*" if lang == "en" else r"Última revisión: (\S+?)\."
    for name, date in rows:
        page = DOCS / (f"{name}.md" if lang == "en" else f"{name}.es.md")
        assert re.search(reviewed, page.read_text()).group(1) == date, page.name


# --- Generated pages: every text through a catalog ---------------------------------------------


@pytest.fixture
def marked_catalogs(monkeypatch):
    """Both catalogs replaced by one that marks every text it translates: ⟦text⟧."""

    class Marked(dict):
        def __missing__(self, text):
            return f"⟦{text}⟧"

    monkeypatch.setattr(i18n, "catalog", lambda lang: Marked())
    monkeypatch.setattr(site_i18n, "catalog", lambda lang: Marked())
    for cached in (questions.questions, questions.by_id):  # questions in a language, kept
        cached.cache_clear()
    yield
    for cached in (questions.questions, questions.by_id):
        cached.cache_clear()


def _unmarked(text: str) -> str:
    """What is left once every translated text, Markdown and HTML markup are taken out."""
    while (shorter := re.sub(r"⟦[^⟦⟧]*⟧", "", text)) != text:
        text = shorter
    text = re.sub(r"<[^>]+>|\{#[\w-]+\}|\([\w./-]*#[\w-]+\)|[-#*\[\]():;.,\d\s]|\bu\b", "", text)
    return text


@pytest.mark.parametrize("name", sorted(sitegen.GENERATORS))
def test_generated_spanish_text_comes_only_from_the_catalogs(name, marked_catalogs):
    spanish = sitegen.GENERATORS[name]("es")
    assert "⟦" in spanish
    assert _unmarked(spanish) == "", _unmarked(spanish)[:300]


def test_screener_questions_come_only_from_the_catalogs(marked_catalogs):
    config = {"root": "../../", "links": {"by_hand": "es/check-by-hand/", "law": "es/law/"}}
    spanish = site_assets.render_screener(catalog("es"), config, "es")
    visible = re.sub(r'data-config="[^"]*"', "", spanish)
    visible = re.sub(r'(?:id|for|name|value|class|data-[\w-]+|aria-[\w-]+|type|inputmode|'
                     r'spellcheck|autocomplete|href|tabindex)="[^"]*"|\bhidden\b|novalidate',
                     "", visible)  # fmt: skip
    assert _unmarked(visible.replace("&#x27;", "'")) == ""


def test_a_missing_spanish_text_fails_the_build_instead_of_showing_english(monkeypatch):
    monkeypatch.setattr(site_i18n, "catalog", lambda lang: {})
    with pytest.raises(i18n.MissingTranslation):
        sitegen.checklist("es")
    monkeypatch.undo()
    monkeypatch.setattr(i18n, "catalog", lambda lang: {})
    with pytest.raises(i18n.MissingTranslation):
        sitegen.results("es")


def test_every_sentence_the_build_writes_has_its_spanish(monkeypatch):
    """Runs the generators in English, writing down each sentence asked of `site_i18n.t`: each
    one is in tools/lang/site_es.py, and tools/lang/site_es.py holds no sentence the build never
    asks."""
    asked: set[str] = set()
    real = site_i18n.t

    def spy(text, lang="en", **values):
        asked.add(text)
        return real(text, lang, **values)

    monkeypatch.setattr(sitegen, "t", spy)
    monkeypatch.setattr(site_assets, "t", spy)
    monkeypatch.setattr(screener_texts, "t", spy)
    for generate in sitegen.GENERATORS.values():
        generate()
    config = {"root": "", "links": {"by_hand": "check-by-hand/", "law": "law/"}}
    site_assets.render_screener(catalog(), config)
    screener_texts.texts()  # the page script's words
    assert sorted(asked - set(site_es.CATALOG)) == []
    assert sorted(set(site_es.CATALOG) - asked) == []


def test_site_languages_are_the_checker_languages():
    assert set(site_i18n.NAMES) == set(site_i18n.PREFIX) == set(site_i18n.ABBREVIATIONS)
    assert set(site_i18n.NAMES) == set(i18n.LANGS)
