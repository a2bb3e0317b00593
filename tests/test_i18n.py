"""The Spanish catalog against the English texts of the checker.

`english_texts()` finds every English text the checker can show by walking the structures that
hold them (outcomes, flags, reasons, questions, the by-hand checklist, the modules' text
constants) and by reading the source of the modules that write messages (every prose string
literal, every `tr(...)` template). It lists no text by hand, so a text added or changed anywhere
shows up here as a text with no Spanish, and a translation of a text that no longer exists shows
up as a stale key.
"""

from __future__ import annotations

import ast
import dataclasses
import enum
import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from checker import answers, checklist, engine, es, keep, outcomes, questions, web
from checker.i18n import MissingTranslation, joined, tr
from tools.lang.spanish_glossary import TERMS

CHECKER = Path(__file__).resolve().parents[1] / "checker"

# Fields of the text structures that hold codes, ids, citations or examples, not words to show.
NOT_TEXT_FIELDS = frozenset(
    {
        "value",  # Option: the answer code
        "id",  # Question: the answer key
        "kind",  # Question: single, multiple, date, number
        "level",  # FlagText: danger, warning, info
        "clause",  # ReasonText: the citation and the law page's anchor
        "questions",  # Step: question ids
        "outcome",  # Check: an outcome code
        "example",  # Check: answers for the tests
        "number_range",
        "allow_not_sure",
        "lang",  # Question: the language code of its words
    }
)
# Modules whose literals are read: the ones that write messages, labels and results.
SOURCE_MODULES = (answers, engine, web, keep, outcomes, questions, checklist)
# Literals that are data for dates, not texts: i18n.day_text writes dates in each language.
NOT_TEXTS = frozenset(
    {"January February March April May June July August September October November December"}
)
# Texts that are the same in Spanish: citations alone and proper names spelled the same way.
SAME_IN_SPANISH = frozenset(
    {
        "21 U.S.C. § 841(a).",
        "21 U.S.C. § 841(b)(4).",
        "21 U.S.C. § 843(a)(3).",
        "No",  # the same word in Spanish
        "No.",
        "Rhode Island",
        "Puerto Rico",
        *(
            "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida "
            "Georgia Idaho Illinois Indiana Iowa Kansas Kentucky Maine Maryland Massachusetts "
            "Minnesota Montana Nebraska Nevada Ohio Oklahoma Tennessee Texas Utah Vermont "
            "Virginia Washington Wisconsin Wyoming Guam"
        ).split(),
    }
)
_PROSE = re.compile(r"[A-Z“§]")


def _walk(value: Any) -> Iterator[str]:
    """Every text inside a text structure: dataclass fields (but codes), dict values, items."""
    if isinstance(value, enum.Enum):
        return
    if isinstance(value, str):
        if value.strip():
            yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name not in NOT_TEXT_FIELDS:
                yield from _walk(getattr(value, field.name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _walk(item)


def _is_prose(text: str) -> bool:
    return bool(_PROSE.match(text)) and " " in text.strip() and text not in NOT_TEXTS


def _module_constants() -> Iterator[str]:
    """Module-level text constants (DEFENDER, NOT_SURE_LABEL, INTERNAL_ERROR …)."""
    for module in SOURCE_MODULES:
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, str) and _is_prose(value):
                yield value


class _Literals(ast.NodeVisitor):
    """Prose string literals and `tr()` templates in a module's source.

    A sum of literals and the module's text constants (`INTERNAL_ERROR + " on …"`) is one text.
    Left out: docstrings, pieces of f-strings, pieces of sums that are not all literals and
    constants (fragments: the whole text comes from the structures), and messages of exceptions
    (for developers).
    """

    def __init__(self, constants: dict[str, str]) -> None:
        self.texts: set[str] = set()
        self.fstrings: list[tuple[int, str]] = []
        self._constants = constants
        self._skip: set[int] = set()
        self._operands: set[int] = set()

    def _fold(self, node: ast.AST) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            return self._constants.get(node.id)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self._fold(node.left), self._fold(node.right)
            return None if left is None or right is None else left + right
        return None

    def _skip_tree(self, node: ast.AST) -> None:
        self._skip.update(id(n) for n in ast.walk(node))

    def visit_Expr(self, node: ast.Expr) -> None:
        if isinstance(node.value, ast.Constant):  # a docstring
            self._skip_tree(node)
        self.generic_visit(node)

    def visit_Raise(self, node: ast.Raise) -> None:
        self._skip_tree(node)

    def visit_Assert(self, node: ast.Assert) -> None:
        self._skip_tree(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if isinstance(node.op, ast.Add):
            whole = None if id(node) in self._operands else self._fold(node)
            if whole is not None:
                if _is_prose(whole):
                    self.texts.add(whole)
                self._skip_tree(node)
                return
            for side in (node.left, node.right):
                self._operands.add(id(side))
                if isinstance(side, (ast.Constant, ast.JoinedStr)):
                    self._skip_tree(side)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        first = node.args[0] if node.args else None
        if name == "tr" and isinstance(first, ast.Constant) and isinstance(first.value, str):
            self.texts.add(first.value)
            self._skip.add(id(first))
        self.generic_visit(node)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        if id(node) not in self._skip:
            template = _as_template(node)
            if template is not None and _is_prose(template):
                self.texts.add(template)
            else:
                self.fstrings.append((node.lineno, ast.unparse(node)))
        self._skip_tree(node)
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if id(node) not in self._skip and isinstance(node.value, str) and _is_prose(node.value):
            self.texts.add(node.value)


def _as_template(node: ast.JoinedStr) -> str | None:
    """An f-string whose every field is a bare name is a template already: f"from {low}" is
    "from {low}". Any other f-string (a call, a sum, a format spec) is not."""
    parts = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value).replace("{", "{{").replace("}", "}}"))
        elif (
            isinstance(value, ast.FormattedValue)
            and isinstance(value.value, ast.Name)
            and value.conversion == -1
            and value.format_spec is None
        ):
            parts.append("{" + value.value.id + "}")
        else:
            return None
    return "".join(parts)


