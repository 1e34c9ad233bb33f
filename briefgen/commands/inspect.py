"""`briefgen inspect`: show what the readers recovered from each input, and what they dropped."""

from __future__ import annotations

import json
import sys

import click

from briefgen.commands.reading import reading_options
from briefgen.errors import InputError, shown
from briefgen.model import Article, article_to_dict
from briefgen.readers import ReadOptions, expand_input, read_all

DROPPED_PREVIEW_CHARS = 100


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--json", "as_json", is_flag=True, help="Print the articles as JSON, for tools.")
@click.option("--text", "as_text", is_flag=True,
              help="Print the cleaned text itself, paragraphs separated by blank lines.")
@reading_options
def inspect(inputs: tuple[str, ...], as_json: bool, as_text: bool,
            read_options: ReadOptions) -> None:
    """Show the title, outlet, author, date, URL/path, word count and dropped paragraphs the
    readers recovered from each INPUT (files, directories, URLs, or - for stdin).

    Inputs that cannot be read are reported on stderr; the exit status is then 1.
    """
    if as_json and as_text:
        raise click.UsageError("--json and --text cannot be combined")
    articles, failures = _read(inputs, read_options)
    if as_json:
        click.echo(json.dumps([inspection(a) for a in articles], ensure_ascii=False, indent=2))
    elif as_text:
        for index, article in enumerate(articles):
            if len(articles) > 1:
                click.echo(f"{'' if index == 0 else chr(10)}==> {_where(article)} <==\n")
            click.echo(article.text)
    elif articles:
        click.echo("\n\n".join(report(article, n) for n, article in enumerate(articles, 1)))
    if failures:
        sys.exit(1)


def _read(inputs: tuple[str, ...], options: ReadOptions) -> tuple[list[Article], int]:
    articles: list[Article] = []
    failures = 0
    for item in inputs:
        try:
            for source in expand_input(item):
                try:
                    articles.extend(read_all(source, options))
                except InputError as error:
                    click.echo(f"briefgen: {shown(str(error))}", err=True)
                    failures += 1
        except InputError as error:
            click.echo(f"briefgen: {shown(str(error))}", err=True)
            failures += 1
    return articles, failures


def inspection(article: Article) -> dict[str, object]:
    """An article as JSON-ready data, with provenance as a field -> how mapping."""
    data = article_to_dict(article)
    data.pop("id", None)
    data["provenance"] = dict(article.provenance)
    return data


def report(article: Article, number: int) -> str:
    """The human-readable account of one article."""
    lines = [f"[{number}] {_where(article)}"]
    for name in ("title", "outlet", "author", "date", "url"):
        value = getattr(article, name)
        how = article.found_by(name)
        lines.append(f"  {name + ':':<10}{value or '-'}" + (f"  ({how})" if how and value else ""))
    lines.append(f"  {'path:':<10}{article.path or '-'}")
    if article.dateline:
        lines.append(f"  {'dateline:':<10}{article.dateline}")
    lines.append(f"  {'words:':<10}{article.word_count} in {len(article.paragraphs)} "
                 f"paragraph(s), {len(article.subheads)} subhead(s)")
    if article.dates_mentioned:
        lines.append(f"  {'dates:':<10}{'; '.join(article.dates_mentioned)}")
    for note in article.notes:
        lines.append(f"  {'note:':<10}{note}")
    if article.subheads:
        lines.append("  subheads:")
        lines.extend(f"    {subhead}" for subhead in article.subheads)
    lines.append(f"  dropped:  {len(article.dropped)}")
    for dropped in article.dropped:
        text = dropped.text
        if len(text) > DROPPED_PREVIEW_CHARS:
            text = text[:DROPPED_PREVIEW_CHARS].rstrip() + "…"
        lines.append(f"    {dropped.reason}: {text}")
    return "\n".join(lines)


def _where(article: Article) -> str:
    return article.path or article.url or "<stdin>"
