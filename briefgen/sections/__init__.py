"""The sectioner: one module per section kind; SECTION_BUILDERS maps section ids to builders.

Builders run in CLAIM_ORDER, not in the template's display order: a claim goes to the first
section that wants it (the bottom line picks first), so no sentence appears twice.
"""

from __future__ import annotations

from collections.abc import Callable

from briefgen.model import Section
from briefgen.sections import (
    bottom_line,
    context,
    figures,
    risks,
    sources,
    stakeholders,
    summaries,
    timeline,
    voices,
)
from briefgen.sections.material import Material

SectionBuilder = Callable[[Material, str, "int | None"], "Section | None"]

SECTION_BUILDERS: dict[str, SectionBuilder] = {
    "bottom_line": bottom_line.build,
    "context": context.build,
    "stakeholders": stakeholders.build,
    "risks": risks.build,
    "figures": figures.build,
    "timeline": timeline.build,
    "voices": voices.build,
    "summaries": summaries.build,
    "sources": sources.build,
}

#: Which section gets first pick of the claims.
#: Figures take no claims (their cells are fragments), so their place does not matter.
CLAIM_ORDER = ("bottom_line", "timeline", "stakeholders", "voices", "risks", "context",
               "summaries", "figures", "sources")


def build_sections(material: Material, specs) -> tuple[Section, ...]:  # noqa: ANN001
    """Build the sections a template asks for, returned in the template's order."""
    wanted = {spec.id: spec for spec in specs}
    built: dict[str, Section] = {}
    for section_id in sorted(wanted, key=_claim_rank):
        if section_id != "bottom_line" and not material.lead_over:
            material.introduce(())  # the lead is over, whether the brief has one or not
        spec = wanted[section_id]
        section = SECTION_BUILDERS[section_id](material, spec.title, spec.items)
        if section is not None:
            built[section_id] = section
    return tuple(built[spec.id] for spec in specs if spec.id in built)


def _claim_rank(section_id: str) -> int:
    return CLAIM_ORDER.index(section_id) if section_id in CLAIM_ORDER else len(CLAIM_ORDER)
