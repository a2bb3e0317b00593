"""The words of the screener's page script (site-overrides/assets/screener/screener.js).

The script knows no law and writes no sentence of its own: every word it shows is here, keyed
by a short id, and the build hands them to the page in its language (`texts(lang)`, written into
the screener's settings). Spanish comes from tools/lang/site_es.py through `site_i18n.t`, like every
sentence the build writes; `{name}` parts are filled in by the script.
"""

from __future__ import annotations

from checker.i18n import DATE_WORDS, DEFAULT, month_names
from tools.lang.site_i18n import t

TEXTS: dict[str, str] = {
    "loading": "Getting the checker ready: {loaded} of {total} MB",
    "starting": "Getting the checker ready: starting up",
    "cleared": "Your answers are cleared. Question 1.",
    "kept": "Your answer is kept. The next question appears when the checker is ready.",
    "question": "Question {number}",
    "problem": "There is a problem",
    "error_prefix": "Error: ",
    "change": "Change",
    "change_hidden": " your answer to: {question}",
    "check_title": "Check your answers",
    "check_intro": "Change any answer that is wrong. Then see your result.",
    "see_result": "See your result",
    "met": "Met",
    "not_met": "Not met",
    "unknown": "Not known",
    "why": "Why",
    "why_intro": "Each reason names the part of the law it rests on. "
    "Links open the law in a new tab, so you keep this result.",
    "new_tab": " (opens in new tab)",
    "your_result": "Your result",
    "next_steps": "What you can do next",
    "your_answers": "Your answers",
    "checked_on": "Checked on {date}.",
    "not_advice_title": "Not legal advice",
    "not_advice": "This is information about the law, not legal advice about your case. "
    "A lawyer who knows your case can tell you what applies to you.",
    "print": "Print or save as PDF",
    "restart": "Start again",
    "changes_title": "What would change your result",
    "changes_intro": "You were not sure of an answer that decides your result. "
    "Here is what each answer would give, and where to find it.",
    "together_with": "This matters together with your answer to: {questions}",
    "where": "Where to find it: {where}",
    "same_title": "These answers do not change your result",
    "same_intro": "You do not need to look these up:",
    # Keeping answers: the answers file, the reminder, the warnings before answers are lost
    "by_hand_instead": "{title}. Use Check by hand instead.",
    "keep_note": "Your answers stay only on this page. If you leave or reload it, they are "
    "gone. To keep them, use “Save my answers” when you check your answers.",
    "reloaded": "The page was reloaded, so your answers are gone. Start again, or open your "
    "answers file if you saved one.",
    "open_label": "Saved your answers before? Open the file",
    "open_hint": "The answers file from “Save my answers”. It is read on this device only.",
    "opening": "Opening your answers file.",
    "save": "Save my answers",
    "save_what": "This makes a small file on this device with your answers and today's date. "
    "Anyone who can open this device's downloads can read it. "
    "Open it here later to see your result again.",
    "saved": "{file} is ready. Look for it in your downloads.",
    "keep_title": "Keep this result",
    "handoff": "For a lawyer: bring this result, printed or as a PDF, and your answers file. "
    "Together they show what you answered and what the checker found.",
    "day": "Day",
    "month": "Month",
    "year": "Year",
    "calendar_title": "A reminder for your calendar",
    "calendar_legend": "What day did the court put you on probation?",
    "calendar_hint": "It is on the probation order. If you leave it empty, the reminder is for "
    "the latest day your probation can end. The reminder holds dates and what to do, not your "
    "name or your case.",
    "calendar_button": "Make a calendar reminder",
    "calendar_done": "Your probation ends on {end}. The reminder is in your downloads. "
    "If no dismissal order has come by {follow_up}, ask the court clerk or your lawyer.",
    "calendar_done_latest": "Your probation ends on {end} at the latest. The reminder is in "
    "your downloads. If no dismissal order has come by {follow_up}, ask the court clerk or your "
    "lawyer.",
    "switch_title": "Your answers do not go to the other language",
    "switch_text": "The page in the other language starts the check again. "
    "Your answers stay only on this page.",
    "switch_stay": "Stay on this page",
    "switch_go": "Switch and start again",
    "save_data": "Data Saver is on, so the checker waits for you: it is a download of a few "
    "megabytes. You can answer the questions first.",
    "save_data_go": "Download the checker now",
    "moved": "We checked your answers: this one needs another look",
    "no_papers": "The papers for this result could not load: this device seems to be offline. "
    "The steps above still apply. To get the papers later, save your answers and open the "
    "file here when you are online.",
}


def texts(lang: str = DEFAULT) -> dict[str, str]:
    """Every word of the page script, in `lang`."""
    words = {key: t(text, lang) for key, text in TEXTS.items()}
    # Today's date in words, as the checker writes dates (checker.i18n.day_text): the page fills
    # "{month} {day}, {year}" itself, which costs nothing, where the browser's own date
    # formatting (toLocaleDateString) took 16 ms on this machine and 65 ms on a 4x slower phone.
    words["date_words"] = DATE_WORDS[lang]
    words["months"] = " ".join(month_names(lang))
    return words
