"""docs-dev/checker-contract.md stays true to checker/: its tables are generated from the code
(tools/build/contract_doc.py) and every code they list is explained in the hand-written text."""

from __future__ import annotations

import json
import re

import pytest

from checker import codes, evaluate, web
from tools.build import contract_doc

DOC = contract_doc.DOC.read_text("utf-8")
HAND_WRITTEN = contract_doc.BLOCK.sub("", DOC)  # the generated tables taken out


def section(title: str) -> str:
    """One `## ` section of the hand-written text, up to the next one."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", HAND_WRITTEN, re.M | re.S)
    assert match, f"no section '## {title}' in {contract_doc.DOC.name}"
    return match[1]


def test_generated_tables_are_up_to_date():
    assert contract_doc.render(DOC) == DOC, "run: python tools/build/contract_doc.py --write"


def test_tables_list_every_answer_key_and_code_outcome_and_flag():
    for key in codes.Q:
        assert f"| `{key}` |" in DOC, key
    enums = (codes.Court, codes.Offense, codes.Substance, codes.Stage, codes.Record, codes.YesNo,
             codes.Citizenship, codes.Violation, codes.Outcome, codes.Flag)  # fmt: skip
    for enum in enums:
        for code in enum:
            assert f"`{code}`" in DOC, f"{enum.__name__}.{code.name}"
    for state in codes.STATES:
        assert f"`{state}`" in DOC, state


def test_every_outcome_is_placed_in_the_order_of_decisions():
    text = section("Order of decisions")
    missing = [str(o) for o in codes.Outcome if f"`{o}`" not in text]
    assert missing == [], f"say where these are decided: {missing}"


def test_every_flag_says_when_it_is_set():
    text = section("The result")
    missing = [str(f) for f in codes.Flag if f"- `{f}`:" not in text]
    assert missing == [], f"say when these flags are set: {missing}"


def test_every_field_of_the_result_is_explained():
    reasoned = evaluate({"court": "state"}).as_dict()
    invalid = evaluate({"court": "moon"}).as_dict()
    text = section("The result")
    fields = [f"| `{k}` |" for k in reasoned]  # a row of the result's table each
    fields += [f"`{k}`" for k in [*reasoned["reasons"][0], *invalid["errors"][0]]]
    missing = [f for f in fields if f not in text]
    assert missing == [], f"explain these fields of Result.as_dict(): {missing}"


def test_every_answer_says_what_not_sure_does():
    text = section('What "not sure" does')
    missing = [str(k) for k in codes.Q if f"| `{k}` |" not in text]
    assert missing == [], f"say what not_sure does for: {missing}"


@pytest.mark.parametrize("answers", ["{}", '{"court": "state"}'])
def test_every_key_of_the_browsers_step_is_explained(answers):
    out = json.loads(web.step(answers, "2026-01-01"))
    text = section("The browser's view")
    missing = [k for k in out if f"| `{k}` |" not in text]
    assert missing == [], f"explain these keys of web.step: {missing}"
