"""One test (or table) per clause, written from the statute's words."""

from __future__ import annotations

import datetime as dt

import pytest

from checker import Flag, Outcome, Status, evaluate, rules
from checker.codes import Record
from checker.engine import questions_needed

TODAY = dt.date(2026, 11, 29)

ELIGIBLE = {
    "court": "federal",
    "offense": "simple_possession",
    "substance": "other",
    "offense_date": "2025-03-01",
    "citizenship": "us_citizen",
    "stage": "charged",
    "prior_drug_record": ["none"],
    "prior_3607": "no",
    "had_prescription": "no",
    "consent": "yes",
    "age_at_offense": 30,
}
ON_PROBATION = {
    "court": "federal",
    "offense": "simple_possession",
    "substance": "other",
    "offense_date": "2025-03-01",
    "citizenship": "us_citizen",
    "stage": "on_3607_probation",
    "probation_months": 12,
    "violation": "none",
    "age_at_offense": 30,
}
ENDED = {**ON_PROBATION, "stage": "3607_probation_ended", "dismissal_order": "yes"}


def outcome(answers, **changes):
    return evaluate({**answers, **changes}, today=TODAY).outcome


def without(answers, *keys):
    return {k: v for k, v in answers.items() if k not in keys}


# --- § 3607(a): "a person found guilty of an offense described in section 404" -----------------


@pytest.mark.parametrize(
    "offense, expected",
    [
        ("simple_possession", Outcome.ELIGIBLE_ASK_FOR_3607),
        ("marijuana_sharing", Outcome.ELIGIBLE_ASK_FOR_3607),  # § 841(b)(4)
        ("intent_to_distribute", Outcome.NOT_ELIGIBLE_OFFENSE),
        ("prescription_fraud", Outcome.NOT_ELIGIBLE_OFFENSE),
        ("other", Outcome.NOT_ELIGIBLE_OFFENSE),
        ("attempted_possession", Outcome.TALK_TO_LAWYER),  # § 846: unsettled
        ("conspiracy_to_possess", Outcome.TALK_TO_LAWYER),
        ("assimilated_state_offense", Outcome.TALK_TO_LAWYER),
        ("not_sure", Outcome.TALK_TO_LAWYER),
        ("civil_penalty", Outcome.CIVIL_PENALTY_844A),
    ],
)
def test_offense_must_be_described_in_section_844(offense, expected):
    assert outcome(ELIGIBLE, offense=offense) == expected


def test_any_controlled_substance_counts_with_no_amount_test():
    assert outcome(ELIGIBLE, substance="other") == Outcome.ELIGIBLE_ASK_FOR_3607


@pytest.mark.parametrize("state", sorted(rules.FOURTH_CIRCUIT))
def test_federal_land_possession_is_described_in_844_in_the_fourth_circuit(state):
    assert outcome(ELIGIBLE, offense="federal_land_possession", court_state=state) == (
        Outcome.ELIGIBLE_ASK_FOR_3607
    )


@pytest.mark.parametrize("state", ["CA", "NY", "TX", "not_sure"])
def test_federal_land_possession_is_unsettled_outside_the_fourth_circuit(state):
    assert outcome(ELIGIBLE, offense="federal_land_possession", court_state=state) == (
        Outcome.TALK_TO_LAWYER
    )


def test_under_21_federal_land_possession_expungement_is_unsettled():
    result = evaluate(
        {
            **ELIGIBLE,
            "offense": "federal_land_possession",
            "court_state": "VA",
            "age_at_offense": 19,
        },
        today=TODAY,
    )
    assert result.outcome == Outcome.ELIGIBLE_ASK_FOR_3607
    assert Flag.EXPUNGEMENT_UNSETTLED in result.flags


@pytest.mark.parametrize(
    "court, expected",
    [
        ("state", Outcome.STATE_CASE),
        ("dc_superior", Outcome.DC_SUPERIOR_COURT),
        ("military", Outcome.MILITARY_CASE),
        ("federal_juvenile", Outcome.FEDERAL_JUVENILE_RECORD),
        ("not_sure", Outcome.TALK_TO_LAWYER),
    ],
)
def test_section_3607_is_only_for_federal_criminal_courts(court, expected):
    assert outcome(ELIGIBLE, court=court) == expected


