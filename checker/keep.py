"""What a reader can keep, made on the device: the answers file and a calendar reminder.

Both are made here, in Python, so that their format lives once (docs-dev/answers-file.md); the
page only hands the text to the browser as a download (a `blob:` URL) or reads a chosen file's
text and hands it here. Nothing here touches the network or storage.

The answers file is JSON, one object with exactly these keys:

    {"format": "federal-3607-checker-answers", "version": 1, "saved": "2026-12-05",
     "checker": "2026.12", "answers": {"court": "federal", ...}, "check": "1a2b3c4d"}

`answers` holds the answers in the checker's own form (codes, lists of codes, ISO dates, whole
numbers, "not_sure"); `check` is the CRC-32 of the rest, so that a file changed by hand or
damaged is refused (it is no seal: anyone can make a new one). A file is read back only if it
passes every test below; then the page replays its answers through `web.step`, exactly as if
typed. A later checker reads every version up to its own and refuses a newer one by name.
"""

from __future__ import annotations

import binascii
import datetime as dt
import json
import re
from typing import Any

from .answers import KNOWN
from .i18n import DEFAULT, day_text, tr

FORMAT = "federal-3607-checker-answers"
VERSION = 1  # the file format's version: raise it when the format changes
CHECKER = "2026.12"  # the checker's version, written in every file
KEYS = ("format", "version", "saved", "checker", "answers", "check")
MAX_BYTES = 16_000  # a full file is under 1 kB
_CODE = re.compile(r"[A-Za-z0-9_]{1,40}|[0-9]{4}-[0-9]{2}-[0-9]{2}")

TOO_LARGE = "This file is too large to be an answers file. Nothing was taken from it."
NOT_OURS = "This is not an answers file from this checker. Nothing was taken from it."
NEWER = (
    "This answers file comes from a newer version of the checker. Reload this page, then open "
    "the file again. Nothing was taken from it."
)
UNKNOWN = (
    "This answers file holds something that is not an answer to these questions. "
    "Nothing was taken from it."
)
CHANGED = (
    "This answers file was changed or damaged after it was saved, so the checker cannot trust "
    "it. Nothing was taken from it."
)


def _check(fields: dict[str, Any]) -> str:
    body = json.dumps([fields.get(k) for k in KEYS[:-1]], sort_keys=True, ensure_ascii=True)
    return f"{binascii.crc32(body.encode()):08x}"


def answers_file(answers: dict[str, Any], today: dt.date) -> str:
    """The answers file's text for `answers` (already read by the checker)."""
    fields: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "saved": today.isoformat(),
        "checker": CHECKER,
        "answers": answers,
    }
    fields["check"] = _check(fields)
    return json.dumps(fields, ensure_ascii=False, indent=1) + "\n"


def _plain(value: Any) -> bool:
    """An answer in the checker's form: a code, a date, a whole number, or a list of codes.
    Anything else (markup, text, objects) is not an answer."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return -(10**9) < value < 10**9
    if isinstance(value, str):
        return _CODE.fullmatch(value) is not None
    if isinstance(value, list):
        return 0 < len(value) <= 40 and all(isinstance(v, str) and _plain(v) for v in value)
    return False


def read_answers_file(text: Any, lang: str = DEFAULT) -> tuple[dict[str, Any] | None, str]:
    """(answers, "") from an answers file's text, or (None, why it was refused) in `lang`.
    Only the file is judged here; whether each answer holds is `web.step`'s call."""
    if not isinstance(text, str) or len(text.encode("utf-8", "replace")) > MAX_BYTES:
        return None, tr(TOO_LARGE, lang)
    try:
        fields = json.loads(text)
    except (ValueError, RecursionError):
        return None, tr(NOT_OURS, lang)
    if not isinstance(fields, dict) or fields.get("format") != FORMAT:
        return None, tr(NOT_OURS, lang)
    version = fields.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return None, tr(NOT_OURS, lang)
    if version > VERSION:
        return None, tr(NEWER, lang)
    answers = fields.get("answers")
    if sorted(fields) != sorted(KEYS) or not isinstance(answers, dict):
        return None, tr(UNKNOWN, lang)
    if any(key not in KNOWN or not _plain(value) for key, value in answers.items()):
        return None, tr(UNKNOWN, lang)
    if not isinstance(fields["check"], str) or fields["check"] != _check(fields):
        return None, tr(CHANGED, lang)
    return answers, ""


# --- The calendar reminder (RFC 5545) ----------------------------------------------------------

FOLLOW_UP_DAYS = 28  # four weeks after the end: time enough for the order to reach the reader
SUMMARY = "Your § 3607 probation ends"
DESCRIPTION = (
    "If you did not break a probation rule, the court must now dismiss your case, without a "
    "conviction (18 U.S.C. § 3607(a)). Keep the dismissal order when it comes. If none has come "
    "by {follow_up}, ask the court clerk or your lawyer for it."
)
# Without the day it started, the latest day it can end: it started on or before the day the
# reminder was made, so it ends on or before that day plus its length.
SUMMARY_LATEST = "Your § 3607 probation has ended by now"
DESCRIPTION_LATEST = (
    "Your probation of {months} months started on or before {made}, so it has ended by today. "
    + DESCRIPTION
)


def add_months(start: dt.date, months: int) -> dt.date:
    """The same day `months` later; the month's last day when it has no such day."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    after = dt.date(year + month // 12, month % 12 + 1, 1)  # the first of the month after
    return dt.date(year, month, min(start.day, (after - dt.timedelta(days=1)).day))


def probation_dates(start: dt.date, months: int) -> tuple[dt.date, dt.date]:
    """(the end of the probation term, when the court must dismiss; the day to ask the court
    if no dismissal order has come)."""
    end = add_months(start, months)
    return end, end + dt.timedelta(days=FOLLOW_UP_DAYS)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 5545 §3.1: lines of at most 75 octets, a continuation starts with a space; never
    inside a UTF-8 character."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def reminder(
    start: dt.date, months: int, today: dt.date, lang: str = DEFAULT, latest: bool = False
) -> str:
    """An iCalendar file: one all-day event on the day the probation ends, saying what to do,
    in `lang`. No name, case number or answer in it. `latest`: the start is not known, only
    that it was on or before `start` (the day the reminder is made): the event is on the latest
    day the probation can end, and says so."""
    end, follow_up = probation_dates(start, months)
    if latest:
        summary = SUMMARY_LATEST
        description = tr(
            DESCRIPTION_LATEST,
            lang,
            months=months,
            made=day_text(start, lang),
            follow_up=day_text(follow_up, lang),
        )
    else:
        summary = SUMMARY
        description = tr(DESCRIPTION, lang, follow_up=day_text(follow_up, lang))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Federal 3607 checker//" + lang.upper(),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:3607-probation-end-{end:%Y%m%d}-{today:%Y%m%d}",
        f"DTSTAMP:{today:%Y%m%d}T000000Z",
        f"DTSTART;VALUE=DATE:{end:%Y%m%d}",
        f"DTEND;VALUE=DATE:{end + dt.timedelta(days=1):%Y%m%d}",
        "SUMMARY:" + _escape(tr(summary, lang)),
        "DESCRIPTION:" + _escape(description),
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)
