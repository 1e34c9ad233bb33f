"""A template's logo is checked whole before it is drawn: a truncated PNG or one with too many
pixels is one line naming it (no traceback, no PIL warning, no file written)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from briefgen.cli import main
from briefgen.writers.logo import MAX_LOGO_PIXELS, check_logo
from tests.readers.conftest import HARBOUR_TXT


def _png(width: int, height: int, mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def _build_with_logo(tmp_path: Path, logo: bytes, *formats: str):  # noqa: ANN202
    (tmp_path / "crest.png").write_bytes(logo)
    (tmp_path / "house.toml").write_text('extends = "analyst"\nlogo = "crest.png"\n')
    out = tmp_path / "out"
    args = ["build", str(HARBOUR_TXT), "-t", str(tmp_path / "house.toml"), "-o", str(out)]
    for output_format in formats:
        args += ["-f", output_format]
    return CliRunner().invoke(main, args), out


def _truncated_png() -> bytes:
    import random

    random.seed(7)
    image = Image.new("RGB", (300, 300))
    image.putdata([tuple(random.randrange(256) for _ in range(3)) for _ in range(300 * 300)])
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()[: len(buffer.getvalue()) // 2]  # header and half the pixels


@pytest.mark.parametrize("output_format", ["pdf", "docx"])
def test_a_truncated_png_logo_is_one_line(tmp_path, output_format):
    result, out = _build_with_logo(tmp_path, _truncated_png(), output_format)
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"briefgen: error: {tmp_path / 'crest.png'}: cannot read "
                                    "the logo")
    assert result.stderr.count("\n") == 1
    assert not out.exists() or not any(out.iterdir())


def test_a_logo_with_too_many_pixels_is_refused_before_decoding(tmp_path):
    side = int(MAX_LOGO_PIXELS ** 0.5) + 100
    path = tmp_path / "big.png"
    path.write_bytes(_png(side, side, "1"))  # a few kilobytes: one bit per pixel, all black
    with pytest.raises(Exception, match=rf"the logo is {side:,} x {side:,} pixels, over the "
                                        "limit"):
        check_logo(str(path))


def test_a_decompression_bomb_logo_gives_no_pil_warning(tmp_path):
    result, _ = _build_with_logo(tmp_path, _png(10_000, 10_000, "1"), "md")
    assert result.exit_code == 2, result.output
    assert "a damaged image" in result.stderr and "DecompressionBomb" not in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_sound_logo_passes(tmp_path):
    path = tmp_path / "ok.png"
    path.write_bytes(_png(200, 100))
    check_logo(str(path))
