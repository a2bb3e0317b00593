"""What a reader keeps (checker/keep.py through checker/web.py): the answers file comes back to
the same result, a file that cannot be trusted is refused with one message and nothing from it,
and the calendar reminder is valid RFC 5545 (read by the `icalendar` package) with the checker's
dates."""

from __future__ import annotations

import calendar
import datetime as dt
import json

import icalendar
import pytest

from checker import keep, web
from checker.codes import Outcome
from checker.i18n import day_text, tr
from checker.questions import next_question
from tests.conftest import load_cases

TODAY = "2026-12-05"
NEUTRAL = {  # answers the example cases leave out (tests/browser/drive.py)
    "had_prescription": "no",
    "birth_date": "not_sure",
    "court_state": "not_sure",
    "status_on_pardon_date": "yes",
    "lawful_presence_at_offense": "yes",
}


def interview(case: dict) -> dict | None:
    """The answers a reader gives for this case, question by question; None for a case the
    interview cannot finish (an answer missing or refused: no result to save)."""
    answers = {**NEUTRAL, **case["answers"]}
    given: dict = {}
    while (question := next_question(given)) is not None:
        if question.id in given or question.id not in answers:
            return None
        given[question.id] = answers[question.id]
    return given


CASES = [c for c in load_cases() if interview(c) is not None]


def call(fn, *args) -> dict:
    return json.loads(fn(*args))


def saved(answers: dict, lang: str = "en") -> str:
    made = call(web.save_answers, json.dumps(answers), TODAY, lang)
    assert made["name"].endswith(".json")
    return made["text"]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_every_example_case_saved_and_opened_reaches_the_same_result(case, lang):
    answers = interview(case)
    before = call(web.step, json.dumps(answers), TODAY, lang)
    opened = call(web.open_answers, saved(answers, lang), TODAY, lang)
    assert "file_error" not in opened
    assert opened["next"] is None and opened["errors"] == []
    assert opened["result"] == before["result"]
    assert opened["answers"] == before["answers"]


def test_the_file_holds_the_format_the_version_the_date_and_only_the_answers_asked():
    answers = interview(CASES[0])
    fields = json.loads(saved({**answers, "probation_months": 7}))  # never asked here
    assert list(fields) == list(keep.KEYS)
    assert fields["format"] == keep.FORMAT and fields["version"] == keep.VERSION
    assert fields["saved"] == TODAY and fields["checker"] == keep.CHECKER
    assert fields["answers"] == answers


def _file(**changes) -> str:
    fields = json.loads(saved(interview(CASES[0])))
    fields.update(changes)
    return json.dumps(fields)


def _resealed(**changes) -> str:
    fields = json.loads(_file(**changes))
    fields["check"] = keep._check(fields)
    return json.dumps(fields)


