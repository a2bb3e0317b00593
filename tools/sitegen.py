"""Pages generated from checker/ at build time, so the site and the screener cannot disagree.

A page asks for generated Markdown with a placeholder comment on a line of its own:
`<!-- checker:checklist -->` (the by-hand decision steps), `<!-- checker:results -->` (what each
result means), `<!-- checker:questions -->` (every question with its answers).
"""

from __future__ import annotations

import datetime as dt
import re

from checker import QUESTIONS, evaluate
from checker.checklist import steps
from checker.outcomes import FLAGS, OUTCOMES
from checker.questions import DATE, MULTIPLE, NUMBER
from checker.web import changes_view

EXAMPLE_DAY = dt.date(2026, 11, 30)  # any day after the example's dates

PLACEHOLDER = re.compile(r"^<!-- checker:(\w+) -->$", re.MULTILINE)
SCREENER_ONLY = {"invalid_answers", "need_more_answers"}  # not results a person reads about


def outcome_link(code: str, page: str = "results.md") -> str:
    return f"[{OUTCOMES[code].title}]({page}#{code})"


def checklist() -> str:
    lines: list[str] = []
    for number, step in enumerate(steps(), 1):
        lines.append(f"### {number}. {step.title} {{#step-{number}}}")
        lines.append("")
        if step.applies:
            lines += [f"*{step.applies}*", ""]
        for check in step.checks:
            if check.outcome is None:
                lines.append(f"- {check.condition}")
            else:
                lines.append(f"- {check.condition} Result: {outcome_link(check.outcome)}.")
        lines.append("")
    return "\n".join(lines)


def results() -> str:
    lines: list[str] = []
    for code, text in OUTCOMES.items():
        if code in SCREENER_ONLY:
            continue
        lines += [f"### {text.title} {{#{code}}}", "", text.summary, "", "What you can do:", ""]
        lines += [f"- {step}" for step in text.next_steps]
        lines.append("")
    lines += ["## Notes the screener may add {#notes}", ""]
    for code, flag in FLAGS.items():
        lines += [f"### {flag.title} {{#{code}}}", "", flag.text, ""]
    lines += what_would_change()
    return "\n".join(lines)


# A conviction in a court whose state the reader does not know: the example of the section below.
CHANGE_EXAMPLE = {
    "court": "federal",
    "offense": "simple_possession",
    "offense_date": "2020-01-01",
    "substance": "other",
    "citizenship": "us_citizen",
    "stage": "convicted",
    "court_state": "not_sure",
}


def what_would_change() -> list[str]:
    """The "What would change your result" section, with an example the checker works out."""
    lines = [
        "## What would change your result {#what-would-change}",
        "",
        "You can answer “I'm not sure” to many questions. When such an answer matters, the "
        "screener works out your result again for each answer you could give. Then it shows "
        "which answer decides your result, what each answer would give you, and where that "
        "answer is written down. It also lists the answers that would not change your result, "
        "so you know you do not need to look them up.",
        "",
        "For example, say a judgment of conviction was entered, and you are not sure in which "
        "state the court is. The screener then shows:",
        "",
    ]
    for change in changes_view(evaluate(CHANGE_EXAMPLE, today=EXAMPLE_DAY)):
        lines += [f"**{change['text']}**", ""]
        for group in change["groups"]:
            lines.append(f"- {group['answers']}: {outcome_link(group['outcome'], '')}.")
        lines += ["", f"*Where to find it:* {change['where']}", ""]
    return lines


def questions() -> str:
    lines: list[str] = []
    for number, q in enumerate(QUESTIONS, 1):
        lines += [f"{number}. **{q.text}**", ""]
        if q.hint:
            lines += [f"    {q.hint}", ""]
        lines += [f"    *When it is asked:* {q.asked_when}", ""]
        if q.where:
            lines += [f"    *Where to find it:* {q.where}", ""]
        if q.kind in (DATE, NUMBER):
            kind = "A date" if q.kind == DATE else "A number"
            extra = ", or “I don't know”" if q.allow_not_sure else ""
            lines += [f"    {kind}{extra}.", ""]
        elif len(q.options) > 12:
            lines += [f"    Choose one of {len(q.options)} answers.", ""]
        else:
            how = "Choose all that apply" if q.kind == MULTIPLE else "Choose one"
            labels = "; ".join(o.label for o in q.options)
            lines += [f"    {how}: {labels}.", ""]
    return "\n".join(lines)


GENERATORS = {"checklist": checklist, "results": results, "questions": questions}


def render(markdown: str) -> str:
    """Replace each placeholder with the Markdown generated from checker/."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in GENERATORS:
            raise ValueError(f"unknown checker placeholder: {name}")
        return GENERATORS[name]().rstrip()

    return PLACEHOLDER.sub(replace, markdown)
