"""The maintainers' documentation is in the repository, linked from the README, and points only
inside it: its links resolve, and the legal sections the code cites exist."""

from __future__ import annotations

import re
import subprocess

import pytest

from conftest import REPO

DOCS_DEV = ("checker-contract.md", "changing-a-rule.md", "legal-sources.md", "reviewing.md",
            "decisions.md", "answers-file.md")  # fmt: skip
MAINTAINER_DOCS = [REPO / "README.md", REPO / "CONTRIBUTING.md"] + [
    REPO / "docs-dev" / name for name in DOCS_DEV
]
# The team's working notes that this repository replaced: nothing tracked may send a reader to
# them. Written in parts so this file does not match itself.
NOTES = ["DESIGN" + ".md", "LEGAL" + "-BRIEF", "LEGAL" + "-SOURCES", "PLATFORM" + "-NOTES",
         "STYLE" + ".md"]  # fmt: skip
# Files whose owners point them inside the repository in another branch of this round; each must
# still name a note (so this list shrinks as they land: remove a file once it no longer does).
PENDING: set[str] = set()
LINK = re.compile(r"\]\(([^)#\s]+)(#[^)\s]*)?\)")


def tracked_text_files() -> list:
    names = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True
    ).stdout.split(b"\0")
    paths = [REPO / n.decode() for n in names if n]
    return [p for p in paths if p.is_file() and p.name != "package-lock.json"]


@pytest.mark.parametrize("path", MAINTAINER_DOCS, ids=lambda p: p.name)
def test_maintainer_doc_exists_and_its_links_resolve(path):
    text = path.read_text("utf-8")
    broken = []
    for target, _anchor in LINK.findall(text):
        if re.match(r"[a-z]+:", target):  # http:, https:, mailto:
            continue
        if not (path.parent / target).exists():
            broken.append(target)
    assert broken == [], f"{path.name}: links to missing files {broken}"


def test_readme_and_contributing_link_every_maintainer_page():
    for source in ("README.md", "CONTRIBUTING.md"):
        text = (REPO / source).read_text("utf-8")
        missing = [n for n in DOCS_DEV if f"](docs-dev/{n})" not in text]
        assert missing == [], f"{source} does not link {missing}"
    assert "](CONTRIBUTING.md)" in (REPO / "README.md").read_text("utf-8")


def test_maintainer_docs_are_not_published():
    import yaml

    config = yaml.safe_load(
        re.sub(r"!ENV \[[^\]]*\]", "x", (REPO / "mkdocs.yml").read_text("utf-8"))
    )
    assert config.get("docs_dir", "docs") == "docs"
    assert not (REPO / "docs" / "docs-dev").exists()


def test_nothing_tracked_sends_a_reader_to_the_teams_notes():
    offenders, still_pending = {}, set()
    for path in tracked_text_files():
        rel = str(path.relative_to(REPO))
        try:
            text = path.read_text("utf-8")
        except UnicodeDecodeError:
            continue
        named = [n for n in NOTES if n in text]
        if rel in PENDING:
            if named:
                still_pending.add(rel)
            continue
        if named and rel != "tests/test_docs_dev.py":
            offenders[rel] = named
    assert offenders == {}, f"point these inside the repository (docs-dev/): {offenders}"
    assert still_pending == PENDING, f"remove from PENDING: {sorted(PENDING - still_pending)}"


def test_legal_sections_cited_by_the_code_exist():
    sources = (REPO / "docs-dev" / "legal-sources.md").read_text("utf-8")
    headings = set(re.findall(r"^#{2,3} (\d+(?:\.\d+)?)\.? ", sources, re.M))
    assert {"2.2", "2.3", "9.3", "13", "14"} <= headings
    cited = set()
    for path in tracked_text_files():
        if path.suffix not in (".py", ".md", ".js", ".mjs", ".css", ".html"):
            continue
        cited |= set(re.findall(r"legal-sources\.md §(\d+(?:\.\d+)?)", path.read_text("utf-8")))
    assert cited - headings == set(), f"no such section in legal-sources.md: {cited - headings}"
