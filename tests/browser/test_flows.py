"""The screener's paths besides a straight run: errors, Back, Change, Start again, printing,
instant navigation and Back/Forward, the wait for Python, and every way Python can fail to start."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from answer_sets import CHARGED
from checker import evaluate
from checker.i18n import day_text

from .drive import (
    NEUTRAL,
    answer,
    axe_violations,
    complete,
    current,
    open_screener,
    settled,
    step,
    submit,
    tab_to,
    wait_for_new_step,
    wait_ready,
)

pytestmark = pytest.mark.browser


def check_page_address(site) -> re.Pattern:
    """The check page's address: nothing after it but a step number."""
    return re.compile(re.escape(site.url + "check/") + r"(\?step=\d+)?")


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
    assert page.locator("[data-screener] [data-action=back]").is_hidden()
    answer(page, "court", "federal")
    assert submit(page).id == "offense"
    assert page.locator("[data-caption]").inner_text() == "Question 2"
    page.keyboard.press("Shift+Tab")  # from the focused heading back to the Back link
    assert page.evaluate("() => document.activeElement.dataset.action") == "back"
    before = current(page)
    page.keyboard.press("Enter")
    assert wait_for_new_step(page, before).id == "court" and _heading_has_focus(page)
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
    checked_on = result.locator(".screener-result__date").inner_text()
    assert checked_on == f"Checked on {day_text(dt.date.today())}.", checked_on  # checker's words


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
    settled(page)  # a click just after a new step shows is taken for a second tap on Continue
    page.click('.md-nav--primary a.md-nav__link[href$="law/"]')
    page.wait_for_url(site.url + "law/")
    page.go_back()
    page.wait_for_url(
        check_page_address(site)
    )  # the last step's number is in the address, no answer
    page.wait_for_selector('[data-screener] form[data-question="court"]')
    assert page.eval_on_selector_all("[data-screener] input:checked", "els => els.length") == 0
    page.go_forward()
    page.wait_for_url(site.url + "law/")
    assert page.evaluate("() => window.stillTheSamePage === true")
    page.go_back()
    page.wait_for_url(check_page_address(site))
    page.wait_for_selector('[data-screener] form[data-question="court"]')
    assert page.eval_on_selector_all("[data-screener] input:checked", "els => els.length") == 0
    wait_ready(page)
    answer(page, "court", "state")
    assert submit(page).id == "citizenship"
    answer(page, "citizenship", "us_citizen")
    assert submit(page).kind == "check"
    assert page.evaluate("() => window.stillTheSamePage === true")
    assert [r.url for r in watch.requests].count(
        next(r.url for r in watch.requests if r.url.endswith(".wasm"))
    ) == 1