# --- Effective date: offenses committed after Nov. 1, 1987 ----------------------------------


def test_offense_before_november_1_1987_goes_to_a_lawyer():
    assert outcome(ELIGIBLE, offense_date="1987-10-31") == Outcome.TALK_TO_LAWYER


def test_offense_on_november_1_1987_is_covered():
    assert outcome(ELIGIBLE, offense_date="1987-11-01") == Outcome.ELIGIBLE_ASK_FOR_3607


def test_unknown_offense_date_does_not_block():
    assert outcome(ELIGIBLE, offense_date="not_sure") == Outcome.ELIGIBLE_ASK_FOR_3607


# --- "found guilty": before judgment, not after -------------------------------------------


@pytest.mark.parametrize("stage", ["charged", "found_guilty"])
def test_before_judgment_the_person_can_ask(stage):
    assert outcome(ELIGIBLE, stage=stage) == Outcome.ELIGIBLE_ASK_FOR_3607


@pytest.mark.parametrize("stage", ["not_charged", "not_sure"])
def test_no_charge_or_unknown_stage_goes_to_a_lawyer(stage):
    assert outcome(ELIGIBLE, stage=stage) == Outcome.TALK_TO_LAWYER


def test_judgment_of_conviction_already_entered_is_too_late():
    assert outcome(ELIGIBLE, stage="convicted", court_state="TX") == Outcome.CONVICTION_ENTERED


@pytest.mark.parametrize("state", sorted(rules.TENTH_CIRCUIT))
def test_conviction_in_the_tenth_circuit_goes_to_a_lawyer(state):
    assert outcome(ELIGIBLE, stage="convicted", court_state=state) == Outcome.TALK_TO_LAWYER


def test_conviction_in_the_district_of_columbia_goes_to_a_lawyer_like_the_tenth_circuit():
    """Doe v. Webster, 606 F.2d 1226 (D.C. Cir. 1979), still applied by the D.C. district court
    after Kokkonen (Archer, 2012; Derouen, 2018): a narrow equitable power to expunge."""
    for lang in ("en", "es"):
        result = evaluate({**ELIGIBLE, "stage": "convicted", "court_state": "DC"}, TODAY, lang)
        assert result.outcome == Outcome.TALK_TO_LAWYER
        (dc,) = [r for r in result.reasons if r.clause == rules.DOE_V_WEBSTER.cite]
        assert dc.status == Status.UNKNOWN
    assert rules.in_district_of_columbia("DC") and not rules.in_district_of_columbia("MD")
    assert rules.in_district_of_columbia("not_sure") is None


def test_conviction_where_the_court_sits_is_unknown_goes_to_a_lawyer():
    assert outcome(ELIGIBLE, stage="convicted", court_state="not_sure") == Outcome.TALK_TO_LAWYER


def test_conviction_needs_the_state_of_the_court():
    result = evaluate({**ELIGIBLE, "stage": "convicted"}, today=TODAY)
    assert result.outcome == Outcome.NEED_MORE_ANSWERS
    assert result.missing == ("court_state",)


# --- § 3607(a)(1): no drug conviction "prior to the commission of such offense" -------------


def test_drug_conviction_before_the_offense_bars():
    answers = {
        **ELIGIBLE,
        "prior_drug_record": ["conviction"],
        "prior_record_before_offense": "yes",
    }
    assert outcome(answers) == Outcome.NOT_ELIGIBLE_PRIOR_CONVICTION


def test_conviction_after_offense_date_does_not_bar():
    answers = {**ELIGIBLE, "prior_drug_record": ["conviction"], "prior_record_before_offense": "no"}
    result = evaluate(answers, today=TODAY)
    assert result.outcome == Outcome.ELIGIBLE_ASK_FOR_3607
    assert Flag.LATER_RECORD_MAY_WEIGH in result.flags


