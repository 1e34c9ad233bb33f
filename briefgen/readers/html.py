"""Reader for saved web pages: the main text and metadata through trafilatura.

When a page renders its article with JavaScript, trafilatura finds little besides a caption; such
pages usually still carry the text in their schema.org JSON-LD ``articleBody``, which is used
instead when it is much longer than what trafilatura found.
"""

from __future__ import annotations

import copy
import json
import re
from typing import TYPE_CHECKING, Any

from briefgen.encoding import Decoded, decode_declared
from briefgen.errors import InputError
from briefgen.model import Article
from briefgen.readers.assemble import Metadata, Origin, build_article
from briefgen.readers.limits import MAX_NESTING, MAX_PAGE_ELEMENTS, nesting_depth

if TYPE_CHECKING:
    from briefgen.readers import ReadOptions

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)
_DOMAIN_LIKE = re.compile(r"^[\w-]+(\.[\w-]+)+$")
_DATE_LIKE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+")  # " | ", " - ": never "Seoul-Moscow"
_ARTICLE_TYPES = ("Article", "NewsArticle", "OpinionNewsArticle", "ReportageNewsArticle",
                  "AnalysisNewsArticle", "BlogPosting", "WebPage")
# A page with fewer words than this, or without a single sentence, has no article on it.
MIN_PAGE_WORDS = 25
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]?$")
# HTML5 void elements for media that libxml2's HTML 4 parser does not know as void: it nests
# the rest of the page inside an <embed> or <source> and trafilatura then drops it all. They
# hold no text; taken out (a tag left unclosed too, up to the next "<"), the article stays.
_MEDIA_TAGS = re.compile(r"</?(?:embed|source|track|param)\b[^<>]*>?", re.IGNORECASE)
# JSON-LD text is used when trafilatura found less than this share of its words.
JSON_LD_PREFERRED_BELOW = 0.5


def read(data: bytes, origin: Origin, options: ReadOptions) -> Article:
    """Extract the article of one saved page."""
    page = decode_page(data, origin.name, options.encoding)
    return article_from_page(page.text, origin, page.notes)


def article_from_page(page: str, origin: Origin, notes: tuple[str, ...] = ()) -> Article:
    """The article of a page already decoded to text."""
    text, headings, metadata = extract(page, origin)
    metadata = Metadata(**{**metadata.__dict__, "notes": (*notes, *metadata.notes)})
    return build_article(text, origin, metadata, find_title=False, known_subheads=headings)


def decode_page(data: bytes, source: str, encoding: str | None) -> Decoded:
    """The page's text: a forced encoding, else the charset it declares, else detection."""
    declared = _META_CHARSET.search(data[:4096])
    return decode_declared(data, source, encoding,
                           declared.group(1).decode("ascii", "replace") if declared else None)


def extract(page: str, origin: Origin) -> tuple[str, set[str], Metadata]:
    """Main text (paragraphs separated by blank lines), headings, and the page's metadata."""
    import trafilatura  # imported here: it is slow to import and only pages need it
    from lxml import etree
    from lxml import html as lxml_html

    page = _MEDIA_TAGS.sub("", page)

    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, TypeError, etree.LxmlError):  # lxml refuses empty or odd documents
        tree = None
    elements = sum(1 for _ in tree.iter()) if tree is not None else 0
    if elements > MAX_PAGE_ELEMENTS:  # checked before trafilatura spends minutes on it
        raise InputError(origin.name, f"page has {elements:,} HTML elements, over the limit "
                         f"of {MAX_PAGE_ELEMENTS:,}")
    from trafilatura.settings import set_date_params

    document = trafilatura.bare_extraction(
        page, url=origin.url, with_metadata=True, include_comments=False,
        include_tables=False, include_images=False, include_links=False,
        # The date the page's markup gives; the text is searched below, more carefully.
        date_extraction_params=set_date_params(extensive=False),
    )
    linked = _json_ld_article(tree) if tree is not None else {}
    paragraphs, headings = _body_paragraphs(document)
    found_words = sum(len(p.split()) for p in paragraphs)
    article_body = _text(linked.get("articleBody"))
    notes: list[str] = []
    same_text = article_body is not None and " ".join(paragraphs).split() == article_body.split()
    if article_body and (same_text
                         or found_words < JSON_LD_PREFERRED_BELOW * len(article_body.split())):
        from briefgen.nlp.tokenizer import split_sentences

        # No paragraph breaks survive in articleBody: one sentence per paragraph is the
        # honest split (every sentence stays verbatim).
        paragraphs, headings = split_sentences(" ".join(article_body.split())), set()
        if not same_text:
            notes.append("text taken from the page's JSON-LD articleBody "
                         f"(the page layout gave only {found_words} words)")
    words = sum(len(p.split()) for p in paragraphs)
    if words < MIN_PAGE_WORDS or not any(_SENTENCE_END.search(p) for p in paragraphs):
        found = f" (only {words} words of menus or captions)" if words else ""
        raise InputError(origin.name, f"no article text found in the page{found}")
    metadata = _metadata(document, linked, tree, origin, notes)
    return "\n\n".join(paragraphs), headings, metadata