def test_back_while_another_page_is_still_loading_shows_the_screener_not_that_page(
    cases, context_factory, site
):
    """Material puts the new address in the bar as soon as a link is clicked, then fetches the
    page. A reader on a slow link who presses Back before it arrives must get the check page
    (a fresh one: leaving takes the answers), never the other page's text under its address."""
    (case,) = _cases(cases, "C25")
    context, _ = context_factory(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    open_screener(page, site)
    complete(page, case["answers"])
    settled(page)
    held = []  # the law page's request, held until the reader has pressed Back
    page.route(re.compile(re.escape(site.url + "law/") + "$"), lambda route: held.append(route))
    page.click('.md-nav--primary a.md-nav__link[href$="law/"]')
    page.wait_for_url(site.url + "law/")
    for _ in range(100):
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "the law page was never requested"
    page.go_back()
    page.wait_for_url(check_page_address(site))
    for route in held:  # the law page arrives after all
        try:
            route.continue_()
        except Exception:  # noqa: BLE001 - Material cancelled it: nothing to deliver
            pass
    page.wait_for_selector('[data-screener] form[data-question="court"]')
    page.wait_for_timeout(1000)  # time for a late law page to be put in
    assert page.locator("[data-screener]").count() == 1
    assert page.locator("article h1").inner_text() != "The law, word for word"
    assert check_page_address(site).fullmatch(page.url), page.url


def test_a_reader_faster_than_the_download_sees_real_progress(context_factory, site):
    """The questions come from the interview map while Python loads, but "Check your answers"
    shows what Python read: a reader who gets there first waits, and sees real progress."""
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
    answer(page, "court", "state")
    assert submit(page).id == "citizenship"  # from the map: Python is not in yet
    assert page.get_attribute("[data-screener]", "data-engine") == "loading"
    answer(page, "citizenship", "us_citizen")  # the last question a state case asks
    tab_to(page, "[data-host] button[type=submit]")
    page.keyboard.press("Enter")
    seen = []
    pattern = re.compile(r"Getting the checker ready: (\d+\.\d) of (\d+\.\d) MB")
    violations = None
    while step(page).id == "citizenship":
        if page.is_visible("[data-wait]"):
            seen.append(page.inner_text("[data-wait] [data-wait-text]"))
            if violations is None:
                violations = axe_violations(page)
        page.wait_for_timeout(150)
        assert len(seen) < 400, "Python never became ready"
    assert step(page).kind == "check" and _heading_has_focus(page)
    figures = [tuple(map(float, m.groups())) for m in map(pattern.search, seen) if m]
    assert figures, seen
    loaded = [a for a, _ in figures]
    assert loaded == sorted(loaded) and 0 < max(loaded) <= figures[0][1]
    assert len(set(loaded)) >= 3, "progress should move while the reader waits"
    assert page.locator("[data-wait]").is_hidden()
    assert violations == [], violations


FALLBACK_TITLES = {
    "network": "The checker did not download",
    "browser": "The checker cannot run in this browser",
    "ours": "Something went wrong on our side",
}


def _assert_fallback(page, site, cause):
    """The way out, in words that fit the cause, with focus on it."""
    fallback = page.locator("[data-fallback]")
    fallback.wait_for(state="visible", timeout=60_000)
    assert page.get_attribute("[data-screener]", "data-engine") == "failed"
    shown = fallback.locator("[data-fallback-cause]:visible")
    assert shown.count() == 1 and shown.get_attribute("data-fallback-cause") == cause
    assert shown.locator(".admonition-title").inner_text() == FALLBACK_TITLES[cause]
    link = fallback.locator("a", has_text="Check by hand")
    assert link.evaluate("a => a.href") == site.url + "check-by-hand/"
    assert page.locator("[data-host]").is_hidden()
    assert page.locator("[data-screener] [data-action=back]").is_hidden()
    assert page.evaluate("() => document.activeElement.matches('[data-fallback]')")
    page.wait_for_function(
        "(title) => document.querySelector('[data-status]').textContent.startsWith(title)",
        arg=FALLBACK_TITLES[cause],
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
    _assert_fallback(page, site, "network")


def test_without_webassembly_at_all_the_page_says_so_at_once(context_factory, site):
    context, _ = context_factory()
    context.add_init_script("delete globalThis.WebAssembly;")
    page = context.new_page()
    page.goto(site.url + "check/")
    _assert_fallback(page, site, "browser")
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
    _assert_fallback(page, site, "network")


def test_when_the_policy_forbids_webassembly_the_page_shows_the_way_out(context_factory, site):
    """Without 'wasm-unsafe-eval' loadPyodide never settles: the page finds out before it starts."""
    context, watch = context_factory()
    watch.expect_console(r"securitypolicyviolation|WebAssembly|wasm|unsafe-eval")
    no_wasm = _short_timeouts(lambda html: html.replace(" 'wasm-unsafe-eval'", "", 1))
    context.route(site.url + "check/", no_wasm)
    page = context.new_page()
    page.goto(site.url + "check/")
    _assert_fallback(page, site, "browser")
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


def test_when_the_checker_itself_fails_the_page_says_it_is_our_side(context_factory, site):
    """A checker that raises (a bug): the reader is told it is our mistake, not theirs."""
    import io
    import zipfile

    (shipped,) = (site.dir / "assets" / "checker").glob("checker-en-*.zip")  # the English page's
    broken = io.BytesIO()
    with zipfile.ZipFile(shipped) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.endswith("checker/web.py"):
                data += (
                    b"\n_working_step = step\n\n\n"
                    b"def step(answers_json, today_iso=None, lang='en'):\n"
                    b"    if answers_json != '{}':\n        raise RuntimeError('a bug')\n"
                    b"    return _working_step(answers_json, today_iso, lang)\n"
                )
            target.writestr(item, data)
    context, watch = context_factory()
    context.route("**/checker-en-*.zip", lambda route: route.fulfill(body=broken.getvalue()))
    page = context.new_page()
    open_screener(page, site)
    wait_ready(page)
    answer(page, "court", "federal")
    tab_to(page, "button[type=submit]")
    page.keyboard.press("Enter")
    _assert_fallback(page, site, "ours")


def test_a_file_missing_from_the_site_is_our_side_not_the_readers(context_factory, site):
    context, watch = context_factory()
    watch.expect_console(r"status of 404|Failed to load resource")
    context.route("**/checker-*.zip", lambda route: route.fulfill(status=404, body="gone"))
    page = context.new_page()
    page.goto(site.url + "check/")
    _assert_fallback(page, site, "ours")


def _texts(page, selector: str) -> list[str]:
    return page.eval_on_selector_all(selector, "els => els.map((e) => e.textContent.trim())")


def _retype(page, qid: str, day: str, month: str, year: str) -> None:
    for part, text in (("day", day), ("month", month), ("year", year)):
        tab_to(page, f'[name="{qid}-{part}"]')
        page.keyboard.press("Control+A")
        page.keyboard.press("Backspace")
        if text:
            page.keyboard.type(text)


def _invalid(page) -> list[str]:
    return page.eval_on_selector_all("[data-host] [aria-invalid=true]", "els => els.map(e => e.id)")


@pytest.mark.parametrize("width, height", [(390, 844)])
def test_a_mistyped_date_or_age_is_refused_at_the_field_and_every_answer_is_kept(
    width, height, context_factory, site
):
    context, _ = context_factory(viewport={"width": width, "height": height})
    page = context.new_page()
    open_screener(page, site)
    answer(page, "court", "federal")
    submit(page)
    answer(page, "offense", "simple_possession")
    assert submit(page).id == "offense_date"

    day_wrong = "Enter the day as a number, like 5."
    for day, month, year, message, parts in (
        ("1a", "3", "2024", day_wrong, ["day"]),
        ("l5", "3", "2024", day_wrong, ["day"]),
        ("O1", "3", "2024", day_wrong, ["day"]),
        ("-1", "3", "2024", day_wrong, ["day"]),
        ("1", "3", "-202", "Enter the year as a number, like 2024.", ["year"]),
        ("1", "3", "24", "Enter the year with 4 digits, like 2024.", ["year"]),
        ("1", "", "2024", "Enter the month.", ["month"]),
    ):
        _retype(page, "offense_date", day, month, year)
        now = submit(page)
        assert now == step(page) and now.id == "offense_date" and now.error, (day, year)
        assert page.get_attribute("[data-screener]", "data-engine") == "ready"
        assert _texts(page, ".screener-error-summary li") == [message]
        assert message in page.inner_text("#offense_date-error")
        assert _invalid(page) == [f"offense_date-{p}" for p in parts]  # only the wrong part
        link = page.get_attribute(".screener-error-summary a", "href")
        assert link == f"#offense_date-{parts[0]}"
        assert page.evaluate("() => document.activeElement.matches('.screener-error-summary')")
        assert page.input_value('[name="offense_date-day"]') == day  # kept as typed

    # A date and "I don't know" together: said, not silently one of them.
    _retype(page, "offense_date", "1", "3", "2024")
    tab_to(page, "#offense_date-not_sure")
    page.keyboard.press("Space")
    assert submit(page).error
    assert _texts(page, ".screener-error-summary li") == [
        "Enter a date or choose “I don't know”, not both."
    ]
    tab_to(page, "#offense_date-not_sure")
    page.keyboard.press("Space")
    assert submit(page).id == "citizenship"

    for qid, value in (
        ("citizenship", "permanent_resident"),
        ("stage", "charged"),
        ("prior_drug_record", ["none"]),
        ("prior_3607", "no"),
        ("had_prescription", "no"),
        ("consent", "yes"),
    ):
        assert step(page).id == qid
        answer(page, qid, value)
        submit(page)
    assert step(page).id == "birth_date"
    answer(page, "birth_date", "2020-01-01")
    assert submit(page).error
    assert "younger than 10 on the date of the offense" in page.inner_text(
        ".screener-error-summary"
    )
    _retype(page, "birth_date", "", "", "")
    answer(page, "birth_date", "not_sure")
    assert submit(page).id == "age_at_offense"
    answer(page, "age_at_offense", "9")
    assert submit(page).error
    assert _texts(page, ".screener-error-summary li") == [
        "Enter your age on the date of the offense, from 10 to 120."
    ]
    assert _invalid(page) == ["age_at_offense"]
    answer(page, "age_at_offense", "not_sure")  # 9 still typed: both
    assert submit(page).error
    assert _texts(page, ".screener-error-summary li") == [
        "Enter a number or choose “I don't know”, not both."
    ]
    tab_to(page, "#age_at_offense")
    page.keyboard.press("Control+A")
    page.keyboard.type("19")
    answer(page, "age_at_offense", "not_sure")  # untick
    assert submit(page).kind == "check"
    rows = dict(
        zip(
            _texts(page, ".screener-summary dt"),
            _texts(page, ".screener-summary dd.screener-summary__value"),
            strict=True,
        )
    )
    assert rows["On what date did the offense happen?"] == "March 1, 2024"
    assert rows["How old were you on the date of the offense?"] == "19"
    assert len(rows) == 11  # every answer kept, none asked twice


def test_change_keeps_every_later_answer_and_asks_only_what_is_new(watched, site):
    page, _ = watched
    open_screener(page, site)
    answers = dict(CHARGED)
    complete(page, answers)
    before = current(page)
    page.keyboard.press("Shift+Tab")  # from the result's heading to the Back link
    page.keyboard.press("Enter")
    assert wait_for_new_step(page, before).kind == "check"
    rows_before = _texts(page, ".screener-summary dd.screener-summary__value")

    # Records: add a conviction. One new question, then straight back to the check step.
    tab_to(page, '[data-change="prior_drug_record"]')
    page.keyboard.press("Enter")
    assert step(page).id == "prior_drug_record"
    answer(page, "prior_drug_record", ["none"])  # untick "None"
    answer(page, "prior_drug_record", ["conviction"])
    assert submit(page).id == "prior_record_before_offense"
    answer(page, "prior_record_before_offense", "no")
    now = submit(page)
    assert now.kind == "check", now
    rows = _texts(page, ".screener-summary dd.screener-summary__value")
    assert len(rows) == len(rows_before) + 1
    assert rows[-1] == "June 27, 2000"  # the last answer is still there, as given

    # The offense date, to before the marijuana pardons: asks about marijuana, then back.
    tab_to(page, '[data-change="offense_date"]')
    page.keyboard.press("Enter")
    assert step(page).id == "offense_date"
    assert page.input_value('[name="offense_date-day"]') == "1"
    _retype(page, "offense_date", "5", "5", "2020")
    assert submit(page).id == "substance"
    answer(page, "substance", "other")
    assert submit(page).kind == "check"
    asked = page.eval_on_selector_all("[data-change]", "els => els.map(e => e.dataset.change)")
    assert set(asked) == set(answers) | {"prior_record_before_offense", "substance"}
    assert "May 5, 2020" in _texts(page, ".screener-summary dd.screener-summary__value")
    assert submit(page).kind == "result"


def test_the_browsers_back_and_forward_move_between_steps(cases, watched, site):
    page, _ = watched
    open_screener(page, site)
    addresses = [page.url]

    def go(direction) -> object:
        before = current(page)
        (page.go_back if direction == "back" else page.go_forward)()
        now = wait_for_new_step(page, before)
        addresses.append(page.url)
        assert _heading_has_focus(page), now
        return now

    answer(page, "court", "federal")
    submit(page)
    addresses.append(page.url)
    answer(page, "offense", "simple_possession")
    assert submit(page).id == "offense_date"
    addresses.append(page.url)
    assert go("back").id == "offense" and page.is_checked("#offense-simple_possession")
    assert go("back").id == "court" and page.is_checked("#court-federal")
    assert go("forward").id == "offense"
    assert go("forward").id == "offense_date"
    assert go("back").id == "offense"
    # Continue after going back: the next question again, as it was left (here: empty).
    assert submit(page).id == "offense_date"
    addresses.append(page.url)

    (case,) = _cases(cases, "C01")  # a federal possession case, like the answers above
    run = complete(page, case["answers"])
    addresses.append(page.url)
    assert go("back").kind == "check"
    last_question = run.steps[-3]
    assert go("back").id == last_question.id
    assert go("forward").kind == "check"
    assert go("forward").kind == "result"
    assert page.get_attribute("[data-outcome]", "data-outcome") == case["expected"]["outcome"]

    # The address carries a step number and nothing else: no answer, no question id.
    pattern = check_page_address(site)
    assert all(pattern.fullmatch(a) for a in addresses), addresses
    assert len(set(addresses)) > 3


def _layout_shifts(page) -> list[dict]:
    return page.evaluate("() => window.layoutShifts")


LAYOUT_SHIFTS = """
window.layoutShifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    window.layoutShifts.push({value: e.value, input: e.hadRecentInput,
      sources: e.sources.map((s) => s.node?.className || s.node?.nodeName || "")});
  }
}).observe({type: "layout-shift", buffered: true});
"""


@pytest.mark.parametrize("width, height", [(390, 844), (1024, 800)])
def test_the_check_page_does_not_shift_when_the_screener_appears(
    width, height, context_factory, site
):
    context, _ = context_factory(viewport={"width": width, "height": height})
    context.add_init_script(LAYOUT_SHIFTS)
    page = context.new_page()
    page.goto(site.url + "check/")
    page.wait_for_selector("html.js", state="attached")  # Material's bundle has run
    wait_ready(page)
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => setTimeout(done)))")
    # Material's bundle reveals its search and colour-scheme buttons in the header, which nudges
    # the language switch beside them (about 0.001-0.003): Material's, not the screener's.
    shifts = [s for s in _layout_shifts(page) if not s["input"]]
    assert [s for s in shifts if s["sources"] != ["md-header__option"]] == []
    assert sum(s["value"] for s in shifts) < 0.01


