"""The repository stands alone: nothing it tracks reaches outside it."""

from __future__ import annotations

import subprocess

from conftest import REPO

OUTSIDE = "../" + "shared"  # written in two parts so this file does not match itself


def tracked_text_files() -> list:
    names = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True
    ).stdout.split(b"\0")
    paths = [REPO / n.decode() for n in names if n]
    return [p for p in paths if p.is_file() and p.name != "package-lock.json"]


def test_no_tracked_file_mentions_the_team_briefing_folder():
    offenders = []
    for path in tracked_text_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        if OUTSIDE in text:
            offenders.append(str(path.relative_to(REPO)))
    assert offenders == [], f"these files point outside the repository: {offenders}"


def test_example_cases_live_in_the_repository():
    from conftest import CASES_FILE, load_cases

    assert CASES_FILE.is_relative_to(REPO)
    cases = load_cases()
    assert len(cases) >= 33
    assert {"E01", "E02", "E03"} <= {c["id"] for c in cases}
