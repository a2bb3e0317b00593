"""Pages generated from checker/ at build time, so the site and the screener cannot disagree.

A page asks for generated Markdown with a placeholder comment on a line of its own:
`<!-- checker:checklist -->` (the by-hand decision steps), `<!-- checker:results -->` (what each
result means), `<!-- checker:questions -->` (every question with its answers).

Every page is generated in its own language: each text taken from checker/ goes through
`checker.i18n.tr` (catalog checker/es.py), each sentence written here through `site_i18n.t`
(catalog tools/site_es.py). Anchors (`{#step-1}`, `{#dismissed}`) and links are the same in every
language.
"""

from __future__ import annotations

import datetime as dt
import re

from checker import QUESTIONS, evaluate
from checker.checklist import steps
from checker.i18n import DEFAULT, tr
from checker.outcomes import FLAGS, OUTCOMES
from checker.questions import BY_ID, DATE, MULTIPLE, NUMBER
from checker.web import changes_view
from tools.site_i18n import t

EXAMPLE_DAY = dt.date(2026, 11, 30)  # any day after the example's dates

PLACEHOLDER = re.compile(r"^<!-- checker:(\w+) -->$", re.MULTILINE)
SCREENER_ONLY = {"invalid_answers", "need_more_answers"}  # not results a person reads about


def outcome_link(code: str, page: str = "results.md", lang: str = DEFAULT) -> str:
    return f"[{tr(OUTCOMES[code].title, lang)}]({page}#{code})"


def checklist(lang: str = DEFAULT) -> str:
    lines: list[str] = []
    for number, step in enumerate(steps(), 1):
        lines.append(f"### {number}. {tr(step.title, lang)} {{#step-{number}}}")
        lines.append("")
        if step.applies:
            lines += [f"*{tr(step.applies, lang)}*", ""]
        for check in step.checks:
            condition = tr(check.condition, lang)
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
    for code, text in OUTCOMES.items():
        if code in SCREENER_ONLY:
            continue
        lines += [f"### {tr(text.title, lang)} {{#{code}}}", "", tr(text.summary, lang), ""]
        lines += [t("What you can do:", lang), ""]
        lines += [f"- {tr(step, lang)}" for step in text.next_steps]
        lines.append("")
    lines += [t("## Notes the screener may add {#notes}", lang), ""]
    for code, flag in FLAGS.items():
        lines += [f"### {tr(flag.title, lang)} {{#{code}}}", "", tr(flag.text, lang), ""]
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
    result = evaluate(CHANGE_EXAMPLE, today=EXAMPLE_DAY)
    for change, dependency in zip(changes_view(result), result.depends_on, strict=True):
        lines += [f"**{tr(change['text'], lang)}**", ""]
        for group in change["groups"]:
            answers = group["answers"] if lang == DEFAULT else _answers(group, dependency, lang)
            link = outcome_link(group["outcome"], "", lang)
            lines.append(f"- {answers}: {link}.")
        lines += ["", t("*Where to find it:* {where}", lang, where=tr(change["where"], lang)), ""]
    return lines


def _answers(group: dict, dependency, lang: str) -> str:
    """A group of `changes_view` in `lang`: its answers' labels, each translated, in a list.
    (`changes_view` gives them joined in English; it takes no language yet.)"""
    if group["answers"] == "Any other answer":
        return tr(group["answers"], lang)
    question = BY_ID[dependency.question]
    labels = [
        tr(alt.label or question.label_of(alt.answer), lang)
        for alt in dependency.alternatives
        if str(alt.outcome) == group["outcome"]
    ]
    return or_list(labels, lang)


def or_list(items: list[str], lang: str = DEFAULT) -> str:
    """`a, b or c`; in Spanish `a, b o c`, and `u` before a word that starts with the sound o."""
    if len(items) == 1:
        return items[0]
    last = items[-1]
    word = t("or", lang)
    if lang == "es" and re.match(r"(?i)h?o", last):
        word = "u"
    return f"{', '.join(items[:-1])} {word} {last}"


def questions(lang: str = DEFAULT) -> str:
    lines: list[str] = []
    for number, q in enumerate(QUESTIONS, 1):
        lines += [f"{number}. **{tr(q.text, lang)}**", ""]
        if q.hint:
            lines += [f"    {tr(q.hint, lang)}", ""]
        lines += ["    " + t("*When it is asked:* {when}", lang, when=tr(q.asked_when, lang)), ""]
        if q.where:
            lines += ["    " + t("*Where to find it:* {where}", lang, where=tr(q.where, lang)), ""]
        if q.kind in (DATE, NUMBER):
            kind = "A date" if q.kind == DATE else "A number"
            if q.allow_not_sure:
                kind += ", or “I don't know”"
            lines += [f"    {t(kind + '.', lang)}", ""]
        elif len(q.options) > 12:
            lines += ["    " + t("Choose one of {count} answers.", lang, count=len(q.options)), ""]
        else:
            how = "Choose all that apply" if q.kind == MULTIPLE else "Choose one"
            labels = "; ".join(tr(o.label, lang) for o in q.options)
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
