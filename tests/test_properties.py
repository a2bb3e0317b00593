"""Property tests: evaluate never raises; the interview always ends in a real outcome."""

from __future__ import annotations

import datetime as dt
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import QUESTIONS, Outcome, Q, evaluate, next_question
from checker.answers import KNOWN, MULTIPLE_CHOICES, SINGLE_CHOICES
from checker.engine import INTERNAL_ERROR

settings.register_profile(
    "ci", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=300, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

TODAY = dt.date(2026, 11, 29)
OUTCOMES = {o.value for o in Outcome}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=10,
)


def plausible_value(key: str):
    """Mostly valid codes, so the search reaches deep into the rules, plus some junk."""
    if key in SINGLE_CHOICES:
        valid = st.sampled_from(SINGLE_CHOICES[key])
    elif key in MULTIPLE_CHOICES:
        valid = st.lists(st.sampled_from(MULTIPLE_CHOICES[key]), min_size=1, max_size=3)
    elif key in (Q.OFFENSE_DATE, Q.BIRTH_DATE):
        valid = st.dates(dt.date(1899, 1, 1), dt.date(2030, 1, 1)).map(str) | st.just("not_sure")
    else:
        valid = st.integers(-5, 130) | st.just("not_sure")
    return valid | json_values


answers_anything = st.dictionaries(st.text(max_size=20), json_values, max_size=8)
answers_plausible = st.fixed_dictionaries({}, optional={key: plausible_value(key) for key in KNOWN})


@given(st.one_of(answers_anything, answers_plausible, json_values))
def test_evaluate_never_raises_and_gives_a_known_outcome(answers):
    result = evaluate(answers, today=TODAY)
    data = result.as_dict()
    assert data["outcome"] in OUTCOMES
    assert not any(e["message"].startswith(INTERNAL_ERROR) for e in data["errors"]), data["errors"]
    assert result.title and result.summary and result.next_steps
    if result.outcome == Outcome.INVALID_ANSWERS:
        assert data["errors"] and all(
            isinstance(e["question"], str) and e["message"] for e in data["errors"]
        )
    if result.outcome == Outcome.NEED_MORE_ANSWERS:
        assert data["missing"]


@st.composite
def interview_runs(draw):
    answers: dict = {}
    asked: list[str] = []
    for _ in range(len(QUESTIONS) + 1):
        question = next_question(answers, TODAY)
        if question is None:
            return answers, asked
        assert question.id not in answers, f"asked {question.id} twice"
        asked.append(question.id)
        values = [o.value for o in question.options]
        if question.kind == "single":
            answer = draw(st.sampled_from(values))
        elif question.kind == "multiple":
            chosen = draw(st.lists(st.sampled_from(values), min_size=1, max_size=3, unique=True))
            answer = ["none"] if "none" in chosen else chosen
        elif question.kind == "number":
            low, high = question.number_range
            answer = draw(st.integers(low, high) | st.just("not_sure"))
        else:
            latest = TODAY
            offense = answers.get(Q.OFFENSE_DATE)
            if question.id == Q.BIRTH_DATE and offense not in (None, "not_sure"):
                latest = dt.date.fromisoformat(offense) - dt.timedelta(days=1)
            answer = draw(st.dates(dt.date(1930, 1, 1), latest).map(str) | st.just("not_sure"))
        answers[question.id] = answer
    raise AssertionError("the interview did not end within the number of questions")


@given(interview_runs())
def test_following_the_interview_always_ends_in_an_outcome(run):
    answers, asked = run
    assert len(asked) <= len(QUESTIONS)
    result = evaluate(answers, today=TODAY)
    assert result.outcome not in (Outcome.NEED_MORE_ANSWERS, Outcome.INVALID_ANSWERS)
