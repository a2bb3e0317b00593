"""'Not sure', resolved: the result says which unknown answer decides, and what each value gives.

Contract: for every answer on the decision path that is "not sure" (or missing, in `evaluate`),
the checker decides the case for each value it could take and reports `depends_on` (answers whose
values lead to different outcomes, with each alternative's outcome) and `same_either_way`.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from test_interview import values_of
from test_properties import TODAY, answers_plausible, interview_runs

from answer_sets import CONVICTED_NOT_SURE_WHERE
from checker import Outcome, evaluate, rules
from checker.questions import BY_ID

CHARGED = {
    "court": "federal",
    "offense": "simple_possession",
    "offense_date": "2025-03-01",
    "substance": "other",
    "citizenship": "us_citizen",
    "stage": "charged",
    "prior_drug_record": ["none"],
    "prior_3607": "no",
    "had_prescription": "no",
    "consent": "yes",
    "age_at_offense": 30,
}


def sprinkle_not_sure(answers: dict, seed: int) -> dict:
    """The same answers with some turned into "not sure" where the question offers it."""
    pick = random.Random(seed)
    out = dict(answers)
    for key in answers:
        question = BY_ID[key]
        offers = question.allow_not_sure or any(o.value == "not_sure" for o in question.options)
        if offers and pick.random() < 0.35:
            out[key] = ["not_sure"] if question.kind == "multiple" else "not_sure"
    return out


def check_resolution(answers: dict) -> None:
    result = evaluate(answers, today=TODAY)
    if result.outcome == Outcome.INVALID_ANSWERS:
        assert not result.depends_on and not result.same_either_way
        return
    for dependency in result.depends_on:
        outcomes = set()
        for alternative in dependency.alternatives:
            put_in = {**answers, dependency.question: alternative.answer}
            assert evaluate(put_in, today=TODAY).outcome == alternative.outcome, (
                dependency.question,
                alternative,
            )
            outcomes.add(alternative.outcome)
        if not dependency.together_with:
            assert len(outcomes | {result.outcome}) > 1, dependency
    for question in result.same_either_way:
        for value in values_of(BY_ID[question]):
            other = evaluate({**answers, question: value}, today=TODAY)
            if other.outcome != Outcome.INVALID_ANSWERS:
                assert other.outcome == result.outcome, (question, value, other.outcome)


# Each example evaluates the case again for every value of every unknown: 500 are plenty.
@settings(max_examples=500)
@given(interview_runs(), st.integers(0, 10**6))
def test_each_alternative_is_what_evaluate_gives_with_that_value(run, seed):
    answers, _ = run
    check_resolution(sprinkle_not_sure(answers, seed))


@settings(max_examples=500)
@given(answers_plausible)
def test_resolution_holds_for_any_plausible_answers(answers):
    check_resolution(answers)


def test_court_state_not_sure_on_a_conviction_names_the_tenth_circuit():
    result = evaluate(CONVICTED_NOT_SURE_WHERE, today=TODAY)
    assert result.outcome == Outcome.TALK_TO_LAWYER
    (dependency,) = result.depends_on
    assert dependency.question == "court_state"
    by_state = {a.answer: a.outcome for a in dependency.alternatives}
    assert {s for s, o in by_state.items() if o == Outcome.TALK_TO_LAWYER} == (
        rules.TENTH_CIRCUIT | rules.DISTRICT_OF_COLUMBIA
    )
    assert by_state["TX"] == Outcome.CONVICTION_ENTERED
    assert "not_sure" not in by_state


def test_prior_3607_not_sure_depends_on_it():
    result = evaluate({**CHARGED, "prior_3607": "not_sure"}, today=TODAY)
    assert [d.question for d in result.depends_on] == ["prior_3607"]
    assert {a.answer: a.outcome for a in result.depends_on[0].alternatives} == {
        "yes": Outcome.NOT_ELIGIBLE_PRIOR_3607,
        "no": Outcome.ELIGIBLE_ASK_FOR_3607,
    }


def test_age_not_sure_gives_one_value_on_each_side_of_21():
    result = evaluate({**CHARGED, "age_at_offense": "not_sure"}, today=TODAY)
    (dependency,) = [d for d in result.depends_on if d.question == "age_at_offense"]
    assert [(a.answer, a.label, a.outcome) for a in dependency.alternatives] == [
        (20, "under 21", Outcome.ELIGIBLE_ASK_FOR_3607_THEN_EXPUNGE),
        (21, "21 or older", Outcome.ELIGIBLE_ASK_FOR_3607),
    ]


def test_offense_date_not_sure_splits_at_the_statute_and_the_birthday():
    answers = {**CHARGED, "offense_date": "not_sure", "birth_date": "2004-06-01"}
    answers.pop("age_at_offense")
    result = evaluate(answers, today=TODAY)
    (dependency,) = [d for d in result.depends_on if d.question == "offense_date"]
    labels = [a.label for a in dependency.alternatives]
    assert labels == [
        "from November 1, 1987 to December 22, 2023",
        "from December 23, 2023 to May 31, 2025",
        "on or after June 1, 2025",
    ]
    assert [a.outcome for a in dependency.alternatives] == [
        Outcome.ELIGIBLE_ASK_FOR_3607_THEN_EXPUNGE,
        Outcome.ELIGIBLE_ASK_FOR_3607_THEN_EXPUNGE,
        Outcome.ELIGIBLE_ASK_FOR_3607,
    ]


def test_two_unknowns_that_only_matter_together_are_named_together():
    answers = {**CHARGED, "offense_date": "not_sure", "substance": "not_sure"}
    result = evaluate(answers, today=TODAY)
    together = {d.question: d.together_with for d in result.depends_on}
    assert together["substance"] == ("offense_date",)


def test_an_unknown_that_changes_nothing_is_same_either_way():
    answers = {**CHARGED, "stage": "charged", "court_state": "not_sure"}
    result = evaluate(answers, today=TODAY)
    assert result.depends_on == ()
    assert result.same_either_way == ("court_state",)


def test_status_on_pardon_date_missing_shows_what_no_would_give():
    answers = {**CONVICTED_NOT_SURE_WHERE, "substance": "marijuana_only", "court_state": "NY"}
    answers["lawful_presence_at_offense"] = "yes"
    result = evaluate(answers, today=TODAY)
    assert result.outcome == Outcome.MARIJUANA_PARDON_CERTIFICATE
    (dependency,) = result.depends_on
    assert dependency.question == "status_on_pardon_date"
    assert {a.answer: a.outcome for a in dependency.alternatives}["no"] == (
        Outcome.CONVICTION_ENTERED
    )


def test_known_answers_give_no_dependencies():
    result = evaluate(CHARGED, today=TODAY)
    assert result.depends_on == () and result.same_either_way == ()


def test_the_page_and_the_command_line_say_what_would_change_the_result():
    import json
    import subprocess
    import sys

    from checker import web
    from conftest import REPO

    view = json.loads(web.step(json.dumps(CONVICTED_NOT_SURE_WHERE), str(TODAY)))["result"]
    (change,) = view["changes"]
    assert change["question"] == "court_state" and "District of" in change["where"]
    assert [g["answers"] for g in change["groups"]] == [
        "Colorado, Kansas, New Mexico, Oklahoma, Utah, Wyoming or District of Columbia",
        "Any other answer",
    ]
    assert [g["outcome"] for g in change["groups"]] == ["talk_to_lawyer", "conviction_entered"]
    done = subprocess.run(
        [sys.executable, "-m", "checker"],
        input=json.dumps(CONVICTED_NOT_SURE_WHERE),
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    assert "What would change your result:" in done.stdout
    assert "Colorado, Kansas, New Mexico, Oklahoma, Utah, Wyoming or District of Columbia" in (
        " ".join(done.stdout.split())
    )
    assert "Where to find it:" in done.stdout


def test_the_results_page_explains_what_would_change_with_the_checkers_example():
    from tools.build import sitegen

    text = sitegen.results()
    assert "## What would change your result {#what-would-change}" in text
    assert "- Colorado, Kansas, New Mexico, Oklahoma, Utah, Wyoming or District of Columbia: [" in (
        text
    )
