"""Shared fixtures: paths and the example cases from ../shared."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CASES_FILE = SHARED / "cases-examples.json"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def load_cases() -> list[dict]:
    if not CASES_FILE.exists():
        if IN_CI:
            raise FileNotFoundError(f"{CASES_FILE} is missing: CI must provide ../shared")
        pytest.skip(f"{CASES_FILE} not found", allow_module_level=True)
    return json.loads(CASES_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def cases() -> list[dict]:
    return load_cases()
