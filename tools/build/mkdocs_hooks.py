"""MkDocs hooks (registered under ``hooks:`` in mkdocs.yml): a thin shim over tools/ scripts.

Every step lives in a plain function of ``tools/build/site_assets.py``, ``tools/build/sitegen.py``,
``tools/lang/site_i18n.py`` or ``tools/build/pack_checker.py``, so moving to a generator without
hooks (Zensical) means calling those functions from a script, not rewriting them.

Two languages: mkdocs-static-i18n builds the English site, then, from its own ``on_post_build``,
the Spanish one (``es/``) through a second run of every event on the same config. So the hooks
find each page's language from its file (``page.es.md``), make the build's plan once, and write
the assets and the Content-Security-Policy once, after the last language is built (the policy
must be the same on every page of both languages).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.utils import get_relative_url  # noqa: E402

from checker.i18n import LANGS  # noqa: E402
from checker.questions import catalog  # noqa: E402
from tools.build import pack_checker, site_assets, sitegen  # noqa: E402
from tools.lang import site_i18n  # noqa: E402

# Links the screener's result and fallback need: name -> source page.
LINKED_PAGES = {"law": "law.md", "by_hand": "check-by-hand.md"}

_plan: site_assets.Plan | None = None  # this build's plan (on_config)
_page_urls: dict[str, str] = {}  # site-relative URL of each linked page (on_files)
_not_found = ""  # the first language's 404.html (on_post_template)


def _another_language(config) -> bool:
    """True while mkdocs-static-i18n builds a language after the first one."""
    i18n = config.plugins.get("i18n")
    return bool(i18n is not None and getattr(i18n, "building", False))


def on_config(config):
    global _plan
    if _plan is None or not _another_language(config):
        theme_dirs = [Path(config.theme.custom_dir), Path(config.docs_dir)]
        by_lang = {lang: pack_checker.pack(lang) for lang in LANGS}
        _plan = site_assets.Plan.make(theme_dirs, pack_checker.pack(), by_lang)
    for i, script in enumerate(config.extra_javascript):
        if isinstance(script, str):
            config.extra_javascript[i] = _plan.versioned(script)
        else:
            script.path = _plan.versioned(script.path)
    config.extra_css = [_plan.versioned(path) for path in config.extra_css]
    return config


@event_priority(-150)  # after mkdocs-static-i18n's (-100): `files` holds this language's pages
def on_files(files, config):
    _page_urls.clear()
    for name, src in LINKED_PAGES.items():
        file = files.get_file_from_path(src)
        if file is not None:
            _page_urls[name] = file.url
    return files


def on_page_markdown(markdown, page, config, files):
    lang = site_i18n.page_lang(page.file.src_uri)
    markdown = site_i18n.localise_dates(sitegen.render(markdown, lang), lang)
    return site_i18n.with_abbreviations(markdown, lang)


def on_page_content(html, page, config, files):
    return site_i18n.mark_english_quotes(html, site_i18n.page_lang(page.file.src_uri))


def on_page_context(context, page, config, nav):
    """The header's language switch (site-overrides/partials/alternate.html): the same page in
    the other language."""
    lang = site_i18n.page_lang(page.file.src_uri)
    other = site_i18n.other(lang)
    context["lang_switch"] = {
        "lang": other,
        "name": site_i18n.NAMES[other],
        "url": site_i18n.twin_url(page.url, lang),
    }
    return context


def on_post_page(output, page, config):
    if site_assets.SCREENER_MARKER not in output:
        return output
    lang = site_i18n.page_lang(page.file.src_uri)
    root = get_relative_url(".", page.url).rstrip("/") + "/"
    settings = _plan.worker_config(root, dict(_page_urls), lang)
    screener = site_assets.render_screener(catalog(lang), settings, lang)
    output = output.replace("</head>", _plan.preload_links(root) + "</head>", 1)
    return output.replace(site_assets.SCREENER_MARKER, screener, 1)


def on_post_template(output, template_name, config):
    """One 404 page for the whole site, in English with a line in Spanish (GitHub Pages serves
    the root 404.html for every missing address): a later language's build, which would write
    its own over it, writes the first one again."""
    global _not_found
    if template_name != "404.html":
        return output
    if not _another_language(config):
        _not_found = output
    return _not_found or output


@event_priority(-200)  # after mkdocs-static-i18n's (-100), which builds the other languages
def on_post_build(config):
    if _another_language(config):
        return  # the first language's on_post_build runs last, over every language's pages
    site_dir = Path(config.site_dir)
    site_assets.write_assets(_plan, site_dir)
    site_assets.apply_csp(site_dir)
