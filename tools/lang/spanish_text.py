"""Every Spanish text a reader can meet, in one list, and the plain-Spanish measures the tests
hold it to: sentences a reader can follow (`LONGEST` words at most), the glossary's words
(tools/lang/spanish_glossary.py), no gender for the reader, and English marked as English.

The texts (`reader_texts`): the Spanish pages' sources (docs/*.es.md), the Spanish tooltips, the
site's Spanish settings (mkdocs.yml), the checker's catalog (checker/es.py), the build's and the
screener's words (tools/lang/site_es.py), and the papers' Spanish: the form's labels and hints, each
paper's summary and any Spanish reading copy (papers/), and the papers script's words
(site-overrides/assets/screener/papers.js, `TEXT.es`).

    python tools/lang/spanish_text.py          # prints the counts and every sentence over the limit
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LONGEST = 30  # words in one sentence; statute text quoted in English does not count

_FENCE = re.compile(r"^\s*(```|~~~)")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]*)\]\[[^\]]*\]")
_ENGLISH_SPAN = re.compile(r'<(span|q|cite)\b[^>]*\blang="en"[^>]*>.*?</\1>', re.S)
_HTML = re.compile(r"<[^>]+>")
_ATTRS = re.compile(r"\{\s*[:#.][^}]*\}")
_EMPHASIS = re.compile(r"[*_`]+")
_LIST_MARK = re.compile(r"^\s*([-*+]|\d+\.)\s+")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
_ADMONITION = re.compile(r'^\s*(!!!|\?\?\?\+?)\s*\S+(\s+"([^"]*)")?\s*$')


# --- The texts ---------------------------------------------------------------------------------


def _page_texts() -> Iterator[tuple[str, str]]:
    for page in sorted((ROOT / "docs").glob("*.es.md")):
        yield page.name, page.read_text(encoding="utf-8")
    yield "includes/abbreviations.es.md", (ROOT / "includes" / "abbreviations.es.md").read_text()
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    block = config[config.index("- locale: es") :]
    block = block[: block.index("\nhooks:")]
    for key, value in re.findall(r"^\s+([\w ]+?): (.+)$", block, re.M):
        if key not in ("locale", "build", "language", "name") or len(value.split()) > 1:
            yield f"mkdocs.yml (locale es): {key}", value


def _catalog_texts() -> Iterator[tuple[str, str]]:
    from checker import i18n
    from tools.lang import site_es

    for english, spanish in i18n.catalog("es").items():
        yield f"checker/es.py: {english[:50]}", spanish
    for english, spanish in site_es.CATALOG.items():
        yield f"tools/lang/site_es.py: {english[:50]}", spanish


def _spanish_strings(value: object, where: str, seen: set[int]) -> Iterator[tuple[str, str]]:
    """The Spanish strings inside a papers/ value: fields named `*_es`, and everything inside a
    value named `*_es` or `*_ES` (a Spanish reading copy is one)."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _spanish_strings(item, f"{where}[{key!r}]", seen)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from _spanish_strings(item, f"{where}[{i}]", seen)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            name = f"{where}.{field.name}"
            if field.name.lower().endswith("_es"):
                yield from _all_strings(item, name)
            else:
                yield from _spanish_strings(item, name, seen)