def test_the_error_summary_is_not_under_back_to_top(context_factory, site):
    """Material shows "Back to top" under its header when the page scrolls up. On the check page
    it stays away while the screener runs (issue 20.7: it covered each new step on phones), and
    the summary the focus moves to lands below the header, even when it was already on the
    screen there."""
    context, _ = context_factory(viewport={"width": 1024, "height": 800}, reduced_motion="reduce")
    page = context.new_page()
    open_screener(page, site)
    answer(page, "court", "federal")
    assert submit(page).id == "offense"
    spot = page.evaluate(
        "() => document.querySelector('[data-host] [data-errors]').getBoundingClientRect().top"
        " + scrollY"
    )
    page.evaluate("(y) => scrollTo(0, y)", spot - 95 + 200)
    page.mouse.move(500, 400)
    page.mouse.wheel(0, -200)  # the way "Back to top" is called
    page.wait_for_timeout(300)
    assert page.eval_on_selector(".md-top", "e => getComputedStyle(e).display") == "none"
    page.evaluate(
        "() => document.querySelector('[data-host] button[type=submit]')"
        ".focus({preventScroll: true})"
    )
    page.keyboard.press("Enter")  # nothing chosen: the summary appears and takes focus
    page.wait_for_selector(".screener-error-summary")
    assert page.evaluate("() => document.activeElement.matches('.screener-error-summary')")
    header, summary = page.evaluate(
        """() => [".md-header", ".screener-error-summary"].map((s) => {
          const r = document.querySelector(s).getBoundingClientRect();
          return {top: r.top, bottom: r.bottom};
        })"""
    )
    assert summary["top"] >= header["bottom"], (header, summary)