def test_not_sure_whether_conviction_came_before_goes_to_a_lawyer():
    answers = {
        **ELIGIBLE,
        "prior_drug_record": ["conviction"],
        "prior_record_before_offense": "not_sure",
    }
    assert outcome(answers) == Outcome.TALK_TO_LAWYER


def test_conviction_needs_to_know_whether_it_came_before_the_offense():
    result = evaluate({**ELIGIBLE, "prior_drug_record": ["conviction"]}, today=TODAY)
    assert result.outcome == Outcome.NEED_MORE_ANSWERS
    assert result.missing == ("prior_record_before_offense",)


@pytest.mark.parametrize("record", sorted(rules.UNSETTLED_RECORDS))
@pytest.mark.parametrize("before", ["yes", "not_sure"])
def test_unsettled_record_before_the_offense_goes_to_a_lawyer(record, before):
    answers = {**ELIGIBLE, "prior_drug_record": [record], "prior_record_before_offense": before}
    assert outcome(answers) == Outcome.TALK_TO_LAWYER


@pytest.mark.parametrize("record", sorted(rules.UNSETTLED_RECORDS))
def test_unsettled_record_entered_after_the_offense_does_not_bar(record):
    answers = {**ELIGIBLE, "prior_drug_record": [record], "prior_record_before_offense": "no"}
    assert outcome(answers) == Outcome.ELIGIBLE_ASK_FOR_3607


@pytest.mark.parametrize("record", [Record.DIVERSION_NO_PLEA, Record.FOREIGN_CONVICTION])
def test_diversion_without_plea_and_foreign_conviction_do_not_bar(record):
    answers = {**ELIGIBLE, "prior_drug_record": [record], "prior_record_before_offense": "yes"}
    assert outcome(answers) == Outcome.ELIGIBLE_ASK_FOR_3607
    assert outcome(without(answers, "prior_record_before_offense")) == (
        Outcome.ELIGIBLE_ASK_FOR_3607
    )


def test_conviction_bar_is_decided_before_unsettled_records():
    answers = {
        **ELIGIBLE,
        "prior_drug_record": ["conviction", "juvenile_adjudication"],
        "prior_record_before_offense": "yes",
    }
    assert outcome(answers) == Outcome.NOT_ELIGIBLE_PRIOR_CONVICTION


# --- § 3607(a)(2): "has not previously been the subject of a disposition" -------------------


def test_previous_3607_disposition_bars():
    assert outcome(ELIGIBLE, prior_3607="yes") == Outcome.NOT_ELIGIBLE_PRIOR_3607


def test_not_sure_about_previous_3607_goes_to_a_lawyer():
    assert outcome(ELIGIBLE, prior_3607="not_sure") == Outcome.TALK_TO_LAWYER


# --- 21 U.S.C. § 844(a): "pursuant to a valid prescription" -------------------------------------


def test_valid_prescription_goes_to_a_lawyer_first():
    assert outcome(ELIGIBLE, had_prescription="yes") == Outcome.TALK_TO_LAWYER


def test_prescription_question_is_optional_for_evaluate():
    assert outcome(without(ELIGIBLE, "had_prescription")) == Outcome.ELIGIBLE_ASK_FOR_3607


# --- § 3607(a): "with the consent of such person" ------------------------------------------


def test_no_consent_means_no_3607():
    assert outcome(ELIGIBLE, consent="no") == Outcome.NO_CONSENT


def test_undecided_consent_still_shows_the_option():
    assert outcome(ELIGIBLE, consent="not_sure") == Outcome.ELIGIBLE_ASK_FOR_3607


# --- § 3607(c): "less than twenty-one years old at the time of the offense" ------------------


def test_person_is_21_on_their_21st_birthday():
    assert rules.age_on(dt.date(2004, 3, 1), dt.date(2025, 3, 1)) == 21
    answers = without(ELIGIBLE, "age_at_offense") | {"birth_date": "2004-03-01"}
    assert outcome(answers) == Outcome.ELIGIBLE_ASK_FOR_3607


