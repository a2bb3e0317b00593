"""The law, one small pure function per element.

Each docstring starts with the clause it encodes and quotes its words, so a reader holding the
statute can tick the clauses off one by one. Sources and how far to trust them:
docs-dev/legal-sources.md.
Statuses: MET (the element is satisfied), NOT_MET (it fails), UNKNOWN (unsettled law or an
answer of "not sure": the result sends the person to a lawyer rather than guess).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .answers import Answers
from .codes import NOT_SURE, Citizenship, Offense, Q, Record, Stage, Status, Substance, Violation


@dataclass(frozen=True)
class Clause:
    """A provision the checker relies on: its citation and its anchor on the site's law page."""

    cite: str
    anchor: str | None = None


S3607_A = Clause("18 U.S.C. § 3607(a)", "a-intro")
S3607_A_1 = Clause("18 U.S.C. § 3607(a)(1)", "a-1")
S3607_A_2 = Clause("18 U.S.C. § 3607(a)(2)", "a-2")
S3607_A_CONSENT = Clause("18 U.S.C. § 3607(a)", "a-consent")
S3607_A_EARLY = Clause("18 U.S.C. § 3607(a)", "a-early")
S3607_A_SHALL = Clause("18 U.S.C. § 3607(a)", "a-shall")
S3607_A_VIOLATION = Clause("18 U.S.C. § 3607(a)", "a-violation")
S3607_B = Clause("18 U.S.C. § 3607(b)", "b-not-conviction")
S3607_C = Clause("18 U.S.C. § 3607(c)", "c-order")
S844_A = Clause("21 U.S.C. § 844(a)", "s844a")
S841_B_4 = Clause("21 U.S.C. § 841(b)(4)", "s841b4")
S3565_B = Clause("18 U.S.C. § 3565(b)", "s3565b")
EFFECTIVE_DATE = Clause("Pub. L. 98-473, § 235(a)(1) (effective Nov. 1, 1987)", "effective-date")
S844A_J = Clause("21 U.S.C. § 844a(j)")
S5038 = Clause("18 U.S.C. § 5038")
S846 = Clause("21 U.S.C. § 846")
S13 = Clause("18 U.S.C. § 13")
BARIAL = Clause("United States v. Barial, 31 F.3d 216 (4th Cir. 1994)")
FRIESEN = Clause("United States v. Friesen, 853 F.2d 816 (10th Cir. 1988)")
DOE_V_WEBSTER = Clause("Doe v. Webster, 606 F.2d 1226 (D.C. Cir. 1979)")
S3562_B = Clause("18 U.S.C. § 3562(b)")
PARDONS = Clause("Proclamation 10467 (Oct. 6, 2022); Proclamation of Dec. 22, 2023")
# The courts' clause for the route a pending pardon case would take without the pardon.
S1101_A_48 = Clause("8 U.S.C. § 1101(a)(48)(A)")
DC_CODE = Clause("D.C. Code § 48-904.01(e)")
UCMJ_112A = Clause("10 U.S.C. § 912a (UCMJ Art. 112a)")

# Pub. L. 98-473, § 235(a)(1): chapter II "shall apply only to offenses committed after the
# taking effect of this chapter", which took effect on November 1, 1987.
SECTION_3607_EFFECTIVE = dt.date(1987, 11, 1)
# Proclamation 10467 (Oct. 6, 2022) and the proclamation of Dec. 22, 2023: simple possession,
# attempted simple possession or use of marijuana "on or before the date of this proclamation".
MARIJUANA_PARDON_2022 = dt.date(2022, 10, 6)
MARIJUANA_PARDON_2023 = dt.date(2023, 12, 22)
UNDER_21_AGE = 21
MAX_PROBATION_MONTHS = 12  # § 3607(a): "a term of not more than one year"

FOURTH_CIRCUIT = frozenset({"MD", "VA", "WV", "NC", "SC"})
TENTH_CIRCUIT = frozenset({"CO", "KS", "NM", "OK", "UT", "WY"})
DISTRICT_OF_COLUMBIA = frozenset({"DC"})

# The lines the rules draw, for "what would change your result": for each date or number,
# the first value past each line (the rules above compare with these and nothing else).
# Offense date: § 3607 applies from Nov. 1, 1987; the 2023 pardon reaches through Dec. 22, 2023.
OFFENSE_DATE_LINES = (SECTION_3607_EFFECTIVE, MARIJUANA_PARDON_2023 + dt.timedelta(days=1))
AGE_LINES = (UNDER_21_AGE,)  # and, between two dates, the 21st birthday (`age_on`)
PROBATION_MONTHS_LINES = (MAX_PROBATION_MONTHS + 1,)
# Court states the rules tell apart; every other state or territory is treated alike.
COURT_STATE_GROUPS = (FOURTH_CIRCUIT, TENTH_CIRCUIT, DISTRICT_OF_COLUMBIA)

