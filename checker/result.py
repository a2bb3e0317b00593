"""What the decision returns and what a reader is shown: the two shapes, and nothing else.

The decision (`engine.decide`) returns a `Decision`: codes and values only, in no language —
the outcome, the flags, each reason as a clause, a status and a text key with its values, the
unknown answers with the values that change the outcome, and refused answers as text keys with
their values. The words layer (`outcomes.words`) turns a `Decision` into a `Result`: the same
codes, with the words in the reader's language. `Result.as_dict()` is the JSON the page, the
command line and the tests read.

The layers of the checker run one way: codes → answers → rules → result → engine → outcomes
(the words) → questions → web and the command line. This module sits below both the decision
and the words, so each can use these shapes without importing the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .answers import AnswerError
from .codes import Flag, Outcome, Status

# --- The decision: codes and values -----------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One element of the law the decision looked at: the clause it rests on (and its anchor
    on the site's law page), how it stands, and the text key (`outcomes.REASONS`) with the
    values its words need."""

    clause: str
    status: Status
    key: str
    values: tuple[tuple[str, Any], ...] = ()
    anchor: str | None = None


@dataclass(frozen=True)
class Branch:
    """One value an unknown answer could take, and the outcome the case would then have.

    `answer` is an answer code (a list of codes for a list question), or for a date or a number
    a value inside a range the rules' lines cut; `first` and `last` are that range's first and
    last values (None where the range is open).
    """

    answer: Any
    outcome: Outcome
    first: Any = None
    last: Any = None


@dataclass(frozen=True)
class Unknown:
    """An unknown answer whose possible values lead to different outcomes."""

    question: str
    alternatives: tuple[Branch, ...]
    together_with: tuple[str, ...] = ()  # other unknowns it matters only together with


@dataclass(frozen=True)
class Decision:
    """What the decision found, in codes and values: no words, no language."""

    outcome: Outcome
    flags: tuple[Flag, ...] = ()
    reasons: tuple[Finding, ...] = ()
    missing: tuple[str, ...] = ()
    errors: tuple[AnswerError, ...] = ()
    depends_on: tuple[Unknown, ...] = ()
    same_either_way: tuple[str, ...] = ()


# --- The result: the decision in words ---------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    clause: str
    status: Status
    text: str
    anchor: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"clause": self.clause, "status": str(self.status), "text": self.text}


@dataclass(frozen=True)
class ErrorMessage:
    """A refused answer in words: the question, and the message to show."""

    question: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"question": self.question, "message": self.message}


@dataclass(frozen=True)
class Alternative:
    """One value an unknown answer could take, and the outcome the case would then have.

    `answer` is an answer code, or for a date or a number a value inside the range that `label`
    names (e.g. 20 for "under 21").
    """

    answer: Any
    outcome: Outcome
    label: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"answer": self.answer, "outcome": str(self.outcome), "label": self.label}


@dataclass(frozen=True)
class Dependency:
    """An unknown answer whose possible values lead to different outcomes."""

    question: str
    alternatives: tuple[Alternative, ...]
    together_with: tuple[str, ...] = ()  # other unknowns it matters only together with

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "question": self.question,
            "alternatives": [a.as_dict() for a in self.alternatives],
        }
        if self.together_with:
            data["together_with"] = list(self.together_with)
        return data


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    flags: tuple[Flag, ...] = ()
    title: str = ""
    summary: str = ""
    reasons: tuple[Reason, ...] = ()
    next_steps: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    errors: tuple[ErrorMessage, ...] = ()
    depends_on: tuple[Dependency, ...] = ()
    same_either_way: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "outcome": str(self.outcome),
            "flags": [str(f) for f in self.flags],
            "title": self.title,
            "summary": self.summary,
            "reasons": [r.as_dict() for r in self.reasons],
            "next_steps": list(self.next_steps),
            "missing": list(self.missing),
            "errors": [e.as_dict() for e in self.errors],
            "depends_on": [d.as_dict() for d in self.depends_on],
            "same_either_way": list(self.same_either_way),
        }
