"""The interview map (tools/build/interview_map.py), walked by the page's own code
(site-overrides/assets/screener/interview.mjs, run under Node.js), gives the same next question as
`checker.questions.next_question` on every path through its classes, and on real answers drawn
inside each class (hypothesis), including the form's parts as typed, against `checker.web.step`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import rules, web
from checker.answers import (
    AGE_RANGE,
    EARLIEST_YEAR,
    MULTIPLE_CHOICES,
    NUMBERS,
    SINGLE_CHOICES,
    read_answers,
)
from checker.codes import NOT_SURE, Q, Record
from checker.questions import BY_ID, DATE, NUMBER, next_question
from conftest import IN_CI
from tools.build import interview_map

pytestmark = pytest.mark.node

REPO = Path(__file__).resolve().parent.parent
WALKER = REPO / "site-overrides" / "assets" / "screener" / "interview.mjs"
TODAY = dt.date(2026, 11, 30)

# Reads answers (one JSON object a line) and writes the walk of the map over each.
HARNESS = """
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
const { walk } = await import(process.env.WALKER_URL);
const map = JSON.parse(readFileSync(process.env.MAP_PATH, "utf8"));
for await (const line of createInterface({ input: process.stdin })) {
  process.stdout.write(JSON.stringify(walk(map, JSON.parse(line))) + "\\n");
}
"""


@pytest.fixture(scope="module")
def the_map() -> dict[str, Any]:
    return interview_map.build(TODAY)


@pytest.fixture(scope="module")
def node_walker(the_map, tmp_path_factory):
    """A function: answers -> the page's walk ({next, path, known}), from one Node.js process."""
    node = shutil.which("node")
    assert node, "Node.js is needed to run the page's walker"
    folder = tmp_path_factory.mktemp("walker")
    (folder / "map.json").write_text(json.dumps(the_map), encoding="utf-8")
    (folder / "harness.mjs").write_text(HARNESS, encoding="utf-8")
    env = {"WALKER_URL": WALKER.as_uri(), "MAP_PATH": str(folder / "map.json"), "PATH": ""}
    process = subprocess.Popen(
        [node, str(folder / "harness.mjs")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )

    def walk(answers: dict[str, Any]) -> dict[str, Any]:
        process.stdin.write(json.dumps(answers) + "\n")
        process.stdin.flush()
        return json.loads(process.stdout.readline())

    def walk_many(many: list[dict[str, Any]]) -> list[dict[str, Any]]:
        done = subprocess.run(
            [node, str(folder / "harness.mjs")],
            input="".join(json.dumps(a) + "\n" for a in many),
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        return [json.loads(line) for line in done.stdout.splitlines()]

    walk.many = walk_many
    yield walk
    process.stdin.close()
    process.wait(timeout=10)


def expected_next(answers: dict[str, Any]) -> str | None:
    question = next_question(answers, TODAY)
    return None if question is None else question.id


# --- The classes themselves ---------------------------------------------------------------------


def test_every_valid_set_of_records_falls_in_exactly_one_class():
    codes = MULTIPLE_CHOICES[Q.PRIOR_DRUG_RECORD]
    seen = set()
    for size in range(1, len(codes) + 1):
        for chosen in itertools.combinations(codes, size):
            if read_answers({Q.PRIOR_DRUG_RECORD: list(chosen)}, TODAY)[0] is None:
                continue  # refused: "none" beside another record
            index = rules.record_class(frozenset(chosen))
            assert index is not None, chosen
            seen.add(index)
    assert seen == set(range(len(rules.RECORD_CLASSES)))


def test_the_lines_are_the_ones_the_rules_use():
    """The classes are cut where the rules decide, not at numbers typed again here."""
    offense = rules.LINE_CLASSES[Q.OFFENSE_DATE][1]
    assert rules.statute_applies_to_offense_date(offense[0]) is True
    assert rules.statute_applies_to_offense_date(offense[0] - dt.timedelta(days=1)) is False
    assert rules.on_or_before_pardon_date(offense[1] - dt.timedelta(days=1)) is True
    assert rules.on_or_before_pardon_date(offense[1]) is False
    (age,) = rules.LINE_CLASSES[Q.AGE_AT_OFFENSE][1]
    assert rules.under_21_at_offense(age - 1) is True and rules.under_21_at_offense(age) is False
    (months,) = rules.LINE_CLASSES[Q.PROBATION_MONTHS][1]
    assert rules.probation_term_within_cap(months - 1) == "met"
    assert rules.probation_term_within_cap(months) == "not_met"
    assert set(rules.LINE_CLASSES) == {q.id for q in BY_ID.values() if q.kind in (DATE, NUMBER)}


def test_the_map_is_small_and_its_data_comes_from_the_rules(the_map):
    text = interview_map.dumps(the_map)
    assert len(text.encode()) < 6000, len(text.encode())
    assert the_map["lines"][Q.OFFENSE_DATE] == ["date", ["1987-11-01", "2023-12-23"]]
    assert the_map["lines"][Q.BIRTH_DATE] == ["age_on_offense_date", [rules.UNDER_21_AGE]]
    groups = the_map["records"][Q.PRIOR_DRUG_RECORD]
    assert [set(codes) for _, codes in groups] == [set(g) for _, g in rules.RECORD_CLASSES]
    assert the_map["nodes"][0][0] == next_question({}, TODAY).id


def test_the_cache_is_keyed_by_the_checker(tmp_path, the_map, monkeypatch):
    builds = []
    monkeypatch.setattr(interview_map, "build", lambda today=None: builds.append(1) or the_map)
    assert interview_map.load(tmp_path) == the_map
    assert interview_map.load(tmp_path) == json.loads(interview_map.dumps(the_map))
    assert len(builds) == 1  # the second time, from the cache
    (cached,) = tmp_path.iterdir()
    assert interview_map.sources_hash() in cached.name
    assert interview_map.load(None) == the_map and len(builds) == 2  # no cache: built


# --- Every path through the classes ------------------------------------------------------------


def representative_paths() -> list[tuple[dict[str, Any], str | None]]:
    """Every answers-so-far reached by one answer per class from {}, with the next question."""
    out = []

    def walk(answers: dict[str, Any]) -> None:
        question = next_question(answers, TODAY)
        out.append((answers, None if question is None else question.id))
        if question is None:
            return
        for _, value in interview_map.representatives(question.id, answers):
            walk({**answers, question.id: value})

    walk({})
    return out


def test_the_map_gives_next_question_on_every_representative_path(node_walker):
    paths = representative_paths()
    assert len(paths) > 100_000  # the whole interview, not a sample
    walks = node_walker.many([answers for answers, _ in paths])
    assert len(walks) == len(paths)
    wrong = [
        (answers, expected, got)
        for (answers, expected), got in zip(paths, walks, strict=True)
        if got["next"] != expected or not got["known"] or got["path"] != list(answers)
    ]
    assert not wrong, wrong[:3]


# --- Real answers inside each class -------------------------------------------------------------


def _lines(question: str) -> tuple[Any, ...]:
    return rules.LINE_CLASSES[question][1]


def _near(day: dt.date) -> st.SearchStrategy[dt.date]:
    return st.integers(-2, 1).map(lambda n: day + dt.timedelta(days=n))


def offense_dates() -> st.SearchStrategy[dt.date]:
    lines = _lines(Q.OFFENSE_DATE)
    anywhere = st.dates(dt.date(EARLIEST_YEAR, 1, 1), TODAY)
    return st.one_of(anywhere, *(_near(line) for line in lines))


def birth_dates(offense: dt.date) -> st.SearchStrategy[str]:
    """A real date of birth for an offense on `offense`: an age from 10 to 120 on that day, no
    earlier than 1900, no older than 120 today; often a day around the 21st birthday. "Not
    sure" when no date fits (an offense in the first years after 1900)."""
    low = max(dt.date(EARLIEST_YEAR, 1, 1), interview_map._years_before(TODAY, AGE_RANGE[1]))
    high = interview_map._years_before(offense, AGE_RANGE[0])
    if low > high:
        return st.just(NOT_SURE)
    (age,) = _lines(Q.BIRTH_DATE)
    turning = interview_map._years_before(offense, age)  # 21 on the offense date
    near = _near(turning).filter(lambda d: low <= d <= high)
    return st.one_of(st.dates(low, high), near).map(str)


def numbers(question: str) -> st.SearchStrategy[int]:
    low, high = NUMBERS[question]
    (line,) = _lines(question)
    return st.one_of(st.integers(low, high), st.integers(line - 1, line))


def records() -> st.SearchStrategy[list[str]]:
    others = [c for c in MULTIPLE_CHOICES[Q.PRIOR_DRUG_RECORD] if c != Record.NONE]
    return st.just([Record.NONE]) | st.lists(st.sampled_from(others), min_size=1, unique=True)


def as_typed(draw, question: str, value: Any) -> Any:
    """The answer as the page may send it: the code, or the form's parts as typed."""
    kind = BY_ID[question].kind
    if kind not in (DATE, NUMBER) or not draw(st.booleans()):
        return value
    if value == NOT_SURE:
        return {"not_sure": True} if kind == NUMBER else {"not_sure": True, "day": ""}
    if kind == NUMBER:
        return {"text": draw(st.sampled_from(["{}", " {} ", "0{}"])).format(value)}
    day = dt.date.fromisoformat(value)
    pad = st.sampled_from(["{}", "{:02d}", " {} "])
    return {
        "day": draw(pad).format(day.day),
        "month": draw(pad).format(day.month),
        "year": f"{day.year:04d}",
        "not_sure": False,
    }


@st.composite
def interviews(draw) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """A real interview, answered question by question with valid answers: (answers as the
    checker reads them, the same as the page may send them) after each answer."""
    answers: dict[str, Any] = {}
    typed: dict[str, Any] = {}
    steps = [(dict(answers), dict(typed))]
    while (question := next_question(answers, TODAY)) is not None:
        q = question.id
        unsure = question.allow_not_sure and draw(st.integers(0, 4)) == 0
        if q in SINGLE_CHOICES:
            value: Any = draw(st.sampled_from(SINGLE_CHOICES[q]))
        elif q in MULTIPLE_CHOICES:
            value = draw(records())
        elif unsure:
            value = NOT_SURE
        elif q == Q.OFFENSE_DATE:
            value = str(draw(offense_dates()))
        elif q == Q.BIRTH_DATE:
            value = draw(birth_dates(dt.date.fromisoformat(answers[Q.OFFENSE_DATE])))
        else:
            value = draw(numbers(q))
        answers[q] = value
        typed[q] = as_typed(draw, q, value)
        steps.append((dict(answers), dict(typed)))
    return steps


@settings(
    max_examples=1500 if IN_CI else 300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(interviews())
def test_the_map_gives_next_question_for_real_answers_in_each_class(node_walker, interview):
    for answers, typed in interview:
        assert read_answers(answers, TODAY)[0] is not None, answers  # only valid answers
        expected = expected_next(answers)
        for sent in (answers, typed):
            got = node_walker(sent)
            assert got["known"], (sent, got)
            assert got["next"] == expected, (sent, got, expected)
        reply = json.loads(web.step(json.dumps(typed), str(TODAY)))
        assert reply["next"] == expected and not reply["errors"], reply
        assert got["path"] == reply["path"]


def test_answers_the_map_cannot_read_are_left_to_python(node_walker):
    """A date that does not exist, a word for a number, an empty list: the walk stops there and
    says so (the page then waits for Python, which explains what is wrong)."""
    base = {Q.COURT: "federal", Q.OFFENSE: "simple_possession"}
    for value in ["2024-02-30", {"day": "1a", "month": "3", "year": "2024"}, "soon", 20240101]:
        got = node_walker({**base, Q.OFFENSE_DATE: value})
        assert got == {"next": Q.OFFENSE_DATE, "path": list(base), "known": False}, value
    both = {"day": "1", "month": "3", "year": "2024", "not_sure": True}
    assert node_walker({**base, Q.OFFENSE_DATE: both})["known"] is False
    federal = {**base, Q.OFFENSE_DATE: "2024-03-01", Q.CITIZENSHIP: "us_citizen"}
    federal[Q.STAGE] = "charged"
    assert node_walker({**federal, Q.PRIOR_DRUG_RECORD: []})["known"] is False
    assert node_walker({**federal, Q.PRIOR_DRUG_RECORD: ["none"]})["next"] == Q.PRIOR_3607
