"""Property tests: evaluate never raises; the interview always ends in a real outcome; web.step,
the browser's one entry point, never raises on any JSON and never invents or loses an answer."""

from __future__ import annotations

import datetime as dt
import json
import os

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from checker import QUESTIONS, Outcome, Q, evaluate, next_question, web
from checker.answers import KNOWN, MULTIPLE_CHOICES, SINGLE_CHOICES, read_answers
from checker.engine import INTERNAL_ERROR
from checker.questions import BY_ID

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
            earliest, latest = dt.date(1930, 1, 1), TODAY
            offense = answers.get(Q.OFFENSE_DATE)
            if question.id == Q.BIRTH_DATE:  # at least 10 at the offense, at most 120 today
                earliest = dt.date(TODAY.year - 120, 12, 31)
                if offense not in (None, "not_sure"):
                    day = dt.date.fromisoformat(offense)
                    latest = day.replace(year=day.year - 10, day=min(day.day, 28))
            answer = draw(st.dates(earliest, latest).map(str) | st.just("not_sure"))
        answers[question.id] = answer
    raise AssertionError("the interview did not end within the number of questions")


@given(interview_runs())
def test_following_the_interview_always_ends_in_an_outcome(run):
    answers, asked = run
    assert len(asked) <= len(QUESTIONS)
    result = evaluate(answers, today=TODAY)
    assert result.outcome not in (Outcome.NEED_MORE_ANSWERS, Outcome.INVALID_ANSWERS)


# --- web.step, the one function the browser calls: never raises, never invents or loses -------

ALL_CODES = sorted({o.value for q in QUESTIONS for o in q.options} | {"not_sure"})
ODD_CHARACTERS = list("aOlI -/.x0Z٣²\u00a0") + ["", "12"]


def _mutate(text: str, where: int, how: int, char: str) -> str:
    """One wrong character in a date-like string: replaced, inserted or deleted."""
    i = where % (len(text) + 1)
    if how == 0:
        return text[:i] + char + text[i + 1 :]
    if how == 1:
        return text[:i] + char + text[i:]
    return text[:i] + text[i + 1 :]


date_strings = st.dates(dt.date(1880, 1, 1), dt.date(2035, 12, 31)).map(str)
mutated_dates = st.builds(
    _mutate, date_strings, st.integers(0, 12), st.integers(0, 2), st.sampled_from(ODD_CHARACTERS)
)
numbers_as_strings = st.integers(-200, 300).map(str) | st.sampled_from(
    [" 19", "019", "1e3", "19.0", "١٩", "+5", "0x1f", "", "  "]
)
codes_of_any_question = st.sampled_from(ALL_CODES)
containers = (
    st.lists(codes_of_any_question, max_size=3)
    | st.dictionaries(codes_of_any_question, codes_of_any_question, max_size=2)
    | st.lists(st.lists(codes_of_any_question, max_size=2), max_size=2)
)
date_part = (
    st.integers(-5, 40).map(str)
    | st.sampled_from(["1a", "l5", "O1", "-1", "-202", "24", "0", "2024", "1987", "", " 3 "])
    | st.text(max_size=5)
    | json_values
)
date_forms = st.fixed_dictionaries(
    {},
    optional={
        "day": date_part,
        "month": date_part,
        "year": date_part,
        "not_sure": st.booleans() | json_values,
    },
)
number_forms = st.fixed_dictionaries(
    {}, optional={"text": numbers_as_strings | json_values, "not_sure": st.booleans() | json_values}
)
near_valid_junk = (
    mutated_dates
    | numbers_as_strings
    | codes_of_any_question
    | containers
    | date_forms
    | number_forms
)


def near_valid_value(key: str):
    return plausible_value(key) | near_valid_junk


answers_near_valid = st.fixed_dictionaries(
    {}, optional={key: near_valid_value(key) for key in KNOWN}
) | st.dictionaries(st.sampled_from([*KNOWN, "x", ""]), near_valid_junk, max_size=6)


@st.composite
def corrupted_runs(draw):
    """A whole interview's answers, then some of them (or their form) made wrong."""
    answers, asked = draw(interview_runs())
    for key in draw(st.lists(st.sampled_from(asked), max_size=3, unique=True)):
        answers[key] = draw(near_valid_junk)
    return answers


def _as_json(value) -> str:
    return json.dumps(value)


web_inputs = st.one_of(
    st.one_of(answers_near_valid, corrupted_runs(), answers_anything, json_values).map(_as_json),
    st.text(max_size=30),  # not JSON at all
    st.builds(lambda d, n: _as_json(d)[:n], corrupted_runs(), st.integers(0, 80)),  # cut short
)
todays = st.none() | st.just(TODAY.isoformat()) | st.text(max_size=12) | date_strings


def _day(today) -> dt.date:
    """The day the checker counts from: the page's date, or the machine's when that is junk."""
    try:
        return dt.date.fromisoformat(today)
    except (TypeError, ValueError):
        return dt.date.today()


def _no_constants(name):
    raise AssertionError(f"the reply holds {name}, which JSON.parse refuses")


@given(web_inputs, todays)
def test_web_step_never_raises_never_invents_and_never_loses_an_answer(answers_json, today):
    text = web.step(answers_json, today)
    day = _day(today)
    reply = json.loads(text, parse_constant=_no_constants)  # what the page's JSON.parse reads
    assert set(reply) == {"next", "path", "answers", "rows", "errors", "result", "failed"}
    assert reply["failed"] is False, reply["errors"]  # never the checker's own failure
    path, answers, next_id = reply["path"], reply["answers"], reply["next"]
    assert next_id is None or next_id in BY_ID
    assert len(set(path)) == len(path) and set(path) <= set(BY_ID) and next_id not in path
    assert [row["id"] for row in reply["rows"]] == path  # a refused answer is never a row
    assert all(isinstance(row["answer"], str) for row in reply["rows"])
    for error in reply["errors"]:
        assert isinstance(error["message"], str) and error["message"]
        assert error["question"] in (next_id, "answers")
        parts = error.get("parts")
        assert parts is None or (parts and set(parts) <= set(web.DATE_PARTS))
    assert set(answers) <= set(KNOWN) and set(path) <= set(answers)
    assert read_answers({q: answers[q] for q in path}, day)[1] == []  # only good answers kept

    try:
        given_answers = json.loads(answers_json)
    except (ValueError, RecursionError):
        given_answers = None
    if not isinstance(given_answers, dict):
        assert path == [] and answers == {} and reply["errors"]
        return
    for key, value in answers.items():  # never invents: every answer is one the reader gave
        assert key in given_answers
        if not isinstance(given_answers[key], dict):
            assert value == given_answers[key]
    event("the result" if next_id is None else "refused" if reply["errors"] else "a question")
    if next_id is None:
        assert set(answers) == set(path)  # finished: what no longer applies is dropped
        assert reply["result"]["outcome"] not in ("need_more_answers", "invalid_answers")
    else:
        assert reply["result"] is None and next_id not in answers
        if next_id in given_answers:  # an answer to the next question is used or explained
            assert reply["errors"]
        for key, value in given_answers.items():  # never loses an answer that may apply
            if key != next_id and not isinstance(value, dict) and key in KNOWN:
                if read_answers({key: value}, day)[0] is not None:
                    assert answers[key] == value, key

    # The page sends back what it got: the same place in the interview, nothing to fix.
    again = json.loads(web.step(json.dumps(answers), today))
    assert (again["path"], again["next"], again["errors"]) == (path, next_id, [])
