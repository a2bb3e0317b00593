"""The decision speaks codes and values; the words come after (issue 24.1).

`checker.decide` returns a `Decision` that holds no words in any language: outcome and flag
codes, reasons as clause + status + text key with values, unknown answers with the values that
change the outcome (a date's or a number's range as its first and last values), refused answers
as text keys with values. `checker.evaluate` is `decide` then `words`, in every language.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from typing import Any

import pytest
from reader_outputs import TODAY, cases

from checker import Decision, decide, engine, es, evaluate, rules, words
from checker.answers import DATES, MULTIPLE_CHOICES, NUMBERS, SINGLE_CHOICES
from checker.codes import Flag, Outcome, Q, Status
from checker.i18n import LANGS
from checker.result import Branch

CASES = list(cases())
CODES = {
    *map(str, (*Outcome, *Flag, *Status, *Q)),
    *(code for codes in (*SINGLE_CHOICES.values(), *MULTIPLE_CHOICES.values()) for code in codes),
}
CLAUSES = {
    text
    for clause in vars(rules).values()
    if isinstance(clause, rules.Clause)
    for text in (clause.cite, clause.anchor)
    if text
}


def strings(value: Any) -> list[str]:
    """Every string inside a decision (dataclass fields, tuples, enum members as their code;
    of a text key's `values`, the values, not their names)."""
    if isinstance(value, enum.Enum):
        return [str(value)]
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        found = []
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            if field.name == "values":
                item = [v for _, v in item]
            found += strings(item)
        return found
    if isinstance(value, (tuple, list, frozenset)):
        return [s for item in value for s in strings(item)]
    return []


@pytest.mark.parametrize("name, answers", CASES[:: max(1, len(CASES) // 120)], ids=str)
@pytest.mark.parametrize("lang", LANGS)
def test_evaluate_is_the_decision_then_its_words(name, answers, lang):
    assert evaluate(answers, TODAY, lang) == words(decide(answers, TODAY), lang)


def not_codes(decision: Decision) -> list[str]:
    """The strings of a decision that are not a code, a reason's text key, a clause or its
    anchor, or an ISO date (a refused answer's text key is checked on its own)."""
    found = []
    for text in strings(dataclasses.replace(decision, errors=())):
        if text in CODES or text in engine.REASON_CLAUSES or text in CLAUSES:
            continue
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            found.append(text)
    return found


def test_a_decision_holds_codes_and_values_only():
    """No string in any decision is a word a reader reads."""
    found = []
    for name, answers in CASES:
        decision = decide(answers, TODAY)
        assert isinstance(decision, Decision)
        keys = {e.key for e in decision.errors}
        assert keys <= set(es.CATALOG), name  # every error key is a key the catalogs translate
        found += [(name, text) for text in not_codes(decision)]
    assert found == []


def test_the_check_above_sees_words():
    """The test above can fail: a reason carrying its English text, as the old engine gave it,
    is caught."""
    answers = {"court": "federal", "offense": "civil_penalty"}
    decision = decide(answers, TODAY)
    assert decision.reasons and not_codes(decision) == []
    text = evaluate(answers, TODAY).reasons[0].text
    worded = dataclasses.replace(decision.reasons[0], key=text)
    assert not_codes(dataclasses.replace(decision, reasons=(worded,))) == [text]


@pytest.mark.parametrize("question", [*DATES, *NUMBERS])
def test_a_range_is_given_by_its_first_and_last_values_not_a_label(question):
    """For a date or a number "not sure", each alternative is a value inside its range, and the
    range's first and last values (None where open): the words layer makes the label."""
    base = {
        "court": "federal",
        "offense": "simple_possession",
        "substance": "other",
        "offense_date": "2025-03-01",
        "citizenship": "us_citizen",
        "stage": "on_3607_probation" if question == Q.PROBATION_MONTHS else "charged",
        "prior_drug_record": ["none"],
        "prior_3607": "no",
        "had_prescription": "no",
        "consent": "yes",
        "age_at_offense": 30,
        "probation_months": 12,
        "violation": "none",
    }
    if question == Q.BIRTH_DATE:
        base.pop("age_at_offense")
    answers = {**base, question: "not_sure"}
    decision = decide(answers, TODAY)
    found = [u for u in decision.depends_on if u.question == question]
    assert found, decision
    for unknown in found:
        assert len(unknown.alternatives) >= 2
        for branch in unknown.alternatives:
            assert isinstance(branch, Branch)
            value = branch.answer
            kind = dt.date if question in DATES else int
            value = dt.date.fromisoformat(value) if kind is dt.date else value
            assert branch.first is not None or branch.last is not None  # a range, not a code
            first, last = branch.first, branch.last
            assert first is None or (isinstance(first, kind) and first <= value)
            assert last is None or (isinstance(last, kind) and value <= last)
        shown = words(decision).depends_on[[u.question for u in found].index(question)]
        assert all(a.label for a in shown.alternatives)
