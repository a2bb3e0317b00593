"""Keeping answers on the device (checker/keep.py): "Save my answers" on "Check your answers"
and on the result downloads the answers file through a blob: URL; "Open saved answers" on the
first step brings a reader back to the same result without answering again, in a fresh browser;
a file that cannot be trusted gets one message (role=alert) and nothing from it; a running
probation offers a calendar reminder that a real parser reads, with the checker's dates; leaving
or reloading with answers asks first. Through all of it no request carries an answer and nothing
is stored, in both languages."""

from __future__ import annotations

import datetime as dt
import json

import icalendar
import pytest

from checker import keep, web
from checker.i18n import day_text, tr
from tools.build.screener_texts import texts

from .drive import (
    NEUTRAL,
    answer,
    axe_violations,
    complete,
    open_screener,
    settled,
    step,
    stored,
    submit,
    tab_to,
    wait_ready,
)
from .test_full_run import check_requests

pytestmark = pytest.mark.browser

PAGES = {"en": "check/", "es": "es/check/"}


def _case(cases, case_id):
    return next(c for c in cases if c["id"] == case_id)


def _nothing_stored(context, page, site):
    """Nothing kept but Material's colour palette ("<site path>.__palette")."""
    kept = stored(context, page)
    assert kept["cookies"] == [] and kept["sessionStorage"] == [], kept
    assert kept["indexedDB"] == [] and kept["caches"] == [], kept
    assert [key for key, _ in kept["localStorage"]] == [f"{site.base}.__palette"], kept


def _press(page, selector):
    settled(page)
    tab_to(page, selector)
    page.keyboard.press("Enter")


def _save(page) -> str:
    with page.expect_download() as info:
        _press(page, "button[data-save-answers]")
    download = info.value
    assert download.url.startswith("blob:")
    assert download.suggested_filename.endswith(".json")
    return open(download.path(), encoding="utf-8").read()


@pytest.mark.parametrize(
    ("case_id", "lang"), [("C01", "en"), ("C35", "es"), ("C47", "en"), ("C64", "es")]
)
def test_saved_answers_open_in_a_fresh_browser_to_the_same_result(
    cases, context_factory, site, case_id, lang
):
    case = _case(cases, case_id)
    context, watch = context_factory()
    page = context.new_page()
    open_screener(page, site, PAGES[lang])
    given: dict = {}

    def at_check(page, now):
        if now.kind == "check":
            given["check"] = _save(page)

    run = complete(page, case["answers"], each_step=at_check)
    from_result = _save(page)
    saved = json.loads(from_result)
    assert saved["answers"] == json.loads(given["check"])["answers"]
    assert saved["format"] == keep.FORMAT and saved["version"] == keep.VERSION
    assert saved["answers"] == {k: v for k, v in run.given.items() if k in saved["answers"]}
    page.emulate_media(media="print")  # the printed result: nothing more is fetched or kept
    page.wait_for_timeout(200)
    page.emulate_media(media="screen")
    _nothing_stored(context, page, site)
    check_requests(watch.requests, site, run.given)

    # A fresh browser: open the file on the first step, see "Check your answers", then the result.
    fresh, fresh_watch = context_factory()
    page = fresh.new_page()
    open_screener(page, site, PAGES[lang])
    opener = page.locator("input[type=file][data-open-answers]")
    assert opener.is_visible()
    opener.set_input_files(
        files=[
            {"name": "answers.json", "mimeType": "application/json", "buffer": from_result.encode()}
        ]
    )
    page.wait_for_selector("[data-screener] form[data-step=check]")
    assert submit(page).kind == "result"
    assert page.get_attribute("[data-outcome]", "data-outcome") == run.outcome
    assert page.locator("[data-outcome] .screener-summary__row").count() == len(saved["answers"])
    _nothing_stored(fresh, page, site)
    check_requests(fresh_watch.requests, site, run.given)


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02" + bytes(4000)


def _tampered() -> bytes:
    answers = {"court": "federal", "offense": "simple_possession", "offense_date": "2024-03-01"}
    fields = json.loads(keep.answers_file(answers, dt.date.today()))
    fields["answers"]["court"] = "state"  # changed by hand, check left as it was
    return json.dumps(fields).encode()


