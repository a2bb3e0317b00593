"""The papers' words in Spanish, for the Spanish page (issue: a Spanish reader must understand
what they sign).

Court papers stay in English, the court's language. Each comes with a Spanish reading copy,
`ID_es`: the same paper in plain Spanish, paragraph for paragraph and under the same conditions,
marked as not for filing; the statute's own words stay in English, as the law is written. The
papers meant for the reader's own lawyer (the lawyer letter, the questions for an immigration
lawyer) are whole papers in Spanish: many Federal Defenders and immigration lawyers read it.

Every word follows tools/lang/spanish_glossary.py (tests/test_papers.py checks the words to avoid):
"libertad a prueba" for probation, "desestimación del caso" for dismissal, "orden de
eliminación de antecedentes" for an expungement order.
"""

from __future__ import annotations

from checker.codes import Flag, Outcome
from checker.rules import (
    S841_B_4,
    S1101_A_48,
    S3607_A,
    S3607_A_1,
    S3607_A_2,
    S3607_A_CONSENT,
    S3607_A_SHALL,
    S3607_B,
    S3607_C,
)

from . import texts as en
from .texts import (
    CHECK,
    HEADING,
    ITEM,
    LETTER,
    LUJAN,
    PARA,
    PRIVATE_ES,
    QUOTE,
    ROW,
    S1101_F_3,
    S1182_A_2_A,
    S1227_A_2_B,
    S3565_C,
    S3607_C_EFFECT,
    SIGN,
    TEXT,
    WORKSHEET,
    Block,
    Paper,
    after_plea_before_sentence,
    after_pre_judgment,
    before_plea,
    consent_undecided,
    consented,
    federal_case,
    has,
    marijuana,
    not_federal_case,
    outcome_is,
    possession_offense,
    pre_judgment,
    sharing_marijuana,
)

READING = "reading"  # a Spanish reading copy of a court paper: never filed

MADE_HERE_ES = en.MADE_HERE_ES
NOT_FOR_FILING = "No presente esta copia; es para que usted entienda lo que firma."
READING_NOTE = (
    Block(TEXT, NOT_FOR_FILING),
    Block(
        TEXT,
        "El papel que se presenta al tribunal es el que está en inglés. Esta copia dice lo mismo "
        "en español, párrafo por párrafo. Las palabras de la ley quedan en inglés, como están "
        "escritas. Si algo no está claro, pregunte a un abogado antes de firmar.",
    ),
    Block(TEXT, MADE_HERE_ES),
)
# A letter's reading copy: the letter goes in English (to a clerk, the FBI, a company).
LETTER_READING_NOTE = (
    Block(TEXT, NOT_FOR_FILING),
    Block(
        TEXT,
        "La carta que se manda es la que está en inglés. Esta copia dice lo mismo en español. Las "
        "palabras de la ley quedan en inglés, como están escritas. No mande esta copia. Si algo "
        "no está claro, pregunte a un abogado antes de firmar.",
    ),
    Block(TEXT, en.NO_ID_NUMBERS_ES),
    Block(TEXT, MADE_HERE_ES),
)
LETTER_NOTE_ES = (
    Block(TEXT, MADE_HERE_ES),
    Block(TEXT, PRIVATE_ES),
    Block(
        TEXT,
        "Revísela con su abogado, o con la secretaría del tribunal si todavía no tiene abogado. "
        "Las reglas cambian de un tribunal a otro, y su abogado conoce las del suyo. No es "
        "asesoría legal. Cambie lo que no esté bien, y désela a su abogado solo cuando esté bien.",
    ),
)
QUESTIONS_NOTE_ES = (
    Block(TEXT, MADE_HERE_ES),
    Block(TEXT, f"{PRIVATE_ES} {en.NO_STATUS_ES}"),
    Block(
        TEXT,
        "Es una lista de preguntas, no asesoría. Las reglas cambian de un tribunal a otro: solo "
        "un abogado que conoce su caso puede contestarlas. Revise los datos de arriba y lleve "
        "la lista solo cuando esté bien.",
    ),
)

