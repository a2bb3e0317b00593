"""Assemble one paper: its words (`papers.texts`), what the reader typed, and the screener's
answers, into a `Document` that the renderers lay out. No law is decided here and no layout is
chosen: a blank becomes a `Run` marked `blank` (a line to write on), a block whose condition does
not hold is left out, numbered paragraphs are numbered.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from checker.rules import age_on

from . import courts
from .texts import (
    COURT,
    FACT_WIDTH,
    FACTS,
    FIELDS,
    NOTE_TITLE,
    NOTE_TITLE_ES,
    PARA,
    QUOTE,
    WORDS,
    Block,
    Paper,
)

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MAX_LENGTH = 200  # characters kept of one typed value
LINE_WIDTH = 24  # underscores of `$line`
# The longest case number kept whole (non-breaking hyphens): one line of the caption's case
# cell; a longer one may break at a hyphen rather than inside a part.
KEEP_WIDTH = 24
_PLACEHOLDER = re.compile(r"\$([a-z_]+)")
_SPACES = re.compile(r"\s+")
_NOT_CHARS = "\ufffe\uffff"


@dataclass(frozen=True)
class Facts:
    """What the screener knows: the outcome and flags of the result, and the raw answers."""

    outcome: str | None = None
    flags: frozenset[str] = frozenset()
    answers: Mapping[str, Any] | None = None

    def answer(self, key: str) -> Any:
        value = (self.answers or {}).get(key)
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            return None
        return value


@dataclass(frozen=True)
class Run:
    text: str
    blank: bool = False  # a line to write on
    keep: bool = False  # never broken at a hyphen (a case number)


@dataclass(frozen=True)
class Line:
    """One block of the finished paper."""

    kind: str  # texts.PARA, TEXT, QUOTE, HEADING, ITEM, CHECK, ROW, SIGN or RULE
    runs: tuple[Run, ...] = ()
    number: int | None = None  # PARA: 1, 2, 3 ...
    label: str = ""  # ROW
    cite: str = ""  # QUOTE: the citation shown after the words

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Caption:
    """The top of a court paper: the court, the parties, the case number."""

    court: tuple[tuple[Run, ...], ...]  # lines: "United States District Court", "for the …"
    defendant: tuple[Run, ...]
    case_number: tuple[Run, ...]


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    kind: str
    filename: str
    note_title: str
    note: tuple[Line, ...]
    caption: Caption | None
    body: tuple[Line, ...]
    lang: str = "en"  # the language of its words (its note's may differ: `note_lang`)
    note_lang: str = "en"


# --- Values -----------------------------------------------------------------------------------


def clean(value: Any) -> str:
    """A typed value as one line of text that XML can hold: spaces for line breaks and tabs,
    no control characters, surrogates or non-characters; at most MAX_LENGTH characters.
    Anything but a string or a number is blank."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return ""
    text = "".join(
        " " if ch.isspace() else ch
        for ch in str(value)
        if ch.isspace() or (unicodedata.category(ch) not in ("Cc", "Cs") and ch not in _NOT_CHARS)
    )
    return _SPACES.sub(" ", text).strip()[:MAX_LENGTH].strip()


_COURT_PREFIX = re.compile(
    r"^(in\s+)?(the\s+)?((united\s+states|u\.\s?s\.)\s+)?district\s+court\s*(,\s*)?"
    r"(for\s+|of\s+)?",
    re.I,
)
_CASE_PREFIX = re.compile(
    r"^((case|criminal|crim\.|docket|magistrate|mag\.)\s*)*"
    r"(no\b\.?|number\b|num\b\.?|#)\s*:?\s*",
    re.I,
)


def clean_district(value: Any) -> str:
    """A district as the caption needs it after "for the": what the reader pasted from a court
    paper is cut to the district's name, so the caption never reads "for the the …" or "for
    the United States District Court for the …"."""
    text = clean(value)
    text = _COURT_PREFIX.sub("", text)
    return re.sub(r"^(for\s+)?the\s+", "", text, flags=re.I)


def clean_case_number(value: Any) -> str:
    """A case number without the label pasted with it ("Case No.", "Criminal No.", "No."), so
    the caption never reads "Case No. Case No. …"."""
    text = clean(value)
    return _CASE_PREFIX.sub("", text)


# No line ends between a section sign or "No." and what follows, nor inside "U.S.C. §".
_NBSP = re.compile(r"(?<=§) | (?=§)|(?<=\bNo\.) ")


def nbsp(text: str) -> str:
    return _NBSP.sub("\u00a0", text)


