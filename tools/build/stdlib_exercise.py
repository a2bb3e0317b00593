"""Run inside Pyodide by tools/build/slim_stdlib.mjs to find every standard-library module the
screener imports: the worker's own calls (checker.web.step), over every example case, a walk of the
interview through every answer of every question, and bad input of every kind; then the papers
(papers.web: every paper, in every format, for every example result, and bad input).

Uses nothing beyond what the checker itself imports (no random, no itertools), so the trace
holds only what the screener needs. CASES_JSON is set by the caller.
"""

import json

from checker import web
from checker.questions import QUESTIONS
from papers import web as papers_web
from papers.catalog import PAPERS

CASES = json.loads(CASES_JSON)  # noqa: F821 - set by the caller
TODAY = "2026-11-29"
DATE_SAMPLES = ("2025-03-01", "1987-10-31", "2023-12-22", "2004-03-01", "not_sure")
NUMBER_SAMPLES = (12, 19, 21, 30, 13, "not_sure")


def samples(question):
    if question.kind == "date":
        return DATE_SAMPLES
    if question.kind == "number":
        return NUMBER_SAMPLES
    values = [o.value for o in question.options]
    if question.kind == "multiple":
        return [[v] for v in values] + [values[1:3]]
    if question.id == "court_state":
        return ("VA", "CO", "NY", "not_sure")
    return values


def walk(answers, budget):
    """Depth-first through the interview; every answer of every question is tried somewhere."""
    if budget[0] <= 0:
        return
    budget[0] -= 1
    reply = json.loads(web.step(json.dumps(answers), TODAY))
    question_id = reply["next"]
    if question_id is None or reply["errors"]:
        return
    question = next(q for q in QUESTIONS if q.id == question_id)
    for value in samples(question):
        walk({**answers, question_id: value}, budget)


for case in CASES:
    web.step(json.dumps(case["answers"]), TODAY)
walk({}, [4000])
for junk in (
    "not json",
    "[]",
    "null",
    '{"court": 7}',
    '{"offense_date": "2025-02-30"}',
    '{"birth_date": "2030-01-01"}',
    '{"age_at_offense": true}',
    '{"x": {"y": [1.5]}}',
    '{"prior_drug_record": ["none", "conviction"]}',
    '{"court": "federal", "offense_date": "2025-03-01", "birth_date": "2025-03-02"}',
):
    web.step(junk, TODAY)
    web.step(junk, None)
FORMS = (  # a date or a number as the page sends it: the parts as typed
    '{"day": "1a", "month": "3", "year": "24"}',
    '{"day": "30", "month": "2", "year": "2024"}',
    '{"day": "1", "month": "3", "year": "2024", "not_sure": true}',
    '{"text": "19"}',
    '{"text": "x", "not_sure": true}',
)
AFTER_DATE = (
    '"substance": "other", "citizenship": "us_citizen", "stage": "charged", '
    '"prior_drug_record": ["none"], "prior_3607": "no", "had_prescription": "no", '
    '"consent": "yes", "birth_date": "not_sure"'
)
for form in FORMS:
    start = '{"court": "federal", "offense": "simple_possession", "offense_date": '
    web.step(start + form + "}", TODAY)
    web.step(start + '"2024-03-01", ' + AFTER_DATE + ', "age_at_offense": ' + form + "}", TODAY)

# Papers: the worker's calls, for every example case and every paper (typed fields, blank fields).
# papers.web never raises, so a failure would hide the modules after it: each call must succeed.
FIELDS = json.dumps(
    {"name": "A. Reader", "case_number": "1:25-cr-1", "district": "District of Utah"}
)
for case in CASES:
    reply = json.loads(web.step(json.dumps(case["answers"]), TODAY))
    if reply["result"]:
        listed = papers_web.papers_for(json.dumps(reply["result"]), json.dumps(reply["answers"]))
        assert "papers" in json.loads(listed), listed
    for paper_id in PAPERS:
        for fields in (FIELDS, "{}"):
            made = papers_web.make(paper_id, fields, json.dumps(case["answers"]), "docx", TODAY)
            assert isinstance(made, bytes), made
            made = papers_web.make(paper_id, fields, json.dumps(case["answers"]), "html", None)
            assert "html" in json.loads(made), made
for junk in ("not json", "[]", "null", '{"outcome": 7, "flags": "x"}'):
    papers_web.papers_for(junk, junk)
    papers_web.make("no_such_paper", junk, junk, "docx", TODAY)
    papers_web.make("lawyer_letter", junk, junk, "pdf", TODAY)
    papers_web.make("lawyer_letter", junk, junk, "html", junk)

# Spanish: the catalog and the Spanish date words, over every example case and a bad date.
for case in CASES:
    web.step(json.dumps(case["answers"]), TODAY, "es")
web.step(
    '{"court": "federal", "offense_date": {"day": "1a", "month": "3", "year": "2024"}}', TODAY, "es"
)
