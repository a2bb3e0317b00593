"""Spanish catalog: each English text of the checker, word for word as the code writes it, and
its Spanish. Words follow the project's Spanish glossary (tools/lang/spanish_glossary.py).
Usted form; short sentences; statute quotes stay in English.

Conventions, so that every text reads the same way:
- "§ 3607" takes the article where Spanish needs one ("el § 3607"); citations are as in English.
- "I'm not sure" is "No sé con seguridad" and "I don't know" is "No lo sé" (neither says the
  reader's gender); "you were not sure" is "usted no sabía con seguridad".
- "date of the offense" is "fecha del delito"; "under 21" is "menos de 21 años".
- "order of discharge and dismissal" is "orden de terminación y desestimación", with the English
  name the reader will see on the docket.
- Dates are written as i18n.day_text writes them: "22 de diciembre de 2023".
"""

from __future__ import annotations

# Whom to ask, named the same way everywhere (outcomes.DEFENDER, PARDON_ATTORNEY,
# IMMIGRATION_LAWYER); the texts that end with them reuse these words.
_DEFENDER = (
    "Quién le puede ayudar: su abogado, o un Defensor Público Federal o un abogado de oficio "
    "(CJA). Son gratis si usted no puede pagar un abogado. Pregunte en la secretaría del tribunal "
    "cómo encontrarlos."
)
_PARDON_ATTORNEY = (
    "La Oficina del Procurador de Indultos (Office of the Pardon Attorney) del Departamento de "
    "Justicia de los Estados Unidos: justice.gov/pardon, USPardon.Attorney@usdoj.gov, "
    "950 Pennsylvania Avenue NW, Washington, DC 20530."
)
_IMMIGRATION_LAWYER = (
    "un abogado de inmigración o un representante acreditado, antes de declararse culpable."
)
_NOT_SURE = "No sé con seguridad"
_CONVICTED = "El juez me condenó y me dio una pena (sentencia condenatoria), sin usar el § 3607"

