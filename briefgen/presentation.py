"""How a template presents the built sections: its budgets, its layouts, whether the internal
``reason`` of each item is kept, and the day (and place) an item's "today" or "here" is read
against. The model stays free of styling: a layout here only changes which blocks hold the same
verbatim sentences."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefgen.extract.dates import DATELINE_DAY, filing_day, parse_iso, relative_mentions
from briefgen.extract.references import says_here
from briefgen.fit import section_units, section_without
from briefgen.model import Article, Block, BulletList, Item, Paragraph, Section, Table
from briefgen.nlp.tokenizer import split_sentences
from briefgen.templates import SectionSpec, Template

#: Sections whose items need no anchor: the timeline shows each row's resolved date.
UNANCHORED = frozenset({"timeline"})
DEFAULT_DATE_FORMAT = "%-d %B %Y"


def present(sections: Sequence[Section], template: Template,
            articles: Sequence[Article] = ()) -> tuple[Section, ...]:
    """The sections with the template's budgets and layouts applied (empty ones left out), and,
    given the articles they cite, each item that leans on its article's day anchored to it."""
    presented: list[Section] = []
    for section in sections:
        spec = template.section(section.id)
        shaped: Section | None = section
        if spec is not None:
            if spec.layout == "lines":
                shaped = in_own_words(section)
            shaped = within_budget(shaped, spec)
            shaped = laid_out(shaped, spec.layout) if shaped is not None else None
        if shaped is not None and not template.show_reasons:
            shaped = without_reasons(shaped)
        if shaped is not None:
            presented.append(shaped)
    # Anchored last, on the text as it will be shown (a budget may have cut a sentence off).
    return anchored(presented, articles) if articles else tuple(presented)


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
    flat list labelled with each group's title ("labelled")."""
    if layout == "paragraphs":
        blocks: list[Block] = []
        for block in section.blocks:
            if isinstance(block, BulletList):
                blocks += [Paragraph(i.text, i.citations, i.reason, i.as_of, i.place)
                           for i in block.items]
            else:
                blocks.append(block)
        return replace(section, blocks=tuple(blocks))
    if layout in ("labelled", "lines"):
        lists = [b for b in section.blocks if isinstance(b, BulletList)]
        if not lists:
            return section
        merged = BulletList(tuple(replace(i, label=_group_label(b, i))
                                  for b in lists for i in b.items))
        blocks = [merged if b is lists[0] else b for b in section.blocks
                  if b is lists[0] or not isinstance(b, BulletList)]
        return replace(section, blocks=tuple(blocks))
    return section


# ----------------------------------------------------------------------------- one line each
#
# A one-page brief gives each actor one line: who, then the position in their own words. The
# builder's groups come most salient actor first and their items best first; an item that quotes
# its speaker is shown as the quotation alone ("“We will not retreat”"), and the speaker joins
# the actor in the label ("Russia (Sergei Lavrov)").

#: A quotation shorter than this is a phrase inside a reported sentence, not a position.
MIN_QUOTE_WORDS = 5
#: The words outside the quotation when the sentence says no more than who spoke ("he said",
#: "she told reporters on Monday"): the quotation is then the group's actor's own words.
MAX_FRAME_WORDS = 6
_QUOTATION = re.compile(r"“([^“”]+)”|\"([^\"]+)\"|``(.+?)''")


def in_own_words(section: Section) -> Section:
    """The section with each grouped item that quotes its speaker reduced to the quotation, in
    the builder's order (a quoted item further down is not promoted: the builder ranks the
    group's items, and a quotation may be another speaker's words about the actor)."""
    blocks: list[Block] = []
    for block in section.blocks:
        if isinstance(block, BulletList) and block.title:
            items = []
            for item in block.items:
                words = own_words(item, block.title)
                items.append(item if words is None else
                             replace(item, text=words, label=_speaker_label(block.title, item)))
            blocks.append(replace(block, items=tuple(items)))
        else:
            blocks.append(block)
    return replace(section, blocks=tuple(blocks))


def own_words(item: Item, actor: str | None = None) -> str | None:
    """The item's quotation as it is shown alone ("“We will not retreat”", its closing comma
    left off; two pieces of one quotation joined by an ellipsis), when it is a whole quotation
    (each piece opens on a capital: "the government's “reliable force”" is a phrase inside a
    reported sentence) and the sentence says whose words they are (the item names its
    speaker, the words outside the quotation name the ``actor``, or they are only "he said");
    else None."""
    spans = [next(g for g in match.groups() if g is not None).strip()
             for match in _QUOTATION.finditer(item.text)]
    if not spans or any(not span[:1].isupper() or len(span.split()) < MIN_QUOTE_WORDS
                        for span in spans):
        return None
    frame = _QUOTATION.sub(" ", item.text)
    if not (item.label or (actor and actor in frame)
            or len(re.findall(r"\w+", frame)) <= MAX_FRAME_WORDS):
        return None
    words = " … ".join(span.rstrip(" ,;:") for span in spans)
    return f"“{words}”"


