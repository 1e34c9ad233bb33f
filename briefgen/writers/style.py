"""The one style sheet behind both the DOCX and the PDF, resolved once from the template.

The template chooses a handful of values (fonts, body size, colours, page); everything else
(heading sizes, spacing, rules, table fills) is derived here, so that the two writers cannot
drift apart: each reads its sizes and colours from a ``StyleSheet`` and from nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from briefgen.errors import TemplateError
from briefgen.templates import Template
from briefgen.writers.fonts import FAMILIES, measurer

PAGE_SIZES_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
#: Sections whose items are quotations, set as block quotes with the speaker below.
QUOTE_SECTIONS = frozenset({"voices", "quotes"})
_HEX = re.compile(r"#[0-9A-Fa-f]{6}")
_WORDS = re.compile(r"[ \t\n]+")  # not the no-break space: "[1, 2]" is one unit


@dataclass(frozen=True)
class Role:
    """How one kind of paragraph is set, the same in both writers (sizes and spaces in points)."""

    font: str  # a bundled family
    size: float
    leading: float  # baseline to baseline
    before: float = 0.0
    after: float = 0.0
    colour: str = "#000000"
    bold: bool = False
    italic: bool = False
    indent: float = 0.0  # left indent; the first line hangs back by ``hang``
    hang: float = 0.0


@dataclass(frozen=True)
class Rule:
    """A horizontal rule across the text, the same in both writers (points)."""

    before: float  # from the foot of the paragraph above (a DOCX border's space: whole points)
    width: float
    after: float  # collapses with the space before what follows, as paragraph spaces do
    colour: str


@dataclass(frozen=True)
class StyleSheet:
    """Fonts, sizes (points), colours ("#RRGGBB") and page geometry (millimetres)."""

    page_width_mm: float
    page_height_mm: float
    margins_mm: tuple[float, float, float, float]  # top, right, bottom, left
    body_font: str
    heading_font: str
    body_size: float
    line_spacing: float
    title_size: float
    heading1_size: float
    heading2_size: float
    small_size: float  # citations, captions, the meta line, header and footer
    text_color: str
    heading_color: str
    accent_color: str  # rules, table header text, links
    muted_color: str  # citations and metadata
    marking_color: str
    table_header_color: str  # background of a table's header row
    logo: str | None = None
    logo_width_mm: float = 30.0

    # ------------------------------------------------------------------ derived sizes (pt)
    @property
    def leading(self) -> float:
        return round(self.body_size * self.line_spacing, 2)

    @property
    def subtitle_size(self) -> float:
        return _half_points(self.body_size * 1.15)

    @property
    def heading3_size(self) -> float:
        return self.body_size

    @property
    def table_size(self) -> float:
        return _half_points(self.body_size * 0.9)

    @property
    def margin_text_size(self) -> float:
        """Header and footer: the marking and the page number."""
        return max(7.0, self.small_size)

    # ------------------------------------------------------------------ spacing (pt)
    @property
    def paragraph_space(self) -> float:
        return round(self.body_size * 0.55, 1)

    @property
    def item_space(self) -> float:
        return round(self.body_size * 0.3, 1)

    @property
    def heading1_space_before(self) -> float:
        return round(self.body_size * 1.5, 1)

    @property
    def heading2_space_before(self) -> float:
        return round(self.body_size * 0.8, 1)

    @property
    def table_space_after(self) -> float:
        return round(self.paragraph_space * 1.5, 1)

    @property
    def bullet_indent(self) -> float:
        return round(self.body_size * 1.4, 1)

    # ------------------------------------------------------------------ roles
    def role(self, name: str) -> Role:
        """The paragraph role ``name``: body, bullet, title, subtitle, kicker, meta, heading1-3,
        table, table_head, quote, attribution, source, source_compact, contents_title, contents,
        margin.

        Spaces, indents and leading are whole twentieths of a point, the unit Word stores them
        in: the PDF then sets exactly what the DOCX can say (a leading of 14.175 points would
        be 14.2 in Word, and the difference adds up over a page)."""
        return _on_twips(self._roles()[name])

    def _roles(self) -> dict[str, Role]:
        size, heading, body = self.body_size, self.heading_font, self.body_font
        small = self.small_size + 0.5
        roles = {
            "body": Role(body, size, self.leading, after=self.paragraph_space,
                         colour=self.text_color),
            "bullet": Role(body, size, self.leading, after=self.item_space,
                           colour=self.text_color, indent=self.bullet_indent,
                           hang=self.bullet_indent * 0.75),
            "title": Role(heading, self.title_size, self.title_size * 1.18, after=size * 0.35,
                          colour=self.heading_color, bold=True),
            "subtitle": Role(heading, self.subtitle_size, self.subtitle_size * 1.25,
                             after=size * 0.3, colour=self.heading_color),
            "kicker": Role(heading, self.small_size, self.small_size * 1.3, after=size * 0.3,
                           colour=self.accent_color, bold=True),
            "meta": Role(body, small, small * 1.3, colour=self.muted_color),
            "heading1": Role(heading, self.heading1_size, self.heading1_size * 1.2,
                             before=self.heading1_space_before, after=size * 0.45,
                             colour=self.heading_color, bold=True),
            "heading2": Role(heading, self.heading2_size, self.heading2_size * 1.25,
                             before=self.heading2_space_before, after=size * 0.2,
                             colour=self.heading_color, bold=True),
            "heading3": Role(heading, self.heading3_size, self.heading3_size * 1.25,
                             before=self.heading2_space_before, after=size * 0.2,
                             colour=self.heading_color, bold=True),
            "table": Role(body, self.table_size, self.table_size * 1.25, colour=self.text_color),
            "table_head": Role(heading, self.table_size, self.table_size * 1.25,
                               colour=self.accent_color, bold=True),
            "quote": Role(body, size, self.leading, before=size * 0.2, after=size * 0.15,
                          colour=self.text_color, italic=True, indent=size * 1.2),
            "attribution": Role(body, small, small * 1.3, after=self.paragraph_space,
                                colour=self.muted_color, indent=size * 1.2),
            "source": Role(body, self.table_size, self.table_size * 1.3, after=size * 0.35,
                           colour=self.text_color, indent=size * 2.2, hang=size * 2.2),
            # The compact Sources of a one-page brief: small type, no hanging numbers.
            "source_compact": Role(body, self.small_size, self.small_size * 1.25,
                                   after=size * 0.15, colour=self.text_color),
            "contents_title": Role(heading, self.heading2_size, self.heading2_size * 1.25,
                                   before=size * 0.6, after=size * 0.2,
                                   colour=self.heading_color, bold=True),
            "contents": Role(body, size, self.leading, after=0.0,
                             colour=self.text_color),
            "margin": Role(heading, self.margin_text_size, self.margin_text_size * 1.2,
                           colour=self.muted_color),
        }
        return roles

    def rule(self, name: str) -> Rule:
        """The rule ``name``: "title", under the title block, or "contents", under the table
        of contents."""
        if name == "title":
            # Word gives a border's distance from the text in whole points only.
            return Rule(before=float(round(self.body_size * 0.5)), width=1.2,
                        after=_twips(self.body_size * 0.2), colour=self.accent_color)
        if name == "contents":
            return Rule(before=2.0, width=0.5, after=0.0, colour=self.rule_color)
        raise KeyError(name)

    # ------------------------------------------------------------------ derived colours
    @property
    def rule_color(self) -> str:
        return tint(self.accent_color, 0.45)

    @property
    def stripe_fill(self) -> str:
        """Background of every other table row."""
        return tint(self.table_header_color, 0.6)

    @property
    def grid_color(self) -> str:
        return tint(self.accent_color, 0.75)

    @property
    def link_color(self) -> str:
        return self.accent_color

    # ------------------------------------------------------------------ geometry
    @property
    def text_width_mm(self) -> float:
        return self.page_width_mm - self.margins_mm[1] - self.margins_mm[3]


def stylesheet(template: Template) -> StyleSheet:
    """Resolve the template's style; a bad value is a TemplateError naming its key.

    Reads fields by name with defaults, so a template written before a field existed works.
    """
    style = template.style

    def value(name: str, default):  # noqa: ANN001, ANN202
        found = getattr(style, name, None)
        return default if found is None else found

    def colour(name: str, default: str) -> str:
        return _colour(value(name, default), f"style.{name}", template)

    width, height = PAGE_SIZES_MM[template.page_size]
    margins = template.margins
    margin_values = (margins.top, margins.right, margins.bottom, margins.left)
    body_size = float(style.body_size)
    body_font = _font(style.body_font, "style.body_font", template)
    return StyleSheet(
        page_width_mm=width,
        page_height_mm=height,
        margins_mm=tuple(float(m) for m in margin_values),
        body_font=body_font,
        heading_font=_font(value("heading_font", body_font), "style.heading_font", template),
        body_size=body_size,
        line_spacing=float(value("line_spacing", 1.35)),
        title_size=float(value("title_size", _half_points(body_size * 1.9))),
        heading1_size=float(value("heading1_size", _half_points(body_size * 1.35))),
        heading2_size=float(value("heading2_size", _half_points(body_size * 1.1))),
        small_size=float(value("small_size", _half_points(body_size * 0.78))),
        text_color=colour("text_color", "#1A1A1A"),
        heading_color=colour("heading_color", "#1F3A5F"),
        accent_color=colour("accent_color", "#1F3A5F"),
        muted_color=colour("muted_color", "#595959"),
        marking_color=colour("marking_color", "#9E1B1B"),
        table_header_color=colour("table_header_color", "#EEF2F7"),
        logo=template.logo,
        logo_width_mm=float(value("logo_width_mm", 30.0)),
    )


def _font(name: str, key: str, template: Template) -> str:
    if name not in FAMILIES:
        raise TemplateError(f"{template.path or template.name}: {key} {name!r} is not a bundled "
                            f"font (allowed: {', '.join(FAMILIES)})")
    return name


def _colour(value: str, key: str, template: Template) -> str:
    if not isinstance(value, str) or not _HEX.fullmatch(value):
        raise TemplateError(f"{template.path or template.name}: {key} {value!r} is not a colour "
                            "(allowed: '#RRGGBB')")
    return value.upper()


def _twips(points: float) -> float:
    """``points`` rounded to twentieths of a point (Word's unit for spaces and leading)."""
    return round(points * 20) / 20


def _on_twips(role: Role) -> Role:
    return replace(role, leading=_twips(role.leading), before=_twips(role.before),
                   after=_twips(role.after), indent=_twips(role.indent), hang=_twips(role.hang))


def _half_points(size: float) -> float:
    # Word stores sizes in half points; rounding here keeps the DOCX and the PDF identical.
    return round(size * 2) / 2


def tint(colour: str, amount: float) -> str:
    """Mix ``colour`` with white: 0 keeps it, 1 gives white."""
    channels = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    mixed = (round(c + (255 - c) * amount) for c in channels)
    return "#" + "".join(f"{c:02X}" for c in mixed)


def rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


# ----------------------------------------------------------------------------- shared choices


def wants_toc(template: Template) -> bool:
    return template.toc


#: Space inside a table cell, left and right (points); both writers set it.
CELL_PADDING = 4.0
#: Rules under a table's header row and between its rows (points).
HEADER_RULE = 0.75
ROW_RULE = 0.25
#: The rule at the left of a block quote (points).
QUOTE_RULE = 2.0
#: A table row with more text than this may break across pages; shorter rows are kept whole
#: (Word's "cantSplit", and no split inside a row in the PDF).
SPLITTABLE_ROW_CHARS = 1200
POINTS_PER_MM = 72 / 25.4


def table_widths(sheet: StyleSheet, columns: Sequence[str],
                 rows: Sequence[Sequence[str]]) -> list[float]:
    """Column widths in points for a table set in the sheet's table type, across the text
    width. The DOCX uses the same numbers, so its columns match the PDF's."""
    body = measurer(sheet.body_font, sheet.table_size)
    heading = measurer(sheet.heading_font, sheet.table_size)

    def measure(text: str, bold: bool) -> float:
        return heading(text, True) if bold else body(text, False)

    return column_widths(columns, rows, sheet.text_width_mm * POINTS_PER_MM, measure,
                         padding=2 * CELL_PADDING + 1)


def column_widths(columns: Sequence[str], rows: Sequence[Sequence[str]], total: float,
                  measure: Callable[[str, bool], float], padding: float) -> list[float]:
    """Column widths (points) that add up to ``total``: shares from what the columns hold
    (short columns such as dates, figures and citations stay narrow, running text takes the
    rest), but never narrower than a column's longest word, so that "approximately" or
    "Sources" is not broken in two. ``measure(text, bold)`` gives a word's width."""
    shares = fractions(column_weights(columns, rows))
    minimums = []
    for index, heading in enumerate(columns):
        longest = max((measure(word, False) for row in rows if index < len(row)
                       for word in _WORDS.split(row[index]) if word), default=0.0)
        longest = max([longest, *(measure(word, True) for word in _WORDS.split(heading))])
        minimums.append(min(longest + padding, total * 0.35))
    widths = [max(share * total, minimum) for share, minimum in zip(shares, minimums,
                                                                     strict=True)]
    excess = sum(widths) - total
    slack = [width - minimum for width, minimum in zip(widths, minimums, strict=True)]
    if excess > 0 and sum(slack) > 0:
        cut = min(excess / sum(slack), 1.0)
        widths = [width - room * cut for width, room in zip(widths, slack, strict=True)]
    scale = total / sum(widths)  # exact fit, even when the minimums alone are too wide
    return [width * scale for width in widths]


def column_weights(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> list[float]:
    """Relative column widths from what the columns hold."""
    weights = []
    for index, heading in enumerate(columns):
        lengths = sorted(len(row[index]) for row in rows if index < len(row)) or [0]
        typical = lengths[(len(lengths) * 3) // 4]  # the 75th percentile: one outlier is not a
        weights.append(min(max(typical, len(heading), 6), 70))  # reason to widen a column
    return weights


def fractions(weights: Sequence[float], floor: float = 0.1) -> list[float]:
    """Weights to shares of the text width; no column narrower than ``floor``."""
    total = sum(weights) or 1.0
    shares = [max(w / total, floor) for w in weights]
    scale = sum(shares)
    return [share / scale for share in shares]
