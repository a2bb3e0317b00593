"""The legal statements corrected in review stay corrected (issue 10).

Reads the pages' Markdown sources (quoted statute text left out) and the checker's own texts
(outcomes, flags, reasons), and checks two things: the wrong statements do not come back, and the
right ones are where a reader in that spot reads. Each check names the source it rests on.
"""

from __future__ import annotations

import re

import pytest

from checker import outcomes
from checker.codes import Flag, Outcome
from conftest import REPO

DOCS = REPO / "docs"
PAGES = sorted(DOCS.glob("*.md"))
HEADING = re.compile(r"^(#{1,6})\s")


def source(name: str) -> str:
    """A page's Markdown without quoted statute text (block quotes)."""
    text = (DOCS / name).read_text(encoding="utf-8")
    return "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith(">"))


def paragraphs(markdown: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", markdown) if p.strip()]


def section(markdown: str, heading: str) -> str:
    """From the heading that carries `{#heading}` (or starts with `heading`) to the next heading of
    the same or a higher level."""
    lines = markdown.splitlines()
    for i, line in enumerate(lines):
        match = HEADING.match(line)
        title = line[match.end() :] if match else ""
        if match and (f"{{#{heading}}}" in line or title.startswith(heading)):
            level = len(match.group(1))
            end = next(
                (
                    j
                    for j in range(i + 1, len(lines))
                    if (m := HEADING.match(lines[j])) and len(m.group(1)) <= level
                ),
                len(lines),
            )
            return "\n".join(lines[i:end])
    raise AssertionError(f"no section {heading!r}")


def admonitions(markdown: str) -> list[str]:
    """Each `!!!` box with its indented body."""
    boxes: list[str] = []
    lines = markdown.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("!!!"):
            body = [line]
            for nxt in lines[i + 1 :]:
                if nxt.strip() and not nxt.startswith("    "):
                    break
                body.append(nxt)
            boxes.append("\n".join(body))
    return boxes


def outcome_text(code: Outcome) -> str:
    text = outcomes.OUTCOMES[code]
    return " ".join((text.title, text.summary, *text.next_steps))


def checker_texts() -> list[tuple[str, str]]:
    """Every text the screener can show, each with a label saying where it lives."""
    texts: list[tuple[str, str]] = []
    for code, text in outcomes.OUTCOMES.items():
        texts.append((f"outcome {code} summary", text.summary))
        texts += [(f"outcome {code} step", step) for step in text.next_steps]
    texts += [
        (f"flag {code}", f"{flag.title} {flag.text}") for code, flag in outcomes.FLAGS.items()
    ]
    for key, entry in outcomes.REASONS.items():
        texts += [(f"reason {key} ({status})", text) for status, text in entry.texts.items()]
    return texts


def units() -> list[tuple[str, str]]:
    """Page paragraphs and checker texts: the units a wrong statement must not appear in."""
    found = [(page.name, p) for page in PAGES for p in paragraphs(source(page.name))]
    return found + checker_texts()


# --- Statements found wrong in review, and must not come back ---------------------------------

WRONG = {
    # Immigration (8 U.S.C. § 1101(a)(48)(A); Matter of Roldan-Santoyo (BIA 1999); Acosta v.
    # Ashcroft (3d Cir. 2003)): outside the Ninth Circuit the law is not "open" in the reader's
    # favour, so nothing may say there is a strong argument or that no ruling settles it.
    "strong argument the other way": r"strong argument the other way",
    "no ruling settles it": r"no (?:court )?ruling (?:that )?settles",
    "no court has settled it": r"outside the ninth circuit,? no court has settled",
    # Fed. R. App. P. 4(b)(1)(A): the deadline is 14 days, so say so, not "short deadlines".
    "short deadlines": r"short deadline|deadlines are short",
    # § 3607(c): the shield covers not reciting the arrest, proceedings or results, not any
    # question; and it bars being "held ... guilty", not being charged.
    "shield covers any question": r"any question, asked for any reason|holds for any question",
    "cannot be charged": r"cannot be charged with (?:lying|perjury)",
}


@pytest.mark.parametrize("pattern", WRONG.values(), ids=WRONG.keys())
def test_a_statement_found_wrong_does_not_come_back(pattern):
    hits = [where for where, text in units() if re.search(pattern, text, re.IGNORECASE)]
    assert not hits, f"found in: {hits}"


def test_one_year_maximum_always_carries_the_flunitrazepam_exception():
    """21 U.S.C. § 844(a): a first offense carries at most 1 year, except flunitrazepam (up to 3
    years, a felony). Wherever the one-year maximum or the misdemeanor grade is stated, the
    exception is stated beside it."""
    claims = re.compile(
        r"first[^.]*?(?:most is|at most|carries)[^.]*?one year|makes it a Class A misdemeanor",
        re.IGNORECASE,
    )
    stated = [(where, text) for where, text in units() if claims.search(text)]
    assert {where for where, _ in stated} >= {"law.md", "get-help.md", "after-dismissal.md"}
    missing = [where for where, text in stated if "flunitrazepam" not in text]
    assert not missing, f"one-year maximum without the flunitrazepam exception in: {missing}"


def test_not_a_conviction_for_any_purpose_names_the_immigration_exception():
    """§ 3607(b) says "for any other purpose", but immigration law has its own definition (8 U.S.C.
    § 1101(a)(48)(A)) that may still count the plea."""
    places = [
        ("after-dismissal.md", "Is a dismissed case a conviction?"),
        ("law.md", "b-not-conviction"),
    ]
    for page, heading in places:
        stated = [p for p in paragraphs(section(source(page), heading)) if "any other purpose" in p]
        assert stated, (page, heading)
        assert all("immigration" in p.lower() for p in stated), (page, heading)
    said_no_conviction = re.compile(r"\bnot (?:have )?a conviction\b", re.IGNORECASE)
    missing = [
        where
        for where, text in checker_texts()
        if said_no_conviction.search(text) and "immigration" not in text.lower()
    ]
    assert not missing, f"'not a conviction' without the immigration exception in: {missing}"
    dismissed = outcomes.OUTCOMES[Outcome.DISMISSED].summary
    assert "for any purpose, except, possibly, for immigration" in dismissed


# --- Immigration: the most important text on the site -----------------------------------------


def test_immigration_section_says_what_a_non_citizen_must_assume():
    text = section(source("after-dismissal.md"), "immigration")
    for fact in (
        "8 U.S.C. § 1101(a)(48)(A)",
        "Matter of Roldan-Santoyo",
        "Acosta v. Ashcroft",
        "Lujan-Armendariz v. INS",
        "Nunez-Reyes v. Holder",
        "still on probation",
        "assume your § 3607 plea may count as a conviction",
        "the risk starts at the plea",
        "8 U.S.C. § 1182(a)(2)(A)(i)(II)",
        "8 U.S.C. § 1182(a)(1)(A)(iv)",
        "8 U.S.C. § 1227(a)(2)(B)(ii)",
    ):
        assert fact in text, fact
    danger = [box for box in admonitions(text) if box.startswith("!!! danger")]
    assert danger and "**before**" in danger[0] and "immigration lawyer" in danger[0]


def test_law_page_immigration_box_says_assume_it_may_count():
    text = section(source("law.md"), "b-not-conviction")
    (box,) = [b for b in admonitions(text) if b.startswith("!!! danger")]
    for fact in ("Ninth Circuit", "still on probation", "assume your plea may count",
                 "the risk starts at the plea", "addiction", "**before** any plea"):  # fmt: skip
        assert fact in box, fact


def test_immigration_flag_says_assume_it_may_count_and_talk_first():
    flag = outcomes.FLAGS[Flag.IMMIGRATION_ADVICE]
    assert flag.level == "danger"
    for fact in ("1101(a)(48)(A)", "risk starts at the plea", "Ninth Circuit",
                 "still on probation", "assume the plea may count", "addiction",
                 "before you plead guilty"):  # fmt: skip
        assert fact in flag.text, fact


# --- Revocation: the treatment exception, 18 U.S.C. § 3563(e) -----------------------------------


def test_law_page_quotes_the_treatment_exception():
    text = section((DOCS / "law.md").read_text(encoding="utf-8"), "s3563e")
    assert "warrants an exception in accordance with United States Sentencing Commission" in text
    assert "fails a drug test" in text
    assert "ask about a treatment program" in text


def chunks(markdown: str) -> list[str]:
    """The page cut at every heading: the smallest sections a reader lands on."""
    return [c for c in re.split(r"\n(?=#{1,6}\s)", markdown) if c.strip()]


def test_mandatory_revocation_is_never_stated_without_the_treatment_exception():
    """Wherever a page or text says more than 3 failed tests force prison (§ 3565(b)(4)), the same
    section also says the judge must consider treatment (§ 3563(e))."""
    three = re.compile(r"more than 3 (?:times|drug tests|positive)", re.IGNORECASE)
    stated = [(p.name, c) for p in PAGES for c in chunks(source(p.name)) if three.search(c)]
    assert {name for name, _ in stated} >= {"law.md", "how-it-works.md"}
    missing = [name for name, c in stated if "3563(e)" not in c]
    missing += [w for w, text in checker_texts() if three.search(text) and "3563(e)" not in text]
    assert not missing, missing


def test_a_reader_who_relapses_is_told_to_tell_the_lawyer_and_ask_about_treatment():
    places = [
        section(source("law.md"), "s3563e"),
        section(source("law.md"), "a-violation"),
        section(source("how-it-works.md"), "What if I break a rule of my probation?"),
        outcome_text(Outcome.PROBATION_VIOLATION_MANDATORY_REVOCATION),
    ]
    for text in places:
        assert "ask about a treatment program" in text and "lawyer" in text, text[:60]


# --- The § 3607(c) shield is narrow, and drug-use questions must be answered --------------------


def test_perjury_shield_is_described_as_narrow_on_the_law_page():
    text = section(source("law.md"), "c-perjury")
    for fact in ("drug use", "held ... guilty", "SF-86", "ATF Form 4473", "immigration forms",
                 "Answer them truthfully"):  # fmt: skip
        assert fact in text, fact


def test_under_21_page_says_drug_use_questions_are_not_covered():
    text = section(source("under-21.md"), "Can I leave it off forms?")
    for fact in ("drug use", "held ... guilty", "ATF Form 4473", "Answer them truthfully"):
        assert fact in text, fact


def test_dismissal_page_says_drug_use_questions_are_not_covered():
    text = source("after-dismissal.md")
    truthful = section(text, "What can I truthfully say about my case?")
    assert "drug use" in truthful and "Answer them truthfully" in truthful
    assert "ATF Form 4473" in section(text, "firearms")


def test_expunged_text_keeps_the_shield_to_arrest_case_and_result():
    summary = outcomes.OUTCOMES[Outcome.EXPUNGED].summary
    assert "found guilty of perjury" in summary
    assert "questions about drug use" in summary and "truthfully" in summary


# --- Appeals: 14 days, Fed. R. App. P. 4(b)(1)(A) --------------------------------------------


def test_every_mention_of_an_appeal_gives_the_14_day_deadline():
    appeal = re.compile(r"\ban appeal\b|notice of appeal|\bto appeal\b", re.IGNORECASE)
    stated = [(where, text) for where, text in units() if appeal.search(text)]
    assert {where for where, _ in stated} >= {"other-options.md", "how-it-works.md"}
    cites = ("4(b)(1)(A)", "58(g)(2)(B)")  # a magistrate judge's judgment: Rule 58(g)(2)(B)
    missing = [
        where
        for where, text in stated
        if "14 days" not in text or not any(cite in text for cite in cites)
    ]
    assert not missing, missing
    steps = " ".join(outcomes.OUTCOMES[Outcome.CONVICTION_ENTERED].next_steps)
    assert "14 days after the judgment (Fed. R. App. P. 4(b)(1)(A))" in steps


# --- Gaps filled: the FBI record, tickets --------------------------------------------------------


def test_everyone_is_told_how_to_check_and_fix_the_fbi_record():
    text = section(source("after-dismissal.md"), "fbi-record")
    for fact in ("certified copy", "clerk", "Identity History Summary", "28 C.F.R. §§ 16.30–16.34",
                 "28 C.F.R. § 16.34", "at any age"):  # fmt: skip
        assert fact in text, fact
    steps = " ".join(outcomes.OUTCOMES[Outcome.DISMISSED].next_steps)
    for fact in ("certified copy", "Identity History Summary", "16.30–16.34"):
        assert fact in steps, fact


@pytest.mark.parametrize("page", ["how-it-works.md", "get-help.md"])
def test_ticket_warning_says_ask_before_paying_the_collateral(page):
    boxes = [b for b in admonitions(source(page)) if "collateral" in b]
    assert boxes, f"{page} has no ticket warning"
    box = boxes[0]
    assert box.startswith("!!! warning")
    for fact in ("ticket", "conviction", "§ 3607", "Federal Defender", "before you pay",
                 "depends on the district", "58(d)(1)"):  # fmt: skip
        assert fact in box, fact


# --- Marijuana pardons: status on the proclamation's date, not today ---------------------------

STATUS_DATE = re.compile(
    r"on the date of the pardon|on the pardon's date|on (?:October 6, 2022|December 22, 2023)"
    r"|on th(?:at date|ose dates)|proclamation's date"
)


def test_pardon_page_gives_the_status_date_rule():
    text = section(source("other-options.md"), "marijuana-pardons")
    for fact in ("October 6, 2022", "December 22, 2023", "on the date of the pardon",
                 "not today", "permanent resident in 2024"):  # fmt: skip
        assert fact in text, fact


def test_pardon_coverage_never_names_citizens_without_the_status_date():
    """Proclamation 10467 and the proclamation of Dec. 22, 2023 pardon "current" citizens and
    permanent residents: DOJ's certificate asks for the status on the proclamation's date."""
    pardon_section = section(source("other-options.md"), "marijuana-pardons")
    units_about_pardons = [("other-options.md", p) for p in paragraphs(pardon_section)]
    units_about_pardons += [
        (where, text)
        for where, text in units()
        if "pardon" in (where + text).lower() and "marijuana" in (where + text).lower()
    ]
    stated = [(w, t) for w, t in units_about_pardons if "permanent resident" in t]
    assert len(stated) >= 4
    missing = [where for where, text in stated if not STATUS_DATE.search(text)]
    assert not missing, missing


# --- Review dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    ["law.md", "after-dismissal.md", "how-it-works.md", "other-options.md", "get-help.md",
     "under-21.md", "results.md", "about.md"],
)  # fmt: skip
def test_pages_changed_for_issue_10_show_the_new_review_date(page):
    text = (DOCS / page).read_text(encoding="utf-8")
    (date,) = re.findall(r"Last reviewed: (\d{4}-\d{2}-\d{2})", text)
    assert date >= "2026-11-30"
