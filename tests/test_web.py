"""checker.web.step, the screener's one entry point: what the reader typed is refused at the
field with the part that is wrong, every other answer is kept, a change asks only what is new."""

from __future__ import annotations

import json

import pytest

from answer_sets import CHARGED  # a charged § 3607 case that reaches the result
from checker import web
from checker.questions import BY_ID

TODAY = "2026-11-29"
LATER = {k: v for k, v in CHARGED.items() if k not in ("court", "offense", "offense_date")}


def step(answers, today=TODAY) -> dict:
    return json.loads(web.step(json.dumps(answers), today))


def date(day="1", month="3", year="2024", not_sure=False) -> dict:
    return {"day": day, "month": month, "year": year, "not_sure": not_sure}


def test_the_whole_case_reaches_a_result_with_a_row_for_each_answer():
    reply = step(CHARGED)
    assert reply["next"] is None and reply["errors"] == [] and not reply["failed"]
    assert reply["path"] == list(CHARGED)
    assert reply["result"]["outcome"] == "eligible_ask_for_3607"
    rows = {row["id"]: row["answer"] for row in reply["rows"]}
    assert rows["offense_date"] == "March 1, 2024"


@pytest.mark.parametrize("day", ["1a", "l5", "O1", "-1", "x", "1.5"])
def test_a_mistyped_day_is_refused_at_the_day_and_every_other_answer_is_kept(day):
    reply = step({**CHARGED, "offense_date": date(day=day)})
    assert reply["next"] == "offense_date" and not reply["failed"]
    assert reply["errors"] == [
        {
            "question": "offense_date",
            "message": "Enter the day as a number, like 5.",
            "parts": ["day"],
        }
    ]
    assert reply["path"] == ["court", "offense"]  # the refused answer is no row
    assert [row["id"] for row in reply["rows"]] == ["court", "offense"]
    assert reply["answers"] == {k: v for k, v in CHARGED.items() if k != "offense_date"}


def test_the_call_from_the_issue_no_longer_raises_and_lists_no_row_for_the_bad_date():
    reply = step({"court": "federal", "offense": "simple_possession", "offense_date": "2024-03-1a"})
    assert reply["next"] == "offense_date" and reply["errors"][0]["question"] == "offense_date"
    assert [row["id"] for row in reply["rows"]] == ["court", "offense"]


@pytest.mark.parametrize(
    ("form", "message", "parts"),
    [
        (date(year="-202"), "Enter the year as a number, like 2024.", ["year"]),
        (date(year="24"), "Enter the year with 4 digits, like 2024.", ["year"]),
        (date(year="202"), "Enter the year with 4 digits, like 2024.", ["year"]),
        (date(month="13"), "Enter a month from 1 to 12.", ["month"]),
        (date(month="March"), "Enter the month as a number, like 3 for March.", ["month"]),
        (date(day="32"), "Enter a day from 1 to 31.", ["day"]),
        (date(day="30", month="2"), "That date does not exist. Check the day and the month.",
         ["day", "month"]),
        (date(day=""), "Enter the day.", ["day"]),
        (date(day="", year=""), "Enter the day and the year.", ["day", "year"]),
        (date(day="1a", year="24"),
         "Enter the day as a number, like 5. Enter the year with 4 digits, like 2024.",
         ["day", "year"]),
        (date(not_sure=True), "Enter a date or choose “I don't know”, not both.",
         ["day", "month", "year"]),
        (date(day="", month="", year="2024", not_sure=True),
         "Enter a date or choose “I don't know”, not both.", ["year"]),
        (date("", "", ""), "Enter the day, month and year, or choose “I don't know”.",
         ["day", "month", "year"]),
    ],
)  # fmt: skip
def test_each_wrong_part_of_a_date_gets_its_own_message(form, message, parts):
    reply = step({"court": "federal", "offense": "simple_possession", "offense_date": form})
    assert reply["errors"] == [{"question": "offense_date", "message": message, "parts": parts}]


def test_a_date_typed_as_parts_is_read_like_an_iso_date():
    reply = step({**CHARGED, "offense_date": date(day=" 01", month="3 ", year="2024")})
    assert reply["next"] is None and reply["answers"]["offense_date"] == "2024-03-01"
    assert (
        step({**CHARGED, "birth_date": date("", "", "", not_sure=True)})["answers"]["birth_date"]
        == "not_sure"
    )


def test_a_number_with_i_dont_know_ticked_is_refused_not_silently_dropped():
    answers = {**CHARGED, "birth_date": "not_sure", "age_at_offense": {"text": "19"}}
    assert step(answers)["answers"]["age_at_offense"] == 19
    answers["age_at_offense"] = {"text": "19", "not_sure": True}
    reply = step(answers)
    assert reply["next"] == "age_at_offense"
    assert reply["errors"][0]["message"] == "Enter a number or choose “I don't know”, not both."
    answers["age_at_offense"] = {"text": "", "not_sure": True}
    assert step(answers)["answers"]["age_at_offense"] == "not_sure"


@pytest.mark.parametrize("age", [0, 9, 121, "nine", "19 years"])
def test_an_implausible_age_is_refused_with_the_range(age):
    answers = {**CHARGED, "birth_date": "not_sure", "age_at_offense": {"text": str(age)}}
    reply = step(answers)
    assert reply["next"] == "age_at_offense"
    assert reply["errors"][0]["message"] == (
        "Enter your age on the date of the offense, from 10 to 120."
    )


