"""Papers to take away: each paper a result calls for, built from example answers and typed
fields, opened with python-docx (and its print version read back from HTML), checked for the
caption, the cited clauses, the typed name and case number, no placeholder left where a value was
typed, and a line to write on wherever a field was left blank. Also: which result offers which
paper, the statute's words against the law page, and that papers/ needs nothing outside the
standard library and checker/.
"""

from __future__ import annotations

import ast
import io
import json
import re
import sys
from html.parser import HTMLParser

import docx as python_docx
import pytest
from docx.table import Table
from hypothesis import given, settings
from hypothesis import strategies as st

from answer_sets import TYPED_FIELDS
from checker import evaluate
from checker.codes import Citizenship, Flag, Outcome
from checker.law import law_checked_text
from checker.outcomes import PARDON_ATTORNEY
from checker.questions import by_id
from conftest import REPO, load_cases
from papers import catalog, model, texts, web
from papers.courts import districts

TODAY = "2026-11-29"
CASES = {c["id"]: c for c in load_cases()}
BLANK = re.compile(r"_{4,}")

# The issue's list, restated: which papers each result calls for.
RECORDS = ["copy_request", "fbi_record_challenge", "background_check_dispute"]
EXPECTED_BY_OUTCOME = {
    Outcome.APPLY_FOR_EXPUNGEMENT: [
        "expungement_motion",
        "proposed_expungement_order",
        "certificate_of_service",
        "copy_request",
    ],
    Outcome.ASK_COURT_TO_ENTER_DISMISSAL: [
        "dismissal_motion",
        "proposed_dismissal_order",
        "copy_request",
    ],
    Outcome.ON_PROBATION_DISMISSAL_DUE: [
        "dismissal_motion",
        "proposed_dismissal_order",
        "copy_request",
    ],
    Outcome.ELIGIBLE_ASK_FOR_3607: ["lawyer_letter"],
    Outcome.ELIGIBLE_ASK_FOR_3607_THEN_EXPUNGE: ["lawyer_letter"],
    Outcome.MARIJUANA_PARDON_CERTIFICATE: ["pardon_worksheet"],
    # the records kit (issue: get your own record, and clean it up)
    Outcome.DISMISSED: RECORDS,
    Outcome.EXPUNGED: RECORDS,
    Outcome.TALK_TO_LAWYER: ["copy_request"],
}

# For each paper, example cases whose result offers it.
EXAMPLES = {
    "expungement_motion": ["C39"],
    "proposed_expungement_order": ["C39"],
    "certificate_of_service": ["C39"],
    "dismissal_motion": ["C37", "C35"],
    "proposed_dismissal_order": ["C37", "C35"],
    "lawyer_letter": ["C01", "C02", "C11", "C64"],
    "pardon_worksheet": ["C52"],
    "immigration_questions": ["C64"],
    "copy_request": ["C39", "C37", "C35", "C38", "C69", "C09"],
    "fbi_record_challenge": ["C38", "C69"],
    "background_check_dispute": ["C38", "C69"],
}
# The Spanish copies: the same results, on the Spanish page.
EXAMPLES.update({f"{p}_es": cases for p, cases in EXAMPLES.items() if f"{p}_es" in catalog.PAPERS})
PAIRS = [(p, c) for p, cases in EXAMPLES.items() for c in cases]

# What a reader might type: every value distinct, so each can be found in the paper.
TYPED = TYPED_FIELDS


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def answers_of(case_id: str) -> dict:
    return CASES[case_id]["answers"]


def docx_text(data: bytes) -> tuple[str, list[str]]:
    """All the text of a .docx in reading order, and its first paragraphs (the first page's
    top), as python-docx sees them."""
    document = python_docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                lines += [cell.text for cell in row.cells]
        else:
            lines.append(item.text)
    return norm("\n".join(lines)), lines


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.blanks = 0
        self.first_class = None

    def handle_starttag(self, tag, attrs):
        classes = dict(attrs).get("class") or ""
        if self.first_class is None and tag != "article":
            self.first_class = classes
        if "paper-blank" in classes.split():
            self.blanks += 1
        self.parts.append(" ")

    def handle_data(self, data):
        self.parts.append(data)


def html_text(fragment: str) -> tuple[str, _Text]:
    parser = _Text()
    parser.feed(fragment)
    return norm("".join(parser.parts)), parser


