"""Reading the answers: check every value, then give the rules a typed, frozen view.

Nothing here is law. It turns a dict of JSON values into `Answers` (missing answers are None)
or a list of plain-language errors, one per bad answer, naming the question.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from .codes import (
    NOT_SURE,
    STATES,
    Citizenship,
    Court,
    Offense,
    Q,
    Record,
    Stage,
    Substance,
    Violation,
    YesNo,
)
from .i18n import DEFAULT, tr

EARLIEST_YEAR = 1900  # a date before this is taken as a typing mistake
AGE_RANGE = (10, 120)  # an age outside this at a federal drug offense is a typing mistake
PROBATION_MONTHS_RANGE = (1, 120)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class AnswerError:
    """A refused answer: the question, and why, as a template with its values (translated
    by `i18n.tr` before the values go in)."""

    question: str
    template: str
    values: tuple[tuple[str, Any], ...] = ()

    @property
    def message(self) -> str:
        return self.text()

    def text(self, lang: str = DEFAULT) -> str:
        return tr(self.template, lang, **dict(self.values))

    def as_dict(self, lang: str = DEFAULT) -> dict[str, str]:
        return {"question": self.question, "message": self.text(lang)}


Problem = tuple[str, tuple[tuple[str, Any], ...]]


def _problem(template: str, **values: Any) -> Problem:
    return template, tuple(values.items())


@dataclass(frozen=True)
class Answers:
    """Checked answers. None means "not answered"; NOT_SURE is a real answer."""

    court: str | None = None
    court_state: str | None = None
    offense: str | None = None
    substance: str | None = None
    stage: str | None = None
    prior_drug_record: frozenset[str] | None = None
    prior_record_before_offense: str | None = None
    prior_3607: str | None = None
    had_prescription: str | None = None
    consent: str | None = None
    offense_date: dt.date | str | None = None  # a date, NOT_SURE or None
    birth_date: dt.date | str | None = None
    age_at_offense: int | str | None = None  # an int, NOT_SURE or None
    citizenship: str | None = None
    status_on_pardon_date: str | None = None  # missing: taken as "yes" (the reasons say so)
    lawful_presence_at_offense: str | None = None  # missing: needed when the pardon can turn on it
    probation_months: int | str | None = None
    violation: str | None = None
    dismissal_order: str | None = None
    expungement_order: str | None = None

    def given(self, question: str) -> bool:
        return getattr(self, question) is not None


def _choice(codes: type) -> tuple[str, ...]:
    return tuple(c.value for c in codes)


SINGLE_CHOICES: dict[str, tuple[str, ...]] = {
    Q.COURT: _choice(Court),
    Q.COURT_STATE: (*STATES, NOT_SURE),
    Q.OFFENSE: _choice(Offense),
    Q.SUBSTANCE: _choice(Substance),
    Q.STAGE: _choice(Stage),
    Q.PRIOR_RECORD_BEFORE_OFFENSE: _choice(YesNo),
    Q.PRIOR_3607: _choice(YesNo),
    Q.HAD_PRESCRIPTION: _choice(YesNo),
    Q.CONSENT: _choice(YesNo),
    Q.CITIZENSHIP: _choice(Citizenship),
    Q.STATUS_ON_PARDON_DATE: _choice(YesNo),
    Q.LAWFUL_PRESENCE_AT_OFFENSE: _choice(YesNo),
    Q.VIOLATION: _choice(Violation),
    Q.DISMISSAL_ORDER: _choice(YesNo),
    Q.EXPUNGEMENT_ORDER: _choice(YesNo),
}
MULTIPLE_CHOICES: dict[str, tuple[str, ...]] = {Q.PRIOR_DRUG_RECORD: _choice(Record)}
DATES = (Q.OFFENSE_DATE, Q.BIRTH_DATE)
NUMBERS: dict[str, tuple[int, int]] = {
    Q.AGE_AT_OFFENSE: AGE_RANGE,
    Q.PROBATION_MONTHS: PROBATION_MONTHS_RANGE,
}
KNOWN = (*SINGLE_CHOICES, *MULTIPLE_CHOICES, *DATES, *NUMBERS)


def _read_single(key: str, value: Any) -> tuple[Any, Problem | None]:
    if isinstance(value, str) and value in SINGLE_CHOICES[key]:
        return value, None
    if key == Q.COURT_STATE:
        return None, _problem("Choose the state or territory from the list, or “I'm not sure”.")
    return None, _problem("Choose one of the answers shown.")


def _read_multiple(key: str, value: Any) -> tuple[Any, Problem | None]:
    allowed = MULTIPLE_CHOICES[key]
    if not isinstance(value, list) or not value:
        return None, _problem("Choose at least one answer. If none apply, choose “None”.")
    if not all(isinstance(v, str) and v in allowed for v in value):
        return None, _problem("Choose only answers from the list.")
    chosen = frozenset(value)
    if Record.NONE in chosen and len(chosen) > 1:
        return None, _problem(
            "You chose “None” and also another answer. Choose “None” alone, or untick it."
        )
    return chosen, None


def _read_date(key: str, value: Any, today: dt.date) -> tuple[Any, Problem | None]:
    if value == NOT_SURE:
        return NOT_SURE, None
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return None, _problem("Enter a date with a day, a month and a year, for example 15 3 2024.")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None, _problem("That date does not exist. Check the day and the month.")
    if day.year < EARLIEST_YEAR:
        return None, _problem("Enter a year from {year} on.", year=EARLIEST_YEAR)
    if day > today:
        return None, _problem("That date is in the future. Enter a date that has already passed.")
    if key == Q.BIRTH_DATE and _years_between(day, today) > AGE_RANGE[1]:
        return None, _problem(
            "That date of birth makes you older than {age}. Check the year.", age=AGE_RANGE[1]
        )
    return day, None


def _years_between(earlier: dt.date, later: dt.date) -> int:
    """Whole years from one date to another: an age."""
    return later.year - earlier.year - ((later.month, later.day) < (earlier.month, earlier.day))


def _read_number(key: str, value: Any) -> tuple[Any, Problem | None]:
    if value == NOT_SURE:
        return NOT_SURE, None
    low, high = NUMBERS[key]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        if key == Q.AGE_AT_OFFENSE:
            return None, _problem(
                "Enter your age on the date of the offense, from {low} to {high}.",
                low=low,
                high=high,
            )
        return None, _problem("Enter a whole number from {low} to {high}.", low=low, high=high)
    return value, None


def read_answers(raw: Any, today: dt.date) -> tuple[Answers | None, list[AnswerError]]:
    """Check every answer. Returns the typed answers, or None and one error per bad answer."""
    if not isinstance(raw, dict):
        return None, [
            AnswerError("answers", "The answers must be a set of question ids and answers.")
        ]
    values: dict[str, Any] = {}
    errors: list[AnswerError] = []
    for key, value in raw.items():
        if not isinstance(key, str) or key not in KNOWN:
            errors.append(AnswerError(str(key), "This is not one of the checker's questions."))
            continue
        if key in SINGLE_CHOICES:
            parsed, problem = _read_single(key, value)
        elif key in MULTIPLE_CHOICES:
            parsed, problem = _read_multiple(key, value)
        elif key in DATES:
            parsed, problem = _read_date(key, value, today)
        else:
            parsed, problem = _read_number(key, value)
        if problem:
            errors.append(AnswerError(key, *problem))
        else:
            values[key] = parsed
    birth, offense = values.get(Q.BIRTH_DATE), values.get(Q.OFFENSE_DATE)
    if isinstance(birth, dt.date) and isinstance(offense, dt.date) and birth >= offense:
        errors.append(
            AnswerError(Q.BIRTH_DATE, "Your date of birth must be before the date of the offense.")
        )
    elif (
        isinstance(birth, dt.date)
        and isinstance(offense, dt.date)
        and _years_between(birth, offense) < AGE_RANGE[0]
    ):
        errors.append(
            AnswerError(
                Q.BIRTH_DATE,
                "That date of birth makes you younger than {age} on the date of the offense. "
                "Check the year.",
                (("age", AGE_RANGE[0]),),
            )
        )
    if errors:
        return None, errors
    return Answers(**values), []
