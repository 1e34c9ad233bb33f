"""Command line: parse options, call the pipeline, print results. No logic of its own."""

from __future__ import annotations

import contextlib
import sys
import warnings
from pathlib import Path

import click

import briefgen.epoch  # first: it settles SOURCE_DATE_EPOCH before numpy (below) reads it
from briefgen import __version__
from briefgen.commands.inspect import inspect
from briefgen.commands.quotes import quotes
from briefgen.commands.reading import reading_options
from briefgen.commands.send import finish_build_mail, plan_build_mail, send, smtp_options
from briefgen.commands.templates_cmd import load_template, templates
from briefgen.errors import BriefgenError, OutputError, shown
from briefgen.nlp.select import Budget, summarize_documents
from briefgen.nlp.summarize import DEFAULT_METHOD, METHODS
from briefgen.pipeline import build_brief, fit_to_pages, read_articles, write
from briefgen.readers import ReadOptions
from briefgen.templates import DEFAULT_TEMPLATE, PAGE_SIZES, with_overrides
from briefgen.writers import SUFFIXES, WRITERS
from briefgen.writers.filenames import safe_basename

# PIL only warns (on stderr) about an image of 89 to 179 million pixels, then decodes it into
# gigabytes: as an error it is refused where the image is checked (a template's logo).
warnings.filterwarnings("error", message=r"Image size \(\d+ pixels\) exceeds limit")

INPUTS = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")


def _warn(message: str) -> None:
    click.echo(f"briefgen: {shown(message)}", err=True)


class _Group(click.Group):
    """Report BriefgenError as one line on stderr, exit status 1 (2 for a bad template), never
    a traceback."""

    def invoke(self, ctx: click.Context):  # noqa: ANN201
        try:
            problem = briefgen.epoch.PROBLEM_AT_START or briefgen.epoch.settle_environment()
            if problem:
                raise BriefgenError(problem)
            return super().invoke(ctx)
        except BriefgenError as error:
            click.echo(f"briefgen: error: {shown(str(error))}", err=True)
            ctx.exit(error.exit_status)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefgen")
def main() -> None:
    """Turn news articles about one story into a cited briefing document."""


@main.command()
@INPUTS
@click.option("-t", "--template", "template_name", default=DEFAULT_TEMPLATE, show_default=True,
              help="Audience template: a name (see `briefgen templates list`) or a .toml path.")
@click.option("--templates-dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Look here first for the template named by -t.")
@click.option("-f", "--format", "formats", multiple=True, type=click.Choice(list(WRITERS)),
              help="Output format; repeat for several. [default: docx and pdf]")
@click.option("-o", "--output", "output_dir", default="out", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Output directory.")
@click.option("--title", help="Title of the brief. [default: the story's most central headline]")
@click.option("--date", "brief_date", type=click.DateTime(["%Y-%m-%d"]),
              help="Date of the brief, YYYY-MM-DD. [default: today]")
@click.option("--marking", help="Handling marking for this run ('' for none).")
@click.option("--max-pages", type=click.IntRange(min=0),
              help="Page limit for this run (0 for none); items are dropped to fit.")
@click.option("--page-size", type=click.Choice(PAGE_SIZES), help="Page size for this run.")
@click.option("--name", "basename", help="Base name of the output files. [default: from the title]")
@click.option("--strict", is_flag=True, help="Fail on the first bad input instead of skipping it.")
@click.option("--eml", is_flag=True, help="Also write <name>.eml, an e-mail draft of the brief.")
@click.option("--send-to", multiple=True, metavar="ADDR",
              help="E-mail the brief to ADDR (repeatable); SMTP options as for `send`.")
@smtp_options
@reading_options
def build(inputs: tuple[str, ...], template_name: str, formats: tuple[str, ...],
          output_dir: Path, title: str | None, basename: str | None, strict: bool,
          templates_dir: Path | None, brief_date, marking: str | None,  # noqa: ANN001
          max_pages: int | None, page_size: str | None,
          eml: bool, send_to: tuple[str, ...], read_options: ReadOptions,
          **mail_options: object) -> None:
    """Build a brief from INPUT files or directories and print each path written."""
    mail = plan_build_mail(eml, send_to, mail_options)  # addresses checked before building
    template = with_overrides(load_template(template_name, templates_dir), marking=marking,
                              max_pages=max_pages, page_size=page_size)
    brief = build_brief(inputs, template, title=title, strict=strict, warn=_warn,
                        brief_date=brief_date.date() if brief_date else None,
                        options=read_options)
    brief, template = fit_to_pages(brief, template, warn=_warn)
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        message = f"{output_dir}: cannot create output directory: {error.strerror}"
        raise OutputError(message) from None
    name = safe_basename(basename or brief.title)
    written: list[Path] = []
    try:
        for output_format in formats or ("docx", "pdf"):
            path = output_dir / f"{name}{SUFFIXES[output_format]}"
            try:
                write(brief, output_format, path, template)
            except OSError as error:
                raise OutputError(f"{path}: cannot write: {error.strerror or error}") from None
            written.append(path)
    except BaseException:
        _remove(written)  # all the formats asked for, or none: no half-built set left behind
        raise
    for path in written:
        click.echo(str(path))
    finish_build_mail(mail, brief, template, written, output_dir / f"{name}.eml")


def _remove(paths: list[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):  # already gone, or never ours to remove
            path.unlink()


@main.command()
@INPUTS
@click.option("--method", type=click.Choice(list(METHODS)), default=DEFAULT_METHOD,
              show_default=True, help="sumy method that rates sentences within each article.")
@click.option("--sentences", type=click.IntRange(min=1), help="Summary length in sentences.")
@click.option("--words", type=click.IntRange(min=1), help="Maximum summary length in words.")
@click.option("--percent", type=click.FloatRange(min=0, max=100, min_open=True),
              help="Maximum summary length as a percentage of all the inputs' words.")
@click.option("--strict", is_flag=True, help="Fail on the first bad input instead of skipping it.")
@reading_options
def summarize(inputs: tuple[str, ...], method: str, sentences: int | None, words: int | None,
              percent: float | None, strict: bool, read_options: ReadOptions) -> None:
    """Print one multi-document extractive summary of all INPUTs, one sentence per line.
    [default length: 5 sentences]"""
    articles = read_articles(inputs, strict=strict, warn=_warn, options=read_options)
    budget = Budget.of(articles, sentences=sentences, words=words, percent=percent)
    for claim in summarize_documents(articles, budget, method):
        click.echo(claim.text)


main.add_command(send)
main.add_command(templates)
main.add_command(inspect)
main.add_command(quotes)

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