def make_docx(paper_id: str, fields: dict, answers: dict) -> bytes:
    made = web.make(paper_id, json.dumps(fields), json.dumps(answers), "docx", TODAY)
    assert isinstance(made, bytes), made
    return made


def make_html(paper_id: str, fields: dict, answers: dict) -> str:
    made = json.loads(web.make(paper_id, json.dumps(fields), json.dumps(answers), "html", TODAY))
    assert "html" in made, made
    return made["html"]


def facts_of(answers: dict) -> model.Facts:
    result = evaluate(answers, TODAY)
    return model.Facts(str(result.outcome), frozenset(map(str, result.flags)), answers)


def expected_blanks(paper: texts.Paper, facts: model.Facts, fields_blank: bool) -> int:
    """Lines to write on that the paper's own words call for: `$line`, facts the answers leave
    empty, and (when the fields are blank) each field placeholder, caption included."""
    count = 0
    templates = [b.text for b in paper.note + paper.blocks if b.when(facts)]
    if paper.kind == texts.COURT:
        templates += ["$district", "$name", "$case_number"]
    for template in templates:
        for name in re.findall(r"\$([a-z_]+)", template):
            if name == "court":  # the court's name: a line for its district when that is blank
                count += fields_blank
            elif name == "line":
                count += 1
            elif name in texts.FACTS:
                count += not texts.FACTS[name](facts)
            elif fields_blank:
                count += 1
    return count


def typed_for(paper: texts.Paper) -> dict:
    return {name: TYPED[name] for name in paper.fields}


# --- Which papers ---------------------------------------------------------------------------


@pytest.mark.parametrize("outcome", list(Outcome), ids=str)
def test_each_outcome_offers_the_papers_the_issue_lists(outcome):
    result = json.dumps({"outcome": str(outcome), "flags": []})
    listed = json.loads(web.papers_for(result, "{}"))["papers"]
    assert [p["id"] for p in listed] == EXPECTED_BY_OUTCOME.get(outcome, [])


@pytest.mark.parametrize("outcome", [Outcome.TALK_TO_LAWYER, Outcome.ELIGIBLE_ASK_FOR_3607])
def test_immigration_flag_adds_the_questions_for_an_immigration_lawyer(outcome):
    result = json.dumps({"outcome": str(outcome), "flags": [str(Flag.IMMIGRATION_ADVICE)]})
    ids = [p["id"] for p in json.loads(web.papers_for(result, "{}"))["papers"]]
    assert ids == EXPECTED_BY_OUTCOME.get(outcome, []) + ["immigration_questions"]


@pytest.mark.parametrize(("paper_id", "case_id"), PAIRS)
def test_example_result_offers_its_paper(paper_id, case_id):
    result = evaluate(answers_of(case_id), TODAY).as_dict()
    lang = catalog.PAPERS[paper_id].lang  # a Spanish copy: on the Spanish page
    listed = json.loads(web.papers_for(json.dumps(result), json.dumps(answers_of(case_id)), lang))
    assert paper_id in [p["id"] for p in listed["papers"]]


def test_every_paper_is_offered_by_some_result():
    offered = {i for ids in texts.BY_OUTCOME.values() for i in ids}
    offered |= {i for ids in texts.BY_FLAG.values() for i in ids}
    assert offered == set(ENGLISH)
    assert offered | {f"{i}_es" for i in offered if f"{i}_es" in catalog.PAPERS} == set(EXAMPLES)


# --- Every paper, as a Word file ------------------------------------------------------------


@pytest.mark.parametrize(("paper_id", "case_id"), PAIRS)
def test_word_file_has_caption_clauses_and_what_was_typed(paper_id, case_id):
    paper = catalog.PAPERS[paper_id]
    answers = answers_of(case_id)
    text, lines = docx_text(make_docx(paper_id, typed_for(paper), answers))

    # the first thing on the first page: a draft to check
    assert lines[0] == (texts.NOTE_TITLE_ES if paper.lang == "es" else texts.NOTE_TITLE)
    if paper.kind == texts.COURT:
        assert "United States District Court for the Southern District of New York" in text
        assert "United States of America v. Jane Q. Doe, Defendant." in text
        assert "Case No. 1:24-cr-00077-XYZ" in text
    assert "Jane Q. Doe" in text
    if "case_number" in paper.fields:
        assert "1:24-cr-00077-XYZ" in text
    assert norm(paper.title) in text
    for clause in paper.cites:
        assert clause.cite in text, clause
    for name in paper.fields:
        assert TYPED[name] in text, name
    assert "$" not in text and "{" not in text  # no placeholder left
    # Every line left to write on is one the paper calls for, not a field that was typed.
    assert len(BLANK.findall(text)) == expected_blanks(paper, facts_of(answers), False)