def test_person_is_20_the_day_before_their_21st_birthday():
    answers = without(ELIGIBLE, "age_at_offense") | {"birth_date": "2004-03-02"}
    assert outcome(answers) == Outcome.ELIGIBLE_ASK_FOR_3607_THEN_EXPUNGE


def test_age_is_measured_at_the_offense_not_at_the_plea():
    answers = {
        **ELIGIBLE,
        "stage": "found_guilty",
        "age_at_offense": 20,
        "offense_date": "2020-01-01",
    }
    assert outcome(answers) == Outcome.ELIGIBLE_ASK_FOR_3607_THEN_EXPUNGE


def test_dates_win_over_the_stated_age():
    answers = {**ELIGIBLE, "birth_date": "2000-01-01", "age_at_offense": 19}
    assert outcome(answers) == Outcome.ELIGIBLE_ASK_FOR_3607  # 25 by the dates


def test_unknown_age_still_eligible_with_a_flag():
    result = evaluate({**ELIGIBLE, "age_at_offense": "not_sure"}, today=TODAY)
    assert result.outcome == Outcome.ELIGIBLE_ASK_FOR_3607
    assert Flag.AGE_UNKNOWN_FOR_EXPUNGEMENT in result.flags


def test_missing_age_is_asked_for():
    result = evaluate(without(ELIGIBLE, "age_at_offense"), today=TODAY)
    assert result.outcome == Outcome.NEED_MORE_ANSWERS
    assert result.missing == ("birth_date",)


def test_under_21_flag_on_the_way_to_dismissal():
    result = evaluate({**ELIGIBLE, "age_at_offense": 19}, today=TODAY)
    assert result.outcome == Outcome.ELIGIBLE_ASK_FOR_3607_THEN_EXPUNGE
    assert Flag.UNDER_21_EXPUNGEMENT in result.flags


# --- § 3607(a): probation "for a term of not more than one year" -----------------------------


@pytest.mark.parametrize("months", [1, 6, 12])
def test_term_of_one_year_or_less_is_within_the_cap(months):
    assert outcome(ON_PROBATION, probation_months=months) == Outcome.ON_PROBATION_DISMISSAL_DUE


@pytest.mark.parametrize("months", [13, 24])
def test_term_over_one_year_goes_to_a_lawyer(months):
    assert outcome(ON_PROBATION, probation_months=months) == Outcome.TALK_TO_LAWYER


# --- § 3607(a) and § 3565: violations -----------------------------------------------------


def test_violation_sends_the_case_to_section_3565():
    assert outcome(ON_PROBATION, violation="yes_other") == Outcome.PROBATION_VIOLATION


def test_drugs_guns_or_testing_violation_forces_revocation():
    assert outcome(ON_PROBATION, violation="yes_drugs_guns_or_testing") == (
        Outcome.PROBATION_VIOLATION_MANDATORY_REVOCATION
    )
    ended_without_order = {**ENDED, "dismissal_order": "no"}
    assert outcome(ended_without_order, violation="yes_drugs_guns_or_testing") == (
        Outcome.PROBATION_VIOLATION_MANDATORY_REVOCATION
    )


# --- § 3607(b): once the dismissal order is entered, the probation is over -------------------


@pytest.mark.parametrize(
    "probation",
    [
        {"probation_months": 14},
        {"violation": "not_sure"},
        {"violation": "yes_drugs_guns_or_testing"},
        {"probation_months": "not_sure", "violation": "yes_other"},
    ],
    ids=["longer-term", "violation-not-sure", "violation-drugs", "both"],
)
def test_after_the_dismissal_order_the_probation_no_longer_matters(probation):
    assert outcome(ENDED, **probation, age_at_offense=21) == Outcome.DISMISSED
    assert outcome(ENDED, **probation, age_at_offense=19, expungement_order="no") == (
        Outcome.APPLY_FOR_EXPUNGEMENT
    )


def test_after_the_dismissal_order_the_probation_is_neither_asked_nor_needed():
    dismissed = {k: v for k, v in ENDED.items() if k not in ("probation_months", "violation")}
    assert outcome(dismissed, age_at_offense=30) == Outcome.DISMISSED
    asked = questions_needed({**dismissed, "age_at_offense": 19}, TODAY)
    assert asked == ("expungement_order",)