def _without(fields: dict, key: str) -> dict:
    return {k: v for k, v in fields.items() if k != key}


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10".decode("latin-1")
REFUSED = [
    ("photo", PNG, keep.NOT_OURS),
    ("empty", "", keep.NOT_OURS),
    ("not an object", "[1, 2]", keep.NOT_OURS),
    ("another format", _resealed(format="something-else"), keep.NOT_OURS),
    ("version as text", _resealed(version="1"), keep.NOT_OURS),
    ("version true", _resealed(version=True), keep.NOT_OURS),
    ("too large", _file() + " " * keep.MAX_BYTES, keep.TOO_LARGE),
    ("newer", _resealed(version=keep.VERSION + 1), keep.NEWER),
    ("unknown key", _resealed(extra="x"), keep.UNKNOWN),
    ("key missing", json.dumps(_without(json.loads(_file()), "saved")), keep.UNKNOWN),
    ("unknown question", _resealed(answers={"court": "federal", "name": "Ana"}), keep.UNKNOWN),
    ("markup", _resealed(answers={"court": "<img src=x onerror=alert(1)>"}), keep.UNKNOWN),
    ("an object", _resealed(answers={"offense_date": {"day": "1"}}), keep.UNKNOWN),
    ("answers a list", _resealed(answers=["court"]), keep.UNKNOWN),
    ("changed by hand", _file(answers={**interview(CASES[0]), "court": "state"}), keep.CHANGED),
    ("check missing", _file(check=""), keep.CHANGED),
]  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(("text", "why"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_a_file_that_cannot_be_trusted_gets_one_message_and_nothing_from_it(text, why, lang):
    reply = call(web.open_answers, text, TODAY, lang)
    assert reply == {"file_error": tr(why, lang)}


def test_an_answer_the_checker_refuses_takes_the_reader_to_it_with_the_reason():
    answers = interview(CASES[0])
    reply = call(web.open_answers, _resealed(answers={**answers, "offense_date": "2099-01-01"}),
                 TODAY, "en")  # fmt: skip
    assert reply["next"] == "offense_date" and "future" in reply["errors"][0]["message"]
    assert "offense_date" not in reply["path"]


def test_an_older_file_without_a_later_question_asks_it():
    answers = interview(CASES[0])
    last = list(answers)[-1]
    reply = call(web.open_answers, _resealed(answers=_without(answers, last)), TODAY, "en")
    assert reply["next"] == last and reply["errors"] == []


# --- The calendar reminder ----------------------------------------------------------------------


def reference_end(start: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day (calendar.monthrange)."""
    year, month = divmod(start.month - 1 + months, 12)
    year, month = start.year + year, month + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@pytest.mark.parametrize(
    ("start", "months"),
    [(dt.date(2026, 1, 31), 1), (dt.date(2027, 1, 31), 13), (dt.date(2026, 12, 15), 12),
     (dt.date(2024, 2, 29), 12), (dt.date(2026, 3, 31), 6), (dt.date(2026, 8, 1), 5)],
)  # fmt: skip
def test_the_probation_ends_on_the_same_day_months_later_or_the_months_last_day(start, months):
    end, follow_up = keep.probation_dates(start, months)
    assert end == reference_end(start, months)
    assert follow_up - end == dt.timedelta(days=keep.FOLLOW_UP_DAYS)


REMINDED = [
    c for c in CASES if call(web.step, json.dumps(interview(c)), TODAY)["result"]["reminder"]
]


def test_the_reminder_is_offered_for_each_running_probation_and_only_there():
    assert REMINDED, "no example case has a date to act on"
    for case in CASES:
        result = call(web.step, json.dumps(interview(case)), TODAY)["result"]
        running = result["outcome"] == Outcome.ON_PROBATION_DISMISSAL_DUE
        assert result["reminder"] == running, case["id"]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("case", REMINDED, ids=[c["id"] for c in REMINDED])
def test_the_reminder_is_valid_icalendar_with_the_checkers_dates(case, lang):
    answers = interview(case)
    months = answers["probation_months"]
    start = dt.date.fromisoformat(TODAY) - dt.timedelta(days=20)
    typed = {"day": str(start.day), "month": str(start.month), "year": str(start.year)}
    made = call(web.calendar, json.dumps(answers), json.dumps(typed), TODAY, lang)
    text = made["text"]
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    parsed = icalendar.Calendar.from_ical(text)
    assert parsed.name == "VCALENDAR" and parsed["VERSION"] == "2.0"
    (event,) = parsed.walk("VEVENT")
    end, follow_up = keep.probation_dates(start, months)
    assert end == reference_end(start, months)
    assert event.decoded("DTSTART") == end and type(event.decoded("DTSTART")) is dt.date
    assert event.decoded("DTEND") == end + dt.timedelta(days=1)
    words = day_text(follow_up, lang)
    assert words in str(event["DESCRIPTION"]) and made["follow_up"] == words
    assert str(event["SUMMARY"]) == tr(keep.SUMMARY, lang)
    for code in {str(v) for v in answers.values()} - {"yes", "no", "none", "12"}:
        assert code not in text, code  # no answer code in it


@pytest.mark.parametrize(
    ("typed", "words"),
    [({"day": "1", "month": "1", "year": "2099"}, "future"),
     ({"day": "1", "month": "1", "year": "2020"}, "before the offense"),
     ({"day": "1", "month": "4", "year": "2025"}, "already ended"),
     ({"day": "31", "month": "2", "year": "2026"}, "does not exist"),
     ({"day": "", "month": "3", "year": ""}, "Enter the day and the year")],
)  # fmt: skip
def test_a_start_day_that_cannot_be_is_refused_with_why(typed, words):
    answers = interview(REMINDED[0])
    made = call(web.calendar, json.dumps(answers), json.dumps(typed), TODAY, "en")
    assert "text" not in made and words in made["errors"][0]["message"]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("case", REMINDED, ids=[c["id"] for c in REMINDED])
def test_with_no_start_typed_the_reminder_is_for_the_latest_day_it_can_end(case, lang):
    """The probation started on or before today, so it ends on or before today plus its length:
    a reader who does not have the order at hand still gets a reminder, which says so."""
    answers = interview(case)
    months = answers["probation_months"]
    empty = {"day": "", "month": "", "year": ""}
    made = call(web.calendar, json.dumps(answers), json.dumps(empty), TODAY, lang)
    (event,) = icalendar.Calendar.from_ical(made["text"]).walk("VEVENT")
    today = dt.date.fromisoformat(TODAY)
    end, follow_up = keep.probation_dates(today, months)
    assert end == reference_end(today, months) and made["latest"] is True
    assert event.decoded("DTSTART") == end
    assert str(event["SUMMARY"]) == tr(keep.SUMMARY_LATEST, lang)
    description = str(event["DESCRIPTION"])
    assert day_text(today, lang) in description and day_text(follow_up, lang) in description
    assert made["end"] == day_text(end, lang)


def test_no_reminder_for_a_result_without_a_date_to_act_on():
    answers = interview(CASES[0])
    typed = {"day": "1", "month": "11", "year": "2026"}
    made = call(web.calendar, json.dumps(answers), json.dumps(typed), TODAY, "en")
    assert "text" not in made and made["errors"]
