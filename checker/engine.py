"""The decision: the rules combined in the order of docs-dev/checker-contract.md.

`decide(answers, today)` returns a `Decision`: codes and values only, in no language (the words
layer, `outcomes`, puts words on it: `checker.evaluate` is the two together). Nothing here takes
a language or reads a text.

One decision procedure serves the result and the interview. `decide` runs it on the answers as
given and stops with `need_more_answers` only where the outcome truly depends on a missing
answer. The interview (`questions_needed`) runs the same procedure in "interview" mode, where a
few answers that only refine the result (citizenship, a prescription, the age for the under-21
notes) are asked for as well; so when the interview has nothing left to ask, `decide` has an
outcome.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from . import rules
from .answers import (
    AGE_RANGE,
    DATES,
    EARLIEST_YEAR,
    MULTIPLE_CHOICES,
    NUMBERS,
    SINGLE_CHOICES,
    AnswerError,
    Answers,
    read_answers,
)
from .answers import _years_between as years_between
from .codes import NOT_SURE, Citizenship, Court, Flag, Offense, Outcome, Q, Record, Stage, Status
from .result import Branch, Decision, Finding, Unknown
from .rules import Clause

# Outcomes on the way to a dismissal: where the under-21 expungement notes apply.
ON_THE_WAY_TO_DISMISSAL = frozenset(
    {
        Outcome.ELIGIBLE_ASK_FOR_3607,
        Outcome.ELIGIBLE_ASK_FOR_3607_THEN_EXPUNGE,
        Outcome.ON_PROBATION_DISMISSAL_DUE,
        Outcome.ASK_COURT_TO_ENTER_DISMISSAL,
        Outcome.APPLY_FOR_EXPUNGEMENT,
    }
)
PRE_JUDGMENT = (Stage.CHARGED, Stage.FOUND_GUILTY)
INTERNAL_ERROR = "The checker failed"  # how an error of the checker itself (a bug) begins
# Its text key: the English template, as for every refused answer (answers.AnswerError).
FAILED = INTERNAL_ERROR + " on these answers ({error})."
NOT_A_FEDERAL_CASE = {
    Court.STATE: Outcome.STATE_CASE,
    Court.DC_SUPERIOR: Outcome.DC_SUPERIOR_COURT,
    Court.MILITARY: Outcome.MILITARY_CASE,
    Court.FEDERAL_JUVENILE: Outcome.FEDERAL_JUVENILE_RECORD,
    Court.NOT_SURE: Outcome.TALK_TO_LAWYER,
}


# The clause each reason rests on, by its text key; the words for each key and status are in
# outcomes.REASONS (tests/test_layers.py checks that both name the same keys).
REASON_CLAUSES: dict[str, Clause] = {
    "court_federal": rules.S3607_A,
    "court_state": rules.S3607_A,
    "court_dc_superior": rules.DC_CODE,
    "court_military": rules.UCMJ_112A,
    "court_federal_juvenile": rules.S5038,
    "court_not_sure": rules.S3607_A,
    "civil_penalty": rules.S844A_J,
    "before_1987": rules.EFFECTIVE_DATE,
    "pardon_covers": rules.PARDONS,
    "stage_not_charged": rules.S3607_A,
    "stage_not_sure": rules.S3607_A,
    "judgment_entered": rules.S3562_B,
    "tenth_circuit": rules.FRIESEN,
    "circuit_unknown": rules.FRIESEN,
    "district_of_columbia": rules.DOE_V_WEBSTER,
    "pardon_lawful_presence": rules.PARDONS,
    "pardon_unlawful_presence": rules.PARDONS,
    "offense_simple_possession": rules.S844_A,
    "offense_marijuana_sharing": rules.S841_B_4,
    "offense_federal_land_possession": rules.BARIAL,
    "offense_attempted_possession": rules.S846,
    "offense_conspiracy_to_possess": rules.S846,
    "offense_assimilated_state_offense": rules.S13,
    "offense_not_sure": rules.S3607_A,
    "offense_intent_to_distribute": rules.S3607_A,
    "offense_prescription_fraud": rules.S3607_A,
    "offense_other": rules.S3607_A,
    "prior_conviction": rules.S3607_A_1,
    "foreign_conviction": rules.S3607_A_1,
    "unsettled_record": rules.S3607_A_1,
    "prior_3607": rules.S3607_A_2,
    "prescription": rules.S844_A,
    "consent": rules.S3607_A_CONSENT,
    "age_unknown": rules.S3607_C,
    "age_21_or_over": rules.S3607_C,
    "under_21": rules.S3607_C,
    "expungement_unsettled": rules.S3607_C,
    "probation_cap": rules.S3607_A_CONSENT,
    "violation_mandatory": rules.S3565_B,
    "violation": rules.S3607_A_VIOLATION,
    "violation_not_sure": rules.S3607_A_VIOLATION,
    "no_violation": rules.S3607_A_SHALL,
    "dismissal_owed": rules.S3607_A_SHALL,
    "dismissal_entered": rules.S3607_B,
    "age_unknown_after_dismissal": rules.S3607_C,
    "expungement_entered": rules.S3607_C,
    "pardon_status_date": rules.PARDONS,
    "pardon_status_assumed": rules.PARDONS,
    # A pending case the pardons seem to cover: where § 3607 would leave the reader without them.
    "without_pardon": rules.S3607_A,
}


class _Missing(Exception):
    def __init__(self, *questions: str) -> None:
        super().__init__(*questions)
        self.questions = tuple(str(q) for q in questions)


@dataclass
class _Trail:
    """What the decision looked at, in order: the reasons shown to the person."""

    answers: Answers
    interview: bool
    reasons: list[Finding] = field(default_factory=list)
    without_pardon: Outcome | None = None  # a pending pardon case: what § 3607 would give

    def require(self, question: str) -> Any:
        value = getattr(self.answers, question)
        if value is None:
            raise _Missing(question)
        return value

    def refine(self, question: str) -> Any:
        """An answer that refines the result: asked in the interview, optional in `evaluate`."""
        value = getattr(self.answers, question)
        if value is None and self.interview:
            raise _Missing(question)
        return value

    def age(self, *, required: bool = True) -> int | str | None:
        age = rules.age_at_offense(self.answers)
        if age is None and (required or self.interview):
            a = self.answers
            if isinstance(a.offense_date, dt.date) and a.birth_date is None:
                raise _Missing(Q.BIRTH_DATE)
            raise _Missing(Q.AGE_AT_OFFENSE)
        return age

    def note(self, key: str, status: Status, **values: Any) -> None:
        clause = REASON_CLAUSES[key]
        self.reasons.append(Finding(clause.cite, status, key, tuple(values.items()), clause.anchor))


class _Seen:
    """The answers, noting each one the decision reads, in order: the decision path."""

    __slots__ = ("_answers", "read")

    def __init__(self, answers: Answers) -> None:
        self._answers = answers
        self.read: dict[str, None] = {}

    def __getattr__(self, name: str) -> Any:
        self.read[name] = None
        return getattr(self._answers, name)


def _decide(answers: Answers | _Seen, interview: bool) -> tuple[Outcome, _Trail]:
    t = _Trail(answers, interview)  # type: ignore[arg-type]
    outcome = _steps(t)
    if interview:
        _answers_for_flags(t)
    return outcome, t


def _steps(t: _Trail) -> Outcome:  # noqa: C901 - one linear list of the contract's steps
    a = t.answers
    # Step 2: § 3607 is a federal statute for federal criminal cases.
    court = t.require(Q.COURT)
    if court != Court.FEDERAL:
        t.note(f"court_{court}", Status.NOT_MET if court != Court.NOT_SURE else Status.UNKNOWN)
        return NOT_A_FEDERAL_CASE[Court(court)]
    t.note("court_federal", Status.MET)

    # Step 3: a civil penalty under § 844a is not a criminal case.
    offense = t.require(Q.OFFENSE)
    if offense == Offense.CIVIL_PENALTY:
        t.note("civil_penalty", Status.NOT_MET)
        return Outcome.CIVIL_PENALTY_844A

    # Step 4: the statute reaches only offenses committed from November 1, 1987.
    t.require(Q.OFFENSE_DATE)
    if rules.statute_applies_to_offense_date(a.offense_date) is False:
        t.note("before_1987", Status.NOT_MET)
        return Outcome.TALK_TO_LAWYER

    # Step 5: the marijuana pardons.
    _pardon_answers(t, offense)
    t.refine(Q.CITIZENSHIP)
    if rules.pardon_fits_but_for_status_date(a):
        status = rules.lawful_status_on_pardon_date(a.status_on_pardon_date)
        if status != Status.MET:
            t.note("pardon_status_date", status)
    if rules.pardon_fits_but_for_lawful_presence(a):
        presence = rules.lawful_presence_at_offense(a.lawful_presence_at_offense)
        if presence != Status.MET:
            t.note("pardon_lawful_presence", presence)
    if rules.marijuana_pardon_covers(a):
        stage = t.require(Q.STAGE)
        if stage in (Stage.CONVICTED, Stage.NOT_CHARGED, *PRE_JUDGMENT):
            t.note("pardon_covers", Status.MET)
            if a.status_on_pardon_date is None:
                t.note("pardon_status_assumed", Status.UNKNOWN)
            if stage == Stage.CONVICTED:
                return Outcome.MARIJUANA_PARDON_CERTIFICATE
            _without_pardon(t, offense)
            return Outcome.MARIJUANA_PARDON_PENDING_CASE
    return _section_3607(t, offense)


def _section_3607(t: _Trail, offense: str) -> Outcome:
    """Steps 6 to 9: where the case stands, and what § 3607 gives there."""
    a = t.answers
    # Step 6: where the case stands.
    stage = t.require(Q.STAGE)
    if stage == Stage.NOT_CHARGED:
        t.note("stage_not_charged", Status.UNKNOWN)
        return Outcome.TALK_TO_LAWYER
    if stage == Stage.NOT_SURE:
        t.note("stage_not_sure", Status.UNKNOWN)
        return Outcome.TALK_TO_LAWYER
    if rules.judgment_already_entered(stage):
        t.note("judgment_entered", Status.NOT_MET)
        if rules.pardon_excluded_for_unlawful_presence(a):
            if a.citizenship == Citizenship.NOT_LAWFULLY_PRESENT:  # else step 5 said why
                t.note("pardon_unlawful_presence", Status.UNKNOWN)
            return Outcome.TALK_TO_LAWYER
        court_state = t.require(Q.COURT_STATE)
        tenth = rules.in_tenth_circuit(court_state)
        if tenth is not False:
            t.note("tenth_circuit" if tenth else "circuit_unknown", Status.UNKNOWN)
            return Outcome.TALK_TO_LAWYER
        if rules.in_district_of_columbia(court_state):
            t.note("district_of_columbia", Status.UNKNOWN)
            return Outcome.TALK_TO_LAWYER
        return Outcome.CONVICTION_ENTERED

    # Step 7: is it an offense "described in" § 844?
    state = t.require(Q.COURT_STATE) if offense == Offense.FEDERAL_LAND_POSSESSION else None
    covered = rules.offense_described_in_844(offense, state)
    t.note(f"offense_{offense}", covered)
    if covered == Status.NOT_MET:
        return Outcome.NOT_ELIGIBLE_OFFENSE
    if covered == Status.UNKNOWN:
        return Outcome.TALK_TO_LAWYER

    if stage in PRE_JUDGMENT:
        return _before_judgment(t, offense)
    return _during_or_after_probation(t, stage, offense)


def _without_pardon(t: _Trail, offense: str) -> None:
    """A pending case the pardons seem to cover: where § 3607 would leave the reader if the
    pardon turns out not to apply (the contract, step 5). The interview asks what it needs;
    `evaluate` decides it from the answers given, without making them part of the decision."""
    answers = t.answers._answers if isinstance(t.answers, _Seen) else t.answers
    route = _Trail(answers, t.interview)
    try:
        t.without_pardon = _section_3607(route, offense)
    except _Missing:
        if t.interview:
            raise
        t.without_pardon = Outcome.NEED_MORE_ANSWERS
    t.note("without_pardon", Status.UNKNOWN, outcome=t.without_pardon)
    t.reasons.extend(route.reasons)


def _pardon_answers(t: _Trail, offense: str) -> None:
    """The answers the marijuana pardons turn on, each asked only once the earlier ones leave
    the pardon possible: the date, the drug, citizenship, then the status on the pardon's date
    (optional in `evaluate`: missing is taken as yes), then lawful presence at the offense."""
    a = t.answers
    if offense in rules.PARDONED_OFFENSES and rules.on_or_before_pardon_date(a.offense_date):
        t.require(Q.SUBSTANCE)
        if rules.marijuana_possession_before_pardon_date(a):
            t.require(Q.CITIZENSHIP)
            if rules.pardon_fits_but_for_status_date(a):
                t.refine(Q.STATUS_ON_PARDON_DATE)
                if rules.pardon_fits_but_for_lawful_presence(a):
                    t.require(Q.LAWFUL_PRESENCE_AT_OFFENSE)


def _answers_for_flags(t: _Trail) -> None:
    """Some outcomes are settled early (another court, an offense before 1987), but the flags
    still turn on answers: citizenship (immigration advice, in any court) and, in a federal or
    D.C. Superior Court case, the facts of the marijuana pardons. The interview asks them once
    the outcome is known; `evaluate` does not need them."""
    if t.answers.court in (Court.FEDERAL, Court.DC_SUPERIOR):
        offense = t.require(Q.OFFENSE)
        if offense in rules.PARDONED_OFFENSES:
            t.require(Q.OFFENSE_DATE)
        _pardon_answers(t, offense)
    t.refine(Q.CITIZENSHIP)


def _before_judgment(t: _Trail, offense: str) -> Outcome:
    """Step 8: charged, or found guilty and not yet sentenced."""
    records = t.require(Q.PRIOR_DRUG_RECORD)
    before = None
    if records & (rules.UNSETTLED_RECORDS | {Record.CONVICTION}):
        before = t.require(Q.PRIOR_RECORD_BEFORE_OFFENSE)
    elif records - {Record.NONE}:
        before = t.refine(Q.PRIOR_RECORD_BEFORE_OFFENSE)  # a later record: a flag, not a bar
    conviction = rules.prior_drug_conviction_bars(records, before)
    t.note("prior_conviction", conviction)
    if conviction == Status.NOT_MET:
        return Outcome.NOT_ELIGIBLE_PRIOR_CONVICTION
    if conviction == Status.UNKNOWN:
        return Outcome.TALK_TO_LAWYER
    unsettled = rules.unsettled_prior_record(records, before)
    if unsettled == Status.UNKNOWN:
        t.note("unsettled_record", Status.UNKNOWN)
        return Outcome.TALK_TO_LAWYER
    if Record.FOREIGN_CONVICTION in records:
        t.note("foreign_conviction", Status.MET)

    prior = rules.prior_3607_disposition_bars(t.require(Q.PRIOR_3607))
    t.note("prior_3607", prior)
    if prior == Status.NOT_MET:
        return Outcome.NOT_ELIGIBLE_PRIOR_3607
    if prior == Status.UNKNOWN:
        return Outcome.TALK_TO_LAWYER

    if rules.valid_prescription_question(t.refine(Q.HAD_PRESCRIPTION)):
        t.note("prescription", Status.UNKNOWN)
        return Outcome.TALK_TO_LAWYER

    consent = rules.consent_given(t.require(Q.CONSENT))
    t.note("consent", consent)
    if consent == Status.NOT_MET:
        return Outcome.NO_CONSENT

    if _expungement_open(t, offense, unknown_age="age_unknown") == Status.MET:
        return Outcome.ELIGIBLE_ASK_FOR_3607_THEN_EXPUNGE
    return Outcome.ELIGIBLE_ASK_FOR_3607


def _expungement_open(t: _Trail, offense: str, unknown_age: str) -> Status:
    """§ 3607(c) for this person: MET (under 21, a § 844 offense), NOT_MET (21 or over), or
    UNKNOWN (age not known, or the offense may not be "under" § 844). Notes the reason."""
    under_21 = rules.under_21_at_offense(t.age())
    if under_21 is None:
        t.note(unknown_age, Status.UNKNOWN)
        return Status.UNKNOWN
    if not under_21:
        t.note("age_21_or_over", Status.NOT_MET)
        return Status.NOT_MET
    if rules.offense_under_844_for_expungement(offense) == Status.UNKNOWN:
        t.note("expungement_unsettled", Status.UNKNOWN)
        return Status.UNKNOWN
    t.note("under_21", Status.MET)
    return Status.MET


def _during_or_after_probation(t: _Trail, stage: str, offense: str) -> Outcome:
    """Step 9: on § 3607 probation, or the probation has ended.

    Once the dismissal order is entered, the probation's length and any violation no longer
    matter (§ 3607(b): the disposition is not a conviction): they are neither asked nor needed.
    """
    if stage == Stage.PROBATION_ENDED:
        dismissed = t.require(Q.DISMISSAL_ORDER)
        if dismissed == "yes":
            t.note("dismissal_entered", Status.MET)
            return _after_dismissal(t, offense)

    cap = rules.probation_term_within_cap(t.require(Q.PROBATION_MONTHS))
    t.note("probation_cap", cap)
    if cap == Status.NOT_MET:
        return Outcome.TALK_TO_LAWYER

    violation = t.require(Q.VIOLATION)
    clean = rules.no_violation(violation)
    if rules.violation_forces_revocation(violation):
        t.note("violation_mandatory", Status.NOT_MET)
        return Outcome.PROBATION_VIOLATION_MANDATORY_REVOCATION
    if clean == Status.NOT_MET:
        t.note("violation", Status.NOT_MET)
        return Outcome.PROBATION_VIOLATION
    if clean == Status.UNKNOWN:
        t.note("violation_not_sure", Status.UNKNOWN)
        return Outcome.TALK_TO_LAWYER
    t.note("no_violation", Status.MET)

    if stage == Stage.ON_3607_PROBATION:
        t.age(required=False)
        return Outcome.ON_PROBATION_DISMISSAL_DUE

    dismissed = t.require(Q.DISMISSAL_ORDER)
    t.note("dismissal_owed", Status.UNKNOWN if dismissed == NOT_SURE else Status.NOT_MET)
    t.age(required=False)
    return Outcome.ASK_COURT_TO_ENTER_DISMISSAL


def _after_dismissal(t: _Trail, offense: str) -> Outcome:
    """Step 9, dismissed: the under-21 expungement order of § 3607(c)."""
    expungement = _expungement_open(t, offense, unknown_age="age_unknown_after_dismissal")
    if expungement == Status.UNKNOWN:
        return Outcome.TALK_TO_LAWYER
    if expungement == Status.NOT_MET:
        return Outcome.DISMISSED
    if t.require(Q.EXPUNGEMENT_ORDER) == "yes":
        t.note("expungement_entered", Status.MET)
        return Outcome.EXPUNGED
    return Outcome.APPLY_FOR_EXPUNGEMENT


def _flags(a: Answers, outcome: Outcome) -> tuple[Flag, ...]:
    flags: list[Flag] = []
    if rules.needs_immigration_advice(a.citizenship):
        flags.append(Flag.IMMIGRATION_ADVICE)
    if a.court in (Court.FEDERAL, Court.DC_SUPERIOR) and rules.marijuana_pardon_covers(a):
        flags.append(Flag.MARIJUANA_PARDON)
    federal_3607_path = a.court == Court.FEDERAL and (
        outcome in ON_THE_WAY_TO_DISMISSAL
        or (
            outcome == Outcome.TALK_TO_LAWYER
            and a.stage == Stage.PROBATION_ENDED
            and a.dismissal_order == "yes"
        )
    )
    if federal_3607_path:
        age = rules.age_at_offense(a)
        under_21 = rules.under_21_at_offense(age)
        if under_21 and outcome in ON_THE_WAY_TO_DISMISSAL:
            flags.append(Flag.UNDER_21_EXPUNGEMENT)
        if age == NOT_SURE:
            flags.append(Flag.AGE_UNKNOWN_FOR_EXPUNGEMENT)
        if under_21 and rules.offense_under_844_for_expungement(a.offense) == Status.UNKNOWN:
            flags.append(Flag.EXPUNGEMENT_UNSETTLED)
    if a.court == Court.FEDERAL and a.stage in PRE_JUDGMENT:
        if rules.later_drug_record(a.prior_drug_record, a.prior_record_before_offense):
            flags.append(Flag.LATER_RECORD_MAY_WEIGH)
    return tuple(flags)


def _today(today: dt.date | str | None) -> dt.date:
    if isinstance(today, dt.date):
        return today
    if isinstance(today, str):
        return dt.date.fromisoformat(today)
    return dt.date.today()


def decide(answers: Any, today: dt.date | str | None = None) -> Decision:
    """Answers in, decision out: codes and values, in no language. Never raises: bad input
    gives `invalid_answers`, and so does a bug, with one error on `answers` (`failed`)."""
    try:
        return _decide_answers(answers, _today(today))
    except Exception as error:  # a bug must not crash the screener; say so plainly
        return failed(error)


def failed(error: Exception) -> Decision:
    """The decision when the checker itself went wrong: one error on `answers`, naming it."""
    problem = AnswerError("answers", FAILED, (("error", str(error)),))
    return Decision(Outcome.INVALID_ANSWERS, errors=(problem,))


def _decide_answers(raw: Any, today: dt.date) -> Decision:
    answers, errors = read_answers(raw, today)
    if answers is None:
        return Decision(Outcome.INVALID_ANSWERS, errors=tuple(errors))
    seen = _Seen(answers)
    try:
        outcome, trail = _decide(seen, interview=False)
    except _Missing as missing:
        depends_on, same = resolve_unknowns(answers, seen.read, Outcome.NEED_MORE_ANSWERS, today)
        return Decision(
            Outcome.NEED_MORE_ANSWERS,
            missing=missing.questions,
            depends_on=depends_on,
            same_either_way=same,
        )
    depends_on, same = resolve_unknowns(answers, seen.read, outcome, today)
    return Decision(
        outcome,
        flags=_flags(answers, outcome),
        reasons=tuple(trail.reasons),
        depends_on=depends_on,
        same_either_way=same,
    )


# --- "Not sure", resolved ----------------------------------------------------------------------
# For each answer on the decision path that is "not sure" (or missing), decide the case again
# for every value it could take: each code; for a date or a number, one value inside each range
# that the rules' lines (rules.OFFENSE_DATE_LINES, AGE_LINES, ...) cut. Vary one answer at a
# time, holding the others; then try pairs of the answers that did not matter alone.

_DAY = dt.timedelta(days=1)
_QUESTION_IDS = tuple(str(q) for q in Q)


def _outcome_of(answers: Answers) -> Outcome:
    try:
        return _decide(answers, interview=False)[0]
    except _Missing:
        return Outcome.NEED_MORE_ANSWERS


def _is_unknown(value: Any) -> bool:
    return (
        value is None or value == NOT_SURE or (isinstance(value, frozenset) and NOT_SURE in value)
    )


def _unsaid_where_pardon_turns(a: Answers, question: str) -> bool:
    """Citizenship "I prefer not to say" counts as unknown where the marijuana pardons could
    turn on it (a federal case of marijuana possession on or before December 22, 2023): the
    reader is not asked again, but the result says what another answer would change."""
    return (
        question == Q.CITIZENSHIP
        and a.citizenship == Citizenship.PREFER_NOT_TO_SAY
        and a.court == Court.FEDERAL
        and rules.marijuana_possession_before_pardon_date(a)
    )


def _years_before(day: dt.date, years: int) -> dt.date:
    """The same day `years` earlier (February 29 becomes February 28)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _birthday(birth: dt.date, years: int) -> dt.date:
    """The day a person turns `years` old (`rules.age_on`: a February 29 birthday counts from
    March 1 in a year without one)."""
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:
        return dt.date(birth.year + years, 3, 1)


