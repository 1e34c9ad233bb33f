"""The bundled TrueType fonts, and reportlab markup that switches to a fallback font for
characters the main font lacks (DejaVu has no Hangul; NanumGothic has it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"

# family name -> (regular, bold, italic, bold italic) file names
FAMILIES: dict[str, tuple[str, str, str, str]] = {
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                   "DejaVuSans-BoldOblique.ttf"),
    "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
                    "DejaVuSerif-BoldItalic.ttf"),
}
FALLBACK = "NanumGothic"
FALLBACK_FILE = "NanumGothic.ttf"


@cache
def register(family: str) -> str:
    """Register a bundled family (and the fallback) with reportlab; return the regular font name."""
    if family not in FAMILIES:
        raise ValueError(f"unknown font {family!r} (bundled: {', '.join(FAMILIES)})")
    names = (family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic")
    for name, file_name in zip(names, FAMILIES[family], strict=True):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file_name)))
    for (bold, italic), name in zip(((0, 0), (1, 0), (0, 1), (1, 1)), names, strict=True):
        addMapping(family, bold, italic, name)
    _register_fallback()
    return family


@cache
def _register_fallback() -> None:
    pdfmetrics.registerFont(TTFont(FALLBACK, str(FONT_DIR / FALLBACK_FILE)))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FALLBACK, bold, italic, FALLBACK)


@cache
def _covered(font_name: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


@dataclass
class Markup:
    """Builds reportlab paragraph markup from literal text, one font run at a time."""

    family: str
    missing: set[str] = field(default_factory=set)

    def __call__(self, text: str) -> str:
        """Escape ``text`` so that nothing in it is read as markup, switching fonts per run."""
        primary, fallback = _covered(self.family), _covered(FALLBACK)
        runs: list[tuple[bool, str]] = []
        for character in text:
            code = ord(character)
            use_fallback = code not in primary and code in fallback and not character.isspace()
            if code not in primary and code not in fallback and not character.isspace():
                self.missing.add(character)
            if runs and runs[-1][0] == use_fallback:
                runs[-1] = (use_fallback, runs[-1][1] + character)
            else:
                runs.append((use_fallback, character))
        return "".join(
            f'<font name="{FALLBACK}">{escape(chunk)}</font>' if fallback_run else escape(chunk)
            for fallback_run, chunk in runs
        )
