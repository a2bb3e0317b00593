"""18 U.S.C. § 3607 eligibility checker: the law as small pure functions.

    >>> from checker import evaluate, next_question
    >>> evaluate({"court": "state"}).outcome
    <Outcome.STATE_CASE: 'state_case'>

Standard library only; runs unchanged on CPython 3.11+ and in Pyodide.
"""

from .codes import Flag, Outcome, Q, Status
from .engine import evaluate
from .questions import QUESTIONS, Question, catalog, next_question
from .result import Reason, Result

__all__ = [
    "QUESTIONS",
    "Flag",
    "Outcome",
    "Q",
    "Question",
    "Reason",
    "Result",
    "Status",
    "catalog",
    "evaluate",
    "next_question",
]
