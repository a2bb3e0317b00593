"""The CI workflow runs the README's test command through .ci/run, which installs the browser the
tests launch (tools/local_site.py's CHROMIUM), not whatever `chromium` is first on PATH."""

from __future__ import annotations

import subprocess

import yaml

from conftest import REPO
from tools.local_site import CHROMIUM


def test_workflow_runs_ci_run_on_every_push_and_pull_request():
    flow = yaml.safe_load((REPO / ".github" / "workflows" / "ci.yml").read_text())
    triggers = flow[True] if True in flow else flow["on"]  # YAML 1.1 reads a bare `on` as True
    assert "push" in triggers and "pull_request" in triggers
    assert triggers["push"] is None and triggers["pull_request"] is None  # every branch
    (job,) = flow["jobs"].values()
    runs = [step.get("run", "").strip() for step in job["steps"]]
    assert ".ci/run" in runs
    node = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-node"))
    assert str(node["with"]["node-version"]) == "24"  # an LTS line (Node.js 20 ended 2026-04-30)


def test_ci_run_checks_the_path_the_tests_launch():
    script = (REPO / ".ci" / "run").read_text()
    assert "from tools.local_site import CHROMIUM" in script
    assert "command -v chromium" not in script
    assert script.rstrip().endswith("make test")
    line = next(x for x in script.splitlines() if "from tools.local_site import CHROMIUM" in x)
    command = line.split("$(", 1)[1].rsplit(")", 1)[0]
    done = subprocess.run(["bash", "-c", command], cwd=REPO, capture_output=True, text=True)
    assert done.stdout.strip() == CHROMIUM
