"""How a template presents the built sections: its budgets, its layouts, and whether the
internal ``reason`` of each item is kept. The model stays free of styling: a layout here only
changes which blocks hold the same verbatim sentences."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefgen.fit import section_units, section_without
from briefgen.model import Block, BulletList, Item, Paragraph, Section, Table
from briefgen.nlp.tokenizer import split_sentences
from briefgen.sections.stakeholders import OTHERS
from briefgen.templates import SectionSpec, Template


def present(sections: Sequence[Section], template: Template) -> tuple[Section, ...]:
    """The sections with the template's budgets and layouts applied (empty ones left out)."""
    presented: list[Section] = []
    for section in sections:
        spec = template.section(section.id)
        shaped: Section | None = section
        if spec is not None:
            shaped = within_budget(section, spec)
            shaped = laid_out(shaped, spec.layout) if shaped is not None else None
        if shaped is not None and not template.show_reasons:
            shaped = without_reasons(shaped)
        if shaped is not None:
            presented.append(shaped)
    return tuple(presented)


def within_budget(section: Section, spec: SectionSpec) -> Section | None:
    """Hold the section's budgets by dropping whole items from the end (never mid-sentence)."""
    if spec.sentences is not None:
        section = replace(section, blocks=tuple(_first_sentences(b, spec.sentences)
                                                for b in section.blocks))
    if spec.per_group is not None:
        section = replace(section, blocks=tuple(
            replace(b, items=b.items[: spec.per_group])
            if isinstance(b, BulletList) and b.title else b
            for b in section.blocks
        ))
    # ``items`` is the builder's to interpret (bullets, rows, or sentences per article for the
    # summaries), so it is not enforced again here.
    units = section_units(section)
    kept = len(units)
    if spec.words is not None:
        total = 0
        for index, unit in enumerate(units[:kept]):
            total += len(unit.text.split())
            if total > spec.words:
                kept = index
                break
    return section_without(section, units[kept:])


def _first_sentences(block: Block, count: int) -> Block:
    if isinstance(block, Paragraph):
        return replace(block, text=_cut(block.text, count))
    if isinstance(block, BulletList):
        items = tuple(replace(item, text=_cut(item.text, count)) for item in block.items)
        return replace(block, items=items)
    return block


def _cut(text: str, count: int) -> str:
    sentences = split_sentences(text)
    if len(sentences) <= count:
        return text
    # The kept sentences are a verbatim prefix of the text: cut where the last of them ends.
    end = 0
    for sentence in sentences[:count]:
        end = text.index(sentence, end) + len(sentence)
    return text[:end]


def laid_out(section: Section, layout: str) -> Section:
    """Bullet lists as built ("bullets"), as one paragraph per item ("paragraphs"), or as one
    flat list labelled with each group's title ("labelled"). Items of the "Others" group keep
    their own label, which already names their actor."""
    if layout == "paragraphs":
        blocks: list[Block] = []
        for block in section.blocks:
            if isinstance(block, BulletList):
                blocks += [Paragraph(i.text, i.citations, i.reason) for i in block.items]
            else:
                blocks.append(block)
        return replace(section, blocks=tuple(blocks))
    if layout == "labelled":
        lists = [b for b in section.blocks if isinstance(b, BulletList)]
        if not lists:
            return section
        merged = BulletList(tuple(replace(i, label=_group_label(b, i))
                                  for b in lists for i in b.items))
        blocks = [merged if b is lists[0] else b for b in section.blocks
                  if b is lists[0] or not isinstance(b, BulletList)]
        return replace(section, blocks=tuple(blocks))
    return section


def _group_label(block: BulletList, item: Item) -> str | None:
    if block.title and not (block.title == OTHERS and item.label):
        return block.title
    return item.label


def without_reasons(section: Section) -> Section:
    """The section with every ``reason`` removed (templates with ``show_reasons = false``)."""
    return replace(section, blocks=tuple(_unreasoned(block) for block in section.blocks))


def _unreasoned(block: Block) -> Block:
    if isinstance(block, Paragraph):
        return replace(block, reason=None)
    if isinstance(block, BulletList):
        return replace(block, items=tuple(replace(i, reason=None) for i in block.items))
    if isinstance(block, Table):
        return replace(block, rows=tuple(replace(r, reason=None) for r in block.rows))
    return block

