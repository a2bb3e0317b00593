"""Immigration first, on every path that needs it (issue 17, item 5).

For every interview path the interview map covers (tools/build/interview_map.py: one answer from
each class of answers the rules tell apart) where the case is not yet decided (`not_charged`,
`charged`, `found_guilty`) and the reader is not a U.S. citizen, or prefers not to say, in
English and in Spanish:

- the result's first callout is the immigration one (the screener shows `flag_notes` first,
  right after the summary, in this order), and it says that the immigration court's circuit
  decides, not the criminal court's (Matter of Garcia, BIA 2023), and what to ask before a plea
  (Padilla v. Kentucky, 2010);
- the "questions for an immigration lawyer" paper is offered (papers/web.py, from the flag).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import Any

import pytest

from checker import evaluate, outcomes
from checker.codes import Citizenship, Flag, Stage
from checker.i18n import tr
from checker.questions import next_question
from checker.web import result_view
from papers import web as papers_web
from papers.texts import IMMIGRATION_QUESTIONS
from tools.build.interview_map import representatives

TODAY = dt.date(2026, 12, 5)
UNDECIDED = frozenset({Stage.NOT_CHARGED, Stage.CHARGED, Stage.FOUND_GUILTY})
LANGS = ("en", "es")


def _paths() -> list[dict[str, Any]]:
    """Every finished interview through the map's classes with an undecided stage and a reader
    who is not a U.S. citizen. Branches that can no longer be such a path are cut early."""
    found: list[dict[str, Any]] = []

    def walk(answers: dict[str, Any]) -> None:
        question = next_question(answers, TODAY)
        if question is None:
            if answers.get("stage") in UNDECIDED:
                found.append(answers)
            return
        for _, value in representatives(question.id, answers):
            if question.id == "stage" and value not in UNDECIDED:
                continue
            if question.id == "citizenship" and value == Citizenship.US_CITIZEN:
                continue
            walk({**answers, question.id: value})

    walk({})
    return found


PATHS = _paths()


def test_the_walk_covers_every_undecided_stage_and_every_non_citizen_answer():
    assert len(PATHS) > 10_000  # the whole map's share of such paths, not a sample
    assert {p["stage"] for p in PATHS} == UNDECIDED
    assert {p["citizenship"] for p in PATHS} == set(Citizenship) - {Citizenship.US_CITIZEN}
    assert {p["court"] for p in PATHS} == {"federal"}  # only a federal case has a stage


@functools.cache
def _papers(outcome: str, flags: tuple[str, ...], lang: str) -> tuple[str, ...]:
    result = json.dumps({"outcome": outcome, "flags": list(flags)})
    offered = json.loads(papers_web.papers_for(result, "{}", lang))
    assert "error" not in offered, offered
    return tuple(p["id"] for p in offered["papers"])


@functools.cache
def _callout(flags: tuple[str, ...], lang: str) -> dict[str, Any]:
    """The first callout the screener shows for these flags (`result_view`'s `flag_notes`)."""
    result = outcomes.build(outcomes.Outcome.TALK_TO_LAWYER, flags=flags, lang=lang)
    return result_view(result, lang)["flag_notes"][0]


@pytest.mark.parametrize("lang", LANGS)
def test_immigration_comes_first_and_its_paper_is_offered_on_every_such_path(lang):
    venue = tr(outcomes.NINTH_CIRCUIT_VENUE, lang)
    plea = tr(outcomes.BEFORE_A_PLEA, lang)
    wrong: list[str] = []
    for answers in PATHS:
        result = evaluate(answers, TODAY, lang)
        flags = tuple(str(f) for f in result.flags)
        if not flags or flags[0] != Flag.IMMIGRATION_ADVICE:
            wrong.append(f"immigration not first {flags}: {answers}")
            continue
        first = _callout(flags, lang)
        if first["code"] != Flag.IMMIGRATION_ADVICE or first["level"] != "danger":
            wrong.append(f"first callout {first['code']}: {answers}")
        if venue not in first["text"] or plea not in first["text"]:
            wrong.append(f"callout lacks the venue or plea advice: {answers}")
        ids = _papers(str(result.outcome), flags, lang)
        if not any(i.startswith(IMMIGRATION_QUESTIONS.id) for i in ids):
            wrong.append(f"no immigration questions paper ({result.outcome}, {ids}): {answers}")
        if len(wrong) > 5:
            break
    assert not wrong, "\n".join(wrong)


def test_the_callout_order_is_the_checkers_and_immigration_leads_it():
    """The order the screener shows callouts in is `outcomes.FLAG_ORDER` (`outcomes.build`
    sorts by it): immigration first, whatever other flags the result has."""
    assert outcomes.FLAG_ORDER[0] == Flag.IMMIGRATION_ADVICE
    every = tuple(reversed(outcomes.FLAG_ORDER))
    assert outcomes.build(outcomes.Outcome.DISMISSED, flags=every).flags[0] == (
        Flag.IMMIGRATION_ADVICE
    )
