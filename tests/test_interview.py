"""The interview asks every answer the outcome or a flag depends on, and then stops.

DESIGN (the checker's contract): "The interview asks every answer that the outcome or a flag
depends on ... and nothing that cannot change either." Walk the interview over generated answers;
when it stops, `evaluate` needs nothing more, and no answer it did not ask could change the
outcome or a flag.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from test_properties import TODAY, interview_runs

from checker import QUESTIONS, Outcome, Q, evaluate, next_question, rules
from checker.engine import questions_needed

# Every value of a question worth trying: each code, and for dates and numbers one value on each
# side of each threshold the rules use (and a few more).
DAY = dt.timedelta(days=1)
SAMPLE_DATES = sorted(
    {
        rules.SECTION_3607_EFFECTIVE - DAY,
        rules.SECTION_3607_EFFECTIVE,
        rules.MARIJUANA_PARDON_2022,
        rules.MARIJUANA_PARDON_2023,
        rules.MARIJUANA_PARDON_2023 + DAY,
        dt.date(1950, 5, 5),
        dt.date(2004, 3, 1),
        dt.date(2005, 3, 2),
        dt.date(2025, 3, 1),
    }
)


def values_of(question) -> list:
    if question.kind == "single":
        return [o.value for o in question.options]
    if question.kind == "multiple":
        return [[o.value] for o in question.options]
    if question.kind == "number":
        low, high = question.number_range
        return sorted({low, 12, 13, 20, 21, 40, high}) + ["not_sure"]
    return [str(d) for d in SAMPLE_DATES] + ["not_sure"]


def unasked_changes(answers: dict) -> list[str]:
    """Each unasked answer that would change the outcome or the flags, with the value."""
    base = evaluate(answers, today=TODAY)
    changes = []
    for question in QUESTIONS:
        if question.id in answers:
            continue
        for value in values_of(question):
            other = evaluate({**answers, question.id: value}, today=TODAY)
            if other.outcome == Outcome.INVALID_ANSWERS:
                continue  # e.g. a birth date after the offense: not a possible answer
            if (other.outcome, set(other.flags)) != (base.outcome, set(base.flags)):
                changes.append(
                    f"{question.id}={value!r}: {base.outcome}/{sorted(base.flags)} -> "
                    f"{other.outcome}/{sorted(other.flags)}"
                )
    return changes


@given(interview_runs())
def test_when_the_interview_stops_no_unasked_answer_could_change_the_result(run):
    answers, _ = run
    result = evaluate(answers, today=TODAY)
    assert result.outcome != Outcome.NEED_MORE_ANSWERS, result.missing
    assert unasked_changes(answers) == []


def walk(facts: dict) -> dict:
    """The answers the interview asks for, taken from `facts`."""
    given_answers: dict = {}
    for _ in range(len(QUESTIONS) + 1):
        question = next_question(given_answers, TODAY)
        if question is None:
            return given_answers
        given_answers[question.id] = facts[question.id]
    raise AssertionError("the interview did not end")


def test_dc_superior_court_marijuana_case_is_asked_about_the_pardon():
    facts = {
        "court": "dc_superior",
        "offense": "simple_possession",
        "offense_date": "2021-04-01",
        "substance": "marijuana_only",
        "citizenship": "us_citizen",
        "status_on_pardon_date": "yes",
        "lawful_presence_at_offense": "yes",
    }
    asked = walk(facts)
    assert set(asked) == set(facts)
    result = evaluate(asked, today=TODAY)
    assert result.outcome == Outcome.DC_SUPERIOR_COURT
    assert "marijuana_pardon" in result.flags


def test_state_case_is_asked_citizenship_for_the_immigration_note():
    asked = walk({"court": "state", "citizenship": "permanent_resident"})
    assert asked == {"court": "state", "citizenship": "permanent_resident"}
    assert "immigration_advice" in evaluate(asked, today=TODAY).flags


def test_offense_date_not_sure_with_birth_date_known_asks_the_age_after_a_dismissal():
    facts = {
        "court": "federal",
        "offense": "simple_possession",
        "offense_date": "not_sure",
        "citizenship": "us_citizen",
        "stage": "3607_probation_ended",
        "dismissal_order": "yes",
        "birth_date": "2004-06-01",
        "age_at_offense": 19,
        "expungement_order": "no",
    }
    asked = walk(facts)
    assert asked.get(Q.AGE_AT_OFFENSE) == 19
    assert evaluate(asked, today=TODAY).outcome == Outcome.APPLY_FOR_EXPUNGEMENT


def test_a_later_record_of_any_kind_is_asked_about_for_the_note():
    answers = {
        "court": "federal",
        "offense": "simple_possession",
        "offense_date": "2025-03-01",
        "substance": "other",
        "citizenship": "us_citizen",
        "stage": "charged",
        "prior_drug_record": ["diversion_no_plea"],
    }
    assert questions_needed(answers, TODAY)[0] == "prior_record_before_offense"