def _read_source(module: Any) -> _Literals:
    visitor = _Literals({k: v for k, v in vars(module).items() if isinstance(v, str)})
    visitor.visit(ast.parse(Path(module.__file__).read_text(encoding="utf-8")))
    return visitor


def _strings_in(node: ast.AST | None) -> Iterator[str]:
    """The strings an expression can be: a literal, either side of `a if c else b`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
        yield node.value
    elif isinstance(node, ast.IfExp):
        yield from _strings_in(node.body)
        yield from _strings_in(node.orelse)


def _is_tr(node: ast.AST) -> bool:
    if not (isinstance(node, ast.Call) and node.args):
        return False
    func = node.func
    return (func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")) == "tr"


def _tr_templates() -> Iterator[str]:
    """What `tr(...)` is given anywhere in the package: a literal; a name, followed to the
    literals assigned to it in the same function; or `NAMES[key]`, followed to the values of
    the module's dict NAMES. (`tr(text.title)` and the like come from the structures.)"""
    for path in sorted(CHECKER.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        dicts = {
            target.id: node.value
            for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        scopes = [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef))]
        for scope in scopes:
            assigned: dict[str, list[ast.AST]] = {}
            for node in ast.walk(scope):
                if isinstance(node, ast.Assign):
                    for target in node.targets:
                        if isinstance(target, ast.Name):
                            assigned.setdefault(target.id, []).append(node.value)
            for call in filter(_is_tr, ast.walk(scope)):
                first = call.args[0]
                yield from _strings_in(first)
                if isinstance(first, ast.Name):
                    for value in assigned.get(first.id, ()):
                        yield from _strings_in(value)
                if isinstance(first, ast.Subscript) and isinstance(first.value, ast.Name):
                    table = dicts.get(first.value.id)
                    for value in table.values if table else ():
                        yield from _strings_in(value)


def english_texts() -> set[str]:
    """Every English text the checker can show, as the code writes it."""
    texts: set[str] = set()
    structures = (
        outcomes.OUTCOMES,
        outcomes.FLAGS,
        outcomes.REASONS,
        questions.QUESTIONS,
        checklist.steps(),
    )
    for structure in structures:
        texts.update(_walk(structure))
    texts.update(_module_constants())
    for module in SOURCE_MODULES:
        texts.update(_read_source(module).texts)
    texts.update(_tr_templates())
    return texts


def fstrings() -> list[str]:
    """The f-strings in the message modules: texts built from pieces, not yet templates."""
    found = []
    for module in SOURCE_MODULES:
        for line, source in _read_source(module).fstrings:
            found.append(f"{Path(module.__file__).name}:{line}: {source}")
    return found


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


ENGLISH = english_texts()


