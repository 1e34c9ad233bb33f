"""`briefgen quotes`: every attribution found in the inputs: who said what, and where."""

from __future__ import annotations

import json
from typing import Any

import click

from briefgen.commands.reading import reading_options
from briefgen.errors import shown
from briefgen.extract.actors import ActorIndex
from briefgen.extract.attribution import find_attributions
from briefgen.model import Article
from briefgen.pipeline import read_articles
from briefgen.readers import ReadOptions
from briefgen.sanitize import safe_text


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--json", "as_json", is_flag=True, help="Print the attributions as JSON, for tools.")
@click.option("--strict", is_flag=True, help="Fail on the first bad input instead of skipping it.")
@reading_options
def quotes(inputs: tuple[str, ...], as_json: bool, strict: bool,
           read_options: ReadOptions) -> None:
    """List every attribution in the INPUTs: speaker, the actor they speak for, the cue
    ("said", "according to", ...) and the content, with its character offsets (start, end) in
    the article's cleaned text (as `briefgen inspect --text` prints it)."""
    articles = read_articles(inputs, strict=strict, options=read_options,
                             warn=lambda message: click.echo(f"briefgen: {shown(message)}",
                                                             err=True))
    found = attributions(articles)
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    for entry in found:
        click.echo(_line(entry))


def attributions(articles: list[Article]) -> list[dict[str, Any]]:
    """Every attribution of every article, as JSON-ready records, in article and text order."""
    index = ActorIndex(articles)
    records = []
    for article in articles:
        for attribution in find_attributions(article.text):
            resolution = index.resolve(attribution.speaker, article.id, attribution.cue_start)
            records.append({
                "speaker": attribution.speaker,
                "person": resolution.speaker_name,
                "affiliation": attribution.affiliation,
                "actor": resolution.actor,
                "cue": attribution.cue,
                "content": attribution.content,
                "direct": attribution.direct,
                "article": article.id,
                "path": article.path,
                "start": attribution.start,
                "end": attribution.end,
                "pieces": [list(piece) for piece in attribution.spans],
                "reason": resolution.via,
            })
    return records


def _line(entry: dict[str, Any]) -> str:
    speaker = entry["speaker"] or "(no speaker)"
    if entry["person"] and entry["person"] != speaker:
        speaker = f"{speaker} [{entry['person']}]"
    actor = f" ({entry['actor']})" if entry["actor"] else ""
    where = f"[{entry['article']}:{entry['start']}-{entry['end']}]"
    return safe_text(f"{where} {speaker}{actor} {entry['cue']}: {entry['content']}")
