"""Spanish for the sentences the site build writes itself (tools/build/sitegen.py,
tools/build/site_assets.py):
{English text, word for word as the code writes it: Spanish}. The checker's own texts are in
checker/es.py. Words follow tools/lang/spanish_glossary.py and the conventions of checker/es.py
("I'm not sure" is "No sé con seguridad", "I don't know" is "No lo sé"); usted form; "the
screener" is "el cuestionario" everywhere on the Spanish site."""

from __future__ import annotations

CATALOG: dict[str, str] = {
    # tools/build/sitegen.py: the generated sections of "Check by hand" and "What each result means"
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
    "Choose one of {count} answers.": "Elija una de {count} respuestas.",
    "Choose one: {labels}.": "Elija una: {labels}.",
    "Choose all that apply: {labels}.": "Elija todas las que correspondan: {labels}.",
    # tools/build/site_assets.py: the screener's questions as the check page first shows them
    "or": "o",
    "Where to find it:": "Dónde encontrarlo:",
    "Question {number}": "Pregunta {number}",
    "I don't know": "No lo sé",
    "Choose one": "Elija una",
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
    # tools/build/site_assets.py: why the checker cannot go on, by cause
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
    # tools/build/screener_texts.py: the words of the screener's page script
    "Getting the checker ready: {loaded} of {total} MB": (
        "Preparando el cuestionario: {loaded} de {total} MB"
    ),
    "Getting the checker ready: starting up": "Preparando el cuestionario: ya casi está",
    "Your answers are cleared. Question 1.": "Sus respuestas se borraron. Pregunta 1.",
    "Your answer is kept. The next question appears when the checker is ready.": (
        "Tenemos su respuesta. La siguiente pregunta aparece cuando el cuestionario esté listo."
    ),
    "There is a problem": "Hay un problema",
    "Error: ": "Error: ",
    "Change": "Cambiar",
    " your answer to: {question}": " su respuesta a: {question}",
    "Check your answers": "Revise sus respuestas",
    "Change any answer that is wrong. Then see your result.": (
        "Cambie cualquier respuesta que no esté bien. Después vea su resultado."
    ),
    "See your result": "Ver su resultado",
    "Met": "Se cumple",
    "Not met": "No se cumple",
    "Not known": "No se sabe",
    "Why": "Por qué",
    "Each reason names the part of the law it rests on. "
    "Links open the law in a new tab, so you keep this result.": (
        "Cada razón dice en qué parte de la ley se basa. "
        "Los enlaces abren la ley en otra pestaña, así no pierde este resultado."
    ),
    " (opens in new tab)": " (se abre en otra pestaña)",
    "Your result": "Su resultado",
    "What you can do next": "Lo que puede hacer ahora",
    "Your answers": "Sus respuestas",
    "Checked on {date}.": "Revisado el {date}.",
    "Not legal advice": "No es asesoría legal",
    "This is information about the law, not legal advice about your case. "
    "A lawyer who knows your case can tell you what applies to you.": (
        "Esto es información sobre la ley, no asesoría legal sobre su caso. "
        "Un abogado que conozca su caso puede decirle lo que se aplica a usted."
    ),
    "Print or save as PDF": "Imprimir o guardar como PDF",
    "Start again": "Empezar de nuevo",
    "What would change your result": "Qué cambiaría su resultado",
    "You were not sure of an answer that decides your result. "
    "Here is what each answer would give, and where to find it.": (
        "Usted no sabía con seguridad una respuesta que decide su resultado. "
        "Aquí está lo que daría cada respuesta, y dónde encontrarla."
    ),
    "This matters together with your answer to: {questions}": (
        "Esto importa junto con su respuesta a: {questions}"
    ),
    "Where to find it: {where}": "Dónde encontrarlo: {where}",
    "These answers do not change your result": "Estas respuestas no cambian su resultado",
    "You do not need to look these up:": "No necesita buscarlas:",
    "{title}. Use Check by hand instead.": "{title}. Use Revisar a mano.",
    "Your answers stay only on this page. If you leave or reload it, they are gone. To keep "
    "them, use “Save my answers” when you check your answers.": (
        "Sus respuestas se quedan solo en esta página. Si sale de ella o la vuelve a cargar, se "
        "pierden. Para guardarlas, use “Guardar mis respuestas” cuando revise sus respuestas."
    ),
    "The page was reloaded, so your answers are gone. Start again, or open your answers file "
    "if you saved one.": (
        "La página se volvió a cargar y sus respuestas se perdieron. Empiece de nuevo, o abra su "
        "archivo de respuestas si lo guardó."
    ),
    "Saved your answers before? Open the file": "¿Ya guardó sus respuestas? Abra el archivo",
    "The answers file from “Save my answers”. It is read on this device only.": (
        "El archivo de “Guardar mis respuestas”. Se lee solo en este aparato."
    ),
    "Opening your answers file.": "Abriendo su archivo de respuestas.",
    "Save my answers": "Guardar mis respuestas",
    "This makes a small file on this device with your answers and today's date. Anyone who can "
    "open this device's downloads can read it. Open it here later to see your result again.": (
        "Esto hace un archivo pequeño en este aparato con sus respuestas y la fecha de hoy. "
        "Cualquiera que pueda abrir las descargas de este aparato puede leerlo. Ábralo aquí "
        "más tarde para ver otra vez su resultado."
    ),
    "{file} is ready. Look for it in your downloads.": (
        "{file} está listo. Búsquelo en sus descargas."
    ),
    "Keep this result": "Guarde este resultado",
    "For a lawyer: bring this result, printed or as a PDF, and your answers file. Together they "
    "show what you answered and what the checker found.": (
        "Para un abogado: lleve este resultado, impreso o en PDF, y su archivo de respuestas. "
        "Juntos muestran lo que usted contestó y lo que encontró el cuestionario."
    ),
    "A reminder for your calendar": "Un recordatorio para su calendario",
    "What day did the court put you on probation?": (
        "¿Qué día le dio el tribunal la libertad a prueba?"
    ),
    "It is on the probation order. If you leave it empty, the reminder is for the latest day "
    "your probation can end. The reminder holds dates and what to do, not your name or your "
    "case.": (
        "Está en la orden de libertad a prueba. Si lo deja en blanco, el recordatorio es para el "
        "último día en que puede terminar su libertad a prueba. El recordatorio tiene fechas y "
        "lo que debe hacer, no su nombre ni su caso."
    ),
    "Your probation ends on {end} at the latest. The reminder is in your downloads. If no "
    "dismissal order has come by {follow_up}, ask the court clerk or your lawyer.": (
        "Su libertad a prueba termina a más tardar el {end}. El recordatorio está en sus "
        "descargas. Si la orden de desestimación no ha llegado para el {follow_up}, pregunte en "
        "la secretaría del tribunal o a su abogado."
    ),
    "Make a calendar reminder": "Hacer un recordatorio de calendario",
    "Your probation ends on {end}. The reminder is in your downloads. If no dismissal order has "
    "come by {follow_up}, ask the court clerk or your lawyer.": (
        "Su libertad a prueba termina el {end}. El recordatorio está en sus descargas. Si la "
        "orden de desestimación no ha llegado para el {follow_up}, pregunte en la secretaría "
        "del tribunal o a su abogado."
    ),
    "Your answers do not go to the other language": "Sus respuestas no pasan al otro idioma",
    "The page in the other language starts the check again. Your answers stay only on this page.": (
        "La página en el otro idioma empieza otra vez. Sus respuestas se quedan solo en esta "
        "página."
    ),
    "Stay on this page": "Quedarme en esta página",
    "Switch and start again": "Cambiar y empezar de nuevo",
    "Data Saver is on, so the checker waits for you: it is a download of a few megabytes. You "
    "can answer the questions first.": (
        "El ahorro de datos está activado, así que el cuestionario lo espera: es una descarga de "
        "unos pocos megabytes. Puede contestar las preguntas primero."
    ),
    "Download the checker now": "Descargar el cuestionario ahora",
    "We checked your answers: this one needs another look": (
        "Revisamos sus respuestas: esta hay que verla otra vez"
    ),
    "The papers for this result could not load: this device seems to be offline. The steps "
    "above still apply. To get the papers later, save your answers and open the file here when "
    "you are online.": (
        "Los documentos para este resultado no se pudieron cargar: parece que este aparato no "
        "tiene internet. Los pasos de arriba siguen valiendo. Para obtener los documentos más "
        "tarde, guarde sus respuestas y abra el archivo aquí cuando tenga internet."
    ),
}
