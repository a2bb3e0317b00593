"""A paper as a printable HTML fragment: the same words as the Word file, for the print view.

One `<article class="paper">`, no inline style or script (the site's Content-Security-Policy
allows neither): the layout is the site's papers.css, which sets a printed page of US Letter
with 1-inch margins so that each paper takes one or two pages. Headings start at `<h2>`, since
the fragment is shown inside a page that has its own `<h1>`.
"""

from __future__ import annotations

from .docx import escape
from .model import Caption, Document, Line, Run
from .texts import CHECK, HEADING, ITEM, PARA, QUOTE, ROW, RULE, SIGN


def _run(run: Run) -> str:
    if run.blank:
        return f'<span class="paper-blank">{escape(run.text)}</span>'
    if run.keep:  # a case number: never broken at a hyphen
        return f'<span class="paper-keep">{escape(run.text)}</span>'
    return escape(run.text)


def _runs(runs: tuple[Run, ...]) -> str:
    return "".join(_run(r) for r in runs)


def _caption(caption: Caption) -> str:
    court = "<br>".join(_runs(line) for line in caption.court)
    return (
        '<div class="paper-caption">'
        f'<p class="paper-court">{court}</p>'
        '<div class="paper-parties"><div class="paper-parties__names">'
        "<p>United States of America</p><p>v.</p>"
        f"<p>{_runs(caption.defendant)}</p></div>"
        f'<div class="paper-parties__case"><p>{_runs(caption.case_number)}</p></div>'
        "</div></div>"
    )


def _line(line: Line) -> str:
    body = _runs(line.runs)
    if line.kind == PARA:
        return f'<p class="paper-para"><span class="paper-num">{line.number}.</span> {body}</p>'
    if line.kind == QUOTE:
        return (
            f'<blockquote class="paper-quote"><p>{body}</p>'
            f'<p class="paper-cite">{escape(line.cite)}</p></blockquote>'
        )
    if line.kind == HEADING:
        return f'<h3 class="paper-heading">{body}</h3>'
    if line.kind == ITEM:
        return f'<p class="paper-item"><span class="paper-bullet">•</span> {body}</p>'
    if line.kind == CHECK:
        return f'<p class="paper-item paper-item--check">{body}</p>'
    if line.kind == ROW:
        return (
            f'<p class="paper-row"><span class="paper-row__label">{escape(line.label)}:</span> '
            f"{body}</p>"
        )
    if line.kind == SIGN:
        return f'<p class="paper-sign">{body}</p>'
    if line.kind == RULE:
        return '<hr class="paper-rule">'
    return f'<p class="paper-text">{body}</p>'


def _lang(lang: str, around: str) -> str:
    return f' lang="{lang}"' if lang != around else ""


def render(doc: Document) -> str:
    """The paper as an HTML fragment (a string)."""
    note = "".join(f"<p>{_runs(line.runs)}</p>" for line in doc.note)
    parts = [
        f'<article class="paper paper--{doc.kind}" data-paper-id="{escape(doc.id)}" '
        f'lang="{doc.lang}">',
        f'<div class="paper-note" role="note"{_lang(doc.note_lang, doc.lang)}>'
        f'<p class="paper-note__title">{escape(doc.note_title)}</p>{note}</div>',
    ]
    if doc.caption is not None:
        parts.append(_caption(doc.caption))
    parts.append(f'<h2 class="paper-title">{escape(doc.title)}</h2>')
    parts += [_line(line) for line in doc.body]
    parts.append("</article>")
    return "\n".join(parts)