# The top of a reading copy: the court and the case, as the English caption has them.
HEADER = (
    Block(ROW, "$court", label="Tribunal"),
    Block(
        ROW,
        "Estados Unidos de América contra $name, número de caso $case_number",
        label="Caso",
    ),
)
THE_LAW_SAYS = Block(TEXT, "La ley dice (en inglés, como está escrita):")
YOU_SIGN = Block(
    TEXT,
    "Al final del papel en inglés van la fecha, su firma, su nombre y sus datos de contacto "
    "(dirección, teléfono y correo electrónico).",
)
JUDGE_SIGNS = Block(
    TEXT,
    "Al final, el juez pone la fecha y su firma (United States District Judge o United States "
    "Magistrate Judge: juez de distrito o juez magistrado). Usted no firma esta orden.",
)
FOUND_GUILTY_844 = Block(
    PARA,
    "Me declararon culpable de un delito de la sección 404 de la Ley de Sustancias Controladas "
    "(21 U.S.C. § 844).",
    when=possession_offense,
)
FOUND_GUILTY_SHARING = Block(
    PARA,
    "Me declararon culpable de repartir una pequeña cantidad de marihuana sin cobrar. "
    f"{S841_B_4.cite} dice que esa persona recibe el mismo trato que en la sección 844 y en "
    "la sección 3607.",
    when=sharing_marijuana,
)


def served_es(what: str) -> tuple[Block, ...]:
    return (
        Block(
            TEXT,
            f"Certifico que entregué una copia de {what}. La entregué el día $line a la "
            "Fiscalía federal (United States Attorney's Office) del $district, por:",
        ),
        Block(CHECK, "☐ correo, a esta dirección: $line"),
        Block(CHECK, "☐ entrega en mano, en esta dirección: $line"),
        Block(CHECK, "☐ otra forma: $line"),
        Block(TEXT, "Al final van la fecha, su firma y su nombre ($name)."),
    )


def reading_copy(
    paper: Paper, title: str, blocks: tuple[Block, ...], header: tuple[Block, ...] = HEADER
) -> Paper:
    court = paper.kind == en.COURT
    return Paper(
        id=f"{paper.id}_es",
        title=f"Copia para leer: {title}",
        kind=READING,
        summary="A Spanish reading copy of the paper above. Do not "
        + ("file" if court else "send")
        + " it.",
        summary_es=(
            "El mismo papel en español, para leer antes de firmar. No presente esta copia."
            if court
            else "La misma carta en español, para leer antes de firmar. No mande esta copia."
        ),
        fields=paper.fields,
        note=READING_NOTE if court else LETTER_READING_NOTE,
        blocks=header + (Block(HEADING, f"{paper.title}"),) + blocks,
        cites=paper.cites,
        lang="es",
        reads=paper.id,
    )


EXPUNGEMENT_MOTION_ES = reading_copy(
    en.EXPUNGEMENT_MOTION,
    "moción para pedir la orden de eliminación de antecedentes (expungement)",
    (
        Block(
            PARA,
            "Yo, $name, soy el acusado en este caso. Pido una orden de eliminación de "
            f"antecedentes (expungement) según {S3607_C.cite}.",
        ),
        FOUND_GUILTY_844,
        FOUND_GUILTY_SHARING,
        Block(
            PARA,
            f"El tribunal me dio libertad a prueba según {S3607_A.cite}, sin dictar una "
            "sentencia condenatoria. El $dismissal_date, el tribunal dictó la desestimación del "
            "caso y terminó mi libertad a prueba. Por eso, mi caso tuvo una decisión según la "
            "subsección (a).",
        ),
        Block(
            PARA,
            "El delito fue el $offense_date. Ese día yo tenía $age_at_offense años (año de "
            "nacimiento: $year_of_birth): tenía menos de veintiún años en la fecha del delito. "
            "Puedo probar mi fecha de nacimiento como el tribunal lo pida.",
        ),
        THE_LAW_SAYS,
        Block(QUOTE, cite=S3607_C),
        Block(
            PARA,
            "Se cumplen las dos condiciones. Por eso el tribunal debe dictar la orden de "
            "eliminación de antecedentes.",
        ),
        Block(
            PARA,
            "Pido al tribunal que firme la orden propuesta que presento con esta moción. La "
            "orden manda eliminar de todos los registros oficiales todo lo que diga de mi "
            "arresto, del proceso penal y de su resultado. Solo quedan los registros no "
            f"públicos de {S3607_B.cite}. También pido que la secretaría del tribunal mande "
            "una copia de la orden al FBI, al Departamento de Justicia, a la Oficina de "
            "Libertad a Prueba de Estados Unidos (U.S. Probation Office) y a la agencia que me "
            "arrestó ($arresting_agency).",
        ),
        YOU_SIGN,
    ),
)

