"""Every code the checker reads or writes, defined once.

Answer codes, question ids, outcome codes and flag codes are the contract in
docs-dev/checker-contract.md; pages, the screener and tests use these names, never bare strings.
"""

from __future__ import annotations

from enum import StrEnum


class Q(StrEnum):
    """Question ids (the answer keys)."""

    COURT = "court"
    COURT_STATE = "court_state"
    OFFENSE = "offense"
    SUBSTANCE = "substance"
    OFFENSE_DATE = "offense_date"
    BIRTH_DATE = "birth_date"
    AGE_AT_OFFENSE = "age_at_offense"
    CITIZENSHIP = "citizenship"
    STATUS_ON_PARDON_DATE = "status_on_pardon_date"
    LAWFUL_PRESENCE_AT_OFFENSE = "lawful_presence_at_offense"
    STAGE = "stage"
    PRIOR_DRUG_RECORD = "prior_drug_record"
    PRIOR_RECORD_BEFORE_OFFENSE = "prior_record_before_offense"
    PRIOR_3607 = "prior_3607"
    HAD_PRESCRIPTION = "had_prescription"
    CONSENT = "consent"
    PROBATION_MONTHS = "probation_months"
    VIOLATION = "violation"
    DISMISSAL_ORDER = "dismissal_order"
    EXPUNGEMENT_ORDER = "expungement_order"


NOT_SURE = "not_sure"


class Court(StrEnum):
    FEDERAL = "federal"
    STATE = "state"
    DC_SUPERIOR = "dc_superior"
    MILITARY = "military"
    FEDERAL_JUVENILE = "federal_juvenile"
    NOT_SURE = NOT_SURE


class Offense(StrEnum):
    SIMPLE_POSSESSION = "simple_possession"
    MARIJUANA_SHARING = "marijuana_sharing"
    FEDERAL_LAND_POSSESSION = "federal_land_possession"
    ATTEMPTED_POSSESSION = "attempted_possession"
    CONSPIRACY_TO_POSSESS = "conspiracy_to_possess"
    INTENT_TO_DISTRIBUTE = "intent_to_distribute"
    PRESCRIPTION_FRAUD = "prescription_fraud"
    ASSIMILATED_STATE_OFFENSE = "assimilated_state_offense"
    CIVIL_PENALTY = "civil_penalty"
    OTHER = "other"
    NOT_SURE = NOT_SURE


class Substance(StrEnum):
    MARIJUANA_ONLY = "marijuana_only"
    OTHER = "other"
    NOT_SURE = NOT_SURE


class Stage(StrEnum):
    NOT_CHARGED = "not_charged"
    CHARGED = "charged"
    FOUND_GUILTY = "found_guilty"
    ON_3607_PROBATION = "on_3607_probation"
    PROBATION_ENDED = "3607_probation_ended"
    CONVICTED = "convicted"
    NOT_SURE = NOT_SURE


class Record(StrEnum):
    NONE = "none"
    CONVICTION = "conviction"
    DIVERSION_NO_PLEA = "diversion_no_plea"
    DEFERRED_AFTER_PLEA = "deferred_after_plea"
    CONVICTION_SET_ASIDE = "conviction_set_aside"
    JUVENILE_ADJUDICATION = "juvenile_adjudication"
    FOREIGN_CONVICTION = "foreign_conviction"
    TRIBAL_CONVICTION = "tribal_conviction"
    TERRITORIAL_CONVICTION = "territorial_conviction"
    NOT_SURE = NOT_SURE


class YesNo(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_SURE = NOT_SURE


class Citizenship(StrEnum):
    US_CITIZEN = "us_citizen"
    PERMANENT_RESIDENT = "permanent_resident"
    OTHER_LAWFULLY_PRESENT = "other_lawfully_present"
    NOT_LAWFULLY_PRESENT = "not_lawfully_present"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"


class Violation(StrEnum):
    NONE = "none"
    YES_OTHER = "yes_other"
    YES_DRUGS_GUNS_OR_TESTING = "yes_drugs_guns_or_testing"
    NOT_SURE = NOT_SURE


# Where a federal court sits: the 50 states, D.C. and the territories with a federal district court.
STATES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI MP"
).split()


class Outcome(StrEnum):
    """Outcome codes, in the order docs-dev/checker-contract.md decides them."""

    INVALID_ANSWERS = "invalid_answers"
    STATE_CASE = "state_case"
    DC_SUPERIOR_COURT = "dc_superior_court"
    MILITARY_CASE = "military_case"
    FEDERAL_JUVENILE_RECORD = "federal_juvenile_record"
    TALK_TO_LAWYER = "talk_to_lawyer"
    CIVIL_PENALTY_844A = "civil_penalty_844a"
    MARIJUANA_PARDON_CERTIFICATE = "marijuana_pardon_certificate"
    MARIJUANA_PARDON_PENDING_CASE = "marijuana_pardon_pending_case"
    CONVICTION_ENTERED = "conviction_entered"
    NOT_ELIGIBLE_OFFENSE = "not_eligible_offense"
    NOT_ELIGIBLE_PRIOR_CONVICTION = "not_eligible_prior_conviction"
    NOT_ELIGIBLE_PRIOR_3607 = "not_eligible_prior_3607"
    NO_CONSENT = "no_consent"
    ELIGIBLE_ASK_FOR_3607 = "eligible_ask_for_3607"
    ELIGIBLE_ASK_FOR_3607_THEN_EXPUNGE = "eligible_ask_for_3607_then_expunge"
    PROBATION_VIOLATION_MANDATORY_REVOCATION = "probation_violation_mandatory_revocation"
    PROBATION_VIOLATION = "probation_violation"
    ON_PROBATION_DISMISSAL_DUE = "on_probation_dismissal_due"
    ASK_COURT_TO_ENTER_DISMISSAL = "ask_court_to_enter_dismissal"
    DISMISSED = "dismissed"
    EXPUNGED = "expunged"
    APPLY_FOR_EXPUNGEMENT = "apply_for_expungement"
    NEED_MORE_ANSWERS = "need_more_answers"


class Flag(StrEnum):
    IMMIGRATION_ADVICE = "immigration_advice"
    MARIJUANA_PARDON = "marijuana_pardon"
    UNDER_21_EXPUNGEMENT = "under_21_expungement"
    AGE_UNKNOWN_FOR_EXPUNGEMENT = "age_unknown_for_expungement"
    EXPUNGEMENT_UNSETTLED = "expungement_unsettled"
    LATER_RECORD_MAY_WEIGH = "later_record_may_weigh"


class Status(StrEnum):
    """How one element of the law stands for this person."""

    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"
