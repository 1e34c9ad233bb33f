"""WordprocessingML that python-docx has no API for: fields, hyperlinks, bookmarks, borders,
shading, explicit fonts. Elements go in schema order (Word is stricter than LibreOffice)."""

from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor
from docx.text.paragraph import Paragraph

# CT_PPr children after which pBdr / shd / tabs must come, per the schema (w:pPr sequence).
_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
               "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
               "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
               "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
               "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
               "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def colour(value: str) -> RGBColor:
    return RGBColor.from_string(value.lstrip("#").upper())


def set_fonts(rpr_owner, name: str) -> None:  # noqa: ANN001
    """Name one font for Latin and complex scripts and drop the theme fonts that would
    override it (python-docx's ``font.name`` leaves ``w:asciiTheme`` in place)."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attribute), name)


def border(ppr, side: str, colour_hex: str, size_pt: float, space_pt: float = 1) -> None:  # noqa: ANN001
    """A paragraph border on one side ("top", "left", "bottom", "right")."""
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.insert_element_before(borders, *_AFTER_PBDR)
    for existing in borders.findall(qn(f"w:{side}")):
        borders.remove(existing)
    line = OxmlElement(f"w:{side}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(round(size_pt * 8)))  # eighths of a point
    line.set(qn("w:space"), str(round(space_pt)))
    line.set(qn("w:color"), colour_hex.lstrip("#").upper())
    order = ("top", "left", "bottom", "right", "between", "bar")
    successors = [qn(f"w:{s}") for s in order[order.index(side) + 1:]]
    following = next((child for child in borders if child.tag in successors), None)
    if following is None:
        borders.append(line)
    else:
        following.addprevious(line)


def remove_borders(ppr) -> None:  # noqa: ANN001
    for borders in ppr.findall(qn("w:pBdr")):
        ppr.remove(borders)


def remove_letter_spacing(style_element) -> None:  # noqa: ANN001
    """Drop character spacing and kerning thresholds (the PDF sets neither)."""
    rpr = style_element.rPr
    if rpr is None:
        return
    for tag in ("w:spacing", "w:kern"):
        for element in rpr.findall(qn(tag)):
            rpr.remove(element)


def remove_contextual_spacing(ppr) -> None:  # noqa: ANN001
    for element in ppr.findall(qn("w:contextualSpacing")):
        ppr.remove(element)


def remove_tabs(ppr) -> None:  # noqa: ANN001
    for tabs in ppr.findall(qn("w:tabs")):
        ppr.remove(tabs)


def shade_cell(cell, fill_hex: str) -> None:  # noqa: ANN001
    properties = cell._tc.get_or_add_tcPr()
    for existing in properties.findall(qn("w:shd")):
        properties.remove(existing)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill_hex.lstrip("#").upper())
    # tcPr sequence: cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar ...
    properties.insert_element_before(shading, "w:noWrap", "w:tcMar", "w:textDirection",
                                     "w:tcFitText", "w:vAlign", "w:hideMark")


def table_borders(table, rule_hex: str) -> None:  # noqa: ANN001
    """Horizontal rules only, light between rows, none at the sides (the PDF's look); the
    header row's heavier rule is set on its cells (``header_rule``)."""
    properties = table._tbl.tblPr
    for existing in properties.findall(qn("w:tblBorders")):
        properties.remove(existing)
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{side}")
        if side in ("bottom", "insideH"):
            line.set(qn("w:val"), "single")
            line.set(qn("w:sz"), "2")  # eighths of a point
            line.set(qn("w:space"), "0")
            line.set(qn("w:color"), rule_hex.lstrip("#").upper())
        else:
            line.set(qn("w:val"), "nil")
        borders.append(line)
    properties.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar",
                                     "w:tblLook", "w:tblCaption", "w:tblDescription")


def header_rule(cell, rule_hex: str, size_pt: float, bottom_margin_pt: float) -> None:  # noqa: ANN001
    """The rule under a header cell, and the cell's bottom margin (less the rule's width, which
    Word adds to the row's height and the PDF draws over its padding)."""
    properties = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    line = OxmlElement("w:bottom")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(round(size_pt * 8)))
    line.set(qn("w:space"), "0")
    line.set(qn("w:color"), rule_hex.lstrip("#").upper())
    borders.append(line)
    properties.insert_element_before(borders, "w:shd", "w:noWrap", "w:tcMar",
                                     "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")
    margins = OxmlElement("w:tcMar")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:w"), str(round(bottom_margin_pt * 20)))
    bottom.set(qn("w:type"), "dxa")
    margins.append(bottom)
    properties.insert_element_before(margins, "w:textDirection", "w:tcFitText", "w:vAlign",
                                     "w:hideMark")


def table_indent(table, indent_pt: float) -> None:  # noqa: ANN001
    """The table's left edge from the margin. Word 2010's layout (the compatibility mode of
    python-docx's template) and LibreOffice put the first cell's text, not the table's edge,
    at the indent: an indent of the cell margin puts the edge on the margin, as in the PDF."""
    properties = table._tbl.tblPr
    for existing in properties.findall(qn("w:tblInd")):
        properties.remove(existing)
    indent = OxmlElement("w:tblInd")
    indent.set(qn("w:w"), str(round(indent_pt * 20)))
    indent.set(qn("w:type"), "dxa")
    properties.insert_element_before(indent, "w:tblBorders", "w:shd", "w:tblLayout",
                                     "w:tblCellMar", "w:tblLook", "w:tblCaption",
                                     "w:tblDescription")


