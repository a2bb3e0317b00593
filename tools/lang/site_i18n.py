"""The site in two languages: which language a page is in, the same page in the other language,
and the Spanish of the few fixed sentences the build writes itself (tools/lang/site_es.py).

The pages are `docs/page.md` (English, at `page/`) and `docs/page.es.md` (Spanish, at
`es/page/`): mkdocs-static-i18n builds each language in turn, and the MkDocs hook asks this module
which language a page is in. Texts that come from checker/ are translated by `checker.i18n.tr`,
with checker/es.py; the build's own sentences (headings of generated sections, the screener's
buttons) by `t` here, with tools/lang/site_es.py. Both raise `MissingTranslation`: a Spanish page
never shows English in silence.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from checker.i18n import DEFAULT, LANGS, MissingTranslation

NAMES = {"en": "English", "es": "Español"}  # each language named in itself, for the switch
PREFIX = {"en": "", "es": "es/"}  # where each language's pages are, under the site root
ABBREVIATIONS = {"en": "abbreviations.md", "es": "abbreviations.es.md"}  # in includes/


def page_lang(src_uri: str) -> str:
    """The language of a page from its source file: `law.es.md` is Spanish, `law.md` English."""
    for lang in LANGS:
        if lang != DEFAULT and src_uri.endswith(f".{lang}.md"):
            return lang
    return DEFAULT


def other(lang: str) -> str:
    return "es" if lang == "en" else "en"


def twin_url(url: str, lang: str) -> str:
    """The site-relative URL of the same page in the other language: `check/` <-> `es/check/`,
    `` (the home page) <-> `es/`. `url` is the page's own URL, in `lang`."""
    if lang != DEFAULT:
        prefix = PREFIX[lang]
        if not url.startswith(prefix) and url.rstrip("/") != prefix.rstrip("/"):
            raise ValueError(f"a {lang} page outside {prefix}: {url!r}")
        url = url[len(prefix) :] if url.startswith(prefix) else ""
    return PREFIX[other(lang)] + url


def with_abbreviations(markdown: str, lang: str) -> str:
    """The page with its language's abbreviations (`*[CJA]: …`) appended, as snippets'
    `auto_append` would: one list per language, so a Spanish page gets Spanish tooltips."""
    return f'{markdown.rstrip()}\n\n--8<-- "{ABBREVIATIONS[lang]}"\n'


def mark_english_quotes(html: str, lang: str) -> str:
    """A Spanish page quotes the law in English: each block quote says so (`lang="en"`), so a
    screen reader reads it with English sounds (WCAG 3.1.2, language of parts); so does each
    English word a catalog quotes beside its Spanish, written (“…”)."""
    if lang == "en":
        return html
    html = ENGLISH_GLOSS.sub(r'(<span lang="en">\1</span>)', html)
    return html.replace("<blockquote>", '<blockquote lang="en">')


# English the Spanish catalogs quote beside their Spanish, written (“…”): “puede” (“may”). The
# build marks it here and the screener's page script the same way (screener.js `said`).
ENGLISH_GLOSS = re.compile(r"\((“[^”<>]+”)\)")


def catalog(lang: str) -> dict[str, str]:
    """The build's own sentences in a language other than English: {English: translation}."""
    return importlib.import_module(f"tools.lang.site_{lang}").CATALOG


def t(text: str, lang: str = DEFAULT, **values: Any) -> str:
    """One of the build's own sentences in `lang`, with `values` filled in."""
    if lang != DEFAULT:
        try:
            text = catalog(lang)[text]
        except KeyError:
            raise MissingTranslation(f"no {lang} text for: {text!r}") from None
    return text.format(**values) if values else text


# A review date as the pages write it (ISO, which the tests and the "about" table compare), in
# the page's footer or a row of the "about" table.
_REVIEW_DATE = re.compile(
    r"(Última revisión: |^\| \[[^\]]+\]\([\w-]+\.md\) \| )(\d{4}-\d{2}-\d{2})", re.M
)


def localise_dates(markdown: str, lang: str) -> str:
    """A Spanish page shows its review dates the Spanish way, "30 de noviembre de 2026" (the
    source keeps 2026-11-30, which the tests compare with the English page)."""
    if lang == DEFAULT:
        return markdown
    from datetime import date

    from checker.i18n import day_text

    def words(match: re.Match[str]) -> str:
        return match.group(1) + day_text(date.fromisoformat(match.group(2)), lang)

    return _REVIEW_DATE.sub(words, markdown)
