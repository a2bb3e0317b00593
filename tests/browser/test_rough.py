"""Rough handling (issue 20): the language switch warns before answers in memory are lost
(instant navigation does not bypass it), the papers come at a result reached offline once
Python is in, and the way out speaks the page's language."""

from __future__ import annotations

import pytest

from tools.build.screener_texts import texts
from tools.lang.site_i18n import t

from .drive import (
    answer,
    axe_violations,
    complete,
    open_screener,
    settled,
    step,
    submit,
    tab_to,
    wait_ready,
)

pytestmark = pytest.mark.browser

SWITCH = "a[data-lang-switch]"
OTHER = {"en": ("check/", "es/check/"), "es": ("es/check/", "check/")}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_language_switch_warns_before_the_answers_are_lost(context_factory, site, lang):
    here, there = OTHER[lang]
    context, _ = context_factory(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    asked: list[str] = []
    page.on("dialog", lambda d: (asked.append(d.type), d.accept()))
    # Reached by instant navigation, as most readers come.
    page.goto(site.url + here.removesuffix("check/"))
    page.wait_for_selector("html.js", state="attached")
    page.evaluate("() => { window.stillTheSamePage = true; }")
    page.click(f'.md-content a[href$="check/"]:not({SWITCH})')
    page.wait_for_selector("[data-screener] form[data-question=court]")
    assert page.evaluate("() => window.stillTheSamePage === true"), "not instant navigation"
    answer(page, "court", "federal")
    assert submit(page).id == "offense"
    answer(page, "offense", "simple_possession")  # ticked, not yet sent

    settled(page)
    page.click(SWITCH)
    warning = page.locator("[data-switch-warning]")
    warning.wait_for()
    assert page.url.startswith(site.url + here)
    words = texts(lang)
    assert words["switch_title"] in warning.inner_text()
    assert page.evaluate("() => document.activeElement.matches('[data-switch-warning]')")
    page.mouse.move(0, 500)  # off the header: its hover colour is Material's, not ours
    assert axe_violations(page) == []
    assert step(page).id == "offense"
    assert page.is_checked("[name=offense][value=simple_possession]")

    # Stay: the warning goes, focus returns to the switch, the answers are all there.
    tab_to(page, "[data-switch-warning] [data-action=switch-stay]")
    page.keyboard.press("Enter")
    assert warning.count() == 0
    assert page.evaluate(f"() => document.activeElement.matches('{SWITCH}')")
    assert submit(page).id == "offense_date"

    # By keyboard again, and this time switch: the other language's page, fresh, no prompt.
    tab_to(page, SWITCH)
    page.keyboard.press("Enter")
    tab_to(page, "[data-switch-warning] [data-action=switch-go]")
    page.keyboard.press("Enter")
    page.wait_for_url(site.url + there)
    page.wait_for_selector("[data-screener] form[data-question=court]")
    assert asked == []
    assert page.evaluate("() => window.stillTheSamePage === undefined")

    # With nothing answered the switch just switches.
    page.click(SWITCH)
    page.wait_for_url(site.url + here)
    assert asked == []


def test_offline_at_the_result_the_papers_still_come(cases, context_factory, site):
    """Python in, then the connection drops: the result's papers (papers.js, preloaded once
    Python is ready) still come."""
    case = next(c for c in cases if c["id"] == "C37")
    context, watch = context_factory()
    watch.expect_console(r"ERR_INTERNET_DISCONNECTED|Failed to load resource")
    page = context.new_page()
    open_screener(page, site)
    wait_ready(page)
    page.wait_for_timeout(500)  # papers.js is asked for as Python is in; let it arrive
    context.set_offline(True)
    complete(page, case["answers"])
    page.wait_for_selector("button[data-paper=dismissal_motion]", timeout=30_000)
    assert page.locator(".screener-papers-missing").count() == 0


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_way_out_is_announced_in_the_pages_language(context_factory, site, lang):
    context, watch = context_factory()
    watch.expect_console(r"Failed to load resource|Failed to fetch|wasm|WebAssembly")
    context.route("**/*.wasm", lambda route: route.abort())
    page = context.new_page()
    page.goto(site.url + OTHER[lang][0])
    page.locator("[data-fallback]").wait_for(state="visible", timeout=60_000)
    title = t("The checker did not download", lang)
    expected = texts(lang)["by_hand_instead"].format(title=title)
    page.wait_for_function(
        "(text) => document.querySelector('[data-status]').textContent === text", arg=expected
    )
    if lang == "es":
        assert "Check by hand" not in expected


def test_the_back_to_top_pill_never_covers_a_step(context_factory, site):
    """Material's pill shows as the page scrolls up, as each new step does: on a phone it
    covered the step's first lines. Not on the check page while the screener runs."""
    context, _ = context_factory(viewport={"width": 360, "height": 740})
    page = context.new_page()
    open_screener(page, site)
    answer(page, "court", "federal")
    submit(page)
    page.mouse.wheel(0, 600)
    page.mouse.wheel(0, -300)  # scrolling up is what calls the pill
    page.wait_for_timeout(300)
    assert page.eval_on_selector(".md-top", "e => getComputedStyle(e).display") == "none"
    page.goto(site.url + "law/")
    page.wait_for_selector("html.js", state="attached")
    assert page.eval_on_selector(".md-top", "e => getComputedStyle(e).display") != "none"


def _wire_total(site, config: dict) -> int:
    """What the worker's files cost on the wire, as the server sends them (gzip when it may)."""
    import urllib.request

    total = 0
    for path in config["sizes"]:
        request = urllib.request.Request(site.url + path, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as response:
            total += int(response.headers["Content-Length"])
    return total


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_loading_line_counts_the_bytes_the_data_plan_pays(context_factory, site, lang):
    """Issue 20.7: it said "5.3 of 10.1 MB" (unpacked sizes) while about 4.5 MB crossed the
    network. A slow link, so that the line shows while the download runs."""
    import json

    context, _ = context_factory()
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    slow = {"offline": False, "latency": 20, "downloadThroughput": 400_000}
    cdp.send("Network.emulateNetworkConditions", {**slow, "uploadThroughput": 400_000})
    open_screener(page, site, OTHER[lang][0])
    config = json.loads(page.get_attribute("[data-screener]", "data-config"))
    wire = _wire_total(site, config)
    assert wire < sum(config["sizes"].values()) * 0.7  # gzip: the unpacked total is no measure
    answer(page, "court", "state")
    assert submit(page).id == "citizenship"
    answer(page, "citizenship", "us_citizen")
    tab_to(page, "[data-screener] [data-host] > * button[type=submit]")
    page.keyboard.press("Enter")  # "Check your answers" waits for Python
    page.wait_for_selector("[data-wait]", state="visible")
    total = texts(lang)["loading"].split("{total}")[0].split("{loaded}")[1]  # " of " / " de "
    expected = f"{total}{wire / 1e6:.1f} MB"
    page.wait_for_function(
        "(text) => document.querySelector('[data-wait-text]').textContent.endsWith(text)",
        arg=expected,
        timeout=30_000,
    )


def test_with_save_data_on_the_big_download_waits_for_a_tap(context_factory, site):
    context, watch = context_factory()
    context.add_init_script(
        'Object.defineProperty(Navigator.prototype, "connection", '
        "{get: () => ({saveData: true, addEventListener() {}})});"
    )
    page = context.new_page()
    open_screener(page, site)
    saver = page.locator("[data-save-data]")
    saver.wait_for()
    answer(page, "court", "federal")  # the map still leads the way
    assert submit(page).id == "offense"
    page.wait_for_timeout(1000)
    assert not [r for r in watch.requests if r.url.endswith(".wasm")]
    assert page.get_attribute("[data-screener]", "data-engine") == "loading"
    tab_to(page, "[data-save-data] button")
    page.keyboard.press("Enter")
    wait_ready(page)
    assert saver.count() == 0
    assert [r for r in watch.requests if r.url.endswith(".wasm")]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_without_javascript_the_check_page_says_only_what_works(context_factory, site, lang):
    context, _ = context_factory(java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + OTHER[lang][0])
    text = page.inner_text("article")
    for words in ("one at a time", "una a la vez", "below", "abajo", "Save my", "Guardar mis"):
        assert words not in text, words
    link = page.locator("article noscript .admonition.warning a, article .admonition.warning a")
    link = link.first
    assert link.evaluate("a => a.href").endswith("check-by-hand/")


def test_start_again_leaves_no_dead_history_entries(context_factory, site):
    """Issue 20.7: after "Start again", Back and Forward stayed on question 1 while the address
    changed. Now Back from the new question 1 leaves the page, as from a fresh one."""
    context, _ = context_factory()
    page = context.new_page()
    page.goto(site.url + "law/")
    page.wait_for_selector("html.js", state="attached")
    open_screener(page, site)
    answer(page, "court", "state")
    assert submit(page).id == "citizenship"
    answer(page, "citizenship", "us_citizen")
    assert submit(page).kind == "check"
    assert submit(page).kind == "result"
    settled(page)
    tab_to(page, "[data-action=restart]")
    page.keyboard.press("Enter")
    page.wait_for_url(site.url + "check/")
    assert step(page).id == "court"
    answer(page, "court", "federal")
    assert submit(page).id == "offense"
    page.go_back()
    page.wait_for_url(site.url + "check/")
    assert step(page).id == "court"
    page.go_back()
    page.wait_for_url(site.url + "law/")
    page.go_forward()
    page.wait_for_url(site.url + "check/")


def test_english_paper_titles_on_the_spanish_page_say_so(cases, context_factory, site):
    """WCAG 3.1.2: the papers stay in English; their titles on the Spanish page carry lang="en"
    (a Spanish reading copy, ID_es, does not)."""
    case = next(c for c in cases if c["id"] == "C37")
    context, _ = context_factory()
    page = context.new_page()
    open_screener(page, site, "es/check/")
    complete(page, case["answers"])
    page.wait_for_selector(".screener-papers__title")
    items = page.eval_on_selector_all(
        ".screener-papers__paper",
        """els => els.map((li) => [li.querySelector("[data-paper]").dataset.paper,
          li.querySelector(".screener-papers__title").lang,
          [...li.querySelectorAll("button .screener-visually-hidden")].map((s) => s.lang)])""",
    )
    assert items
    for paper, lang, hidden in items:
        # a Spanish copy is Spanish: marked "es" (papers.js) or left to the page's own lang
        wanted = {"", "es"} if paper.endswith("_es") else {"en"}
        assert lang in wanted and set(hidden) <= wanted, (paper, lang, hidden)


def test_after_a_reload_back_leaves_the_page_instead_of_stopping_on_dead_steps(
    context_factory, site
):
    """Issue 20.7: after a reload, Back stayed on question 1 while the address went ?step=2,
    ?step=1: steps whose page the reload replaced. Now the address is question 1's, and Back
    goes to the page before, as from a fresh check page."""
    context, _ = context_factory()
    page = context.new_page()
    page.on("dialog", lambda dialog: dialog.accept())  # "leave this page?" after answers
    page.goto(site.url + "law/")
    page.wait_for_selector("html.js", state="attached")
    open_screener(page, site)
    answer(page, "court", "federal")
    assert submit(page).id == "offense"
    answer(page, "offense", "simple_possession")
    assert submit(page).id == "offense_date"
    page.reload()
    page.wait_for_selector("[data-screener] form[data-question=court]")
    assert page.url == site.url + "check/"
    page.go_back()
    page.wait_for_url(site.url + "law/")
    page.wait_for_selector("html.js", state="attached")
