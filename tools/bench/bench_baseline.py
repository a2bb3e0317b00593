"""The benchmark's baseline: the screener page done the obvious way, for comparison only.

    write_baseline(site_dir) -> "bench-baseline/"

Writes ``bench-baseline/`` into an already built site (a temporary one: never ``docs/`` or the
shipped ``site/``). The page is the built check page itself (same Material chrome, same text,
the same first question form) with the screener machinery taken out and Pyodide loaded the way
its documentation shows: the classic ``pyodide.js`` in ``<head>``, then ``loadPyodide()`` with
default options in the main thread. So it fetches the whole npm package's runtime as shipped:
the full ``python_stdlib.zip`` and ``pyodide-lock.json`` (copied from ``node_modules/pyodide``,
every file), then the same checker zip as the real page, unpacked the same way.

Hooks the benchmark reads, the same as on the real page:
- ``performance.mark("screener:python-ready")`` and ``data-engine="ready"`` on
  ``[data-screener]`` once Python is up and ``checker.web`` is imported and warmed up (one
  ``step("{}")`` call, as the real worker does before it says "ready");
- ``form[data-step=check]`` (hidden): submitting it runs ``checker.web.step`` on
  ``window.benchAnswers`` in the main thread and replaces the question with the result, one
  element with ``data-outcome`` and ``data-flags``;
- for the paced reader, one question at a time, the obvious way: the page keeps the real page's
  question ``<template>``s, and each Continue asks Python (once it has started) for the next
  question, then shows it, or the check form at the end.

No Content-Security-Policy: the baseline only has to work.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYODIDE_PACKAGE = ROOT / "node_modules" / "pyodide"
FOLDER = "bench-baseline"
CHECK_PAGE = Path("check") / "index.html"

_CSP_META = re.compile(r'\s*<meta http-equiv="Content-Security-Policy"[^>]*>', re.I)
_SCREENER_SCRIPT = re.compile(
    r'\s*<script[^>]*src="[^"]*screener/screener\.js[^"]*"[^>]*></script>'
)
_FIRST_FORM = re.compile(r"<form\b[^>]*\bdata-question=[^>]*>.*?</form>", re.S)
_TEMPLATE = re.compile(r"<template\b[^>]*\bdata-template=[^>]*>.*?</template>", re.S)
_DIV_TAG = re.compile(r"<(/?)div\b[^>]*>", re.I)

# The main-thread loader, as Pyodide's documentation writes it, plus the same checker start-up
# as the real worker (tools/build/site_assets.py, site-overrides/assets/screener/worker.mjs).
LOADER = """<script>
(function () {
  const root = document.querySelector("[data-screener]");
  const APP_DIR = "/home/pyodide/screener";
  function todayISO() {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    Object.assign(node, attrs || {});
    if (text) node.textContent = text;
    return node;
  }
  // One question at a time: Python decides what comes next, so every answer waits for it.
  const answers = {};
  const host = root.querySelector("[data-host]");
  let web = null;
  let started;
  const ready = new Promise((resolve) => (started = resolve));
  function valueOf(form, qid) {
    const named = [...form.querySelectorAll(`[name="${CSS.escape(qid)}"]`)];
    const part = (p) => form.querySelector(`[name="${CSS.escape(qid)}-${p}"]`);
    const notSure = !!named.find((e) => e.type === "checkbox" && e.value === "not_sure")?.checked;
    if (part("day")) {
      const [day, month, year] = ["day", "month", "year"].map((p) => part(p).value);
      return { day, month, year, not_sure: notSure };
    }
    const text = named.find((e) => e.type === "text");
    if (text) return { text: text.value, not_sure: notSure };
    const select = named.find((e) => e.tagName === "SELECT");
    if (select) return select.value;
    const chosen = named.filter((e) => e.checked).map((e) => e.value);
    return named.some((e) => e.type === "checkbox") ? chosen : chosen[0];
  }
  root.addEventListener("submit", async (event) => {
    const form = event.target;
    const qid = form.dataset.question;
    if (!qid) return; // the check form: its own listener
    event.preventDefault();
    answers[qid] = valueOf(form, qid);
    await ready;
    const reply = JSON.parse(web.step(JSON.stringify(answers), todayISO()));
    if (reply.next) {
      const template = root.querySelector(`template[data-template="${CSS.escape(reply.next)}"]`);
      host.replaceChildren(template.content.firstElementChild.cloneNode(true));
    } else {
      const check = root.querySelector("form[data-step=check]");
      check.hidden = false;
      host.replaceChildren(check);
    }
  });
  async function main() {
    const pyodide = await loadPyodide();
    const response = await fetch("checker.zip");
    pyodide.unpackArchive(await response.arrayBuffer(), "zip", { extractDir: APP_DIR });
    pyodide.runPython(`import sys\\nsys.path.insert(0, ${JSON.stringify(APP_DIR)})`);
    web = pyodide.pyimport("checker.web");
    web.step("{}", null);
    performance.mark("screener:python-ready");
    root.dataset.engine = "ready";
    root.querySelector("form[data-step=check]").addEventListener("submit", (event) => {
      event.preventDefault();
      const given = window.benchAnswers || answers;
      const reply = JSON.parse(web.step(JSON.stringify(given), todayISO()));
      const r = reply.result || { outcome: "none", flags: [], title: "", summary: "", reasons: [] };
      const section = el("section", { className: "screener-result" });
      section.dataset.outcome = r.outcome;
      section.dataset.flags = r.flags.join(" ");
      section.append(el("h2", { className: "screener-heading" }, r.title), el("p", {}, r.summary));
      const list = el("ul");
      for (const reason of r.reasons) list.append(el("li", {}, `${reason.clause}: ${reason.text}`));
      section.append(list);
      root.querySelector("[data-host]").replaceChildren(section);
    });
    started();
  }
  main().catch((error) => {
    root.dataset.engine = "failed";
    console.error("baseline: Python did not start:", error);
  });
})();
</script>"""


def _matching_div_end(text: str, start: int) -> int:
    """The index just after the ``</div>`` that closes the ``<div`` opening at ``start``."""
    depth = 0
    for match in _DIV_TAG.finditer(text, start):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            return match.end()
    raise ValueError("unbalanced <div> in the check page")


def screener_config(site_dir: Path) -> dict:
    """The real screener's settings (``data-config`` on the built check page)."""
    page = (Path(site_dir) / CHECK_PAGE).read_text("utf-8")
    match = re.search(r'data-screener[^>]*\bdata-config="([^"]*)"', page)
    if not match:
        raise ValueError("no data-config on the built check page")
    return json.loads(html.unescape(match.group(1)))


