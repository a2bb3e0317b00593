"""18 U.S.C. § 3607 eligibility checker: the law as small pure functions.

    >>> from checker import decide, evaluate, next_question
    >>> decide({"court": "state"}).outcome
    <Outcome.STATE_CASE: 'state_case'>
    >>> evaluate({"court": "state"}, lang="es").title
    'El § 3607 es solo para casos federales'

`decide` is the decision: codes and values, in no language. `evaluate` is the decision with its
words, in the reader's language (`outcomes.words`).

Standard library only; runs unchanged on CPython 3.11+ and in Pyodide.
"""

from .codes import Flag, Outcome, Q, Status
from .engine import decide
from .outcomes import evaluate, words
from .questions import QUESTIONS, Question, catalog, next_question
from .result import Decision, Reason, Result

__all__ = [
    "QUESTIONS",
    "Flag",
    "Outcome",
    "Decision",
    "Q",
    "Question",
    "Reason",
    "Result",
    "Status",
    "catalog",
    "decide",
    "evaluate",
    "next_question",
    "words",
]
