"""The legal corrections of issue 10 hold in Spanish too: each statement tests/test_legal_text.py
requires of an English page is on its Spanish twin, in the glossary's words. (The checker's
Spanish texts are the catalog's: checker/es.py.)"""

from __future__ import annotations

import re

import pytest
from legal_text_pages import DOCS, admonitions, chunks, paragraphs, section, source

SPANISH = sorted(DOCS.glob("*.es.md"))


def units() -> list[tuple[str, str]]:
    return [(page.name, p) for page in SPANISH for p in paragraphs(source(page.name))]


def test_one_year_maximum_always_carries_the_flunitrazepam_exception():
    claims = re.compile(
        r"primer[^.]*como máximo un año|lo máximo es un año|castigo máximo es (?:1|un) año"
        r"|(?:es|hace) un delito menor de Clase A"
    )
    stated = [(where, text) for where, text in units() if claims.search(text)]
    assert {w for w, _ in stated} >= {"law.es.md", "get-help.es.md", "after-dismissal.es.md"}
    assert [w for w, text in stated if "flunitrazepam" not in text] == []


def test_not_a_conviction_for_any_purpose_names_the_immigration_exception():
    for page, heading in (("after-dismissal.es.md", "¿Un caso con desestimación es una condena?"),
                          ("law.es.md", "b-not-conviction")):  # fmt: skip
        stated = [p for p in paragraphs(section(source(page), heading)) if "any other purpose" in p]
        assert stated and all("nmigración" in p for p in stated), (page, heading)


def test_immigration_section_says_what_a_non_citizen_must_assume():
    text = section(source("after-dismissal.es.md"), "immigration")
    for fact in (
        "8 U.S.C. § 1101(a)(48)(A)",
        "Matter of Roldan-Santoyo",
        "Acosta v. Ashcroft",
        "Lujan-Armendariz v. INS",
        "Nunez-Reyes v. Holder",
        "todavía está en libertad a prueba",
        "suponga que su declaración de culpabilidad con el § 3607 puede contar como una condena",
        "el riesgo empieza con la declaración de culpabilidad",
        "8 U.S.C. § 1182(a)(2)(A)(i)(II)",
        "8 U.S.C. § 1182(a)(1)(A)(iv)",
        "8 U.S.C. § 1227(a)(2)(B)(ii)",
    ):
        assert fact in text, fact
    danger = [box for box in admonitions(text) if box.startswith("!!! danger")]
    assert danger and "**antes**" in danger[0] and "abogado de inmigración" in danger[0]


def test_law_page_immigration_box_says_assume_it_may_count():
    text = section(source("law.es.md"), "b-not-conviction")
    (box,) = [b for b in admonitions(text) if b.startswith("!!! danger")]
    for fact in ("Noveno Circuito", "todavía está en libertad a prueba",
                 "suponga que su declaración de culpabilidad puede contar",
                 "el riesgo empieza con la declaración de culpabilidad", "adicción",
                 "**antes** de cualquier declaración de culpabilidad"):  # fmt: skip
        assert fact in box, fact


def test_mandatory_revocation_is_never_stated_without_the_treatment_exception():
    three = re.compile(r"más de 3 (?:veces|pruebas)")
    stated = [(p.name, c) for p in SPANISH for c in chunks(source(p.name)) if three.search(c)]
    assert {name for name, _ in stated} >= {"law.es.md", "how-it-works.es.md"}
    assert [name for name, c in stated if "3563(e)" not in c] == []


def test_a_reader_who_relapses_is_told_to_tell_the_lawyer_and_ask_about_treatment():
    for text in (
        section(source("law.es.md"), "s3563e"),
        section(source("law.es.md"), "a-violation"),
        section(source("how-it-works.es.md"), "¿Qué pasa si no cumplo una regla"),
    ):
        assert "programa de tratamiento" in text and "abogado" in text, text[:60]


@pytest.mark.parametrize(
    "page, heading",
    [("law.es.md", "c-perjury"), ("under-21.es.md", "¿Puedo dejarlo fuera de los formularios?")],
)
def test_perjury_shield_is_narrow_and_drug_use_questions_must_be_answered(page, heading):
    text = section(source(page), heading)
    for fact in ("uso de drogas", "No promete que nadie le va a acusar", "ATF 4473",
                 "Contéstelas con la verdad"):  # fmt: skip
        assert fact in text, fact


def test_dismissal_page_says_drug_use_questions_are_not_covered():
    text = source("after-dismissal.es.md")
    truthful = section(text, "¿Qué puedo decir sobre mi caso sin mentir?")
    assert "uso de drogas" in truthful and "Contéstelas con la verdad" in truthful
    assert "ATF 4473" in section(text, "firearms")


def test_every_mention_of_an_appeal_gives_the_14_day_deadline():
    stated = [(where, text) for where, text in units() if "apelación" in text]
    stated = [(w, t) for w, t in stated if "aviso de apelación" in t or "apelar" in t]
    assert {w for w, _ in stated} >= {"other-options.es.md", "how-it-works.es.md"}
    assert [w for w, t in stated if "14 días" not in t or "4(b)(1)(A)" not in t] == []


def test_everyone_is_told_how_to_check_and_fix_the_fbi_record():
    text = section(source("after-dismissal.es.md"), "fbi-record")
    for fact in ("copia certificada", "secretaría del tribunal", "Identity History Summary",
                 "28 C.F.R. §§ 16.30–16.34", "28 C.F.R. § 16.34", "de cualquier edad"):  # fmt: skip
        assert fact in text, fact


@pytest.mark.parametrize("page", ["how-it-works.es.md", "get-help.es.md"])
def test_ticket_warning_says_ask_before_paying_the_collateral(page):
    (box,) = [b for b in admonitions(source(page)) if "collateral" in b]
    assert box.startswith("!!! warning")
    # Issue 19, item 7: a violation notice is "una citación (violation notice)", never "una
    # multa" (a fine is the very misunderstanding the warning is about); Rule 58(d)(1) is cited.
    for fact in ("citación (violation notice)", "condena", "§ 3607", "Defensor Público Federal",
                 "antes de pagar", "Depende del distrito", "58(d)(1)"):  # fmt: skip
        assert fact in box, fact
    assert "multa" not in box.lower()
    assert "multa" not in section(source("how-it-works.es.md"), "tickets").lower()


STATUS_DATE = re.compile(
    r"en la fecha del indulto|el (?:6 de octubre de 2022|22 de diciembre de 2023)|en esas? fechas?"
)


def test_pardon_page_gives_the_status_date_rule():
    text = section(source("other-options.es.md"), "marijuana-pardons")
    for fact in ("6 de octubre de 2022", "22 de diciembre de 2023", "**en la fecha del indulto**",
                 "no hoy", "residente permanente en 2024"):  # fmt: skip
        assert fact in text, fact
    stated = [p for p in paragraphs(text) if "residente" in p]
    assert len(stated) >= 2
    assert [p[:60] for p in stated if not STATUS_DATE.search(p)] == []
