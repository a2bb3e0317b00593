"""The papers as a filer meets them: every Word file the worker makes is valid WordprocessingML
(openxml-audit, a pure-Python Open XML validator: schema order of every property list, parts and
relationships), opens outside Compatibility Mode (a settings part with compatibilityMode 15),
and has the filing format of a court paper (double-spaced body, Word's own paragraph numbering,
no line break after "§" or "No." or inside a case number, the court's own name). Then LibreOffice
headless, the way a test sees what a filer sees: each kind of paper, in English and as a Spanish
reading copy, with ordinary and with long values, converted to PDF: its page count, the caption,
title and signature block on the pages expected, and no signature block alone on a page.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import zipfile
from pathlib import Path

import docx as python_docx
import pytest

from answer_sets import TYPED_FIELDS
from conftest import REPO, load_cases
from papers import catalog, texts, web

TODAY = "2026-12-05"
CASES = {c["id"]: c["answers"] for c in load_cases()}
# Each paper with the example results that offer it (the Spanish copies with their paper's).
EXAMPLES = {
    "expungement_motion": ["C39"],
    "proposed_expungement_order": ["C39"],
    "certificate_of_service": ["C39"],
    "dismissal_motion": ["C37", "C35"],
    "proposed_dismissal_order": ["C37", "C35"],
    "lawyer_letter": ["C01", "C02", "C11", "C64"],
    "pardon_worksheet": ["C52"],
    "immigration_questions": ["C64"],
    "copy_request": ["C39", "C69"],
    "fbi_record_challenge": ["C38", "C69"],
    "background_check_dispute": ["C38", "C69"],
}
EXAMPLES.update({f"{p}_es": c for p, c in list(EXAMPLES.items()) if f"{p}_es" in catalog.PAPERS})
TYPED = {**TYPED_FIELDS, "district": "District of Utah"}
# The longest a reader is likely to type: a long name, a case number with several judges'
# initials, a territory's court, an agency's full name.
LONG = {
    **TYPED,
    "name": "María Guadalupe Fernández-Rodríguez de la Cruz Villanueva",
    "case_number": "1:24-cr-00077-KDB-DCK-1234567",
    "district": "District of the Northern Mariana Islands",
    "arresting_agency": "United States Department of the Interior, National Park Service, U.S. "
    "Park Police",
    "lawyer_name": "Alexandra Constance Montgomery-Whitfield, Assistant Federal Public Defender",
    "company": "Nationwide Employment and Tenant Background Screening Services of America, LLC",
}
VALUES = {"typed": TYPED, "blank": {}, "long": LONG}
MADE = [
    (paper_id, case_id, values)
    for paper_id, cases in EXAMPLES.items()
    for case_id in cases
    for values in VALUES
]


def make(paper_id: str, case_id: str, values: str, lang: str = "en") -> bytes:
    fields = {k: v for k, v in VALUES[values].items() if k in catalog.PAPERS[paper_id].fields}
    data = web.make(paper_id, json.dumps(fields), json.dumps(CASES[case_id]), "docx", TODAY, lang)
    assert isinstance(data, bytes), data
    return data


# --- Schema ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("paper_id", "case_id", "values"), MADE)
def test_every_word_file_is_valid_wordprocessingml(paper_id, case_id, values, tmp_path):
    from openxml_audit import OpenXmlValidator

    for lang in ("en", "es"):
        path = tmp_path / f"{paper_id}-{lang}.docx"
        path.write_bytes(make(paper_id, case_id, values, lang))
        result = OpenXmlValidator().validate(path)
        assert [str(e) for e in result.errors] == [], paper_id
        assert result.is_valid


def test_the_validator_finds_the_caption_border_out_of_order(tmp_path):
    """The check can fail: the caption's borders in the order the papers had (right before
    bottom) are a schema error."""
    from openxml_audit import OpenXmlValidator

    data = make("expungement_motion", "C39", "typed")
    parts = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            parts[name] = archive.read(name)
    document = parts["word/document.xml"].decode()
    bottom = re.search(r"<w:bottom [^>]*/>", document).group(0)
    right = re.search(r"<w:right [^>]*/>", document).group(0)
    assert document.index(bottom) < document.index(right)
    swapped = document.replace(bottom + right, right + bottom)
    assert swapped != document
    parts["word/document.xml"] = swapped.encode()
    path = tmp_path / "swapped.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, body in parts.items():
            archive.writestr(name, body)
    errors = [str(e) for e in OpenXmlValidator().validate(path).errors]
    assert any("Unexpected element 'bottom'" in e for e in errors), errors


def test_word_opens_the_papers_outside_compatibility_mode():
    with zipfile.ZipFile(io.BytesIO(make("dismissal_motion", "C37", "typed"))) as archive:
        settings = archive.read("word/settings.xml").decode()
        rels = archive.read("word/_rels/document.xml.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
    assert re.search(r'w:name="compatibilityMode"[^>]*w:val="15"', settings)
    assert 'Target="settings.xml"' in rels and "/word/settings.xml" in types


# --- Filing format --------------------------------------------------------------------------

COURT = [i for i, p in catalog.PAPERS.items() if p.kind == texts.COURT]


def body_paragraphs(document):
    """The paragraphs after the caption table: the title and what follows."""
    paragraphs = document.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.style.name == "Paper title")
    return paragraphs[start + 1 :]


@pytest.mark.parametrize("paper_id", COURT)
def test_court_papers_are_double_spaced_quotes_and_caption_single(paper_id):
    case_id = EXAMPLES[paper_id][0]
    document = python_docx.Document(io.BytesIO(make(paper_id, case_id, "typed")))
    body = [p for p in body_paragraphs(document) if p.text.strip()]
    spacing = {p.style.name: p.style.paragraph_format.line_spacing for p in body}
    prose = [p for p in body if p.style.name in ("Numbered paragraph", "Body text")]
    assert prose, spacing
    for paragraph in prose:
        assert paragraph.style.paragraph_format.line_spacing == 2.0, paragraph.text
    if "Block quote" in spacing:
        assert spacing["Block quote"] == 1.0


@pytest.mark.parametrize("paper_id", COURT)
def test_court_paragraphs_are_numbered_by_word(paper_id):
    """A filer who deletes a paragraph keeps a right sequence: the numbers are Word's."""
    case_id = EXAMPLES[paper_id][0]
    data = make(paper_id, case_id, "typed")
    document = python_docx.Document(io.BytesIO(data))
    numbered = [p for p in document.paragraphs if p.style.name == "Numbered paragraph"]
    for paragraph in numbered:
        assert paragraph._p.pPr.numPr is not None, paragraph.text
        assert not re.match(r"\d+\.", paragraph.text)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        numbering = archive.read("word/numbering.xml").decode()
    assert 'w:numFmt w:val="decimal"' in numbering and 'w:lvlText w:val="%1."' in numbering