def test_not_sure_about_a_violation_goes_to_a_lawyer():
    assert outcome(ON_PROBATION, violation="not_sure") == Outcome.TALK_TO_LAWYER


# --- § 3607(a): "the court shall ... dismiss the proceedings" -------------------------------


@pytest.mark.parametrize("order", ["no", "not_sure"])
def test_clean_term_without_an_order_means_asking_the_court(order):
    assert outcome(ENDED, dismissal_order=order) == Outcome.ASK_COURT_TO_ENTER_DISMISSAL


def test_dismissed_at_21_or_over_is_dismissed():
    assert outcome(ENDED, age_at_offense=21) == Outcome.DISMISSED


def test_dismissed_with_unknown_age_goes_to_a_lawyer():
    assert outcome(ENDED, age_at_offense="not_sure") == Outcome.TALK_TO_LAWYER


# --- § 3607(c): "the court shall enter an expungement order upon the application" ------------


def test_under_21_dismissed_without_order_can_apply():
    assert outcome(ENDED, age_at_offense=20, expungement_order="no") == (
        Outcome.APPLY_FOR_EXPUNGEMENT
    )


def test_under_21_dismissed_with_order_is_expunged():
    assert outcome(ENDED, age_at_offense=18, expungement_order="yes") == Outcome.EXPUNGED


def test_under_21_dismissed_federal_land_expungement_goes_to_a_lawyer():
    answers = {**ENDED, "offense": "federal_land_possession", "court_state": "MD"}
    result = evaluate({**answers, "age_at_offense": 19}, today=TODAY)
    assert result.outcome == Outcome.TALK_TO_LAWYER
    assert Flag.EXPUNGEMENT_UNSETTLED in result.flags


# --- The marijuana pardons (Oct. 6, 2022; Dec. 22, 2023) ---------------------------------------

MARIJUANA = {
    **ELIGIBLE,
    "substance": "marijuana_only",
    "offense_date": "2023-12-22",
    "lawful_presence_at_offense": "yes",
}


def test_marijuana_possession_on_the_last_pardon_day_is_covered():
    result = evaluate(MARIJUANA, today=TODAY)
    assert result.outcome == Outcome.MARIJUANA_PARDON_PENDING_CASE
    assert Flag.MARIJUANA_PARDON in result.flags


def test_marijuana_possession_after_the_pardon_day_is_not_covered():
    assert outcome(MARIJUANA, offense_date="2023-12-23") == Outcome.ELIGIBLE_ASK_FOR_3607


@pytest.mark.parametrize("citizenship", ["us_citizen", "permanent_resident"])
def test_convicted_citizen_or_resident_gets_a_certificate(citizenship):
    answers = {**MARIJUANA, "stage": "convicted", "citizenship": citizenship}
    assert outcome(answers) == Outcome.MARIJUANA_PARDON_CERTIFICATE


@pytest.mark.parametrize("citizenship", ["other_lawfully_present", "prefer_not_to_say"])
def test_pardon_needs_citizen_or_permanent_resident(citizenship):
    answers = {**MARIJUANA, "stage": "convicted", "court_state": "NY", "citizenship": citizenship}
    result = evaluate(answers, today=TODAY)
    assert result.outcome == Outcome.CONVICTION_ENTERED
    assert Flag.IMMIGRATION_ADVICE in result.flags


def test_not_lawfully_present_at_the_offense_goes_to_a_lawyer():
    answers = {
        **MARIJUANA,
        "stage": "convicted",
        "court_state": "NY",
        "citizenship": "not_lawfully_present",
    }
    assert outcome(answers) == Outcome.TALK_TO_LAWYER


# Both proclamations: the pardon "does not apply to non-citizen individuals who were not lawfully
# present in the United States at the time of their offense". Status today does not answer it.

