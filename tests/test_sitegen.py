"""The generated pages come from checker/: every check is true of `evaluate`, and they change
when the checker's questions or outcomes change."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from checker import Outcome, evaluate, questions
from checker.checklist import steps
from checker.outcomes import FLAGS, OUTCOMES
from tools.build import sitegen

TODAY = dt.date(2026, 11, 29)
CHECKS = [(s.title, c) for s in steps() for c in s.checks]
# Outcomes that a later step of the list decides, for each step's title.
LATER = {
    step.title: {c.outcome for later in steps()[i + 1 :] for c in later.checks if c.outcome}
    for i, step in enumerate(steps())
}


@pytest.mark.parametrize(
    "title, check", CHECKS, ids=[f"{t}: {c.condition[:40]}" for t, c in CHECKS]
)
def test_each_checklist_line_is_what_evaluate_decides(title, check):
    result = evaluate(check.example, today=TODAY)
    if check.outcome is None:  # "go on": the example gets past this step to a later result
        assert result.outcome in LATER[title] - {Outcome.TALK_TO_LAWYER}
    else:
        assert result.outcome == check.outcome


def test_checklist_reaches_every_outcome_a_person_can_get():
    reached = {c.outcome for _, c in CHECKS if c.outcome}
    readable = set(OUTCOMES) - {Outcome.INVALID_ANSWERS, Outcome.NEED_MORE_ANSWERS}
    assert readable - reached == set()


def test_results_page_lists_every_outcome_and_flag():
    text = sitegen.results()
    for code, outcome in OUTCOMES.items():
        if code not in sitegen.SCREENER_ONLY:
            assert f"{{#{code}}}" in text and outcome.title in text
    for code in FLAGS:
        assert f"{{#{code}}}" in text


def test_generated_pages_change_when_a_question_changes(monkeypatch):
    before = (sitegen.checklist(), sitegen.questions())
    court = questions.BY_ID["court"]
    option = court.options[1]
    renamed = dataclasses.replace(option, label="A county court")
    changed = dataclasses.replace(court, options=(court.options[0], renamed, *court.options[2:]))
    monkeypatch.setitem(questions.BY_ID, "court", changed)
    monkeypatch.setattr(sitegen, "QUESTIONS", (changed, *questions.QUESTIONS[1:]))
    after = (sitegen.checklist(), sitegen.questions())
    assert "A county court" in after[0] and "A county court" in after[1]
    assert "A county court" not in before[0] + before[1]


def test_results_table_changes_when_an_outcome_text_changes(monkeypatch):
    text = OUTCOMES[Outcome.DISMISSED]
    monkeypatch.setitem(OUTCOMES, Outcome.DISMISSED, dataclasses.replace(text, title="Closed"))
    assert "### Closed {#dismissed}" in sitegen.results()


def test_placeholders_are_replaced_and_unknown_ones_fail():
    page = "Intro\n\n<!-- checker:checklist -->\n\nEnd"
    assert "<!-- checker" not in sitegen.render(page)
    with pytest.raises(ValueError):
        sitegen.render("<!-- checker:nonsense -->")
