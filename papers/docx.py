"""A paper as a Word file (.docx): WordprocessingML in a zip, with the standard library only.

The smallest package Word, LibreOffice and python-docx all open: content types, the package
relationships, the document, its styles, a footer with the page number, and the core properties
(the paper's title only: no name, no date). Same paper, same bytes: every zip entry carries a
fixed timestamp, and nothing depends on the clock or the machine.

Layout of a court paper: US Letter, 1-inch margins, Times New Roman 12 pt; the first-page note
in a box; the caption (court, parties and case number in a two-column table); the title; the
numbered paragraphs; the signature block set to the right. Elements inside each property list
come in the order the WordprocessingML schema gives (Word is strict about it).
"""

from __future__ import annotations

import io
import zipfile

from .model import Caption, Document, Line, Run
from .texts import CHECK, COURT, HEADING, ITEM, PARA, QUOTE, ROW, RULE, SIGN

MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold: fixed, so output is stable

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"

CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/word/document.xml" ContentType="{CT_MAIN}.document.main+xml"/>\
<Override PartName="/word/styles.xml" ContentType="{CT_MAIN}.styles+xml"/>\
<Override PartName="/word/settings.xml" ContentType="{CT_MAIN}.settings+xml"/>\
<Override PartName="/word/fontTable.xml" ContentType="{CT_MAIN}.fontTable+xml"/>\
<Override PartName="/word/numbering.xml" ContentType="{CT_MAIN}.numbering+xml"/>\
<Override PartName="/word/theme/theme1.xml" \
ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>\
<Override PartName="/word/footer1.xml" ContentType="{CT_MAIN}.footer+xml"/>\
<Override PartName="/docProps/core.xml" \
ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
</Types>"""

PACKAGE_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL}">\
<Relationship Id="rId1" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/>\
<Relationship Id="rId2" \
Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
Target="docProps/core.xml"/>\
</Relationships>"""

DOCUMENT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL}">\
<Relationship Id="rId1" Type="{DOC_REL}/styles" Target="styles.xml"/>\
<Relationship Id="rId2" Type="{DOC_REL}/footer" Target="footer1.xml"/>\
<Relationship Id="rId3" Type="{DOC_REL}/settings" Target="settings.xml"/>\
<Relationship Id="rId4" Type="{DOC_REL}/fontTable" Target="fontTable.xml"/>\
<Relationship Id="rId5" Type="{DOC_REL}/numbering" Target="numbering.xml"/>\
<Relationship Id="rId6" Type="{DOC_REL}/theme" Target="theme/theme1.xml"/>\
</Relationships>"""

# The smallest theme the schema allows (a document part Word expects): plain colours, Times New
# Roman, solid fills and lines.
_SOLID = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
_LINE = f'<a:ln w="9525">{_SOLID}</a:ln>'
_COLOURS = "".join(
    f"<a:{name}><a:srgbClr val=\"{rgb}\"/></a:{name}>"
    for name, rgb in (
        ("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "1F1F1F"), ("lt2", "EEEEEE"),
        ("accent1", "1F4E79"), ("accent2", "833C0B"), ("accent3", "375623"),
        ("accent4", "7F6000"), ("accent5", "3A3838"), ("accent6", "44546A"),
        ("hlink", "0563C1"), ("folHlink", "954F72"),
    )
)  # fmt: skip
_FONTS = '<a:latin typeface="Times New Roman"/><a:ea typeface=""/><a:cs typeface=""/>'
THEME = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Paper">'
    f'<a:themeElements><a:clrScheme name="Paper">{_COLOURS}</a:clrScheme>'
    f'<a:fontScheme name="Paper"><a:majorFont>{_FONTS}</a:majorFont>'
    f"<a:minorFont>{_FONTS}</a:minorFont></a:fontScheme>"
    f'<a:fmtScheme name="Paper"><a:fillStyleLst>{_SOLID * 3}</a:fillStyleLst>'
    f"<a:lnStyleLst>{_LINE * 3}</a:lnStyleLst>"
    "<a:effectStyleLst>"
    + "<a:effectStyle><a:effectLst/></a:effectStyle>"
    * 3
    + f"</a:effectStyleLst><a:bgFillStyleLst>{_SOLID * 3}</a:bgFillStyleLst>"
    "</a:fmtScheme></a:themeElements></a:theme>"
)

