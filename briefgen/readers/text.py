"""Reader for plain-text and Markdown articles, with optional YAML front matter."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from briefgen.encoding import decode
from briefgen.errors import InputError
from briefgen.model import Article
from briefgen.readers.assemble import Metadata, Origin, build_article
from briefgen.readers.limits import MAX_FRONT_MATTER_CHARS, MAX_NESTING, check_text

if TYPE_CHECKING:
    from briefgen.readers import ReadOptions

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_FIELDS = ("title", "outlet", "author", "date", "url")
# Other names front matter commonly uses for the same fields.
_ALIASES = {"source": "outlet", "publication": "outlet", "site": "outlet", "publisher": "outlet",
            "link": "url", "byline": "author", "published": "date", "authors": "author"}


def read(data: bytes, origin: Origin, options: ReadOptions) -> Article:
    """Decode, split off front matter, strip Markdown headings, clean, recover metadata."""
    check_text(data, origin.name)  # before decoding, which is the slow part for a huge file
    decoded = decode(data, origin.name, options.encoding)
    body, metadata = split_front_matter(decoded.text, origin.name)
    metadata = Metadata(**{**metadata.__dict__, "notes": decoded.notes})
    return article_from_text(body, origin, metadata)


def article_from_text(text: str, origin: Origin, metadata: Metadata | None = None) -> Article:
    """Build an article from text; Markdown headings and bold markers become plain text."""
    lines = [_MARKDOWN_EMPHASIS.sub(r"\2", _MARKDOWN_HEADING.sub("", line))
             for line in text.split("\n")]
    return build_article("\n".join(lines), origin, metadata)


class _Refused(Exception):
    """YAML that is valid but not allowed in front matter: aliases, or too deep nesting."""

    def __init__(self, problem: str, line: int) -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line


@functools.cache
def _front_matter_loader() -> type:
    """PyYAML's safe loader without aliases (``*ref``: a "billion laughs" expands a few lines
    into gigabytes once its values are turned into text) and at most ``MAX_NESTING`` deep."""
    import yaml

    class Loader(yaml.SafeLoader):
        depth = 0

        def compose_node(self, parent, index):  # noqa: ANN001, ANN202
            event = self.peek_event()
            if isinstance(event, yaml.AliasEvent):
                raise _Refused("aliases (*name) are not allowed", event.start_mark.line)
            self.depth += 1
            try:
                if self.depth > MAX_NESTING:
                    raise _Refused(f"nested more than {MAX_NESTING} levels deep",
                                   event.start_mark.line)
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    return Loader


def split_front_matter(text: str, source: str) -> tuple[str, Metadata]:
    """The text after a leading ``---`` YAML block, and the article fields that block names."""
    match = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    if not match:
        return text, Metadata(found_in="front matter")
    if len(match["yaml"]) > MAX_FRONT_MATTER_CHARS:
        raise InputError(source, f"YAML front matter is {len(match['yaml']):,} characters, over "
                         f"the limit of {MAX_FRONT_MATTER_CHARS:,}")
    import yaml  # imported here: only files with front matter need it

    try:
        data: Any = yaml.load(match["yaml"], Loader=_front_matter_loader())  # noqa: S506
    except _Refused as error:
        raise InputError(source, f"invalid YAML front matter (line {error.line + 2}: "
                         f"{error.problem})") from None
    except RecursionError:  # nesting the composer's depth check did not see (a long key)
        raise InputError(source, "invalid YAML front matter (nested too deeply)") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise InputError(source, f"invalid YAML front matter{where}") from None
    except ValueError as error:  # a well-formed but impossible date: "date: 2024-13-45"
        raise InputError(source, f"invalid YAML front matter ({error})") from None
    if not isinstance(data, dict):
        return text, Metadata(found_in="front matter")
    fields: dict[str, Any] = {}
    for key, value in data.items():
        name = _ALIASES.get(str(key).lower(), str(key).lower())
        if name in _FIELDS and name not in fields and value is not None:
            if isinstance(value, list):
                value = ", ".join(str(item) for item in value)
            fields[name] = value if name == "date" else str(value)
    return text[match.end():], Metadata(found_in="front matter", **fields)