def test_a_birth_date_making_the_person_older_than_120_or_younger_than_10_is_refused():
    reply = step({**CHARGED, "birth_date": "1905-01-01"})
    assert reply["next"] == "birth_date"
    assert "older than 120" in reply["errors"][0]["message"]
    reply = step({**CHARGED, "birth_date": "2015-01-01"})
    assert reply["next"] == "birth_date"
    assert "younger than 10 on the date of the offense" in reply["errors"][0]["message"]
    assert step({**CHARGED, "birth_date": "2014-03-01"})["next"] is None  # 10 that day


@pytest.mark.parametrize("junk", [{}, {"federal": "federal"}, ["federal"], [["federal"]], 7, None])
def test_an_object_or_a_list_where_a_code_belongs_is_refused_at_that_question(junk):
    for key in ("court", "offense", "prior_drug_record", "court_state"):
        answers = {**CHARGED, "court_state": "VA", key: junk}
        reply = step(answers)
        assert not reply["failed"]
        if key == "court_state":  # not asked in this case: not kept, not shown, no error
            assert reply["next"] is None and "court_state" not in reply["answers"]
            continue
        assert reply["next"] == key and reply["errors"][0]["question"] == key
        assert key not in [row["id"] for row in reply["rows"]]


def test_a_change_that_brings_a_new_question_keeps_every_later_answer():
    changed = {**CHARGED, "prior_drug_record": ["conviction"]}
    reply = step(changed)
    assert reply["next"] == "prior_record_before_offense" and reply["errors"] == []
    assert reply["answers"] == changed  # nothing after the change is lost
    done = step({**reply["answers"], "prior_record_before_offense": "no"})
    assert done["next"] is None  # then straight back to "Check your answers"
    assert "prior_record_before_offense" in done["path"] and "consent" in done["path"]


def test_an_earlier_offense_date_asks_about_marijuana_and_keeps_the_rest():
    changed = {**CHARGED, "offense_date": "2020-05-05"}
    reply = step(changed)
    assert reply["next"] == "substance"
    assert reply["answers"] == changed
    done = step({**changed, "substance": "other"})
    assert done["next"] is None and set(done["path"]) == set(changed) | {"substance"}


def test_answers_that_no_longer_apply_are_dropped_when_the_interview_ends():
    reply = step({**CHARGED, "court": "state"})
    # A state case still asks citizenship (the immigration note); everything else is dropped.
    assert reply["next"] is None
    assert reply["answers"] == {"court": "state", "citizenship": CHARGED["citizenship"]}
    assert reply["result"]["outcome"] == "state_case"


def test_a_stored_answer_that_a_change_makes_wrong_is_asked_again_with_the_reason():
    reply = step({**CHARGED, "offense_date": "1999-01-01", "substance": "other"})
    assert reply["next"] == "birth_date"
    assert reply["errors"][0]["message"] == (
        "Your date of birth must be before the date of the offense."
    )
    assert "birth_date" not in reply["answers"] and reply["answers"]["consent"] == "yes"


@pytest.mark.parametrize("raw", ["not json", "[]", "null", "[" * 5000, '{"court": NaN}', ""])
def test_anything_that_is_not_an_object_of_answers_is_said_so_without_raising(raw):
    reply = json.loads(web.step(raw, TODAY))
    assert not reply["failed"] and reply["next"] == "court"


@pytest.mark.parametrize("today", [None, "", "29/11/2026", "2026-02-30", 5])
def test_a_bad_today_falls_back_to_the_machine_date(today):
    assert step(CHARGED, today)["next"] is None


def test_a_failure_of_the_checker_itself_is_a_reply_that_says_so(monkeypatch):
    def broken(*_args, **_kwargs):
        raise KeyError("a bug")

    monkeypatch.setattr(web, "questions_needed", broken)
    reply = json.loads(web.step(json.dumps(CHARGED), TODAY))
    assert reply["failed"] is True and reply["next"] is None
    assert reply["errors"][0]["message"].startswith("Something went wrong on our side")


def test_label_of_never_assumes_a_10_character_string_is_a_date():
    question = BY_ID["offense_date"]
    assert question.label_of("2024-03-01") == "March 1, 2024"
    for junk in ("2024-03-1a", "2024-13-01", "abcdefghij", "2024-02-30", "20240301xx"):
        assert question.label_of(junk) == junk
    assert BY_ID["court"].label_of({"a": 1}) == "{'a': 1}"
    assert BY_ID["prior_drug_record"].label_of([["none"], "conviction"]) == (
        "['none']; A drug conviction"
    )


def test_the_empty_messages_come_from_the_checker():
    assert web.empty_message(BY_ID["offense_date"]) == (
        "Enter the day, month and year, or choose “I don't know”."
    )
    assert web.empty_message(BY_ID["court_state"]) == "Choose one from the list."
    assert web.empty_message(BY_ID["prior_drug_record"]) == "Choose at least one answer."
    assert web.empty_message(BY_ID["court"]) == "Choose one answer."
    assert web.empty_message(BY_ID["age_at_offense"]) == (
        "Enter a number, or choose “I don't know”."
    )