PROPOSED_EXPUNGEMENT_ORDER_ES = reading_copy(
    en.PROPOSED_EXPUNGEMENT_ORDER,
    "orden propuesta de eliminación de antecedentes (expungement)",
    (
        Block(
            TEXT,
            "El acusado, $name, pidió una orden de eliminación de antecedentes según "
            f"{S3607_C.cite}. El tribunal decide que el caso del acusado tuvo una decisión según "
            f"{S3607_A.cite}, y que el acusado tenía menos de veintiún años en la fecha del "
            "delito.",
        ),
        Block(
            TEXT,
            "SE ORDENA eliminar de todos los registros oficiales todo lo que diga del arresto "
            "del acusado por el delito, del proceso penal en su contra y de su resultado. Solo "
            f"quedan los registros no públicos de {S3607_B.cite}.",
        ),
        Block(
            TEXT,
            "Esta orden devuelve al acusado, ante la ley, a la situación que tenía antes del "
            f"arresto o del proceso penal. {S3607_C_EFFECT.cite}.",
        ),
        Block(
            TEXT,
            "La secretaría del tribunal mandará una copia de esta orden al FBI y al Departamento "
            "de Justicia. También a la Oficina de Libertad a Prueba de Estados Unidos y a la "
            "agencia que hizo el arresto ($arresting_agency).",
        ),
        JUDGE_SIGNS,
    ),
)

CERTIFICATE_OF_SERVICE_ES = reading_copy(
    en.CERTIFICATE_OF_SERVICE,
    "certificado de entrega (Certificate of Service)",
    served_es(
        "mi moción para pedir la orden de eliminación de antecedentes según "
        f"{S3607_C.cite} y de la orden propuesta"
    ),
)

DISMISSAL_MOTION_ES = reading_copy(
    en.DISMISSAL_MOTION,
    "moción para pedir la desestimación del caso y el fin de la libertad a prueba",
    (
        Block(
            PARA,
            "Yo, $name, soy el acusado en este caso. Pido al tribunal que dicte la desestimación "
            "del caso y termine mi libertad a prueba, sin dictar una sentencia condenatoria, "
            f"según {S3607_A.cite}.",
        ),
        Block(
            PARA,
            "Me declararon culpable de un delito descrito en la sección 404 de la Ley de "
            "Sustancias Controladas (21 U.S.C. § 844).",
            when=possession_offense,
        ),
        FOUND_GUILTY_SHARING,
        Block(
            PARA,
            "El $probation_start, el tribunal me dio libertad a prueba por $probation_months "
            f"meses según {S3607_A.cite}, sin dictar una sentencia condenatoria.",
        ),
        Block(
            PARA,
            "Mi libertad a prueba terminó el $probation_end. El registro del caso (docket) no "
            "muestra ninguna petición, orden de arresto ni citación por una violación de las "
            "condiciones, y nadie ha decidido que yo violé una condición "
            f"({S3607_A.cite}; {S3565_C.cite}).",
        ),
        THE_LAW_SAYS,
        Block(QUOTE, cite=S3607_A_SHALL),
        Block(
            PARA,
            "El registro del caso no muestra una orden con la desestimación del caso y el fin de "
            "mi libertad a prueba.",
            when=outcome_is(Outcome.ASK_COURT_TO_ENTER_DISMISSAL),
        ),
        Block(
            PARA,
            "Yo tenía menos de veintiún años en la fecha del delito. Después de la "
            "desestimación del caso, pienso pedir una orden de eliminación de antecedentes según "
            f"{S3607_C.cite}.",
            when=has(Flag.UNDER_21_EXPUNGEMENT),
        ),
        Block(
            PARA,
            "Pido al tribunal que firme la orden propuesta que presento con esta moción. La "
            "orden desestima el caso y termina mi libertad a prueba, sin sentencia "
            f"condenatoria, según {S3607_A.cite}.",
        ),
        YOU_SIGN,
        Block(HEADING, "Certificado de entrega (Certificate of Service)"),
        *served_es("esta moción y de la orden propuesta"),
    ),
)

