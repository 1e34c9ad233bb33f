"""The document model round-trips through JSON unchanged."""

import json

import pytest

from briefgen.model import (
    SCHEMA,
    Brief,
    BulletList,
    Item,
    Paragraph,
    Row,
    Section,
    Source,
    SourceList,
    Table,
    brief_from_dict,
    brief_to_dict,
)


def _brief() -> Brief:
    return Brief(
        title="Troops",
        topic="North Korean troops in Russia",
        date="2024-10-28",
        template="analyst",
        audience="Analysts",
        marking="TLP:AMBER",
        sections=(
            Section("bottom_line", "Bottom line", (
                BulletList((Item("Seoul said so.", ("1", "2"), reason="selected"),)),
                Paragraph("A paragraph.", ("2",), "rule"),
            )),
            Section("figures", "Key figures", (
                Table(("Figure", "Counts"), (Row(("12,000", "troops"), ("1",)),)),
            )),
            Section("sources", "Sources", (SourceList(),)),
        ),
        sources=(Source("1", "A", outlet="Yonhap", path="a.txt"), Source("2", "B", url="http://b")),
        notes=("dropped one item to fit",),
    )


def test_json_round_trip_is_lossless():
    brief = _brief()
    data = json.loads(json.dumps(brief_to_dict(brief)))
    assert brief_from_dict(data) == brief


def test_every_block_says_its_kind_and_the_schema_is_named():
    data = brief_to_dict(_brief())
    assert data["schema"] == SCHEMA
    kinds = [block["kind"] for section in data["sections"] for block in section["blocks"]]
    assert kinds == ["bullets", "paragraph", "table", "sources"]


def test_model_is_frozen():
    with pytest.raises(AttributeError):
        _brief().title = "changed"


def test_a_foreign_document_is_refused():
    with pytest.raises(ValueError, match="not a briefgen brief"):
        brief_from_dict({"schema": "other/1"})