# Word opens a file without compatibilityMode 15 in "Compatibility Mode" (as a Word 2007 file).
SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W}"><w:defaultTabStop w:val="720"/>\
<w:characterSpacingControl w:val="doNotCompress"/><w:compat>\
<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" \
w:val="15"/></w:compat></w:settings>"""

FONT_TABLE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="{W}"><w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/>\
<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>"""

# The numbered paragraphs of a court paper: Word's own numbering ("1.", "2.", ... then a tab),
# so a filer who deletes or adds a paragraph keeps a right sequence.
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">\
<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>\
<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr>\
<w:tabs><w:tab w:val="num" w:pos="1440"/></w:tabs><w:ind w:left="0" w:firstLine="720"/>\
</w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
</w:numbering>"""
TIGHT = '<w:spacing w:before="120" w:after="80"/>'  # a title or heading off a court paper
NUM_PR = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'

FOOTER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="{W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>\
<w:r><w:t xml:space="preserve">Page </w:t></w:r>\
<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>"""


def _style(style_id: str, name: str, ppr: str = "", rpr: str = "") -> str:
    return (
        f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:qFormat/>'
        f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


BOX = "".join(
    f'<w:{side} w:val="single" w:sz="8" w:space="4" w:color="000000"/>'
    for side in ("top", "left", "bottom", "right")
)
SMALL = '<w:sz w:val="22"/><w:szCs w:val="22"/>'  # 11 pt: letters and worksheets, as printed
STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}">'
    "<w:docDefaults><w:rPrDefault><w:rPr>"
    '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman"'
    ' w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US"/>'
    "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
    '<w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
    "</w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "<w:qFormat/></w:style>"
    + _style("Note", "Draft note", f"<w:pBdr>{BOX}</w:pBdr>"
             '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>'
             '<w:spacing w:after="0"/>', '<w:sz w:val="20"/><w:szCs w:val="20"/>')
    + _style("Court", "Court", '<w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/>',
             "<w:b/><w:caps/>")
    + _style("Caption", "Caption party", '<w:spacing w:after="0"/>')
    + _style("PaperTitle", "Paper title", '<w:spacing w:before="240" w:after="240"/>'
             '<w:jc w:val="center"/>', "<w:b/>")
    + _style("Numbered", "Numbered paragraph", '<w:tabs><w:tab w:val="left" w:pos="1440"/>'
             '</w:tabs><w:spacing w:after="0" w:line="480" w:lineRule="auto"/>'
             '<w:ind w:firstLine="720"/>')
    + _style("Body", "Body text", '<w:spacing w:after="0" w:line="480" w:lineRule="auto"/>')
    + _style("Question", "Numbered question", '<w:spacing w:after="20" w:line="240"'
             ' w:lineRule="auto"/><w:ind w:left="360" w:hanging="360"/>', SMALL)
    + _style("Plain", "Plain text", '<w:spacing w:after="60" w:line="240" w:lineRule="auto"/>',
             SMALL)
    + _style("BlockQuote", "Block quote", '<w:spacing w:after="120" w:line="240"'
             ' w:lineRule="auto"/><w:ind w:left="720" w:right="720"/>')
    + _style("Heading", "Paper heading", '<w:keepNext/><w:spacing w:before="240" w:after="120"/>',
             "<w:b/>")
    + _style("Item", "List item", '<w:spacing w:after="80"/>'
             '<w:ind w:left="720" w:hanging="360"/>')
    + _style("Sign", "Signature line", '<w:keepNext/><w:spacing w:after="120"/>'
             '<w:ind w:left="4680"/>')
    + _style("Rule", "Line across", '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1"'
             ' w:color="000000"/></w:pBdr><w:spacing w:after="240"/>')
    + "</w:styles>"
)  # fmt: skip