RESIDENT_2015 = {
    "court": "federal",
    "offense": "simple_possession",
    "offense_date": "2015-05-01",
    "substance": "marijuana_only",
    "citizenship": "permanent_resident",
    "status_on_pardon_date": "yes",
}


def test_pardon_needs_lawful_presence_at_the_offense_and_asks_for_it():
    """A permanent resident today with a 2015 conviction is not told the pardon covers them
    until they say they were here lawfully then: the answer is needed, and the interview asks
    it last, once everything else about the pardon fits."""
    convicted = {**RESIDENT_2015, "stage": "convicted", "court_state": "NY"}
    result = evaluate(convicted, today=TODAY)
    assert result.outcome == Outcome.NEED_MORE_ANSWERS
    assert result.missing == ("lawful_presence_at_offense",)
    assert questions_needed(convicted, TODAY) == ("lawful_presence_at_offense",)
    covered = evaluate({**convicted, "lawful_presence_at_offense": "yes"}, today=TODAY)
    assert covered.outcome == Outcome.MARIJUANA_PARDON_CERTIFICATE
    assert Flag.MARIJUANA_PARDON in covered.flags


def test_not_lawfully_present_at_the_offense_conviction_goes_to_a_lawyer():
    answers = {**RESIDENT_2015, "stage": "convicted", "court_state": "NY"}
    result = evaluate({**answers, "lawful_presence_at_offense": "no"}, today=TODAY)
    assert result.outcome == Outcome.TALK_TO_LAWYER
    assert Flag.MARIJUANA_PARDON not in result.flags
    assert any(r.clause == rules.PARDONS.cite and r.status == "not_met" for r in result.reasons)


def test_not_lawfully_present_at_the_offense_pending_case_goes_on_to_3607():
    answers = {**MARIJUANA, "citizenship": "permanent_resident", "status_on_pardon_date": "yes"}
    result = evaluate({**answers, "lawful_presence_at_offense": "no"}, today=TODAY)
    assert result.outcome == Outcome.ELIGIBLE_ASK_FOR_3607
    assert Flag.MARIJUANA_PARDON not in result.flags


@pytest.mark.parametrize("stage", ["convicted", "charged"])
def test_lawful_presence_not_sure_is_not_covered_and_named_in_depends_on(stage):
    answers = {**RESIDENT_2015, "stage": stage, "court_state": "NY"}
    answers |= {k: v for k, v in ELIGIBLE.items() if k not in answers}
    result = evaluate({**answers, "lawful_presence_at_offense": "not_sure"}, today=TODAY)
    expected = Outcome.CONVICTION_ENTERED if stage == "convicted" else Outcome.ELIGIBLE_ASK_FOR_3607
    assert result.outcome == expected
    assert Flag.MARIJUANA_PARDON not in result.flags
    dependency = {d.question: d for d in result.depends_on}["lawful_presence_at_offense"]
    assert {a.answer: a.outcome for a in dependency.alternatives}["yes"] in (
        Outcome.MARIJUANA_PARDON_CERTIFICATE,
        Outcome.MARIJUANA_PARDON_PENDING_CASE,
    )


def test_lawful_presence_is_not_asked_unless_everything_else_fits():
    for other in (
        {"status_on_pardon_date": "no"},
        {"status_on_pardon_date": "not_sure"},
        {"citizenship": "other_lawfully_present"},
        {"citizenship": "prefer_not_to_say"},
        {"substance": "other"},
        {"offense_date": "2024-01-10"},
    ):
        answers = {**RESIDENT_2015, **other, "stage": "convicted", "court_state": "NY"}
        assert "lawful_presence_at_offense" not in questions_needed(answers, TODAY), other
        assert evaluate(answers, today=TODAY).outcome != Outcome.NEED_MORE_ANSWERS, other


@pytest.mark.parametrize(
    "answer, expected",
    [
        ("yes", Status.MET),
        ("no", Status.NOT_MET),
        ("not_sure", Status.UNKNOWN),
        (None, Status.UNKNOWN),
    ],
)
def test_lawful_presence_at_offense(answer, expected):
    assert rules.lawful_presence_at_offense(answer) == expected