def _all_strings(value: object, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        if value.strip():
            yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _all_strings(item, f"{where}[{key!r}]")
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from _all_strings(item, f"{where}[{i}]")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name not in _NOT_WORDS:
                yield from _all_strings(getattr(value, field.name), f"{where}.{field.name}")


# Fields of a paper's parts that hold no Spanish words: the law a part quotes (in English, as
# written), ids, kinds, file names.
_NOT_WORDS = frozenset({"cite", "cites", "id", "kind", "fields", "when", "name"})


def _papers_texts() -> Iterator[tuple[str, str]]:
    import importlib
    import pkgutil

    import papers

    seen: set[int] = set()
    for module_info in pkgutil.iter_modules(papers.__path__):
        module = importlib.import_module(f"papers.{module_info.name}")
        for name, value in vars(module).items():
            if name.startswith("_") or isinstance(value, type) or callable(value):
                continue
            where = f"papers/{module_info.name}.py: {name}"
            if name.lower().endswith("_es"):
                yield from _all_strings(value, where)
            else:
                yield from _spanish_strings(value, where, seen)


_JS_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def papers_js_texts(source: str | None = None) -> Iterator[tuple[str, str]]:
    """The Spanish words of the papers script: each key of `TEXT.es`, its string parts joined."""
    if source is None:
        source = (ROOT / "site-overrides" / "assets" / "screener" / "papers.js").read_text()
    block = source[source.index("\n  es: {") :]
    block = block[: block.index("\n  },")]
    for match in re.finditer(r"^\s{4}(\w+):((?:\s*\"(?:[^\"\\]|\\.)*\"\s*\+?)+),", block, re.M):
        text = "".join(_JS_STRING.findall(match.group(2)))
        if text.strip():
            yield f"papers.js TEXT.es.{match.group(1)}", text.replace('\\"', '"')


def reader_texts() -> list[tuple[str, str]]:
    """(where, text) for every Spanish text a reader can meet."""
    texts = list(_page_texts()) + list(_catalog_texts())
    texts += list(_papers_texts()) + list(papers_js_texts())
    return texts


# --- Sentences ---------------------------------------------------------------------------------


def _clean(line: str) -> str:
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _ENGLISH_SPAN.sub("EN", line)  # quoted law in English: one word, not its length
    line = _HTML.sub(" ", line)
    line = _ATTRS.sub("", line)
    line = _EMPHASIS.sub("", line)
    return " ".join(line.split())


def prose_blocks(markdown: str) -> list[str]:
    """The readable blocks of a Markdown text: paragraphs, list items, headings, table cells and
    definitions, each cleaned of markup. Left out: block quotes (the law, in English), code,
    abbreviation and snippet lines, HTML comments, front matter."""
    blocks: list[str] = []
    current: list[str] = []
    in_fence = False

    def flush() -> None:
        if current:
            blocks.append(" ".join(current))
            current.clear()

    for raw in markdown.splitlines():
        stripped = raw.strip()
        if _FENCE.match(stripped):
            in_fence = not in_fence
            flush()
            continue
        if in_fence:
            continue
        if (
            not stripped
            or stripped.startswith((">", "*[", "--8<--", "<!--", "{%", "---"))
            or re.match(r"^\[[^\]]+\]:\s", stripped)
        ):
            flush()
            continue
        if stripped.startswith("|"):
            flush()
            if not re.fullmatch(r"[|:\-\s]+", stripped):
                blocks += [_clean(cell) for cell in stripped.strip("|").split("|")]
            continue
        adm = _ADMONITION.match(stripped)
        if adm:
            flush()
            if adm.group(3):
                blocks.append(_clean(adm.group(3)))
            continue
        if _HEADING.match(stripped) or _LIST_MARK.match(stripped) or stripped.startswith(":"):
            flush()
            stripped = _HEADING.sub("", _LIST_MARK.sub("", stripped)).lstrip(": ")
        current.append(_clean(stripped))
    flush()
    return [b for b in blocks if b.strip()]


# Dots that do not end a sentence: initials and citations (U.S.C., C.F.R., EE. UU.), "v." in a
# case name, "núm.", "p. ej.", "a. m.", "No. 12".
_NOT_AN_END = re.compile(
    r"\b(?:[A-Z]\.){2,}(?!\s+[A-ZÁÉÍÓÚÑ¿¡][a-záéíóúñ])"
    r"|\bEE\. UU\.(?!\s+[A-ZÁÉÍÓÚÑ¿¡])|\bEE\. (?=UU)"
    r"|\b(?:v|vs|núm|ej|Stat|Cir|Supp|Fed|App|Pub|Inc|Sr|Sra|Dr|Crim|Civ|Evid)\.|\bP\.(?= \d)"
    r"|\bp\. ej\.|\b[ap]\. m\.|\bNo\.(?= ?\d)|\b[A-Z]\.(?= ?[A-Z][a-z]*\.)"
)
_END = re.compile(r"(?<=[.?!…])[\"”»)*_]*\s+(?=[\"“«(¿¡*_]*[A-ZÁÉÍÓÚÑ0-9§])(?!\d{4}\))")


def sentences(text: str) -> list[str]:
    """The sentences of a plain text (one block of prose, or a catalog value)."""
    protected = _NOT_AN_END.sub(lambda m: m.group(0).replace(".", "\0"), " ".join(text.split()))
    return [s.replace("\0", ".").strip() for s in _END.split(protected) if s.strip()]


# A citation in parentheses, "(18 U.S.C. § 3565(b))": a reader skips it, so it is not counted.
_CITATION = re.compile(
    r"\((?:[^()]|\([^()]*\))*(?:§|U\.S\.C\.|C\.F\.R\.|Fed\. R|USSG|\bv\. |BIA \d)"
    r"(?:[^()]|\([^()]*\))*\)"
)


def words(sentence: str) -> int:
    """Words a reader reads: punctuation and citations in parentheses not at all."""
    return len(re.findall(r"[\w§$][\w§$.,()/'’:\-–]*", _CITATION.sub(" ", sentence)))


def text_sentences(where: str, text: str) -> list[str]:
    """The sentences of one reader text: a page is Markdown, a catalog value plain text (with
    the Markdown a catalog value may carry, like "*Where to find it:*")."""
    blocks = prose_blocks(text) if where.endswith(".md") else [_clean(text)]
    return [s for block in blocks for s in sentences(block)]


def long_sentences(
    texts: list[tuple[str, str]], limit: int = LONGEST
) -> list[tuple[str, int, str]]:
    return [
        (where, words(sentence), sentence)
        for where, text in texts
        for sentence in text_sentences(where, text)
        if words(sentence) > limit
    ]


# --- The reader's gender -----------------------------------------------------------------------

# The masculine for the reader ("lo declararon culpable", "mandarlo a la cárcel", "preso", "yo
# mismo"): the site says "le", or writes around it, as the screener does. Each pattern names the
# reader in every place it can occur on these pages; an object pronoun for a thing ("lo puede
# imprimir") does not match.
MASCULINE = re.compile(
    r"\blo (?:declar\w+|arrest\w+|conden\w+|acus\w+|deport\w+|detuv\w+|deten\w+|mand\w+|"
    r"dej\w+ (?:en libertad|ir|salir|libre)|pusieron|pone[nr]?|ayud\w+|defiend\w+|represent\w+|"
    r"consider\w+|trat\w+|proteg\w+|han (?:condenado|arrestado|declarado|acusado)|"
    r"va a (?:acusar|arrestar|condenar|declarar|mandar|deportar)|"
    r"pued\w+ (?:declarar|arrestar|mandar|deportar|castigar|condenar|acusar))\b"
    r"|\b(?:declararlo|arrestarlo|condenarlo|deportarlo|mandarlo|dejarlo (?:en|ir|libre)|"
    r"defenderlo|ayudarlo|castigarlo|detenerlo|acusarlo|representarlo)\b"
    r"|\b(?:a usted lo|usted (?:es|esté|está|estuvo|fue|sea) (?:preso|detenido|"
    r"arrestado|condenado|acusado|seguro|obligado)|estuvo preso|yo mismo|usted mismo|"
    r"(?:estoy|está|esté|estaba|estuviera) seguro)\b",
    re.IGNORECASE,
)


def masculine_forms(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(where, m.group(0)) for where, text in texts for m in MASCULINE.finditer(text)]


# --- English inside Spanish --------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”')
_EN = "\x01"  # stands for a run already marked lang="en"


def _vocabulary(texts: list[str]) -> set[str]:
    return {w.lower() for text in texts for w in _WORD.findall(text)}


def english_only_words() -> set[str]:
    """Words the site writes in English and never in Spanish: the English pages' and the
    English catalogs' words, less every word of the Spanish texts outside quotes and
    parentheses (where the Spanish quotes or names English)."""
    from checker import i18n
    from tools.lang import site_es

    english = [p.read_text("utf-8") for p in (ROOT / "docs").glob("*.md") if ".es." not in p.name]
    english += list(i18n.catalog("es")) + list(site_es.CATALOG)
    spanish = " ".join(
        re.sub(_NOT_SPANISH, " ", text, flags=re.M) for _, text in reader_texts()
    )  # Spanish words: those written in lower case (a capital may start an English name)
    return _vocabulary(english) - {w for w in _WORD.findall(spanish) if w[0].islower()}


# Where a Spanish text may quote or name English: quotes, parentheses, tags, block quotes,
# {#anchors} and {placeholders}, addresses, italics (case names).
_NOT_SPANISH = (
    r'"[^"\n]*"|“[^”]*”|\([^()]*\)|<[^>]+>|^\s*>.*$|\{[^}]*\}|\S+\.(?:gov|org|com|net)\S*'
    r"|\S+@\S+|\*[^*\n]+\*"
)


def is_english(run: str, english: set[str]) -> bool:
    """A quoted run is English when most of its words are words only the English site uses."""
    found = [w.lower() for w in _WORD.findall(run.replace(_EN, " "))]
    return bool(found) and sum(w in english for w in found) * 2 >= len(found)


class _Visible(HTMLParser):
    """A page's visible text, with each element marked lang="en" (and code) as one _EN."""

    SKIP = {"script", "style", "code", "pre", "svg", "template"}
    VOID = {"br", "img", "input", "meta", "link", "hr", "wbr", "source", "col", "area", "base"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[bool] = []  # per open element: hidden or English

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        marked = tag in self.SKIP or dict(attrs).get("lang", "").startswith("en")
        if marked and not any(self.stack):
            self.parts.append(_EN)
        self.stack.append(marked)

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()
        if tag in ("p", "li", "td", "th", "h1", "h2", "h3", "h4", "dd", "dt", "div"):
            self.parts.append("\n")

    def handle_data(self, data):
        if not any(self.stack):
            self.parts.append(data)


_SMALL = {"a", "an", "and", "by", "for", "in", "of", "on", "or", "the", "to"}


def _english_sentences(text: str, english: set[str]) -> list[str]:
    """Runs of 4 or more English words in a row, outside quotes, that are not a name (a name
    capitalises each word but the small ones: "Fair Credit Reporting Act")."""
    found, run = [], []
    for token in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\S", text) + ["."]:
        word = token.lower()
        if token[0].isalpha() and (word in english or (run and word in _SMALL)):
            run.append(token)
            continue
        while run and run[-1].lower() in _SMALL:
            run.pop()
        if len(run) >= 4 and not all(w[0].isupper() or w.lower() in _SMALL for w in run):
            found.append(" ".join(run))
        run = []
    return found


def unmarked_english(html: str, english: set[str]) -> list[str]:
    """The English of a page that no element marks lang="en": quoted runs, and sentences."""
    parser = _Visible()
    parser.feed(html)
    text = "".join(parser.parts)
    runs = [a or b for a, b in _QUOTED.findall(text)]
    quoted = [run for run in runs if is_english(run, english)]
    return quoted + _english_sentences(_QUOTED.sub(" ", text), english)


def main() -> int:
    texts = reader_texts()
    every = [(w, s) for w, t in texts for s in text_sentences(w, t)]
    over = {n: [x for x in every if words(x[1]) > n] for n in (25, 30)}
    print(f"{len(texts)} texts, {len(every)} sentences; over 25 words: {len(over[25])}; "
          f"over 30: {len(over[30])}; masculine forms: {len(masculine_forms(texts))}")  # fmt: skip
    for where, sentence in over[30]:
        print(f"  {words(sentence):3} {where}: {sentence}")
    for where, form in masculine_forms(texts):
        print(f"  masculine {where}: {form}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