@pytest.mark.parametrize(("paper_id", "case_id"), PAIRS)
def test_word_file_leaves_a_line_for_each_blank_field(paper_id, case_id):
    paper = catalog.PAPERS[paper_id]
    answers = answers_of(case_id)
    blank = {name: "" for name in paper.fields}
    text, _ = docx_text(make_docx(paper_id, blank, answers))
    assert len(BLANK.findall(text)) == expected_blanks(paper, facts_of(answers), True)
    assert "Jane Q. Doe" not in text
    if paper.kind == texts.COURT:
        assert re.search(r"United States District Court for the _{4,}", text)
        assert re.search(r"Case No\. _{4,}", text)


@pytest.mark.parametrize(("paper_id", "case_id"), PAIRS)
def test_print_version_has_the_same_words(paper_id, case_id):
    paper = catalog.PAPERS[paper_id]
    answers = answers_of(case_id)
    word, _ = docx_text(make_docx(paper_id, typed_for(paper), answers))
    text, parsed = html_text(make_html(paper_id, typed_for(paper), answers))
    assert "paper-note" in parsed.first_class  # the note comes first
    assert text.startswith(texts.NOTE_TITLE_ES if paper.lang == "es" else texts.NOTE_TITLE)
    if paper.kind == texts.COURT:
        assert "United States District Court for the Southern District of New York" in text
        assert "United States of America v. Jane Q. Doe, Defendant." in text
        assert "Case No. 1:24-cr-00077-XYZ" in text
    for clause in paper.cites:
        assert clause.cite in text
    for name in paper.fields:
        assert TYPED[name] in text, name
    assert "$" not in text
    assert parsed.blanks == expected_blanks(paper, facts_of(answers), False)
    text = text.removesuffix(" " + law_checked_text())  # the footer's law date: test_law_checked.py
    # The same words as the Word file, bullets, paragraph numbers (Word numbers a court paper's
    # paragraphs itself) and the page footer aside.
    unnumbered = re.compile(r"(?:^|(?<= ))\d{1,2}\. (?=[A-Z])")
    assert unnumbered.sub("", text.replace("• ", "")) == unnumbered.sub(
        "", word.replace("•\t", "").replace("• ", "")
    )

    _, blank = html_text(make_html(paper_id, {n: "" for n in paper.fields}, answers))
    assert blank.blanks == expected_blanks(paper, facts_of(answers), True)


ENGLISH = [i for i, p in catalog.PAPERS.items() if p.lang == "en"]
SPANISH = [i for i, p in catalog.PAPERS.items() if p.lang == "es"]


@pytest.mark.parametrize("paper_id", ENGLISH)
def test_first_page_note_says_draft_check_rules_vary_and_only_once_right(paper_id):
    paper = catalog.PAPERS[paper_id]
    _, lines = docx_text(make_docx(paper_id, {}, {}))
    end = lines.index("")  # the note's box ends with an empty paragraph
    note = norm(" ".join(lines[:end])).lower()
    assert "draft" in note
    assert "lawyer" in note and "clerk" in note
    assert re.search(r"rules (vary|differ)", note)
    assert "only once it is right" in note
    assert end <= len(paper.note) + 2


# --- No paper writes down an immigration status ---------------------------------------------

STATUS_WORDS = re.compile(
    r"not (in the United States )?lawfully|lawful(ly)? (permanent resident|present)|"
    r"permanent resident|not a U\.S\. citizen|I am a U\.S\. citizen|undocumented|green card|"
    r"visa\b|immigration status:|citizenship status:|\(your answer|"
    r"residente permanente|no soy ciudadan|sin papeles|situación migratoria:|"
    r"(no estoy|no estaba) en (los )?Estados Unidos (legalmente|de forma legal)",
    re.I,
)
# Every answer about status the checker asks (the time of the offense once it asks it too).
STATUS_KEYS = [k for k in ("status_on_pardon_date", "lawful_presence_at_offense") if k in by_id()]
STATUS_ANSWERS = [
    {"citizenship": code, **dict.fromkeys(STATUS_KEYS, value)}
    for code in Citizenship
    for value in ("yes", "no", "not_sure")
]


