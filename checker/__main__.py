"""Command line: `python -m checker [FILE] [--json]` and `python -m checker --ask`.

FILE (or standard input) holds the answers as a JSON object. The only I/O in the package.

Exit status 2, with one line per problem on stderr: the file cannot be read, it is not JSON, it
is not a JSON object, or it has a key that is not an answer key (the line names the nearest
key). Answers with a bad value still give a result (`invalid_answers`); for answers read from a
file, its messages speak of codes ("use one of: yes, no, not_sure"), not of a page's buttons.
`--ask` takes dates as `15 3 2024`, `15/3/2024` or `2024-03-15`.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import difflib
import json
import re
import sys
import textwrap
from typing import Any, TextIO

from .answers import DATES, KNOWN, MULTIPLE_CHOICES, NUMBERS, SINGLE_CHOICES
from .codes import NOT_SURE, Record
from .i18n import DEFAULT, LANGS, tr
from .outcomes import evaluate, flag_text
from .questions import DATE, MULTIPLE, NOT_SURE_LABEL, NUMBER, Question, by_id, next_question
from .result import ErrorMessage, Result

WIDTH = 78


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(
        text, WIDTH, initial_indent=indent, subsequent_indent=indent + ("  " if indent else "")
    )


def render(result: Result, lang: str = DEFAULT) -> str:
    """A result as plain text for a terminal (its texts are already in `lang`)."""
    lines = [result.title, "=" * len(result.title), "", _wrap(result.summary), ""]
    if result.errors:
        lines.append(tr("Problems with the answers:", lang))
        lines += [_wrap(f"- {e.question}: {e.message}") for e in result.errors]
        lines.append("")
    if result.missing:
        lines.append(tr("Still to answer: {questions}", lang, questions=", ".join(result.missing)))
        lines.append("")
    for flag in result.flags:
        note = flag_text(flag, lang)
        lines += [f"! {note.title}", _wrap(note.text, "  "), ""]
    if result.reasons:
        lines.append(tr("Why:", lang))
        marks = {"met": "[+]", "not_met": "[-]", "unknown": "[?]"}
        for r in result.reasons:
            lines.append(_wrap(f"{marks[r.status]} {r.text}", "  "))
            lines.append(f"        ({r.clause})")
        lines.append("")
    lines += _changes(result, lang)
    lines.append(tr("What you can do next:", lang))
    lines += [_wrap(f"- {s}", "  ") for s in result.next_steps]
    notice = "This is information, not legal advice. Answers stay on this computer."
    lines += ["", _wrap(tr(notice, lang))]
    return "\n".join(lines)


def _changes(result: Result, lang: str = DEFAULT) -> list[str]:
    """ "What would change your result" and "These answers do not change your result"."""
    from .web import changes_view

    lines: list[str] = []
    changes = changes_view(result, lang)
    if changes:
        lines.append(tr("What would change your result:", lang))
        for change in changes:
            lines.append(_wrap(f"* {change['text']}", "  "))
            for group in change["groups"]:
                lines.append(_wrap(f"- {group['answers']}: {group['title']}", "    "))
            if change["together_with"]:
                together = "; ".join(change["together_with"])
                text = tr("This matters together with: {questions}", lang, questions=together)
                lines.append(_wrap("  " + text, "    "))
            if change["where"]:
                text = tr("Where to find it: {where}", lang, where=change["where"])
                lines.append(_wrap("  " + text, "    "))
        lines.append("")
    if result.same_either_way:
        lines.append(tr("These answers do not change your result:", lang))
        lines += [_wrap(f"- {by_id(lang)[q].text}", "  ") for q in result.same_either_way]
        lines.append("")
    return lines


def _read(path: str | None) -> Any:
    try:
        if path is None or path == "-":
            text = sys.stdin.read()
        else:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
    except OSError as error:
        raise SystemExit(_fail(f"cannot read {path}: {error.strerror or error}")) from None
    except UnicodeDecodeError:
        raise SystemExit(_fail(f"cannot read {path}: it is not UTF-8 text")) from None
    try:
        return json.loads(text)
    except ValueError as error:
        raise SystemExit(_fail(f"the answers are not valid JSON: {error}")) from None


def _fail(message: str) -> int:
    print(f"checker: {message}", file=sys.stderr)
    return 2


# --------------------------------------------------------------------------------------------
# Answers read from a file


def key_problems(raw: Any) -> list[str]:
    """Why these answers cannot be read at all, one line each (empty when they can).

    Not a JSON object, or a key that is not an answer key: the line names the nearest key.
    """
    if not isinstance(raw, dict):
        return ['the answers must be a JSON object, like {"court": "federal"}']
    problems = []
    for key in raw:
        if key in KNOWN:
            continue
        near = difflib.get_close_matches(str(key), KNOWN, n=1, cutoff=0.6)
        hint = f"did you mean {near[0]}?" if near else "the keys are " + ", ".join(KNOWN)
        problems.append(f"{json.dumps(key, ensure_ascii=False)} is not an answer key: {hint}")
    return problems


def _codes(codes: tuple[str, ...]) -> str:
    return ", ".join(codes)


def file_message(key: str, value: Any, message: str) -> str:
    """An answer error reworded for someone who wrote the JSON: the codes they can use."""
    if key in SINGLE_CHOICES:
        return f"{json.dumps(value, ensure_ascii=False)} is not an answer here. Use one of: " + (
            _codes(SINGLE_CHOICES[key]) + "."
        )
    if key in MULTIPLE_CHOICES:
        codes = _codes(MULTIPLE_CHOICES[key])
        if isinstance(value, list) and Record.NONE in value and len(set(value)) > 1:
            return f'"{Record.NONE}" cannot go with other answers: use ["{Record.NONE}"] alone.'
        return f"Give a list of one or more of: {codes}."
    if key in DATES and not (isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)):
        return f'Write the date as "YYYY-MM-DD" (for example "2024-03-15"), or "{NOT_SURE}".'
    if key in NUMBERS:
        low, high = NUMBERS[key]
        return f'Use a whole number from {low} to {high}, or "{NOT_SURE}".'
    return message


def for_file(result: Result, raw: dict[str, Any]) -> Result:
    """The result with its answer errors in the words of `file_message`."""
    errors = tuple(
        ErrorMessage(e.question, file_message(e.question, raw.get(e.question), e.message))
        if e.question in raw
        else e
        for e in result.errors
    )
    return dataclasses.replace(result, errors=errors)


# --------------------------------------------------------------------------------------------
# The interview in a terminal

DATE_FORMS = "15 3 2024, 15/3/2024 or 2024-03-15"
_DAY_FIRST = re.compile(r"(\d{1,2})\s*[ /.-]\s*(\d{1,2})\s*[ /.-]\s*(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(reply: str, lang: str = DEFAULT) -> tuple[str | None, str | None]:
    """A typed date as ISO `YYYY-MM-DD`, or None and what to type instead.

    Day first, as the questions' hints show it (`15 3 2024`, `15/3/2024`, also with `.` or `-`),
    or year first (`2024-03-15`). Whether the day exists is left to the checker.
    """
    text = reply.strip()
    if match := _ISO.fullmatch(text):
        year, month, day = match.groups()
    elif match := _DAY_FIRST.fullmatch(text):
        day, month, year = match.groups()
        if int(month) > 12 >= int(day) >= 1:
            example = f"{int(month)} {int(day)} {year}"
            return None, tr("Type the day first, then the month: {example}.", lang, example=example)
    else:
        return None, tr(
            "Type the day, the month and the year, like {forms}.", lang, forms=DATE_FORMS
        )
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}", None


def option_lines(question: Question) -> list[str]:
    """The numbered options, each with its short explanation under it."""
    lines = []
    for number, option in enumerate(question.options, 1):
        lines.append(f"  {number}. {option.label}")
        if option.hint:
            lines.append(_wrap(option.hint, " " * (5 + len(str(number)))))
    return lines


def _prompt(text: str, stdin: TextIO, stdout: TextIO) -> str:
    print(text, end="", file=stdout, flush=True)
    reply = stdin.readline()
    if not reply:
        raise EOFError
    return reply.strip()


def _ask_typed(question: Question, stdin: TextIO, stdout: TextIO, lang: str = DEFAULT) -> Any:
    """A date or a number: typed, or ? for "I don't know" where the question allows it."""
    if question.kind == DATE:
        what = tr("the date ({forms})", lang, forms=DATE_FORMS)
    else:
        low, high = question.number_range or (0, 999)
        what = tr("a whole number from {low} to {high}", lang, low=low, high=high)
    if question.allow_not_sure:
        ask = "  " + tr("Type {what}, or ? for “I don't know”: ", lang, what=what)
    else:
        ask = "  " + tr("Type {what}: ", lang, what=what)
    while True:
        reply = _prompt(ask, stdin, stdout)
        if reply == "?" and question.allow_not_sure:
            return NOT_SURE
        if question.kind == NUMBER:
            if reply.isdigit():
                return int(reply)
            print("  " + tr("Type {what}, with digits only.", lang, what=what), file=stdout)
            continue
        value, problem = parse_date(reply, lang)
        if value:
            return value
        print(f"  {problem}", file=stdout)


def _ask_choice(question: Question, stdin: TextIO, stdout: TextIO, lang: str = DEFAULT) -> Any:
    """One option by its number, or (for a list) several numbers separated by commas."""
    for line in option_lines(question):
        print(line, file=stdout)
    many = question.kind == MULTIPLE
    count = len(question.options)
    while True:
        ask = "Numbers, separated by commas: " if many else "Number: "
        reply = _prompt("  " + tr(ask, lang), stdin, stdout)
        picks = [p.strip() for p in reply.split(",")] if many else [reply]
        if not (picks and all(p.isdigit() and 1 <= int(p) <= count for p in picks)):
            print("  " + tr("Type a number from 1 to {count}.", lang, count=count), file=stdout)
            continue
        values = list(dict.fromkeys(question.options[int(p) - 1].value for p in picks))
        if many and Record.NONE in values and len(values) > 1:
            none = next(i for i, o in enumerate(question.options, 1) if o.value == Record.NONE)
            text = "“None” cannot go with other answers: type {none} alone, or leave it out."
            print("  " + tr(text, lang, none=none), file=stdout)
            continue
        return values if many else values[0]


def _ask_one(question: Question, stdin: TextIO, stdout: TextIO, lang: str = DEFAULT) -> Any:
    """Ask until the reply is usable; returns the answer value."""
    print("\n" + question.text, file=stdout)
    if question.hint:
        print(_wrap(question.hint, "  "), file=stdout)
    if question.kind in (DATE, NUMBER):
        return _ask_typed(question, stdin, stdout, lang)
    return _ask_choice(question, stdin, stdout, lang)


def interview(
    stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout, lang: str = DEFAULT
) -> Result:
    """Run the interview in a terminal; bad answers are asked again."""
    answers: dict[str, Any] = {}
    today = dt.date.today()
    intro = tr("Answer each question. Choose “{not_sure}” where it is offered.", lang,
               not_sure=tr(NOT_SURE_LABEL, lang))  # fmt: skip
    print(intro, file=stdout)
    for _ in range(100):  # the interview always ends far sooner; this only guards the loop
        question = next_question(answers, today, lang)
        if question is None:
            break
        answers[question.id] = _ask_one(question, stdin, stdout, lang)
        found = evaluate(answers, today, lang).errors
        problems = [e for e in found if e.question == question.id]
        for problem in problems:
            print(f"  {problem.message}", file=stdout)
        if problems:
            del answers[question.id]
    return evaluate(answers, today, lang)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m checker",
        description="Check a federal drug-possession case against 18 U.S.C. § 3607.",
    )
    parser.add_argument("file", nargs="?", help="answers as a JSON object (default: stdin)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--ask", action="store_true", help="ask the questions in the terminal")
    parser.add_argument("--today", help="the date to check against (YYYY-MM-DD)")
    parser.add_argument("--lang", choices=LANGS, default=DEFAULT, help="language of the texts")
    args = parser.parse_args(argv)
    today: Any = args.today
    if today:
        try:
            today = dt.date.fromisoformat(today)
        except ValueError:
            return _fail(f"--today must be a date like 2026-01-31, not {args.today!r}")
    if args.ask:
        try:
            result = interview(lang=args.lang)
        except (EOFError, KeyboardInterrupt):
            print("\n" + tr("Stopped. Nothing was saved.", args.lang), file=sys.stderr)
            return 1
    else:
        raw = _read(args.file)
        problems = key_problems(raw)
        for problem in problems:
            _fail(problem)
        if problems:
            return 2
        result = evaluate(raw, today, args.lang)
        if args.lang == DEFAULT:  # the codes to use, for someone who wrote the JSON
            result = for_file(result, raw)
    if args.json:
        print(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
    else:
        print(render(result, args.lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