PROPOSED_DISMISSAL_ORDER_ES = reading_copy(
    en.PROPOSED_DISMISSAL_ORDER,
    "orden propuesta de desestimación del caso",
    (
        Block(
            TEXT,
            "El $probation_start, el tribunal dio al acusado, $name, libertad a prueba por "
            f"$probation_months meses según {S3607_A.cite}, sin dictar una sentencia "
            "condenatoria. La libertad a prueba terminó, y el acusado no violó ninguna "
            "condición.",
        ),
        Block(
            TEXT,
            f"SE ORDENA, según {S3607_A.cite} y sin dictar una sentencia condenatoria, la "
            "desestimación del caso contra el acusado y el fin de su libertad a prueba.",
        ),
        Block(
            TEXT,
            "Esta decisión no cuenta como una condena para ninguna descalificación o "
            "incapacidad que la ley pone por una condena, ni para ningún otro fin. "
            f"{S3607_B.cite}.",
        ),
        JUDGE_SIGNS,
    ),
)

LAWYER_LETTER_ES = Paper(
    id="lawyer_letter_es",
    title="Por favor, pida al tribunal § 3607",
    kind=LETTER,
    summary="The same letter in Spanish, for a lawyer who reads Spanish.",
    summary_es=f"La misma carta en español, para un abogado que lee español. {PRIVATE_ES}",
    fields=en.LAWYER_LETTER.fields,
    note=LETTER_NOTE_ES,
    blocks=(
        Block(TEXT, "Fecha: $line"),
        Block(TEXT, "Para: $lawyer_name"),
        Block(TEXT, "De: $name"),
        Block(TEXT, "Sobre: Estados Unidos contra $name, caso número $case_number, $court"),
        Block(TEXT, "Estimado(a) $lawyer_name:"),
        Block(
            TEXT,
            f"Quisiera que el tribunal me dé libertad a prueba según {S3607_A.cite}, sin dictar "
            "una sentencia condenatoria. Por favor, pídalo por escrito antes de que yo me "
            "declare culpable, y otra vez antes de la sentencia.",
            when=before_plea,
        ),
        Block(
            TEXT,
            f"Quisiera que el tribunal me dé libertad a prueba según {S3607_A.cite}, sin dictar "
            "una sentencia condenatoria. Por favor, pídalo por escrito antes de la sentencia.",
            when=after_plea_before_sentence,
        ),
        Block(TEXT, "Hasta donde sé, cumplo las condiciones de la ley:"),
        Block(
            ITEM,
            "No tuve una condena por drogas, federal o estatal, antes de la fecha de este "
            f"delito, $offense_date ({S3607_A_1.cite}).",
        ),
        Block(ITEM, f"Nunca tuve antes una decisión según § 3607 ({S3607_A_2.cite})."),
        Block(
            ITEM,
            "Acepto la libertad a prueba de § 3607; la ley pide mi consentimiento "
            f"({S3607_A_CONSENT.cite}).",
            when=consented,
        ),
        Block(
            ITEM,
            "No he decidido si acepto la libertad a prueba de § 3607, que necesita mi "
            f"consentimiento ({S3607_A_CONSENT.cite}). Por favor, dígame qué significaría para "
            "mí.",
            when=consent_undecided,
        ),
        Block(
            TEXT,
            "Yo tenía menos de 21 años en la fecha del delito. Después de una desestimación del "
            "caso según § 3607, puedo pedir una orden de eliminación de antecedentes, y el "
            f"tribunal debe dictarla ({S3607_C.cite}). Por favor, téngalo en cuenta y dígame "
            "cuándo y cómo pedirla.",
            when=outcome_is(Outcome.ELIGIBLE_ASK_FOR_3607_THEN_EXPUNGE),
        ),
        Block(
            TEXT,
            "No sé con seguridad mi edad en la fecha del delito. Si tenía menos de 21 años, "
            "también podría pedir una orden de eliminación de antecedentes después de una "
            f"desestimación del caso ({S3607_C.cite}). Por favor, revíselo.",
            when=has(Flag.AGE_UNKNOWN_FOR_EXPUNGEMENT),
        ),
        Block(
            TEXT,
            "Yo tenía menos de 21 años en la fecha del delito, pero mi cargo es por una regla de "
            f"tierras federales. Y {S3607_C.cite} habla de un delito “under section 404”. Por "
            "favor, dígame si una orden de eliminación de antecedentes podría cubrirlo.",
            when=has(Flag.EXPUNGEMENT_UNSETTLED),
        ),
        Block(
            TEXT,
            "Tengo antecedentes por drogas de después de la fecha de este delito. No impiden "
            f"§ 3607, que solo mira las condenas de antes del delito ({S3607_A_1.cite}), pero el "
            "juez puede tenerlos en cuenta. Por favor, prepárese para eso.",
            when=has(Flag.LATER_RECORD_MAY_WEIGH),
        ),
        Block(
            TEXT,
            "Antes de declararme culpable, por favor dígame cómo una declaración de culpabilidad "
            "y la libertad a prueba del § 3607 podrían importar en la ley de inmigración "
            f"({S1101_A_48.cite}). O ayúdeme a encontrar un abogado de inmigración.",
            when=has(Flag.IMMIGRATION_ADVICE),
        ),
        Block(TEXT, "Gracias."),
        Block(SIGN, "Firma: $line"),
        Block(SIGN, "$name"),
        Block(SIGN, "Teléfono: $line"),
    ),
    cites=en.LAWYER_LETTER.cites,
    lang="es",
)