@pytest.mark.parametrize(("paper_id", "case_id"), PAIRS)
def test_no_paper_writes_down_an_immigration_status(paper_id, case_id):
    """A person's own written words are used to prove alienage (8 U.S.C. § 1326): whatever the
    answers say about citizenship or status, no paper prints it, and a lawful permanent resident's
    paper reads the same as the paper of someone not here lawfully, word for word."""
    paper = catalog.PAPERS[paper_id]
    seen = {}
    for status in STATUS_ANSWERS:
        answers = {**answers_of(case_id), **status}
        word, _ = docx_text(make_docx(paper_id, typed_for(paper), answers))
        printed, _ = html_text(make_html(paper_id, typed_for(paper), answers))
        assert not STATUS_WORDS.search(word), (status, STATUS_WORDS.search(word))
        assert not STATUS_WORDS.search(printed), status
        if status["citizenship"] != Citizenship.US_CITIZEN:
            seen.setdefault(word, status)
    assert len(seen) == 1, list(seen.values())


@pytest.mark.parametrize("paper_id", ["lawyer_letter", "immigration_questions"])
def test_a_paper_for_a_lawyer_says_keep_it_private(paper_id):
    paper = catalog.PAPERS[paper_id]
    _, lines = docx_text(make_docx(paper_id, {}, answers_of("C64")))
    end = lines.index("")
    assert texts.PRIVATE in " ".join(lines[:end])
    assert texts.PRIVATE in paper.summary and texts.PRIVATE_ES in paper.summary_es
    assert "Guarde este papel en privado" in texts.PRIVATE_ES


@pytest.mark.parametrize("paper_id", ["immigration_questions", "immigration_questions_es"])
def test_the_questions_leave_the_status_to_the_lawyer(paper_id):
    _, lines = docx_text(make_docx(paper_id, {}, answers_of("C64")))
    note = " ".join(lines[: lines.index("")])
    assert (texts.NO_STATUS_ES if paper_id.endswith("_es") else texts.NO_STATUS) in note


# --- Spanish: reading copies of the court papers, the lawyer's papers in Spanish -------------


@pytest.mark.parametrize("paper_id", [i for i, p in catalog.PAPERS.items() if p.kind == "court"])
def test_each_court_paper_has_a_spanish_reading_copy_not_for_filing(paper_id):
    copy = catalog.PAPERS[f"{paper_id}_es"]
    assert copy.reads == paper_id and copy.kind == "reading" and copy.lang == "es"
    for case_id in EXAMPLES[paper_id]:
        text, lines = docx_text(make_docx(copy.id, {}, answers_of(case_id)))
        end = lines.index("")
        assert lines[0] == texts.NOTE_TITLE_ES
        assert "No presente esta copia; es para que usted entienda lo que firma." in lines[:end]
        # Paragraph for paragraph: as many numbered paragraphs as the English paper
        facts = facts_of(answers_of(case_id))
        english = catalog.PAPERS[paper_id]
        count = sum(b.kind == texts.PARA and b.when(facts) for b in english.blocks)
        assert sum(b.kind == texts.PARA and b.when(facts) for b in copy.blocks) == count
        for clause in english.cites:
            assert clause.cite in text
        assert "Draft" not in text


@pytest.mark.parametrize("paper_id", [i for i, p in catalog.PAPERS.items() if p.kind == "court"])
def test_on_the_spanish_page_an_english_court_papers_note_is_in_spanish(paper_id):
    answers = answers_of(EXAMPLES[paper_id][0])
    made = web.make(paper_id, "{}", json.dumps(answers), "docx", TODAY, "es")
    text, lines = docx_text(made)
    end = lines.index("")
    assert lines[0] == texts.NOTE_TITLE_ES
    note = " ".join(lines[:end])
    assert "quite primero este recuadro" in note
    assert norm(catalog.PAPERS[paper_id].title) in text  # the paper itself stays in English
    english, _ = docx_text(make_docx(paper_id, {}, answers))
    assert (
        text[text.index(norm(catalog.PAPERS[paper_id].title)) :]
        == english[english.index(norm(catalog.PAPERS[paper_id].title)) :]
    )
    fragment = json.loads(web.make(paper_id, "{}", json.dumps(answers), "html", TODAY, "es"))
    assert '<div class="paper-note" role="note" lang="es">' in fragment["html"]


