"""The papers' entry points for the browser's Web Worker: JSON in, JSON (or the file) out.

    papers_for(result_json, answers_json, lang) -> JSON text
        The papers a result calls for: {"papers": [{"id", "title", "summary", "filename",
        "fields": [{"name", "label", "hint", "value", "options"}]}]}; `value` is what the
        answers already give (the form shows it, and the reader can change it); `options` are
        suggestions (the districts of the court's state). Labels, hints and summaries follow
        `lang` ("en" or "es"); a paper's title is in its own language.
    make(paper_id, fields_json, answers_json, fmt, today_iso, lang) -> bytes | JSON text
        fmt "docx": the Word file's bytes. fmt "html": {"html", "title", "filename"}. On the
        Spanish page (lang "es") an English court paper's first-page note is in Spanish.
    On the Spanish page every paper is followed by its Spanish copy, `ID_es`: for a court
    paper a reading copy, marked not for filing; for the lawyer letter and the questions for an
    immigration lawyer, the same paper in Spanish.

Neither ever raises: a problem comes back as {"error": message}. Nothing here touches the
network or storage; the answers and what the reader typed live only in the page's memory.
"""

from __future__ import annotations

import json
from typing import Any

from checker import evaluate

from . import courts, docx, html
from .model import Facts, build, prefill
from .texts import BY_FLAG, BY_OUTCOME, FIELDS, PAPERS

FORMATS = ("docx", "html")


def _json(text: Any) -> Any:
    try:
        return json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return None


def _error(message: str) -> str:
    return json.dumps({"error": message})


def paper_ids(outcome: Any, flags: Any) -> list[str]:
    """The papers for a result, in order, each once."""
    ids = list(BY_OUTCOME.get(outcome, ())) if isinstance(outcome, str) else []
    for flag in flags if isinstance(flags, list) else []:
        if isinstance(flag, str):
            ids += [i for i in BY_FLAG.get(flag, ()) if i not in ids]
    return ids


def papers_for(result_json: str, answers_json: str = "{}", lang: str = "en") -> str:
    """The papers a result (`{"outcome", "flags"}`, as the screener's result) calls for, each
    with its form fields, prefilled from the answers."""
    try:
        result = _json(result_json)
        if not isinstance(result, dict):
            return _error("The result could not be read.")
        answers = _json(answers_json)
        answers = answers if isinstance(answers, dict) else {}
        given = prefill(answers)
        suggested = list(courts.districts(answers.get("court_state")))
        papers = []
        ids = paper_ids(result.get("outcome"), result.get("flags"))
        if lang == "es":  # each paper, then its Spanish copy (court papers: to read, not to file)
            ids = [i for paper_id in ids for i in (paper_id, f"{paper_id}_es") if i in PAPERS]
        for paper_id in ids:
            paper = PAPERS[paper_id]
            fields = [
                {
                    "name": name,
                    "label": FIELDS[name].text(lang)[0],
                    "hint": FIELDS[name].text(lang)[1],
                    "value": given.get(name, ""),
                    "options": suggested if name == "district" else [],
                }
                for name in paper.fields
            ]
            papers.append(
                {
                    "id": paper.id,
                    "title": paper.title,
                    "summary": paper.summary_es if lang == "es" else paper.summary,
                    "filename": f"{paper.id}.docx",
                    "fields": fields,
                }
            )
        return json.dumps({"papers": papers})
    except Exception as error:  # a bug must not break the result page: say so plainly
        return _error(f"The papers could not be listed ({error}).")


def make(
    paper_id: str,
    fields_json: str = "{}",
    answers_json: str = "{}",
    fmt: str = "docx",
    today_iso: str | None = None,
    lang: str = "en",
) -> bytes | str:
    """One paper, from what the reader typed (`fields_json`: field name -> text; a field left
    out takes what the answers give, an empty one stays blank) and the screener's answers (which
    decide the result, so the paper's words follow it). Bytes for "docx"; JSON text otherwise."""
    try:
        paper = PAPERS.get(paper_id) if isinstance(paper_id, str) else None
        if paper is None:
            return _error("There is no such paper.")
        if fmt not in FORMATS:
            return _error("That format is not offered.")
        typed = _json(fields_json)
        answers = _json(answers_json)
        answers = answers if isinstance(answers, dict) else {}
        result = evaluate(answers, today_iso)
        facts = Facts(str(result.outcome), frozenset(map(str, result.flags)), answers)
        document = build(
            paper, typed if isinstance(typed, dict) else {}, facts, "es" if lang == "es" else "en"
        )
        if fmt == "docx":
            return docx.render(document)
        return json.dumps(
            {"html": html.render(document), "title": document.title, "filename": document.filename}
        )
    except Exception as error:  # a bug must not break the result page: say so plainly
        return _error(f"The paper could not be made ({error}).")
