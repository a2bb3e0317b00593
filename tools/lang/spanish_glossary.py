"""The Spanish words for the site's legal terms, chosen once and used everywhere.

Every Spanish page, the checker's Spanish catalog and the Spanish glossary page use the word in
`spanish`; a test fails when a Spanish text uses one of the words in `avoid` (a false friend, or
a second name for the same thing that would make a reader think it is something else).

Choices follow the Spanish glossary of the U.S. federal courts where it has the term, and the
usage of Federal Defender offices in the southwest border districts; written for a reader with
little schooling, in the "usted" form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    english: str
    spanish: str
    avoid: tuple[str, ...] = ()
    why: str = ""


TERMS: tuple[Term, ...] = (
    Term(
        "probation",
        "libertad a prueba",
        ("libertad condicional", "probatoria"),
        "Libertad condicional is parole (release from prison), a different thing; the federal "
        "courts' Spanish glossary uses libertad a prueba for probation.",
    ),
    Term(
        "pre-judgment probation (§ 3607)",
        "libertad a prueba antes de la sentencia",
        (),
        "Says what is special about it: it comes before any judgment.",
    ),
    Term(
        "dismissal",
        "desestimación del caso",
        ("sobreseimiento", "anulación"),
        "Desestimación is the courts' word and is understood across countries; sobreseimiento "
        "is correct in some countries but unknown to many readers. We always add in plain "
        "words what it means: the case is closed without a conviction.",
    ),
    Term(
        "expungement (§ 3607(c) order)",
        "orden de eliminación de antecedentes (expungement)",
        ("expurgación", "expungimiento", "borrado"),
        "No Spanish word covers it; we describe what the order does and show the English word, "
        "which the reader will meet on court papers.",
    ),
    Term(
        "pardon",
        "indulto",
        ("perdón",),
        "Perdón is the everyday word for forgiveness; indulto is the legal act of the President.",
    ),
    Term(
        "plea (guilty plea)",
        "declaración de culpabilidad",
        ("alegato",),
        "Alegato is a lawyer's argument, not a plea.",
    ),
    Term(
        "conviction",
        "condena",
        ("convicción",),
        "Convicción is a false friend: it means a firm belief.",
    ),
    Term(
        "judgment of conviction",
        "sentencia condenatoria",
        (),
        "The paper that ends the case with a conviction and a sentence.",
    ),
    Term(
        "Federal Defender",
        "Defensor Público Federal",
        (),
        "The name the offices use in Spanish.",
    ),
    Term(
        "CJA panel lawyer",
        "abogado de oficio (CJA)",
        (),
        "A private lawyer the court appoints and pays; we keep CJA so the reader can ask for it.",
    ),
    Term(
        "clerk of court",
        "secretaría del tribunal",
        ("el clerk",),
        "The office, not a person; readers ask at the counter.",
    ),
    Term(
        "court",
        "tribunal",
        ("corte federal",),
        "Tribunal is the courts' own word; one word everywhere keeps it clear. One exception: "
        'the Supreme Court stays "Corte Suprema", the name readers know.',
    ),
    Term(
        "docket sheet",
        "registro del caso (docket)",
        (),
        "The list of everything filed in the case; the English word is on the printout.",
    ),
    Term(
        "offense",
        "delito",
        (),
        "The everyday and the legal word at once.",
    ),
    Term(
        "order of discharge and dismissal",
        "orden de terminación y desestimación (Order of Discharge and Dismissal)",
        (),
        "The order's English title is what the reader will find on the docket sheet.",
    ),
    Term(
        "charge",
        "cargo",
        (),
        "",
    ),
    Term(
        "drug possession",
        "posesión de drogas",
        (),
        "",
    ),
    Term(
        "lawful permanent resident",
        "residente permanente legal",
        (),
        "We add “(green card)” the first time on a page: readers know the card by that name.",
    ),
    Term(
        "immigration lawyer",
        "abogado de inmigración",
        (),
        "",
    ),
    Term(
        "violation (of probation)",
        "violación de las condiciones",
        ("infracción",),
        "Infracción sounds like a traffic ticket.",
    ),
    Term(
        "violation notice",
        "citación (violation notice)",
        ("aviso de violación",),
        "The ticket that starts some federal cases. Violación alone reads as rape to many "
        "readers, and infracción makes a criminal charge sound like a traffic fine.",
    ),
    Term(
        "revocation",
        "revocación",
        (),
        "",
    ),
    Term(
        "sealing",
        "sellado del expediente",
        (),
        "",
    ),
    Term(
        "record (criminal record)",
        "antecedentes penales",
        ("récord",),
        "Récord is a borrowing some readers use, but antecedentes penales is what forms ask.",
    ),
    Term(
        "sentence",
        "sentencia",
        (),
        "",
    ),
    Term(
        "diversion",
        "programa de desvío",
        ("diversión",),
        "Diversión is a false friend: it means fun. The glossary page and the screener say "
        "programa de desvío, with the English word beside it.",
    ),
    Term(
        "Office of the Pardon Attorney",
        "Oficina del Procurador de Indultos (Office of the Pardon Attorney)",
        (),
        "We keep the English name beside it: the reader writes to that office in English.",
    ),
)


# A sentence may name an avoided word to say it is wrong ("La libertad a prueba no es la libertad
# condicional"): these words in the same sentence mark it as such an explanation.
EXPLAINS_WRONG = re.compile(
    r"\bno (?:es|son|significa|quiere decir|decimos|use|confunda)\b|\bno es lo mismo\b"
    r"|\b(?:otra cosa|distint[oa]s?|diferente)\b|\bfalso amigo\b",
    re.IGNORECASE,
)


def avoided(text: str) -> list[str]:
    """The avoided words `text` uses, each with the word to say instead; a sentence that
    explains the word is wrong (EXPLAINS_WRONG) is not counted."""
    from tools.lang.spanish_text import sentences  # the one sentence splitter of the Spanish checks

    found = []
    for sentence in sentences(text):
        if EXPLAINS_WRONG.search(sentence):
            continue
        for term in TERMS:
            for word in term.avoid:
                if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sentence, re.IGNORECASE):
                    found.append(f"{word!r} (say {term.spanish!r} for {term.english!r})")
    return found
