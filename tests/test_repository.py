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


# --- A house a newcomer can walk (issue 24) ------------------------------------------------------


def test_the_readme_is_a_landing_page_that_links_each_maintainers_page():
    """At most 150 lines; the manuals live in docs-dev/, each page linked from the README."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 150
    for page in sorted((REPO / "docs-dev").glob("*.md")):
        assert f"](docs-dev/{page.name}" in readme, page.name
    assert "make serve" in readme and "make test" in readme


def test_tools_is_sorted_by_purpose():
    """At most 12 files at the top of tools/; each sub-folder says what it is for, and each
    folder a Makefile target runs is one of them."""
    top = [p for p in (REPO / "tools").iterdir() if p.is_file()]
    assert len(top) <= 12, sorted(p.name for p in top)
    for folder in (REPO / "tools").iterdir():
        if folder.is_dir() and folder.name != "__pycache__":
            init = folder / "__init__.py"
            assert init.is_file() and init.read_text(encoding="utf-8").startswith('"""'), folder
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    for used in ("tools/bench/", "tools.watch", "tools/serve.py"):
        assert used in makefile, used


def test_the_repository_has_its_licenses():
    assert "MIT License" in (REPO / "LICENSE").read_text(encoding="utf-8")
    assert (REPO / "licenses" / "CC-BY-4.0.txt").is_file()
