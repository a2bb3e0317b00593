"""Pages generated from checker/ at build time, so the site and the screener cannot disagree.

A page asks for generated Markdown with a placeholder comment on a line of its own:
`<!-- checker:checklist -->` (the by-hand decision steps), `<!-- checker:results -->` (what each
result means), `<!-- checker:questions -->` (every question with its answers).

Every page is generated in its own language: the texts come from checker/ in that language
(`steps(lang)`, `outcome_text`, `flag_text`, `Question.localized`, `changes_view`, all through
`checker.i18n.tr` and its catalog checker/es.py), the sentences written here through
`site_i18n.t` (catalog tools/lang/site_es.py). Anchors (`{#step-1}`, `{#dismissed}`) and links are
the same in every language.
"""

from __future__ import annotations

import datetime as dt
import re

from checker import QUESTIONS, evaluate
from checker.checklist import steps
from checker.i18n import DEFAULT
from checker.outcomes import FLAGS, OUTCOMES, flag_text, outcome_text
from checker.questions import DATE, MULTIPLE, NUMBER
from checker.web import changes_view
from tools.lang.site_i18n import t

EXAMPLE_DAY = dt.date(2026, 11, 30)  # any day after the example's dates

PLACEHOLDER = re.compile(r"^<!-- checker:(\w+) -->$", re.MULTILINE)
SCREENER_ONLY = {"invalid_answers", "need_more_answers"}  # not results a person reads about


def outcome_link(code: str, page: str = "results.md", lang: str = DEFAULT) -> str:
    return f"[{outcome_text(code, lang).title}]({page}#{code})"


def checklist(lang: str = DEFAULT) -> str:
    lines: list[str] = []
    for number, step in enumerate(steps(lang), 1):
        lines.append(f"### {number}. {step.title} {{#step-{number}}}")
        lines.append("")
        if step.applies:
            lines += [f"*{step.applies}*", ""]
        for check in step.checks:
            condition = check.condition
            if check.outcome is None:
                lines.append(f"- {condition}")
            else:
                result = outcome_link(check.outcome, lang=lang)
                line = t("{condition} Result: {result}.", lang, condition=condition, result=result)
                lines.append(f"- {line}")
        lines.append("")
    return "\n".join(lines)


def results(lang: str = DEFAULT) -> str:
    lines: list[str] = []
    for code in OUTCOMES:
        if code in SCREENER_ONLY:
            continue
        text = outcome_text(code, lang)
        lines += [f"### {text.title} {{#{code}}}", "", text.summary, ""]
        lines += [t("What you can do:", lang), ""]
        lines += [f"- {step}" for step in text.next_steps]
        lines.append("")
    lines += [t("## Notes the screener may add {#notes}", lang), ""]
    for code in FLAGS:
        flag = flag_text(code, lang)
        lines += [f"### {flag.title} {{#{code}}}", "", flag.text, ""]
    lines += what_would_change(lang)
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


WHAT_WOULD_CHANGE = (
    "## What would change your result {#what-would-change}",
    "You can answer “I'm not sure” to many questions. When such an answer matters, the "
    "screener works out your result again for each answer you could give. Then it shows "
    "which answer decides your result, what each answer would give you, and where that "
    "answer is written down. It also lists the answers that would not change your result, "
    "so you know you do not need to look them up.",
    "For example, say a judgment of conviction was entered, and you are not sure in which "
    "state the court is. The screener then shows:",
)


def what_would_change(lang: str = DEFAULT) -> list[str]:
    """The "What would change your result" section, with an example the checker works out."""
    lines: list[str] = []
    for paragraph in WHAT_WOULD_CHANGE:
        lines += [t(paragraph, lang), ""]
    result = evaluate(CHANGE_EXAMPLE, today=EXAMPLE_DAY, lang=lang)
    for change in changes_view(result, lang):
        lines += [f"**{change['text']}**", ""]
        for group in change["groups"]:
            lines.append(f"- {group['answers']}: {outcome_link(group['outcome'], '', lang)}.")
        lines += ["", t("*Where to find it:* {where}", lang, where=change["where"]), ""]
    return lines


def questions(lang: str = DEFAULT) -> str:
    lines: list[str] = []
    for number, english in enumerate(QUESTIONS, 1):
        q = english.localized(lang)
        lines += [f"{number}. **{q.text}**", ""]
        if q.hint:
            lines += [f"    {q.hint}", ""]
        lines += ["    " + t("*When it is asked:* {when}", lang, when=q.asked_when), ""]
        if q.where:
            lines += ["    " + t("*Where to find it:* {where}", lang, where=q.where), ""]
        if q.kind in (DATE, NUMBER):
            kind = "A date" if q.kind == DATE else "A number"
            if q.allow_not_sure:
                kind += ", or “I don't know”"
            lines += [f"    {t(kind + '.', lang)}", ""]
        elif len(q.options) > 12:
            lines += ["    " + t("Choose one of {count} answers.", lang, count=len(q.options)), ""]
        else:
            how = "Choose all that apply" if q.kind == MULTIPLE else "Choose one"
            labels = "; ".join(o.label for o in q.options)
            lines += ["    " + t(how + ": {labels}.", lang, labels=labels), ""]
    return "\n".join(lines)


GENERATORS = {"checklist": checklist, "results": results, "questions": questions}


def render(markdown: str, lang: str = DEFAULT) -> str:
    """Replace each placeholder with the Markdown generated from checker/, in `lang`."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in GENERATORS:
            raise ValueError(f"unknown checker placeholder: {name}")
        return GENERATORS[name](lang).rstrip()

    return PLACEHOLDER.sub(replace, markdown)