IMMIGRATION_QUESTIONS_ES = Paper(
    id="immigration_questions_es",
    title="Preguntas para un abogado de inmigración",
    kind=WORKSHEET,
    summary="The same questions in Spanish, for a lawyer who reads Spanish.",
    summary_es=(f"Las mismas preguntas en español, para un abogado que lee español. {PRIVATE_ES}"),
    fields=en.IMMIGRATION_QUESTIONS.fields,
    note=QUESTIONS_NOTE_ES,
    blocks=(
        Block(
            TEXT,
            "Lleve esta lista y sus papeles del tribunal a un abogado de inmigración o a un "
            "representante acreditado, antes de declararse culpable si puede.",
        ),
        Block(ROW, "$name", label="Nombre"),
        Block(
            ROW,
            "Estados Unidos contra $name, caso número $case_number",
            label="Caso",
            when=federal_case,
        ),
        Block(ROW, "$court", label="Tribunal", when=federal_case),
        Block(ROW, "$case_number", label="Número de caso", when=not_federal_case),
        Block(ROW, "$line", label="Tribunal", when=not_federal_case),
        Block(ROW, "$offense_date", label="Fecha del delito"),
        Block(ROW, "$stage_words_es", label="Cómo está el caso"),
        Block(HEADING, "Mis preguntas"),
        Block(
            PARA,
            "¿Podría una declaración de culpabilidad con libertad a prueba según "
            f"{S3607_A.cite} contar como condena (conviction) en la ley de inmigración, aunque "
            f"no haya sentencia condenatoria ({S1101_A_48.cite})? ¿Importa dónde vivo?",
            when=federal_case,
        ),
        Block(
            PARA,
            "¿Podría este caso contar como condena (conviction) en la ley de inmigración, "
            f"aunque el tribunal lo llame de otra forma ({S1101_A_48.cite})?",
            when=not_federal_case,
        ),
        Block(
            PARA,
            f"¿Podría el caso hacer que me deporten ({S1227_A_2_B.cite}) o que no me dejen "
            f"entrar ({S1182_A_2_A.cite}), aun sin condena, por ejemplo si admito los hechos?",
        ),
        Block(
            PARA,
            "¿Me sirve la excepción para un solo delito de posesión de 30 gramos o menos de "
            "marihuana para uso propio?",
            when=marijuana,
        ),
        Block(
            PARA,
            "¿Cambiaría algo para inmigración la desestimación del caso al final de la libertad a "
            "prueba, o una orden de eliminación de antecedentes "
            f"({S3607_C.cite})? (La decisión {LUJAN.cite} dice que una decisión según el § 3607 "
            "no es una condena, solo en el Noveno Circuito. No decidió qué pasa con una persona "
            "que sigue en libertad a prueba.) ¿Qué tribunal de inmigración vería mi caso, y las "
            "reglas de qué circuito usaría? (Depende de dónde está ese tribunal, no de dónde "
            "está mi caso penal.)",
            when=federal_case,
        ),
        Block(
            PARA,
            "¿Hay una declaración de culpabilidad o una sentencia más segura para mi situación? "
            "¿Qué debe pedir mi abogado defensor, y hablará usted con él antes de que me declare "
            "culpable?",
            when=pre_judgment,
        ),
        Block(
            PARA,
            "¿Puedo hacer algo todavía sobre este caso, o debo hacer algo antes de viajar o de "
            "pedir cualquier trámite?",
            when=after_pre_judgment,
        ),
        Block(
            PARA,
            "¿Cómo podría afectar esto una solicitud o renovación de inmigración, un viaje fuera "
            "de Estados Unidos, o una futura solicitud de ciudadanía (buena conducta moral, "
            f"{S1101_F_3.cite})?",
        ),
        Block(
            PARA,
            "¿Cómo debo contestar preguntas sobre uso de drogas del tribunal, de la oficina de "
            "libertad a prueba y en formularios de inmigración? (Sé que debo decir la verdad.)",
        ),
        Block(
            PARA,
            "¿Qué papeles debo traerle: los papeles del cargo, cualquier acuerdo de "
            "culpabilidad, el registro del caso (docket), la sentencia u órdenes?",
        ),
    ),
    cites=en.IMMIGRATION_QUESTIONS.cites,
    lang="es",
)