def test_the_enumeration_finds_the_known_kinds_of_text() -> None:
    """A guard on english_texts itself: each kind of text the brief names is found, no code is."""
    expected = {
        outcomes.DEFENDER,
        outcomes.PARDON_ATTORNEY,
        outcomes.IMMIGRATION_LAWYER,
        outcomes.OUTCOMES[next(iter(outcomes.OUTCOMES))].title,
        outcomes.FLAGS[next(iter(outcomes.FLAGS))].text,
        questions.NOT_SURE_LABEL,
        questions.QUESTIONS[0].options[0].hint,
        questions.QUESTIONS[0].where,
        engine.INTERNAL_ERROR,
        "Choose one of the answers shown.",  # a literal error message in answers.py
        "Enter a whole number from {low} to {high}.",  # an f-string that is a template
        "Any other answer",  # web.py
        "I don't know",  # questions.Question.label_of
        checklist.steps()[0].title,
        checklist.steps()[0].checks[0].condition,
        next(step.applies for step in checklist.steps() if step.applies),
    }
    assert expected <= ENGLISH
    codes = {"not_sure", "federal", "a-intro", "danger", "18 U.S.C. § 3607(a)", "court_{court}"}
    assert not codes & ENGLISH


def test_every_english_text_has_spanish() -> None:
    missing = sorted(ENGLISH - set(es.CATALOG))
    hint: list[str] = []
    assert not missing, "English texts with no Spanish in checker/es.py:\n" + "\n".join(
        missing + hint
    )


def test_every_spanish_key_is_a_current_english_text() -> None:
    stale = sorted(set(es.CATALOG) - ENGLISH)
    assert not stale, "Spanish for English texts that no longer exist:\n" + "\n".join(stale)


def test_placeholders_match() -> None:
    entries = dict(es.CATALOG)
    wrong = [
        f"{english!r}: {sorted(_fields(english))} ≠ {sorted(_fields(spanish))}"
        for english, spanish in entries.items()
        if _fields(english) != _fields(spanish)
    ]
    assert not wrong, "\n".join(wrong)


def test_the_templates_fill_in_spanish() -> None:
    assert tr("Enter a whole number from {low} to {high}.", "es", low=1, high=120) == (
        "Escriba un número entero de 1 a 120."
    )
    with pytest.raises(MissingTranslation):
        tr("A text nobody wrote.", "es")


def _avoid_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [
        (word, re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE))
        for term in TERMS
        for word in term.avoid
    ]


def test_no_spanish_text_uses_an_avoided_word() -> None:
    found = [
        f"{word!r} in {spanish!r}"
        for spanish in es.CATALOG.values()
        for word, pattern in _avoid_patterns()
        if pattern.search(spanish)
    ]
    assert not found, "\n".join(found)


def test_the_avoid_check_can_fail() -> None:
    patterns = dict(_avoid_patterns())
    assert patterns["libertad condicional"].search("Está en Libertad Condicional.")
    assert not patterns["perdón"].search("El indulto perdona.")


# Where the English names a glossary term, the Spanish uses the glossary's word for it:
# (English pattern, glossary term's English, Spanish pattern the glossary's Spanish must match).
GLOSSARY_USE = (
    (r"probation", "probation", r"libertad a prueba"),
    (r"pardon", "pardon", r"indult"),
    (r"dismiss", "dismissal", r"desestim"),
    (
        r"expunge",
        "expungement (§ 3607(c) order)",
        r"eliminaci[oó]n de antecedentes|eliminar antecedentes|\(expunge",
    ),
    (r"convict", "conviction", r"condena"),
    (r"judgment of conviction", "judgment of conviction", r"sentencia condenatoria"),
    (r"Federal Defender", "Federal Defender", r"Defensor Público Federal"),
    (r"CJA", "CJA panel lawyer", r"abogado de oficio \(CJA\)"),
    (r"clerk", "clerk of court", r"secretaría del tribunal"),
    (r"docket", "docket sheet", r"registro del caso"),
    (r"\bplea|plead", "plea (guilty plea)", r"culpab"),
    (r"\bcourts?\b", "court", r"tribunal"),
    (r"immigration lawyer", "immigration lawyer", r"abogado de inmigración"),
    (r"violation", "violation (of probation)", r"violaci(ón|ones) de las condiciones"),
    (
        r"lawful permanent resident",
        "lawful permanent resident",
        r"residentes? permanentes? legal(es)?",
    ),
    (r"Office of the Pardon Attorney", "Office of the Pardon Attorney", r"Procurador de Indultos"),
)
_ADDRESS = re.compile(r"\S+\.(gov|org)\S*|\S+@\S+")


def test_the_glossary_words_are_used() -> None:
    terms = {term.english: term.spanish for term in TERMS}
    for _, english_term, spanish in GLOSSARY_USE:
        assert re.search(spanish, terms[english_term], re.IGNORECASE), english_term
    missed = [
        f"{english_term!r}: {english!r} -> {spanish!r}"
        for english, spanish_text in es.CATALOG.items()
        for pattern, english_term, spanish in GLOSSARY_USE
        if re.search(pattern, _ADDRESS.sub("", english), re.IGNORECASE)
        and not re.search(spanish, spanish_text, re.IGNORECASE)
    ]
    assert not missed, "\n".join(missed)


