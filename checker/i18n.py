"""Languages: every text the checker shows, in English or in Spanish.

The English texts live beside the law that uses them (outcomes, questions, answers); each other
language has one catalog module (`es.py`) that maps each English text, word for word as the code
writes it, to its translation. Keying by the English text means that when an English text
changes, its old translation no longer matches, and the catalog test fails until someone
translates the new words: a translation never goes stale in silence.

Texts with values in them are templates (`"Enter a year from {year} on."`): the template is
translated, then filled. Codes, outcomes and flags never change with the language.

A language's catalog is imported only when that language is asked for, so a reader of one
language does not download the other's texts (the browser ships one catalog per page).
"""

from __future__ import annotations

import datetime as dt
import importlib
import unicodedata
from typing import Any

LANGS = ("en", "es")
DEFAULT = "en"
_MONTHS = {
    "en": "January February March April May June July August September October November "
    "December".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre".split(),
}


class MissingTranslation(KeyError):
    """An English text with no translation: a defect the catalog test catches."""


def check_lang(lang: Any) -> str:
    """The language code, or DEFAULT for anything that is not one of LANGS."""
    return lang if lang in LANGS else DEFAULT


def catalog(lang: str) -> dict[str, str]:
    """The catalog of a language other than English: {English text: translation}."""
    module = importlib.import_module(f"{__package__}.{lang}")
    return module.CATALOG


def tr(text: str, lang: str = DEFAULT, **values: Any) -> str:
    """`text` in `lang`, with `values` filled in."""
    if lang != DEFAULT and text:
        try:
            text = catalog(lang)[text]
        except KeyError:
            raise MissingTranslation(f"no {lang} text for: {text!r}") from None
    return text.format(**values) if values else text


# How each language writes a date in words. The screener's page writes "Checked on …" with the
# same words (tools/build/screener_texts.py hands it these and the month names).
DATE_WORDS = {"en": "{month} {day}, {year}", "es": "{day} de {month} de {year}"}


def month_names(lang: str = DEFAULT) -> list[str]:
    """The months, January first, as `lang` writes them in a date."""
    return list(_MONTHS[lang])


def day_text(day: dt.date, lang: str = DEFAULT) -> str:
    """A date in words: "March 5, 2024" or "5 de marzo de 2024"."""
    month = _MONTHS[lang][day.month - 1]
    return DATE_WORDS[lang].format(month=month, day=day.day, year=day.year)


def _sound(word: str) -> str:
    """The first letters of `word` as they sound: no quotes or accents, lower case, a silent
    leading "h" dropped ("Hoy" sounds "oy", "hierba" sounds "ierba")."""
    letters = unicodedata.normalize("NFD", word.lstrip('“”"«¿¡( ')).lower()
    letters = "".join(c for c in letters if not unicodedata.combining(c))
    return letters[1:] if letters.startswith("h") else letters


def joined(words: list[str], conjunction: str, lang: str = DEFAULT) -> str:
    """`words` as one phrase: "a, b or c" ("and" or "or"). In Spanish "y" becomes "e" before an
    "i" sound and "o" becomes "u" before an "o" sound ("Nevada u Oregón", "padres e hijos"),
    except "y" before "ie"/"ia" ("agua y hielo"), as the Real Academia's grammar has it."""
    if len(words) == 1:
        return words[0]
    if conjunction == "and":
        template = tr("{items} and {last}", lang)
    else:
        template = tr("{items} or {last}", lang)
    if lang == "es":
        sound = _sound(words[-1])
        if sound.startswith("o"):
            template = template.replace(" o {last}", " u {last}")
        elif sound.startswith("i") and not sound.startswith(("ia", "ie", "io", "iu")):
            template = template.replace(" y {last}", " e {last}")
    return template.format(items=", ".join(words[:-1]), last=words[-1])