# Records whose effect under § 3607(a)(1) no court has settled (docs-dev/legal-sources.md §2.3).
UNSETTLED_RECORDS = frozenset(
    {
        Record.DEFERRED_AFTER_PLEA,
        Record.CONVICTION_SET_ASIDE,
        Record.JUVENILE_ADJUDICATION,
        Record.TRIBAL_CONVICTION,
        Record.TERRITORIAL_CONVICTION,
        Record.NOT_SURE,
    }
)
# Records that do not bar: no finding of guilt, or not "Federal or State law"
# (docs-dev/legal-sources.md §2.3).
NON_BARRING_RECORDS = frozenset({Record.DIVERSION_NO_PLEA, Record.FOREIGN_CONVICTION})
PARDONED_OFFENSES = frozenset(
    {Offense.SIMPLE_POSSESSION, Offense.ATTEMPTED_POSSESSION, Offense.FEDERAL_LAND_POSSESSION}
)


# --- Age -------------------------------------------------------------------------------------


def age_on(birth: dt.date, day: dt.date) -> int:
    """Whole years of age on `day`. A person is 21 on their 21st birthday, not the day before."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def age_at_offense(answers: Answers) -> int | str | None:
    """The age at the offense: from the two dates when both are real dates, else as answered.

    Returns an int, NOT_SURE, or None when not answered.
    """
    if isinstance(answers.birth_date, dt.date) and isinstance(answers.offense_date, dt.date):
        return age_on(answers.birth_date, answers.offense_date)
    return answers.age_at_offense


def under_21_at_offense(age: int | str | None) -> bool | None:
    """18 U.S.C. § 3607(c): "the person was less than twenty-one years old at the time of the
    offense". Age at the offense, not at the plea, the dismissal or the application.

    None when the age is not known.
    """
    if isinstance(age, int):
        return age < UNDER_21_AGE
    return None


# --- Which cases the statute reaches ---------------------------------------------------------


def statute_applies_to_offense_date(offense_date: dt.date | str | None) -> bool | None:
    """Pub. L. 98-473, § 235(a)(1): the chapter that enacted § 3607 "shall apply only to
    offenses committed after the taking effect of this chapter" (November 1, 1987).

    None when the date is not known.
    """
    if isinstance(offense_date, dt.date):
        return offense_date >= SECTION_3607_EFFECTIVE
    return None


def in_fourth_circuit(court_state: str | None) -> bool | None:
    """United States v. Barial, 31 F.3d 216 (4th Cir. 1994) binds the courts of Maryland,
    Virginia, West Virginia, North Carolina and South Carolina."""
    if court_state in (None, NOT_SURE):
        return None
    return court_state in FOURTH_CIRCUIT


def in_tenth_circuit(court_state: str | None) -> bool | None:
    """United States v. Friesen, 853 F.2d 816 (10th Cir. 1988): "authority to order expunction,
    but the power is not unfettered" — still recognised for Colorado, Kansas, New Mexico,
    Oklahoma, Utah and Wyoming. Most other circuits now deny such power
    (docs-dev/legal-sources.md §9.3)."""
    if court_state in (None, NOT_SURE):
        return None
    return court_state in TENTH_CIRCUIT


def in_district_of_columbia(court_state: str | None) -> bool | None:
    """Doe v. Webster, 606 F.2d 1226 (D.C. Cir. 1979): a court may, in narrow cases, expunge
    the record of a valid conviction; the district court in D.C. still claims that power after
    Kokkonen v. Guardian Life Ins. Co., 511 U.S. 375 (1994) (United States v. Archer (D.D.C.
    2012); United States v. Derouen (D.D.C. 2018)). Like the Tenth Circuit: unsettled, so a
    lawyer should look (docs-dev/legal-sources.md §9.3)."""
    if court_state in (None, NOT_SURE):
        return None
    return court_state in DISTRICT_OF_COLUMBIA


def offense_described_in_844(offense: str, court_state: str | None) -> Status:
    """18 U.S.C. § 3607(a): "a person found guilty of an offense described in section 404 of
    the Controlled Substances Act (21 U.S.C. 844)".

    - Simple possession, 21 U.S.C. § 844(a): "to possess a controlled substance" — any
      substance, no amount test. MET.
    - 21 U.S.C. § 841(b)(4): "distributing a small amount of marihuana for no remuneration shall
      be treated as provided in section 844 of this title and section 3607 of title 18". MET.
    - Possession under a federal-land regulation is "described in" § 844 in the Fourth Circuit
      (Barial); elsewhere no court has decided. MET there, UNKNOWN elsewhere.
    - Attempt or conspiracy (21 U.S.C. § 846) and assimilated state offenses (18 U.S.C. § 13):
      no court has decided. UNKNOWN.
    - Intent to distribute or distribution (§ 841(a)), obtaining by fraud (§ 843(a)(3)), other
      offenses: not possession offenses described in § 844. NOT_MET.
    """
    if offense in (Offense.SIMPLE_POSSESSION, Offense.MARIJUANA_SHARING):
        return Status.MET
    if offense == Offense.FEDERAL_LAND_POSSESSION:
        return Status.MET if in_fourth_circuit(court_state) else Status.UNKNOWN
    if offense in (Offense.INTENT_TO_DISTRIBUTE, Offense.PRESCRIPTION_FRAUD, Offense.OTHER):
        return Status.NOT_MET
    return Status.UNKNOWN


def offense_under_844_for_expungement(offense: str) -> Status:
    """18 U.S.C. § 3607(c): "a person found guilty of an offense under section 404" — "under",
    where (a) says "described in". A federal-land regulation offense is not plainly "under"
    § 844, so whether (c) reaches it is unsettled (docs-dev/legal-sources.md §2.2)."""
    if offense == Offense.FEDERAL_LAND_POSSESSION:
        return Status.UNKNOWN
    return Status.MET


# --- § 3607(a)(1) and (a)(2): the two bars ------------------------------------------------------


def prior_drug_conviction_bars(records: frozenset[str], before_offense: str | None) -> Status:
    """18 U.S.C. § 3607(a)(1): the person "has not, prior to the commission of such offense,
    been convicted of violating a Federal or State law relating to controlled substances".

    Measured at the date of this offense: a drug conviction entered after it does not bar.
    MET: no drug conviction before the offense. NOT_MET: one was entered before it.
    UNKNOWN: not sure whether it came before.
    """
    if Record.CONVICTION not in records or before_offense == "no":
        return Status.MET
    if before_offense == "yes":
        return Status.NOT_MET
    return Status.UNKNOWN


def unsettled_prior_record(records: frozenset[str], before_offense: str | None) -> Status:
    """18 U.S.C. § 3607(a)(1), "convicted": whether a deferred adjudication after a plea, a
    conviction later set aside, a juvenile adjudication, or a tribal or territorial conviction
    is a "conviction" under "Federal or State law" is unsettled (Dickerson v. New Banner
    Institute, 460 U.S. 103 (1983); no § 3607 case found). A pre-plea diversion and a foreign
    conviction do not bar; records entered after the offense do not bar.

    MET: no unsettled record before the offense. UNKNOWN: there may be one.
    """
    if not records & UNSETTLED_RECORDS or before_offense == "no":
        return Status.MET
    return Status.UNKNOWN


def prior_3607_disposition_bars(prior_3607: str) -> Status:
    """18 U.S.C. § 3607(a)(2): the person "has not previously been the subject of a
    disposition under this subsection". A one-time benefit; a state first-offender disposition
    is not a disposition "under this subsection".

    MET: never had § 3607 before. NOT_MET: had it. UNKNOWN: not sure.
    """
    return {"no": Status.MET, "yes": Status.NOT_MET}.get(prior_3607, Status.UNKNOWN)


def valid_prescription_question(had_prescription: str | None) -> bool:
    """21 U.S.C. § 844(a): possession is not unlawful if the substance "was obtained directly,
    or pursuant to a valid prescription or order, from a practitioner". Someone who had a
    valid prescription may have a defense to the charge itself: a lawyer should look first."""
    return had_prescription == "yes"


def consent_given(consent: str) -> Status:
    """18 U.S.C. § 3607(a): "the court may, with the consent of such person, place him on
    probation". MET: agrees. NOT_MET: does not agree. UNKNOWN: has not decided yet."""
    return {"yes": Status.MET, "no": Status.NOT_MET}.get(consent, Status.UNKNOWN)


