"""The one reader of ``SOURCE_DATE_EPOCH`` (https://reproducible-builds.org/specs/source-date-epoch/).

Importing this module settles the variable for the whole process: a valid value is rewritten in
its plain form (``" 1700000000"`` becomes ``"1700000000"``), so every reader of it (the brief's
date, the DOCX properties, reportlab's PDF dates, numpy's f2py at import) sees the same time;
an invalid one is removed, so that none of them crashes on it, and the problem is kept for the
command line to report in one line. ``briefgen.cli`` imports it before anything imports numpy.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import MutableMapping

from briefgen.errors import BriefgenError

NAME = "SOURCE_DATE_EPOCH"
#: The latest time accepted: date arithmetic (a timeline, a week before the brief) must not
#: overflow Python's year 9999, and no one builds for a date past this.
MAX_EPOCH = int(dt.datetime(9000, 1, 1, tzinfo=dt.UTC).timestamp())


def parse(value: str) -> dt.datetime:
    """The UTC time of a ``SOURCE_DATE_EPOCH`` value: whole seconds since 1970, surrounding
    blanks allowed; anything else (``abc``, ``1.7e9``, ``-5``, a huge number) raises."""
    text = value.strip()
    if not (text.isascii() and text.isdigit()):
        raise BriefgenError(f"{NAME}={value!r} is not a whole number of seconds since 1970 "
                            "(fix or unset it)")
    seconds = int(text)
    if seconds > MAX_EPOCH:
        raise BriefgenError(f"{NAME}={text[:30]}{'...' if len(text) > 30 else ''} is past "
                            "the year 9000 (fix or unset it)")
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


def build_time(environ: MutableMapping[str, str] | None = None) -> dt.datetime | None:
    """The time ``SOURCE_DATE_EPOCH`` fixes, or None when it is unset or empty."""
    value = (os.environ if environ is None else environ).get(NAME, "")
    return parse(value) if value.strip() else None


def settle_environment(environ: MutableMapping[str, str] | None = None) -> str | None:
    """Rewrite the variable in its plain form, or remove it when invalid; the problem, if any."""
    environ = os.environ if environ is None else environ
    value = environ.get(NAME)
    if value is None:
        return None
    if not value.strip():
        del environ[NAME]  # set but empty: as if unset (what numpy's int() cannot take)
        return None
    try:
        environ[NAME] = str(int(parse(value).timestamp()))
    except BriefgenError as error:
        del environ[NAME]
        return str(error)
    return None


#: What was wrong with the variable when briefgen started (None when it was fine or unset).
PROBLEM_AT_START = settle_environment()
