"""Issue 17, items 2 and 4: what a non-citizen reads, in English and in Spanish.

- Which circuit's immigration law applies is decided by where the immigration court sits, not the
  criminal court (Matter of Garcia, 28 I&N Dec. 693 (BIA 2023); Matter of M-N-I-, 28 I&N Dec. 803
  (BIA 2024); 8 U.S.C. § 1252(b)(2)): every place that names the Ninth Circuit's rule says so.
- Before a plea (Padilla v. Kentucky, 559 U.S. 356 (2010); Fed. R. Crim. P. 11(b)(1)(O);
  8 U.S.C. § 1182(a)(2)(A)(i)(II) and (h); Matter of Davey, 26 I&N Dec. 37 (BIA 2012); Lopez v.
  Gonzales, 549 U.S. 47 (2006)), where a non-citizen reads.
- A conviction in Mexico, even a Mexican state's, is a foreign conviction, in the prior-record hint
  and the foreign-conviction reason.
"""

from __future__ import annotations

import re

import pytest
from test_legal_text import paragraphs, section

from checker import evaluate, outcomes
from checker.codes import Flag, Q
from checker.i18n import tr
from checker.questions import by_id
from conftest import REPO

DOCS = REPO / "docs"
INCLUDES = REPO / "includes"
LANGS = ("en", "es")


def page(name: str, lang: str) -> str:
    path = DOCS / (f"{name}.md" if lang == "en" else f"{name}.es.md")
    return path.read_text(encoding="utf-8")


# Words that say "do not count on the Ninth Circuit because your criminal case is there".
VENUE = {
    "en": re.compile(r"where an immigration judge would hear your case|immigration court sits"),
    "es": re.compile(r"dónde un juez de inmigración vería su caso|dónde está el tribunal de inmig"),
}
NINTH = {"en": "Ninth Circuit", "es": "Noveno Circuito"}


@pytest.mark.parametrize("lang", LANGS)
def test_every_place_that_names_the_ninth_circuit_rule_says_the_immigration_court_decides(lang):
    """A reader whose criminal case is in California or Arizona must not take the Ninth
    Circuit's rule as theirs: each page section, box and tooltip that names it says so."""
    places = {
        "after-dismissal#ninth-circuit": section(page("after-dismissal", lang), "ninth-circuit"),
        "get-help (danger box)": next(
            p for p in paragraphs(page("get-help", lang)) if NINTH[lang] in p
        ),
        "law (danger box)": next(
            box
            for box in re.split(r"\n(?=!!! )", page("law", lang))
            if box.startswith("!!! danger") and NINTH[lang] in box
        ),
        "tooltip": next(
            line
            for line in (INCLUDES / f"abbreviations{'' if lang == 'en' else '.es'}.md")
            .read_text(encoding="utf-8")
            .splitlines()
            if line.startswith(f"*[{NINTH[lang]}]")
        ),
        "immigration_advice flag": outcomes.flag_text(Flag.IMMIGRATION_ADVICE, lang).text,
    }
    missing = [where for where, text in places.items() if not VENUE[lang].search(text)]
    assert not missing, missing
    garcia = [w for w, t in places.items() if "Matter of Garcia" in t]
    assert {"after-dismissal#ninth-circuit", "get-help (danger box)", "law (danger box)"} <= set(
        garcia
    )
    assert "Matter of M-N-I-" in places["after-dismissal#ninth-circuit"]
    assert "1252(b)(2)" in places["after-dismissal#ninth-circuit"]


BEFORE_A_PLEA = ("Padilla v. Kentucky", "11(b)(1)(O)", "1182(a)(2)(A)(i)(II)", "1182(h)", "30 ")
PLEA_WORDS = {
    "en": ("different charge", "not advice about your case"),
    "es": ("otro cargo", "no es un consejo sobre su caso"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_before_a_plea_is_where_a_non_citizen_reads(lang):
    pages = {
        "after-dismissal#immigration": section(page("after-dismissal", lang), "immigration"),
        "get-help": page("get-help", lang),
    }
    for where, text in pages.items():
        for fact in (*BEFORE_A_PLEA, *PLEA_WORDS[lang]):
            assert fact.lower() in text.lower(), (where, fact)
    immigration = pages["after-dismissal#immigration"]
    for fact in ("Matter of Davey", "Lopez v. Gonzales", "flunitrazepam"):
        assert fact.lower() in immigration.lower(), fact
    flag = outcomes.flag_text(Flag.IMMIGRATION_ADVICE, lang).text
    for fact in ("Padilla v. Kentucky", "30 ", *PLEA_WORDS[lang]):
        assert fact.lower() in flag.lower(), fact


@pytest.mark.parametrize("lang", LANGS)
def test_the_result_for_a_pending_case_carries_the_plea_advice_for_a_non_citizen(lang):
    charged = {
        "court": "federal",
        "offense": "simple_possession",
        "substance": "other",
        "offense_date": "2025-03-01",
        "citizenship": "other_lawfully_present",
        "stage": "charged",
        "prior_drug_record": ["none"],
        "prior_3607": "no",
        "had_prescription": "no",
        "consent": "yes",
        "age_at_offense": 30,
    }
    result = evaluate(charged, "2026-12-05", lang)
    assert result.flags[0] == Flag.IMMIGRATION_ADVICE
    assert tr(outcomes.BEFORE_A_PLEA, lang) in outcomes.flag_text(result.flags[0], lang).text


MEXICO = {"en": ("Mexico", "Mexican state"), "es": ("México", "estado mexicano")}


@pytest.mark.parametrize("lang", LANGS)
def test_a_mexican_state_conviction_is_a_foreign_conviction(lang):
    hint = by_id(lang)[Q.PRIOR_DRUG_RECORD].hint
    foreign = by_id(lang)[Q.PRIOR_DRUG_RECORD].label_of("foreign_conviction")
    assert all(word in hint for word in MEXICO[lang]) and f"“{foreign}”" in hint
    answers = {
        "court": "federal",
        "offense": "simple_possession",
        "substance": "other",
        "offense_date": "2025-03-01",
        "citizenship": "permanent_resident",
        "stage": "charged",
        "prior_drug_record": ["foreign_conviction"],
        "prior_record_before_offense": "yes",
        "prior_3607": "no",
        "had_prescription": "no",
        "consent": "yes",
        "age_at_offense": 30,
    }
    result = evaluate(answers, "2026-12-05", lang)
    assert result.outcome == "eligible_ask_for_3607"
    immigration = {"en": "matter a lot for immigration", "es": "importar mucho para inmigración"}
    assert any(
        immigration[lang] in r.text and re.search("mexic|méxic", r.text, re.I)
        for r in result.reasons
    )