def escape(text: str) -> str:
    """Text for XML character data or a double-quoted attribute."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _r(text: str, rpr: str = "", keep: bool = False) -> str:
    if not text:
        return ""
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""

    def piece(part: str) -> str:
        if not part:
            return ""
        if keep:  # a case number: Word's non-breaking hyphen, so it never wraps at one
            return "<w:noBreakHyphen/>".join(
                f'<w:t xml:space="preserve">{escape(bit)}</w:t>' if bit else ""
                for bit in part.split("-")
            )
        return f'<w:t xml:space="preserve">{escape(part)}</w:t>'

    return f"<w:r>{props}{'<w:tab/>'.join(piece(part) for part in text.split(chr(9)))}</w:r>"


def _runs(runs: tuple[Run, ...]) -> str:
    return "".join(_r(run.text, keep=run.keep) for run in runs)


def _p(style: str, content: str, ppr: str = "") -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{ppr}</w:pPr>{content}</w:p>'


def _caption(caption: Caption) -> str:
    court_lines = "<w:r><w:br/></w:r>".join(_runs(line) for line in caption.court)
    border = '<w:{0} w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
    left = (
        '<w:tc><w:tcPr><w:tcW w:w="5040" w:type="dxa"/><w:tcBorders>'
        + border.format("bottom")
        + border.format("right")
        + "</w:tcBorders></w:tcPr>"
        + _p("Caption", _r("United States of America"))
        + _p("Caption", "")
        + _p("Caption", _r("v."), '<w:ind w:left="720"/>')
        + _p("Caption", "")
        + _p("Caption", _runs(caption.defendant), '<w:spacing w:after="120"/>')
        + "</w:tc>"
    )
    right = (
        '<w:tc><w:tcPr><w:tcW w:w="4320" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
        + _p("Caption", _runs(caption.case_number), '<w:ind w:left="216"/>')
        + "</w:tc>"
    )
    table = (
        '<w:tbl><w:tblPr><w:tblW w:w="9360" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="5040"/>'
        f'<w:gridCol w:w="4320"/></w:tblGrid><w:tr>{left}{right}</w:tr></w:tbl>'
    )
    return _p("Court", court_lines) + table


def _line(line: Line, court: bool, keep_next: bool = False) -> str:
    # keep_next: the paragraph before a signature block ends on the block's page (Word's
    # keepNext, first in a paragraph's properties after its style; widow control keeps at least
    # two of its lines there), so a signature never stands alone on a page
    keep = "<w:keepNext/>" if keep_next else ""
    if line.kind == PARA and court:
        return _p("Numbered", _runs(line.runs), keep + NUM_PR)
    if line.kind == PARA:
        return _p("Question", _r(f"{line.number}.\t") + _runs(line.runs), keep)
    if line.kind == QUOTE:
        return _p("BlockQuote", _runs(line.runs)) + _p(
            "BlockQuote", _r(line.cite), '<w:jc w:val="right"/>'
        )
    if line.kind == HEADING:
        # letters and worksheets sit closer, so a one-page list stays on one page
        return _p("Heading", _runs(line.runs), "" if court else TIGHT)
    if line.kind == ITEM:
        return _p("Item", _r("•\t") + _runs(line.runs))
    if line.kind == CHECK:
        return _p("Item", _runs(line.runs))
    if line.kind == ROW:
        return _p("Plain", _r(f"{line.label}: ", "<w:b/>") + _runs(line.runs))
    if line.kind == SIGN:
        return _p("Sign" if court else "Plain", _runs(line.runs))
    if line.kind == RULE:
        return _p("Rule", "")
    return _p("Body" if court else "Plain", _runs(line.runs), keep)


def document_xml(doc: Document) -> str:
    court = doc.kind == COURT
    parts = [_p("Note", _r(doc.note_title, "<w:b/>"))]
    parts += [_p("Note", _runs(line.runs)) for line in doc.note]
    parts.append(_p("Plain", ""))
    if doc.caption is not None:
        parts.append(_caption(doc.caption))
    parts.append(_p("PaperTitle", _r(doc.title), "" if court else TIGHT))
    body = doc.body
    parts += [
        _line(line, court, line.kind != SIGN and i + 1 < len(body) and body[i + 1].kind == SIGN)
        for i, line in enumerate(body)
    ]
    section = (
        '<w:sectPr><w:footerReference w:type="default" r:id="rId2"/>'
        '<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440"'
        ' w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(parts)}{section}'
        "</w:body></w:document>"
    )


def core_xml(doc: Document) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{escape(doc.title)}</dc:title><dc:language>{doc.lang}-US</dc:language>"
        "</cp:coreProperties>"
    )


def render(doc: Document) -> bytes:
    """The .docx file's bytes."""
    parts = (
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("docProps/core.xml", core_xml(doc)),
        ("word/document.xml", document_xml(doc)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS),
        ("word/fontTable.xml", FONT_TABLE),
        ("word/numbering.xml", NUMBERING),
        ("word/theme/theme1.xml", THEME),
        ("word/footer1.xml", FOOTER),
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()
