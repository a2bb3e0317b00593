"""The screener's one entry point in the browser: JSON in, JSON out. It never raises.

The Web Worker calls `step(answers_json, today_iso)` after every answer. It replays the
interview over the reader's answers, question by question, and returns the next question (with
the reason the answer to it was refused, if it was) or the result.

- An answer the checker refuses is never kept, never listed and never used: the reader sees
  why at the field, and every other answer stays as it was.
- Answers to questions the interview has not reached yet (after a change on "Check your
  answers", for example) are kept and handed back, so that nobody has to answer twice. Once the
  interview ends, the answers it did not ask for are dropped: they no longer apply.
- A date or a number can come as the form's own parts, as typed: `{"day": "1a", "month": "3",
  "year": "2024", "not_sure": false}` or `{"text": "19", "not_sure": false}`. The messages
  about them (which part is wrong and how) are made here, in Python, like every other text.

Nothing here touches the network or storage; the answers live only in the page's memory.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from . import keep
from .answers import KNOWN, read_answers
from .codes import NOT_SURE, Outcome
from .engine import INTERNAL_ERROR, questions_needed
from .i18n import DEFAULT, check_lang, day_text, joined, tr
from .law import law_checked_view
from .outcomes import error_message, evaluate, flag_text, outcome_text
from .questions import BY_ID, DATE, NUMBER, QUESTIONS, Question, by_id
from .result import Result

DATE_PARTS = ("day", "month", "year")
_DIGITS = re.compile(r"[0-9]+")  # ASCII only: str.isdigit() also takes "²" and "١"
_WHOLE_NUMBER = re.compile(r"-?[0-9]{1,9}")
_PART_NAMES = {"day": "the day", "month": "the month", "year": "the year"}
OUR_SIDE = "Something went wrong on our side. Your answers were not sent anywhere."
UNREADABLE = "The answers could not be read."


def empty_message(question: Question, lang: str = DEFAULT) -> str:
    """What to say when Continue is pressed with nothing entered (the page shows it at once,
    before Python is ready; the build writes it into each question's form)."""
    if question.kind == DATE:
        if question.allow_not_sure:
            return tr("Enter the day, month and year, or choose “I don't know”.", lang)
        return tr("Enter the day, month and year.", lang)
    if question.kind == NUMBER:
        if question.allow_not_sure:
            return tr("Enter a number, or choose “I don't know”.", lang)
        return tr("Enter a number.", lang)
    if question.kind == "multiple":
        return tr("Choose at least one answer.", lang)
    if len(question.options) > 12:
        return tr("Choose one from the list.", lang)
    return tr("Choose one answer.", lang)


# --- The form's own parts -----------------------------------------------------------------------


def _text(value: Any) -> str | None:
    """A part as typed: a string, stripped; None when it is not text at all."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    return None


def _and(words: list[str], lang: str = DEFAULT) -> str:
    return joined(words, "and", lang)


def _date_part_problem(part: str, text: str | None, lang: str = DEFAULT) -> str | None:
    if text is None or not _DIGITS.fullmatch(text):
        return tr(
            {
                "day": "Enter the day as a number, like 5.",
                "month": "Enter the month as a number, like 3 for March.",
                "year": "Enter the year as a number, like 2024.",
            }[part],
            lang,
        )
    number = int(text) if len(text) <= 9 else 10**9  # a longer one is out of range anyway
    if part == "day" and not 1 <= number <= 31:
        return tr("Enter a day from 1 to 31.", lang)
    if part == "month" and not 1 <= number <= 12:
        return tr("Enter a month from 1 to 12.", lang)
    if part == "year" and len(text) != 4:
        return tr("Enter the year with 4 digits, like 2024.", lang)
    return None


def read_date_form(
    question: Question, form: dict[str, Any], lang: str = DEFAULT
) -> tuple[Any, dict[str, Any] | None]:
    """Day, month and year as typed (and the "I don't know" box) to an ISO date or NOT_SURE;
    or an error naming the parts that are wrong, so that only those are marked."""
    texts = {part: _text(form.get(part)) for part in DATE_PARTS}
    typed = [part for part, text in texts.items() if text != ""]
    not_sure = form.get(NOT_SURE) is True and question.allow_not_sure

    def error(message: str, parts: list[str]) -> tuple[None, dict[str, Any]]:
        return None, {"question": question.id, "message": message, "parts": parts}

    if not_sure and typed:
        return error(tr("Enter a date or choose “I don't know”, not both.", lang), typed)
    if not_sure:
        return NOT_SURE, None
    if not typed:
        return error(empty_message(question, lang), list(DATE_PARTS))
    missing = [part for part in DATE_PARTS if part not in typed]
    problems = {part: _date_part_problem(part, texts[part], lang) for part in typed}
    wrong = [part for part in DATE_PARTS if part in missing or problems.get(part)]
    if wrong:
        messages = []
        if missing:
            names = _and([tr(_PART_NAMES[p], lang) for p in missing], lang)
            messages.append(tr("Enter {parts}.", lang, parts=names))
        messages += [problems[p] for p in DATE_PARTS if problems.get(p)]
        return error(" ".join(messages), wrong)
    year, month, day = (int(texts[p]) for p in ("year", "month", "day"))
    try:
        dt.date(year, month, day)
    except ValueError:
        message = tr("That date does not exist. Check the day and the month.", lang)
        return error(message, ["day", "month"])
    return f"{year:04d}-{month:02d}-{day:02d}", None


def read_number_form(
    question: Question, form: dict[str, Any], lang: str = DEFAULT
) -> tuple[Any, dict[str, Any] | None]:
    """A number as typed (and the "I don't know" box): an int, NOT_SURE, or the text itself,
    which the checker then refuses with the range it takes."""
    text = _text(form.get("text"))
    not_sure = form.get(NOT_SURE) is True and question.allow_not_sure
    if not_sure and text != "":
        message = tr("Enter a number or choose “I don't know”, not both.", lang)
        return None, {"question": question.id, "message": message}
    if not_sure:
        return NOT_SURE, None
    if text == "":
        return None, {"question": question.id, "message": empty_message(question, lang)}
    if text is not None and _WHOLE_NUMBER.fullmatch(text):
        return int(text), None
    return (text if text is not None else form.get("text")), None


def _from_form(key: str, value: Any, lang: str = DEFAULT) -> tuple[Any, dict[str, Any] | None]:
    """The answer to `key` as the checker reads it, or an error about what was typed."""
    question = BY_ID.get(key)
    if question is None or not isinstance(value, dict):
        return value, None
    if question.kind == DATE:
        return read_date_form(question, value, lang)
    if question.kind == NUMBER:
        return read_number_form(question, value, lang)
    return value, None


# --- The replay -------------------------------------------------------------------------------


def _today(today_iso: Any) -> dt.date:
    if isinstance(today_iso, str):
        try:
            return dt.date.fromisoformat(today_iso)
        except ValueError:
            pass
    return dt.date.today()


def _valid_alone(key: str, value: Any, today: dt.date) -> bool:
    return key in KNOWN and read_answers({key: value}, today)[0] is not None


def _replay(
    given: dict[str, Any], refused: dict[str, dict[str, Any]], today: dt.date, lang: str = DEFAULT
) -> tuple[dict[str, Any], list[str], str | None, list[dict[str, Any]]]:
    """Walk the interview over the answers: (kept answers, path, next question, its errors).

    Each answer is added only when the interview asks its question; an answer the checker
    refuses is not kept, and its question comes next with the reason.
    """
    kept: dict[str, Any] = {}
    path: list[str] = []
    for _ in range(len(QUESTIONS) + 1):
        needed = questions_needed(kept, today)
        if not needed:
            return kept, path, None, []
        question = needed[0]
        if question in kept:  # the answer just added was refused
            _, problems = read_answers(kept, today)
            errors = [error_message(e, lang).as_dict() for e in problems if e.question == question]
            for dropped in path[path.index(question) :]:
                del kept[dropped]
            del path[path.index(question) :]
            return kept, path, question, errors
        if question in refused:
            return kept, path, question, [refused[question]]
        if question not in given:
            return kept, path, question, []
        kept[question] = given[question]
        path.append(question)
    raise RuntimeError("the interview did not end")  # each turn adds an answer or returns


def result_view(result: Result, lang: str = DEFAULT) -> dict[str, Any]:
    """`Result.as_dict()` plus what the page needs to show it: flag texts, law-page anchors,
    "What would change your result" in words, and the date the law was last checked. `result`
    already has its texts in `lang`."""
    view = result.as_dict()
    for shown, reason in zip(view["reasons"], result.reasons, strict=True):
        shown["anchor"] = reason.anchor
    notes = [(f, flag_text(f, lang)) for f in result.flags]
    view["flag_notes"] = [
        {"code": str(f), "title": n.title, "text": n.text, "level": n.level} for f, n in notes
    ]
    view["changes"] = changes_view(result, lang)
    view["same_either_way_questions"] = [by_id(lang)[q].text for q in result.same_either_way]
    view["law_checked"] = law_checked_view(lang)  # "Law checked on …" (checker/law.py)
    return view


# An answer whose other values need questions the reader has not been asked yet.
MORE_QUESTIONS = "More questions would decide it"
OTHERS_ABOVE = 6  # a group with more answers than this is shown as "any other answer"


def _or_list(labels: list[str], lang: str = DEFAULT) -> str:
    return joined(labels, "or", lang)


def changes_view(result: Result, lang: str = DEFAULT) -> list[dict[str, Any]]:
    """For each answer the result depends on: the question, where its answer is written down,
    and the answers grouped by the outcome each would give, largest group last."""
    changes = []
    for dependency in result.depends_on:
        question = by_id(lang)[dependency.question]
        groups: dict[str, list[str]] = {}
        for alternative in dependency.alternatives:
            label = alternative.label or question.label_of(alternative.answer, lang)
            groups.setdefault(str(alternative.outcome), []).append(label)
        ordered = sorted(groups.items(), key=lambda item: len(item[1]))
        shown = []
        for i, (outcome, labels) in enumerate(ordered):
            others = i == len(ordered) - 1 and len(ordered) > 1 and len(labels) > OTHERS_ABOVE
            shown.append(
                {
                    "outcome": outcome,
                    "title": (
                        tr(MORE_QUESTIONS, lang)
                        if outcome == Outcome.NEED_MORE_ANSWERS
                        else outcome_text(Outcome(outcome), lang).title
                    ),
                    "answers": tr("Any other answer", lang) if others else _or_list(labels, lang),
                }
            )
        changes.append(
            {
                "question": dependency.question,
                "text": question.text,
                "where": question.where,
                "groups": shown,
                "together_with": [by_id(lang)[q].text for q in dependency.together_with],
            }
        )
    return changes


def _reply(**fields: Any) -> dict[str, Any]:
    reply = {
        "next": QUESTIONS[0].id,
        "path": [],
        "answers": {},
        "rows": [],
        "errors": [],
        "result": None,
        "failed": False,
    }
    reply.update(fields)
    return reply


def _step(answers_json: Any, today_iso: Any, lang: str = DEFAULT) -> dict[str, Any]:
    today = _today(today_iso)
    try:
        raw = json.loads(answers_json)
    except (TypeError, ValueError, RecursionError):
        raw = None
    if not isinstance(raw, dict):
        return _reply(errors=[{"question": "answers", "message": tr(UNREADABLE, lang)}])
    given: dict[str, Any] = {}
    refused: dict[str, dict[str, Any]] = {}
    for key, value in raw.items():
        answer, problem = _from_form(key, value, lang)
        if problem:
            refused[key] = problem
        else:
            given[key] = answer
    kept, path, next_id, errors = _replay(given, refused, today, lang)
    words = by_id(lang)
    rows = [
        {"id": q, "question": words[q].text, "answer": words[q].label_of(kept[q], lang)}
        for q in path
    ]
    if next_id is not None:
        # Not finished: keep the answers to questions still ahead, unless refused on their own.
        later = {
            key: value
            for key, value in given.items()
            if key not in kept and key != next_id and _valid_alone(key, value, today)
        }
        return _reply(next=next_id, path=path, answers={**kept, **later}, rows=rows, errors=errors)
    result = evaluate(kept, today, lang)
    if result.outcome in (Outcome.INVALID_ANSWERS, Outcome.NEED_MORE_ANSWERS):
        raise RuntimeError(f"the interview ended without an outcome: {result.as_dict()}")
    view = result_view(result, lang)
    view["reminder"] = _reminder_months(kept, result) is not None
    return _reply(next=None, path=path, answers=kept, rows=rows, result=view)


def _reminder_months(kept: dict[str, Any], result: Result) -> int | None:
    """The probation's length in months when the result has a date to act on: the end of a
    § 3607 probation still running, when the court must dismiss (18 U.S.C. § 3607(a))."""
    months = kept.get("probation_months")
    if result.outcome == Outcome.ON_PROBATION_DISMISSAL_DUE and isinstance(months, int):
        return months
    return None


def _safely(make: Any, lang: str) -> str:
    """JSON of `make()`; a bug is said plainly, never raised at the page."""
    try:
        return json.dumps(make(), allow_nan=False, ensure_ascii=False)
    except Exception as error:
        message = f"{tr(OUR_SIDE, lang)} ({INTERNAL_ERROR}: {type(error).__name__})"
        return json.dumps({"error": message, "failed": True})


def save_answers(answers_json: str, today_iso: str | None = None, lang: str = DEFAULT) -> str:
    """The answers file for the answers the checker keeps from these (checker.keep): JSON
    ``{"name", "text"}``. Only answers that hold, on the interview's path, go in."""
    lang = check_lang(lang)

    def make() -> dict[str, Any]:
        today = _today(today_iso)
        reply = _step(answers_json, today_iso, lang)
        kept = {q: reply["answers"][q] for q in reply["path"]}
        name = tr("answers-{date}.json", lang, date=today.isoformat())
        return {"name": name, "text": keep.answers_file(kept, today)}

    return _safely(make, lang)


def open_answers(text: str, today_iso: str | None = None, lang: str = DEFAULT) -> str:
    """An answers file's text in; the reply `step` gives for its answers, as if typed (the
    next question with its reason where one is refused, or none: "Check your answers"). A file
    that cannot be trusted gives ``{"file_error": why}`` and nothing from it."""
    lang = check_lang(lang)

    def make() -> dict[str, Any]:
        answers, why = keep.read_answers_file(text, lang)
        if answers is None:
            return {"file_error": why}
        return _step(json.dumps(answers), today_iso, lang)

    return _safely(make, lang)


START = Question("probation_start", DATE, "")
REMINDER_WHY = "The reminder is for a § 3607 probation that is still running."


def calendar(
    answers_json: str, start_json: str, today_iso: str | None = None, lang: str = DEFAULT
) -> str:
    """A calendar reminder (checker.keep.reminder) for the day the probation ends, from the
    day it started as typed (``{"day", "month", "year"}``); with nothing typed, for the latest
    day it can end (``"latest": true``). JSON ``{"name", "text", "end", "follow_up"}`` (dates in
    words), or ``{"errors": [...]}`` about the date."""
    lang = check_lang(lang)

    def make() -> dict[str, Any]:
        today = _today(today_iso)
        reply = _step(answers_json, today_iso, lang)
        kept = reply["answers"]
        result = evaluate(kept, today, lang) if reply["next"] is None else None
        months = _reminder_months(kept, result) if result else None
        if months is None:
            return {"errors": [{"question": START.id, "message": tr(REMINDER_WHY, lang)}]}
        try:
            form = json.loads(start_json)
        except (TypeError, ValueError, RecursionError):
            form = None
        form = form if isinstance(form, dict) else {}
        if all(_text(form.get(part)) == "" for part in DATE_PARTS):
            # No start typed: the latest day it can end (it started today at the latest).
            end, follow_up = keep.probation_dates(today, months)
            return {
                "name": f"probation-{end.isoformat()}.ics",
                "text": keep.reminder(today, months, today, lang, latest=True),
                "end": day_text(end, lang),
                "follow_up": day_text(follow_up, lang),
                "latest": True,
            }
        value, error = read_date_form(START, form, lang)
        if error:
            return {"errors": [error]}
        start = dt.date.fromisoformat(value)
        offense = kept.get("offense_date")
        problem = ""
        if start > today:
            problem = "That day is in the future. Enter the day the court put you on probation."
        elif isinstance(offense, str) and start.isoformat() < offense:
            problem = (
                "That day is before the offense. Enter the day the court put you on probation."
            )
        elif keep.probation_dates(start, months)[0] < today:
            problem = (
                "By that day, your probation has already ended. If the court has not dismissed "
                "your case, ask the court clerk or your lawyer now."
            )
        if problem:
            message = tr(problem, lang)
            return {"errors": [{"question": START.id, "message": message, "parts": []}]}
        end, follow_up = keep.probation_dates(start, months)
        return {
            "name": f"probation-{end.isoformat()}.ics",
            "text": keep.reminder(start, months, today, lang),
            "end": day_text(end, lang),
            "follow_up": day_text(follow_up, lang),
        }

    return _safely(make, lang)


def step(answers_json: str, today_iso: str | None = None, lang: str = DEFAULT) -> str:
    """Answers (a JSON object) in; JSON out: the next question id or the result, the answers
    kept, the path of questions asked, rows for "Check your answers", and any errors.

    `failed` is true only when the checker itself went wrong (a bug): the page then says so.
    """
    lang = check_lang(lang)
    try:
        return json.dumps(_step(answers_json, today_iso, lang), allow_nan=False)
    except Exception as error:  # a bug must never take the reader's screen: say it plainly
        message = f"{tr(OUR_SIDE, lang)} ({INTERNAL_ERROR}: {type(error).__name__})"
        errors = [{"question": "answers", "message": message}]
        return json.dumps(_reply(next=None, failed=True, errors=errors))