def test_no_line_break_after_a_section_sign_or_no_nor_inside_a_case_number():
    data = make("dismissal_motion", "C37", "typed")
    text = "\n".join(p.text for p in python_docx.Document(io.BytesIO(data)).paragraphs)
    assert "§\u00a03607(a)" in text and "U.S.C.\u00a0§" in text
    assert not re.search(r"§ |No\. ", text)
    document = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert "1:24<w:noBreakHyphen/>cr<w:noBreakHyphen/>00077<w:noBreakHyphen/>XYZ" in (
        re.sub(r'</w:t>|<w:t xml:space="preserve">', "", document)
    )
    # A number too long for one line of the caption may break at a hyphen, not inside a part.
    long = json.dumps({"case_number": "1:24-cr-00077-KDB-DCK-1234567"})
    made = web.make("dismissal_motion", long, json.dumps(CASES["C37"]), "docx", TODAY)
    document = zipfile.ZipFile(io.BytesIO(made)).read("word/document.xml").decode()
    assert "1:24-cr-00077-KDB-DCK-1234567" in document and "noBreakHyphen" not in document


@pytest.mark.parametrize(
    ("typed", "caption", "case"),
    [
        (
            {"district": "United States District Court for the Western District of North "
             "Carolina", "case_number": "Case No. 3:24-cr-00018-KDB-DCK"},
            "United States District Court for the Western District of North Carolina",
            "Case No. 3:24-cr-00018-KDB-DCK",
        ),
        (
            {"district": "the District of Utah", "case_number": "Criminal No. 15-412"},
            "United States District Court for the District of Utah",
            "Case No. 15-412",
        ),
        ({"district": "District of Guam", "case_number": "No. 1:25-mj-00003"},
         "District Court of Guam", "Case No. 1:25-mj-00003"),
        ({"district": "District of the Virgin Islands"}, "District Court of the Virgin Islands",
         None),
        ({"district": "District of the Northern Mariana Islands"},
         "District Court for the Northern Mariana Islands", None),
    ],
)  # fmt: skip
def test_caption_names_the_court_and_strips_pasted_labels(typed, caption, case):
    data = web.make("dismissal_motion", json.dumps(typed), json.dumps(CASES["C37"]), "docx", TODAY)
    document = python_docx.Document(io.BytesIO(data))
    court = [p.text for p in document.paragraphs if p.style.name == "Court"][0]
    assert re.sub(r"\s+", " ", court) == caption
    text = re.sub(r"\s+", " ", "\n".join(p.text for p in document.paragraphs))
    cells = re.sub(r"\s+", " ", " ".join(c.text for c in document.tables[0]._cells))
    assert "for the United States" not in court + text
    assert "Court for the District of Guam" not in court
    if case:
        assert cells.count("No.") == 1 and case in cells


def test_judges_line_fits_a_district_or_a_magistrate_judge():
    for paper_id in ("proposed_dismissal_order", "proposed_expungement_order"):
        case_id = EXAMPLES[paper_id][0]
        document = python_docx.Document(io.BytesIO(make(paper_id, case_id, "typed")))
        last = [p.text for p in document.paragraphs if p.text.strip()][-1]
        assert last == "United States District Judge / United States Magistrate Judge"


