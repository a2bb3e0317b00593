"""Every page of the built site, in English and in Spanish, opened directly in the light and the
dark palette: zero axe-core violations, no console error and no CSP violation (the watch fails
the test at teardown), the site's policy in force, and no Python loaded anywhere but the
screener pages."""

from __future__ import annotations

import pytest

from .drive import REPO, axe_violations, open_screener, tab_to

pytestmark = pytest.mark.browser

PAGES = sorted(
    # docs/law.md at law/, docs/law.es.md at es/law/, docs/index.md at the root
    ("es/" if p.name.endswith(".es.md") else "")
    + ("" if p.name.split(".")[0] == "index" else p.name.split(".")[0] + "/")
    for p in (REPO / "docs").glob("*.md")
)
SCREENER_PAGES = ("check/", "es/check/")
PYTHON = ("/assets/pyodide/", "/assets/checker/")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    "path", [*PAGES, "no-such-page/"], ids=lambda p: p.strip("/").replace("/", "-") or "home"
)
def test_page_is_accessible_and_loads_no_python_unless_it_is_the_screener(
    path, scheme, context_factory, site
):
    context, watch = context_factory(color_scheme=scheme)
    page = context.new_page()
    if path == "no-such-page/":
        watch.expect_console(r"status of 404")
    response = page.goto(site.url + path)
    assert response.status == (404 if path == "no-such-page/" else 200)
    page.wait_for_load_state("load")
    # Material's bundle ran (document$ needs its hashed inline scripts allowed by the policy).
    page.wait_for_selector("html.js", state="attached")

    policy = page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content")
    assert "script-src 'self' 'wasm-unsafe-eval' 'sha256-" in policy
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy

    violations = axe_violations(page)
    assert not violations, "\n".join(violations)

    python = [r.url for r in watch.requests if any(p in r.url for p in PYTHON)]
    if path in SCREENER_PAGES:
        page.wait_for_selector("[data-screener][data-engine=ready]", state="attached")
        assert any(u.endswith(".wasm") for u in python)
    else:
        assert python == [], python


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_focused_and_hovered_links_and_buttons_keep_their_contrast(scheme, context_factory, site):
    """axe sees only the state a page is in: put links and buttons in their focus and hover
    states (Material colours both with its accent) and look again."""
    context, _ = context_factory(color_scheme=scheme)
    page = context.new_page()
    open_screener(page, site)
    states = {}
    tab_to(page, "[data-screener] button[type=submit]")
    states["Continue focused"] = axe_violations(page)
    tab_to(page, "article a[href]")
    states["link in text focused"] = axe_violations(page)
    page.hover("[data-screener] button[type=submit]")
    states["Continue hovered"] = axe_violations(page)
    problems = {state: found for state, found in states.items() if found}
    assert not problems, problems


@pytest.mark.parametrize("width, height", [(390, 844), (320, 568)])
def test_home_page_call_to_action_is_on_the_first_screen_of_a_phone(
    width, height, context_factory, site
):
    context, _ = context_factory(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(site.url)
    page.wait_for_selector("html.js", state="attached")
    button = page.locator("article a.md-button--primary", has_text="Check where you stand")
    assert button.count() == 1
    assert button.get_attribute("href").rstrip("/").endswith("check")
    box = button.bounding_box()
    assert page.evaluate("() => window.scrollY") == 0
    assert 0 <= box["y"] and box["y"] + box["height"] <= height, (box, height)