@pytest.mark.parametrize("paper_id", SPANISH)
def test_spanish_papers_note_says_draft_check_rules_vary(paper_id):
    _, lines = docx_text(make_docx(paper_id, {}, answers_of(EXAMPLES[paper_id][0])))
    note = norm(" ".join(lines[: lines.index("")])).lower()
    assert "borrador" in note
    assert "abogado" in note
    assert "no presente esta copia" in note or "cambian de un tribunal a otro" in note


def _glossary_patterns():
    from tools.lang.spanish_glossary import TERMS

    avoid = [w for t in TERMS for w in t.avoid]
    # and the words the papers review found: "closed the case" is not a dismissal, "borra"
    # is not what an expungement order does
    avoid += ["orden de cierre del caso", "cerró el caso", "cierre el caso", "borra"]
    return [(w, re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.I)) for w in avoid]


def spanish_texts_of_the_papers() -> list[str]:
    found = [f.label_es + " " + f.hint_es for f in texts.FIELDS.values()]
    for paper in catalog.PAPERS.values():
        found.append(paper.summary_es)
        blocks = paper.note_es + (paper.note + paper.blocks if paper.lang == "es" else ())
        found += [b.text + " " + b.label for b in blocks]
        if paper.lang == "es":
            found.append(paper.title)
    found += list(texts.STAGE_WORDS_ES.values())
    return found


def test_every_spanish_text_in_the_papers_follows_the_glossary():
    found = [
        f"{word!r} in {text!r}"
        for text in spanish_texts_of_the_papers()
        for word, pattern in _glossary_patterns()
        if pattern.search(text)
    ]
    assert not found, "\n".join(found)
    words = " ".join(spanish_texts_of_the_papers())
    assert "libertad a prueba" in words and "desestimación del caso" in words
    assert "orden de eliminación de antecedentes" in words


def test_the_glossary_check_can_fail():
    patterns = dict(_glossary_patterns())
    assert patterns["libertad condicional"].search("le puso en Libertad Condicional")
    assert patterns["cerró el caso"].search("Fecha en que el tribunal cerró el caso")


# --- The records kit: get your own record, and clean it up ----------------------------------

RULES = {
    "copy_request": ["Fed. R. Crim. P. 49.1(a)"],
    "fbi_record_challenge": ["28 C.F.R. §§ 16.30–16.34", "28 C.F.R. § 16.34"],
    "background_check_dispute": ["15 U.S.C. § 1681i(a)", "18 U.S.C. § 3607(b)"],
}


@pytest.mark.parametrize(("paper_id", "case_id"), [(p, c) for p in RECORDS for c in EXAMPLES[p]])
def test_each_records_letter_cites_its_rule_and_asks_for_no_id_number(paper_id, case_id):
    answers = answers_of(case_id)
    paper = catalog.PAPERS[paper_id]
    for fields in ({}, typed_for(paper)):
        text, lines = docx_text(make_docx(paper_id, fields, answers))
        flat = text.replace("\u00a0", " ")
        for rule in RULES[paper_id]:
            assert rule in flat, rule
        note = " ".join(lines[: lines.index("")])
        assert "no Social Security number and no full date of birth" in note
        assert "Fed. R. Crim. P. 49.1(a)" in note.replace("\u00a0", " ")
        assert "identity" in note  # why: identity theft
        body = flat[flat.index(norm(paper.title).replace("\u00a0", " ")) :]
        assert not re.search(r"social security|ssn|date of birth|born", body, re.I), body
    assert not any("social" in f or "birth" in f for f in paper.fields)


def test_background_check_dispute_quotes_the_law_for_each_outcome():
    dismissed, _ = docx_text(make_docx("background_check_dispute", {}, answers_of("C38")))
    expunged, _ = docx_text(make_docx("background_check_dispute", {}, answers_of("C69")))
    for text in (dismissed, expunged):
        assert texts.WORDS[texts.S3607_B] in text
        assert "within 30 days" in text and "immigra" not in text.lower()
    assert texts.WORDS[texts.S3607_C_SCOPE] in expunged
    assert texts.WORDS[texts.S3607_C_SCOPE] not in dismissed
    assert "Please delete every entry about this case." in expunged


def test_fbi_challenge_asks_to_update_or_remove_as_the_outcome_allows():
    dismissed, _ = docx_text(make_docx("fbi_record_challenge", {}, answers_of("C38")))
    expunged, _ = docx_text(make_docx("fbi_record_challenge", {}, answers_of("C69")))
    assert "Please update the entry to show that the proceedings were dismissed" in dismissed
    assert "Please remove the entry" in expunged and "Please remove" not in dismissed
    assert texts.WORDS[texts.S3607_B] in dismissed
    assert "Attached: a certified copy of the court's order" in dismissed


