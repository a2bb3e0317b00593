"""Command line: `python -m checker [FILE] [--json]` and `python -m checker --ask`.

FILE (or standard input) holds the answers as a JSON object. The only I/O in the package.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import textwrap
from typing import Any, TextIO

from .engine import evaluate
from .questions import BY_ID, DATE, MULTIPLE, NOT_SURE_LABEL, NUMBER, Question, next_question
from .result import Result

WIDTH = 78


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(
        text, WIDTH, initial_indent=indent, subsequent_indent=indent + ("  " if indent else "")
    )


def render(result: Result) -> str:
    """A result as plain text for a terminal."""
    lines = [result.title, "=" * len(result.title), "", _wrap(result.summary), ""]
    if result.errors:
        lines.append("Problems with the answers:")
        lines += [_wrap(f"- {e.question}: {e.message}") for e in result.errors]
        lines.append("")
    if result.missing:
        lines.append("Still to answer: " + ", ".join(result.missing))
        lines.append("")
    from .outcomes import FLAGS

    for flag in result.flags:
        lines += [f"! {FLAGS[flag].title}", _wrap(FLAGS[flag].text, "  "), ""]
    if result.reasons:
        lines.append("Why:")
        marks = {"met": "[yes]", "not_met": "[no] ", "unknown": "[?]  "}
        for r in result.reasons:
            lines.append(_wrap(f"{marks[r.status]} {r.text}", "  "))
            lines.append(f"        ({r.clause})")
        lines.append("")
    lines += _changes(result)
    lines.append("What you can do next:")
    lines += [_wrap(f"- {s}", "  ") for s in result.next_steps]
    lines += ["", _wrap("This is information, not legal advice. Answers stay on this computer.")]
    return "\n".join(lines)


def _changes(result: Result) -> list[str]:
    """ "What would change your result" and "These answers do not change your result"."""
    from .web import changes_view

    lines: list[str] = []
    changes = changes_view(result)
    if changes:
        lines.append("What would change your result:")
        for change in changes:
            lines.append(_wrap(f"* {change['text']}", "  "))
            for group in change["groups"]:
                lines.append(_wrap(f"- {group['answers']}: {group['title']}", "    "))
            if change["together_with"]:
                together = "; ".join(change["together_with"])
                lines.append(_wrap(f"  This matters together with: {together}", "    "))
            if change["where"]:
                lines.append(_wrap(f"  Where to find it: {change['where']}", "    "))
        lines.append("")
    if result.same_either_way:
        lines.append("These answers do not change your result:")
        lines += [_wrap(f"- {BY_ID[q].text}", "  ") for q in result.same_either_way]
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


def _ask_one(question: Question, stdin: TextIO, stdout: TextIO) -> Any:
    """Ask until the reply is usable; returns the answer value."""
    print("\n" + question.text, file=stdout)
    if question.hint:
        print(_wrap(question.hint, "  "), file=stdout)
    if question.kind in (DATE, NUMBER):
        example = "YYYY-MM-DD" if question.kind == DATE else "a whole number"
        while True:
            print(f"  Type {example}, or ? if you don't know: ", end="", file=stdout, flush=True)
            reply = stdin.readline()
            if not reply:
                raise EOFError
            reply = reply.strip()
            if reply == "?" and question.allow_not_sure:
                return "not_sure"
            if question.kind == NUMBER:
                if reply.isdigit():
                    return int(reply)
            elif len(reply) == 10:
                return reply
            print("  That answer could not be used. Please try again.", file=stdout)
    for number, option in enumerate(question.options, 1):
        print(f"  {number}. {option.label}", file=stdout)
    many = question.kind == MULTIPLE
    while True:
        prompt = "  Numbers, separated by commas: " if many else "  Number: "
        print(prompt, end="", file=stdout, flush=True)
        reply = stdin.readline()
        if not reply:
            raise EOFError
        picks = [p.strip() for p in reply.split(",")] if many else [reply.strip()]
        if picks and all(p.isdigit() and 1 <= int(p) <= len(question.options) for p in picks):
            values = [question.options[int(p) - 1].value for p in picks]
            return values if many else values[0]
        print(f"  Type a number from 1 to {len(question.options)}.", file=stdout)


def interview(stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> Result:
    """Run the interview in a terminal; bad answers are asked again."""
    answers: dict[str, Any] = {}
    today = dt.date.today()
    print(f"Answer each question. Choose “{NOT_SURE_LABEL}” where it is offered.", file=stdout)
    for _ in range(100):  # the interview always ends far sooner; this only guards the loop
        question = next_question(answers, today)
        if question is None:
            break
        answers[question.id] = _ask_one(question, stdin, stdout)
        problems = [e for e in evaluate(answers, today).errors if e.question == question.id]
        for problem in problems:
            print(f"  {problem.message}", file=stdout)
        if problems:
            del answers[question.id]
    return evaluate(answers, today)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m checker",
        description="Check a federal drug-possession case against 18 U.S.C. § 3607.",
    )
    parser.add_argument("file", nargs="?", help="answers as a JSON object (default: stdin)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--ask", action="store_true", help="ask the questions in the terminal")
    parser.add_argument("--today", help="the date to check against (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    today: Any = args.today
    if today:
        try:
            today = dt.date.fromisoformat(today)
        except ValueError:
            return _fail(f"--today must be a date like 2026-01-31, not {args.today!r}")
    if args.ask:
        try:
            result = interview()
        except (EOFError, KeyboardInterrupt):
            print("\nStopped. Nothing was saved.", file=sys.stderr)
            return 1
    else:
        result = evaluate(_read(args.file), today)
    if args.json:
        print(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
    else:
        print(render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