def _group(question: str, typed: Any) -> Any:
    """Values the rules cannot tell apart share one decision (court states outside the groups
    of `rules.COURT_STATE_GROUPS`)."""
    if question == "court_state":
        return next((i for i, g in enumerate(rules.COURT_STATE_GROUPS) if typed in g), -1)
    return typed


def _date_ranges(lines: list[dt.date], low: dt.date, high: dt.date) -> Iterator[tuple]:
    """(value, first, last) for each range between the lines that holds a possible date."""
    cuts = sorted(set(lines))
    starts = [None, *cuts]
    ends = [*(c - _DAY for c in cuts), None]
    for first, last in zip(starts, ends, strict=True):
        value = max(first, low) if first else min(last, high)
        if low <= value <= high and (last is None or value <= last):
            yield value, first, last


def _alternatives(question: str, a: Answers, today: dt.date) -> list[tuple[Any, Any, Any, Any]]:
    """(answer as JSON, answer as the rules read it, first and last value of its range) for each
    value; a code has no range (None, None)."""
    value = getattr(a, question)
    if question in SINGLE_CHOICES:
        return [(c, c, None, None) for c in SINGLE_CHOICES[question] if c not in (NOT_SURE, value)]
    if question in MULTIPLE_CHOICES:
        kept = sorted(value - {NOT_SURE}) if isinstance(value, frozenset) else []
        out = []
        for code in MULTIPLE_CHOICES[question]:
            if code == NOT_SURE or code in kept or (code == "none" and kept):
                continue
            chosen = [code] if code == "none" else sorted([*kept, code])
            out.append((chosen, frozenset(chosen), None, None))
        return out
    if question in DATES:
        low, high = dt.date(EARLIEST_YEAR, 1, 1), today
        if question == "offense_date":
            lines = list(rules.OFFENSE_DATE_LINES)
            if isinstance(a.birth_date, dt.date):
                # answers.py refuses an age under AGE_RANGE[0] at the offense as a typing slip
                low = max(low, _birthday(a.birth_date, AGE_RANGE[0]))
                lines.append(_birthday(a.birth_date, rules.UNDER_21_AGE))
        elif isinstance(a.offense_date, dt.date) and not isinstance(a.age_at_offense, int):
            high = min(high, _years_before(a.offense_date, AGE_RANGE[0]))
            low = max(low, _years_before(today, AGE_RANGE[1] + 1) + _DAY)
            lines = [_years_before(a.offense_date, rules.UNDER_21_AGE) + _DAY]
        else:
            return []  # a birth date alone, or beside a known age, decides nothing
        return [(str(v), v, first, last) for v, first, last in _date_ranges(lines, low, high)]
    if question in NUMBERS:
        low, high = NUMBERS[question]
        cuts = rules.AGE_LINES if question == "age_at_offense" else rules.PROBATION_MONTHS_LINES
        out = []
        for first, last in zip([None, *cuts], [*(c - 1 for c in cuts), None], strict=True):
            number = first if first is not None else last
            if low <= number <= high:
                out.append((number, number, first, last))
        return out
    return []


