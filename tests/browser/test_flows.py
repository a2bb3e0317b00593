"""The screener's paths besides a straight run: errors, Back, Change, Start again, printing,
instant navigation and Back/Forward, the wait for Python, and every way Python can fail to start."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from checker import evaluate

from .drive import (
    NEUTRAL,
    answer,
    axe_violations,
    complete,
    open_screener,
    step,
    submit,
    tab_to,
    wait_ready,
)

pytestmark = pytest.mark.browser


def _cases(cases, *ids):
    found = {c["id"]: c for c in cases}
    return [found[i] for i in ids]


def _heading_has_focus(page) -> bool:
    return page.evaluate("() => document.activeElement.matches('[data-host] > * h2')")


def test_errors_are_summarised_at_the_top_with_links_and_the_flow_goes_on(watched, site):
    page, _ = watched
    open_screener(page, site)

    # A missing choice: the summary (role=alert) takes focus; its link takes focus to the field.
    now = submit(page)
    assert now == step(page) and now.error and now.id == "court"
    summary = page.locator(".screener-error-summary")
    assert summary.get_attribute("role") == "alert"
    assert page.evaluate("() => document.activeElement.matches('.screener-error-summary')")
    assert page.title().startswith("Error: ")
    link = summary.locator("a")
    assert link.get_attribute("href") == "#court-federal"
    tab_to(page, ".screener-error-summary a")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "court-federal"
    assert "#" not in page.url  # the link moved focus, not the address
    fieldset = page.locator('form[data-question="court"] fieldset')
    assert "court-error" in fieldset.get_attribute("aria-describedby")

    answer(page, "court", "federal")
    assert submit(page).id == "offense" and not page.title().startswith("Error: ")
    answer(page, "offense", "simple_possession")
    assert submit(page).id == "offense_date"

    # An impossible date: the checker's own words, the typed fields kept, then fixed.
    answer(page, "offense_date", "2025-02-30")
    now = submit(page)
    assert now.error and now.id == "offense_date"
    assert "does not exist" in page.locator(".screener-error-summary").inner_text()
    assert page.locator(".screener-error-summary a").get_attribute("href") == "#offense_date-day"
    assert page.input_value('[name="offense_date-day"]') == "30"
    assert page.get_attribute('[name="offense_date-day"]', "aria-invalid") == "true"
    tab_to(page, '[name="offense_date-day"]')
    page.keyboard.press("Control+A")
    page.keyboard.type("28")
    now = submit(page)
    assert not now.error and now.id != "offense_date"
    assert _heading_has_focus(page)


def test_back_shows_the_previous_question_with_its_answer(watched, site):
    page, _ = watched
    open_screener(page, site)
    assert page.locator('form[data-question="court"] [data-action=back]').is_hidden()
    answer(page, "court", "federal")
    assert submit(page).id == "offense"
    assert page.locator("[data-caption]").inner_text() == "Question 2"
    page.keyboard.press("Shift+Tab")  # from the focused heading back to the Back link
    assert page.evaluate("() => document.activeElement.dataset.action") == "back"
    page.keyboard.press("Enter")
    assert step(page).id == "court" and _heading_has_focus(page)
    assert page.locator("[data-caption]").inner_text() == "Question 1"
    assert page.is_checked("#court-federal")


def test_change_drops_answers_that_no_longer_matter(cases, watched, site):
    (case,) = _cases(cases, "C10")  # a prior conviction: asks when it was entered
    page, _ = watched
    open_screener(page, site)
    complete(page, case["answers"])
    page.keyboard.press("Shift+Tab")  # from the result's heading to its Back link
    page.keyboard.press("Enter")
    assert step(page).kind == "check" and _heading_has_focus(page)
    changes = page.eval_on_selector_all("[data-change]", "els => els.map(e => e.dataset.change)")
    assert "prior_record_before_offense" in changes

    tab_to(page, '[data-change="prior_drug_record"]')
    page.keyboard.press("Enter")
    assert step(page).id == "prior_drug_record"
    assert page.is_checked('input[name="prior_drug_record"][value="conviction"]')
    tab_to(page, 'input[name="prior_drug_record"][value="conviction"]')
    page.keyboard.press("Space")  # untick
    answer(page, "prior_drug_record", ["none"])
    now = submit(page)
    given = {k: v for k, v in case["answers"].items()}
    given["prior_drug_record"] = ["none"]
    while now.kind == "question":  # questions the change brought in
        value = given[now.id] if now.id in given else NEUTRAL[now.id]
        given[now.id] = value
        answer(page, now.id, value)
        now = submit(page)
    assert now.kind == "check"
    changes = page.eval_on_selector_all("[data-change]", "els => els.map(e => e.dataset.change)")
    assert "prior_record_before_offense" not in changes
    assert submit(page).kind == "result"
    shown = page.get_attribute("[data-outcome]", "data-outcome")
    asked = {k: given[k] for k in changes}
    assert (
        shown
        == str(evaluate(asked, today=dt.date.today()).outcome)
        != "not_eligible_prior_conviction"
    )


def test_start_again_forgets_everything(cases, watched, site):
    (case,) = _cases(cases, "C25")
    page, _ = watched
    open_screener(page, site)
    complete(page, case["answers"])
    tab_to(page, "[data-action=restart]")
    page.keyboard.press("Enter")
    now = step(page)
    assert now.kind == "question" and now.id == "court" and _heading_has_focus(page)
    assert page.eval_on_selector_all("input:checked", "els => els.length") == 0
    page.wait_for_function(
        "() => /cleared/.test(document.querySelector('[data-status]').textContent)"
    )
    # Straight on to a new result: the check step lists only what was answered since.
    answer(page, "court", "state")
    assert submit(page).id == "citizenship"  # asked in any court, for the immigration note
    answer(page, "citizenship", "us_citizen")
    assert submit(page).kind == "check"
    assert page.eval_on_selector_all("[data-change]", "els => els.length") == 2


def test_print_shows_only_the_answers_result_date_and_notice(cases, watched, site):
    (case,) = _cases(cases, "C52")
    page, _ = watched
    open_screener(page, site)
    complete(page, case["answers"])
    result = page.locator("[data-outcome]")
    assert result.get_attribute("data-flags") == "marijuana_pardon"
    reason_links = result.locator(".screener-reasons a")
    assert reason_links.count() > 0
    for i in range(reason_links.count()):
        href = reason_links.nth(i).get_attribute("href")
        assert re.fullmatch(rf"{re.escape(site.url)}law/#[\w-]+", href), href
        assert reason_links.nth(i).get_attribute("target") == "_blank"
    page.emulate_media(media="print")
    assert page.locator("article h1").is_hidden()
    assert page.locator(".md-header").is_hidden()
    for shown in ("h2", ".screener-summary", ".screener-result__date", ".screener-notice"):
        assert result.locator(shown).first.is_visible(), shown
    assert result.locator(".screener-actions").is_hidden()
    assert "Checked on" in result.locator(".screener-result__date").inner_text()


def test_instant_navigation_to_the_screener_then_back_and_forward(cases, context_factory, site):
    (case,) = _cases(cases, "C25")
    context, watch = context_factory(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site.url)
    page.wait_for_selector("html.js", state="attached")
    page.evaluate("() => { window.stillTheSamePage = true; }")
    page.click('.md-nav--primary a.md-nav__link[href$="check/"]')
    page.wait_for_url(site.url + "check/")
    page.wait_for_selector('[data-screener] form[data-question="court"]')
    assert page.evaluate("() => window.stillTheSamePage === true"), "a full page load, not instant"
    run = complete(page, case["answers"])
    assert run.outcome == case["expected"]["outcome"]

    # Away (instant), then Back: a fresh screener, the same worker (Python loads once).
    page.click('.md-nav--primary a.md-nav__link[href$="law/"]')
    page.wait_for_url(site.url + "law/")
    page.go_back()
    page.wait_for_url(site.url + "check/")
    page.wait_for_selector('[data-screener] form[data-question="court"]')
    assert page.eval_on_selector_all("[data-screener] input:checked", "els => els.length") == 0
    wait_ready(page)
    answer(page, "court", "state")
    assert submit(page).id == "citizenship"
    answer(page, "citizenship", "us_citizen")
    assert submit(page).kind == "check"
    page.go_forward()
    page.wait_for_url(site.url + "law/")
    assert page.evaluate("() => window.stillTheSamePage === true")
    assert [r.url for r in watch.requests].count(
        next(r.url for r in watch.requests if r.url.endswith(".wasm"))
    ) == 1


def test_a_reader_faster_than_the_download_sees_real_progress(context_factory, site):
    context, _ = context_factory()
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": 40,
            "downloadThroughput": 1_000_000,
            "uploadThroughput": 500_000,
        },
    )  # bytes per second: the runtime takes several seconds
    open_screener(page, site)
    answer(page, "court", "federal")
    tab_to(page, "button[type=submit]")
    page.keyboard.press("Enter")
    seen = []
    pattern = re.compile(r"Getting the checker ready: (\d+\.\d) of (\d+\.\d) MB")
    violations = None
    while step(page).id == "court":
        if page.is_visible("[data-wait]"):
            seen.append(page.inner_text("[data-wait] [data-wait-text]"))
            if violations is None:
                violations = axe_violations(page)
        page.wait_for_timeout(150)
        assert len(seen) < 400, "Python never became ready"
    assert step(page).id == "offense" and _heading_has_focus(page)
    figures = [tuple(map(float, m.groups())) for m in map(pattern.search, seen) if m]
    assert figures, seen
    loaded = [a for a, _ in figures]
    assert loaded == sorted(loaded) and 0 < max(loaded) <= figures[0][1]
    assert len(set(loaded)) >= 3, "progress should move while the reader waits"
    assert page.locator("[data-wait]").is_hidden()
    assert violations == [], violations


def _assert_fallback(page, site):
    fallback = page.locator("[data-fallback]")
    fallback.wait_for(state="visible", timeout=60_000)
    assert page.get_attribute("[data-screener]", "data-engine") == "failed"
    link = fallback.locator("a", has_text="Check by hand")
    assert link.evaluate("a => a.href") == site.url + "check-by-hand/"
    assert page.locator("[data-host]").is_hidden()
    page.wait_for_function(
        "() => /cannot run/.test(document.querySelector('[data-status]').textContent)"
    )
    assert axe_violations(page) == []


def test_without_the_webassembly_file_the_page_says_so_and_links_to_check_by_hand(
    context_factory, site
):
    context, watch = context_factory()
    watch.expect_console(r"Failed to load resource|Failed to fetch|wasm|WebAssembly")
    context.route("**/*.wasm", lambda route: route.abort())
    page = context.new_page()
    page.goto(site.url + "check/")
    _assert_fallback(page, site)


def test_without_webassembly_at_all_the_page_says_so_at_once(context_factory, site):
    context, _ = context_factory()
    context.add_init_script("delete globalThis.WebAssembly;")
    page = context.new_page()
    page.goto(site.url + "check/")
    _assert_fallback(page, site)
    assert "WebAssembly" in page.inner_text("[data-fallback]")


def _short_timeouts(policy=lambda html: html):
    """A route handler: the check page with 3 s timeouts instead of 30 s (and ``policy``
    applied to its HTML), so that a test need not wait long."""

    def handle(route):
        html = route.fetch().text()
        for name in ("stall_ms", "start_ms"):
            html = html.replace(f"&quot;{name}&quot;: 30000", f"&quot;{name}&quot;: 3000", 1)
        route.fulfill(body=policy(html), content_type="text/html; charset=utf-8")

    return handle


def test_when_the_download_stalls_a_timeout_shows_the_way_out(context_factory, site):
    context, watch = context_factory()
    context.route(site.url + "check/", _short_timeouts())
    context.route("**/*.wasm", lambda route: None)  # never answered: the download hangs
    page = context.new_page()
    open_screener(page, site)
    answer(page, "court", "federal")  # a reader who already started is not left waiting
    tab_to(page, "button[type=submit]")
    page.keyboard.press("Enter")
    _assert_fallback(page, site)


def test_when_the_policy_forbids_webassembly_the_page_shows_the_way_out(context_factory, site):
    """Without 'wasm-unsafe-eval' loadPyodide never settles: the page finds out before it starts."""
    context, watch = context_factory()
    watch.expect_console(r"securitypolicyviolation|WebAssembly|wasm|unsafe-eval")
    no_wasm = _short_timeouts(lambda html: html.replace(" 'wasm-unsafe-eval'", "", 1))
    context.route(site.url + "check/", no_wasm)
    page = context.new_page()
    page.goto(site.url + "check/")
    _assert_fallback(page, site)
    assert "WebAssembly" in page.inner_text("[data-fallback]")
    assert not [r for r in watch.requests if r.url.endswith(".wasm")]


def test_the_first_question_is_in_the_html_and_without_javascript_a_note_points_elsewhere(
    context_factory, site
):
    context, watch = context_factory(java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + "check/")
    assert page.locator('form[data-question="court"] input[name="court"]').count() == 6
    assert page.locator("[data-screener]").is_hidden()
    note = page.locator("article .admonition.warning", has_text="needs JavaScript")
    assert note.is_visible()
    assert note.locator("a").evaluate("a => a.href") == site.url + "check-by-hand/"
    assert not [r for r in watch.requests if "/assets/pyodide/" in r.url]
