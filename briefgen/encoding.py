"""Bytes to text: BOMs and strict UTF-8 first, then a checked charset guess, then mojibake repair.

Measured pitfalls this module guards against (shared/notes/library-pitfalls.md, section 5.1):
charset-normalizer picks an arbitrary encoding among equally good candidates ("Café" -> "Cafﻠ"
as cp1006, "élèves" -> "élčves" as cp1250), and ftfy's defaults rewrite legitimate text (curly
quotes, full-width forms, ligatures). So: a guess is only taken when every equally good candidate
decodes to the same text, otherwise the most common encoding among them wins and the guess is
reported; ftfy runs with only its mojibake repairs switched on.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

from briefgen.errors import InputError

# Byte-order marks, longest first (UTF-32 LE's BOM starts with UTF-16 LE's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# When candidates tie, the encoding a news article is most likely to be in wins: Western
# European first (most mis-encoded English text is cp1252), then the East Asian ones.
_PREFERRED = (
    "cp1252", "latin_1", "iso8859_15", "cp949", "euc_kr", "cp932", "shift_jis", "euc_jp",
    "gb18030", "gb2312", "big5", "cp1251", "koi8_r", "cp1250", "iso8859_2", "cp1253", "cp1254",
)
_TYPOGRAPHY = set("\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u20ac\u2022\u00ab\u00bb\u00b0"
                  "\u00a3\u00a7\u00a9\u00ae\u00a0\u00b7\u00bd\u00bc\u00be")
# Below this many bytes a statistical guess is weak; it is used but reported as a guess.
SHORT_INPUT = 400

# ftfy with only the mojibake repairs: no quote uncurling, no width folding, no ligature
# expansion, no Unicode normalisation, no HTML unescaping; control characters are left to
# briefgen.sanitize, which turns separators into newlines instead of deleting them.
FTFY_SAFE_OPTIONS = {
    "unescape_html": False,
    "remove_terminal_escapes": True,
    "fix_encoding": True,
    "restore_byte_a0": True,
    "replace_lossy_sequences": True,
    "decode_inconsistent_utf8": True,
    "fix_c1_controls": True,
    "fix_latin_ligatures": False,
    "fix_character_width": False,
    "uncurl_quotes": False,
    "fix_line_breaks": False,
    "fix_surrogates": True,
    "remove_control_chars": False,
    "normalization": None,
}


# Every character the repairs above can start from: UTF-8 lead bytes read as Latin-1/cp1252
# (U+00C2-U+00F4: "Ã", "â", ...), C1 controls, the terminal escape, U+FFFD and surrogates.
# Text without any of them is returned as it is, whatever its length.
_REPAIRABLE = re.compile("[\x1b\x80-\x9f\xc2-\xf4\ufffd\ud800-\udfff]")


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the encoding used, and what the user should know about it."""

    text: str
    encoding: str
    notes: tuple[str, ...] = field(default=())


def decode(raw: bytes, source: str, encoding: str | None = None) -> Decoded:
    """Decode ``raw`` (named ``source`` in messages); ``encoding`` overrides any detection."""
    if encoding:
        return _repaired(_decode_as(raw, source, encoding), encoding, ())
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return _repaired(_decode_as(raw, source, name), name, ())
    if _looks_binary(raw):
        raise InputError(source, "looks like a binary file, not text")
    try:
        return _repaired(raw.decode("utf-8"), "utf-8", ())
    except UnicodeDecodeError:
        pass
    name, notes = _guess(raw, source)
    return _repaired(raw.decode(name), name, notes)


def decode_declared(raw: bytes, source: str, forced: str | None, declared: str | None) -> Decoded:
    """Decode with ``forced`` if given, else the charset the document declares (a web page's
    meta tag, an e-mail part's header) when the bytes really are in it, else detect.

    Declarations are often wrong (an e-mail labelled us-ascii that carries UTF-8, an unknown
    "x-user-defined"): a false one must not cost the document, so it falls back to detection.
    """
    if not forced and declared:
        try:
            raw.decode(declared)
            forced = declared
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(raw, source, forced)


def _decode_as(raw: bytes, source: str, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except LookupError:
        raise InputError(source, f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as error:
        problem = f"not valid {encoding} text (byte {error.start})"
        raise InputError(source, problem) from None


def _looks_binary(raw: bytes) -> bool:
    """NUL bytes or many other C0 controls: no text encoding without a BOM produces those."""
    head = raw[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\x0b\x0c\x1b")
    return controls > max(8, len(head) // 100)


def _guess(raw: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """The encoding charset-normalizer finds best, made deterministic among ties."""
    from charset_normalizer import from_bytes  # imported here: only non-UTF-8 input needs it

    matches = list(from_bytes(raw))
    if not matches:
        raise InputError(source, "not text in any known encoding (binary file?)")
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    candidates = {m.encoding: str(m) for m in matches
                  if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.01}
    western = _plausible_western(raw)
    # charset-normalizer keeps one of several encodings that decode alike, and on short input
    # it may miss cp1252 altogether: offer cp1252 when it reads as Latin text and the guess is
    # weak (short or ambiguous) or identical anyway.
    weak = len(raw) < SHORT_INPUT or len(set(candidates.values())) > 1
    if western is not None and (weak or western in candidates.values()):
        candidates["cp1252"] = western
    chosen = min(candidates, key=_preference)
    notes: list[str] = []
    rivals = sorted({name for name, text in candidates.items() if text != candidates[chosen]})
    if rivals:
        notes.append(f"encoding guessed as {chosen} (equally likely: {', '.join(rivals[:4])}); "
                     "use --encoding if the text looks wrong")
    elif len(raw) < SHORT_INPUT:
        notes.append(f"encoding guessed as {chosen} from only {len(raw)} bytes; "
                     "use --encoding if the text looks wrong")
    else:
        notes.append(f"decoded as {chosen} (not UTF-8)")
    return chosen, tuple(notes)


def _plausible_western(raw: bytes) -> str | None:
    """The cp1252 reading of ``raw`` if every non-ASCII character in it is a Latin letter or
    common typographic punctuation, else None (Korean in cp1252 reads as "±¹ÇÑ±º")."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    for char in set(text):
        if ord(char) < 128:
            continue
        if not (char.isalpha() and "LATIN" in unicodedata.name(char, "")) and (
            char not in _TYPOGRAPHY
        ):
            return None
    return text


def _preference(encoding: str) -> tuple[int, str]:
    normalised = codecs.lookup(encoding).name.replace("-", "_")
    for rank, name in enumerate(_PREFERRED):
        if codecs.lookup(name).name.replace("-", "_") == normalised:
            return rank, encoding
    return len(_PREFERRED), encoding


def _repaired(text: str, encoding: str, notes: tuple[str, ...]) -> Decoded:
    """Repair mojibake ("Seoulâ€™s" -> "Seoul’s") and say how many lines needed it."""
    fixed = repair_mojibake(text)
    if fixed != text:
        changed = sum(1 for a, b in zip(text.splitlines(), fixed.splitlines(), strict=False)
                      if a != b)
        notes = (*notes, f"repaired mojibake on {changed} line(s)")
    return Decoded(fixed, encoding, notes)


def repair_mojibake(text: str) -> str:
    """ftfy with only its encoding repairs switched on (see FTFY_SAFE_OPTIONS)."""
    if not _REPAIRABLE.search(text):
        return text  # nothing ftfy's repairs act on: skip its line-by-line pass (seconds a MB)
    import ftfy  # imported here: ftfy loads its tables on import

    return ftfy.fix_text(text, **FTFY_SAFE_OPTIONS)