def baseline_html(check_page: str) -> str:
    """The baseline page's HTML, made from the built check page's HTML."""
    start = check_page.find("<div")
    start = check_page.find("data-screener", start)
    if start == -1:
        raise ValueError("no [data-screener] in the check page")
    start = check_page.rfind("<div", 0, start)
    end = _matching_div_end(check_page, start)
    screener = check_page[start:end]
    form = _FIRST_FORM.search(screener)
    if not form:
        raise ValueError("no first question form in the check page")
    templates = "".join(t.group(0) for t in _TEMPLATE.finditer(screener))
    replacement = (
        '<div class="screener" data-screener data-baseline>'
        f'<div class="screener-host" data-host>{form.group(0)}</div>'
        '<form class="screener-step" data-step="check" hidden novalidate autocomplete="off">'
        '<button type="submit" class="md-button md-button--primary">See your result</button>'
        f"</form>{templates}</div>"
    )
    page = check_page[:start] + replacement + check_page[end:]
    page = _CSP_META.sub("", page, count=1)
    page, found = _SCREENER_SCRIPT.subn("", page, count=1)
    if not found:
        raise ValueError("no screener.js script tag in the check page")
    page = page.replace("</head>", '<script src="pyodide/pyodide.js"></script>\n</head>', 1)
    return page.replace("</body>", LOADER + "\n</body>", 1)


def write_baseline(site_dir: Path) -> str:
    """Write ``bench-baseline/`` into the built site ``site_dir``; return its site-relative URL."""
    site_dir = Path(site_dir)
    folder = site_dir / FOLDER
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(PYODIDE_PACKAGE, folder / "pyodide")  # every file of the npm package
    config = screener_config(site_dir)
    shutil.copyfile(site_dir / config["checker"], folder / "checker.zip")  # the same bytes
    check_page = (site_dir / CHECK_PAGE).read_text("utf-8")
    # Same depth as check/, so the page's relative links (../assets/...) still resolve.
    (folder / "index.html").write_text(baseline_html(check_page), "utf-8")
    return FOLDER + "/"
