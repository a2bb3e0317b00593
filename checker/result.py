"""What `evaluate` returns: the result's shape, and nothing else.

The layers of the checker run one way: codes → answers → rules → result → outcomes → engine →
questions → web and the command line. This module sits below the texts (`outcomes`) and the
decision (`engine`), so both can build results without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .answers import AnswerError
from .codes import Flag, Outcome, Status


@dataclass(frozen=True)
class Reason:
    clause: str
    status: Status
    text: str
    anchor: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"clause": self.clause, "status": str(self.status), "text": self.text}


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
    errors: tuple[AnswerError, ...] = ()
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
