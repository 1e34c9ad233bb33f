"""The bundled TrueType fonts, and reportlab markup that switches font per character run.

No single free font covers everything a news article may hold, so each character is drawn
with the first font in a chain that has it: the template's font, then DejaVu Sans (Greek,
Cyrillic, symbols, arrows), then NanumGothic (Hangul, Han). A character no bundled font has is
collected in ``Markup.missing`` so that the writer can name it in a warning: never a silent box.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"


@dataclass(frozen=True)
class Family:
    """A bundled font family: its four files, and the name Word should ask for."""

    files: tuple[str, str, str, str]  # regular, bold, italic, bold italic
    # Word does not embed our files, so the DOCX names a font the reader's machine has. Where a
    # bundled family is metric-compatible with a common font, the DOCX names that font, and the
    # DOCX and PDF then break lines alike (LibreOffice maps the name back to the bundled family).
    word_name: str


FAMILIES: dict[str, Family] = {
    "LiberationSans": Family(("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                              "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
                             word_name="Arial"),
    "Caladea": Family(("Caladea-Regular.ttf", "Caladea-Bold.ttf", "Caladea-Italic.ttf",
                       "Caladea-BoldItalic.ttf"), word_name="Cambria"),
    "DejaVuSans": Family(("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                          "DejaVuSans-BoldOblique.ttf"), word_name="DejaVu Sans"),
    "DejaVuSerif": Family(("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
                           "DejaVuSerif-BoldItalic.ttf"), word_name="DejaVu Serif"),
}
# Tried in order for characters the template's font lacks. NanumGothic has one weight only.
FALLBACKS: tuple[str, ...] = ("DejaVuSans", "NanumGothic")
_SINGLE_FILE = {"NanumGothic": "NanumGothic.ttf"}


def word_font(family: str) -> str:
    """The font name the DOCX asks Word for."""
    return FAMILIES[family].word_name if family in FAMILIES else family


def register(family: str) -> str:
    """Register a bundled family and the fallbacks with reportlab; return the regular name."""
    if family not in FAMILIES:
        raise ValueError(f"unknown font {family!r} (bundled: {', '.join(FAMILIES)})")
    for name in (family, *FALLBACKS):
        _register(name)
    return family


def bold(family: str) -> str:
    return f"{family}-Bold"


def italic(family: str) -> str:
    return f"{family}-Italic"


@cache
def _register(family: str) -> None:
    if family in _SINGLE_FILE:
        pdfmetrics.registerFont(TTFont(family, str(FONT_DIR / _SINGLE_FILE[family])))
        names = (family,) * 4
    else:
        names = (family, bold(family), italic(family), f"{family}-BoldItalic")
        for name, file_name in zip(names, FAMILIES[family].files, strict=True):
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file_name)))
    for (is_bold, is_italic), name in zip(((0, 0), (1, 0), (0, 1), (1, 1)), names, strict=True):
        addMapping(family, is_bold, is_italic, name)


def measurer(family: str, size: float):  # noqa: ANN201
    """``measure(text, bold)``: the width in points of ``text`` set in the family at ``size``."""
    register(family)

    def measure(text: str, is_bold: bool) -> float:
        return pdfmetrics.stringWidth(text, bold(family) if is_bold else family, size)

    return measure


@cache
def covered(font_name: str) -> frozenset[int]:
    """The code points a registered font has glyphs for."""
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def _invisible(character: str) -> bool:
    # Format characters (zero-width space and joiners, BOM, direction marks) draw nothing; a
    # font that lacks them would draw a box instead.
    return unicodedata.category(character) == "Cf"


@dataclass
class Markup:
    """Builds reportlab paragraph markup from literal text, one font run at a time.

    The result is escaped: nothing in the text is read as markup, so ``AT&T``, ``a<b`` and
    ``<img src=...>`` print as they are and can neither embed a file nor make a link.
    """

    family: str
    missing: set[str] = field(default_factory=set)
    right_to_left: int = 0  # Arabic and Hebrew letters: drawn unjoined, left to right

    def __post_init__(self) -> None:
        register(self.family)
        self._chain = tuple(dict.fromkeys((self.family, *FALLBACKS)))
        self._primary = covered(self.family)

    def __call__(self, text: str) -> str:
        if all(ord(character) in self._primary for character in set(text)):
            return escape(text)  # the common case: one run in the template's font
        runs: list[tuple[str, list[str]]] = []
        for character in text:
            font = self._font_for(character)
            if font is None:
                continue
            if runs and (runs[-1][0] == font or character.isspace()):
                runs[-1][1].append(character)
            else:
                runs.append((font, [character]))
        return "".join(self._run(font, "".join(chunk)) for font, chunk in runs)

    def _font_for(self, character: str) -> str | None:
        code = ord(character)
        if unicodedata.bidirectional(character) in ("R", "AL"):
            self.right_to_left += 1
        for font in self._chain:
            if code in covered(font):
                return font
        if character.isspace():
            return self.family
        if _invisible(character):
            return None
        self.missing.add(character)
        return self.family  # drawn as the font's .notdef box, and named in a warning

    def _run(self, font: str, chunk: str) -> str:
        if font == self.family:
            return escape(chunk)
        return f'<font name="{font}">{escape(chunk)}</font>'


def describe_missing(characters: set[str], limit: int = 12) -> str:
    """'U+1F600 😀, U+1F91D 🤝' for a warning about characters no bundled font has."""
    shown = sorted(characters)[:limit]
    text = ", ".join(f"U+{ord(c):04X} {c}" for c in shown)
    return text + (f" and {len(characters) - limit} more" if len(characters) > limit else "")