def long_date(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def prefill(answers: Mapping[str, Any] | None) -> dict[str, str]:
    """The fields the screener's answers already give, as the form shows them."""
    facts = Facts(answers=answers or {})
    values: dict[str, str] = {}
    offense, birth = _date(facts.answer("offense_date")), _date(facts.answer("birth_date"))
    if offense:
        values["offense_date"] = long_date(offense)
    if birth:
        values["year_of_birth"] = str(birth.year)
    age = facts.answer("age_at_offense")
    if offense and birth and birth < offense:
        values["age_at_offense"] = str(age_on(birth, offense))
    elif isinstance(age, int):
        values["age_at_offense"] = str(age)
    months = facts.answer("probation_months")
    if isinstance(months, int):
        values["probation_months"] = str(months)
    in_state = courts.districts(facts.answer("court_state"))
    if len(in_state) == 1 and facts.answer("court") == "federal":
        values["district"] = in_state[0]
    return values


def field_values(
    paper: Paper, typed: Mapping[str, Any] | None, answers: Mapping[str, Any] | None
) -> dict[str, str]:
    """Each field of the paper: what the reader typed (an empty value stays blank), else what
    the answers give, else blank."""
    given = prefill(answers)
    typed = typed if isinstance(typed, Mapping) else {}
    values = {}
    for name in paper.fields:
        raw = typed[name] if name in typed else given.get(name, "")
        if name == "district":
            values[name] = clean_district(raw)
        elif name == "case_number":
            values[name] = clean_case_number(raw)
        else:
            values[name] = clean(raw)
    return values


# --- Assembly ---------------------------------------------------------------------------------


def _runs(text: str, values: Mapping[str, str], facts: Facts) -> tuple[Run, ...]:
    runs: list[Run] = []

    def add(piece: str, blank: bool = False, keep: bool = False) -> None:
        if not piece:
            return
        if runs and not blank and not keep and not runs[-1].blank and not runs[-1].keep:
            runs[-1] = Run(runs[-1].text + piece)
        else:
            runs.append(Run(piece, blank, keep))

    end = 0
    for match in _PLACEHOLDER.finditer(text):
        add(nbsp(text[end : match.start()]))
        end = match.end()
        name = match.group(1)
        if name == "line":
            add("_" * LINE_WIDTH, blank=True)
        elif name == "court":
            district = values.get("district", "")
            if district:
                add(courts.court_name(district))
            else:
                add("United States District Court for the ")
                add("_" * FIELDS["district"].width, blank=True)
        elif name == "case_number" and values.get(name):
            add(values[name], keep="-" in values[name] and len(values[name]) <= KEEP_WIDTH)
        elif name in FIELDS or name in FACTS:
            value = values.get(name, "") if name in FIELDS else FACTS[name](facts)
            width = FIELDS[name].width if name in FIELDS else FACT_WIDTH[name]
            add(value or "_" * width, blank=not value)
        else:
            raise KeyError(f"unknown placeholder ${name}")
    add(nbsp(text[end:]))
    return tuple(runs)


def _lines(blocks: tuple[Block, ...], values: Mapping[str, str], facts: Facts) -> list[Line]:
    lines: list[Line] = []
    number = 0
    for block in blocks:
        if not block.when(facts):
            continue
        if block.kind == QUOTE:
            assert block.cite is not None
            words = (Run(f"“{WORDS[block.cite]}”"),)
            lines.append(Line(QUOTE, words, cite=nbsp(block.cite.cite)))
            continue
        if block.kind == PARA:
            number += 1
        lines.append(
            Line(
                block.kind,
                _runs(block.text, values, facts),
                number=number if block.kind == PARA else None,
                label=block.label,
            )
        )
    return lines


def build(
    paper: Paper, typed: Mapping[str, Any] | None, facts: Facts, lang: str = "en"
) -> Document:
    """The paper, for a reader of the site in `lang`: an English court paper keeps its English
    words, but on the Spanish page its first-page note is in Spanish."""
    values = field_values(paper, typed, facts.answers)
    note_lang = "es" if paper.lang == "es" or (lang == "es" and paper.note_es) else "en"
    note = paper.note_es if note_lang == "es" and paper.note_es else paper.note
    caption = None
    if paper.kind == COURT:
        territory = courts.territorial_court(values.get("district", ""))
        caption = Caption(
            court=((Run(territory),),)
            if territory
            else (
                _runs("United States District Court", values, facts),
                _runs("for the $district", values, facts),
            ),
            defendant=_runs("$name, Defendant.", values, facts),
            case_number=_runs("Case No. $case_number", values, facts),
        )
    return Document(
        id=paper.id,
        title=nbsp(paper.title),
        kind=paper.kind,
        filename=f"{paper.id}.docx",
        note_title=NOTE_TITLE_ES if note_lang == "es" else NOTE_TITLE,
        note=tuple(_lines(note, values, facts)),
        caption=caption,
        body=tuple(_lines(paper.blocks, values, facts)),
        lang=paper.lang,
        note_lang=note_lang,
    )
