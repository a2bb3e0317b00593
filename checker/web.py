"""The screener's one entry point in the browser: JSON in, JSON out.

The Web Worker calls `step(answers_json, today_iso)` after every answer. It replays the
interview over the reader's answers, keeps only those the interview still asks for (so an
answer made irrelevant by a change is dropped), and returns the next question or the result.
Nothing here touches the network or storage; the answers live only in the page's memory.
"""

from __future__ import annotations

import json
from typing import Any

from .codes import Outcome
from .engine import evaluate, questions_needed
from .outcomes import FLAGS, OUTCOMES
from .questions import BY_ID, QUESTIONS
from .result import Result


def _replay(
    answers: dict[str, Any], today: str | None
) -> tuple[dict[str, Any], list[str], str | None]:
    kept: dict[str, Any] = {}
    path: list[str] = []
    for _ in range(len(QUESTIONS) + 1):
        needed = questions_needed(kept, today)
        if not needed:
            return kept, path, None
        question = needed[0]
        if question in kept or question not in answers:
            return kept, path, question  # asked again (bad answer) or not answered yet
        kept[question] = answers[question]
        path.append(question)
    raise RuntimeError("the interview did not end")  # cannot happen: each turn adds an answer


def result_view(result: Result) -> dict[str, Any]:
    """`Result.as_dict()` plus what the page needs to show it: flag texts, law-page anchors, and
    "What would change your result" in words."""
    view = result.as_dict()
    for shown, reason in zip(view["reasons"], result.reasons, strict=True):
        shown["anchor"] = reason.anchor
    view["flag_notes"] = [
        {"code": str(f), "title": FLAGS[f].title, "text": FLAGS[f].text, "level": FLAGS[f].level}
        for f in result.flags
    ]
    view["changes"] = changes_view(result)
    view["same_either_way_questions"] = [BY_ID[q].text for q in result.same_either_way]
    return view


OTHERS_ABOVE = 6  # a group with more answers than this is shown as "any other answer"


def _or_list(labels: list[str]) -> str:
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " or " + labels[-1]


def changes_view(result: Result) -> list[dict[str, Any]]:
    """For each answer the result depends on: the question, where its answer is written down,
    and the answers grouped by the outcome each would give, largest group last."""
    changes = []
    for dependency in result.depends_on:
        question = BY_ID[dependency.question]
        groups: dict[str, list[str]] = {}
        for alternative in dependency.alternatives:
            label = alternative.label or question.label_of(alternative.answer)
            groups.setdefault(str(alternative.outcome), []).append(label)
        ordered = sorted(groups.items(), key=lambda item: len(item[1]))
        shown = []
        for i, (outcome, labels) in enumerate(ordered):
            others = i == len(ordered) - 1 and len(ordered) > 1 and len(labels) > OTHERS_ABOVE
            shown.append(
                {
                    "outcome": outcome,
                    "title": OUTCOMES[Outcome(outcome)].title,
                    "answers": "Any other answer" if others else _or_list(labels),
                }
            )
        changes.append(
            {
                "question": dependency.question,
                "text": question.text,
                "where": question.where,
                "groups": shown,
                "together_with": [BY_ID[q].text for q in dependency.together_with],
            }
        )
    return changes


def step(answers_json: str, today_iso: str | None = None) -> str:
    """Answers (JSON object) in; JSON out: next question id or result, the kept answers,
    the path of questions asked, rows for "check your answers", and any errors."""
    try:
        answers = json.loads(answers_json)
    except (TypeError, ValueError):
        answers = None
    if not isinstance(answers, dict):
        error = {"question": "answers", "message": "The answers could not be read."}
        return json.dumps(
            {
                "next": QUESTIONS[0].id,
                "path": [],
                "answers": {},
                "rows": [],
                "errors": [error],
                "result": None,
            }
        )
    kept, path, next_id = _replay(answers, today_iso)
    result = evaluate(kept, today_iso)
    errors = [e.as_dict() for e in result.errors]
    rows = [
        {"id": q, "question": BY_ID[q].text, "answer": BY_ID[q].label_of(kept[q])} for q in path
    ]
    return json.dumps(
        {
            "next": next_id,
            "path": path,
            "answers": kept,
            "rows": rows,
            "errors": errors,
            "result": result_view(result) if next_id is None else None,
        }
    )