def test_copy_request_asks_before_an_expungement_and_after_it():
    before, _ = docx_text(make_docx("copy_request", {}, answers_of("C39")))
    after, _ = docx_text(make_docx("copy_request", {}, answers_of("C69")))
    assert "I plan to apply for an expungement order" in before
    assert "at least a certified copy of that order" in after
    for text in (before, after):
        assert "the docket sheet" in text and "Clerk of Court" in text
    assert "the order placing me on probation under 18 U.S.C. § 3607(a)" in before
    # Before a judgment there is no § 3607 order to ask for: the charge, any plea agreement
    # and the docket.
    charged, _ = docx_text(make_docx("copy_request", {}, answers_of("C09")))
    assert "any plea agreement" in charged and "placing me on probation" not in charged


# --- Fields ---------------------------------------------------------------------------------


def test_no_field_asks_for_a_social_security_number():
    for field in texts.FIELDS.values():
        words = f"{field.name} {field.label} {field.hint}".lower()
        assert "social" not in words and "ssn" not in words, field


def test_every_placeholder_is_a_field_of_its_paper_or_a_known_fact():
    for paper in catalog.PAPERS.values():
        for block in paper.note + paper.blocks:
            for name in re.findall(r"\$([a-z_]+)", block.text):
                known = name == "line" or name in texts.FACTS or name in paper.fields
                assert known or (name == "court" and "district" in paper.fields), (
                    paper.id,
                    name,
                )
        assert set(paper.fields) <= set(texts.FIELDS)
        if paper.kind == texts.COURT:
            assert {"name", "case_number", "district"} <= set(paper.fields)


def test_fields_are_prefilled_from_the_answers():
    answers = {**answers_of("C39"), "birth_date": "1996-05-09", "court_state": "MA"}
    result = evaluate(answers, TODAY).as_dict()
    listed = json.loads(web.papers_for(json.dumps(result), json.dumps(answers)))["papers"]
    values = {f["name"]: f["value"] for p in listed for f in p["fields"]}
    assert values["offense_date"] == "April 1, 2015"
    assert values["age_at_offense"] == "18"  # from the two dates
    assert values["year_of_birth"] == "1996"
    assert values["district"] == "District of Massachusetts"  # a state with one district
    assert values["name"] == "" and values["case_number"] == ""


def test_a_state_with_several_districts_suggests_them_and_fills_none():
    answers = answers_of("C52")  # court_state NY
    result = evaluate(answers, TODAY).as_dict()
    (paper,) = json.loads(web.papers_for(json.dumps(result), json.dumps(answers)))["papers"]
    district = next(f for f in paper["fields"] if f["name"] == "district")
    assert district["value"] == ""
    assert district["options"] == list(districts("NY"))
    assert "Southern District of New York" in district["options"]


def test_a_prefilled_value_can_be_changed_or_cleared():
    answers = answers_of("C39")  # offense on 2015-04-01
    prefilled, _ = docx_text(make_docx("expungement_motion", {}, answers))
    changed, _ = docx_text(
        make_docx("expungement_motion", {"offense_date": "April 2, 2015"}, answers)
    )
    cleared, _ = docx_text(make_docx("expungement_motion", {"offense_date": ""}, answers))
    assert "The offense was on April 1, 2015." in prefilled
    assert "The offense was on April 2, 2015." in changed and "April 1, 2015" not in changed
    assert re.search(r"The offense was on _{4,}\.", cleared)


def test_district_typed_with_the_word_the_is_not_doubled():
    text, _ = docx_text(
        make_docx("certificate_of_service", {"district": "the District of Utah"}, {})
    )
    assert "United States District Court for the District of Utah" in text
    assert "the the" not in text


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(catalog.PAPERS["dismissal_motion"].fields), st.text(max_size=300)
    )
)
def test_anything_typed_still_gives_a_valid_word_file(fields):
    """Control characters, markup and very long values: the file still opens and each value
    is there as text (cleaned: one line, no control characters, at most 200 characters)."""
    data = make_docx("dismissal_motion", fields, answers_of("C37"))
    text, _ = docx_text(data)
    cleaners = {"case_number": model.clean_case_number, "district": model.clean_district}
    for name, value in fields.items():
        kept = cleaners.get(name, model.clean)(value)  # a pasted "Case No." or "#" is cut
        assert len(kept) <= model.MAX_LENGTH
        if kept:
            assert norm(kept) in text
    html_text(make_html("dismissal_motion", fields, answers_of("C37")))


