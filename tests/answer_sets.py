"""Answer sets and typed paper fields the tests share, written once (issue 24, item 4).

`CHARGED` is a charged § 3607 case that reaches a result, in the order the interview asks it:
a radio, a list of checkboxes and dates along the way. Tests that need a variant derive it
(`{**CHARGED, "birth_date": "not_sure", ...}`) instead of writing the set out again.
"""

from __future__ import annotations

CHARGED = {
    "court": "federal",
    "offense": "simple_possession",
    "offense_date": "2024-03-01",
    "citizenship": "permanent_resident",
    "stage": "charged",
    "prior_drug_record": ["none"],
    "prior_3607": "no",
    "had_prescription": "no",
    "consent": "yes",
    "birth_date": "2000-06-27",
}
# The same case with the age unknown: asks "I don't know" on a date and on a number.
CHARGED_AGE_UNKNOWN = {**CHARGED, "birth_date": "not_sure", "age_at_offense": "not_sure"}
# A federal conviction whose court's state the reader does not know: what would change it (the
# Tenth Circuit and D.C. go to a lawyer, elsewhere the conviction stands).
CONVICTED_NOT_SURE_WHERE = {
    "court": "federal",
    "offense": "simple_possession",
    "offense_date": "2020-01-01",
    "substance": "other",
    "citizenship": "us_citizen",
    "stage": "convicted",
    "court_state": "not_sure",
}

# What a reader might type into each paper's fields (papers/texts.py FIELDS), every field filled.
TYPED_FIELDS = {
    "name": "Jane Q. Doe",
    "case_number": "1:24-cr-00077-XYZ",
    "district": "Southern District of New York",
    "offense_date": "June 2, 2016",
    "age_at_offense": "19",
    "year_of_birth": "1997",
    "dismissal_date": "July 3, 2018",
    "arresting_agency": "U.S. Park Police",
    "probation_start": "August 4, 2024",
    "probation_months": "11",
    "probation_end": "July 4, 2025",
    "lawyer_name": "Ana Lawyer",
    "conviction_date": "September 5, 2010",
    "company": "Acme Screening Inc.",
}
