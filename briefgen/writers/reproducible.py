"""Reproducible builds: one build time for every format, and zip files without timestamps.

With ``SOURCE_DATE_EPOCH`` set (https://reproducible-builds.org/specs/source-date-epoch/), two
builds of the same input give byte-identical files: the DOCX's properties carry that time and
its zip members a fixed one; reportlab reads the variable itself for the PDF's dates and id.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from briefgen import epoch

#: The earliest time a zip entry can hold; every member gets it.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def build_time() -> dt.datetime:
    """When this build happened, in UTC: ``SOURCE_DATE_EPOCH`` if set, else now (to the second)."""
    return epoch.build_time() or dt.datetime.now(dt.UTC).replace(microsecond=0)


def normalized_zip(data: bytes) -> bytes:
    """The same zip with every member's time, permissions and compression fixed, in the same
    order: the bytes then depend on the contents alone."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as target:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            target.writestr(info, source.read(member.filename), compresslevel=9)
    return output.getvalue()
