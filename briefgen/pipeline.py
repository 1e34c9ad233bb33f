"""The pipeline: the only place that knows the order of the stages.

    inputs -> readers -> articles -> summariser ratings -> claims -> sections -> Brief -> writers
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from briefgen import __version__, epoch
from briefgen.errors import BriefgenError, InputError
from briefgen.fit import fit
from briefgen.model import Article, Brief, Source
from briefgen.nlp.select import group_claims, rated_sentences
from briefgen.presentation import present
from briefgen.readers import ReadOptions, expand_input, read_all
from briefgen.sections import build_sections
from briefgen.sections.material import Material
from briefgen.templates import Template
from briefgen.title import story_title
from briefgen.writers import WRITERS

Warn = Callable[[str], None]


def _ignore(message: str) -> None:
    pass


def read_articles(
    inputs: Sequence[str | Path],
    *,
    strict: bool = False,
    warn: Warn = _ignore,
    options: ReadOptions | None = None,
) -> list[Article]:
    """Read every input; a bad one is reported through ``warn`` and skipped (raised if strict).

    Articles get ids "1", "2", ... in input order: the numbers citations show.
    """
    articles: list[Article] = []
    problems: list[InputError] = []
    for item in inputs:
        try:
            sources = expand_input(item)
        except InputError as error:  # a missing file or a directory with nothing to read
            if strict:
                raise
            problems.append(error)
            continue
        for source in sources:
            try:
                found = read_all(source, options)
            except InputError as error:
                if strict:
                    raise
                problems.append(error)
                continue
            for article in found:
                _warn_notes(article, warn)
                articles.append(replace(article, id=str(len(articles) + 1)))
    if not articles and len(problems) == 1:
        raise problems[0]  # one bad input and nothing else: that is the whole story
    for problem in problems:
        warn(f"skipped {problem}")
    if not articles:
        raise BriefgenError(f"no usable article among the inputs ({len(problems)} skipped); "
                            "nothing written")
    if problems:
        warn(f"{len(problems)} input(s) skipped, {len(articles)} article(s) used")
    return articles


def _warn_notes(article: Article, warn: Warn) -> None:
    """Pass on what a reader said that may mean the text is wrong (a guessed encoding)."""
    for note in article.notes:
        if note.startswith(("skipped ", "encoding guessed")):
            warn(f"{article.path or article.url or '<stdin>'}: {note}")


def build_brief(
    inputs: Sequence[str | Path],
    template: Template,
    *,
    title: str | None = None,
    brief_date: dt.date | None = None,
    strict: bool = False,
    warn: Warn = _ignore,
    options: ReadOptions | None = None,
) -> Brief:
    """Read the inputs and assemble the brief the template asks for."""
    articles = read_articles(inputs, strict=strict, warn=warn, options=options)
    return brief_from_articles(articles, template, title=title, brief_date=brief_date)


def brief_from_articles(
    articles: Sequence[Article],
    template: Template,
    *,
    title: str | None = None,
    brief_date: dt.date | None = None,
) -> Brief:
    sentences = rated_sentences(articles, template.summary_method)
    claims = group_claims(sentences, len(articles))
    topic = story_topic(articles)
    material = Material(articles, claims, title=title or topic, rated=sentences)
    sections = present(build_sections(material, template.sections), template, articles)
    iso_date = (brief_date or today()).isoformat()
    return Brief(
        title=title or template.title_for(topic, iso_date),
        topic=topic,
        date=iso_date,
        template=template.name,
        audience=template.audience,
        sections=sections,
        sources=tuple(source_of(article) for article in articles),
        marking=template.marking,
        generator=f"briefgen {__version__}",
    )


def fit_to_pages(
    brief: Brief, template: Template, *, warn: Warn = _ignore
) -> tuple[Brief, Template]:
    """Hold the template's ``max_pages`` (see briefgen.fit); every writer gets what this returns."""
    return fit(brief, template, warn)


def story_topic(articles: Sequence[Article]) -> str:
    """The story's name (see briefgen.title): the headline most central to its articles."""
    return story_title(articles)


def source_of(article: Article) -> Source:
    return Source(
        id=article.id,
        title=article.title,
        outlet=article.outlet,
        author=article.author,
        date=article.date,
        url=article.url,
        path=article.path,
    )


def today() -> dt.date:
    """Today, or the date of ``SOURCE_DATE_EPOCH`` for reproducible builds."""
    fixed = epoch.build_time()
    return fixed.date() if fixed else dt.date.today()


def write(brief: Brief, output_format: str, path: Path, template: Template) -> Path:
    """Write the brief in one format; the file appears whole or not at all."""
    try:
        writer = WRITERS[output_format]
    except KeyError:
        raise BriefgenError(
            f"unknown format {output_format!r} (choose from {', '.join(WRITERS)})"
        ) from None
    writer(brief, template, path)
    return path