def bullet_level(numbering, num_id: int, text: str, font: str, colour_hex: str,
                 size_pt: float) -> None:  # noqa: ANN001
    """Set the first level of list ``num_id`` (the List Bullet style's) to draw ``text`` in
    ``font``, colour and size, with no tab stop of its own: the paragraph's hanging indent
    places the text (the template's bullet is a black Symbol-font glyph and a tab at 18 pt)."""
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in numbering.findall(qn("w:abstractNum"))
                    if a.get(qn("w:abstractNumId")) == abstract_id)
    level = next(lvl for lvl in abstract.findall(qn("w:lvl")) if lvl.get(qn("w:ilvl")) == "0")
    level.find(qn("w:lvlText")).set(qn("w:val"), text)
    for child in level.findall(qn("w:pPr")) + level.findall(qn("w:rPr")):
        level.remove(child)
    properties = run_properties(size=size_pt, colour_hex=colour_hex)
    fonts = OxmlElement("w:rFonts")
    for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attribute), font)
    properties.insert(0, fonts)
    level.append(properties)


def cell_margins(table, sides_pt: float, top_pt: float, bottom_pt: float) -> None:  # noqa: ANN001
    """Space inside every cell, as the PDF's table padding."""
    properties = table._tbl.tblPr
    for existing in properties.findall(qn("w:tblCellMar")):
        properties.remove(existing)
    margins = OxmlElement("w:tblCellMar")
    for side, value in (("top", top_pt), ("left", sides_pt), ("bottom", bottom_pt),
                        ("right", sides_pt)):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(round(value * 20)))  # twentieths of a point
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    properties.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")


def table_width(table, width) -> None:  # noqa: ANN001
    """The table's preferred width (``width`` in EMU, as python-docx lengths are)."""
    element = table._tbl.tblPr.find(qn("w:tblW"))
    element.set(qn("w:w"), str(round(width / 635)))  # EMU to twentieths of a point
    element.set(qn("w:type"), "dxa")


def fixed_layout(table) -> None:  # noqa: ANN001
    properties = table._tbl.tblPr
    layout = properties.find(qn("w:tblLayout"))
    if layout is None:
        layout = OxmlElement("w:tblLayout")
        properties.insert_element_before(layout, "w:tblCellMar", "w:tblLook", "w:tblCaption",
                                         "w:tblDescription")
    layout.set(qn("w:type"), "fixed")


def row_flag(row, name: str) -> None:  # noqa: ANN001
    """A row property such as ``tblHeader`` (repeat on each page) or ``cantSplit``."""
    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement(f"w:{name}")
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def field(paragraph: Paragraph, instruction: str, shown: str, run_properties=None) -> None:  # noqa: ANN001
    """A simple field (PAGE, NUMPAGES) whose value Word and LibreOffice compute on display."""
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    if run_properties is not None:
        run.append(run_properties)
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def field_char(paragraph: Paragraph, kind: str) -> None:
    """One part of a complex field: "begin", "separate" or "end"."""
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    paragraph._p.append(run)


def instruction(paragraph: Paragraph, text: str) -> None:
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {text} "
    run.append(instr)
    paragraph._p.append(run)


def hyperlink(paragraph: Paragraph, text: str, *, url: str | None = None,
              anchor: str | None = None, style: str | None = None,
              size: float | None = None, colour_hex: str | None = None) -> None:
    """A link to a web address (``url``) or to a bookmark in the document (``anchor``)."""
    link = OxmlElement("w:hyperlink")
    if url is not None:
        link.set(qn("r:id"), paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True))
    if anchor is not None:
        link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    run = OxmlElement("w:r")
    properties = run_properties(size=size, colour_hex=colour_hex)
    if style:  # w:rStyle comes first in a w:rPr
        style_element = OxmlElement("w:rStyle")
        style_element.set(qn("w:val"), style)
        properties.insert(0, style_element)
    if len(properties):
        run.append(properties)
    text_element = OxmlElement("w:t")
    text_element.set(qn("xml:space"), "preserve")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


class Bookmarks:
    """Numbers bookmarks so that each id is unique in the document."""

    def __init__(self) -> None:
        self.next_id = 0

    def mark(self, paragraph: Paragraph, name: str) -> None:
        """A bookmark named ``name`` at the current end of the paragraph (the compact Sources
        hold several targets in one paragraph)."""
        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        start.set(qn("w:id"), str(self.next_id))
        start.set(qn("w:name"), name)
        end.set(qn("w:id"), str(self.next_id))
        self.next_id += 1
        paragraph._p.append(start)
        paragraph._p.append(end)

    def wrap(self, paragraph: Paragraph, name: str) -> None:
        """Put a bookmark named ``name`` around the paragraph's content."""
        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        start.set(qn("w:id"), str(self.next_id))
        start.set(qn("w:name"), name)
        end.set(qn("w:id"), str(self.next_id))
        self.next_id += 1
        properties = paragraph._p.pPr
        if properties is None:
            paragraph._p.insert(0, start)
        else:
            properties.addnext(start)
        paragraph._p.append(end)


def run_properties(size: float | None = None, colour_hex: str | None = None,
                   bold: bool = False):  # noqa: ANN201
    """A detached w:rPr for field runs (children in schema order: b, color, sz)."""
    properties = OxmlElement("w:rPr")
    if bold:
        properties.append(OxmlElement("w:b"))
    if colour_hex:
        element = OxmlElement("w:color")
        element.set(qn("w:val"), colour_hex.lstrip("#").upper())
        properties.append(element)
    if size:
        for tag in ("w:sz", "w:szCs"):
            element = OxmlElement(tag)
            element.set(qn("w:val"), str(round(size * 2)))
            properties.append(element)
    return properties

