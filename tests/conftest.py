"""Shared fixtures: paths and the example cases kept in tests/cases/examples.json."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tools import local_site

REPO = Path(__file__).resolve().parent.parent
CASES_FILE = REPO / "tests" / "cases" / "examples.json"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def load_cases() -> list[dict]:
    return json.loads(CASES_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def cases() -> list[dict]:
    return load_cases()


class BuiltSite:
    """One strict build of the site for the whole test session, for a given served address."""

    def __init__(self, directory: Path, port: int, log: str) -> None:
        self.dir = directory
        self.port = port
        self.base = local_site.BASE
        self.url = local_site.url(port)
        self.log = log


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> BuiltSite:
    port = local_site.free_port()
    out = tmp_path_factory.mktemp("site") / "site"
    done = local_site.build(out, port, timeout=600)
    assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stderr[-4000:]}"
    return BuiltSite(out, port, done.stderr)