FROM_ES = (
    Block(TEXT, "De: $name"),
    Block(TEXT, "Dirección postal: $line"),
    Block(TEXT, "$line"),
    Block(TEXT, "Teléfono: $line"),
    Block(TEXT, "Correo electrónico: $line"),
)
SIGNED_ES = (
    Block(TEXT, "Gracias."),
    Block(TEXT, "Al final van su firma y su nombre ($name)."),
)

COPY_REQUEST_ES = reading_copy(
    en.COPY_REQUEST,
    "carta para pedir copias certificadas de su caso",
    (
        Block(TEXT, "Fecha: $line"),
        Block(TEXT, "Para: la secretaría del tribunal (Clerk of Court), $court"),
        *FROM_ES,
        Block(TEXT, "Sobre: Estados Unidos contra $name, caso número $case_number"),
        Block(
            TEXT,
            "Soy el acusado en este caso. Por favor, mándeme una copia certificada de cada uno "
            "de estos papeles del expediente:",
        ),
        Block(ITEM, "el papel del cargo (la denuncia, la acusación o la citación);"),
        Block(
            ITEM,
            f"la orden que me dio libertad a prueba según {S3607_A.cite}, sin dictar una "
            "sentencia condenatoria;",
            when=en.on_3607_probation,
        ),
        Block(
            ITEM,
            "la orden de desestimación del caso y fin de la libertad a prueba, si la hay;",
            when=en.on_3607_probation,
        ),
        Block(
            ITEM,
            f"la orden de eliminación de antecedentes según {S3607_C.cite};",
            when=en.expunged,
        ),
        Block(ITEM, "la sentencia (judgment);", when=en.stage_is(en.Stage.CONVICTED)),
        Block(ITEM, "cualquier acuerdo de culpabilidad;", when=pre_judgment),
        Block(ITEM, "el registro del caso (docket)."),
        Block(
            TEXT,
            f"El caso tiene una orden de eliminación de antecedentes según {S3607_C.cite}. Si "
            "los otros papeles ya no se guardan, por favor mándeme al menos una copia "
            "certificada de esa orden.",
            when=en.expunged,
        ),
        Block(
            TEXT,
            "Pienso pedir una orden de eliminación de antecedentes según "
            f"{S3607_C.cite}. Después, estos papeles quizá ya no se guarden, así que pido las "
            "copias ahora.",
            when=outcome_is(Outcome.APPLY_FOR_EXPUNGEMENT),
        ),
        Block(
            TEXT,
            "Si hay que pagar, por favor dígame cuánto y cómo pagar. Si el expediente se guarda "
            "en otro lugar, por favor dígame cómo pedirlo allí.",
        ),
        *SIGNED_ES,
    ),
    header=(),
)

