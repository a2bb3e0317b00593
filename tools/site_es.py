"""Spanish for the sentences the site build writes itself (tools/sitegen.py, tools/site_assets.py):
{English text, word for word as the code writes it: Spanish}. The checker's own texts are in
checker/es.py. Words follow tools/spanish_glossary.py and the conventions of checker/es.py
("I'm not sure" is "No sé con seguridad", "I don't know" is "No lo sé"); usted form; "the
screener" is "el cuestionario" everywhere on the Spanish site."""

from __future__ import annotations

CATALOG: dict[str, str] = {
    # tools/sitegen.py: the generated sections of "Check by hand" and "What each result means"
    "{condition} Result: {result}.": "{condition} Resultado: {result}.",
    "What you can do:": "Lo que usted puede hacer:",
    "## Notes the screener may add {#notes}": "## Notas que el cuestionario puede agregar {#notes}",
    "## What would change your result {#what-would-change}": (
        "## Qué cambiaría su resultado {#what-would-change}"
    ),
    "You can answer “I'm not sure” to many questions. When such an answer matters, the "
    "screener works out your result again for each answer you could give. Then it shows "
    "which answer decides your result, what each answer would give you, and where that "
    "answer is written down. It also lists the answers that would not change your result, "
    "so you know you do not need to look them up.": (
        "Usted puede contestar “No sé con seguridad” a muchas preguntas. Si esa respuesta importa, "
        "el cuestionario calcula su resultado otra vez para cada respuesta posible. Luego le "
        "muestra qué respuesta decide su resultado, qué daría cada respuesta y dónde está escrita "
        "esa respuesta. También le dice qué respuestas no cambiarían su resultado. Así sabe que "
        "no necesita buscarlas."
    ),
    "For example, say a judgment of conviction was entered, and you are not sure in which "
    "state the court is. The screener then shows:": (
        "Por ejemplo: hay una sentencia condenatoria y usted no sabe con seguridad en qué estado "
        "está el tribunal. El cuestionario le muestra esto:"
    ),
    "*Where to find it:* {where}": "*Dónde encontrarlo:* {where}",
    "*When it is asked:* {when}": "*Cuándo se pregunta:* {when}",
    "A date, or “I don't know”.": "Una fecha, o “No lo sé”.",
    "A number, or “I don't know”.": "Un número, o “No lo sé”.",
    "Choose one of {count} answers.": "Escoja una de {count} respuestas.",
    "Choose one: {labels}.": "Escoja una: {labels}.",
    "Choose all that apply: {labels}.": "Escoja todas las que correspondan: {labels}.",
    # tools/site_assets.py: the screener's questions as the check page first shows them
    "or": "o",
    "Where to find it:": "Dónde encontrarlo:",
    "Question {number}": "Pregunta {number}",
    "I don't know": "No lo sé",
    "Choose one": "Escoja una",
    "Day": "Día",
    "Month": "Mes",
    "Year": "Año",
    "Back": "Atrás",
    "Continue": "Continuar",
    "Getting the checker ready": "Preparando el cuestionario",
    "Your answers are kept. The next question appears when the checker is ready.": (
        "Sus respuestas no se pierden. La próxima pregunta aparece cuando el cuestionario esté "
        "listo."
    ),
    '<a href="{by_hand}">Check by hand</a> asks the same questions on one page. '
    "It works in any browser, with nothing to load.": (
        '<a href="{by_hand}">Revisar a mano</a> hace las mismas preguntas en una sola página. '
        "Funciona en cualquier navegador y no tiene que cargar nada."
    ),
    # tools/site_assets.py: why the checker cannot go on, by cause
    "The checker did not download": "El cuestionario no se descargó",
    "Part of it did not arrive. Check your internet connection, then reload this page.": (
        "Una parte no llegó. Revise su conexión a internet y vuelva a cargar esta página."
    ),
    "The checker cannot run in this browser": (
        "El cuestionario no puede funcionar en este navegador"
    ),
    "It needs WebAssembly, which this browser does not have or has turned off.": (
        "Necesita WebAssembly, y este navegador no lo tiene o lo tiene apagado."
    ),
    "Something went wrong on our side": "Algo falló de nuestro lado",
    "The checker stopped working. This is our mistake, not yours. "
    "Your answers were not sent anywhere.": (
        "El cuestionario dejó de funcionar. El error es nuestro, no suyo. "
        "Sus respuestas no se enviaron a ningún lugar."
    ),
}
