"""The decision steps as a by-hand checklist, for readers who cannot or will not run the screener.

Each check names the answer that decides it with the question's own words (from `questions`),
points to an outcome (from `outcomes`), and carries an example that the tests run through
`evaluate`, so this list cannot drift from the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import rules
from .codes import Outcome, Q
from .i18n import DEFAULT, joined, tr
from .questions import BY_ID

_BASE: dict[str, Any] = {
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
_PROBATION: dict[str, Any] = {
    **{k: _BASE[k] for k in ("court", "offense", "substance", "offense_date", "citizenship")},
    "stage": "on_3607_probation",
    "probation_months": 12,
    "violation": "none",
    "age_at_offense": 30,
}
_ENDED = {**_PROBATION, "stage": "3607_probation_ended", "dismissal_order": "yes"}
_MARIJUANA = {
    **_BASE,
    "substance": "marijuana_only",
    "offense_date": "2020-06-01",
    "lawful_presence_at_offense": "yes",
}


def says(question: str, *values: str) -> str:
    """The answer as the screener words it: “label” or “label” …"""
    q = BY_ID[question]
    return " or ".join(f"“{q.label_of(v)}”" for v in values)


@dataclass(frozen=True)
class Check:
    condition: str
    outcome: Outcome | None  # None: the check does not end the list; go on
    example: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    title: str
    questions: tuple[str, ...]
    checks: tuple[Check, ...]
    applies: str = ""


def _state_names(codes: frozenset[str]) -> str:
    names = sorted(BY_ID[Q.COURT_STATE].label_of(c) for c in codes)
    return joined(names, "or")  # English: the whole sentence is what the catalog translates


def steps(lang: str = DEFAULT) -> tuple[Step, ...]:
    """The checklist, its words in `lang`: each sentence is translated whole (the catalog holds
    the English sentence with the answers' words in it), never pieced together."""
    english = _steps()
    if lang == DEFAULT:
        return english

    def t(text: str) -> str:
        return tr(text, lang) if text else text

    return tuple(
        Step(
            t(step.title),
            step.questions,
            tuple(Check(t(c.condition), c.outcome, c.example) for c in step.checks),
            t(step.applies),
        )
        for step in english
    )


def _steps() -> tuple[Step, ...]:
    court = [o.value for o in BY_ID[Q.COURT].options if o.value != "federal"]
    court_outcomes = {
        "state": Outcome.STATE_CASE,
        "dc_superior": Outcome.DC_SUPERIOR_COURT,
        "military": Outcome.MILITARY_CASE,
        "federal_juvenile": Outcome.FEDERAL_JUVENILE_RECORD,
        "not_sure": Outcome.TALK_TO_LAWYER,
    }
    return (
        Step(
            "Is the case in a federal court?",
            (Q.COURT,),
            tuple(
                Check(f"You answered {says(Q.COURT, c)}.", court_outcomes[c], {**_BASE, "court": c})
                for c in court
            )
            + (Check(f"You answered {says(Q.COURT, 'federal')}: go on.", None, _BASE),),
        ),
        Step(
            "Is it a criminal case?",
            (Q.OFFENSE,),
            (
                Check(
                    f"The charge is {says(Q.OFFENSE, 'civil_penalty')}.",
                    Outcome.CIVIL_PENALTY_844A,
                    {**_BASE, "offense": "civil_penalty"},
                ),
            ),
        ),
        Step(
            "When did the offense happen?",
            (Q.OFFENSE_DATE,),
            (
                Check(
                    "The offense happened before November 1, 1987, when § 3607 took effect.",
                    Outcome.TALK_TO_LAWYER,
                    {**_BASE, "offense_date": "1987-10-31"},
                ),
            ),
        ),
        Step(
            "Do the marijuana pardons cover it?",
            (
                Q.SUBSTANCE,
                Q.OFFENSE,
                Q.OFFENSE_DATE,
                Q.CITIZENSHIP,
                Q.STATUS_ON_PARDON_DATE,
                Q.LAWFUL_PRESENCE_AT_OFFENSE,
                Q.STAGE,
            ),
            (
                Check(
                    f"All of these are true: the drug was {says(Q.SUBSTANCE, 'marijuana_only')}; "
                    f"the charge is {says(Q.OFFENSE, *sorted(rules.PARDONED_OFFENSES))}; the "
                    "offense happened on or before December 22, 2023; and you are "
                    f"{says(Q.CITIZENSHIP, 'us_citizen', 'permanent_resident')}, and you already "
                    "were on December 22, 2023 (for § 844 possession on or before October 6, "
                    "2022, that date also counts); and at the time of the offense you were a "
                    "U.S. citizen or in the United States lawfully. And a judgment of "
                    "conviction was entered.",
                    Outcome.MARIJUANA_PARDON_CERTIFICATE,
                    {**_MARIJUANA, "stage": "convicted"},
                ),
                Check(
                    "The same is true, and you are not charged, are charged, or were found "
                    "guilty and not yet sentenced.",
                    Outcome.MARIJUANA_PARDON_PENDING_CASE,
                    _MARIJUANA,
                ),
            ),
        ),
        Step(
            "Where does the case stand?",
            (Q.STAGE, Q.COURT_STATE),
            (
                Check(
                    f"You answered {says(Q.STAGE, 'not_charged', 'not_sure')}.",
                    Outcome.TALK_TO_LAWYER,
                    {**_BASE, "stage": "not_charged"},
                ),
                Check(
                    f"You answered {says(Q.STAGE, 'convicted')}, and the court is in "
                    f"{_state_names(rules.TENTH_CIRCUIT | rules.DISTRICT_OF_COLUMBIA)}, or you "
                    "are not sure where.",
                    Outcome.TALK_TO_LAWYER,
                    {**_BASE, "stage": "convicted", "court_state": "DC"},
                ),
                Check(
                    "A judgment of conviction was entered, and the marijuana pardon facts fit "
                    f"except that you answered {says(Q.CITIZENSHIP, 'not_lawfully_present')}, "
                    "or that you were not in the United States lawfully at the time of the "
                    "offense.",
                    Outcome.TALK_TO_LAWYER,
                    {
                        **_MARIJUANA,
                        "stage": "convicted",
                        "court_state": "NY",
                        "citizenship": "not_lawfully_present",
                    },
                ),
                Check(
                    "Any other case where a judgment of conviction was entered.",
                    Outcome.CONVICTION_ENTERED,
                    {**_BASE, "stage": "convicted", "court_state": "TX"},
                ),
            ),
        ),
        Step(
            "Is the charge one § 3607 covers?",
            (Q.OFFENSE, Q.COURT_STATE),
            (
                Check(
                    "The charge is "
                    + says(Q.OFFENSE, "intent_to_distribute", "prescription_fraud", "other")
                    + ".",
                    Outcome.NOT_ELIGIBLE_OFFENSE,
                    {**_BASE, "offense": "intent_to_distribute"},
                ),
                Check(
                    "The charge is "
                    + says(
                        Q.OFFENSE,
                        "attempted_possession",
                        "conspiracy_to_possess",
                        "assimilated_state_offense",
                        "not_sure",
                    )
                    + ". Courts have not settled these.",
                    Outcome.TALK_TO_LAWYER,
                    {**_BASE, "offense": "conspiracy_to_possess"},
                ),
                Check(
                    f"The charge is {says(Q.OFFENSE, 'federal_land_possession')} and the court "
                    f"is not in {_state_names(rules.FOURTH_CIRCUIT)}.",
                    Outcome.TALK_TO_LAWYER,
                    {**_BASE, "offense": "federal_land_possession", "court_state": "CA"},
                ),
                Check(
                    f"The charge is {says(Q.OFFENSE, 'simple_possession', 'marijuana_sharing')}, "
                    "or federal-land possession in those states: go on.",
                    None,
                    _BASE,
                ),
            ),
        ),
        Step(
            "Did an earlier drug record come before this offense?",
            (Q.PRIOR_DRUG_RECORD, Q.PRIOR_RECORD_BEFORE_OFFENSE),
            (
                Check(
                    f"You have {says(Q.PRIOR_DRUG_RECORD, 'conviction')} entered before the date "
                    "of this offense.",
                    Outcome.NOT_ELIGIBLE_PRIOR_CONVICTION,
                    {
                        **_BASE,
                        "prior_drug_record": ["conviction"],
                        "prior_record_before_offense": "yes",
                    },
                ),
                Check(
                    "You have a drug conviction and are not sure it came after this offense.",
                    Outcome.TALK_TO_LAWYER,
                    {
                        **_BASE,
                        "prior_drug_record": ["conviction"],
                        "prior_record_before_offense": "not_sure",
                    },
                ),
                Check(
                    "You have "
                    + says(Q.PRIOR_DRUG_RECORD, *sorted(rules.UNSETTLED_RECORDS))
                    + ", and it may have come before this offense. Courts have not settled "
                    "whether these count.",
                    Outcome.TALK_TO_LAWYER,
                    {
                        **_BASE,
                        "prior_drug_record": ["deferred_after_plea"],
                        "prior_record_before_offense": "yes",
                    },
                ),
                Check(
                    "Records entered after this offense, and "
                    + says(Q.PRIOR_DRUG_RECORD, *sorted(rules.NON_BARRING_RECORDS))
                    + ", do not stop § 3607: go on.",
                    None,
                    {
                        **_BASE,
                        "prior_drug_record": ["diversion_no_plea"],
                        "prior_record_before_offense": "yes",
                    },
                ),
            ),
            applies="Only if you are charged, or found guilty and not yet sentenced.",
        ),
        Step(
            "Have you had § 3607 before?",
            (Q.PRIOR_3607,),
            (
                Check("Yes.", Outcome.NOT_ELIGIBLE_PRIOR_3607, {**_BASE, "prior_3607": "yes"}),
                Check("Not sure.", Outcome.TALK_TO_LAWYER, {**_BASE, "prior_3607": "not_sure"}),
            ),
            applies="Only if you are charged, or found guilty and not yet sentenced.",
        ),
        Step(
            "Did you have a valid prescription?",
            (Q.HAD_PRESCRIPTION,),
            (
                Check(
                    "Yes: that may be a defense.",
                    Outcome.TALK_TO_LAWYER,
                    {**_BASE, "had_prescription": "yes"},
                ),
            ),
            applies="Only if you are charged, or found guilty and not yet sentenced.",
        ),
        Step(
            "Do you agree to § 3607 probation?",
            (Q.CONSENT,),
            (Check("No.", Outcome.NO_CONSENT, {**_BASE, "consent": "no"}),),
            applies="Only if you are charged, or found guilty and not yet sentenced.",
        ),
        Step(
            "How old were you on the date of the offense?",
            (Q.BIRTH_DATE, Q.AGE_AT_OFFENSE),
            (
                Check(
                    "Under 21.",
                    Outcome.ELIGIBLE_ASK_FOR_3607_THEN_EXPUNGE,
                    {**_BASE, "age_at_offense": 20},
                ),
                Check(
                    "Under 21, but the charge is federal-land possession: whether the "
                    "expungement reaches it is not settled.",
                    Outcome.ELIGIBLE_ASK_FOR_3607,
                    {
                        **_BASE,
                        "offense": "federal_land_possession",
                        "court_state": "VA",
                        "age_at_offense": 20,
                    },
                ),
                Check("21 or older, or not known.", Outcome.ELIGIBLE_ASK_FOR_3607, _BASE),
            ),
            applies="Only if you are charged, or found guilty and not yet sentenced.",
        ),
        Step(
            "Did the court dismiss the case?",
            (Q.DISMISSAL_ORDER,),
            (
                Check(
                    "Your § 3607 probation has ended and the court entered a dismissal order. "
                    "Skip the next step: once the case is dismissed, the probation's length and "
                    "any violation no longer matter.",
                    None,
                    {**_ENDED, "probation_months": 18, "violation": "not_sure"},
                ),
            ),
            applies="Only if your § 3607 probation has ended.",
        ),
        Step(
            "Did probation go by the rules?",
            (Q.PROBATION_MONTHS, Q.VIOLATION),
            (
                Check(
                    "The judge ordered more than 12 months.",
                    Outcome.TALK_TO_LAWYER,
                    {**_PROBATION, "probation_months": 18},
                ),
                Check(
                    f"You answered {says(Q.VIOLATION, 'yes_drugs_guns_or_testing')}.",
                    Outcome.PROBATION_VIOLATION_MANDATORY_REVOCATION,
                    {**_PROBATION, "violation": "yes_drugs_guns_or_testing"},
                ),
                Check(
                    f"You answered {says(Q.VIOLATION, 'yes_other')}.",
                    Outcome.PROBATION_VIOLATION,
                    {**_PROBATION, "violation": "yes_other"},
                ),
                Check(
                    f"You answered {says(Q.VIOLATION, 'not_sure')}.",
                    Outcome.TALK_TO_LAWYER,
                    {**_PROBATION, "violation": "not_sure"},
                ),
                Check(
                    "No violation, and you are still on probation.",
                    Outcome.ON_PROBATION_DISMISSAL_DUE,
                    _PROBATION,
                ),
            ),
            applies="Only if you are on § 3607 probation, or it has ended with no dismissal order.",
        ),
        Step(
            "After the probation: a dismissal, and were you under 21?",
            (Q.DISMISSAL_ORDER, Q.BIRTH_DATE, Q.AGE_AT_OFFENSE, Q.EXPUNGEMENT_ORDER),
            (
                Check(
                    "No dismissal order, or you are not sure.",
                    Outcome.ASK_COURT_TO_ENTER_DISMISSAL,
                    {**_ENDED, "dismissal_order": "no"},
                ),
                Check(
                    "Dismissed, and you do not know your age on the date of the offense.",
                    Outcome.TALK_TO_LAWYER,
                    {**_ENDED, "age_at_offense": "not_sure"},
                ),
                Check("Dismissed, and you were 21 or older.", Outcome.DISMISSED, _ENDED),
                Check(
                    "Dismissed, under 21, and the charge is federal-land possession.",
                    Outcome.TALK_TO_LAWYER,
                    {
                        **_ENDED,
                        "offense": "federal_land_possession",
                        "court_state": "MD",
                        "age_at_offense": 19,
                    },
                ),
                Check(
                    "Dismissed, under 21, and an expungement order was entered.",
                    Outcome.EXPUNGED,
                    {**_ENDED, "age_at_offense": 19, "expungement_order": "yes"},
                ),
                Check(
                    "Dismissed, under 21, and no expungement order yet.",
                    Outcome.APPLY_FOR_EXPUNGEMENT,
                    {**_ENDED, "age_at_offense": 19, "expungement_order": "no"},
                ),
            ),
            applies="Only if your § 3607 probation has ended.",
        ),
    )