FBI_RECORD_CHALLENGE_ES = reading_copy(
    en.FBI_RECORD_CHALLENGE,
    "carta al FBI para corregir su expediente (Identity History Summary)",
    (
        Block(TEXT, "Fecha: $line"),
        Block(
            TEXT,
            "Para: la División de Servicios de Información de Justicia Penal (CJIS) del FBI",
        ),
        Block(TEXT, "Dirección: $line"),
        *FROM_ES,
        Block(
            TEXT,
            "Sobre: mi expediente del FBI (Identity History Summary), y Estados Unidos contra "
            "$name, caso número $case_number, $court",
        ),
        Block(
            TEXT,
            f"Según {en.CFR_16_30_34.cite}, impugno la entrada de mi expediente sobre mi "
            "arresto por $arresting_agency en este caso.",
        ),
        Block(TEXT, "La entrada no muestra cómo terminó el caso.", when=en.not_expunged),
        Block(
            TEXT,
            "El $dismissal_date, el tribunal dictó la desestimación del caso y terminó mi "
            f"libertad a prueba según {S3607_A.cite}, sin dictar una sentencia condenatoria. "
            "La ley dice (en inglés, como está escrita):",
            when=en.not_expunged,
        ),
        Block(QUOTE, cite=S3607_B, when=en.not_expunged),
        Block(
            TEXT,
            "Por favor, corrijan la entrada para que muestre la desestimación del caso según "
            f"{S3607_A.cite}, sin condena.",
            when=en.not_expunged,
        ),
        Block(
            TEXT,
            "El $dismissal_date, el tribunal dictó la desestimación del caso según "
            f"{S3607_A.cite}. Después dictó una orden de eliminación de antecedentes según "
            f"{S3607_C.cite}. La ley dice (en inglés, como está escrita):",
            when=en.expunged,
        ),
        Block(QUOTE, cite=en.S3607_C_SCOPE, when=en.expunged),
        Block(
            TEXT,
            "Por favor, quiten la entrada sobre este arresto y este caso, como manda la orden.",
            when=en.expunged,
        ),
        Block(
            TEXT,
            "Adjunto una copia certificada de la orden del tribunal. Si el FBI necesita que la "
            "agencia que mandó la entrada la confirme, por favor mándenle esta impugnación "
            f"({en.CFR_16_34.cite}). Por favor, mándenme el expediente corregido a mi dirección.",
        ),
        *SIGNED_ES,
    ),
    header=(),
)

BACKGROUND_CHECK_DISPUTE_ES = reading_copy(
    en.BACKGROUND_CHECK_DISPUTE,
    "carta para disputar una entrada en un informe de antecedentes",
    (
        Block(TEXT, "Fecha: $line"),
        Block(TEXT, "Para: $company"),
        *FROM_ES,
        Block(
            TEXT,
            "Sobre: la entrada de Estados Unidos contra $name, caso número $case_number, $court",
        ),
        Block(
            TEXT,
            "Disputo que la entrada sobre este caso, en el informe que su compañía tiene sobre "
            f"mí, esté completa y sea correcta. Según {en.S1681I_A.cite}, por favor revísenla "
            "otra vez, sin cobrar, y corríjanla o elimínenla dentro de 30 días después de "
            "recibir esta carta.",
        ),
        Block(
            TEXT,
            "El caso no terminó en una condena. El $dismissal_date, el tribunal dictó la "
            f"desestimación del caso según {S3607_A.cite}, sin dictar una sentencia "
            "condenatoria. La ley dice (en inglés, como está escrita):",
            when=en.not_expunged,
        ),
        Block(
            TEXT,
            "El caso no terminó en una condena. El $dismissal_date, el tribunal dictó la "
            f"desestimación del caso según {S3607_A.cite}, y después dictó una orden de "
            f"eliminación de antecedentes según {S3607_C.cite}. La ley dice (en inglés, como "
            "está escrita):",
            when=en.expunged,
        ),
        Block(QUOTE, cite=S3607_B),
        Block(QUOTE, cite=en.S3607_C_SCOPE, when=en.expunged),
        Block(
            TEXT,
            "Un informe que muestra este caso como una condena, o que muestra el cargo sin su "
            "resultado, no es correcto o no está completo. Por favor, corríjanlo.",
            when=en.not_expunged,
        ),
        Block(TEXT, "Por favor, eliminen toda entrada sobre este caso.", when=en.expunged),
        Block(
            TEXT,
            "Adjunto una copia de la orden certificada del tribunal. Por favor, mándenme el "
            "resultado por escrito, con una copia de mi informe corregido "
            f"({en.S1681I_A_6.cite}).",
        ),
        *SIGNED_ES,
    ),
    header=(),
)

SPANISH = (
    EXPUNGEMENT_MOTION_ES,
    PROPOSED_EXPUNGEMENT_ORDER_ES,
    CERTIFICATE_OF_SERVICE_ES,
    DISMISSAL_MOTION_ES,
    PROPOSED_DISMISSAL_ORDER_ES,
    LAWYER_LETTER_ES,
    IMMIGRATION_QUESTIONS_ES,
    COPY_REQUEST_ES,
    FBI_RECORD_CHALLENGE_ES,
    BACKGROUND_CHECK_DISPUTE_ES,
)
