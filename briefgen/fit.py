"""Page fit: hold a template's ``max_pages`` by shrinking body type down to the template's floor,
then choosing whole items by value, and say what was left out.

What survives is chosen by value, not by position: every section keeps its best item (the
bottom line its best three), then further items join across sections in order of value until
the page is full. An item's value is what the model knows of it: its place in its section (the
builders rank their items), how many sources report it (corroboration), and the order of the
sections. The Sources are never dropped. A table row or bullet is whole or absent. The fitted
brief and template are what every writer gets, so the DOCX, Markdown and JSON carry exactly
what the PDF shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from briefgen.model import Brief, BulletList, Paragraph, Section, Table
from briefgen.templates import Template

Warn = Callable[[str], None]
SIZE_STEP = 0.5  # points; body type shrinks by this much per trial
#: After the longest run that fits, this many later items are tried one by one (each try lays
#: the page out once; a long brief must not cost one layout per item it leaves out).
MAX_LATER_TRIES = 12
PREVIEW_CHARS = 70
#: The bottom line's best points every fitted brief keeps (the reader's two-minute summary).
BOTTOM_LINE_KEPT = 3


@dataclass(frozen=True)
class Unit:
    """One droppable item: a paragraph, a bullet or a table row, by position."""

    section: int
    block: int
    item: int | None  # index within a bullet list or table; None for a paragraph
    text: str
    citations: tuple[str, ...] = ()


def section_units(section: Section, section_index: int = 0) -> list[Unit]:
    """The items of a section in rank order (best first)."""
    units: list[Unit] = []
    for block_index, block in enumerate(section.blocks):
        if isinstance(block, Paragraph):
            units.append(Unit(section_index, block_index, None, block.text, block.citations))
        elif isinstance(block, BulletList):
            units += [Unit(section_index, block_index, i, item.text, item.citations)
                      for i, item in enumerate(block.items)]
        elif isinstance(block, Table):
            units += [Unit(section_index, block_index, i, " ".join(row.cells), row.citations)
                      for i, row in enumerate(block.rows)]
    return units


def section_without(section: Section, dropped: Iterable[Unit]) -> Section | None:
    """The section without the given items; emptied blocks go, and an emptied section is None."""
    gone = {(unit.block, unit.item) for unit in dropped}
    if not gone:
        return section
    blocks = []
    for block_index, block in enumerate(section.blocks):
        if isinstance(block, Paragraph):
            kept = None if (block_index, None) in gone else block
        elif isinstance(block, BulletList):
            items = tuple(x for i, x in enumerate(block.items) if (block_index, i) not in gone)
            kept = replace(block, items=items) if items else None
        elif isinstance(block, Table):
            rows = tuple(x for i, x in enumerate(block.rows) if (block_index, i) not in gone)
            kept = replace(block, rows=rows) if rows else None
        else:
            kept = block
        if kept is not None:
            blocks.append(kept)
    return replace(section, blocks=tuple(blocks)) if blocks else None


def droppable_units(brief: Brief) -> list[Unit]:
    """Every item page fit may drop, highest rank first."""
    units: list[Unit] = []
    for index, section in enumerate(brief.sections):
        if section.id == "sources":
            continue
        section_items = section_units(section, index)
        if section.id == "bottom_line":
            section_items = section_items[1:]  # the one point the reader must get
        units += section_items
    return units


def kept_first(brief: Brief) -> list[Unit]:
    """The items every fitted brief keeps while it can: each section's best (the builders'
    first), the bottom line's best ``BOTTOM_LINE_KEPT``; in the brief's order."""
    units: list[Unit] = []
    for index, section in enumerate(brief.sections):
        if section.id == "sources":
            continue
        units += section_units(section, index)[:_kept_count(section)]
    return units


def by_value(brief: Brief) -> list[Unit]:
    """The other items, most valuable first: each section's next item in turn (every
    section's second item, and the bottom line's fourth point, before any section's third),
    among those the one more sources report first, then in the order of the sections."""
    ranked: list[tuple[tuple[int, int, int, int], Unit]] = []
    for index, section in enumerate(brief.sections):
        if section.id == "sources":
            continue
        units = section_units(section, index)
        kept = _kept_count(section)
        for turn, unit in enumerate(units[kept:]):
            ranked.append(((turn, -len(set(unit.citations)), index, turn), unit))
    return [unit for _, unit in sorted(ranked, key=lambda pair: pair[0])]


def _kept_count(section: Section) -> int:
    return BOTTOM_LINE_KEPT if section.id == "bottom_line" else 1


def brief_without(brief: Brief, dropped: Iterable[Unit]) -> Brief:
    by_section: dict[int, list[Unit]] = {}
    for unit in dropped:
        by_section.setdefault(unit.section, []).append(unit)
    sections = []
    for index, section in enumerate(brief.sections):
        kept = section_without(section, by_section.get(index, ()))
        if kept is not None:
            sections.append(kept)
    return replace(brief, sections=tuple(sections))


#: Points kept free at the foot of each trial page: Word and LibreOffice set the DOCX's lines a
#: few points apart from the PDF's, so a brief that just fits the PDF could spill in the DOCX.
DOCX_SLACK_PT = 6.0


def page_count(brief: Brief, template: Template) -> int:
    """Pages of the brief as the PDF writer sets it, with room to spare for the DOCX."""
    from briefgen.writers import pdf_writer  # the writers import templates; import them late

    return pdf_writer.page_count(brief, template, slack_pt=DOCX_SLACK_PT)


def fit(brief: Brief, template: Template, warn: Warn | None = None,
        count: Callable[[Brief, Template], int] = page_count) -> tuple[Brief, Template]:
    """The brief and template that hold ``template.max_pages``; notes say what changed."""
    limit = template.max_pages
    if limit is None:
        return brief, template
    pages = count(brief, template)
    if pages <= limit:
        return brief, template
    notes: list[str] = []
    sized = template
    for size in _smaller_sizes(template):
        sized = replace(template, style=replace(template.style, body_size=size))
        if count(brief, sized) <= limit:
            notes.append(_size_note(template, size, limit))
            return _noted(brief, notes, warn), sized
    if sized is not template:
        notes.append(_size_note(template, sized.style.body_size, limit))
    dropped = _chosen_out(brief, sized, limit, count)
    if dropped is None:
        candidates = droppable_units(brief)
        note = (f"does not fit {_pages(limit)}: {pages} pages even without "
                f"{len(candidates)} droppable item(s); nothing dropped")
        return _noted(brief, [note], warn), template
    names = {i: s.title for i, s in enumerate(brief.sections)}
    order = {(u.section, u.block, u.item): n for n, u in enumerate(section_units_of(brief))}
    notes += [f"dropped to fit {_pages(limit)}: {names[u.section]}: {_preview(u.text)}"
              for u in sorted(dropped, key=lambda u: order[(u.section, u.block, u.item)])]
    return _noted(brief_without(brief, dropped), notes, warn), sized


def section_units_of(brief: Brief) -> list[Unit]:
    """Every item of the brief in its order."""
    return [unit for index, section in enumerate(brief.sections)
            for unit in section_units(section, index)]


def _chosen_out(brief: Brief, template: Template, limit: int,
                count: Callable[[Brief, Template], int]) -> list[Unit] | None:
    """The items left out of the page: the kept-first items stay (if even they do not fit,
    the last of them go, never the bottom line's first point); then the others join in order
    of value, each that still fits (a short item further down may fill what a long one could
    not). None when even the bottom line's first point alone overflows."""
    others = by_value(brief)
    if count(brief_without(brief, others), template) > limit:
        # Even one item per section overflows: the last of those go first (the shortest tail
        # that fits, by halving), never the bottom line's first point. Units always name
        # places in the whole brief, so each trial drops from it.
        spare = [u for u in kept_first(brief) if u in droppable_units(brief)]
        if count(brief_without(brief, [*others, *spare]), template) > limit:
            return None
        low, high = 1, len(spare)  # high always fits
        while low < high:
            middle = (low + high) // 2
            if count(brief_without(brief, [*others, *spare[-middle:]]), template) <= limit:
                high = middle
            else:
                low = middle + 1
        return [*spare[-high:], *others]
    # The longest run of the most valuable items that fits, found by halving (adding items
    # never makes a brief shorter); then each later item that still fits, one by one.
    low, high = 0, len(others)
    while low < high:
        middle = (low + high + 1) // 2
        if count(brief_without(brief, others[middle:]), template) <= limit:
            low = middle
        else:
            high = middle - 1
    left_out = others[low:]
    # left_out[0] is the one that did not fit; each render costs a page layout, so only the
    # next few are tried one by one (a shorter item may still fill the space)
    for unit in list(left_out[1:1 + MAX_LATER_TRIES]):
        trial = [u for u in left_out if u is not unit]
        if count(brief_without(brief, trial), template) <= limit:
            left_out = trial
    return left_out


def _smaller_sizes(template: Template) -> list[float]:
    sizes, size = [], template.style.body_size - SIZE_STEP
    while size >= template.style.floor - 1e-9:
        sizes.append(round(size, 2))
        size -= SIZE_STEP
    return sizes


def _noted(brief: Brief, notes: list[str], warn: Warn | None) -> Brief:
    for note in notes:
        if warn is not None:
            warn(note)
    return replace(brief, notes=(*brief.notes, *notes))


def _size_note(template: Template, size: float, limit: int) -> str:
    return f"body type reduced from {template.style.body_size:g} pt to {size:g} pt to fit " \
           f"{_pages(limit)}"


def _pages(limit: int) -> str:
    return "1 page" if limit == 1 else f"{limit} pages"


def _preview(text: str) -> str:
    text = " ".join(text.split())
    return f"“{text}”" if len(text) <= PREVIEW_CHARS else f"“{text[:PREVIEW_CHARS].rstrip()}…”"
