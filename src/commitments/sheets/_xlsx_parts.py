"""The parts of an ``.xlsx`` package besides its sheets (ECMA-376, SpreadsheetML).

An ``.xlsx`` file is a zip of XML parts: the content types, the relationships,
the workbook (its list of sheets), the styles and the shared strings. These
functions write the few of each that a plan workbook needs; the styles are a
fixed set (plain, header, date, wrapped text) and one number style per count of
decimal places in use.
"""

from collections.abc import Sequence
from xml.sax.saxutils import quoteattr

__all__ = [
    "DATE_STYLE",
    "HEADER_STYLE",
    "MAIN_NAMESPACE",
    "WRAP_STYLE",
    "XML_DECLARATION",
    "Styles",
    "content_types",
    "package_relationships",
    "workbook",
    "workbook_relationships",
]

MAIN_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

#: Cell styles (indexes into ``cellXfs``): header cells, dates, wrapped text.
HEADER_STYLE, DATE_STYLE, WRAP_STYLE = 1, 2, 3
_FIRST_NUMBER_STYLE = 4
_DATE_FORMAT_ID = 164  # the first id of a custom number format


def content_types(sheets: int) -> str:
    """The ``[Content_Types].xml`` of a workbook of ``sheets`` sheets."""
    overrides = [
        ("/xl/workbook.xml", f"{_OFFICE}.sheet.main+xml"),
        ("/xl/styles.xml", f"{_OFFICE}.styles+xml"),
        ("/xl/sharedStrings.xml", f"{_OFFICE}.sharedStrings+xml"),
    ] + [(f"/xl/worksheets/sheet{n}.xml", f"{_OFFICE}.worksheet+xml") for n in range(1, sheets + 1)]
    return (
        f'{XML_DECLARATION}<Types xmlns="{_TYPES}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
        + "</Types>"
    )


def package_relationships() -> str:
    """The ``_rels/.rels`` part: where the workbook is."""
    return (
        f'{XML_DECLARATION}<Relationships xmlns="{_PKG_RELS}"><Relationship Id="rId1" '
        f'Type="{_DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )


def workbook(names: Sequence[str], *, active: int) -> str:
    """The ``xl/workbook.xml`` part: the sheets, by name, in order; ``active`` is shown first."""
    sheets = "".join(
        f'<sheet name={quoteattr(name)} sheetId="{n}" r:id="rId{n}"/>'
        for n, name in enumerate(names, 1)
    )
    return (
        f'{XML_DECLARATION}<workbook xmlns="{MAIN_NAMESPACE}" xmlns:r="{_DOC_RELS}"><workbookPr/>'
        f'<bookViews><workbookView activeTab="{active}"/></bookViews>'
        f"<sheets>{sheets}</sheets></workbook>"
    )


def workbook_relationships(sheets: int) -> str:
    """The ``xl/_rels/workbook.xml.rels`` part: the sheets, the styles and the shared strings."""
    links = [(f"worksheets/sheet{n}.xml", "worksheet") for n in range(1, sheets + 1)]
    links += [("styles.xml", "styles"), ("sharedStrings.xml", "sharedStrings")]
    return (
        f'{XML_DECLARATION}<Relationships xmlns="{_PKG_RELS}">'
        + "".join(
            f'<Relationship Id="rId{n}" Type="{_DOC_RELS}/{kind}" Target="{target}"/>'
            for n, (target, kind) in enumerate(links, 1)
        )
        + "</Relationships>"
    )


class Styles:
    """The cell styles of a workbook: the fixed ones, and one per count of decimal places."""

    def __init__(self) -> None:
        self._places: dict[int, int] = {}

    def number(self, places: int) -> int:
        """The style of a number cell that shows ``places`` decimal places (0 is plain)."""
        if not places:
            return 0
        style = self._places.get(places)
        if style is None:
            style = self._places[places] = _FIRST_NUMBER_STYLE + len(self._places)
        return style

    def xml(self) -> str:
        """The ``xl/styles.xml`` part."""
        formats = [(_DATE_FORMAT_ID, "yyyy-mm-dd")] + [
            (_DATE_FORMAT_ID + 1 + n, "0." + "0" * places) for n, places in enumerate(self._places)
        ]
        plain = 'fontId="0" fillId="0" borderId="0" xfId="0"'
        xfs = [
            f'<xf numFmtId="0" {plain}/>',
            '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" '
            'applyFill="1"/>',
            f'<xf numFmtId="{_DATE_FORMAT_ID}" {plain} applyNumberFormat="1"/>',
            f'<xf numFmtId="0" {plain} applyAlignment="1"><alignment vertical="top" '
            'wrapText="1"/></xf>',
        ] + [
            f'<xf numFmtId="{number}" {plain} applyNumberFormat="1"/>' for number, _ in formats[1:]
        ]
        font = '<sz val="11"/><name val="Calibri"/><family val="2"/>'
        return (
            f'{XML_DECLARATION}<styleSheet xmlns="{MAIN_NAMESPACE}">'
            f'<numFmts count="{len(formats)}">'
            + "".join(f'<numFmt numFmtId="{n}" formatCode="{code}"/>' for n, code in formats)
            + f'</numFmts><fonts count="2"><font>{font}</font><font><b/>{font}</font></fonts>'
            '<fills count="3"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill>'
            '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/>'
            '<bgColor indexed="64"/></patternFill></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
            '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
            f'borderId="0"/></cellStyleXfs><cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
            "</cellStyles></styleSheet>"
        )
