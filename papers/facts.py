"""What a paper's conditions read: the result's outcome and flags, and the raw answers.

Below both the papers' words (`texts`, `texts_es`) and their assembly (`model`), so the papers'
modules import one way: facts → texts → texts_es → catalog → model → docx/html → web.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Facts:
    """What the screener knows: the outcome and flags of the result, and the raw answers."""

    outcome: str | None = None
    flags: frozenset[str] = frozenset()
    answers: Mapping[str, Any] | None = None

    def answer(self, key: str) -> Any:
        value = (self.answers or {}).get(key)
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            return None
        return value
