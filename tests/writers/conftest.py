"""Small hand-made briefs and templates for the writer tests (no pipeline involved)."""

from __future__ import annotations

import pytest

from briefgen.model import (
    Brief,
    BulletList,
    Item,
    Paragraph,
    Row,
    Section,
    Source,
    SourceList,
    Table,
)
from briefgen.templates import SectionSpec, Style, Template

EPOCH = "1730073600"  # 2024-10-28 00:00:00 UTC
MARKING = "TLP:AMBER"
SAFE_URL = "https://example.com/talks?id=1&x=2"


def make_template(**changes) -> Template:  # noqa: ANN003
    """A template like the built-ins, set up in code so that these tests need no TOML."""
    sections = tuple(SectionSpec(section_id, title) for section_id, title in (
        ("bottom_line", "Bottom line"), ("context", "Context"),
        ("stakeholders", "Stakeholder positions"), ("figures", "Key figures"),
        ("voices", "Voices"), ("sources", "Sources")))
    values = {"name": "testing", "description": "for tests", "audience": "Analysts",
              "sections": sections, "marking": MARKING, "toc": True,
              "style": Style(body_font="LiberationSans", heading_font="LiberationSans")}
    values.update(changes)
    return Template(**values)


def make_brief(**changes) -> Brief:  # noqa: ANN003
    """A brief with every kind of block, three sources (one safe link, one hostile, one file)."""
    sections = (
        Section("bottom_line", "Bottom line", (BulletList((
            Item("The talks resumed in Geneva on Monday after a five-year pause.", ("1", "2")),
            Item("A second round is planned for December.", ("2",)),
        )),)),
        Section("context", "Context", (
            Paragraph("The last round ended without agreement in 2019.", ("3",)),)),
        Section("stakeholders", "Stakeholder positions", (
            BulletList((Item("We are ready to talk without conditions.", ("1",),
                             label="Foreign Minister Ana Ruiz"),), title="Spain"),
            BulletList((Item("Nothing has changed in our position.", ("2",),
                             label="Spokesman Li Wei"),), title="China"),
        )),
        Section("figures", "Key figures", (Table(("Figure", "What it counts"), (
            Row(("12,000", "troops pledged by the North"), ("1",)),
            Row(("about 10,000", "troops already deployed, by another count"), ("3",)),
        )),)),
        Section("voices", "Voices", (BulletList((
            Item("“This is a turning point for the region,” she said.", ("2",),
                 label="Mia Chen, analyst at the Institute"),)),)),
        Section("sources", "Sources", (SourceList(),)),
    )
    values = {
        "title": "Talks resume in Geneva", "topic": "Geneva talks", "date": "2024-10-28",
        "template": "testing", "audience": "Analysts", "sections": sections,
        "sources": (
            Source("1", "Talks resume", outlet="Daily Planet", author="Lois Lane",
                   date="2024-10-27", url=SAFE_URL),
            Source("2", "Second round", outlet="Yonhap", url="javascript:alert(1)"),
            Source("3", "Old talks", path="/home/user/secret/articles/old-talks.txt"),
        ),
        "marking": MARKING, "generator": "briefgen 9.9",
    }
    values.update(changes)
    return Brief(**values)


def with_text(brief: Brief, text: str) -> Brief:
    """The brief with one more section holding ``text`` as a paragraph (before the sources)."""
    extra = Section("context", "Extra", (Paragraph(text, ("1",)),))
    return Brief(**{**brief.__dict__, "sections": (*brief.sections[:-1], extra,
                                                   brief.sections[-1])})


class Warnings(list):
    """Collects writer warnings instead of printing them."""

    def __call__(self, message: str) -> None:
        self.append(message)

    @property
    def text(self) -> str:
        return "\n".join(self)


@pytest.fixture
def warnings() -> Warnings:
    return Warnings()


@pytest.fixture
def fixed_epoch(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return EPOCH


def dated_brief() -> Brief:
    """The brief whose first bottom-line item says "here on Monday" and carries its anchor,
    and a quote leaning on "yesterday" (set as briefgen.presentation.anchored sets them)."""
    brief = make_brief()
    said = Item("Delegates met here on Monday after a five-year pause.", ("1", "2"),
                as_of="2024-10-27", place="Geneva")
    quote = Item("“We talked yesterday,” she said.", ("1",), label="Mia Chen", as_of="2024-10-27")
    context, sources = brief.sections[1], brief.sections[-1]
    sections = (Section("bottom_line", "Bottom line", (BulletList((said,)),)), context,
                Section("voices", "Voices", (BulletList((quote,)),)), sources)
    return Brief(**{**brief.__dict__, "sections": sections})