def _speaker_label(title: str, item: Item) -> str | None:
    """"Russia (Sergei Lavrov)"; the speaker alone when they are the group."""
    if not item.label or title in item.label:  # "Chief Jiang Zemin" under "Jiang Zemin"
        return item.label
    return f"{title} ({item.label})"


def _group_label(block: BulletList, item: Item) -> str | None:
    if item.label and block.title and item.label.startswith(f"{block.title} ("):
        return item.label  # "Russia (Sergei Lavrov)", made by in_own_words
    if block.title:
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



# ----------------------------------------------------------------------------- anchors
#
# A brief item is a verbatim sentence whose dateline was left behind: "the minister said here
# today" cannot be read alone. The sentence stays as written; the item carries the day (and the
# place) its article was filed, and every writer shows them with the item's citation.


def anchored(sections: Sequence[Section], articles: Sequence[Article]) -> tuple[Section, ...]:
    """The sections with ``as_of`` and ``place`` set on every paragraph and bullet whose text
    leans on its article's day ("today", "on Tuesday", "last year", "Oct. 28") or place
    ("here"); see :func:`anchor_of`. Tables are left alone (the timeline resolves its dates)."""
    by_id = {article.id: article for article in articles}
    flat: dict[str, str] = {}  # an article's text on one line, made once per brief
    return tuple(section if section.id in UNANCHORED else
                 replace(section, blocks=tuple(_anchored_block(b, by_id, flat)
                                               for b in section.blocks))
                 for section in sections)


def _anchored_block(block: Block, articles: Mapping[str, Article], flat: dict[str, str]
                    ) -> Block:
    if isinstance(block, Paragraph):
        as_of, place = anchor_of(block.text, block.citations, articles, flat)
        return replace(block, as_of=as_of, place=place)
    if isinstance(block, BulletList):
        items = []
        for item in block.items:
            as_of, place = anchor_of(item.text, item.citations, articles, flat)
            items.append(replace(item, as_of=as_of, place=place))
        return replace(block, items=tuple(items))
    return block


def anchor_of(text: str, citations: Sequence[str], articles: Mapping[str, Article],
              flat: dict[str, str] | None = None) -> tuple[str | None, str | None]:
    """(as_of, place) for a text citing ``citations``: the ISO day its article was filed when
    the text leans on it, the place it was filed when the text says "here" and the dateline
    named it; None for what the text does not need or the article does not tell. The article
    is the one whose sentence is shown, not merely the first cited."""
    leans, here = bool(relative_mentions(text)), says_here(text)
    if not (leans or here):
        return None, None
    article = phrasing_article(text, citations, articles, flat)
    if article is None:
        return None, None
    return (filing_day(article) if leans else None), (filing_place(article) if here else None)


def phrasing_article(text: str, citations: Sequence[str], articles: Mapping[str, Article],
                     flat: dict[str, str] | None = None) -> Article | None:
    """The first cited article that holds the text verbatim, else the first cited one known.
    ``flat`` keeps each article's text on one line between calls (a bottom-line item may cite
    a hundred articles)."""
    flat = {} if flat is None else flat
    cited = [articles[source_id] for source_id in citations if source_id in articles]
    wanted = " ".join(text.split())
    for article in cited:
        if article.id not in flat:
            flat[article.id] = " ".join(article.text.split())
        if wanted and wanted in flat[article.id]:
            return article
    return cited[0] if cited else None


def filing_place(article: Article) -> str | None:
    """Where the article was filed, from the dateline the cleaner took off its text, spelled as
    the text spells it ("NAIROBI" -> "Nairobi", "BEVERLY HILLS, Calif." -> "Beverly Hills,
    Calif."); None without a dateline."""
    dateline = DATELINE_DAY.sub("", article.dateline or "").strip(" ,")
    if not dateline:
        return None
    return ", ".join(_respelled(part.strip(), article.text) for part in dateline.split(","))


def _respelled(part: str, text: str) -> str:
    """An all-capitals place name as the article's text writes it, else in title case; an
    abbreviation ("UK", "D.C.") as it is."""
    if not part.isupper() or len(part.replace(".", "").replace(" ", "")) <= 3:
        return part
    for match in re.finditer(r"\b" + re.escape(part) + r"\b", text, re.IGNORECASE):
        if not match.group(0).isupper():
            return match.group(0)
    return part.title()


def anchor_text(as_of: str | None, place: str | None,
                date_format: str = DEFAULT_DATE_FORMAT) -> str | None:
    """What a writer shows with the item's citation: "Nairobi, 29 July 1999", "29 July 1999",
    "Nairobi"; None for an item without an anchor."""
    day = parse_iso(as_of)
    shown = day.strftime(date_format.replace("%-d", str(day.day))) if day else None
    return ", ".join(part for part in (place, shown) if part) or None
