"""Papers to take away, in the browser: for three example results, the papers section under the
result (papers.js and the worker's papers block, under the site's CSP), the form filled in by
keyboard, every paper downloaded as ID.docx through a blob: URL and opened with python-docx (the
same bytes CPython makes), every print view one or two US Letter pages, axe-core clean, and the
request log: nothing typed leaves the page, no request goes off-origin, nothing is stored.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata

import docx as python_docx
import pytest
from pypdf import PdfReader

from checker.law import law_checked_text
from papers import catalog, texts
from papers import web as papers_web

from .drive import axe_violations, complete, open_screener, stored, tab_to
from .test_full_run import check_requests

pytestmark = pytest.mark.browser

# apply_for_expungement (3 papers and the copy request), ask_court_to_enter_dismissal (2 and the
# copy request), eligible_ask_for_3607 with the immigration flag (the letter and the questions),
# and dismissed (the records kit: copy request, FBI challenge, background-check dispute).
RESULTS = {
    "C39": [
        "expungement_motion",
        "proposed_expungement_order",
        "certificate_of_service",
        "copy_request",
    ],
    "C37": ["dismissal_motion", "proposed_dismissal_order", "copy_request"],
    "C64": ["lawyer_letter", "immigration_questions"],
    # dismissed: the records kit
    "C38": ["copy_request", "fbi_record_challenge", "background_check_dispute"],
}
ONE_PAGE = ("lawyer_letter", "immigration_questions")  # the issue asks for one page
TYPED = {"name": "Jane Q. Doe", "case_number": "1:24-cr-00077-XYZ", "district": "District of Utah"}

# What the result renderer does (screener.js calls papers.js the same way once it is wired in):
# papers.js from the build's config, a worker started as the screener starts its own, and
# renderPapers on the result. When screener.js has already called it for this result, its
# section (or none) is the answer, and no second worker starts.
WIRE_JS = """async (answers) => {
  const result = document.querySelector("[data-outcome]");
  const root = document.querySelector("[data-screener]");
  const config = JSON.parse(root.dataset.config);
  const siteRoot = new URL(config.root, location.href);
  const abs = (path) => new URL(path, siteRoot).href;
  const papers = await import(abs(config.papers));
  const already = papers.papersOf(result);
  if (already) return (await already) ? "made" : "none";
  const bootstrap = `import ${JSON.stringify(abs(config.worker))};`;
  const url = URL.createObjectURL(new Blob([bootstrap], {type: "text/javascript"}));
  const worker = new Worker(url, {type: "module", name: "papers-test"});
  const ready = new Promise((resolve, reject) => worker.addEventListener("message", (e) => {
    if (e.data.type === "ready") resolve();
    if (e.data.type === "failed") reject(new Error(e.data.message));
  }));
  worker.postMessage({type: "init", config: {
    pyodide: {module: abs(config.pyodide.module), indexURL: abs(config.pyodide.indexURL),
              stdLibURL: abs(config.pyodide.stdLibURL),
              lockFileContents: config.pyodide.lockFileContents},
    checker: abs(config.checker),
    sizes: {},
  }});
  await ready;
  const view = {outcome: result.dataset.outcome, flags: result.dataset.flags.split(" ")};
  const section = await papers.renderPapers(
    result, view, papers.workerCall(worker), answers);
  return section ? "made" : "none";
}"""


STUB_PRINT_JS = "() => { window.printed = 0; window.print = () => { window.printed += 1; }; }"


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def pdf_text(pdf: bytes) -> list[str]:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return [re.sub(r"\s+", " ", unicodedata.normalize("NFKC", p.extract_text())) for p in pages]


def check_print(page, paper_id: str) -> list[str]:
    """What "Print this paper" prints: numbered pages; a court paper without its draft box."""
    pdf = page.pdf(prefer_css_page_size=True)
    printed = pdf_text(pdf)
    for number, text in enumerate(printed, 1):
        assert f"Page {number}" in text, (paper_id, number, text[-80:])
        # the law's date in every page's foot, beside the number (the papers are in English)
        assert f"{law_checked_text('en')} · Page {number}" in text, (paper_id, number)
    if catalog.PAPERS[paper_id].kind == texts.COURT:
        everything = " ".join(printed)
        for note in (texts.NOTE_TITLE, texts.NOTE_TITLE_ES, "take this box off", "este recuadro"):
            assert note not in everything, (paper_id, note)
        assert catalog.PAPERS[paper_id].title.split(" Under")[0] in everything.replace("\xa0", " ")
    return printed


def docx_text(data: bytes) -> str:
    document = python_docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += [cell.text for row in table.rows for cell in row.cells]
    return re.sub(r"\s+", " ", " ".join(lines))


@pytest.mark.parametrize("case_id", list(RESULTS))
def test_papers_download_print_and_stay_on_the_device(case_id, cases, context_factory, site):
    case = next(c for c in cases if c["id"] == case_id)
    context, watch = context_factory(accept_downloads=True)
    page = context.new_page()
    open_screener(page, site)
    run = complete(page, case["answers"])
    assert page.evaluate(WIRE_JS, run.given) == "made"

    section = page.locator("[data-outcome] [data-papers]")
    buttons = section.locator("button[data-paper]")
    buttons.first.wait_for()
    assert [b.get_attribute("data-paper") for b in buttons.all()] == RESULTS[case_id]
    form = section.locator("form[data-paper-form]")
    assert form.count() == 1

    # Fill in the form by keyboard; keep what the answers prefilled.
    for name, value in TYPED.items():
        tab_to(page, f'form[data-paper-form] input[name="{name}"]')
        page.keyboard.press("Control+A")
        page.keyboard.type(value)
    fields = {i.get_attribute("name"): i.input_value() for i in form.locator("input[name]").all()}
    assert not any(re.search(r"social|ssn", name, re.I) for name in fields)
    if "offense_date" in fields:
        assert fields["offense_date"]  # prefilled from the answers
    assert axe_violations(page) == []

    for paper_id in RESULTS[case_id]:
        # Download: ID.docx, the same bytes as CPython, with the caption and what was typed.
        tab_to(page, f'button[data-paper="{paper_id}"]')
        with page.expect_download() as info:
            page.keyboard.press("Enter")
        download = info.value
        assert download.suggested_filename == f"{paper_id}.docx"
        assert download.url.startswith("blob:")
        data = open(download.path(), "rb").read()
        args = (json.dumps(fields), json.dumps(run.given), "docx", None)
        assert data == papers_web.make(paper_id, *args)
        text = docx_text(data)
        assert "Jane Q. Doe" in text
        if paper_id not in ("pardon_worksheet",):
            assert "1:24-cr-00077-XYZ" in text
        assert text.startswith("Draft: check it before you use it")

        # The print view: the paper alone, on one or two pages of US Letter.
        tab_to(page, f'button[data-paper-print="{paper_id}"]')
        page.keyboard.press("Enter")
        sheet = section.locator(f'.papers-sheet article[data-paper-id="{paper_id}"]')
        sheet.wait_for()
        assert page.evaluate("() => document.activeElement.id") == "screener-papers-preview"
        assert "Jane Q. Doe" in sheet.inner_text()
        assert axe_violations(page) == []
        notes = section.locator(".screener-papers__print-notes")
        assert "Headers and footers" in notes.inner_text()
        pages = len(check_print(page, paper_id))
        assert 1 <= pages <= 3, f"{paper_id}: {pages} pages"
        if paper_id in ONE_PAGE:
            assert pages == 1, f"{paper_id}: {pages} pages"
        # "Print this paper" prints (headless chromium cannot end a real print job: count it).
        page.evaluate(STUB_PRINT_JS)
        tab_to(page, 'button[data-papers-action="print"]')
        page.keyboard.press("Enter")
        assert page.evaluate("() => window.printed") == 1
        tab_to(page, 'button[data-papers-action="close"]')
        page.keyboard.press("Enter")
        assert sheet.count() == 0
        assert page.evaluate("() => document.activeElement.dataset.paperPrint") == paper_id

    # Nothing typed left the page; every request stayed on this origin; nothing was stored.
    check_requests(watch.requests, site, {**run.given, **TYPED})
    everything = json.dumps(stored(context, page))
    assert not [v for v in TYPED.values() if v in everything]


def test_a_result_without_papers_gets_no_section(cases, watched, site):
    page, _ = watched
    case = next(c for c in cases if c["id"] == "C47")  # conviction_entered: no paper
    open_screener(page, site)
    run = complete(page, case["answers"])
    assert page.evaluate(WIRE_JS, run.given) == "none"
    assert page.locator("[data-papers]").count() == 0


def test_the_spanish_page_offers_a_reading_copy_of_each_court_paper(cases, context_factory, site):
    """On the Spanish page: each court paper, then its Spanish reading copy (ID_es, not for
    filing); the English paper's note in Spanish; both the same bytes as CPython's."""
    case = next(c for c in cases if c["id"] == "C39")
    context, watch = context_factory(accept_downloads=True)
    page = context.new_page()
    open_screener(page, site, "es/check/")
    run = complete(page, case["answers"])
    assert page.evaluate(WIRE_JS, run.given) == "made"
    section = page.locator("[data-outcome] [data-papers]")
    buttons = section.locator("button[data-paper]")
    buttons.first.wait_for()
    ids = [b.get_attribute("data-paper") for b in buttons.all()]
    assert ids == [i for p in RESULTS["C39"] for i in (p, f"{p}_es")]
    # A court paper's English title is marked English on the Spanish page (WCAG 3.1.2).
    langs = [t.get_attribute("lang") for t in section.locator(".screener-papers__title").all()]
    assert langs == ["es" if i.endswith("_es") else "en" for i in ids]
    form = section.locator("form[data-paper-form]")
    fields = {i.get_attribute("name"): i.input_value() for i in form.locator("input[name]").all()}
    for paper_id in ("expungement_motion", "expungement_motion_es"):
        tab_to(page, f'button[data-paper="{paper_id}"]')
        with page.expect_download() as info:
            page.keyboard.press("Enter")
        data = open(info.value.path(), "rb").read()
        assert info.value.suggested_filename == f"{paper_id}.docx"
        args = (json.dumps(fields), json.dumps(run.given), "docx", None, "es")
        assert data == papers_web.make(paper_id, *args)
        text = docx_text(data)
        assert text.startswith(texts.NOTE_TITLE_ES)
        if paper_id.endswith("_es"):
            assert "No presente esta copia; es para que usted entienda lo que firma." in text
        else:
            assert "Motion for an Expungement Order" in text  # the court's language
    tab_to(page, 'button[data-paper-print="expungement_motion_es"]')
    page.keyboard.press("Enter")
    sheet = section.locator('.papers-sheet article[data-paper-id="expungement_motion_es"]')
    sheet.wait_for()
    assert sheet.get_attribute("lang") == "es"
    assert axe_violations(page) == []
    printed = " ".join(check_print(page, "expungement_motion_es"))
    assert "No presente esta copia" in printed
    check_requests(watch.requests, site, run.given)
