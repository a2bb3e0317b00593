"""The result's "What would change your result" section, and the screener in Spanish.

Issue 11: a result whose outcome depends on a "not sure" answer names it in `data-depends-on`
and shows, in words, what each answer would give and where to find it; the printed summary keeps
the section. Issue 12: the Spanish screener at es/check/ asks in Spanish and gives the same codes
as the English one, by keyboard, with no axe violation.
"""

from __future__ import annotations

import datetime as dt

import pytest

from answer_sets import CONVICTED_NOT_SURE_WHERE
from checker import evaluate
from checker.i18n import day_text

from .drive import axe_violations, complete, open_screener

pytestmark = pytest.mark.browser


def _by_id(cases, case_id):
    return next(c for c in cases if c["id"] == case_id)


def test_not_sure_of_an_old_3607_shows_what_each_answer_gives(cases, watched, site):
    case = _by_id(cases, "E03")
    page, _ = watched
    open_screener(page, site)
    run = complete(page, case["answers"])
    assert run.outcome == "talk_to_lawyer"
    result = page.locator("[data-outcome]")
    assert result.get_attribute("data-depends-on") == "prior_3607"
    section = page.locator(".screener-changes")
    assert section.is_visible()
    items = section.locator("li").all_inner_texts()
    had_it = evaluate({**run.given, "prior_3607": "yes"}, today=dt.date.today())
    assert any(item.startswith("Yes") and had_it.title in item for item in items), items
    assert any(item.startswith("No") for item in items), items
    assert "Where to find it" in section.inner_text()
    page.emulate_media(media="print")
    assert section.is_visible(), "the printed summary keeps the section"


def test_not_sure_where_the_court_sits_names_the_tenth_circuit_states_and_dc(watched, site):
    page, _ = watched
    open_screener(page, site)
    run = complete(page, CONVICTED_NOT_SURE_WHERE)
    expected = evaluate(run.given, today=dt.date.today())
    assert run.outcome == str(expected.outcome) == "talk_to_lawyer"
    assert page.get_attribute("[data-outcome]", "data-depends-on") == "court_state"
    text = page.locator(".screener-changes").inner_text()
    assert "Colorado, Kansas, New Mexico, Oklahoma, Utah, Wyoming or District of Columbia" in text
    assert "Any other answer" in text


def test_a_known_case_has_no_changes_section(cases, watched, site):
    page, _ = watched
    open_screener(page, site)
    complete(page, _by_id(cases, "C01")["answers"])
    assert page.get_attribute("[data-outcome]", "data-depends-on") == ""
    assert page.locator(".screener-changes").count() == 0


@pytest.mark.parametrize("case_id", ["C01", "C39", "C52", "E03"])
def test_the_spanish_screener_gives_the_same_result_by_keyboard(case_id, cases, watched, site):
    case = _by_id(cases, case_id)
    page, _ = watched
    open_screener(page, site, path="es/check/")
    assert page.get_attribute("html", "lang") == "es"
    run = complete(page, case["answers"])
    expected = evaluate(run.given, today=dt.date.today(), lang="es")
    assert (run.outcome, run.flags) == (str(expected.outcome), [str(f) for f in expected.flags])
    assert run.outcome == case["expected"]["outcome"]
    shown = page.locator("[data-outcome]").inner_text()
    assert expected.title in shown and "Su resultado" in shown
    assert "Your result" not in shown
    # The date in the checker's own words (checker.i18n.day_text), not the browser's.
    checked_on = page.locator(".screener-result__date").inner_text()
    assert checked_on == f"Revisado el {day_text(dt.date.today(), 'es')}.", checked_on
    # English the catalog quotes beside its Spanish, “puede” (“may”), is marked lang="en", so a
    # screen reader says it with English sounds (WCAG 3.1.2); no text keeps it unmarked.
    assert page.evaluate(UNMARKED_GLOSSES) == []
    glosses = page.locator('[data-outcome] span[lang="en"]').all_inner_texts()
    assert ("“may”" in glosses) == ("(“may”)" in expected.summary), glosses
    assert axe_violations(page) == []


@pytest.mark.parametrize("path", ["check/", "es/check/"])
def test_the_result_and_the_root_show_the_date_the_law_was_checked(cases, watched, site, path):
    """Issue 23: the screener's root carries LAW_CHECKED and the result shows it, in words of
    the page's language (checker/law.py is the one place it is set)."""
    from checker import law

    lang = "es" if path.startswith("es/") else "en"
    page, _ = watched
    open_screener(page, site, path)
    root = page.locator("[data-screener]")
    assert root.get_attribute("data-law-checked") == law.LAW_CHECKED.isoformat()
    complete(page, _by_id(cases, "C01")["answers"])
    line = page.locator("[data-outcome] .screener-result__law")
    assert line.inner_text() == law.law_checked_text(lang)
    assert day_text(law.LAW_CHECKED, lang) in line.inner_text()


# The result's text nodes that still hold an English gloss, (“…”), outside a lang="en" element.
UNMARKED_GLOSSES = """() => {
  const result = document.querySelector("[data-outcome]");
  const walker = document.createTreeWalker(result, NodeFilter.SHOW_TEXT);
  const found = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/\\(“[^”]+”\\)/.test(node.data) && !node.parentElement.closest("[lang|=en]")) {
      found.push(node.data);
    }
  }
  return found;
}"""