def _body_paragraphs(document: Any) -> tuple[list[str], set[str]]:
    if document is None or document.body is None:
        return [], set()
    paragraphs: list[str] = []
    headings: set[str] = set()
    for element in document.body.iter("p", "head", "item", "quote"):
        if element.tag in ("p", "quote") and element.getparent().tag == "item":
            continue
        text = " ".join("".join(element.itertext()).split())
        if not text:
            continue
        paragraphs.append(text)
        if element.tag == "head":
            headings.add(text)
    return paragraphs, headings


def _metadata(document: Any, linked: dict[str, Any], tree: Any, origin: Origin,
              notes: list[str]) -> Metadata:
    found = document.as_dict() if document is not None else {}
    publisher = _publisher_name(linked) or _meta_publisher(tree)
    sitename = _text(found.get("sitename"))
    outlet = (
        publisher if publisher and (not sitename or _DOMAIN_LIKE.match(sitename)) else None
    ) or sitename or publisher or _text(found.get("hostname"))
    author = _text(found.get("author"))
    if author and outlet and (_same_name(author, outlet) or _same_name(author, publisher)):
        author = None  # the site named itself as the author: no person is credited
    title = clean_title(_text(found.get("title")) or _text(linked.get("headline")),
                        [outlet, sitename, publisher, _text(found.get("hostname"))])
    return Metadata(
        found_in="page metadata",
        title=title,
        outlet=outlet,
        author=author,
        date=_text(found.get("date")) or _date_in_text(tree),
        url=_text(found.get("url")) or origin.url,
        notes=tuple(notes),
    )


def _date_in_text(tree: Any) -> str | None:
    """A date htmldate finds in the page's text when its markup gives none, except January 1:
    htmldate's guess from a bare year ("Copyright 2022" gives 2022-01-01), a date from nowhere
    that the timeline would then resolve "last week" against."""
    if tree is None:
        return None
    from htmldate import find_date
    from trafilatura.settings import set_date_params

    try:
        # A copy: htmldate prunes the tree it is given.
        found = find_date(copy.deepcopy(tree), **set_date_params(extensive=True))
    except Exception:  # htmldate on an odd tree: no date rather than no article
        return None
    return found if found and not found.endswith("-01-01") else None


def clean_title(title: str | None, site_names: list[str | None]) -> str | None:
    """The headline without the site name and date a page title often appends
    ("Berlin confronts ... | DW | 19.01.2020" -> "Berlin confronts ...")."""
    if not title:
        return None
    # Split keeping the separators so that what remains is the title verbatim.
    parts = _TITLE_SEPARATORS.split(title)
    separators = _TITLE_SEPARATORS.findall(title)

    def is_site(part: str) -> bool:
        return bool(_DATE_LIKE.match(part)) or any(_same_name(part, name)
                                                   for name in site_names if name)

    start, end = 0, len(parts)
    while end - start > 1 and is_site(parts[end - 1]):
        end -= 1
    while end - start > 1 and is_site(parts[start]):
        start += 1
    kept = parts[start]
    for index in range(start + 1, end):
        kept += separators[index - 1] + parts[index]
    return kept


def _same_name(a: str | None, b: str | None) -> bool:
    """Whether two names denote the same site: equal, one the other's domain or initials."""
    if not a or not b:
        return False

    def forms(name: str) -> set[str]:
        bare = re.sub(r"\s*\(.*?\)\s*", " ", name).strip().casefold()
        bare = re.sub(r"^(www\.)|^the ", "", bare)
        domain = bare.split(".")[0] if _DOMAIN_LIKE.match(bare) else bare
        words = domain.split()
        initials = "".join(word[0] for word in words) if len(words) > 1 else domain
        return {bare, domain, initials, domain.replace(" ", "")}

    return bool(forms(a) & forms(b))


def _json_ld_article(tree: Any) -> dict[str, Any]:
    """The first schema.org article object among the page's JSON-LD blocks, or {}."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):  # broken, or nested past Python's stack
            continue
        if nesting_depth(data) > MAX_NESTING:  # real metadata nests a few levels
            continue
        for item in _json_ld_items(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(k in _ARTICLE_TYPES for k in kinds) and ("articleBody" in item
                                                             or "headline" in item):
                return item
    return {}


def _json_ld_items(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [item for entry in data for item in _json_ld_items(entry)]
    if isinstance(data, dict):
        return [data, *_json_ld_items(data.get("@graph", []))]
    return []


def _publisher_name(linked: dict[str, Any]) -> str | None:
    publisher = linked.get("publisher")
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    return _text(publisher.get("name")) if isinstance(publisher, dict) else None


def _meta_publisher(tree: Any) -> str | None:
    if tree is None:
        return None
    for content in tree.xpath('//meta[@name="publisher"]/@content'):
        name = re.sub(r"\s*\(.*?\)\s*", "", content).strip()
        if name and not name.startswith("http"):
            return name
    return None


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None