def test_spanish_is_not_the_english() -> None:
    same = sorted(
        english
        for english, spanish in es.CATALOG.items()
        if spanish == english and english not in SAME_IN_SPANISH
    )
    assert not same, "Not translated:\n" + "\n".join(same)
    assert SAME_IN_SPANISH <= ENGLISH, "whitelisted texts that no longer exist"


_CITATION = re.compile(
    r"\d+ (?:U\.S\.C\.|C\.F\.R\.) §§? [\w.()–-]*[\w)]"
    r"|§§? \d+[\w()–.-]*[\w)]"
    r"|Fed\. R\. [\w. ]+ \d+\([\w()]+\)"
    r"|D\.C\. Code § [\d.()e-]+"
)


def test_spanish_keeps_every_citation() -> None:
    """A citation in the English is in the Spanish too, written the same way."""
    lost = [
        f"{found!r} not in {spanish!r}"
        for english, spanish in es.CATALOG.items()
        for found in _CITATION.findall(english)
        if found not in spanish
    ]
    assert not lost, "\n".join(lost)


def test_the_citation_check_can_fail() -> None:
    found = _CITATION.findall("under 21 U.S.C. § 844a(j), § 3607(c) and Fed. R. Crim. P. 35(a)")
    assert found == ["21 U.S.C. § 844a(j)", "§ 3607(c)", "Fed. R. Crim. P. 35(a)"]


_QUOTED = re.compile(r"“([^”]+)”")


def test_quoted_answers_are_quoted_as_the_spanish_screener_words_them() -> None:
    """“I'm not sure” in a hint or a condition is the Spanish label of that answer, in quotes."""
    wrong = [
        f"{quoted!r} in {english!r}: “{es.CATALOG[quoted]}” not in {spanish!r}"
        for english, spanish in es.CATALOG.items()
        for quoted in _QUOTED.findall(english)
        if quoted in es.CATALOG and f"“{es.CATALOG[quoted]}”" not in spanish
    ]
    assert not wrong, "\n".join(wrong)


def _sentences(text: str) -> int:
    return len(re.findall(r"[.!?](?:\s|$)", text))


def test_long_spanish_texts_are_fairly_easy() -> None:
    """Fernández-Huerta 70 or more ("fairly easy") for each text of three sentences or more,
    and for the catalog as a whole."""
    textstat = pytest.importorskip("textstat")
    textstat.set_lang("es")
    hard = [
        f"{textstat.fernandez_huerta(spanish):.1f}: {spanish}"
        for spanish in es.CATALOG.values()
        if _sentences(spanish) >= 3 and textstat.fernandez_huerta(spanish) < 70
    ]
    assert not hard, "\n".join(hard)
    assert textstat.fernandez_huerta(" ".join(es.CATALOG.values())) >= 70


@pytest.mark.parametrize(
    ("words", "conjunction", "lang", "expected"),
    [
        (["Nevada", "Oregón"], "or", "es", "Nevada u Oregón"),
        (["Texas", "“Ohio”"], "or", "es", "Texas u “Ohio”"),
        (["ayer", "hoy"], "or", "es", "ayer u hoy"),
        (["Texas", "Utah"], "or", "es", "Texas o Utah"),
        (["el mes", "el año"], "and", "es", "el mes y el año"),
        (["padres", "hijos"], "and", "es", "padres e hijos"),
        (["Kansas", "Idaho"], "and", "es", "Kansas e Idaho"),
        (["agua", "hielo"], "and", "es", "agua y hielo"),
        (["Nevada", "Oregon"], "or", "en", "Nevada or Oregon"),
        (["a", "b", "Ohio"], "and", "en", "a, b and Ohio"),
        (["Ohio"], "or", "es", "Ohio"),
    ],
)
def test_lists_join_with_the_conjunction_the_next_word_calls_for(
    words, conjunction, lang, expected
):
    """Spanish writes "u" before an "o" sound and "e" before an "i" sound (not before "ie")."""
    assert joined(words, conjunction, lang) == expected


def test_the_screener_writes_u_before_oregon():
    """The "what would change your result" list, where state names end an "or" list."""
    from checker.web import _or_list

    assert _or_list(["Nevada", "Oregón"], "es") == "Nevada u Oregón"
    assert _or_list(["Nevada", "Oregon"], "en") == "Nevada or Oregon"