# --- During and after § 3607 probation --------------------------------------------------------


def probation_term_within_cap(months: int | str) -> Status:
    """18 U.S.C. § 3607(a): "place him on probation for a term of not more than one year".
    NOT_MET: a term over 12 months (what follows is unsettled). UNKNOWN: length not known."""
    if isinstance(months, int):
        return Status.MET if months <= MAX_PROBATION_MONTHS else Status.NOT_MET
    return Status.UNKNOWN


def violation_forces_revocation(violation: str) -> bool:
    """18 U.S.C. § 3565(b): revocation with imprisonment is mandatory if the person "(1)
    possesses a controlled substance ...; (2) possesses a firearm ...; (3) refuses to comply
    with drug testing ...; or (4) as a part of drug testing, tests positive for illegal
    controlled substances more than 3 times over the course of 1 year"."""
    return violation == Violation.YES_DRUGS_GUNS_OR_TESTING


def no_violation(violation: str) -> Status:
    """18 U.S.C. § 3607(a): "If the person violates a condition of his probation, the court
    shall proceed in accordance with the provisions of section 3565." Dismissal is owed only
    "if the person has not violated a condition of his probation".

    MET: no violation. NOT_MET: a violation. UNKNOWN: not sure.
    """
    if violation == Violation.NONE:
        return Status.MET
    if violation in (Violation.YES_OTHER, Violation.YES_DRUGS_GUNS_OR_TESTING):
        return Status.NOT_MET
    return Status.UNKNOWN