def _markup() -> bytes:
    fields = json.loads(keep.answers_file({"court": "federal"}, dt.date.today()))
    fields["answers"]["court"] = "<img src=x onerror=alert(1)>"
    fields["check"] = keep._check(fields)
    return json.dumps(fields).encode()


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(
    ("name", "data", "why"),
    [
        ("photo.png", PNG, keep.NOT_OURS),
        ("answers.json", _tampered(), keep.CHANGED),
        ("answers.json", _markup(), keep.UNKNOWN),
        ("big.json", b"{" + b" " * 70_000 + b"}", keep.TOO_LARGE),
    ],
    ids=["photo", "tampered", "markup", "too-large"],
)
def test_a_file_that_cannot_be_trusted_is_refused_with_one_message_and_nothing_kept(
    context_factory, site, lang, name, data, why
):
    context, watch = context_factory()
    page = context.new_page()
    open_screener(page, site, PAGES[lang])
    wait_ready(page)
    page.locator("input[data-open-answers]").set_input_files(
        files=[{"name": name, "mimeType": "application/octet-stream", "buffer": data}]
    )
    alert = page.locator("[data-screener] [role=alert]", has_text=tr(why, lang))
    alert.wait_for()
    assert alert.inner_text().strip() == tr(why, lang)
    assert page.get_attribute("input[data-open-answers]", "aria-invalid") == "true"
    if name == "photo.png":
        assert axe_violations(page) == []
    assert step(page).id == "court" and not step(page).error
    assert page.eval_on_selector_all("[data-screener] input:checked", "e => e.length") == 0
    assert page.evaluate("() => document.querySelector('img[src=x]')") is None
    # Nothing from it was kept: Continue with nothing chosen is the empty-answer message.
    assert submit(page).error
    _nothing_stored(context, page, site)
    assert not [r for r in watch.requests if r.method != "GET" or r.body]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_running_probation_offers_a_calendar_reminder_with_the_checkers_dates(
    cases, context_factory, site, lang
):
    case = _case(cases, "C35")
    context, watch = context_factory()
    page = context.new_page()
    open_screener(page, site, PAGES[lang])
    run = complete(page, case["answers"])
    assert run.outcome == "on_probation_dismissal_due"
    months = {**NEUTRAL, **case["answers"]}["probation_months"]
    # Nothing typed: a reminder for the latest day the probation can end, and it says so.
    with page.expect_download() as info:
        _press(page, "button[data-calendar]")
    text = open(info.value.path(), encoding="utf-8", newline="").read()
    (event,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    latest, _ = keep.probation_dates(dt.date.today(), months)
    assert event.decoded("DTSTART") == latest
    assert str(event["SUMMARY"]) == tr(keep.SUMMARY_LATEST, lang)
    assert day_text(latest, lang) in page.locator("[data-calendar-done]").inner_text()
    # A day typed that cannot be: the reason at the field, no file.
    tab_to(page, '[name="probation_start-month"]')
    page.keyboard.type("13")
    _press(page, "button[data-calendar]")
    page.wait_for_selector("form[data-calendar-form] .screener-error-summary")
    assert axe_violations(page) == []
    page.fill('[name="probation_start-month"]', "")
    start = dt.date.today() - dt.timedelta(days=40)
    for part, value in (("day", start.day), ("month", start.month), ("year", start.year)):
        tab_to(page, f'[name="probation_start-{part}"]')
        page.keyboard.type(str(value))
    with page.expect_download() as info:
        _press(page, "button[data-calendar]")
    download = info.value
    assert download.url.startswith("blob:") and download.suggested_filename.endswith(".ics")
    text = open(download.path(), encoding="utf-8", newline="").read()
    (event,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    end, follow_up = keep.probation_dates(start, months)
    assert event.decoded("DTSTART") == end and type(event.decoded("DTSTART")) is dt.date
    assert day_text(follow_up, lang) in str(event["DESCRIPTION"])
    assert str(event["SUMMARY"]) == tr(keep.SUMMARY, lang)
    done = page.locator("[data-calendar-done]")
    assert day_text(end, lang) in done.inner_text()
    assert "screener-error-summary" not in page.inner_html("form[data-calendar-form]")
    assert axe_violations(page) == []
    expected = json.loads(web.calendar(json.dumps(run.given), json.dumps(
        {"day": str(start.day), "month": str(start.month), "year": str(start.year)}),
        dt.date.today().isoformat(), lang))["text"]  # fmt: skip
    assert text == expected
    _nothing_stored(context, page, site)
    check_requests(watch.requests, site, run.given)


def test_no_calendar_reminder_without_a_date_to_act_on(cases, context_factory, site):
    context, _ = context_factory()
    page = context.new_page()
    open_screener(page, site)
    complete(page, _case(cases, "C01")["answers"])
    assert page.locator("button[data-calendar]").count() == 0
    assert page.locator("[data-outcome] button[data-save-answers]").count() == 1


def test_leaving_with_answers_asks_first_and_after_a_reload_the_page_says_why_they_are_gone(
    context_factory, site
):
    context, _ = context_factory()
    page = context.new_page()
    open_screener(page, site)
    top = page.locator(".screener-keep-note").first
    assert "Save my answers" in top.inner_text()
    asked: list[str] = []

    def leave(dialog):
        asked.append(dialog.type)
        dialog.accept()

    page.on("dialog", leave)
    page.reload()  # nothing answered: no prompt
    page.wait_for_selector("[data-screener] form[data-question=court]")
    assert asked == []
    answer(page, "court", "federal")
    assert submit(page).id == "offense"
    page.reload()
    page.wait_for_selector("[data-screener] form[data-question=court]")
    assert asked == ["beforeunload"]
    assert page.locator("[data-reloaded]").inner_text() == texts("en")["reloaded"]
    assert page.url == site.url + "check/"  # the address is question 1's again
