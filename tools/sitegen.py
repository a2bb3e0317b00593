"""Pages generated from checker/ at build time, so the site and the screener cannot disagree.

A page asks for generated Markdown with a placeholder comment on a line of its own:
`<!-- checker:checklist -->` (the by-hand decision steps), `<!-- checker:results -->` (what each
result means), `<!-- checker:questions -->` (every question with its answers).
"""

from __future__ import annotations

import re

from checker import QUESTIONS
from checker.checklist import steps
from checker.outcomes import FLAGS, OUTCOMES
from checker.questions import DATE, MULTIPLE, NUMBER

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
    return "\n".join(lines)


def questions() -> str:
    lines: list[str] = []
    for number, q in enumerate(QUESTIONS, 1):
        lines += [f"{number}. **{q.text}**", ""]
        if q.hint:
            lines += [f"    {q.hint}", ""]
        lines += [f"    *When it is asked:* {q.asked_when}", ""]
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