def test_pending_pardon_case_still_shows_where_3607_would_leave_the_reader():
    """Step 5: a pending case the pardons cover also shows the § 3607 result, in a reason that
    names that result's title, in each language."""
    for lang in ("en", "es"):
        pardon = evaluate(MARIJUANA, today=TODAY, lang=lang)
        assert pardon.outcome == Outcome.MARIJUANA_PARDON_PENDING_CASE
        without = evaluate({**MARIJUANA, "offense_date": "2023-12-23"}, today=TODAY, lang=lang)
        assert without.outcome == Outcome.ELIGIBLE_ASK_FOR_3607
        shown = [r.text for r in pardon.reasons if r.clause == rules.S3607_A.cite]
        assert any(f"“{without.title}”" in text for text in shown), shown
        # and the § 3607 reasons themselves follow
        assert {r.text for r in without.reasons} - {r.text for r in pardon.reasons} <= {
            r.text for r in without.reasons if r.clause == rules.S3607_A.cite
        }


def test_pending_pardon_case_interview_asks_the_3607_questions():
    before = {k: v for k, v in MARIJUANA.items() if k != "consent"}
    before["status_on_pardon_date"] = "yes"
    assert questions_needed(before, TODAY) == ("consent",)


def test_citizenship_prefer_not_to_say_is_named_in_depends_on_where_the_pardon_turns_on_it():
    """DESIGN, "not sure" resolved: a 2019 marijuana conviction and "I prefer not to say"."""
    answers = {**RESIDENT_2015, "offense_date": "2019-06-01", "stage": "convicted"}
    answers |= {"court_state": "NY", "citizenship": "prefer_not_to_say"}
    result = evaluate(answers, today=TODAY)
    assert result.outcome == Outcome.CONVICTION_ENTERED
    assert "citizenship" in [d.question for d in result.depends_on]
    assert questions_needed(answers, TODAY) == ()
    cocaine = evaluate({**answers, "substance": "other"}, today=TODAY)
    assert "citizenship" not in [d.question for d in cocaine.depends_on]
    assert "citizenship" not in cocaine.same_either_way


@pytest.mark.parametrize("offense", ["attempted_possession", "federal_land_possession"])
def test_2023_pardon_covers_attempt_and_federal_land(offense):
    assert outcome(MARIJUANA, offense=offense) == Outcome.MARIJUANA_PARDON_PENDING_CASE


# "current" citizens and permanent residents: status on the proclamation's date, not today.


def test_pardon_needs_citizen_or_resident_status_on_the_pardon_date():
    answers = {**MARIJUANA, "stage": "convicted", "court_state": "NY"}
    became_resident_in_2024 = {
        **answers,
        "citizenship": "permanent_resident",
        "status_on_pardon_date": "no",
    }
    result = evaluate(became_resident_in_2024, today=TODAY)
    assert result.outcome == Outcome.CONVICTION_ENTERED
    assert Flag.MARIJUANA_PARDON not in result.flags
    assert any(r.clause == rules.PARDONS.cite and r.status == "not_met" for r in result.reasons)


def test_pardon_with_status_on_the_pardon_date_is_covered():
    answers = {**MARIJUANA, "stage": "convicted", "status_on_pardon_date": "yes"}
    result = evaluate({**answers, "citizenship": "permanent_resident"}, today=TODAY)
    assert result.outcome == Outcome.MARIJUANA_PARDON_CERTIFICATE
    assert not any(r.status == "unknown" for r in result.reasons)


def test_status_on_pardon_date_not_sure_means_the_pardon_is_not_confirmed():
    answers = {**MARIJUANA, "status_on_pardon_date": "not_sure"}
    result = evaluate(answers, today=TODAY)
    assert result.outcome == Outcome.ELIGIBLE_ASK_FOR_3607
    assert any(r.clause == rules.PARDONS.cite and r.status == "unknown" for r in result.reasons)


def test_status_on_pardon_date_missing_is_assumed_and_the_reasons_say_so():
    result = evaluate({**MARIJUANA, "stage": "convicted"}, today=TODAY)
    assert result.outcome == Outcome.MARIJUANA_PARDON_CERTIFICATE
    assumed = [r for r in result.reasons if r.status == "unknown"]
    assert assumed and "December 22, 2023" in assumed[0].text