def test_dismissal_motion_states_only_what_the_record_shows():
    """The reader answered only that no one *said* they broke a rule: the motion says what the
    docket shows (18 U.S.C. §§ 3607(a), 3565(c)); the finding is the judge's, in the order."""
    data = make("dismissal_motion", "C37", "typed")
    text = re.sub(
        r"\s+", " ", "\n".join(p.text for p in python_docx.Document(io.BytesIO(data)).paragraphs)
    )
    assert "I have not violated" not in text
    assert "The docket shows no petition, warrant or summons for a violation of probation" in text
    assert "no violation has been found" in text and "3565(c)" in text
    order = make("proposed_dismissal_order", "C37", "typed")
    order_text = " ".join(p.text for p in python_docx.Document(io.BytesIO(order)).paragraphs)
    assert "the defendant has not violated a condition of probation" in order_text


# --- LibreOffice ----------------------------------------------------------------------------

SOFFICE = "/usr/bin/soffice"  # Debian's libreoffice-writer-nogui, which .ci/run installs
# Pages each paper takes in LibreOffice with ordinary values (typed) and with long ones: the
# motions are double-spaced, an order keeps its last lines with the judge's signature.
PAGES = {
    "expungement_motion": (3, 3),
    "proposed_expungement_order": (2, 2),
    "certificate_of_service": (1, 1),
    "dismissal_motion": (3, 4),
    "proposed_dismissal_order": (2, 2),
    "lawyer_letter": (1, 1),
    "pardon_worksheet": (2, 2),
    "immigration_questions": (1, 2),
    "copy_request": (1, 1),
    "fbi_record_challenge": (2, 2),
    "background_check_dispute": (2, 2),
}
# The Spanish copies are longer than their paper's English words but are not filed.
PAGES_ES = {
    "lawyer_letter_es": (1, 2),
    "immigration_questions_es": (1, 2),
    "copy_request_es": (1, 2),
}
OFFICE_SETS = [
    (paper_id, EXAMPLES[paper_id][0], values)
    for paper_id in EXAMPLES
    for values in ("typed", "long")
]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    if not Path(SOFFICE).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{SOFFICE} is missing: .ci/run installs libreoffice-writer-nogui")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    from pypdf import PdfReader

    folder = tmp_path_factory.mktemp("office")
    names = []
    for paper_id, case_id, values in OFFICE_SETS:
        name = f"{paper_id}-{values}"
        (folder / f"{name}.docx").write_bytes(make(paper_id, case_id, values))
        names.append(name)
    profile = folder / "profile"  # its own profile: runs beside another soffice never clash
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "pdf", "--outdir", str(folder), *(str(folder / f"{n}.docx") for n in names)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    pages = {}
    for name in names:
        reader = PdfReader(folder / f"{name}.pdf")
        pages[name] = [re.sub(r"\s+", " ", p.extract_text()) for p in reader.pages]
    return pages


@pytest.mark.parametrize(("paper_id", "case_id", "values"), OFFICE_SETS)
def test_libreoffice_lays_each_paper_out_as_a_filer_sees_it(paper_id, case_id, values, pdfs):
    paper = catalog.PAPERS[paper_id]
    pages = pdfs[f"{paper_id}-{values}"]
    low, high = (PAGES | PAGES_ES).get(paper_id, PAGES.get(paper.reads, (1, 4)))
    expected = low if values == "typed" else high
    assert len(pages) <= expected, [p[:80] for p in pages]
    assert len(pages) >= 1
    first = pages[0]
    title = re.sub(r"\s+", " ", paper.title.replace("\u00a0", " "))
    assert title.split(" Under ")[0] in first.replace("\u00a0", " "), first[:300]
    if paper.kind == texts.COURT:
        court = "COURT OF GUAM" if "Guam" in VALUES[values].get("district", "") else "COURT"
        assert court in first and "Case No." in first  # the caption on page 1
        assert "Page 1" in first
        # The signature block is never alone: its page has words of the paper above it.
        block = r"SO ORDERED|Respectfully submitted|Date: _+ Signature"
        signed = next(p for p in pages if re.search(block, p))
        before = re.split(block, signed)[0]
        assert len(re.sub(r"Page \d+", "", before).strip()) > 80, signed[:200]
    if paper.kind == "reading":
        assert "No presente esta copia" in first
    for i, page in enumerate(pages, 1):
        assert f"Page {i}" in page or paper.kind != texts.COURT


def test_ci_installs_the_libreoffice_this_test_runs():
    script = (REPO / ".ci" / "run").read_text()
    assert f"soffice_path={SOFFICE}" in script
    assert "libreoffice-writer-nogui" in script


def test_the_violation_question_sends_a_rule_breaker_to_a_lawyer_before_filing():
    """The motion says only what the record shows; a reader who broke a rule no one found out
    about is told, where the question is asked, to talk to a lawyer before filing."""
    from checker.questions import by_id

    assert "even if no one found out, talk to your lawyer before you file" in (
        by_id("en")["violation"].hint
    )
    assert "aunque nadie lo sepa, hable con su abogado antes de presentar" in (
        by_id("es")["violation"].hint
    )
