"""The one exception the mail package raises for problems a user can fix."""

from __future__ import annotations

from briefgen.errors import BriefgenError


class MailError(BriefgenError):
    """A message could not be composed, addressed or delivered; the text is one line."""