def test_interview_asks_status_on_pardon_date_only_when_the_pardon_can_turn_on_it():
    before = {k: v for k, v in MARIJUANA.items() if k not in ("stage",)}
    assert questions_needed(before, TODAY)[0] == "status_on_pardon_date"
    assert "status_on_pardon_date" not in questions_needed(
        {**before, "citizenship": "other_lawfully_present"}, TODAY
    )
    assert questions_needed({**before, "substance": "other"}, TODAY)[0] == "stage"


@pytest.mark.parametrize(
    "status, expected",
    [("yes", Status.MET), (None, Status.MET), ("no", Status.NOT_MET), ("not_sure", Status.UNKNOWN)],
)
def test_lawful_status_on_pardon_date(status, expected):
    assert rules.lawful_status_on_pardon_date(status) == expected


def test_sharing_marijuana_is_not_a_pardoned_offense():
    assert outcome(MARIJUANA, offense="marijuana_sharing") == Outcome.ELIGIBLE_ASK_FOR_3607


def test_pardon_flag_shows_for_dc_superior_court():
    result = evaluate({**MARIJUANA, "court": "dc_superior"}, today=TODAY)
    assert result.outcome == Outcome.DC_SUPERIOR_COURT
    assert Flag.MARIJUANA_PARDON in result.flags


# --- 8 U.S.C. § 1101(a)(48)(A): immigration ---------------------------------------------------


@pytest.mark.parametrize(
    "citizenship",
    ["permanent_resident", "other_lawfully_present", "not_lawfully_present", "prefer_not_to_say"],
)
def test_anyone_not_a_citizen_is_told_to_get_immigration_advice(citizenship):
    result = evaluate({**ELIGIBLE, "citizenship": citizenship}, today=TODAY)
    assert result.flags[0] == Flag.IMMIGRATION_ADVICE  # first and loudest


def test_citizen_gets_no_immigration_flag():
    assert Flag.IMMIGRATION_ADVICE not in evaluate(ELIGIBLE, today=TODAY).flags


# --- Reasons cite their clauses --------------------------------------------------------------


def test_every_reason_cites_a_clause_and_has_a_status():
    result = evaluate(ELIGIBLE, today=TODAY)
    clauses = [r.clause for r in result.reasons]
    assert "18 U.S.C. § 3607(a)(1)" in clauses and "18 U.S.C. § 3607(a)(2)" in clauses
    assert all(r.status in set(Status) for r in result.reasons)


def test_rule_docstrings_start_with_their_clause():
    for name in (
        "offense_described_in_844",
        "prior_drug_conviction_bars",
        "prior_3607_disposition_bars",
        "consent_given",
        "probation_term_within_cap",
        "violation_forces_revocation",
        "dismissal_due_at_end_of_term",
        "under_21_at_offense",
    ):
        doc = getattr(rules, name).__doc__
        assert doc.lstrip().startswith(("18 U.S.C. §", "21 U.S.C. §")), name


# --- Only what the outcome depends on is required -----------------------------------------


def test_substance_is_not_needed_after_the_pardon_date():
    answers = without(ELIGIBLE, "substance")
    assert outcome(answers) == Outcome.ELIGIBLE_ASK_FOR_3607
    assert outcome(answers, offense_date="2020-01-01") == Outcome.NEED_MORE_ANSWERS


def test_pardon_exclusion_does_not_need_the_court_state():
    answers = {**MARIJUANA, "stage": "convicted", "citizenship": "not_lawfully_present"}
    assert outcome(answers) == Outcome.TALK_TO_LAWYER


def test_probation_stages_do_not_need_prior_record_or_consent():
    assert outcome(ON_PROBATION) == Outcome.ON_PROBATION_DISMISSAL_DUE
    assert outcome(without(ON_PROBATION, "age_at_offense")) == Outcome.ON_PROBATION_DISMISSAL_DUE
