"""The header's language switch in a real browser: after instant navigation it still leads to the
page being read, in the other language; it loads that page whole (its <html lang>, Material's
texts and search in that language), by keyboard too; and the way back works the same."""

from __future__ import annotations

import pytest

from .drive import tab_to

pytestmark = pytest.mark.browser

SWITCH = "a[data-lang-switch]"


def _switch_href(page) -> str:
    return page.eval_on_selector(SWITCH, "a => a.href")


def test_switch_follows_instant_navigation_and_loads_the_same_page_in_the_other_language(
    context_factory, site
):
    context, _ = context_factory(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site.url)
    page.wait_for_selector("html.js", state="attached")
    assert _switch_href(page) == site.url + "es/"
    page.evaluate("() => { window.stillTheSamePage = true; }")

    # Instant navigation within English: the header stays, the switch follows the page.
    page.click('.md-nav--primary a.md-nav__link[href$="law/"]')
    page.wait_for_url(site.url + "law/")
    page.wait_for_function(
        "([selector, href]) => document.querySelector(selector).href === href",
        arg=[SWITCH, site.url + "es/law/"],
    )
    assert page.evaluate("() => window.stillTheSamePage === true"), "not instant navigation"
    assert page.get_attribute("html", "lang") == "en"

    # By keyboard: Tab to the switch, Enter. A whole page load, in Spanish.
    tab_to(page, SWITCH)
    page.keyboard.press("Enter")
    page.wait_for_url(site.url + "es/law/")
    page.wait_for_selector("html.js", state="attached")
    assert page.evaluate("() => window.stillTheSamePage === undefined"), "not a whole page load"
    assert page.get_attribute("html", "lang") == "es"
    assert page.get_attribute(".md-search__input", "placeholder") == "Búsqueda"
    assert page.locator("h1").inner_text() == "La ley, palabra por palabra"
    assert _switch_href(page) == site.url + "law/"
    assert page.get_attribute(SWITCH, "lang") == "en"

    # Instant navigation within Spanish, then back to English on the same page.
    page.evaluate("() => { window.stillTheSamePage = true; }")
    page.click('.md-nav--primary a.md-nav__link[href$="glossary/"]')
    page.wait_for_url(site.url + "es/glossary/")
    page.wait_for_function(
        "([selector, href]) => document.querySelector(selector).href === href",
        arg=[SWITCH, site.url + "glossary/"],
    )
    assert page.evaluate("() => window.stillTheSamePage === true"), "not instant navigation"
    page.click(SWITCH)
    page.wait_for_url(site.url + "glossary/")
    page.wait_for_selector("html.js", state="attached")
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator("h1").inner_text() == "Glossary"


def test_spanish_search_finds_spanish_words(context_factory, site):
    context, _ = context_factory(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site.url + "es/")
    page.wait_for_selector("html.js", state="attached")
    page.click(".md-search__input")  # wide screen: the box is in the header
    # Typed key by key, as a reader does: Material reads the box on keyup (or when its search
    # worker becomes ready), never on the bare input event that fill() sends, so fill() raced
    # the worker and lost whenever the index was ready first.
    page.locator(".md-search__input").press_sequentially("libertad a prueba", delay=20)
    first = page.locator(".md-search-result__item a").first
    first.wait_for()
    assert "/es/" in first.get_attribute("href")


@pytest.mark.parametrize("path", ["", "es/"])
def test_search_finds_words_pasted_once_the_index_is_ready(context_factory, site, path):
    """Pasting or dictating changes the box with no key pressed (an `input` event alone, which
    is what fill() sends): the results come all the same, after instant navigation too."""
    context, _ = context_factory(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site.url + path)
    page.wait_for_selector("html.js", state="attached")
    page.click('.md-nav--primary a.md-nav__link[href$="law/"]')
    page.wait_for_url(site.url + path + "law/")
    page.click(".md-search__input")
    # Material says so once its index is in: no longer "Initializing search".
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && m.textContent.trim() !== ''"
        " && !/Initializing|Inicializando/.test(m.textContent); }"
    )
    words = "libertad a prueba" if path else "probation"
    page.fill(".md-search__input", words)
    first = page.locator(".md-search-result__item a").first
    first.wait_for(timeout=10_000)
    href = first.get_attribute("href")
    assert ("/es/" in href) == bool(path), href