def resolve_unknowns(
    answers: Answers,
    path: dict[str, None],
    outcome: Outcome,
    today: dt.date,
) -> tuple[tuple[Unknown, ...], tuple[str, ...]]:
    """`depends_on` and `same_either_way` for the unknown answers of this case."""
    # On the path and not known (missing or "not sure"); or answered "not sure" off the path.
    unknowns = [
        q
        for q in dict.fromkeys([*path, *_QUESTION_IDS])
        if q in _QUESTION_IDS
        and (_is_unknown(getattr(answers, q)) or _unsaid_where_pardon_turns(answers, q))
        and (q in path or getattr(answers, q) is not None)
    ]
    varied: dict[str, list[tuple[Any, Any, Any, Any, Outcome]]] = {}
    typical: dict[str, list[Any]] = {}  # one value per group, for the pairs
    for question in unknowns:
        alternatives = []
        decided: dict[Any, Outcome] = {}
        for shown, typed, first, last in _alternatives(question, answers, today):
            group = _group(question, typed)
            if group not in decided:
                other = dataclasses.replace(answers, **{question: typed})
                decided[group] = _outcome_of(other)
                typical.setdefault(question, []).append(typed)
            alternatives.append((shown, typed, first, last, decided[group]))
        if alternatives:
            varied[question] = alternatives
    depends = [q for q, alts in varied.items() if len({o for *_, o in alts} | {outcome}) > 1]
    same = [q for q in varied if q not in depends]
    # An answer that changes nothing alone may matter once another unknown is known (e.g. the
    # drug, once the date shows the pardons could apply): vary it beside each value of the other.
    together: dict[str, list[str]] = {}
    for alone in same:
        for other in unknowns:
            if other == alone or other not in typical:
                continue
            if any(_varies(answers, alone, typical[alone], other, v) for v in typical[other]):
                together.setdefault(alone, []).append(other)
    dependencies = tuple(
        Unknown(
            str(q),
            tuple(Branch(shown, o, first, last) for shown, _, first, last, o in varied[q]),
            tuple(str(t) for t in together.get(q, ())),
        )
        for q in varied
        if q in depends or q in together
    )
    return dependencies, tuple(str(q) for q in same if q not in together)


def _varies(answers: Answers, question: str, values: list, other: str, fixed: Any) -> bool:
    """Whether `question`'s values lead to different outcomes once `other` is `fixed`."""
    seen: set[Outcome] = set()
    for value in values:
        case = dataclasses.replace(answers, **{question: value, other: fixed})
        if _possible(case):
            seen.add(_outcome_of(case))
    return len(seen) > 1


def _possible(a: Answers) -> bool:
    """Two varied dates can cross: a birth less than AGE_RANGE[0] years before the offense is
    not a case answers.py accepts."""
    if isinstance(a.birth_date, dt.date) and isinstance(a.offense_date, dt.date):
        return years_between(a.birth_date, a.offense_date) >= AGE_RANGE[0]
    return True


def questions_needed(answers: Any, today: dt.date | str | None = None) -> tuple[str, ...]:
    """The interview's view: the questions still to ask, first one first; empty when done.

    Bad answers come first (to be asked again). Otherwise the question the decision stopped at,
    in interview mode.
    """
    parsed, errors = read_answers(answers, _today(today))
    if parsed is None:
        return tuple(dict.fromkeys(e.question for e in errors))
    try:
        _decide(parsed, interview=True)
    except _Missing as missing:
        return missing.questions
    return ()
