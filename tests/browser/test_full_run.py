"""One whole run of the screener, watched closely, in the light and the dark palette at 320 px:
axe-core on every step (an error step included), focus on each step's heading, nothing wider
than the screen, every request logged (all same-origin GETs of files the build wrote, with no
body and no answer in them), and nothing stored in the browser afterwards."""

from __future__ import annotations

import json
import re
from urllib.parse import unquote, urlsplit

import pytest

from .drive import axe_violations, complete, open_screener, stored, submit

pytestmark = pytest.mark.browser

# Immigration advice flag, a date, a number, checkboxes, "I don't know": most of what can show.
CASE = "C64"
WIDTH = 320


def _needles(given: dict) -> set[str]:
    """Answer values that could be recognised in a URL: codes and dates (not short words or bare
    numbers, which hashes and file names contain by chance; the path check below covers them)."""
    found: set[str] = set()
    for value in given.values():
        for item in value if isinstance(value, list) else [value]:
            text = str(item)
            if len(text) >= 6 and text not in ("not_sure",):
                found.add(text)
    return found


def check_requests(requests, site, given) -> dict[str, int]:
    origin = f"http://127.0.0.1:{site.port}"
    needles = _needles(given)
    origins: dict[str, int] = {}
    problems = []
    for r in requests:
        url = r.url.removeprefix("blob:")
        parts = urlsplit(url)
        origins[f"{parts.scheme}://{parts.netloc}"] = (
            origins.get(f"{parts.scheme}://{parts.netloc}", 0) + 1
        )
        if not url.startswith(origin + "/"):
            problems.append(f"off-origin: {r.url}")
        if r.method != "GET" or r.body:
            problems.append(f"{r.method} with a body: {r.url}")
        if parts.query and not re.fullmatch(r"v=[0-9a-f]{12}", parts.query):
            problems.append(f"a query other than a content hash: {r.url}")
        if not r.url.startswith("blob:"):
            rel = unquote(parts.path).removeprefix(site.base)
            target = site.dir / rel
            if not (target.is_file() or (target / "index.html").is_file()):
                problems.append(f"not a file of the built site: {r.url}")
        problems += [f"answer {n!r} in {r.url}" for n in needles if n in unquote(r.url)]
    assert not problems, "\n".join(problems)
    return origins


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_full_run_is_accessible_private_and_fits_320px(scheme, cases, context_factory, site):
    context, watch = context_factory(
        viewport={"width": WIDTH, "height": 640}, color_scheme=scheme, reduced_motion="reduce"
    )
    page = context.new_page()
    open_screener(page, site)
    report: dict[str, list[str]] = {}

    def look(page, step):
        name = f"{step.kind} {step.id or ''}{' (error)' if step.error else ''}"
        report[name] = axe_violations(page)
        width = page.evaluate("() => document.documentElement.scrollWidth")
        if width > WIDTH:
            report[name].append(f"page is {width}px wide at a {WIDTH}px viewport")
        if not step.error and not page.evaluate(
            "() => document.activeElement.matches('[data-host] > * h2')"
        ):
            report[name].append("focus is not on the step's heading")

    # An error step first (Continue with nothing chosen): complete() looks at it first.
    assert submit(page).error
    assert page.evaluate("() => document.activeElement.matches('.screener-error-summary')")

    case = next(c for c in cases if c["id"] == CASE)
    run = complete(page, case["answers"], each_step=look)
    assert run.outcome == case["expected"]["outcome"]
    assert "immigration_advice" in run.flags
    # The immigration callout comes first, and louder than any other.
    first_flag = page.locator("[data-outcome] .screener-flag").first
    assert first_flag.get_attribute("data-flag") == "immigration_advice"
    assert "danger" in first_flag.get_attribute("class")

    problems = {name: found for name, found in report.items() if found}
    assert not problems, json.dumps(problems, indent=1)
    assert len(report) >= 12  # every question, the check step, the result and the error step

    # The address changed by a step number only (the browser's Back goes back a step).
    assert re.fullmatch(re.escape(site.url + "check/") + r"\?step=\d+", page.url), page.url
    origins = check_requests(watch.requests, site, run.given)
    assert list(origins) == [f"http://127.0.0.1:{site.port}"]

    kept = stored(context, page)
    assert kept["cookies"] == [] and kept["sessionStorage"] == [], kept
    assert kept["indexedDB"] == [] and kept["caches"] == [], kept
    # Material keeps one thing: the colour palette in use ("<site path>.__palette").
    assert [key for key, _ in kept["localStorage"]] == [f"{site.base}.__palette"], kept
    everything = json.dumps(kept)
    assert not [n for n in _needles(run.given) if n in everything], kept
