"""The exceptions briefgen raises for problems a user can fix."""

from __future__ import annotations


class BriefgenError(Exception):
    """A problem to report to the user in one line, without a traceback."""

    exit_status = 1


class InputError(BriefgenError):
    """One input file or URL could not be turned into an article."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class TemplateError(BriefgenError):
    """An audience template is missing or invalid: a usage error, like a bad option."""

    exit_status = 2


class OutputError(BriefgenError):
    """A brief could not be written."""