def dismissal_due_at_end_of_term(violation: str) -> bool:
    """18 U.S.C. § 3607(a): "At the expiration of the term of probation, if the person has not
    violated a condition of his probation, the court shall, without entering a judgment of
    conviction, dismiss the proceedings against the person and discharge him from probation."
    """
    return violation == Violation.NONE


# --- Not § 3607: what else may apply ---------------------------------------------------------


def marijuana_pardon_covers(answers: Answers) -> bool:
    """Proclamation 10467 (Oct. 6, 2022) and the proclamation of Dec. 22, 2023 pardon current
    U.S. citizens and lawful permanent residents who "committed or were convicted of the offense
    of simple possession of marijuana, attempted simple possession of marijuana, or use of
    marijuana" under federal law (21 U.S.C. §§ 844, 846, federal-land regulations) or the D.C.
    Code, "on or before the date of this proclamation". State offenses are not covered.
    "Current" means on the proclamation's date (`lawful_status_on_pardon_date`). Both leave out
    "non-citizen individuals who were not lawfully present in the United States at the time of
    their offense" (`lawful_presence_at_offense`).
    """
    return (
        pardon_fits_but_for_lawful_presence(answers)
        and lawful_presence_at_offense(answers.lawful_presence_at_offense) == Status.MET
    )


def pardon_fits_but_for_status_date(answers: Answers) -> bool:
    """Every condition of the pardons holds except, perhaps, the status on the pardon's date
    and lawful presence at the offense: marijuana possession on or before December 22, 2023, by
    a person who answers that they are a U.S. citizen or a lawful permanent resident."""
    return marijuana_possession_before_pardon_date(answers) and answers.citizenship in (
        Citizenship.US_CITIZEN,
        Citizenship.PERMANENT_RESIDENT,
    )


def pardon_fits_but_for_lawful_presence(answers: Answers) -> bool:
    """Every condition of the pardons holds except, perhaps, lawful presence at the offense:
    the question about the offense is asked only then."""
    return (
        pardon_fits_but_for_status_date(answers)
        and lawful_status_on_pardon_date(answers.status_on_pardon_date) == Status.MET
    )


def lawful_status_on_pardon_date(status_on_pardon_date: str | None) -> Status:
    """Proclamation 10467 pardons "all current United States citizens and lawful permanent
    residents": current on the proclamation's date. The Justice Department's certificate
    application asks whether the person was a U.S. citizen or lawful permanent resident on
    October 6, 2022 (or, for the 2023 proclamation, on December 22, 2023). A person who became
    one later is not covered.

    MET: yes, or not answered (`evaluate` then assumes yes, and the reasons say so). NOT_MET: no.
    UNKNOWN: not sure (the pardon cannot be confirmed).
    """
    if status_on_pardon_date in ("yes", None):
        return Status.MET
    if status_on_pardon_date == "no":
        return Status.NOT_MET
    return Status.UNKNOWN


def lawful_presence_at_offense(answer: str | None) -> Status:
    """Proclamation 10467 and the proclamation of Dec. 22, 2023: "This pardon does not apply to
    non-citizen individuals who were not lawfully present in the United States at the time of
    their offense." The Justice Department's certificate conditions say the same. Today's status
    does not answer it: a citizen or permanent resident now may not have been lawful then.

    MET: yes (a citizen, or lawfully in the United States, at the offense). NOT_MET: no.
    UNKNOWN: not sure, or not answered (the pardon cannot be confirmed).
    """
    if answer == "yes":
        return Status.MET
    if answer == "no":
        return Status.NOT_MET
    return Status.UNKNOWN


