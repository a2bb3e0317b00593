"""The workflows run on GitHub as it is now (issue 23): every action pinned to a release's commit
with its version beside it, each job with only the permissions it needs, no credentials left in
the checkout, Node.js on a supported LTS line; the law watch weekly, writing issues only. And
actionlint and zizmor, run offline as `make lint` and `make test` run them, find nothing here but
do find an old or unsafe workflow."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import yaml

from conftest import REPO

WORKFLOWS = REPO / ".github" / "workflows"
FILES = sorted(WORKFLOWS.glob("*.yml"))
BIN = REPO / ".venv" / "bin"
PINNED = re.compile(r"^\s*-?\s*uses: ([\w.-]+/[\w./-]+)@([0-9a-f]{40}) # (v\d+\.\d+\.\d+)$")
LTS = {"22", "24"}  # Node.js lines in support (20 ended 2026-04-30); the README says which


def _load(path):
    flow = yaml.safe_load(path.read_text(encoding="utf-8"))
    flow["on"] = flow.pop(True, flow.get("on"))  # YAML 1.1 reads a bare `on` as True
    return flow


def _steps(flow):
    return [step for job in flow["jobs"].values() for step in job.get("steps", [])]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_version(path):
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if "uses:" in ln]
    assert lines
    for line in lines:
        assert PINNED.match(line), f"{path.name}: not pinned with a version comment: {line}"


def test_the_same_action_has_the_same_pin_everywhere():
    pins: dict[str, set[str]] = {}
    for path in FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if match := PINNED.match(line):
                pins.setdefault(match.group(1), set()).add(match.group(2) + " " + match.group(3))
    assert all(len(v) == 1 for v in pins.values()), pins
    # current majors (the Node 20 runtimes of checkout 4, setup-* 5/4, pages 5/4/3 are gone)
    majors = {a: int(next(iter(v)).split(" v")[1].split(".")[0]) for a, v in pins.items()}
    assert majors["actions/checkout"] >= 7 and majors["actions/setup-node"] >= 7
    assert majors["actions/setup-python"] >= 7 and majors["actions/configure-pages"] >= 6
    assert majors["actions/upload-pages-artifact"] >= 5 and majors["actions/deploy-pages"] >= 5


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_least_permissions_and_no_persisted_credentials(path):
    flow = _load(path)
    assert flow["permissions"] == {}, "nothing at the top: each job says what it needs"
    for name, job in flow["jobs"].items():
        assert job.get("permissions"), f"{path.name}: job {name} has no permissions block"
        assert "write-all" not in str(job["permissions"])
    for step in _steps(flow):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False
        if step.get("uses", "").startswith("actions/setup-node@"):
            assert str(step["with"]["node-version"]) in LTS


def test_the_law_watch_runs_weekly_and_only_writes_issues():
    flow = _load(WORKFLOWS / "law-watch.yml")
    assert set(flow["on"]) == {"schedule", "workflow_dispatch"}
    (cron,) = [entry["cron"] for entry in flow["on"]["schedule"]]
    minute, hour, day, month, weekday = cron.split()
    assert day == month == "*" and weekday.isdigit()  # once a week
    (job,) = flow["jobs"].values()
    assert job["permissions"] == {"contents": "read", "issues": "write"}
    runs = " ".join(step.get("run", "") for step in job["steps"])
    assert "python3 -m tools.watch --json" in runs and "python3 -m tools.watch.issues" in runs
    for never in ("git push", "git commit", "--record", "gh pr"):
        assert never not in runs
    env = {k: v for step in job["steps"] for k, v in step.get("env", {}).items()}
    assert env["GH_TOKEN"] == "${{ github.token }}"  # the workflow's own token, nothing else
    assert "secrets." not in (WORKFLOWS / "law-watch.yml").read_text(encoding="utf-8")


def test_readme_says_which_nodejs_lines_are_tested():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for step in _steps(_load(WORKFLOWS / "ci.yml")):
        if step.get("uses", "").startswith("actions/setup-node@"):
            assert f"Node.js {step['with']['node-version']}" in readme


# --- The linters, offline ----------------------------------------------------------------------


def _lint(folder):
    actionlint = subprocess.run(
        [BIN / "actionlint", "-shellcheck=", "-pyflakes=", *sorted(folder.glob("*.yml"))],
        capture_output=True,
        text=True,
        timeout=120,
    )
    zizmor = subprocess.run(
        [BIN / "zizmor", "--offline", "--no-progress", *sorted(folder.glob("*.yml"))],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(folder)},  # no token: offline either way
    )
    return actionlint, zizmor


needs_linters = pytest.mark.skipif(
    not (BIN / "actionlint").exists() or not (BIN / "zizmor").exists(),
    reason="actionlint and zizmor come from requirements-dev.txt (make deps)",
)


@needs_linters
def test_actionlint_and_zizmor_find_nothing_in_the_workflows():
    actionlint, zizmor = _lint(WORKFLOWS)
    assert actionlint.returncode == 0, actionlint.stdout
    assert zizmor.returncode == 0 and "No findings" in zizmor.stdout, zizmor.stdout


@needs_linters
def test_the_linters_catch_an_old_unpinned_workflow_with_persisted_credentials(tmp_path):
    folder = tmp_path / "workflows"
    folder.mkdir()
    shutil.copy(WORKFLOWS / "ci.yml", folder / "ci.yml")
    text = (folder / "ci.yml").read_text(encoding="utf-8")
    old = re.sub(r"actions/checkout@[0-9a-f]{40} # v[\d.]+", "actions/checkout@v4", text)
    old = old.replace("          persist-credentials: false\n", "          fetch-depth: 1\n")
    assert old != text
    (folder / "ci.yml").write_text(old, encoding="utf-8")
    actionlint, zizmor = _lint(folder)
    assert actionlint.returncode != 0 and 'runtime "node20" is deprecated' in actionlint.stdout
    assert zizmor.returncode != 0
    assert "unpinned-uses" in zizmor.stdout and "artipacked" in zizmor.stdout
