"""Check a template's logo before a writer embeds it: not too many pixels, and whole."""

from __future__ import annotations

import warnings

from briefgen.errors import OutputError

#: Pixels a logo may have: 4,000 x 4,000 is far more than a 30 mm logo needs, and decodes to
#: 64 MB; a 30,000 x 30,000 "decompression bomb" PNG of a few kilobytes would take gigabytes.
MAX_LOGO_PIXELS = 16_000_000


def check_logo(path: str) -> None:
    """Refuse a logo over ``MAX_LOGO_PIXELS`` or one that does not decode to its end (a
    truncated PNG passes a header check, then breaks whatever draws it)."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:  # reads the header only
                width, height = image.size
                if width * height > MAX_LOGO_PIXELS:
                    raise OutputError(f"{path}: the logo is {width:,} x {height:,} pixels, over "
                                      f"the limit of {MAX_LOGO_PIXELS:,} pixels")
                image.load()  # every pixel: a truncated file fails here, not mid-layout
    except OutputError:
        raise
    except Exception as error:  # PIL raises many kinds for a damaged image
        raise OutputError(f"{path}: cannot read the logo: {error}") from None
