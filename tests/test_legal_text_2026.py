"""Issue 19: the law as it stands in December 2026, in English and in Spanish.

Each check names the statement it rests on (see docs-dev/legal-sources.md §16). The D.C. rule
(item 1) is in tests/test_rules.py; the Spanish footers (item 10) in tests/test_site_es.py; the
violation notice in Spanish (item 7) in tests/test_legal_text_es.py.
"""

from __future__ import annotations

import re

import pytest
from test_legal_text import section

from checker import checklist, outcomes
from checker.codes import Outcome, Q
from checker.i18n import tr
from checker.questions import by_id
from conftest import REPO

DOCS = REPO / "docs"
LANGS = ("en", "es")


def page(name: str, lang: str) -> str:
    path = DOCS / (f"{name}.md" if lang == "en" else f"{name}.es.md")
    return path.read_text(encoding="utf-8")


def steps(outcome: Outcome, lang: str) -> str:
    return " ".join(outcomes.outcome_text(outcome, lang).next_steps)


# --- Item 2: marijuana partly rescheduled (AG order of April 22, 2026) -------------------------

RESCHEDULED = {
    "en": ("April 22, 2026", "April 28, 2026", "Schedule III", "Schedule I", "immigration",
           "medical-marijuana", "not settled", "December 5, 2026"),
    "es": ("22 de abril de 2026", "28 de abril de 2026", "Schedule III", "Schedule I",
           "inmigración", "marihuana medicinal", "No está decidido", "5 de diciembre de 2026"),
}  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
def test_the_2026_rescheduling_is_explained_where_marijuana_law_is(lang):
    for where, text in (
        ("law#s844a", section(page("law", lang), "s844a")),
        ("other-options#rescheduling", section(page("other-options", lang), "rescheduling")),
    ):
        for fact in RESCHEDULED[lang]:
            assert fact.lower() in text.lower(), (where, fact)
        assert "844(a)" in text, where


@pytest.mark.parametrize("lang", LANGS)
def test_prescription_hint_says_a_state_card_is_not_a_prescription(lang):
    question = by_id(lang)[Q.HAD_PRESCRIPTION]
    not_sure = question.label_of("not_sure")
    card = {"en": "medical-marijuana card", "es": "tarjeta estatal de marihuana medicinal"}
    assert card[lang] in question.hint and f"“{not_sure}”" in question.hint


# --- Item 3: one positive test can be "possession" (Hammonds; Rockwell; Blackston) -------------


@pytest.mark.parametrize("lang", LANGS)
def test_one_positive_test_is_not_filed_under_the_milder_violation(lang):
    question = by_id(lang)[Q.VIOLATION]
    hints = {o.value: o.hint for o in question.options}
    one = {"en": "one positive", "es": "una sola prueba"}
    assert one[lang] not in hints["yes_other"].lower()
    assert one[lang] in hints["yes_drugs_guns_or_testing"].lower()
    mandatory = outcomes.outcome_text(Outcome.PROBATION_VIOLATION_MANDATORY_REVOCATION, lang)
    assert one[lang] in mandatory.summary.lower() and "3563(e)" in mandatory.summary
    law = section(page("law", lang), "s3565b")
    for fact in ("Hammonds", "Rockwell", "Blackston", "3563(e)"):
        assert fact in law, fact


# --- Item 4: certified copies before an expungement (§ 3607(b)-(c)) ---------------------------

COPIES = {"en": "certified copies", "es": "copias certificadas"}


@pytest.mark.parametrize("lang", LANGS)
def test_certified_copies_before_applying_for_an_expungement(lang):
    for where, text in (
        ("under-21", page("under-21", lang)),
        ("apply_for_expungement", steps(Outcome.APPLY_FOR_EXPUNGEMENT, lang)),
    ):
        assert COPIES[lang] in text, where
        assert re.search("immigration|inmigración", text), where
    first = outcomes.outcome_text(Outcome.APPLY_FOR_EXPUNGEMENT, lang).next_steps[0]
    assert COPIES[lang] in first  # before "Apply to the court"


# --- Item 5: the offense date is the day the offense happened --------------------------------


def test_offense_date_hint_is_the_day_it_happened_and_agrees_with_the_glossary():
    english = by_id("en")[Q.OFFENSE_DATE].hint
    assert "date of the arrest or the events" not in english
    assert "The day the offense happened" in english and "earlier date" in english
    spanish = by_id("es")[Q.OFFENSE_DATE].hint
    glossary = page("glossary", "es").split("**Delito**", 1)[1].split("\n\n", 1)[0]
    for words in ("registro o del arresto", "anterior", "declaración de culpabilidad"):
        assert words in spanish and words in glossary, words
    assert "no el día del arresto" not in glossary
    assert "earlier day counts" in page("glossary", "en")


# --- Item 6: a magistrate judge's judgment goes to a district judge within 14 days -------------

MAGISTRATE = "58(g)(2)(B)"


@pytest.mark.parametrize("lang", LANGS)
def test_every_14_day_appeal_names_the_magistrate_judge_route(lang):
    for where, text in (
        ("how-it-works", page("how-it-works", lang)),
        ("other-options", page("other-options", lang)),
        ("conviction_entered", steps(Outcome.CONVICTION_ENTERED, lang)),
    ):
        for paragraph in re.split(r"\n\s*\n", text):
            if "4(b)(1)(A)" in paragraph and "14" in paragraph:
                assert MAGISTRATE in paragraph and "3402" in paragraph, where


# --- Item 8: 28 C.F.R. § 76.41 -----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_civil_penalty_answer_names_the_records_expungement_rule(lang):
    assert "76.41" in steps(Outcome.CIVIL_PENALTY_844A, lang)
    assert "76.41" in page("other-options", lang)


# --- Item 9: the 2022 date counts only for § 844 possession ------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_2022_pardon_date_is_tied_to_844_possession(lang):
    hint = by_id(lang)[Q.STATUS_ON_PARDON_DATE].hint
    sentence = next(s for s in re.split(r"(?<=\.) ", hint) if "2022" in s)
    assert "§ 844" in sentence
    pardon_step = next(s for s in checklist.steps(lang) if s.questions[0] == Q.SUBSTANCE)
    assert all("2022" not in c.condition or "§ 844" in c.condition for c in pardon_step.checks)
    assert "2023" in section(page("other-options", lang), "marijuana-pardons")
    only_2023 = {
        "en": "came only with the 2023 pardon",
        "es": "llegaron solo con el indulto de 2023",
    }
    assert only_2023[lang] in page("other-options", lang)


# --- Item 11: sources ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_sources_are_current_and_bills_are_listed_as_not_law(lang):
    pages = [p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")]
    assert not any("guidelines-manual/2009" in text for text in pages)
    about = page("about", lang)
    for bill in ("H.R. 3114", "S. 1580", "Fresh Start Act", "MORE Act"):
        assert bill in about, bill
    checked = {"en": "checked December 5, 2026", "es": "revisado el 5 de diciembre de 2026"}
    assert about.count(checked[lang]) >= 3  # bills, rescheduling, certificates
    hedge = {"en": "reportedly", "es": "se informa"}
    for name in ("how-it-works", "law"):
        text = page(name, lang)
        michael = [p for p in re.split(r"\n\s*\n", text) if "United States v. Michael" in p]
        assert michael and all(hedge[lang] in p for p in michael), name


def test_the_pending_case_texts_translate_with_their_values():
    assert "{title}" in outcomes.WITHOUT_PARDON
    assert "“X”" in tr(outcomes.WITHOUT_PARDON, "es", title="X")
