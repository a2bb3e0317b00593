"""The words of each paper, as data, next to the law that calls for it.

A paper is a list of blocks; each block's words may hold placeholders: `$field` for what the
reader types (a blank stays a line to write on), `$fact` for words chosen from the screener's
answers (never blank), and `$line` for a line always left to write on (a signature, the date it
is signed). Citations come from the checker's `Clause` constants; the statute's own words are in
`WORDS`, checked against the site's law page by the tests. The renderers (`docx`, `html`) know no
law: they only lay out what `papers.model.build` makes of these blocks.

Which papers a result offers is `BY_OUTCOME` and `BY_FLAG` (issue: papers to take away).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from checker.codes import Flag, Offense, Outcome, Stage, Substance
from checker.rules import (
    PARDONS,
    S841_B_4,
    S844_A,
    S846,
    S1101_A_48,
    S3607_A,
    S3607_A_1,
    S3607_A_2,
    S3607_A_CONSENT,
    S3607_A_SHALL,
    S3607_B,
    S3607_C,
    Clause,
)

from .facts import Facts

# --- Provisions the papers cite that the checker does not -------------------------------------

S3607_C_SCOPE = Clause("18 U.S.C. § 3607(c)", "c-scope")
S3607_C_EFFECT = Clause("18 U.S.C. § 3607(c)", "c-effect")
FRCRP_47 = Clause("Fed. R. Crim. P. 47")  # motions: in writing, grounds and relief sought
FRCRP_49 = Clause("Fed. R. Crim. P. 49")  # serving and filing papers
FRCRP_49_1 = Clause("Fed. R. Crim. P. 49.1(a)")  # a filing may show only the year of birth
S1182_A_2_A = Clause("8 U.S.C. § 1182(a)(2)(A)(i)(II)")  # inadmissible: convicted or admits
S1227_A_2_B = Clause("8 U.S.C. § 1227(a)(2)(B)")  # deportable: controlled substances
S1101_F_3 = Clause("8 U.S.C. § 1101(f)(3)")  # good moral character
# Records after a dismissal (issue: get your record, and clean it up): the FBI's rules for a
# person's own identity history record, and the Fair Credit Reporting Act's dispute procedure.
CFR_16_30_34 = Clause("28 C.F.R. §§ 16.30–16.34")  # see and change one's FBI record
CFR_16_34 = Clause("28 C.F.R. § 16.34")  # a challenge to an entry: the FBI asks the source agency
S1681I_A = Clause("15 U.S.C. § 1681i(a)")  # reinvestigate a disputed item, free, within 30 days
S1681I_A_6 = Clause("15 U.S.C. § 1681i(a)(6)")  # written notice of the results, and a new report
# a court may act on a violation after the term only on a warrant or summons issued before it ended
S3565_C = Clause("18 U.S.C. § 3565(c)")
LUJAN = Clause("Lujan-Armendariz v. INS, 222 F.3d 728 (9th Cir. 2000)")

# The statute's words, exactly as the law page quotes them (tests/test_papers.py checks each one
# against that page, under the anchor of its clause).
WORDS: dict[Clause, str] = {
    S3607_A_SHALL: (
        "At the expiration of the term of probation, if the person has not violated a condition "
        "of his probation, the court shall, without entering a judgment of conviction, dismiss "
        "the proceedings against the person and discharge him from probation."
    ),
    S3607_C: (
        "If the case against a person found guilty of an offense under section 404 of the "
        "Controlled Substances Act (21 U.S.C. 844) is the subject of a disposition under "
        "subsection (a), and the person was less than twenty-one years old at the time of the "
        "offense, the court shall enter an expungement order upon the application of such person."
    ),
    S3607_C_SCOPE: (
        "The expungement order shall direct that there be expunged from all official records, "
        "except the nonpublic records referred to in subsection (b), all references to his "
        "arrest for the offense, the institution of criminal proceedings against him, and the "
        "results thereof."
    ),
    S3607_B: (
        "A disposition under subsection (a), or a conviction that is the subject of an "
        "expungement order under subsection (c), shall not be considered a conviction for the "
        "purpose of a disqualification or a disability imposed by law upon conviction of a "
        "crime, or for any other purpose."
    ),
    S841_B_4: (
        "any person who violates subsection (a) of this section by distributing a small amount "
        "of marihuana for no remuneration shall be treated as provided in section 844 of this "
        "title and section 3607 of title 18."
    ),
}

# The Office of the Pardon Attorney, as the checker's results name it (tests/test_papers.py
# checks each part against checker.outcomes.PARDON_ATTORNEY).
PARDON_WEB = "justice.gov/pardon"
# When we last tried to confirm that the Office still takes certificate requests (we could not).
PARDON_CHECKED = "December 5, 2026"
PARDON_EMAIL = "USPardon.Attorney@usdoj.gov"
PARDON_MAIL = (
    "U.S. Department of Justice, Office of the Pardon Attorney, 950 Pennsylvania Avenue NW, "
    "Washington, DC 20530"
)


# --- What the reader types --------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """One text input of the papers' form, with its label and hint in each language of the site
    (the papers themselves are in English, the court's language). Every field is optional; none
    asks for a Social Security number, and none ever will (a test checks the labels)."""

    name: str
    label: str
    hint: str
    label_es: str
    hint_es: str
    width: int  # underscores left when blank: a line to write on

    def text(self, lang: str) -> tuple[str, str]:
        return (self.label_es, self.hint_es) if lang == "es" else (self.label, self.hint)


ON_PAPERS = "As it appears on your court papers."
ON_PAPERS_ES = "Como aparece en sus papeles del tribunal."
IN_ENGLISH_ES = "En inglés, como en los papeles del tribunal"

FIELDS: dict[str, Field] = {
    f.name: f
    for f in (
        Field("name", "Your full name", ON_PAPERS, "Su nombre completo", ON_PAPERS_ES, 28),
        Field(
            "case_number",
            "Case number",
            ON_PAPERS,
            "Número de caso (case number)",
            ON_PAPERS_ES,
            20,
        ),
        Field(
            "district",
            "The court's district",
            "For example: Southern District of New York. It is on your court papers.",
            "El distrito del tribunal (district)",
            f"{IN_ENGLISH_ES}, por ejemplo: Southern District of New York.",
            30,
        ),
        Field(
            "offense_date",
            "Date of the offense",
            "For example: March 1, 2025.",
            "Fecha del delito",
            f"{IN_ENGLISH_ES}, por ejemplo: March 1, 2025 (1 de marzo de 2025).",
            18,
        ),
        Field(
            "age_at_offense",
            "Your age on the date of the offense",
            "In years.",
            "Su edad en la fecha del delito",
            "En años.",
            4,
        ),
        Field(
            "year_of_birth",
            "Your year of birth",
            "Only the year: court papers must not show your full date of birth.",
            "Su año de nacimiento",
            "Solo el año: los papeles del tribunal no deben mostrar su fecha de nacimiento "
            "completa.",
            6,
        ),
        Field(
            "dismissal_date",
            "Date the court dismissed the case",
            "It is on the order of discharge and dismissal, or the docket sheet.",
            "Fecha de la desestimación del caso (dismissal)",
            "Aparece en la orden de terminación y desestimación (Order of Discharge and "
            "Dismissal) o en el registro del caso (docket). En inglés, por ejemplo: July 3, 2018 "
            "(3 de julio de 2018).",
            18,
        ),
        Field(
            "arresting_agency",
            "The agency that arrested or cited you",
            "For example: U.S. Park Police. It is on your court papers.",
            "La agencia que le arrestó o le dio la citación",
            "Por ejemplo: U.S. Park Police. Aparece en sus papeles del tribunal.",
            28,
        ),
        Field(
            "probation_start",
            "Date the court put you on probation",
            "It is on the order of probation, or the docket sheet.",
            "Fecha en que el tribunal le dio la libertad a prueba (probation)",
            "Aparece en la orden de libertad a prueba (probation) o en el registro del caso "
            "(docket). En inglés, por ejemplo: August 4, 2024 (4 de agosto de 2024).",
            18,
        ),
        Field(
            "probation_months",
            "Length of the probation, in months",
            "",
            "Duración de la libertad a prueba (probation), en meses",
            "",
            4,
        ),
        Field(
            "probation_end",
            "Date the probation ends or ended",
            "The start date plus the length of the probation.",
            "Fecha en que termina o terminó la libertad a prueba",
            "La fecha de inicio más la duración. En inglés, por ejemplo: August 4, 2025 (4 de "
            "agosto de 2025).",
            18,
        ),
        Field("lawyer_name", "Your lawyer's name", "", "El nombre de su abogado o abogada", "", 26),
        Field(
            "company",
            "The background-check company",
            "Its name, as on the report or on the letter you got about it.",
            "La compañía de verificación de antecedentes (background check)",
            "Su nombre, como aparece en el informe o en la carta que recibió.",
            28,
        ),
        Field(
            "conviction_date",
            "Date of the conviction",
            "The date on the judgment, or on the docket sheet.",
            "Fecha de la condena (conviction)",
            "La fecha de la sentencia (judgment) o del registro del caso (docket sheet). En "
            "inglés, por ejemplo: May 1, 2010 (1 de mayo de 2010).",
            18,
        ),
    )
}


# --- Blocks -----------------------------------------------------------------------------------

PARA = "para"  # a numbered paragraph
TEXT = "text"  # a plain paragraph
QUOTE = "quote"  # the statute's words: `cite`'s WORDS, in quotation marks, with the citation
HEADING = "heading"  # a heading inside the paper
ITEM = "item"  # a bulleted line
CHECK = "check"  # a line with a box to tick (its words start with ☐)
ROW = "row"  # "label: value" (worksheets)
SIGN = "sign"  # a line of a signature block (set to the right on court papers)
RULE = "rule"  # a line across the page


def always(facts: Facts) -> bool:
    return True


@dataclass(frozen=True)
class Block:
    kind: str
    text: str = ""
    when: Callable[[Facts], bool] = always
    cite: Clause | None = None  # QUOTE only
    label: str = ""  # ROW only


COURT = "court"  # caption, title, numbered paragraphs, signature: the court's usual form
LETTER = "letter"
WORKSHEET = "worksheet"


@dataclass(frozen=True)
class Paper:
    id: str  # also the file name: ID.docx
    title: str
    kind: str
    summary: str  # one sentence shown beside its button: what it is for
    summary_es: str
    fields: tuple[str, ...]
    note: tuple[Block, ...]  # the first-page note: a draft to check
    blocks: tuple[Block, ...]
    cites: tuple[Clause, ...]  # what it rests on: each citation appears in the paper
    note_es: tuple[Block, ...] = ()  # the first-page note on the Spanish page (court papers)
    lang: str = "en"  # the language of its words
    reads: str = ""  # a Spanish reading copy: the id of the English paper it explains


# --- Conditions on the answers (each a plain question about the facts) ------------------------


def has(flag: Flag) -> Callable[[Facts], bool]:
    def check(facts: Facts) -> bool:
        return flag in facts.flags

    check.__name__ = f"has_{flag}"
    return check


def outcome_is(*outcomes: Outcome) -> Callable[[Facts], bool]:
    def check(facts: Facts) -> bool:
        return facts.outcome in outcomes

    check.__name__ = "outcome_is_" + "_or_".join(outcomes)
    return check


def stage_is(*stages: Stage) -> Callable[[Facts], bool]:
    def check(facts: Facts) -> bool:
        return facts.answer("stage") in stages

    check.__name__ = "stage_is_" + "_or_".join(stages)
    return check


def consented(facts: Facts) -> bool:
    return facts.answer("consent") == "yes"


def consent_undecided(facts: Facts) -> bool:
    return facts.answer("consent") not in ("yes", "no")


def federal_case(facts: Facts) -> bool:
    return facts.answer("court") == "federal"


def not_federal_case(facts: Facts) -> bool:
    return not federal_case(facts)


def marijuana(facts: Facts) -> bool:
    return facts.answer("substance") == Substance.MARIJUANA_ONLY


def sharing_marijuana(facts: Facts) -> bool:
    return facts.answer("offense") == Offense.MARIJUANA_SHARING


def possession_offense(facts: Facts) -> bool:
    return not sharing_marijuana(facts)


before_plea = stage_is(Stage.CHARGED)
after_plea_before_sentence = stage_is(Stage.FOUND_GUILTY)
pre_judgment = stage_is(Stage.CHARGED, Stage.FOUND_GUILTY)


def after_pre_judgment(facts: Facts) -> bool:
    return facts.answer("stage") not in (Stage.CHARGED, Stage.FOUND_GUILTY, None)


# --- Words chosen from the answers ($fact placeholders) ---------------------------------------

OFFENSE_CODE = {  # what the pardon certificate form calls "the code section that was charged"
    Offense.SIMPLE_POSSESSION: S844_A.cite,
    Offense.ATTEMPTED_POSSESSION: S846.cite,
}
STAGE_WORDS = {
    Stage.NOT_CHARGED: "not charged yet",
    Stage.CHARGED: "charged; I have not pleaded guilty",
    Stage.FOUND_GUILTY: "found guilty; not sentenced yet",
    Stage.ON_3607_PROBATION: "on probation under 18 U.S.C. § 3607",
    Stage.PROBATION_ENDED: "my § 3607 probation has ended",
    Stage.CONVICTED: "a judgment of conviction was entered",
}
STAGE_WORDS_ES = {
    Stage.NOT_CHARGED: "todavía sin cargos",
    Stage.CHARGED: "con cargos; no me he declarado culpable",
    Stage.FOUND_GUILTY: "declarado culpable; todavía sin sentencia",
    Stage.ON_3607_PROBATION: "en libertad a prueba según 18 U.S.C. § 3607",
    Stage.PROBATION_ENDED: "mi libertad a prueba de § 3607 terminó",
    Stage.CONVICTED: "hay una sentencia condenatoria",
}


FACTS: dict[str, Callable[[Facts], str]] = {
    "offense_code": lambda f: OFFENSE_CODE.get(f.answer("offense"), ""),
    "stage_words": lambda f: STAGE_WORDS.get(f.answer("stage"), ""),
    "stage_words_es": lambda f: STAGE_WORDS_ES.get(f.answer("stage"), ""),
}
# Facts that may come out empty show a line instead, like a blank field.
FACT_WIDTH = {"offense_code": 20, "stage_words": 30, "stage_words_es": 30}


# --- The first-page notes ---------------------------------------------------------------------

NOTE_TITLE = "Draft: check it before you use it"
NOTE_TITLE_ES = "Borrador: revíselo antes de usarlo"
# On every paper meant for the reader's own lawyer (issue: papers never write down a status).
PRIVATE = "Keep this paper private. Do not carry it with you, and show it only to your own lawyer."
# The questions leave the reader's status out on purpose: the lawyer asks it.
NO_STATUS = (
    "Do not write your immigration status or where you were born on this paper: tell them only "
    "to the lawyer, who will ask."
)
NO_STATUS_ES = (
    "No escriba en este papel su situación migratoria ni dónde nació: dígaselo solo al abogado, "
    "que se lo va a preguntar."
)
PRIVATE_ES = (
    "Guarde este papel en privado. No lo lleve con usted y muéstrelo solo a su propio abogado."
)
MADE_HERE = (
    "This draft was made on your own device from your answers. Nothing you typed was sent "
    "anywhere or kept."
)
COURT_NOTE = (
    Block(TEXT, MADE_HERE),
    Block(
        TEXT,
        "Check it with a lawyer or with the clerk of the court before you file it. Local rules "
        "vary from court to court: ask the clerk for the court's local criminal rules, and read "
        f"the federal rules on motions ({FRCRP_47.cite}) and on serving and filing papers "
        f"({FRCRP_49.cite}).",
    ),
    Block(
        TEXT,
        "Do not put your full date of birth or any Social Security number in a paper you file: "
        f"only the year of birth is allowed ({FRCRP_49_1.cite}).",
    ),
    Block(
        TEXT,
        "If your probation has not ended yet, wait: file this after the last day of the term.",
        when=outcome_is(Outcome.ON_PROBATION_DISMISSAL_DUE),
    ),
    Block(TEXT, "File it only once it is right, and take this box off first."),
)
ORDER_NOTE = (
    Block(TEXT, MADE_HERE),
    Block(
        TEXT,
        "This is a proposed order: the judge signs it, not you. Many courts have their own form "
        "of order. Check with a lawyer or with the clerk of the court; local rules vary. File it "
        "only once it is right, and take this box off first.",
    ),
)
MADE_HERE_ES = (
    "Este borrador se hizo en su propio dispositivo con sus respuestas. Nada de lo que escribió "
    "se envió a ningún lugar ni se guardó."
)
# The English court paper's note, on the Spanish page: the paper stays in English (the court's
# language), its warnings do not.
COURT_NOTE_ES = (
    Block(TEXT, MADE_HERE_ES),
    Block(
        TEXT,
        "El papel está en inglés, el idioma del tribunal. Para entender lo que firma, lea la "
        "copia en español (no la presente).",
    ),
    Block(
        TEXT,
        "Revíselo con un abogado o con la secretaría del tribunal (clerk) antes de presentarlo. "
        "Las reglas cambian de un tribunal a otro: pida a la secretaría las reglas locales, y lea "
        f"las reglas federales sobre mociones ({FRCRP_47.cite}) y sobre cómo entregar y "
        f"presentar papeles ({FRCRP_49.cite}).",
    ),
    Block(
        TEXT,
        "No ponga su fecha de nacimiento completa ni un número de Seguro Social en un papel que "
        f"presenta: solo se permite el año de nacimiento ({FRCRP_49_1.cite}).",
    ),
    Block(
        TEXT,
        "Si su libertad a prueba no ha terminado, espere: presente esto después del último día.",
        when=outcome_is(Outcome.ON_PROBATION_DISMISSAL_DUE),
    ),
    Block(TEXT, "Preséntelo solo cuando esté bien, y quite primero este recuadro."),
)
ORDER_NOTE_ES = (
    Block(TEXT, MADE_HERE_ES),
    Block(
        TEXT,
        "Es una orden propuesta: la firma el juez, no usted. Muchos tribunales tienen su propio "
        "modelo de orden. Revísela con un abogado o con la secretaría del tribunal; las reglas "
        "cambian de un tribunal a otro. Preséntela solo cuando esté bien, y quite primero este "
        "recuadro.",
    ),
)
LETTER_NOTE = (
    Block(TEXT, MADE_HERE),
    Block(TEXT, PRIVATE),
    Block(
        TEXT,
        "Check it with your lawyer, or with the clerk of the court if you have no lawyer yet. "
        "Local rules vary from court to court, and your lawyer knows the rules of yours. It is "
        "not legal advice. Change anything that is not right, and give it to your lawyer only "
        "once it is right.",
    ),
)
WORKSHEET_NOTE = (
    Block(TEXT, MADE_HERE),
    Block(
        TEXT,
        "It is a worksheet, not the request itself: copy your answers onto the Office of the "
        "Pardon Attorney's own form. Check them against your court papers, or with a lawyer or "
        "the clerk of the court. Rules vary, and forms change: read the Office's own "
        "instructions. Send the request only once it is right.",
    ),
)
QUESTIONS_NOTE = (
    Block(TEXT, MADE_HERE),
    Block(TEXT, f"{PRIVATE} {NO_STATUS}"),
    Block(
        TEXT,
        "It is a list of questions, not advice. Rules vary from court to court and from one part "
        "of the country to another: only a lawyer who knows your case can answer them. Check "
        "the facts at the top against your court papers (the clerk of the court can give you "
        "copies), and take it to the lawyer only once it is right.",
    ),
)

# --- Parts shared by the court papers ---------------------------------------------------------

DEFENDANT_SIGNS = (
    Block(SIGN, "Respectfully submitted,"),
    Block(SIGN, "Date: $line"),
    Block(SIGN, "Signature: $line"),
    Block(SIGN, "$name, Defendant, representing myself"),
    Block(SIGN, "Mailing address: $line"),
    Block(SIGN, "$line"),
    Block(SIGN, "Telephone: $line"),
    Block(SIGN, "Email: $line"),
)
JUDGE_SIGNS = (
    Block(SIGN, "SO ORDERED."),
    Block(SIGN, "Date: $line"),
    Block(SIGN, "$line"),
    Block(SIGN, "United States District Judge / United States Magistrate Judge"),
)


def served(what: str) -> tuple[Block, ...]:
    """A certificate of service: the government is a party, and a motion must be served on
    every party (Fed. R. Crim. P. 49)."""
    return (
        Block(
            TEXT,
            f"I certify that on $line, I served a copy of {what} on the United States "
            "Attorney's Office for the $district by:",
        ),
        Block(CHECK, "☐ mail, to this address: $line"),
        Block(CHECK, "☐ hand delivery, at this address: $line"),
        Block(CHECK, "☐ another way: $line"),
        Block(SIGN, "Date: $line"),
        Block(SIGN, "Signature: $line"),
        Block(SIGN, "Printed name: $name"),
    )


# --- The papers -------------------------------------------------------------------------------

EXPUNGEMENT_MOTION = Paper(
    id="expungement_motion",
    title=f"Motion for an Expungement Order Under {S3607_C.cite}",
    kind=COURT,
    summary="Asks the court that dismissed your case for the expungement order.",
    summary_es=(
        "Este escrito pide la orden de eliminación de antecedentes (expungement order) al "
        "tribunal que desestimó su caso."
    ),
    fields=(
        "name",
        "case_number",
        "district",
        "offense_date",
        "age_at_offense",
        "year_of_birth",
        "dismissal_date",
        "arresting_agency",
    ),
    note=COURT_NOTE,
    note_es=COURT_NOTE_ES,
    blocks=(
        Block(
            PARA,
            "I, $name, am the defendant in this case. I apply for an expungement order under "
            f"{S3607_C.cite}.",
        ),
        Block(
            PARA,
            "I was found guilty of an offense under section 404 of the Controlled Substances Act "
            "(21 U.S.C. § 844).",
            when=possession_offense,
        ),
        Block(
            PARA,
            "I was found guilty of distributing a small amount of marihuana for no "
            f"remuneration. {S841_B_4.cite} says that such a person “shall be treated as provided "
            "in section 844 of this title and section 3607 of title 18.”",
            when=sharing_marijuana,
        ),
        Block(
            PARA,
            f"The Court placed me on probation under {S3607_A.cite} without entering a judgment "
            "of conviction. On $dismissal_date, the Court dismissed the proceedings against me "
            "and discharged me from probation. So the case against me is the subject of a "
            "disposition under subsection (a).",
        ),
        Block(
            PARA,
            "The offense was on $offense_date. I was $age_at_offense years old on that date (year "
            "of birth: $year_of_birth), so I was less than twenty-one years old at the time of "
            "the offense. I can give the Court proof of my date of birth in the way the Court "
            "directs.",
        ),
        Block(TEXT, "The statute says:"),
        Block(QUOTE, cite=S3607_C),
        Block(
            PARA,
            "Both conditions are met. So the Court shall enter an expungement order on this "
            "application.",
        ),
        Block(
            PARA,
            "I ask the Court to enter the proposed order filed with this motion. It directs that "
            "there be expunged from all official records, except the nonpublic records referred "
            f"to in {S3607_B.cite}, all references to my arrest for the offense, the institution "
            "of criminal proceedings against me, and the results thereof. I also ask the Court "
            "to direct the Clerk to send a copy of the order to the Federal Bureau of "
            "Investigation, the Department of Justice, the United States Probation Office, and "
            "the arresting agency ($arresting_agency).",
        ),
        *DEFENDANT_SIGNS,
    ),
    cites=(S3607_C, S3607_A, S3607_B),
)

PROPOSED_EXPUNGEMENT_ORDER = Paper(
    id="proposed_expungement_order",
    title=f"[Proposed] Expungement Order Under {S3607_C.cite}",
    kind=COURT,
    summary="The order you ask the judge to sign. File it with the motion.",
    summary_es="La orden que usted pide al juez que firme. Preséntela junto con la moción.",
    fields=("name", "case_number", "district", "arresting_agency"),
    note=ORDER_NOTE,
    note_es=ORDER_NOTE_ES,
    blocks=(
        Block(
            TEXT,
            "The defendant, $name, has applied for an expungement order under "
            f"{S3607_C.cite}. The Court finds that the case against the defendant is the subject "
            f"of a disposition under {S3607_A.cite}, and that the defendant was less than "
            "twenty-one years old at the time of the offense.",
        ),
        Block(
            TEXT,
            "IT IS ORDERED that there be expunged from all official records, except the "
            f"nonpublic records referred to in {S3607_B.cite}, all references to the "
            "defendant's arrest for the offense, the institution of criminal proceedings "
            "against the defendant, and the results thereof.",
        ),
        Block(
            TEXT,
            "The effect of this order is to restore the defendant, in the contemplation of the "
            "law, to the status the defendant occupied before such arrest or institution of "
            f"criminal proceedings. {S3607_C_EFFECT.cite}.",
        ),
        Block(
            TEXT,
            "The Clerk shall send a copy of this order to the Federal Bureau of Investigation, "
            "the Department of Justice, the United States Probation Office, and the arresting "
            "agency ($arresting_agency).",
        ),
        *JUDGE_SIGNS,
    ),
    cites=(S3607_C, S3607_A, S3607_B),
)

CERTIFICATE_OF_SERVICE = Paper(
    id="certificate_of_service",
    title="Certificate of Service",
    kind=COURT,
    summary="Says you sent a copy to the U.S. Attorney. File it with the motion.",
    summary_es=(
        "Dice que usted envió una copia a la Fiscalía federal (U.S. Attorney). Preséntela con "
        "la moción."
    ),
    fields=("name", "case_number", "district"),
    note=COURT_NOTE,
    note_es=COURT_NOTE_ES,
    blocks=served(
        f"my Motion for an Expungement Order Under {S3607_C.cite} and the proposed order"
    ),
    cites=(S3607_C,),
)

DISMISSAL_MOTION = Paper(
    id="dismissal_motion",
    title=(
        "Motion to Dismiss the Proceedings and Discharge the Defendant from Probation Under "
        f"{S3607_A.cite}"
    ),
    kind=COURT,
    summary="Asks the court to enter the dismissal the law says it must enter.",
    summary_es=("Este escrito pide al tribunal que desestime el caso, como la ley lo exige."),
    fields=(
        "name",
        "case_number",
        "district",
        "probation_start",
        "probation_months",
        "probation_end",
    ),
    note=COURT_NOTE,
    note_es=COURT_NOTE_ES,
    blocks=(
        Block(
            PARA,
            "I, $name, am the defendant in this case. I ask the Court to dismiss the proceedings "
            "against me and discharge me from probation, without entering a judgment of "
            f"conviction, under {S3607_A.cite}.",
        ),
        Block(
            PARA,
            "I was found guilty of an offense described in section 404 of the Controlled "
            "Substances Act (21 U.S.C. § 844).",
            when=possession_offense,
        ),
        Block(
            PARA,
            "I was found guilty of distributing a small amount of marihuana for no "
            f"remuneration. {S841_B_4.cite} says that such a person “shall be treated as provided "
            "in section 844 of this title and section 3607 of title 18.”",
            when=sharing_marijuana,
        ),
        Block(
            PARA,
            "On $probation_start, the Court placed me on probation for a term of "
            f"$probation_months months under {S3607_A.cite}, without entering a judgment of "
            "conviction.",
        ),
        Block(
            PARA,
            "The term of probation ended on $probation_end. The docket shows no petition, "
            "warrant or summons for a violation of probation, and no violation has been found "
            f"({S3607_A.cite}; {S3565_C.cite}).",
        ),
        Block(TEXT, "The statute says:"),
        Block(QUOTE, cite=S3607_A_SHALL),
        Block(
            PARA,
            "The docket does not show an order dismissing the proceedings against me and "
            "discharging me from probation.",
            when=outcome_is(Outcome.ASK_COURT_TO_ENTER_DISMISSAL),
        ),
        Block(
            PARA,
            "I was less than twenty-one years old at the time of the offense. After the "
            f"dismissal, I plan to apply for an expungement order under {S3607_C.cite}.",
            when=has(Flag.UNDER_21_EXPUNGEMENT),
        ),
        Block(
            PARA,
            "I ask the Court to enter the proposed order filed with this motion, dismissing the "
            "proceedings against me and discharging me from probation, without entering a "
            f"judgment of conviction, under {S3607_A.cite}.",
        ),
        *DEFENDANT_SIGNS,
        Block(RULE),
        Block(HEADING, "Certificate of Service"),
        *served("this motion and the proposed order"),
    ),
    cites=(S3607_A, S3565_C),
)

PROPOSED_DISMISSAL_ORDER = Paper(
    id="proposed_dismissal_order",
    title=(
        "[Proposed] Order Dismissing the Proceedings and Discharging the Defendant from "
        f"Probation Under {S3607_A.cite}"
    ),
    kind=COURT,
    summary="The order you ask the judge to sign. File it with the motion.",
    summary_es="La orden que usted pide al juez que firme. Preséntela junto con la moción.",
    fields=("name", "case_number", "district", "probation_start", "probation_months"),
    note=ORDER_NOTE,
    note_es=ORDER_NOTE_ES,
    blocks=(
        Block(
            TEXT,
            "On $probation_start, the Court placed the defendant, $name, on probation for a term "
            f"of $probation_months months under {S3607_A.cite}, without entering a judgment of "
            "conviction. The term of probation has expired, and the defendant has not violated "
            "a condition of probation.",
        ),
        Block(
            TEXT,
            f"IT IS ORDERED under {S3607_A.cite}, without entering a judgment of conviction, that "
            "the proceedings against the defendant are dismissed and the defendant is discharged "
            "from probation.",
        ),
        Block(
            TEXT,
            "This disposition shall not be considered a conviction for the purpose of a "
            "disqualification or a disability imposed by law upon conviction of a crime, or for "
            f"any other purpose. {S3607_B.cite}.",
        ),
        *JUDGE_SIGNS,
    ),
    cites=(S3607_A, S3607_B),
)

LAWYER_LETTER = Paper(
    id="lawyer_letter",
    title="Please ask the court for § 3607",
    kind=LETTER,
    summary=(
        f"A one-page letter asking your lawyer to request § 3607 in writing, in time. {PRIVATE}"
    ),
    summary_es=(
        "Una carta de una página que pide a su abogado que solicite § 3607 por escrito, a "
        f"tiempo. {PRIVATE_ES}"
    ),
    fields=("name", "case_number", "district", "lawyer_name", "offense_date"),
    note=LETTER_NOTE,
    blocks=(
        Block(TEXT, "Date: $line"),
        Block(TEXT, "To: $lawyer_name"),
        Block(TEXT, "From: $name"),
        Block(
            TEXT,
            "About: United States v. $name, Case No. $case_number, $court",
        ),
        Block(TEXT, "Dear $lawyer_name,"),
        Block(
            TEXT,
            f"I would like the Court to place me on probation under {S3607_A.cite} without "
            "entering a judgment of conviction. Please ask for it in writing before I plead "
            "guilty, and again before sentencing.",
            when=before_plea,
        ),
        Block(
            TEXT,
            f"I would like the Court to place me on probation under {S3607_A.cite} without "
            "entering a judgment of conviction. Please ask for it in writing before sentencing.",
            when=after_plea_before_sentence,
        ),
        Block(TEXT, "As far as I know, I meet the conditions of the law:"),
        Block(
            ITEM,
            "I was not convicted of a federal or state drug crime before the date of this "
            f"offense, $offense_date ({S3607_A_1.cite}).",
        ),
        Block(ITEM, f"I have never had a § 3607 disposition before ({S3607_A_2.cite})."),
        Block(
            ITEM,
            f"I agree to § 3607 probation; the law needs my consent ({S3607_A_CONSENT.cite}).",
            when=consented,
        ),
        Block(
            ITEM,
            "I have not decided whether to agree to § 3607 probation, which needs my consent "
            f"({S3607_A_CONSENT.cite}). Please tell me what it would mean for me.",
            when=consent_undecided,
        ),
        Block(
            TEXT,
            "I was under 21 on the date of the offense. After a § 3607 dismissal I can apply for "
            f"an expungement order, and the court must enter it ({S3607_C.cite}). Please plan "
            "for that, and tell me when and how to apply.",
            when=outcome_is(Outcome.ELIGIBLE_ASK_FOR_3607_THEN_EXPUNGE),
        ),
        Block(
            TEXT,
            "I am not sure of my age on the date of the offense. If I was under 21, I could also "
            f"apply for an expungement order after a dismissal ({S3607_C.cite}). Please check.",
            when=has(Flag.AGE_UNKNOWN_FOR_EXPUNGEMENT),
        ),
        Block(
            TEXT,
            "I was under 21 on the date of the offense, but my charge is under a federal-land "
            f"rule, and {S3607_C.cite} speaks of an offense “under section 404”. Please tell me "
            "whether an expungement order could reach it.",
            when=has(Flag.EXPUNGEMENT_UNSETTLED),
        ),
        Block(
            TEXT,
            "I have a drug record from after the date of this offense. It does not bar § 3607, "
            f"which looks only at convictions before the offense ({S3607_A_1.cite}), but the "
            "judge may weigh it. Please plan for that.",
            when=has(Flag.LATER_RECORD_MAY_WEIGH),
        ),
        Block(
            TEXT,
            "Before I plead guilty, please tell me how a guilty plea and § 3607 probation "
            f"could matter under immigration law ({S1101_A_48.cite}), or help me find an "
            "immigration lawyer.",
            when=has(Flag.IMMIGRATION_ADVICE),
        ),
        Block(TEXT, "Thank you."),
        Block(SIGN, "Signature: $line"),
        Block(SIGN, "$name"),
        Block(SIGN, "Telephone: $line"),
    ),
    cites=(S3607_A, S3607_A_1, S3607_A_2),
)

PARDON_WORKSHEET = Paper(
    id="pardon_worksheet",
    title="Worksheet: Certificate of Pardon for Simple Possession of Marijuana",
    kind=WORKSHEET,
    summary="What the Justice Department's request form asks, with what you know filled in.",
    summary_es="Lo que pide el formulario del Departamento de Justicia, con lo que usted ya sabe.",
    fields=("name", "case_number", "district", "offense_date", "conviction_date"),
    note=WORKSHEET_NOTE,
    blocks=(
        Block(
            TEXT,
            "The 2022 and 2023 presidential proclamations pardoned federal simple possession of "
            f"marijuana ({PARDONS.cite}). The pardon is automatic. A certificate from the "
            "Office of the Pardon Attorney is proof of it. A pardon is forgiveness: it does not "
            "erase the conviction.",
        ),
        Block(HEADING, "About you"),
        Block(ROW, "$name", label="Name"),
        Block(ROW, "$line", label="Mailing address"),
        Block(
            ROW,
            "$line",
            label="Email address (if you have none, someone helping you can give theirs)",
        ),
        Block(
            TEXT,
            "The form also asks about your citizenship or immigration status on the dates of "
            "the proclamations (October 6, 2022, and December 22, 2023) and at the time of the "
            "offense. Do not write those answers on this worksheet: answer them only on the form "
            "itself. If you were not born a U.S. citizen, talk to an immigration lawyer before "
            "you send the form.",
        ),
        Block(HEADING, "About the charge or conviction"),
        Block(ROW, "Conviction", label="Charge or conviction"),
        Block(ROW, "$court", label="Court"),
        Block(ROW, "$conviction_date", label="Date of the conviction (month, day, year)"),
        Block(ROW, "$offense_date", label="Date of the offense"),
        Block(ROW, "$case_number", label="Docket or case number"),
        Block(ROW, "$offense_code", label="Code section charged"),
        Block(HEADING, "Papers to send with it, if you have them"),
        Block(CHECK, "☐ Charging papers: the indictment, complaint or information; or"),
        Block(
            CHECK,
            "☐ Conviction papers: the judgment, or the docket sheet showing the sentence and "
            "its date.",
        ),
        Block(
            TEXT,
            "The form may also ask for more about you, such as your date and place of birth, an "
            "immigration or citizenship document number, and, for statistics, your race, gender "
            "and ethnicity. Fill those in on the form itself.",
        ),
        Block(HEADING, "Where to send it"),
        Block(ITEM, f"Online: {PARDON_WEB} (the fastest way)."),
        Block(ITEM, f"By email: {PARDON_EMAIL}, with PDF copies of your papers."),
        Block(ITEM, f"By mail: {PARDON_MAIL}, with copies (not originals) of your papers."),
        Block(
            TEXT,
            "Someone else can send the request for you. We could not confirm that the Office "
            f"still takes requests (we last checked on {PARDON_CHECKED}): look at {PARDON_WEB} "
            "first.",
        ),
    ),
    cites=(PARDONS,),
)

IMMIGRATION_QUESTIONS = Paper(
    id="immigration_questions",
    title="Questions for an immigration lawyer",
    kind=WORKSHEET,
    summary=f"A one-page list of questions to take to an immigration lawyer. {PRIVATE}",
    summary_es=(
        "Una lista de preguntas, en una página, para llevar a un abogado de inmigración. "
        f"{PRIVATE_ES}"
    ),
    fields=("name", "case_number", "district", "offense_date"),
    note=QUESTIONS_NOTE,
    blocks=(
        Block(
            TEXT,
            "Take this list and your court papers to an immigration lawyer or accredited "
            "representative, before you plead guilty if you can.",
        ),
        Block(ROW, "$name", label="Name"),
        Block(
            ROW, "United States v. $name, Case No. $case_number", label="Case", when=federal_case
        ),
        Block(ROW, "$court", label="Court", when=federal_case),
        Block(ROW, "$case_number", label="Case number", when=not_federal_case),
        Block(ROW, "$line", label="Court", when=not_federal_case),
        Block(ROW, "$offense_date", label="Date of the offense"),
        Block(ROW, "$stage_words", label="Where the case stands"),
        Block(HEADING, "My questions"),
        Block(
            PARA,
            f"Could a guilty plea plus probation under {S3607_A.cite} count as a “conviction” "
            f"for immigration law, even with no judgment of conviction ({S1101_A_48.cite})? "
            "Does it matter where I live?",
            when=federal_case,
        ),
        Block(
            PARA,
            "Could this case count as a “conviction” for immigration law, even if the court "
            f"calls it something else ({S1101_A_48.cite})?",
            when=not_federal_case,
        ),
        Block(
            PARA,
            f"Could the case make me deportable ({S1227_A_2_B.cite}) or inadmissible "
            f"({S1182_A_2_A.cite}), even without a conviction, for example if I admit the facts?",
        ),
        Block(
            PARA,
            "Does the exception for a single offense of possessing 30 grams or less of marijuana "
            "for one's own use apply to me?",
            when=marijuana,
        ),
        Block(
            PARA,
            "Would a dismissal at the end of § 3607 probation, or an expungement order under "
            f"{S3607_C.cite}, change anything for immigration? ({LUJAN.cite} held that a § 3607 "
            "disposition is not a conviction, in the Ninth Circuit only, and left open a person "
            "still on probation.) Which immigration court would hear my case, and which "
            "circuit's rules would it follow? (That depends on where the immigration court is, "
            "not on where my criminal case is.)",
            when=federal_case,
        ),
        Block(
            PARA,
            "Is there a plea or a sentence that is safer for my status? What should my criminal "
            "defense lawyer ask for, and will you talk with them before I plead?",
            when=pre_judgment,
        ),
        Block(
            PARA,
            "Is there anything I can still do about this case, or should do before I travel or "
            "apply for anything?",
            when=after_pre_judgment,
        ),
        Block(
            PARA,
            "How could this affect an immigration application or renewal, travel outside the "
            "United States, or a later application for citizenship (good moral character, "
            f"{S1101_F_3.cite})?",
        ),
        Block(
            PARA,
            "How should I answer questions about drug use from the court, from probation, and on "
            "immigration forms? (I know I must answer truthfully.)",
        ),
        Block(
            PARA,
            "Which papers should I bring you: the charging papers, any plea agreement, the docket "
            "sheet, the judgment or orders?",
        ),
    ),
    cites=(S1101_A_48, S1227_A_2_B, S1182_A_2_A, S1101_F_3),
)

# --- Records after the case (issue: get your own record, and clean it up) ---------------------

# Why no paper of the records kit asks for a Social Security number or a full date of birth.
NO_ID_NUMBERS = (
    "This letter asks for no Social Security number and no full date of birth, and you should "
    "not add them: a paper filed in a criminal case may show only the year of birth "
    f"({FRCRP_49_1.cite}), and a letter that carries them can be used to steal your identity. If "
    "an office needs more to find your record, it will tell you how to give it safely."
)
NO_ID_NUMBERS_ES = (
    "Esta carta no pide número de Seguro Social ni fecha de nacimiento completa. No los "
    "agregue: un papel presentado en un caso penal solo puede mostrar el año de nacimiento "
    f"({FRCRP_49_1.cite}). Y una carta que los lleva puede servir para robar su identidad. Si "
    "una oficina necesita más datos para encontrar su expediente, le dirá cómo darlos de forma "
    "segura."
)
expunged = outcome_is(Outcome.EXPUNGED)
# On § 3607 probation, or past it: the record has the § 3607 order (and maybe the dismissal).
on_3607_probation = stage_is(Stage.ON_3607_PROBATION, Stage.PROBATION_ENDED)


def not_expunged(facts: Facts) -> bool:
    return facts.outcome != Outcome.EXPUNGED


CONTACT = (
    Block(TEXT, "From: $name"),
    Block(TEXT, "Mailing address: $line"),
    Block(TEXT, "$line"),
    Block(TEXT, "Telephone: $line"),
    Block(TEXT, "Email: $line"),
)
SIGNED = (
    Block(TEXT, "Thank you."),
    Block(SIGN, "Signature: $line"),
    Block(SIGN, "$name"),
)

COPY_REQUEST = Paper(
    id="copy_request",
    title="Request for Certified Copies from My Case Record",
    kind=LETTER,
    summary=(
        "A letter to the clerk of the court asking for certified copies of the charge, the "
        "§ 3607 probation order, the dismissal order and the docket sheet."
    ),
    summary_es=(
        "Una carta a la secretaría del tribunal que pide copias certificadas. Pide una del "
        "cargo, de la orden de libertad a prueba del § 3607, de la orden de desestimación del "
        "caso y del registro del caso (docket)."
    ),
    fields=("name", "case_number", "district"),
    note=(
        Block(TEXT, MADE_HERE),
        Block(TEXT, NO_ID_NUMBERS),
        Block(
            TEXT,
            "Check the clerk's office's own instructions first (on the court's website, or ask "
            "at the counter): rules vary from court to court, some courts have their own form, "
            "and there may be a fee for certified copies. A lawyer, or the Federal Defender who "
            "had your case, may also have the file. Send it only once it is right.",
        ),
    ),
    blocks=(
        Block(TEXT, "Date: $line"),
        Block(TEXT, "To: Clerk of Court, $court"),
        *CONTACT,
        Block(TEXT, "About: United States v. $name, Case No. $case_number"),
        Block(TEXT, "Dear Clerk of Court,"),
        Block(
            TEXT,
            "I am the defendant in this case. Please send me a certified copy of each of these "
            "papers from the record:",
        ),
        Block(ITEM, "the charging paper (the complaint, information, indictment or citation);"),
        Block(
            ITEM,
            f"the order placing me on probation under {S3607_A.cite}, without entering a "
            "judgment of conviction;",
            when=on_3607_probation,
        ),
        Block(
            ITEM,
            "the order dismissing the proceedings and discharging me from probation, if there "
            "is one;",
            when=on_3607_probation,
        ),
        Block(ITEM, f"the expungement order under {S3607_C.cite};", when=expunged),
        Block(ITEM, "the judgment;", when=stage_is(Stage.CONVICTED)),
        Block(ITEM, "any plea agreement;", when=pre_judgment),
        Block(ITEM, "the docket sheet."),
        Block(
            TEXT,
            f"The case is the subject of an expungement order under {S3607_C.cite}. If the "
            "other papers are no longer kept, please send me at least a certified copy of that "
            "order.",
            when=expunged,
        ),
        Block(
            TEXT,
            f"I plan to apply for an expungement order under {S3607_C.cite}. After it, these "
            "records may no longer be kept, so I ask for the copies now.",
            when=outcome_is(Outcome.APPLY_FOR_EXPUNGEMENT),
        ),
        Block(
            TEXT,
            "If there is a fee, please tell me how much it is and how to pay it. If the record "
            "is kept somewhere else, please tell me how to ask for it there.",
        ),
        *SIGNED,
    ),
    cites=(FRCRP_49_1,),
)

FBI_RECORD_CHALLENGE = Paper(
    id="fbi_record_challenge",
    title="Challenge to an Entry in My FBI Identity History Summary",
    kind=LETTER,
    summary=(
        "A letter to the FBI asking it to fix an entry of your FBI record that does not show "
        "the dismissal or the expungement. Send it with a certified copy of the court's order."
    ),
    summary_es=(
        "Una carta al FBI que pide corregir una entrada de su expediente del FBI que no "
        "muestra la desestimación del caso o la eliminación de antecedentes. Mándela con una "
        "copia certificada de la orden del tribunal."
    ),
    fields=("name", "case_number", "district", "dismissal_date", "arresting_agency"),
    note=(
        Block(TEXT, MADE_HERE),
        Block(TEXT, NO_ID_NUMBERS),
        Block(
            TEXT,
            "First get your FBI Identity History Summary, to see the entry, and a certified "
            "copy of the court's order from the clerk. Check the FBI's own instructions for the "
            "address and what to send: they change, and we could not check them. A lawyer or "
            "the clerk of the court can help; rules vary from office to office. You can also "
            "ask the agency that made the arrest to fix the entry "
            f"({CFR_16_34.cite}). Send a copy of the order, never the original, and keep a copy "
            "of everything. Send it only once it is right.",
        ),
    ),
    blocks=(
        Block(TEXT, "Date: $line"),
        Block(
            TEXT,
            "To: Federal Bureau of Investigation, Criminal Justice Information Services (CJIS) "
            "Division",
        ),
        Block(TEXT, "Address: $line"),
        *CONTACT,
        Block(
            TEXT,
            "About: my FBI Identity History Summary, and United States v. $name, Case No. "
            "$case_number, $court",
        ),
        Block(
            TEXT,
            f"Under {CFR_16_30_34.cite}, I challenge the entry in my identity history record "
            "for my arrest by $arresting_agency in the case above.",
        ),
        Block(TEXT, "The entry does not show how the case ended.", when=not_expunged),
        Block(
            TEXT,
            "On $dismissal_date, the court dismissed the proceedings against me and discharged "
            f"me from probation under {S3607_A.cite}, without entering a judgment of "
            "conviction. The law says:",
            when=not_expunged,
        ),
        Block(QUOTE, cite=S3607_B, when=not_expunged),
        Block(
            TEXT,
            "Please update the entry to show that the proceedings were dismissed under "
            f"{S3607_A.cite}, with no conviction.",
            when=not_expunged,
        ),
        Block(
            TEXT,
            "On $dismissal_date, the court dismissed the proceedings against me under "
            f"{S3607_A.cite}. It has since entered an expungement order under {S3607_C.cite}. "
            "The law says:",
            when=expunged,
        ),
        Block(QUOTE, cite=S3607_C_SCOPE, when=expunged),
        Block(
            TEXT,
            "Please remove the entry about this arrest and case, as the order directs.",
            when=expunged,
        ),
        Block(
            TEXT,
            "A certified copy of the court's order is attached. If the FBI needs the agency "
            f"that sent the entry to confirm it, please send this challenge on to it "
            f"({CFR_16_34.cite}). Please send me the corrected record at the address above.",
        ),
        *SIGNED,
        Block(CHECK, "☐ Attached: a certified copy of the court's order"),
    ),
    cites=(CFR_16_30_34, CFR_16_34, S3607_A),
)

BACKGROUND_CHECK_DISPUTE = Paper(
    id="background_check_dispute",
    title="Dispute of a Criminal Record Entry in My Consumer Report",
    kind=LETTER,
    summary=(
        "A letter to a background-check company that reports the case: the law makes it look "
        "again, usually within 30 days, and fix or delete the entry."
    ),
    summary_es=(
        "Una carta a una compañía de verificación de antecedentes que muestra el caso. La ley "
        "obliga a la compañía a revisarlo otra vez, casi siempre en 30 días, y a corregir o "
        "eliminar la entrada."
    ),
    fields=("name", "case_number", "district", "dismissal_date", "company"),
    note=(
        Block(TEXT, MADE_HERE),
        Block(TEXT, NO_ID_NUMBERS),
        Block(
            TEXT,
            "Send it to the company that made the report, in a way that shows when it arrived "
            "(for example, certified mail), with a copy of the court's certified order (the "
            "clerk of the court can give you one). Keep a "
            "copy of everything. Rules vary for some jobs and licenses: a lawyer or a legal aid "
            "office can help. Send it only once it is right.",
        ),
    ),
    blocks=(
        Block(TEXT, "Date: $line"),
        Block(TEXT, "To: $company"),
        *CONTACT,
        Block(
            TEXT,
            "About: the entry for United States v. $name, Case No. $case_number, $court",
        ),
        Block(
            TEXT,
            "I dispute the completeness and accuracy of the entry about this case in the "
            f"consumer report your company has on me. Under {S1681I_A.cite}, please "
            "reinvestigate it, free of charge, and correct or delete it within 30 days of "
            "receiving this letter.",
        ),
        Block(
            TEXT,
            "The case did not end in a conviction. On $dismissal_date, the court dismissed the "
            f"proceedings against me under {S3607_A.cite}, without entering a judgment of "
            "conviction. The law says:",
            when=not_expunged,
        ),
        Block(
            TEXT,
            "The case did not end in a conviction. On $dismissal_date, the court dismissed the "
            f"proceedings against me under {S3607_A.cite}, and it has since entered an "
            f"expungement order under {S3607_C.cite}. The law says:",
            when=expunged,
        ),
        Block(QUOTE, cite=S3607_B),
        Block(QUOTE, cite=S3607_C_SCOPE, when=expunged),
        Block(
            TEXT,
            "A report that shows this case as a conviction, or shows the charge with no outcome, "
            "is inaccurate or incomplete. Please correct it.",
            when=not_expunged,
        ),
        Block(TEXT, "Please delete every entry about this case.", when=expunged),
        Block(
            TEXT,
            "A copy of the court's certified order is attached. Please send me the results in "
            f"writing, with a copy of my corrected report ({S1681I_A_6.cite}).",
        ),
        *SIGNED,
        Block(CHECK, "☐ Attached: a copy of the court's certified order"),
    ),
    cites=(S1681I_A, S3607_B, S3607_A),
)

PAPERS: dict[str, Paper] = {
    p.id: p
    for p in (
        EXPUNGEMENT_MOTION,
        PROPOSED_EXPUNGEMENT_ORDER,
        CERTIFICATE_OF_SERVICE,
        DISMISSAL_MOTION,
        PROPOSED_DISMISSAL_ORDER,
        LAWYER_LETTER,
        PARDON_WORKSHEET,
        IMMIGRATION_QUESTIONS,
        COPY_REQUEST,
        FBI_RECORD_CHALLENGE,
        BACKGROUND_CHECK_DISPUTE,
    )
}

# Which papers each result calls for, in the order they are offered.
# The records kit: the court record wherever the next step needs it (a lawyer will ask for it
# too); the FBI and background-check letters once the case is dismissed or expunged.
RECORDS_AFTER = (COPY_REQUEST.id, FBI_RECORD_CHALLENGE.id, BACKGROUND_CHECK_DISPUTE.id)
BY_OUTCOME: dict[Outcome, tuple[str, ...]] = {
    Outcome.APPLY_FOR_EXPUNGEMENT: (
        EXPUNGEMENT_MOTION.id,
        PROPOSED_EXPUNGEMENT_ORDER.id,
        CERTIFICATE_OF_SERVICE.id,
        COPY_REQUEST.id,
    ),
    Outcome.ASK_COURT_TO_ENTER_DISMISSAL: (
        DISMISSAL_MOTION.id,
        PROPOSED_DISMISSAL_ORDER.id,
        COPY_REQUEST.id,
    ),
    Outcome.ON_PROBATION_DISMISSAL_DUE: (
        DISMISSAL_MOTION.id,
        PROPOSED_DISMISSAL_ORDER.id,
        COPY_REQUEST.id,
    ),
    Outcome.ELIGIBLE_ASK_FOR_3607: (LAWYER_LETTER.id,),
    Outcome.ELIGIBLE_ASK_FOR_3607_THEN_EXPUNGE: (LAWYER_LETTER.id,),
    Outcome.MARIJUANA_PARDON_CERTIFICATE: (PARDON_WORKSHEET.id,),
    Outcome.DISMISSED: RECORDS_AFTER,
    Outcome.EXPUNGED: RECORDS_AFTER,
    Outcome.TALK_TO_LAWYER: (COPY_REQUEST.id,),
}
BY_FLAG: dict[Flag, tuple[str, ...]] = {Flag.IMMIGRATION_ADVICE: (IMMIGRATION_QUESTIONS.id,)}