def test_typed_markup_is_text_not_markup():
    fields = {"name": '<b>Jane</b> & "Co"', "case_number": "</w:t><w:p>"}
    text, _ = docx_text(make_docx("certificate_of_service", fields, {}))
    assert '<b>Jane</b> & "Co", Defendant.' in text and "Case No. </w:t><w:p>" in text
    fragment = make_html("certificate_of_service", fields, {})
    assert "&lt;b&gt;Jane&lt;/b&gt; &amp; &quot;Co&quot;" in fragment


# --- The words each paper follows from the answers -----------------------------------------


def test_dismissal_motion_follows_the_result():
    ended, _ = docx_text(make_docx("dismissal_motion", {}, answers_of("C37")))
    on_probation, lines = docx_text(make_docx("dismissal_motion", {}, answers_of("C35")))
    shall = texts.WORDS[texts.S3607_A_SHALL]
    assert shall in ended and shall in on_probation
    assert "The docket does not show an order dismissing" in ended
    assert "The docket does not show" not in on_probation
    assert "wait: file this after the last day of the term" in " ".join(lines[:8])
    under_21 = {**answers_of("C37"), "age_at_offense": 19}
    young, _ = docx_text(make_docx("dismissal_motion", {}, under_21))
    assert "I was less than twenty-one years old at the time of the offense" in young
    assert "twenty-one" not in ended


def test_lawyer_letter_follows_the_result():
    before_plea, _ = docx_text(make_docx("lawyer_letter", {}, answers_of("C01")))
    after_plea, _ = docx_text(make_docx("lawyer_letter", {}, answers_of("C11")))
    under_21, _ = docx_text(make_docx("lawyer_letter", {}, answers_of("C02")))
    not_citizen, _ = docx_text(make_docx("lawyer_letter", {}, answers_of("C64")))
    assert "before I plead guilty, and again before sentencing" in before_plea
    assert "Please ask for it in writing before sentencing." in after_plea
    assert "18 U.S.C. § 3607(c)" in under_21 and "18 U.S.C. § 3607(c)" not in before_plea
    assert "immigration law" in not_citizen and "immigration" not in before_plea
    assert "I agree to § 3607 probation" in before_plea


def test_marijuana_sharing_is_described_by_section_841_b_4():
    answers = {**answers_of("C39"), "offense": "marijuana_sharing"}
    assert evaluate(answers, TODAY).outcome == Outcome.APPLY_FOR_EXPUNGEMENT
    text, _ = docx_text(make_docx("expungement_motion", {}, answers))
    assert "21 U.S.C. § 841(b)(4)" in text
    assert (
        "offense under section 404 of the Controlled Substances Act (21 U.S.C. § 844)" not in text
    )


def test_pardon_worksheet_names_the_office_as_the_results_do():
    for part in (texts.PARDON_WEB, texts.PARDON_EMAIL, "950 Pennsylvania Avenue NW"):
        assert part in PARDON_ATTORNEY
    text, _ = docx_text(make_docx("pardon_worksheet", {}, answers_of("C52")))
    assert texts.PARDON_MAIL in text and texts.PARDON_EMAIL in text
    assert "Code section charged: 21 U.S.C. § 844(a)" in text
    assert "Do not write those answers on this worksheet" in text


# --- The law's words ------------------------------------------------------------------------


def law_page_quotes() -> dict[str, str]:
    """The blockquotes of docs/law.md under each anchored heading."""
    quotes: dict[str, str] = {}
    anchor = None
    for line in (REPO / "docs" / "law.md").read_text("utf-8").splitlines():
        heading = re.search(r"\{#([a-z0-9-]+)\}\s*$", line)
        if line.startswith("#") and heading:
            anchor = heading.group(1)
        elif line.startswith("> ") and anchor:
            quotes[anchor] = norm(quotes.get(anchor, "") + " " + line[2:].replace("**", ""))
    return quotes


def test_statute_words_match_the_law_page_under_their_clause():
    quotes = law_page_quotes()
    for clause, words in texts.WORDS.items():
        assert clause.anchor in quotes, clause
        assert norm(words) in quotes[clause.anchor], clause