CATALOG: dict[str, str] = {
    # --- outcomes.py: whom to ask ---------------------------------------------------------------
    "Who can help: your lawyer, or a Federal Defender or CJA panel lawyer (free if you cannot "
    "afford one). Ask the clerk of the court how to reach them.": _DEFENDER,
    "The U.S. Department of Justice Office of the Pardon Attorney: justice.gov/pardon, "
    "USPardon.Attorney@usdoj.gov, 950 Pennsylvania Avenue NW, Washington, DC 20530.": (
        _PARDON_ATTORNEY
    ),
    "An immigration lawyer or accredited representative, before you plead guilty.": (
        _IMMIGRATION_LAWYER[0].upper() + _IMMIGRATION_LAWYER[1:]
    ),
    # --- outcomes.py: OUTCOMES ------------------------------------------------------------------
    "Some answers need another look": "Revise algunas respuestas",
    "One or more answers could not be used. Each problem is listed with the question it "
    "belongs to.": "No pudimos usar una o más respuestas. Cada problema aparece junto a su "
    "pregunta.",
    "Fix the answers listed, then continue.": "Corrija las respuestas de la lista y después siga.",
    "A few more questions": "Faltan unas preguntas más",
    "The result depends on questions you have not answered yet.": (
        "El resultado depende de preguntas que usted todavía no ha contestado."
    ),
    "Answer the questions listed. You can choose “I'm not sure” where it is offered.": (
        f"Conteste las preguntas de la lista. Puede elegir “{_NOT_SURE}” donde aparece."
    ),
    "§ 3607 is only for federal cases": "El § 3607 es solo para casos federales",
    "Your case is in a state court. § 3607 is a federal law for federal courts, so it cannot "
    "clear a state case. Many states have their own first-offender or record-clearing laws.": (
        "Su caso está en un tribunal estatal. El § 3607 es una ley federal para tribunales "
        "federales. Por eso no puede limpiar un caso estatal. Muchos estados tienen sus propias "
        "leyes para quien comete un primer delito, o para limpiar los antecedentes penales."
    ),
    "Look up your state's record-clearing laws. The Collateral Consequences Resource Center has "
    "a profile for every state.": (
        "Busque las leyes de su estado para limpiar los antecedentes penales. El Collateral "
        "Consequences Resource Center tiene un resumen de cada estado."
    ),
    "Ask a lawyer or legal aid office in your state.": (
        "Pregunte a un abogado o a una oficina de ayuda legal de su estado."
    ),
    "D.C. Superior Court has its own law": "El Tribunal Superior de D.C. tiene su propia ley",
    "Cases in D.C. Superior Court are under the D.C. Code, not § 3607. The D.C. Code has a "
    "similar program for drug possession (D.C. Code § 48-904.01(e)).": (
        "Los casos del Tribunal Superior de D.C. siguen el Código de D.C. (D.C. Code), no el "
        "§ 3607. El Código de D.C. tiene un programa parecido para la posesión de drogas "
        "(D.C. Code § 48-904.01(e))."
    ),
    "Ask your lawyer or the Public Defender Service about D.C. Code § 48-904.01(e).": (
        "Pregunte a su abogado o al Public Defender Service (la defensoría pública de D.C.) por "
        "el D.C. Code § 48-904.01(e)."
    ),
    "If it was marijuana possession, the 2022 and 2023 pardons also covered D.C. Code "
    "possession, for people who were citizens or permanent residents on the pardon's date. See "
    "the page on pardons.": (
        "Si fue posesión de marihuana, los indultos de 2022 y 2023 también cubrieron la posesión "
        "según el Código de D.C. Cubrieron a quienes eran ciudadanos o residentes permanentes en la "
        "fecha del indulto. Vea la página sobre los indultos."
    ),
    "§ 3607 does not apply to courts-martial": (
        "El § 3607 no se aplica en los tribunales militares (courts-martial)"
    ),
    "We found no law or case that lets a court-martial use § 3607. The marijuana pardons of "
    "2022 and 2023 also did not cover military drug offenses.": (
        "No encontramos ninguna ley ni ningún caso que permita a un tribunal militar usar el "
        "§ 3607. Los indultos por marihuana de 2022 y 2023 tampoco cubrieron los delitos de drogas "
        "de la ley militar."
    ),
    "Ask a military defense lawyer (for example, your service's defense counsel office).": (
        "Pregunte a un abogado defensor militar (por ejemplo, a la oficina de defensa de su rama "
        "de las fuerzas armadas)."
    ),
    "Federal juvenile cases follow different rules": (
        "Los casos federales de menores siguen otras reglas"
    ),
    "A federal juvenile delinquency case is not a § 3607 case. Its records are kept "
    "confidential under 18 U.S.C. § 5038, but no federal law orders them erased.": (
        "Un caso federal de delincuencia juvenil no es un caso del § 3607. Sus expedientes son "
        "confidenciales según 18 U.S.C. § 5038. Pero ninguna ley federal ordena eliminarlos."
    ),
    "Ask the lawyer who handled the juvenile case, or a Federal Defender, what the records show "
    "and who can see them.": (
        "Pregunte al abogado que llevó el caso de menores, o a un Defensor Público Federal, qué "
        "dicen los expedientes y quién puede verlos."
    ),
    "Talk to a lawyer before you decide": "Hable con un abogado antes de decidir",
    "Your answers touch a point the law has not settled, or one we cannot check from here. The "
    "reasons below say which. A lawyer can look at your papers and tell you where you stand.": (
        "Sus respuestas tocan un punto que la ley no ha resuelto, o uno que no podemos revisar "
        "desde aquí. Las razones de abajo dicen cuál. Un abogado puede ver sus papeles y decirle "
        "cómo está su caso."
    ),
    "Bring your papers: the charge, the docket sheet, and any order or judgment.": (
        "Lleve sus papeles: el cargo, el registro del caso (docket) y cualquier orden o sentencia."
    ),
    "A civil penalty is not a § 3607 case": "Una sanción civil no es un caso del § 3607",
    "A civil penalty under 21 U.S.C. § 844a is not a criminal case, so § 3607 does not apply. "
    "That law has its own way out: after 3 years, the Attorney General must dismiss the "
    "proceedings if you apply and meet its conditions (§ 844a(j)).": (
        "Una sanción civil según 21 U.S.C. § 844a no es un caso penal. Por eso el § 3607 no se "
        "aplica. Esa ley tiene su propia salida: después de 3 años, el Fiscal General debe "
        "desestimar el caso (cerrarlo) si usted lo pide y cumple sus condiciones (§ 844a(j))."
    ),
    "Check the conditions in 21 U.S.C. § 844a(j): no earlier civil penalty, the penalty paid, "
    "conditions met, no drug conviction, and a clean drug test.": (
        "Revise las condiciones de 21 U.S.C. § 844a(j): ninguna sanción civil anterior, la "
        "sanción pagada, las condiciones cumplidas, ninguna condena por drogas y una prueba de "
        "drogas negativa."
    ),
    "Your conviction looks covered by the marijuana pardons": (
        "Parece que los indultos por marihuana cubren su condena"
    ),
    "Apply for a certificate of pardon. The U.S. Department of Justice Office of the Pardon "
    "Attorney: justice.gov/pardon, USPardon.Attorney@usdoj.gov, 950 Pennsylvania Avenue NW, "
    "Washington, DC 20530.": "Pida un certificado de indulto. " + _PARDON_ATTORNEY,
    "Bring your charging papers or judgment if you have them.": (
        "Tenga listos los papeles de la acusación o la sentencia, si los tiene."
    ),
    "We could not check whether applications are still open in 2026: look at justice.gov/pardon.": (
        "No pudimos confirmar si todavía se aceptan solicitudes en 2026: vea justice.gov/pardon."
    ),
    "The marijuana pardons may already cover this": (
        "Puede que los indultos por marihuana ya cubran esto"
    ),
    "Show your lawyer the pardon proclamations before you plead guilty. Who can help: your "
    "lawyer, or a Federal Defender or CJA panel lawyer (free if you cannot afford one). Ask the "
    "clerk of the court how to reach them.": (
        "Muestre las proclamaciones de indulto a su abogado antes de declararse culpable. "
        + _DEFENDER
    ),
    "You can also ask the Office of the Pardon Attorney about a certificate. The U.S. "
    "Department of Justice Office of the Pardon Attorney: justice.gov/pardon, "
    "USPardon.Attorney@usdoj.gov, 950 Pennsylvania Avenue NW, Washington, DC 20530.": (
        "También puede preguntar por un certificado a la Oficina del Procurador de Indultos. "
        + _PARDON_ATTORNEY
    ),
    "A judgment of conviction is already entered": "Ya se dictó una sentencia condenatoria",
    "§ 3607 works before a judgment of conviction. Once the judgment is entered, it is final, "
    "and we found no case letting a court turn it into a § 3607 dismissal. Other paths may still "
    "help.": (
        "El § 3607 funciona antes de una sentencia condenatoria. Una vez dictada, la sentencia es "
        "definitiva. No encontramos ningún caso que deje a un tribunal cambiarla por una "
        "desestimación del § 3607. Otros caminos aún pueden ayudar."
    ),
    "Read about presidential pardons. The U.S. Department of Justice Office of the Pardon "
    "Attorney: justice.gov/pardon, USPardon.Attorney@usdoj.gov, 950 Pennsylvania Avenue NW, "
    "Washington, DC 20530.": "Lea sobre los indultos del presidente. " + _PARDON_ATTORNEY,
    "This charge is not one § 3607 covers": "El § 3607 no cubre este cargo",
    "§ 3607 covers simple possession under 21 U.S.C. § 844, and giving away a small amount of "
    "marijuana for free. It does not cover possession with intent to distribute, selling, "
    "making drugs, or getting drugs by fraud.": (
        "El § 3607 cubre la posesión simple según 21 U.S.C. § 844, y regalar una pequeña cantidad "
        "de marihuana. No cubre la posesión con intención de distribuir, la venta, la fabricación "
        "de drogas ni obtener drogas por fraude."
    ),
    "Ask your lawyer whether the case could end with a plea to simple possession. Only then "
    "could § 3607 apply.": (
        "Pregunte a su abogado si el caso podría terminar con una declaración de culpabilidad por "
        "posesión simple. Solo así se podría aplicar el § 3607."
    ),
    "An earlier drug conviction stops § 3607": "Una condena anterior por drogas impide el § 3607",
    "§ 3607 is not open to someone convicted of a federal or state drug crime before the date of "
    "this offense.": (
        "El § 3607 no es para quien recibió una condena por un delito de drogas, federal o "
        "estatal, antes de la fecha de este delito."
    ),
    "Check the dates with your lawyer: a conviction entered after this offense does not count.": (
        "Revise las fechas con su abogado: una condena dictada después de este delito no cuenta."
    ),
    "Ask about other options, like a plea deal or a pardon later.": (
        "Pregunte por otras opciones, como un acuerdo con la fiscalía para declararse culpable, o "
        "un indulto más adelante."
    ),
    "§ 3607 can be used only once": "El § 3607 solo se puede usar una vez",
    "You said you had § 3607 before. The law allows it only once, and the Department of Justice "
    "keeps a private record so courts can check.": (
        "Usted dijo que ya tuvo el § 3607 antes. La ley lo permite solo una vez. El Departamento "
        "de Justicia guarda un registro privado para que los tribunales puedan revisarlo."
    ),
    "Ask your lawyer about other options for this case.": (
        "Pregunte a su abogado por otras opciones para este caso."
    ),
    "§ 3607 needs your agreement": "El § 3607 necesita que usted acepte",
    "The judge can use § 3607 only if you agree. If you do not agree, the case goes on in the "
    "usual way, and a conviction may be entered.": (
        "El juez puede usar el § 3607 solo si usted acepta. Si no acepta, el caso sigue de la "
        "forma normal, y se puede dictar una condena."
    ),
    "Talk it through with your lawyer before you decide: § 3607 avoids a conviction.": (
        "Háblelo con su abogado antes de decidir: el § 3607 evita una condena."
    ),
    "You may be able to get § 3607": "Es posible que usted pueda obtener el § 3607",
    "Your answers fit what § 3607 asks for. The judge decides whether to use it: the law says "
    "the judge “may”. If you get it and finish probation with no violation, the judge must "
    "dismiss the case. You would not have a conviction, though immigration law may still count "
    "the plea.": (
        "Sus respuestas cumplen lo que pide el § 3607. El juez decide si lo usa: la ley dice que "
        "el juez “puede” (“may”). Si usted lo obtiene y termina la libertad a prueba sin ninguna "
        "violación de las condiciones, el juez debe desestimar el caso (cerrarlo sin condena). "
        "Usted no tendría una condena, aunque la ley de inmigración todavía puede contar la declaración de "
        "culpabilidad."
    ),
    "Ask your lawyer to request § 3607 in writing, before the plea and before sentencing.": (
        "Pida a su abogado que solicite el § 3607 por escrito, antes de la declaración de "
        "culpabilidad y antes de la sentencia."
    ),
    "Follow every probation rule: no drugs, no guns, and take every drug test.": (
        "Cumpla cada regla de la libertad a prueba: nada de drogas, nada de armas, y hágase cada "
        "prueba de drogas."
    ),
    "You may be able to get § 3607, and then an expungement": (
        "Es posible que pueda obtener el § 3607, y después una orden de eliminación de "
        "antecedentes (expungement)"
    ),
    "Your answers fit what § 3607 asks for, and you were under 21 on the date of the offense. "
    "The judge decides whether to use § 3607. If you get it, the case is dismissed after a clean "
    "probation. Then you can apply for an expungement order, and the court must grant it.": (
        "Sus respuestas cumplen lo que pide el § 3607, y usted tenía menos de 21 años en la fecha "
        "del delito. El juez decide si usa el § 3607. Si usted lo obtiene, el caso se desestima (se "
        "cierra sin condena) después de una libertad a prueba sin violaciones de las condiciones. Después puede pedir "
        "una orden de eliminación de antecedentes (expungement), y el tribunal debe darla."
    ),
    "After the dismissal, apply to the same court for an expungement order under § 3607(c).": (
        "Después de la desestimación del caso, pida al mismo tribunal una orden de eliminación de "
        "antecedentes (expungement) según el § 3607(c)."
    ),
    "This kind of violation is very serious": (
        "Este tipo de violación de las condiciones es muy grave"
    ),
    "Talk to your lawyer now, before any hearing. If you used drugs, tell your lawyer at once "
    "and ask about a treatment program.": (
        "Hable con su abogado ahora, antes de cualquier audiencia. Si usó drogas, dígaselo a su "
        "abogado enseguida y pregunte por un programa de tratamiento."
    ),
    "A violation puts the dismissal at risk": (
        "Una violación de las condiciones pone en riesgo la desestimación del caso"
    ),
    "After a violation the judge can keep you on probation, change the rules, or revoke it and "
    "enter a conviction (18 U.S.C. § 3565(a)). The dismissal is no longer automatic.": (
        "Después de una violación de las condiciones, el juez puede mantener su libertad a "
        "prueba, cambiar las reglas, o revocarla y dictar una condena (18 U.S.C. § 3565(a)). El "
        "juez ya no tiene que desestimar su caso (cerrarlo sin condena)."
    ),
    "Talk to your lawyer now, before any hearing.": (
        "Hable con su abogado ahora, antes de cualquier audiencia."
    ),
    "Keep going: the dismissal is owed at the end": (
        "Siga adelante: al final tiene derecho a la desestimación del caso"
    ),
    "If you finish the probation term with no violation, the judge must dismiss the case. The "
    "judge may also dismiss it early. You would not have a conviction, though immigration law "
    "may still count the plea.": (
        "Si usted termina el plazo de la libertad a prueba sin ninguna violación de las "
        "condiciones, el juez debe cerrar su caso sin condena (desestimarlo). También lo puede "
        "hacer antes. "
        "Usted no tendría una condena, aunque la ley de inmigración todavía puede contar la "
        "declaración de culpabilidad."
    ),
    "At the end, check the docket for an order of discharge and dismissal.": (
        "Al final, busque en el registro del caso (docket) una orden de terminación y "
        "desestimación (order of discharge and dismissal)."
    ),
    "Ask the court to enter the dismissal": "Pida al tribunal que dicte la desestimación del caso",
    "Your probation ended with no violation, so the law says the judge must dismiss the case. If "
    "the docket does not show the order, a short request to the court can fix that.": (
        "Su libertad a prueba terminó sin violaciones de las condiciones. Por eso la ley dice que "
        "el juez debe desestimar el caso, es decir, cerrarlo sin condena. Si el registro del caso "
        "(docket) no muestra la orden, "
        "una solicitud breve al tribunal puede arreglarlo."
    ),
    "Get the docket sheet from the clerk of the court or PACER.": (
        "Pida el registro del caso (docket) en la secretaría del tribunal, o búsquelo en PACER."
    ),
    "Ask your lawyer to file a short motion asking the court to enter the order of discharge "
    "and dismissal.": (
        "Pida a su abogado que presente una moción breve para que el tribunal dicte la orden de "
        "terminación y desestimación (order of discharge and dismissal)."
    ),
    "Your case was dismissed under § 3607": "El tribunal desestimó su caso según el § 3607",
    "The law says a § 3607 dismissal is not a conviction for any purpose, except, possibly, for "
    "immigration: immigration law may still count the plea (see the immigration part of “What "
    "a dismissal does”). You can truthfully say you were not convicted. The court file is not "
    "sealed by the law. If you are asked about arrests, charges, probation or drug use, tell the "
    "truth: those things happened.": (
        "La ley dice que una desestimación del § 3607 (el juez cierra el caso sin condena) no es "
        "una condena para ningún fin, salvo, quizás, para inmigración. La ley de inmigración "
        "todavía puede contar la declaración de culpabilidad (vea la parte sobre inmigración en "
        "“Lo que hace la desestimación del caso”). Usted "
        "puede decir con verdad que no tuvo una condena. La ley no ordena el sellado del "
        "expediente del tribunal. Pero si le preguntan por arrestos, cargos, libertad a prueba o "
        "uso de drogas, diga la verdad: esas cosas sí pasaron."
    ),
    "Ask the clerk for a certified copy of the order of discharge and dismissal, and keep it. "
    "Then ask the FBI for your Identity History Summary, and challenge any entry that does not "
    "show the dismissal (28 C.F.R. §§ 16.30–16.34).": (
        "Pida en la secretaría del tribunal una copia certificada de la orden de terminación y "
        "desestimación. Guárdela. Después pida al FBI su historial (Identity History Summary). "
        "Pida corregir cualquier dato que no muestre la desestimación (28 C.F.R. "
        "§§ 16.30–16.34)."
    ),
    "Read what a dismissal does and does not do, especially about immigration and job forms.": (
        "Lea lo que una desestimación hace y lo que no hace, sobre todo para inmigración y para "
        "las solicitudes de empleo."
    ),
    "Your record was expunged under § 3607(c)": (
        "Sus antecedentes se eliminaron por orden del § 3607(c) (expungement)"
    ),
    "The order removes the arrest, the case and its results from official records, except a "
    "private Department of Justice record. By law you are treated as if the arrest had not "
    "happened. You cannot be found guilty of perjury or a false statement for leaving out the "
    "arrest, the case or its result. That does not cover questions about drug use: answer those "
    "truthfully. Immigration law may still count the plea.": (
        "La orden quita el arresto, el caso y sus resultados de los registros oficiales, salvo un "
        "registro privado del Departamento de Justicia. Por ley, a usted se le trata como si el "
        "arresto no hubiera pasado. No se le puede declarar culpable de perjurio ni de una "
        "declaración falsa por no mencionar el arresto, el caso o su resultado. Eso no cubre las "
        "preguntas sobre uso de drogas: contéstelas con la verdad. La ley de inmigración todavía "
        "puede contar la declaración de culpabilidad."
    ),
    "Keep a copy of the expungement order.": (
        "Guarde una copia de la orden de eliminación de antecedentes (expungement)."
    ),
    "Later, ask the FBI for your Identity History Summary and check private background reports. "
    "Challenge any FBI entry that still shows the case (28 C.F.R. §§ 16.30–16.34), and dispute "
    "other errors.": (
        "Más adelante, pida al FBI su historial (Identity History Summary) y revise los informes "
        "privados de antecedentes. Pida corregir cualquier dato del FBI que todavía muestre el "
        "caso (28 C.F.R. §§ 16.30–16.34), y reclame otros errores."
    ),
    "You can apply for an expungement order": (
        "Puede pedir una orden de eliminación de antecedentes (expungement)"
    ),
    "You were under 21 on the date of the offense and your case was dismissed under § 3607. If "
    "you apply, the court must enter an expungement order. There is no deadline in the law.": (
        "Usted tenía menos de 21 años en la fecha del delito, y su caso se desestimó bajo el "
        "§ 3607. Si usted la pide, el tribunal debe dictar una orden de eliminación de "
        "antecedentes (expungement). La ley no pone fecha límite."
    ),
    "Apply to the court that handled your case. Include proof of your date of birth and the "
    "offense date.": (
        "Pídala al tribunal que llevó su caso. Incluya una prueba de su fecha de nacimiento y de "
        "la fecha del delito."
    ),
    "Ask that the order go to the FBI, the Justice Department, the arresting agency, probation "
    "and the clerk.": (
        "Pida que la orden se envíe al FBI y al Departamento de Justicia. También a la agencia que "
        "hizo el arresto, a la oficina de libertad a prueba y a la secretaría del tribunal."
    ),
    # --- outcomes.py: FLAGS ---------------------------------------------------------------------
    "If you are not a U.S. citizen: get immigration advice first": (
        "Si usted no tiene la ciudadanía de los Estados Unidos: pida primero consejo de inmigración"
    ),
    "The marijuana pardons may cover you": "Los indultos por marihuana pueden cubrir su caso",
    "Under 21 at the offense: you can ask for an expungement": (
        "Menos de 21 años en la fecha del delito: puede pedir una orden de eliminación de "
        "antecedentes (expungement)"
    ),
    "Because you were under 21 on the date of the offense, after a § 3607 dismissal you can "
    "apply for an expungement order, and the court must grant it (§ 3607(c)). You have to apply: "
    "it does not happen on its own.": (
        "Usted tenía menos de 21 años en la fecha del delito. Así que, después de una "
        "desestimación del § 3607, puede pedir una orden de eliminación de antecedentes "
        "(expungement), y el tribunal debe darla (§ 3607(c)). Usted tiene que pedirla: no pasa sola."
    ),
    "Your age on the date of the offense matters": "Su edad en la fecha del delito importa",
    "If you were under 21 on the date of the offense, you can also get an expungement order "
    "(§ 3607(c)). Find your date of birth and the offense date on your papers.": (
        "Si usted tenía menos de 21 años en la fecha del delito, también puede obtener una orden "
        "de eliminación de antecedentes, o expungement (§ 3607(c)). Busque su fecha de nacimiento "
        "y la fecha del delito en sus papeles."
    ),
    "The expungement may not reach this charge": (
        "Quizás la eliminación de antecedentes no cubra este cargo"
    ),
    "§ 3607(c) speaks of an offense “under” § 844. No court has said whether a federal-land "
    "possession charge counts. Ask a lawyer.": (
        "El § 3607(c) habla de un delito “bajo” (“under”) el § 844. Ningún tribunal ha dicho si "
        "cuenta un cargo de posesión en tierras federales. Pregunte a un abogado."
    ),
    "A later drug record does not bar you, but the judge may weigh it": (
        "Unos antecedentes de drogas posteriores no le cierran el paso, pero el juez puede "
        "tenerlos en cuenta"
    ),
    "Only convictions from before the date of this offense bar § 3607. The judge still decides, "
    "and may consider a later record.": (
        "Solo las condenas anteriores a la fecha de este delito impiden el § 3607. El juez igual "
        "decide, y puede tener en cuenta unos antecedentes posteriores."
    ),
    # --- outcomes.py: REASONS -------------------------------------------------------------------
    "Your case is in a federal court.": "Su caso está en un tribunal federal.",
    "§ 3607 applies only in federal court.": (
        "El § 3607 se aplica solo en los tribunales federales."
    ),
    "D.C. Superior Court uses the D.C. Code, not § 3607.": (
        "El Tribunal Superior de D.C. usa el Código de D.C. (D.C. Code), no el § 3607."
    ),
    "We found no law or case that applies § 3607 at a court-martial.": (
        "No encontramos ninguna ley ni ningún caso que aplique el § 3607 en un tribunal militar "
        "(court-martial)."
    ),
    "Federal juvenile records are governed by § 5038, not § 3607.": (
        "Los expedientes federales de menores siguen el § 5038, no el § 3607."
    ),
    "§ 3607 applies only in federal court, and you were not sure.": (
        "El § 3607 se aplica solo en los tribunales federales, y usted no sabía con seguridad en "
        "qué tribunal está su caso."
    ),
    "A civil penalty is not a criminal case.": "Una sanción civil no es un caso penal.",
    "§ 3607 covers offenses from November 1, 1987. An older offense falls under an earlier law.": (
        "El § 3607 cubre delitos desde el 1 de noviembre de 1987. Un delito más antiguo cae bajo "
        "una ley anterior."
    ),
    "§ 3607 starts after a finding of guilt. With no charge yet, a lawyer should advise you.": (
        "El § 3607 empieza después de que se declara la culpabilidad. Si todavía no hay cargos, "
        "un abogado debe aconsejarle."
    ),
    "What you can do depends on where the case stands.": (
        "Lo que usted puede hacer depende de cómo está el caso."
    ),
    "§ 3607 works without a judgment of conviction. Once entered, a judgment is final.": (
        "El § 3607 funciona sin una sentencia condenatoria. Una vez dictada, la sentencia es "
        "definitiva."
    ),
    "Courts in the Tenth Circuit still recognize a narrow power to expunge. A lawyer can tell "
    "you if it could help.": (
        "Los tribunales del Décimo Circuito aún reconocen un poder limitado para eliminar "
        "antecedentes. Un abogado le puede decir si eso le podría servir."
    ),
    "The marijuana pardons leave out people not lawfully present at the time of the offense. "
    "Ask an immigration lawyer and a defense lawyer.": (
        "Los indultos por marihuana dejan fuera a quienes no estaban en el país legalmente en el "
        "momento del delito. Pregunte a un abogado de inmigración y a un abogado defensor."
    ),
    "§ 3607 covers simple possession of any controlled substance, with no amount limit.": (
        "El § 3607 cubre la posesión simple de cualquier sustancia controlada, sin límite de "
        "cantidad."
    ),
    "Giving away a small amount of marijuana for free is treated like simple possession.": (
        "Regalar una pequeña cantidad de marihuana se trata como posesión simple."
    ),
    "In the Fourth Circuit, possession under a federal-land rule counts.": (
        "En el Cuarto Circuito, cuenta la posesión según una regla de tierras federales."
    ),
    "Only the Fourth Circuit has said possession under a federal-land rule counts. Elsewhere no "
    "court has decided.": (
        "Solo el Cuarto Circuito ha dicho que cuenta la posesión según una regla de tierras "
        "federales. En otros lugares ningún tribunal lo ha decidido."
    ),
    "No court has decided whether attempted possession counts.": (
        "Ningún tribunal ha decidido si cuenta el intento de posesión."
    ),
    "No court has decided whether conspiracy to possess counts.": (
        "Ningún tribunal ha decidido si cuenta la conspiración para poseer drogas."
    ),
    "No court has decided whether a borrowed state-law offense counts.": (
        "Ningún tribunal ha decidido si cuenta un delito tomado de una ley estatal."
    ),
    "The exact charge decides whether § 3607 can apply.": (
        "El cargo exacto decide si el § 3607 se puede aplicar."
    ),
    "Possession with intent to distribute, selling or making drugs is not simple possession.": (
        "La posesión con intención de distribuir, la venta o la fabricación de drogas no es "
        "posesión simple."
    ),
    "Getting drugs by fraud or forgery (21 U.S.C. § 843(a)(3)) is a separate crime, not simple "
    "possession.": (
        "Obtener drogas por fraude o falsificación (21 U.S.C. § 843(a)(3)) es otro delito, no "
        "posesión simple."
    ),
    "§ 3607 covers only simple possession.": "El § 3607 cubre solo la posesión simple.",
    "No drug conviction was entered before the date of this offense.": (
        "No se dictó ninguna condena por drogas antes de la fecha de este delito."
    ),
    "A drug conviction was entered before the date of this offense.": (
        "Se dictó una condena por drogas antes de la fecha de este delito."
    ),
    "It is not clear whether a drug conviction came before the date of this offense.": (
        "No está claro si una condena por drogas fue anterior a la fecha de este delito."
    ),
    "Courts have not settled whether a record like yours counts as a conviction.": (
        "Los tribunales no han resuelto si unos antecedentes como los suyos cuentan como condena."
    ),
    "You have not had § 3607 before.": "Usted no ha tenido el § 3607 antes.",
    "You had § 3607 before. It can be used only once.": (
        "Usted ya tuvo el § 3607 antes. Solo se puede usar una vez."
    ),
    "You were not sure whether you had § 3607 before.": (
        "Usted no sabía con seguridad si tuvo el § 3607 antes."
    ),
    "Having a valid prescription may be a defense to the charge itself.": (
        "Tener una receta médica válida puede ser una defensa contra el cargo mismo."
    ),
    "You agree to § 3607 probation.": "Usted acepta la libertad a prueba del § 3607.",
    "You do not agree to § 3607 probation, and it needs your agreement.": (
        "Usted no acepta la libertad a prueba del § 3607, y esta necesita que usted acepte."
    ),
    "You have not decided yet. The judge needs your agreement.": (
        "Usted todavía no ha decidido. El juez necesita que usted acepte."
    ),
    "Your age on the date of the offense is not known. Under 21 adds an expungement.": (
        "No se sabe su edad en la fecha del delito. Con menos de 21 años, se agrega una orden de "
        "eliminación de antecedentes (expungement)."
    ),
    "You were 21 or older on the date of the offense, so the extra expungement order does not "
    "apply. The dismissal still does.": (
        "Usted tenía 21 años o más en la fecha del delito. Por eso no se aplica la orden extra de "
        "eliminación de antecedentes (expungement). La desestimación del caso sí se aplica."
    ),
    "You were under 21 on the date of the offense.": (
        "Usted tenía menos de 21 años en la fecha del delito."
    ),
    "No court has said whether the expungement covers a federal-land charge.": (
        "Ningún tribunal ha dicho si la eliminación de antecedentes cubre un cargo en tierras "
        "federales."
    ),
    "The probation term is one year or less.": (
        "El plazo de la libertad a prueba es de un año o menos."
    ),
    "The law allows at most one year. What follows from a longer term is unsettled.": (
        "La ley permite un año como máximo. No está resuelto qué pasa con un plazo más largo."
    ),
    "You were not sure how long the term is. The law allows at most one year.": (
        "Usted no sabía con seguridad cuánto dura el plazo. La ley permite un año como máximo."
    ),
    "A violation sends the case to § 3565.": (
        "Una violación de las condiciones lleva el caso al § 3565."
    ),
    "You were not sure about a violation. That decides whether dismissal is owed.": (
        "Usted no sabía con seguridad si hubo una violación de las condiciones. Eso decide si "
        "tiene derecho a la desestimación del caso."
    ),
    "No violation of probation.": "Ninguna violación de las condiciones de la libertad a prueba.",
    "After a clean term the court must dismiss, but no order is on the docket.": (
        "Después de un plazo sin violaciones, el tribunal debe desestimar el caso, pero no hay "
        "ninguna orden en el registro del caso (docket)."
    ),
    "After a clean term the court must dismiss. You were not sure an order exists.": (
        "Después de un plazo sin violaciones, el tribunal debe desestimar el caso. Usted no sabía "
        "con seguridad si hay una orden."
    ),
    "The case was dismissed. It is not a conviction, except possibly for immigration.": (
        "El caso se desestimó. No es una condena, salvo quizás para inmigración."
    ),
    "If you were under 21 on the date of the offense, you can get an expungement order. Your "
    "age then is not known.": (
        "Si usted tenía menos de 21 años en la fecha del delito, puede obtener una orden de "
        "eliminación de antecedentes (expungement). No se sabe su edad en esa fecha."
    ),
    "An expungement order was entered.": (
        "Se dictó una orden de eliminación de antecedentes (expungement)."
    ),
    "The marijuana pardons cover only people who were already citizens or permanent residents "
    "on the date of the pardon.": (
        "Los indultos por marihuana cubren solo a quienes ya eran ciudadanos o residentes "
        "permanentes en la fecha del indulto."
    ),
    "The marijuana pardons cover only people who were already citizens or permanent residents "
    "on the date of the pardon. You were not sure you were.": (
        "Los indultos por marihuana cubren solo a quienes ya eran ciudadanos o residentes "
        "permanentes en la fecha del indulto. Usted no sabía con seguridad si lo era."
    ),
    "We took it that you were a citizen or permanent resident on December 22, 2023. If you "
    "became one later, the pardon does not cover you.": (
        "Supusimos que usted ya tenía la ciudadanía o la residencia permanente el 22 de diciembre "
        "de 2023. Si la obtuvo después, el indulto no cubre su caso."
    ),
    # --- questions.py ---------------------------------------------------------------------------
    "I'm not sure": _NOT_SURE,
    "I don't know": "No lo sé",
    "Yes": "Sí",
    "No": "No",
    "Always.": "Siempre.",
    "Which court is your case in?": "¿En qué tribunal está su caso?",
    "Look at the top of your court papers. A federal court is called a “United States District "
    "Court”.": (
        "Mire la parte de arriba de sus papeles del tribunal. Un tribunal federal se llama "
        "Tribunal de Distrito de los Estados Unidos (“United States District Court”)."
    ),
    "A federal court": "Un tribunal federal",
    "A U.S. District Court or a U.S. magistrate judge.": (
        "Un tribunal de distrito (U.S. District Court) o un juez magistrado (U.S. magistrate "
        "judge) de los Estados Unidos."
    ),
    "A state or local court": "Un tribunal estatal o local",
    "D.C. Superior Court": "Tribunal Superior de D.C. (D.C. Superior Court)",
    "A military court-martial": "Un tribunal militar (court-martial)",
    "A federal juvenile case": "Un caso federal de menores",
    "You were treated as a juvenile.": "Se le trató como menor de edad.",
    "The name of the court is at the top of every court paper.": (
        "El nombre del tribunal está arriba en cada papel del tribunal."
    ),
    "What is the charge?": "¿Cuál es el cargo?",
    "Use the charge you face now, or the one you pleaded guilty to. Your charging papers name "
    "the law, such as “21 U.S.C. § 844”.": (
        "Use el cargo que tiene ahora, o el cargo del que se declaró culpable. Sus papeles de la "
        "acusación nombran la ley, por ejemplo “21 U.S.C. § 844”."
    ),
    "Drug possession (21 U.S.C. § 844)": "Posesión de drogas (21 U.S.C. § 844)",
    "Having drugs, any kind, with no plan to sell.": (
        "Tener drogas, de cualquier tipo, sin plan de venderlas."
    ),
    "Sharing a small amount of marijuana for free": (
        "Compartir gratis una pequeña cantidad de marihuana"
    ),
    "21 U.S.C. § 841(b)(4).": "21 U.S.C. § 841(b)(4).",
    "Drug possession in a national park or on other federal land": (
        "Posesión de drogas en un parque nacional o en otras tierras federales"
    ),
    "A federal rule, such as 36 C.F.R. § 2.35(b)(2).": (
        "Una regla federal, por ejemplo 36 C.F.R. § 2.35(b)(2)."
    ),
    "Attempted possession": "Intento de posesión",
    "Conspiracy to possess (21 U.S.C. § 846)": (
        "Conspiración para poseer drogas (21 U.S.C. § 846)"
    ),
    "Possession with intent to sell, selling, or making drugs": (
        "Posesión con intención de vender, venta o fabricación de drogas"
    ),
    "21 U.S.C. § 841(a).": "21 U.S.C. § 841(a).",
    "Getting drugs with a fake or forged prescription": (
        "Obtener drogas con una receta médica falsa o falsificada"
    ),
    "21 U.S.C. § 843(a)(3).": "21 U.S.C. § 843(a)(3).",
    "A state law charge in federal court": "Un cargo de ley estatal en un tribunal federal",
    "18 U.S.C. § 13, the Assimilative Crimes Act.": (
        "18 U.S.C. § 13, la ley de delitos asimilados (Assimilative Crimes Act)."
    ),
    "A fine from the Justice Department, with no criminal case": (
        "Una multa del Departamento de Justicia, sin caso penal"
    ),
    "A civil penalty under 21 U.S.C. § 844a.": "Una sanción civil según 21 U.S.C. § 844a.",
    "Something else": "Otra cosa",
    "When the case is in a federal court.": "Cuando el caso está en un tribunal federal.",
    "The charge is written on the complaint or indictment and on the docket sheet (the court's "
    "list of everything filed in the case). The clerk's office can print the docket sheet.": (
        "El cargo está escrito en la denuncia (complaint) o la acusación formal (indictment). "
        "También está en el registro del caso (docket): la lista del tribunal con todo lo "
        "presentado en el caso. La secretaría del tribunal puede imprimir el registro del caso."
    ),
    "On what date did the offense happen?": "¿En qué fecha ocurrió el delito?",
    "When the case is a federal criminal case.": "Cuando el caso es un caso penal federal.",
    "The complaint or the police report gives the date.": (
        "La denuncia (complaint) o el informe de la policía dice la fecha."
    ),
    "Was the drug marijuana?": "¿La droga era marihuana?",
    "Marijuana is also called cannabis or weed. Answer “Only marijuana” if no other drug was "
    "part of the charge.": (
        "La marihuana también se llama cannabis, mota o hierba. Conteste “Solo marihuana” si "
        "ninguna otra droga era parte del cargo."
    ),
    "Only marijuana": "Solo marihuana",
    "Another drug, or more than one drug": "Otra droga, o más de una droga",
    "When the charge is possession, attempted possession or possession on federal land (the "
    "marijuana pardons cover those).": (
        "Cuando el cargo es posesión, intento de posesión o posesión en tierras federales (los "
        "indultos por marihuana cubren esos cargos)."
    ),
    "The complaint or the lab report names the drug.": (
        "La denuncia (complaint) o el informe del laboratorio nombra la droga."
    ),
    "Yes, I am a U.S. citizen": "Sí, tengo la ciudadanía de los Estados Unidos",
    "I am a lawful permanent resident (green card)": (
        "Soy residente permanente legal (green card)"
    ),
    "I am here lawfully in another way": "Estoy aquí legalmente de otra forma",
    "For example, a visa.": "Por ejemplo, con una visa.",
    "I prefer not to say": "Prefiero no decirlo",
    "In every case.": "En todos los casos.",
    "On December 22, 2023, were you already a U.S. citizen or a permanent resident?": (
        "El 22 de diciembre de 2023, ¿ya tenía usted la ciudadanía de los Estados Unidos o la "
        "residencia permanente?"
    ),
    "When the marijuana pardons fit your case and you are a citizen or a permanent resident.": (
        "Cuando los indultos por marihuana encajan con su caso y usted tiene la ciudadanía o la "
        "residencia permanente."
    ),
    "Your green card shows the date you became a resident (“Resident since”). A naturalization "
    "certificate shows the date you became a citizen.": (
        "Su green card muestra la fecha en que usted obtuvo la residencia (“Resident since”). Un "
        "certificado de naturalización muestra la fecha en que obtuvo la ciudadanía."
    ),
    "Where does your case stand now?": "¿Cómo está su caso ahora?",
    "Pick the one that fits best. “Found guilty” means you pleaded guilty or a judge or jury "
    "found you guilty. If the judge put you on § 3607 probation, or closed your case with no "
    "conviction, do not pick “judgment of conviction”.": (
        "Elija la respuesta que mejor encaje. “Me declararon culpable” quiere decir que usted se "
        "declaró culpable, o que un juez o un jurado le declaró culpable. Si el juez le dio la "
        "libertad a prueba del § 3607, o cerró su caso sin condena, no elija “El juez me "
        "condenó… (sentencia condenatoria)”."
    ),
    "I have not been charged": "No me han presentado cargos",
    "I am charged, and the case is not over": "Tengo cargos, y el caso no ha terminado",
    "I was found guilty, and I have not been sentenced yet": (
        "Me declararon culpable, y todavía no me han dictado sentencia"
    ),
    "I am on § 3607 probation now": "Estoy en libertad a prueba del § 3607 ahora",
    "My § 3607 probation has ended": "Mi libertad a prueba del § 3607 ya terminó",
    "The judge entered a judgment of conviction (I was sentenced)": _CONVICTED,
    "In every federal criminal case.": "En todos los casos penales federales.",
    "The docket sheet lists every step of the case. The clerk's office can print it.": (
        "El registro del caso (docket) muestra cada paso del caso. La secretaría del tribunal lo "
        "puede imprimir."
    ),
    "In which state or territory is the federal court?": (
        "¿En qué estado o territorio está el tribunal federal?"
    ),
    "Courts in some parts of the country follow different rules.": (
        "Los tribunales de algunas partes del país siguen reglas diferentes."
    ),
    # Names of states and territories: the usual Spanish name where there is one.
    **{
        name: name
        for name in (
            "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida "
            "Georgia Idaho Illinois Indiana Iowa Kansas Kentucky Maine Maryland Massachusetts "
            "Minnesota Montana Nebraska Nevada Ohio Oklahoma Tennessee Texas Utah Vermont Virginia "
            "Washington Wisconsin Wyoming Guam"
        ).split()
    },
    "Hawaii": "Hawái",
    "Louisiana": "Luisiana",
    "Michigan": "Míchigan",
    "Mississippi": "Misisipi",
    "Missouri": "Misuri",
    "New Hampshire": "Nuevo Hampshire",
    "New Jersey": "Nueva Jersey",
    "New Mexico": "Nuevo México",
    "New York": "Nueva York",
    "North Carolina": "Carolina del Norte",
    "North Dakota": "Dakota del Norte",
    "Oregon": "Oregón",
    "Pennsylvania": "Pensilvania",
    "Rhode Island": "Rhode Island",
    "South Carolina": "Carolina del Sur",
    "South Dakota": "Dakota del Sur",
    "West Virginia": "Virginia Occidental",
    "District of Columbia": "Distrito de Columbia",
    "Puerto Rico": "Puerto Rico",
    "U.S. Virgin Islands": "Islas Vírgenes de los Estados Unidos",
    "Northern Mariana Islands": "Islas Marianas del Norte",
    "When a judgment of conviction was entered, or the charge is possession on federal land.": (
        "Cuando se dictó una sentencia condenatoria, o el cargo es posesión en tierras federales."
    ),
    "The court's name says where it is, such as “District of Colorado”.": (
        "El nombre del tribunal dice dónde está, por ejemplo, el de Colorado (“District of "
        "Colorado”)."
    ),
    "Before this case, did you have any of these drug records?": (
        "Antes de este caso, ¿tenía usted alguno de estos antecedentes de drogas?"
    ),
    "None": "Ninguno",
    "A drug conviction": "Una condena por drogas",
    "A diversion program, with no guilty plea": (
        "Un programa de desvío (diversion), sin declaración de culpabilidad"
    ),
    "The charge was dropped after a program.": "Retiraron el cargo después de un programa.",
    "A guilty plea, then a deferred or withheld judgment": (
        "Una declaración de culpabilidad, y después una sentencia aplazada o suspendida "
        "(deferred or withheld judgment)"
    ),
    "A drug conviction that was later expunged, set aside or pardoned": (
        "Una condena por drogas que después se eliminó de los antecedentes (expunged), se dejó "
        "sin efecto o se indultó"
    ),
    "A juvenile drug case": "Un caso de drogas de menores",
    "A drug conviction in another country": "Una condena por drogas en otro país",
    "A drug conviction in a tribal court": "Una condena por drogas en un tribunal tribal",
    "A drug conviction in a U.S. territory": (
        "Una condena por drogas en un territorio de los Estados Unidos"
    ),
    "Such as Puerto Rico or Guam.": "Como Puerto Rico o Guam.",
    "When the case is charged or you were found guilty and not yet sentenced.": (
        "Cuando hay cargos en el caso, o le declararon culpable y todavía no le dictan sentencia."
    ),
    "Your lawyer can check your record. You can also ask the FBI for your “Identity History "
    "Summary”.": (
        "Su abogado puede revisar sus antecedentes penales. También puede pedir al FBI su "
        "historial (“Identity History Summary”)."
    ),
    "Was any of those records entered before the date of this offense?": (
        "¿Alguno de esos antecedentes se registró antes de la fecha de este delito?"
    ),
    "What counts is the date of the offense in this case, not the date of your plea. A "
    "conviction that came later does not stop § 3607.": (
        "Lo que cuenta es la fecha del delito en este caso, no la fecha de su declaración de "
        "culpabilidad. Una condena que llegó después no impide el § 3607."
    ),
    "When you have a drug conviction or a record whose effect is unsettled.": (
        "Cuando usted tiene una condena por drogas, o unos antecedentes cuyo efecto no está "
        "resuelto."
    ),
    "The judgment in the old case gives its date. Compare it with the date of this offense.": (
        "La sentencia del caso antiguo dice su fecha. Compárela con la fecha de este delito."
    ),
    "Have you ever had § 3607 before?": "¿Ha tenido usted el § 3607 alguna vez?",
    "§ 3607 is also called the Federal First Offender Act. It is federal probation that ends in "
    "a dismissal. A state program does not count here.": (
        "El § 3607 también se llama Federal First Offender Act (ley federal para quien comete un "
        "primer delito). Es una libertad a prueba federal que termina en la desestimación del "
        "caso. Un programa estatal no cuenta aquí."
    ),
    "Your lawyer can ask. The Justice Department keeps a private list of past § 3607 cases for "
    "the courts.": (
        "Su abogado puede preguntar. El Departamento de Justicia guarda una lista privada de los "
        "casos pasados del § 3607 para los tribunales."
    ),
    "Did you have a valid prescription for the drug?": (
        "¿Tenía usted una receta médica válida para la droga?"
    ),
    "The label on the bottle, or your pharmacy's records.": (
        "La etiqueta del frasco, o los registros de su farmacia."
    ),
    "Would you agree to up to one year of probation under § 3607?": (
        "¿Aceptaría usted hasta un año de libertad a prueba según el § 3607?"
    ),
    "The judge can use § 3607 only if you agree. If you finish probation with no violation, the "
    "case is dismissed.": (
        "El juez puede usar el § 3607 solo si usted acepta. Si termina la libertad a prueba sin "
        "violaciones de las condiciones, el caso se desestima."
    ),
    "I have not decided": "Todavía no lo he decidido",
    "What is your date of birth?": "¿Cuál es su fecha de nacimiento?",
    "We use it only to work out your age on the date of the offense. For example, 27 6 2004.": (
        "La usamos solo para calcular su edad en la fecha del delito. Por ejemplo, para el 27 de "
        "junio de 2004 escriba 27, 6 y 2004."
    ),
    "When your age on the date of the offense matters and the offense date is known.": (
        "Cuando su edad en la fecha del delito importa y se sabe la fecha del delito."
    ),
    "Your birth certificate, ID card or passport.": (
        "Su acta de nacimiento, su tarjeta de identificación o su pasaporte."
    ),
    "How old were you on the date of the offense?": "¿Qué edad tenía usted en la fecha del delito?",
    "Your age then, not now. If you are not sure, choose “I don't know”.": (
        "Su edad entonces, no ahora. Si no lo sabe con seguridad, elija “No lo sé”."
    ),
    "When your age matters and the two dates do not give it.": (
        "Cuando su edad importa y las dos fechas no la dan."
    ),
    "Work it out from your date of birth and the date of the offense.": (
        "Calcúlela con su fecha de nacimiento y la fecha del delito."
    ),
    "How many months of § 3607 probation did the judge order?": (
        "¿Cuántos meses de libertad a prueba del § 3607 ordenó el juez?"
    ),
    "Your order says the length. The law allows up to 12 months.": (
        "Su orden dice cuánto dura. La ley permite hasta 12 meses."
    ),
    "When you are on § 3607 probation or it has ended.": (
        "Cuando usted está en libertad a prueba del § 3607, o ya terminó."
    ),
    "The order that put you on § 3607 probation says how long it lasts.": (
        "La orden que le dio la libertad a prueba del § 3607 dice cuánto dura."
    ),
    "Has the court or probation office said you broke a probation rule?": (
        "¿El tribunal o la oficina de libertad a prueba dijo que usted no cumplió una regla de la "
        "libertad a prueba?"
    ),
    "Yes, another kind of violation": "Sí, otro tipo de violación de las condiciones",
    "Yes: drugs, a gun, refusing a drug test, or more than 3 positive tests in a year": (
        "Sí: drogas, un arma, negarse a una prueba de drogas, o más de 3 pruebas positivas en un "
        "año"
    ),
    "Ask your lawyer or your probation officer. A violation report is listed on the docket "
    "sheet.": (
        "Pregunte a su abogado o a su oficial de libertad a prueba. Un informe de violación de "
        "las condiciones aparece en el registro del caso (docket)."
    ),
    "Did the court enter an order dismissing your case?": (
        "¿El tribunal dictó una orden que desestima su caso?"
    ),
    "It is often called an “Order of Discharge and Dismissal”. The docket sheet lists it.": (
        "A menudo se llama “Order of Discharge and Dismissal” (orden de terminación y "
        "desestimación). El registro del caso (docket) la muestra."
    ),
    "When your § 3607 probation has ended with no violation.": (
        "Cuando su libertad a prueba del § 3607 terminó sin violaciones de las condiciones."
    ),
    "The docket sheet lists the order. The clerk's office can give you a copy.": (
        "El registro del caso (docket) muestra la orden. La secretaría del tribunal le puede dar "
        "una copia."
    ),
    "Did the court also enter an expungement order?": (
        "¿El tribunal también dictó una orden de eliminación de antecedentes (expungement)?"
    ),
    "This is a separate order under § 3607(c). You have to apply for it.": (
        "Es otra orden, según el § 3607(c). Usted tiene que pedirla."
    ),
    "When your case was dismissed and you were under 21 on the date of the offense.": (
        "Cuando su caso se desestimó y usted tenía menos de 21 años en la fecha del delito."
    ),
    "The docket sheet lists it if the court entered one. Ask the clerk's office.": (
        "El registro del caso (docket) la muestra si el tribunal dictó una. Pregunte en la "
        "secretaría del tribunal."
    ),
    # --- checklist.py: the by-hand steps --------------------------------------------------------
    "Is the case in a federal court?": "¿Está el caso en un tribunal federal?",
    "You answered “A state or local court”.": "Usted respondió “Un tribunal estatal o local”.",
    "You answered “D.C. Superior Court”.": (
        "Usted respondió “Tribunal Superior de D.C. (D.C. Superior Court)”."
    ),
    "You answered “A military court-martial”.": (
        "Usted respondió “Un tribunal militar (court-martial)”."
    ),
    "You answered “A federal juvenile case”.": "Usted respondió “Un caso federal de menores”.",
    "You answered “I'm not sure”.": f"Usted respondió “{_NOT_SURE}”.",
    "You answered “A federal court”: go on.": "Usted respondió “Un tribunal federal”: siga.",
    "Is it a criminal case?": "¿Es un caso penal?",
    "The charge is “A fine from the Justice Department, with no criminal case”.": (
        "El cargo es “Una multa del Departamento de Justicia, sin caso penal”."
    ),
    "When did the offense happen?": "¿Cuándo ocurrió el delito?",
    "The offense happened before November 1, 1987, when § 3607 took effect.": (
        "El delito ocurrió antes del 1 de noviembre de 1987, cuando el § 3607 entró en vigor."
    ),
    "Do the marijuana pardons cover it?": "¿Lo cubren los indultos por marihuana?",
    "The same is true, and you are not charged, are charged, or were found guilty and not yet "
    "sentenced.": (
        "Lo mismo es cierto, y usted no tiene cargos, tiene cargos, o le declararon culpable y "
        "todavía no le dictan sentencia."
    ),
    "Where does the case stand?": "¿Cómo está el caso?",
    "You answered “I have not been charged” or “I'm not sure”.": (
        f"Usted respondió “No me han presentado cargos” o “{_NOT_SURE}”."
    ),
    "Any other case where a judgment of conviction was entered.": (
        "Cualquier otro caso en que se dictó una sentencia condenatoria."
    ),
    "Is the charge one § 3607 covers?": "¿Cubre el § 3607 este cargo?",
    "The charge is “Possession with intent to sell, selling, or making drugs” or “Getting drugs "
    "with a fake or forged prescription” or “Something else”.": (
        "El cargo es “Posesión con intención de vender, venta o fabricación de drogas” u "
        "“Obtener drogas con una receta médica falsa o falsificada” u “Otra cosa”."
    ),
    "The charge is “Attempted possession” or “Conspiracy to possess (21 U.S.C. § 846)” or “A "
    "state law charge in federal court” or “I'm not sure”. Courts have not settled these.": (
        "El cargo es “Intento de posesión” o “Conspiración para poseer drogas (21 U.S.C. § 846)” "
        f"o “Un cargo de ley estatal en un tribunal federal” o “{_NOT_SURE}”. Los tribunales no "
        "han resuelto estos casos."
    ),
    "The charge is “Drug possession in a national park or on other federal land” and the court "
    "is not in Maryland, North Carolina, South Carolina, Virginia or West Virginia.": (
        "El cargo es “Posesión de drogas en un parque nacional o en otras tierras federales”. Y el "
        "tribunal no está en Carolina del Norte, Carolina del Sur, Maryland, Virginia ni "
        "Virginia Occidental."
    ),
    "The charge is “Drug possession (21 U.S.C. § 844)” or “Sharing a small amount of marijuana "
    "for free”, or federal-land possession in those states: go on.": (
        "El cargo es “Posesión de drogas (21 U.S.C. § 844)” o “Compartir gratis una pequeña "
        "cantidad de marihuana”, o posesión en tierras federales en esos estados: siga."
    ),
    "Did an earlier drug record come before this offense?": (
        "¿Hubo antecedentes de drogas antes de este delito?"
    ),
    "You have “A drug conviction” entered before the date of this offense.": (
        "Usted tiene “Una condena por drogas” dictada antes de la fecha de este delito."
    ),
    "You have a drug conviction and are not sure it came after this offense.": (
        "Usted tiene una condena por drogas y no sabe con seguridad si llegó después de este "
        "delito."
    ),
    "You have “A drug conviction that was later expunged, set aside or pardoned” or “A guilty "
    "plea, then a deferred or withheld judgment” or “A juvenile drug case” or “I'm not sure” or "
    "“A drug conviction in a U.S. territory” or “A drug conviction in a tribal court”, and it "
    "may have come before this offense. Courts have not settled whether these count.": (
        "Usted tiene una de estas respuestas, y puede haber llegado antes de este delito. "
        "“Una condena por drogas que después se eliminó de los antecedentes (expunged), se dejó "
        "sin efecto o se indultó”. O “Una declaración de culpabilidad, y después una sentencia "
        "aplazada o suspendida (deferred or withheld judgment)”. O “Un caso de drogas de "
        f"menores”. O “{_NOT_SURE}”. O “Una condena por drogas en un territorio de los Estados "
        "Unidos”. O “Una condena por drogas en un tribunal tribal”. Los tribunales no han "
        "resuelto si estos cuentan."
    ),
    "Records entered after this offense, and “A diversion program, with no guilty plea” or “A "
    "drug conviction in another country”, do not stop § 3607: go on.": (
        "Los antecedentes de después de este delito no impiden el § 3607. Tampoco lo impiden “Un "
        "programa de desvío (diversion), sin declaración de culpabilidad” ni “Una condena por "
        "drogas en otro país”. Siga."
    ),
    "Only if you are charged, or found guilty and not yet sentenced.": (
        "Solo si usted tiene cargos, o le declararon culpable y todavía no le dictan sentencia."
    ),
    "Have you had § 3607 before?": "¿Ha tenido usted el § 3607 antes?",
    "Yes.": "Sí.",
    "Not sure.": "No lo sabe con seguridad.",
    "Did you have a valid prescription?": "¿Tenía usted una receta médica válida?",
    "Yes: that may be a defense.": "Sí: eso puede ser una defensa.",
    "Do you agree to § 3607 probation?": "¿Acepta usted la libertad a prueba del § 3607?",
    "No.": "No.",
    "Under 21.": "Menos de 21 años.",
    "Under 21, but the charge is federal-land possession: whether the expungement reaches it is "
    "not settled.": (
        "Menos de 21 años, pero el cargo es posesión en tierras federales: no está resuelto si "
        "la eliminación de antecedentes lo cubre."
    ),
    "21 or older, or not known.": "21 años o más, o no se sabe.",
    "Did the court dismiss the case?": "¿Desestimó el tribunal el caso?",
    "Your § 3607 probation has ended and the court entered a dismissal order. Skip the next "
    "step: once the case is dismissed, the probation's length and any violation no longer "
    "matter.": (
        "Su libertad a prueba del § 3607 terminó y el tribunal dictó una orden de desestimación. "
        "Sáltese el paso siguiente: una vez desestimado el caso, ya no importan la duración de la "
        "libertad a prueba ni ninguna violación de las condiciones."
    ),
    "Only if your § 3607 probation has ended.": (
        "Solo si su libertad a prueba del § 3607 ya terminó."
    ),
    "Did probation go by the rules?": "¿Se cumplieron las reglas de la libertad a prueba?",
    "The judge ordered more than 12 months.": "El juez ordenó más de 12 meses.",
    "You answered “Yes: drugs, a gun, refusing a drug test, or more than 3 positive tests in a "
    "year”.": (
        "Usted respondió “Sí: drogas, un arma, negarse a una prueba de drogas, o más de 3 pruebas "
        "positivas en un año”."
    ),
    "You answered “Yes, another kind of violation”.": (
        "Usted respondió “Sí, otro tipo de violación de las condiciones”."
    ),
    "No violation, and you are still on probation.": (
        "Ninguna violación de las condiciones, y usted sigue en libertad a prueba."
    ),
    "Only if you are on § 3607 probation, or it has ended with no dismissal order.": (
        "Solo si usted está en libertad a prueba del § 3607, o si ya terminó sin una orden de "
        "desestimación."
    ),
    "After the probation: a dismissal, and were you under 21?": (
        "Después de la libertad a prueba: ¿hubo desestimación, y tenía usted menos de 21 años?"
    ),
    "No dismissal order, or you are not sure.": (
        "No hay orden de desestimación, o usted no lo sabe con seguridad."
    ),
    "Dismissed, and you do not know your age on the date of the offense.": (
        "Caso desestimado, y usted no sabe su edad en la fecha del delito."
    ),
    "Dismissed, and you were 21 or older.": "Caso desestimado, y usted tenía 21 años o más.",
    "Dismissed, under 21, and the charge is federal-land possession.": (
        "Caso desestimado, menos de 21 años, y el cargo es posesión en tierras federales."
    ),
    "Dismissed, under 21, and an expungement order was entered.": (
        "Caso desestimado, menos de 21 años, y se dictó una orden de eliminación de antecedentes "
        "(expungement)."
    ),
    "Dismissed, under 21, and no expungement order yet.": (
        "Caso desestimado, menos de 21 años, y todavía no hay orden de eliminación de "
        "antecedentes (expungement)."
    ),
    # --- answers.py, web.py, engine.py: messages ------------------------------------------------
    "Choose one of the answers shown.": "Elija una de las respuestas que se muestran.",
    "Choose the state or territory from the list, or “I'm not sure”.": (
        f"Elija el estado o territorio de la lista, o “{_NOT_SURE}”."
    ),
    "Choose at least one answer. If none apply, choose “None”.": (
        "Elija al menos una respuesta. Si ninguna corresponde, elija “Ninguno”."
    ),
    "Choose only answers from the list.": "Elija solo respuestas de la lista.",
    "You chose “None” and also another answer. Choose “None” alone, or untick it.": (
        "Usted eligió “Ninguno” y también otra respuesta. Elija solo “Ninguno”, o quite esa marca."
    ),
    "Enter a date with a day, a month and a year, for example 15 3 2024.": (
        "Escriba una fecha con día, mes y año. Por ejemplo, para el 15 de marzo de 2024 escriba "
        "15, 3 y 2024."
    ),
    "That date does not exist. Check the day and the month.": (
        "Esa fecha no existe. Revise el día y el mes."
    ),
    "That date is in the future. Enter a date that has already passed.": (
        "Esa fecha es en el futuro. Escriba una fecha que ya pasó."
    ),
    "Enter a whole number from {low} to {high}.": "Escriba un número entero de {low} a {high}.",
    "The answers must be a set of question ids and answers.": (
        "Las respuestas deben ser un conjunto de identificadores de preguntas y sus respuestas."
    ),
    "This is not one of the checker's questions.": (
        "Esta no es una de las preguntas del verificador."
    ),
    "Your date of birth must be before the date of the offense.": (
        "Su fecha de nacimiento debe ser anterior a la fecha del delito."
    ),
    "Any other answer": "Cualquier otra respuesta",
    "The answers could not be read.": "No se pudieron leer las respuestas.",
    "The checker failed": "El verificador falló",
    # Templates of messages made where they are shown (answers, screener, command line).
    "The checker failed on these answers ({error}).": "El verificador falló con estas respuestas ({error}).",
    "Enter a year from {year} on.": "Escriba un año de {year} en adelante.",
    "Enter your age on the date of the offense, from {low} to {high}.": "Escriba su edad en la fecha del delito, de {low} a {high}.",
    "That date of birth makes you older than {age}. Check the year.": "Con esa fecha de nacimiento, usted tendría más de {age} años. Revise el año.",
    "That date of birth makes you younger than {age} on the date of the offense. Check the year.": "Con esa fecha de nacimiento, usted tendría menos de {age} años en la fecha del delito. Revise el año.",
    "before {date}": "antes del {date}",
    "on or after {date}": "el {date} o después",
    "from {first} to {last}": "del {first} al {last}",
    "any date": "cualquier fecha",
    "{months} months or less": "{months} meses o menos",
    "more than {months} months": "más de {months} meses",
    "{low} to {high} months": "de {low} a {high} meses",
    "under {age}": "menos de {age}",
    "{age} or older": "{age} o más",
    "{low} to {high}": "de {low} a {high}",
    "Choose at least one answer.": "Elija al menos una respuesta.",
    "Choose one answer.": "Elija una respuesta.",
    "Choose one from the list.": "Elija una de la lista.",
    "Enter the day, month and year.": "Escriba el día, el mes y el año.",
    "Enter the day, month and year, or choose “I don't know”.": "Escriba el día, el mes y el año, o elija “No lo sé”.",
    "Enter a number.": "Escriba un número.",
    "Enter a number, or choose “I don't know”.": "Escriba un número, o elija “No lo sé”.",
    "Enter a date or choose “I don't know”, not both.": "Escriba una fecha o elija “No lo sé”, pero no las dos cosas.",
    "Enter a number or choose “I don't know”, not both.": "Escriba un número o elija “No lo sé”, pero no las dos cosas.",
    "Enter the day as a number, like 5.": "Escriba el día con números, por ejemplo 5.",
    "Enter the month as a number, like 3 for March.": "Escriba el mes con números, por ejemplo 3 para marzo.",
    "Enter the year as a number, like 2024.": "Escriba el año con números, por ejemplo 2024.",
    "Enter a day from 1 to 31.": "Escriba un día del 1 al 31.",
    "Enter a month from 1 to 12.": "Escriba un mes del 1 al 12.",
    "Enter the year with 4 digits, like 2024.": "Escriba el año con 4 cifras, por ejemplo 2024.",
    "Enter {parts}.": "Escriba {parts}.",
    "the day": "el día",
    "the month": "el mes",
    "the year": "el año",
    "{items} and {last}": "{items} y {last}",
    "{items} or {last}": "{items} o {last}",
    "Something went wrong on our side. Your answers were not sent anywhere.": "Algo falló de nuestro lado. Sus respuestas no se enviaron a ningún lugar.",
    "Answer each question. Choose “{not_sure}” where it is offered.": "Conteste cada pregunta. Elija “{not_sure}” donde aparece.",
    "Problems with the answers:": "Problemas con las respuestas:",
    "Still to answer: {questions}": "Falta contestar: {questions}",
    "Why:": "Por qué:",
    "What you can do next:": "Lo que puede hacer ahora:",
    "What would change your result:": "Lo que cambiaría su resultado:",
    "These answers do not change your result:": "Estas respuestas no cambian su resultado:",
    "This matters together with: {questions}": "Esto importa junto con: {questions}",
    "Where to find it: {where}": "Dónde encontrarlo: {where}",
    "This is information, not legal advice. Answers stay on this computer.": "Esto es información, no asesoría legal. Las respuestas se quedan en esta computadora.",
    "the date ({forms})": "la fecha ({forms})",
    "a whole number from {low} to {high}": "un número entero de {low} a {high}",
    "Type {what}: ": "Escriba {what}: ",
    "Type {what}, or ? for “I don't know”: ": "Escriba {what}, o ? para “No lo sé”: ",
    "Type {what}, with digits only.": "Escriba {what}, solo con números.",
    "Type the day first, then the month: {example}.": "Escriba primero el día y después el mes: {example}.",
    "Type the day, the month and the year, like {forms}.": "Escriba el día, el mes y el año, así: {forms}.",
    "Number: ": "Número: ",
    "Numbers, separated by commas: ": "Números, separados por comas: ",
    "Type a number from 1 to {count}.": "Escriba un número del 1 al {count}.",
    "“None” cannot go with other answers: type {none} alone, or leave it out.": "“Ninguno” no puede ir con otras respuestas: escriba {none} solo, o quítelo.",
    "Stopped. Nothing was saved.": "Se detuvo. No se guardó nada.",
    "More questions would decide it": "Harían falta más preguntas para saberlo",
    "Law checked on {date}.": "Última revisión de la ley: {date}.",
    # --- Turn 3: lawful presence at the offense, immigration first, the D.C. rule, ---------
    # --- and the legal corrections of December 2026 ------------------------------------------
    "A conviction in another country, even in a Mexican state's court, is not a U.S. “state” conviction, so it likely does not stop § 3607. It can still matter a lot for immigration.": (
        "Una condena en otro país, aunque sea de un tribunal de un estado de México, no es una condena “estatal” de los Estados Unidos. Así que probablemente no impide el § 3607. Aun así, puede importar mucho para inmigración."
    ),
    "The marijuana pardons leave out anyone who was not here lawfully at the time of the offense, even if they are now. Your answer stays on this device.": (
        "Los indultos por marihuana dejan fuera a quien no estaba aquí legalmente en el momento del delito, aunque lo esté ahora. Su respuesta se queda en este aparato."
    ),
    "The 2022 and 2023 presidential proclamations pardoned federal simple possession of marijuana, for offenses on or before December 22, 2023, whether or not anyone was charged. They cover people who were U.S. citizens or lawful permanent residents on the date of the pardon (October 6, 2022, or December 22, 2023), and who were in the United States lawfully at the time of the offense. That may matter a lot for your case. The reasons below also show where § 3607 would leave you if the pardons do not apply.": (
        "Las proclamaciones del presidente de 2022 y 2023 indultaron la posesión simple de marihuana según la ley federal, cometida el 22 de diciembre de 2023 o antes. Cuenta aunque nadie haya puesto cargos. Cubren a quienes eran ciudadanos de los Estados Unidos o residentes permanentes legales en la fecha del indulto (6 de octubre de 2022 o 22 de diciembre de 2023). Y solo a quienes estaban en los Estados Unidos legalmente en el momento del delito. Eso puede importar mucho en su caso. Las razones de abajo también muestran a dónde le llevaría el § 3607 si los indultos no se aplican."
    ),
    "Simple possession of marijuana on or before December 22, 2023, was pardoned for people who were citizens or permanent residents on the date of the pardon, and in the United States lawfully at the time of the offense.": (
        "La posesión simple de marihuana del 22 de diciembre de 2023 o antes fue indultada para quienes eran ciudadanos o residentes permanentes en la fecha del indulto. Y solo para quienes estaban en los Estados Unidos legalmente en el momento del delito."
    ),
    "When everything else about the marijuana pardons fits your case.": (
        "Cuando todo lo demás de los indultos por marihuana encaja con su caso."
    ),
    "The 2022 and 2023 presidential proclamations pardoned federal simple possession of marijuana, for offenses on or before December 22, 2023. They cover people who were U.S. citizens or lawful permanent residents on the date of the pardon (October 6, 2022, or December 22, 2023), not people who got that status later. They leave out anyone who was not in the United States lawfully at the time of the offense. The pardon is automatic. A certificate from the Department of Justice proves it. A pardon is forgiveness: it does not erase the conviction.": (
        "Las proclamaciones del presidente de 2022 y 2023 indultaron la posesión simple de marihuana según la ley federal, cometida el 22 de diciembre de 2023 o antes. Cubren a quienes eran ciudadanos de los Estados Unidos o residentes permanentes legales en la fecha del indulto (6 de octubre de 2022 o 22 de diciembre de 2023). No cubren a quienes obtuvieron ese estatus después. Dejan fuera a quien no estaba en los Estados Unidos legalmente en el momento del delito. El indulto es automático. Un certificado del Departamento de Justicia lo prueba. Un indulto perdona, pero no elimina la condena."
    ),
    "You answered “The judge entered a judgment of conviction (I was sentenced)”, and the court is in Colorado, District of Columbia, Kansas, New Mexico, Oklahoma, Utah or Wyoming, or you are not sure where.": (
        f"Usted respondió “{_CONVICTED}”. Y el tribunal está en Colorado, Distrito de Columbia, Kansas, Nuevo México, Oklahoma, Utah o Wyoming, o usted no sabe con seguridad dónde está."
    ),
    "The marijuana pardons leave out anyone who was not in the United States lawfully at the time of the offense. You were not sure, so we cannot say the pardons cover you.": (
        "Los indultos por marihuana dejan fuera a quien no estaba en los Estados Unidos legalmente en el momento del delito. Usted no sabía con seguridad, así que no podemos decir que los indultos cubran su caso."
    ),
    "Are you a U.S. citizen today?": ("¿Tiene usted hoy la ciudadanía de los Estados Unidos?"),
    "I am not here lawfully today": ("Hoy no estoy aquí legalmente"),
    "In some places (the Tenth Circuit and the District of Columbia) courts keep a narrow power to expunge. You were not sure where the court sits.": (
        "En algunos lugares (el Décimo Circuito y el Distrito de Columbia) los tribunales todavía tienen un poder limitado para eliminar antecedentes. Usted no sabía con seguridad dónde está el tribunal."
    ),
    "Immigration law has its own meaning of “conviction”: a guilty plea plus some punishment, like probation (8 U.S.C. § 1101(a)(48)(A)). A § 3607 plea may count, and the risk starts at the plea. Only the Ninth Circuit has held it is not a conviction, and it left open a person still on probation. Elsewhere, assume the plea may count. What counts is where an immigration judge would hear your case, not where your criminal case is. The government chooses where, and people held by immigration are often moved to Texas or Louisiana, which are not in the Ninth Circuit. So do not count on the Ninth Circuit rule because your criminal case is there. Admitting a drug crime, or drug abuse or addiction, can cause harm even with no conviction. A drug conviction can bar a green card. The only waiver is for one offense of having 30 grams or less of marijuana, so if that is true, ask that the plea papers show the amount. Before any plea, your defense lawyer must tell you how it could affect your immigration status (Padilla v. Kentucky, 2010). The judge warns everyone that a non-citizen may be deported, but that warning is not advice about your case. Ask whether a plea to a different charge, not a drug charge, would be safer. Talk to an immigration lawyer or accredited representative, before you plead guilty.": (
        "La ley de inmigración tiene su propia definición de “condena” (“conviction”): una declaración de culpabilidad y además algún castigo, como la libertad a prueba (8 U.S.C. § 1101(a)(48)(A)). Una declaración de culpabilidad con el § 3607 puede contar, y el riesgo empieza con esa declaración. Solo el Noveno Circuito ha decidido que no es una condena, y dejó sin decidir el caso de quien sigue en libertad a prueba. En otros lugares, suponga que la declaración puede contar. Lo que cuenta es dónde un juez de inmigración vería su caso, no dónde está su caso penal. El gobierno decide dónde, y a las personas detenidas por inmigración muchas veces las llevan a Texas o Luisiana, que no están en el Noveno Circuito. Así que no cuente con la regla del Noveno Circuito porque su caso penal esté allí. Admitir un delito de drogas, o el abuso de drogas o una adicción, puede hacer daño aun sin condena. Una condena por drogas puede impedir una green card. La única excepción (waiver) es para un solo delito de tener 30 gramos o menos de marihuana. Si ese es su caso, pida que los papeles de la declaración de culpabilidad digan la cantidad. Antes de declararse culpable, su abogado defensor debe decirle cómo eso puede afectar su situación migratoria (Padilla v. Kentucky, 2010). El juez avisa a todos que una persona sin la ciudadanía puede ser deportada. Pero ese aviso no es un consejo sobre su caso. Pregunte si sería más seguro declararse culpable de otro cargo que no sea de drogas. Hable con un abogado de inmigración o un representante acreditado, antes de declararse culpable."
    ),
    "Before any plea, your defense lawyer must tell you how it could affect your immigration status (Padilla v. Kentucky, 2010). The judge warns everyone that a non-citizen may be deported, but that warning is not advice about your case. Ask whether a plea to a different charge, not a drug charge, would be safer.": (
        "Antes de declararse culpable, su abogado defensor debe decirle cómo eso puede afectar su situación migratoria (Padilla v. Kentucky, 2010). El juez avisa a todos que una persona sin la ciudadanía puede ser deportada. Pero ese aviso no es un consejo sobre su caso. Pregunte si sería más seguro declararse culpable de otro cargo que no sea de drogas."
    ),
    "At the time of the offense, were you a U.S. citizen, or in the United States lawfully (for example with a visa or a green card)?": (
        "En el momento del delito, ¿tenía usted la ciudadanía de los Estados Unidos, o estaba en los Estados Unidos legalmente (por ejemplo, con una visa o una green card)?"
    ),
    "All of these are true: the drug was “Only marijuana”; the charge is “Attempted possession” or “Drug possession in a national park or on other federal land” or “Drug possession (21 U.S.C. § 844)”; the offense happened on or before December 22, 2023; and you are “Yes, I am a U.S. citizen” or “I am a lawful permanent resident (green card)”, and you already were on December 22, 2023 (for § 844 possession on or before October 6, 2022, that date also counts); and at the time of the offense you were a U.S. citizen or in the United States lawfully. And a judgment of conviction was entered.": (
        "Todo esto es cierto. La droga fue “Solo marihuana”. El cargo es “Intento de posesión” o “Posesión de drogas en un parque nacional o en otras tierras federales” o “Posesión de drogas (21 U.S.C. § 844)”. El delito ocurrió el 22 de diciembre de 2023 o antes. Usted respondió “Sí, tengo la ciudadanía de los Estados Unidos” o “Soy residente permanente legal (green card)”. Ya tenía ese estatus el 22 de diciembre de 2023 (para la posesión del § 844 del 6 de octubre de 2022 o antes, esa fecha también cuenta). En la fecha del delito usted tenía la ciudadanía o estaba aquí legalmente. Y se dictó una sentencia condenatoria."
    ),
    "What counts is where an immigration judge would hear your case, not where your criminal case is. The government chooses where, and people held by immigration are often moved to Texas or Louisiana, which are not in the Ninth Circuit. So do not count on the Ninth Circuit rule because your criminal case is there.": (
        "Lo que cuenta es dónde un juez de inmigración vería su caso, no dónde está su caso penal. El gobierno decide dónde, y a las personas detenidas por inmigración muchas veces las llevan a Texas o Luisiana, que no están en el Noveno Circuito. Así que no cuente con la regla del Noveno Circuito porque su caso penal esté allí."
    ),
    "If you were not born a U.S. citizen, talk to an immigration lawyer before you apply. The form asks whether you were here lawfully at the time of the offense, and your answer can matter for your green card or your citizenship.": (
        "Si usted no nació con la ciudadanía de los Estados Unidos, hable con un abogado de inmigración antes de pedirlo. El formulario pregunta si usted estaba aquí legalmente en la fecha del delito. Su respuesta puede afectar su green card o su ciudadanía."
    ),
    "If the pardons turn out not to cover you, § 3607 may still help. Answer the questions about § 3607 to see where it would leave you.": (
        "Si al final los indultos no cubren su caso, el § 3607 todavía puede ayudar. Conteste las preguntas sobre el § 3607 para ver a dónde le llevaría."
    ),
    "Answer for today. If the time of the offense matters, we ask about it later. We ask because a guilty plea can affect immigration status, and because the marijuana pardons cover only some people. Your answer stays on this device.": (
        "Conteste por hoy. Si importa el momento del delito, se lo preguntamos después. Preguntamos porque declararse culpable puede afectar la situación migratoria, y porque los indultos por marihuana cubren solo a algunas personas. Su respuesta se queda en este aparato."
    ),
    "An immigration lawyer can check your immigration papers with you.": (
        "Un abogado de inmigración puede revisar con usted sus papeles de inmigración."
    ),
    "A judgment of conviction was entered, and the marijuana pardon facts fit except that you answered “I am not here lawfully today”, or that you were not in the United States lawfully at the time of the offense.": (
        "Se dictó una sentencia condenatoria, y los hechos encajan con los indultos por marihuana. Pero usted respondió “Hoy no estoy aquí legalmente”, o no estaba en los Estados Unidos legalmente en el momento del delito."
    ),
    "The federal court in the District of Columbia still claims a narrow power to expunge. A lawyer can tell you if it could help.": (
        "El tribunal federal del Distrito de Columbia todavía dice tener un poder limitado para eliminar antecedentes. Un abogado le puede decir si eso le podría servir."
    ),
    "If the pardons turn out not to cover you, this is where § 3607 would leave you: “{title}”. The reasons below say why.": (
        "Si al final los indultos no cubren su caso, el § 3607 le llevaría a este resultado: “{title}”. Las razones de abajo dicen por qué."
    ),
    "The marijuana pardons leave out anyone who was not in the United States lawfully at the time of the offense. Ask an immigration lawyer and a defense lawyer.": (
        "Los indultos por marihuana dejan fuera a quien no estaba en los Estados Unidos legalmente en el momento del delito. Pregunte a un abogado de inmigración y a un abogado defensor."
    ),
    "Your answers fit the 2022 and 2023 pardons for simple possession of marijuana. They cover people who were U.S. citizens or lawful permanent residents on the date of the pardon (October 6, 2022, or December 22, 2023), and who were in the United States lawfully at the time of the offense. A certificate of pardon from the Office of the Pardon Attorney proves it. If you were not born a U.S. citizen, talk to an immigration lawyer before you apply. The form asks whether you were here lawfully at the time of the offense, and your answer can matter for your green card or your citizenship.": (
        "Sus respuestas encajan con los indultos de 2022 y 2023 por posesión simple de marihuana. Cubren a quien era ciudadano o residente permanente legal en la fecha del indulto (6 de octubre de 2022 o 22 de diciembre de 2023). Y cubren solo a quien estaba aquí legalmente en la fecha del delito. Un certificado de la Oficina del Procurador de Indultos (Office of the Pardon Attorney) lo prueba. Si usted no nació con la ciudadanía de los Estados Unidos, hable con un abogado de inmigración antes de pedirlo. El formulario pregunta si usted estaba aquí legalmente en la fecha del delito. Su respuesta puede afectar su green card o su ciudadanía."
    ),
    "Any U.S. state or federal drug case counts here, even an old one. A case in Mexico or another country, even in a Mexican state's court, is “A drug conviction in another country”. Choose all that apply.": (
        "Aquí cuenta cualquier caso de drogas de un estado de los Estados Unidos o federal, aunque sea antiguo. Un caso en México o en otro país, aunque sea de un tribunal de un estado mexicano, es “Una condena por drogas en otro país”. Elija todas las respuestas que correspondan."
    ),
    "Drugs (even one positive test can count), guns, refusing tests or more than 3 positive tests force revocation. For failed tests, the judge must first consider treatment (§ 3563(e)).": (
        "Las drogas (aun una sola prueba positiva puede contar), las armas, negarse a las pruebas o más de 3 pruebas positivas obligan a revocar la libertad a prueba. Si no pasó una prueba, el juez primero debe considerar el tratamiento (§ 3563(e))."
    ),
    "The marijuana pardons cover only people who were citizens or permanent residents on the date of the pardon. If the charge was drug possession under 21 U.S.C. § 844 and the offense was on or before October 6, 2022, that date counts too.": (
        "Los indultos de marihuana cubren solo a quienes eran ciudadanos o residentes permanentes en la fecha del indulto. Si el cargo fue posesión de drogas según 21 U.S.C. § 844 y el delito fue el 6 de octubre de 2022 o antes, esa fecha también cuenta."
    ),
    "Before you apply, ask the clerk for certified copies of the charge, the order that put you on § 3607 probation, the dismissal order and the docket sheet. Keep them safe. After the expungement these records may be gone, and immigration or another agency may still ask you to prove how the case ended.": (
        "Antes de pedirla, pida copias certificadas en la secretaría del tribunal. Pida una del cargo, de la orden que le dio la libertad a prueba del § 3607, de la orden de desestimación del caso y del registro del caso (docket). Guárdelas en un lugar seguro. Después de la eliminación de antecedentes, puede que esos registros ya no estén. Y inmigración u otra agencia todavía le puede pedir que pruebe cómo terminó el caso."
    ),
    "Even one positive drug test can count as having drugs.": (
        "Aun una sola prueba de drogas positiva puede contar como tener drogas."
    ),
    "Think of any warning, report or hearing about a violation. If you did break a rule, even if no one found out, talk to your lawyer before you file anything. Tell your lawyer about any drug use at once.": (
        "Piense en cualquier aviso, informe o audiencia sobre una violación de las condiciones. Si usted no cumplió una regla, aunque nadie lo sepa, hable con su abogado antes de presentar nada. Dígale enseguida a su abogado si usó drogas."
    ),
    "If the judgment is very recent, talk to your lawyer today. A notice of appeal is due 14 days after the judgment (Fed. R. App. P. 4(b)(1)(A)), and a clear error can be fixed within 14 days (Fed. R. Crim. P. 35(a)). If a magistrate judge entered the judgment, the appeal goes to a district judge of the same court, still within 14 days (18 U.S.C. § 3402; Fed. R. Crim. P. 58(g)(2)(B)).": (
        "Si la sentencia es muy reciente, hable hoy con su abogado. El plazo para el aviso de apelación vence 14 días después de la sentencia (Fed. R. App. P. 4(b)(1)(A)). Un error claro se puede corregir dentro de 14 días (Fed. R. Crim. P. 35(a)). Si la sentencia la dictó un juez magistrado (magistrate judge), la apelación va a un juez de distrito del mismo tribunal, también dentro de 14 días (18 U.S.C. § 3402; Fed. R. Crim. P. 58(g)(2)(B))."
    ),
    "After 3 years you can also ask the Justice Department to expunge its own records of the penalty (28 C.F.R. § 76.41). We read that rule only in an older copy: check the current one.": (
        "Después de 3 años, también puede pedir al Departamento de Justicia que elimine sus propios registros de la sanción (expunge) (28 C.F.R. § 76.41). Leímos esa regla solo en una copia vieja: revise la de hoy."
    ),
    "The day the offense happened. For drug possession this is usually the day of the search or arrest, but if you were arrested later, use the earlier date. Not the date of the plea. For example, 15 3 2024.": (
        "El día en que ocurrió el delito. En la posesión de drogas suele ser el día del registro o del arresto, pero si le arrestaron después, use la fecha anterior. No es la fecha de la declaración de culpabilidad. Por ejemplo, para el 15 de marzo de 2024 escriba 15, 3 y 2024."
    ),
    "For drug possession, gun possession, refusing a drug test, or more than 3 positive tests in a year, the law says the court must revoke probation and impose a prison term (18 U.S.C. § 3565(b)). Even one positive drug test can be treated as having drugs. A conviction can then be entered. For failed drug tests there is one exception: the judge must consider whether treatment is a reason not to revoke (18 U.S.C. § 3563(e)).": (
        "La ley dice que en estos casos el tribunal debe revocar la libertad a prueba y dar una pena de cárcel (18 U.S.C. § 3565(b)). Son la posesión de drogas, la posesión de armas, negarse a una prueba de drogas, o más de 3 pruebas positivas en un año. Aun una sola prueba de drogas positiva se puede tratar como tener drogas. Después se puede dictar una condena. Si alguien no pasa una prueba de drogas, hay una excepción: el juez debe considerar si el tratamiento es una razón para no revocarla (18 U.S.C. § 3563(e))."
    ),
    "A valid prescription is one a doctor gave you for your own use. A state medical-marijuana card is not the same as a prescription. If you have one, answer “I'm not sure” and ask a lawyer.": (
        "Una receta válida es una que un médico le dio a usted para su propio uso. Una tarjeta estatal de marihuana medicinal no es lo mismo que una receta. Si usted tiene una, conteste “No sé con seguridad” y pregunte a un abogado."
    ),
    "For example, a missed meeting.": ("Por ejemplo, faltar a una cita."),
    # checker/keep.py and checker/web.py: the answers file and the calendar reminder
    "This file is too large to be an answers file. Nothing was taken from it.": (
        "Este archivo es demasiado grande para ser un archivo de respuestas. No se tomó nada de él."
    ),
    "This is not an answers file from this checker. Nothing was taken from it.": (
        "Este no es un archivo de respuestas de este cuestionario. No se tomó nada de él."
    ),
    "This answers file comes from a newer version of the checker. Reload this page, then open "
    "the file again. Nothing was taken from it.": (
        "Este archivo de respuestas viene de una versión más nueva del cuestionario. Vuelva a "
        "cargar esta página y abra el archivo otra vez. No se tomó nada de él."
    ),
    "This answers file holds something that is not an answer to these questions. "
    "Nothing was taken from it.": (
        "Este archivo de respuestas tiene algo que no es una respuesta a estas preguntas. "
        "No se tomó nada de él."
    ),
    "This answers file was changed or damaged after it was saved, so the checker cannot trust "
    "it. Nothing was taken from it.": (
        "Este archivo de respuestas se cambió o se dañó después de guardarlo. Por eso el "
        "cuestionario no puede confiar en él. No se tomó nada de él."
    ),
    "answers-{date}.json": "respuestas-{date}.json",
    "Your § 3607 probation ends": "Termina su libertad a prueba del § 3607",
    "If you did not break a probation rule, the court must now dismiss your case, without a "
    "conviction (18 U.S.C. § 3607(a)). Keep the dismissal order when it comes. If none has come "
    "by {follow_up}, ask the court clerk or your lawyer for it.": (
        "Si usted no rompió una regla de la libertad a prueba, el tribunal ahora debe dictar la "
        "desestimación del caso, sin condena (18 U.S.C. § 3607(a)). Guarde la orden de "
        "desestimación cuando llegue. Si no ha llegado para el {follow_up}, pídala en la "
        "secretaría del tribunal o a su abogado."
    ),
    "Your § 3607 probation has ended by now": "Su libertad a prueba del § 3607 ya terminó",
    "Your probation of {months} months started on or before {made}, so it has ended by today. If you did not break a probation rule, the court must now dismiss your case, without a conviction (18 U.S.C. § 3607(a)). Keep the dismissal order when it comes. If none has come by {follow_up}, ask the court clerk or your lawyer for it.": (
        "Su libertad a prueba de {months} meses empezó el {made} o antes. Por eso, hoy ya terminó. Si usted no rompió una regla de la libertad a prueba, el tribunal ahora debe dictar la desestimación del caso, sin condena (18 U.S.C. § 3607(a)). Guarde la orden de desestimación cuando llegue. Si no ha llegado para el {follow_up}, pídala en la secretaría del tribunal o a su abogado."
    ),
    "The reminder is for a § 3607 probation that is still running.": (
        "El recordatorio es para una libertad a prueba del § 3607 que todavía no termina."
    ),
    "That day is in the future. Enter the day the court put you on probation.": (
        "Ese día está en el futuro. Escriba el día en que el tribunal le dio la libertad a prueba."
    ),
    "That day is before the offense. Enter the day the court put you on probation.": (
        "Ese día es antes del delito. Escriba el día en que el tribunal le dio la libertad a prueba."
    ),
    "By that day, your probation has already ended. If the court has not dismissed your case, "
    "ask the court clerk or your lawyer now.": (
        "Según ese día, su libertad a prueba ya terminó. Si el tribunal no ha dictado la "
        "desestimación del caso, pregunte ahora en la secretaría del tribunal o a su abogado."
    ),
}