def pardon_excluded_for_unlawful_presence(answers: Answers) -> bool:
    """The proclamations exclude "non-citizen individuals who were not lawfully present in the
    United States at the time of their offense": everything else about the pardon fits, and the
    person is not lawfully present now, or was not at the offense."""
    if not marijuana_possession_before_pardon_date(answers):
        return False
    if answers.citizenship == Citizenship.NOT_LAWFULLY_PRESENT:
        return True
    return (
        pardon_fits_but_for_lawful_presence(answers)
        and lawful_presence_at_offense(answers.lawful_presence_at_offense) == Status.NOT_MET
    )


def on_or_before_pardon_date(offense_date: dt.date | str | None) -> bool:
    """The proclamation of Dec. 22, 2023 reaches offenses "on or before the date of this
    proclamation". False when the date is not known: the pardon cannot be confirmed."""
    return isinstance(offense_date, dt.date) and offense_date <= MARIJUANA_PARDON_2023


def marijuana_possession_before_pardon_date(answers: Answers) -> bool:
    """Marijuana only, a pardoned kind of offense, on or before December 22, 2023."""
    return (
        answers.substance == Substance.MARIJUANA_ONLY
        and answers.offense in PARDONED_OFFENSES
        and on_or_before_pardon_date(answers.offense_date)
    )


def judgment_already_entered(stage: str) -> bool:
    """18 U.S.C. § 3607(a) works "without entering a judgment of conviction"; once a judgment is
    entered it is final (18 U.S.C. § 3562(b)) and no authority lets a court turn it into a
    § 3607 disposition (United States v. Salgueido, D.N.M. 2017)."""
    return stage == Stage.CONVICTED


def needs_immigration_advice(citizenship: str | None) -> bool:
    """8 U.S.C. § 1101(a)(48)(A): for immigration law, a plea of guilty plus "some form of
    punishment, penalty, or restraint" can be a "conviction" even when adjudication is withheld.
    Anyone who is not a U.S. citizen (or who prefers not to say) needs immigration advice."""
    return citizenship is not None and citizenship != Citizenship.US_CITIZEN


def later_drug_record(records: frozenset[str] | None, before_offense: str | None) -> bool:
    """18 U.S.C. § 3607(a)(1) looks only at convictions "prior to the commission of such
    offense"; a later record does not bar, but the court "may" still weigh it."""
    return bool(records and records - {Record.NONE}) and before_offense == "no"


# --- The interview's classes of answers ---------------------------------------------------------
# Which question the interview asks next depends on an earlier answer only through its class:
# for a single choice, the code itself; for a date or a number, the range between the lines it
# falls in (`line_class`); for the drug records, the first group of RECORD_CLASSES they fit.
# tools/build/interview_map.py builds from these the map that lets the check page show the next
# question while Python loads; tests/test_interview_map.py checks the map against
# `questions.next_question` for values inside every class.

# For each date or number: what the lines measure, and the lines. "date" and "number" measure
# the answer itself; "age_on_offense_date" measures the age on the offense date (`age_on`).
LINE_CLASSES: dict[str, tuple[str, tuple[object, ...]]] = {
    Q.OFFENSE_DATE: ("date", OFFENSE_DATE_LINES),
    Q.BIRTH_DATE: ("age_on_offense_date", AGE_LINES),
    Q.AGE_AT_OFFENSE: ("number", AGE_LINES),
    Q.PROBATION_MONTHS: ("number", PROBATION_MONTHS_LINES),
}
# The drug records, in the order § 3607(a)(1) sorts them (`prior_drug_conviction_bars`,
# `unsettled_prior_record`): any conviction; else any record whose effect is unsettled (or
# "not sure"); else none at all; else only records that do not bar.
RECORD_CLASSES: tuple[tuple[str, frozenset[str]], ...] = (
    ("any", frozenset({Record.CONVICTION})),
    ("any", UNSETTLED_RECORDS),
    ("only", frozenset({Record.NONE})),
    ("only", NON_BARRING_RECORDS),
)


def line_class(measure: object, lines: tuple[object, ...]) -> int:
    """The range a date or a number falls in: how many of the lines are at or below it (each
    line is the first value past it, as in OFFENSE_DATE_LINES)."""
    return sum(1 for line in lines if line <= measure)


def record_class(records: frozenset[str]) -> int | None:
    """The index of the first group of RECORD_CLASSES the records fit; None if none fits."""
    for index, (test, group) in enumerate(RECORD_CLASSES):
        if (records & group) if test == "any" else (records and records <= group):
            return index
    return None