def test_every_quotation_of_two_words_or_more_is_the_statute_word_for_word():
    statute = " ".join(law_page_quotes().values())
    for paper in catalog.PAPERS.values():
        for block in paper.note + paper.blocks:
            for quoted in re.findall(r"“([^”]+)”", block.text):
                if len(quoted.split()) >= 2:
                    assert norm(quoted).rstrip(".") in statute, (paper.id, quoted)


# --- Robustness and isolation ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("paper_id", "fields", "answers", "fmt"),
    [
        ("no_such_paper", "{}", "{}", "docx"),
        ("lawyer_letter", "{}", "{}", "pdf"),
        (None, "{}", "{}", "docx"),
    ],
)
def test_make_gives_a_message_not_an_exception(paper_id, fields, answers, fmt):
    assert "error" in json.loads(web.make(paper_id, fields, answers, fmt, TODAY))


@pytest.mark.parametrize("junk", ["not json", "[]", "null", '{"court": 7}', "{"])
def test_junk_input_never_raises(junk):
    assert "error" in json.loads(web.papers_for(junk, junk)) or json.loads(
        web.papers_for(junk, junk)
    ) == {"papers": []}
    assert isinstance(web.make("lawyer_letter", junk, junk, "docx", TODAY), bytes)
    assert "html" in json.loads(web.make("lawyer_letter", junk, junk, "html", junk))


def test_same_paper_same_bytes():
    answers = answers_of("C39")
    fields = typed_for(catalog.PAPERS["expungement_motion"])
    assert make_docx("expungement_motion", fields, answers) == make_docx(
        "expungement_motion", fields, answers
    )


def test_papers_import_only_the_standard_library_and_checker():
    for path in sorted((REPO / "papers").glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:  # from . import ...: inside papers/
                    continue
                names = [node.module or ""]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                assert top in sys.stdlib_module_names or top == "checker", (path.name, name)


def test_every_field_and_paper_speaks_both_languages_of_the_site():
    for field in texts.FIELDS.values():
        assert field.label_es and bool(field.hint_es) == bool(field.hint), field.name
    for paper in catalog.PAPERS.values():
        assert paper.summary_es, paper.id
    result = json.dumps({"outcome": "apply_for_expungement", "flags": ["immigration_advice"]})
    spanish = json.loads(web.papers_for(result, "{}", "es"))["papers"]
    english = json.loads(web.papers_for(result, "{}", "en"))["papers"]
    # The Spanish page: each paper (a court paper in English, the court's language), then its
    # Spanish copy.
    assert [p["id"] for p in spanish][::2] == [p["id"] for p in english]
    assert [p["id"] for p in spanish][1::2] == [f"{p['id']}_es" for p in english]
    assert [p["title"] for p in spanish][::2] == [p["title"] for p in english]
    assert spanish[0]["fields"][0]["label"] == "Su nombre completo"
    assert english[0]["fields"][0]["label"] == "Your full name"


def test_the_papers_ui_has_the_same_texts_in_each_language():
    """site-overrides/assets/screener/papers.js keeps one catalog per language: same keys."""
    source = (REPO / "site-overrides" / "assets" / "screener" / "papers.js").read_text("utf-8")
    catalog = source[source.index("export const TEXT = {") : source.index("\n};\n")]
    blocks = re.split(r"\n  (en|es): \{", catalog)[1:]
    keys = {blocks[i]: re.findall(r"^    (\w+):", blocks[i + 1], re.M) for i in (0, 2)}
    assert keys["en"] == keys["es"] and len(keys["en"]) >= 10


@pytest.mark.parametrize("lang", ["en", "es"])
def test_get_help_says_how_to_get_your_own_record_with_dates_and_sources(lang):
    """The records kit's page: PACER, the clerk's office, the lawyer who had the case, and the
    FBI record, each with its source; the day it was checked; and, where a fee could not be
    checked, that it could not (no figure is given that the briefing does not support)."""
    page = (REPO / "docs" / ("get-help.md" if lang == "en" else "get-help.es.md")).read_text()
    section = page[page.index("{#get-your-record}") :]
    section = section[: section.index("\n## ") if "\n## " in section else None]
    for word in ("PACER", "Identity History Summary", "16.30–16.34", "49.1(a)"):
        assert word in section, word
    assert "(https://pacer.uscourts.gov/)" in section and "after-dismissal.md#fbi-record" in section
    assert "2026-12-05" in section
    assert ("Federal Defender" if lang == "en" else "Defensor Público Federal") in section
    assert ("could not check" if lang == "en" else "No pudimos revisar") in section
    assert not re.search(r"\$\s?\d", section)  # no fee figure we could not check
