"""Fixtures for the sectioner's tests: the seeds' material and a brief with every section."""

from __future__ import annotations

import pytest

from briefgen.nlp.select import group_claims, rated_sentences
from briefgen.sections import SECTION_BUILDERS, build_sections
from briefgen.sections.material import Material
from briefgen.templates import SectionSpec
from briefgen.title import story_title

ALL_SECTIONS = ("bottom_line", "context", "stakeholders", "risks", "figures", "timeline",
                "voices", "summaries", "sources")


def material_for(articles, title: str = "") -> Material:  # noqa: ANN001
    return Material(articles, group_claims(rated_sentences(articles), len(articles)), title)


@pytest.fixture(scope="session")
def seed_sections(seed_articles):
    """Every section kind built from the seeds, in ALL_SECTIONS order."""
    assert set(ALL_SECTIONS) <= set(SECTION_BUILDERS)
    specs = [SectionSpec(section_id, section_id) for section_id in ALL_SECTIONS]
    # titled as the pipeline titles a brief: what the title names, items may name again
    material = material_for(seed_articles, story_title(seed_articles))
    return {s.id: s for s in build_sections(material, specs)}


@pytest.fixture
def seed_material(seed_articles):
    return material_for(seed_articles)
