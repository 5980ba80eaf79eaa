"""Turns a decoded page into its main text as lines, plus the title, date, canonical URL and headings it declares."""

from __future__ import annotations

import re
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin

from lxml import etree, html as lxml_html
from pydantic import BaseModel, ConfigDict, Field
from trafilatura import bare_extraction

from cleaning.errors import EmptyPage, ExtractionTimeout, PageTooLarge
from cleaning.models import PageKind
from cleaning.rules.dates import parse_published


class ExtractionConfig(BaseModel):
    """Limits and trade-offs of the extraction step."""

    model_config = ConfigDict(frozen=True)

    # The longest real page in this field (a 30-page Word report pasted whole) holds ~200,000 characters; 5 million
    # is 25 times that, still parses in about a second and bounds lxml's memory to a few hundred MB per worker.
    max_chars: int = Field(default=5_000_000, gt=0)
    # trafilatura needs 5-50 ms on an ordinary page and ~1.5 s the first time (it loads its models); 20 s is far
    # beyond any honest page and catches pathological markup (nested tables thousands deep) before it stalls a worker.
    timeout_s: float = Field(default=20.0, gt=0)
    # trafilatura's text is kept unless it lost more than this share of the page's densest text block: its
    # boilerplate filter sometimes drops paragraphs (text after a <div>, a paragraph full of numbers). One
    # paragraph of a typical 10-20 paragraph summary is 5-10%; the block's own chrome lines (a "转载请注明"
    # notice, a print link) stay under 5% on the fixture pages, so they alone do not trigger the fallback.
    max_lost_share: float = Field(default=0.05, ge=0.0, le=1.0)


@dataclass(frozen=True)
class Extracted:
    """The main text of a page and what the page says about itself."""

    text: str  # lines joined by "\n"; blank lines kept where the page had them (text path)
    title: str | None
    published: date | None
    canonical_url: str | None
    headings: frozenset[str]  # lines that were HTML headings (h1-h4), for segmentation


def extract_article(
    text: str, kind: PageKind, *, url: str | None = None, config: ExtractionConfig = ExtractionConfig()
) -> Extracted:
    """The main text of `text` (already decoded) with its metadata; raises EmptyPage, PageTooLarge, ExtractionTimeout."""
    if len(text) > config.max_chars:
        raise PageTooLarge(
            f"page has {len(text):,} characters, over the limit of {config.max_chars:,}; "
            "raise extraction.max_chars if this page is real"
        )
    if kind == "text":
        return _extract_text(text)
    with _time_limit(config.timeout_s):
        return _extract_html(text, url=url, config=config)


def _extract_text(text: str) -> Extracted:
    """A plain-text page is already its own main text: only line endings are made uniform."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    joined = "\n".join(lines).strip("\n")
    if not joined.strip():
        raise EmptyPage("the text file holds only whitespace")
    return Extracted(text=joined, title=None, published=None, canonical_url=None, headings=frozenset())


@contextmanager
def _time_limit(seconds: float):
    """Raise ExtractionTimeout after `seconds`; a no-op outside the main thread, where signals cannot be delivered."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):
        raise ExtractionTimeout(
            f"extraction took longer than {seconds:g} s; the markup is pathological (raise extraction.timeout_s "
            "to try harder)"
        )

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _extract_html(text: str, *, url: str | None, config: ExtractionConfig) -> Extracted:
    tree = _parse(text)
    canonical = _canonical_url(tree, url)
    page_title = _page_title(tree)
    meta_date = _meta_area_date(tree)
    container = _densest_container(tree)
    dense_lines = _block_lines(container)
    dense_headings = _heading_texts(container)
    # trafilatura prunes the tree it is given; everything above reads the page before that happens
    document = bare_extraction(
        tree,
        url=url,
        favor_recall=True,
        include_tables=True,
        include_comments=False,
        with_metadata=True,
        # original_date without the extensive search: the copyright year in a footer is not a publication date
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    lines: list[str] = []
    headings: set[str] = set()
    if document is not None and document.body is not None:
        lines, headings = _xml_lines(document.body)
    if _prefer_dense_block(lines, dense_lines, config):
        lines, headings = dense_lines, dense_headings
    if not lines:
        raise EmptyPage("no text block found in the HTML (only scripts, navigation or images)")
    title = page_title or (_clean_title(document.title) if document is not None and document.title else None)
    published = meta_date or (parse_published(document.date) if document is not None and document.date else None)
    return Extracted(
        text="\n".join(lines),
        title=title,
        published=published,
        canonical_url=canonical,
        headings=frozenset(headings),
    )


def _prefer_dense_block(lines: list[str], dense_lines: list[str], config: ExtractionConfig) -> bool:
    """Whether the page's densest block is a better main text than trafilatura's."""
    if not dense_lines:
        return False
    # trafilatura's own last resort flattens the whole <body>, navigation included, into one paragraph
    collapsed = len(lines) <= 1 and len(dense_lines) > 1
    lost = _missing_chars(dense_lines, lines) > config.max_lost_share * _chars(dense_lines)
    return collapsed or lost


def _parse(text: str) -> lxml_html.HtmlElement:
    # lxml refuses str input that still carries an XML encoding declaration; the text is decoded already
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    try:
        tree = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise EmptyPage(f"the HTML could not be parsed at all ({error})") from error
    return tree


def _chars(lines: list[str]) -> int:
    return sum(len(line) for line in lines)


# Elements whose text is never article text.
_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "select", "option", "button", "textarea", "iframe"}
# Elements that start a new line of text.
_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "tbody", "section",
    "article", "main", "header", "footer", "blockquote", "pre", "dd", "dt", "dl", "center", "form", "hr",
}  # fmt: skip
_CONTAINER_TAGS = {"div", "td", "article", "section", "main", "body", "center", "blockquote"}
_WHITESPACE = re.compile(r"\s+")


def _block_lines(element: lxml_html.HtmlElement | None) -> list[str]:
    """The text under `element`, one line per block element, blank blocks dropped."""
    if element is None:
        return []
    lines: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        line = _WHITESPACE.sub(" ", "".join(pending)).strip()
        pending.clear()
        if line:
            lines.append(line)

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag and tag not in _SKIP_TAGS:
            block = tag in _BLOCK_TAGS
            if block:
                flush()
            if node.text:
                pending.append(node.text)
            for child in node:
                walk(child)
            if block:
                flush()
        if node.tail:
            pending.append(node.tail)

    walk(element)
    flush()
    return lines


def _heading_texts(element: lxml_html.HtmlElement | None) -> set[str]:
    if element is None:
        return set()
    texts = (_WHITESPACE.sub(" ", h.text_content()).strip() for h in element.iter("h1", "h2", "h3", "h4"))
    return {text for text in texts if text}


def _densest_container(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The container that holds the most running text, scored the readability way.

    Each element's own text (link text excluded: links are navigation) counts fully for its nearest container
    and half for the container above, so paragraphs wrapped one per <div> still add up in their common parent.
    """
    scores: dict[lxml_html.HtmlElement, float] = {}
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag in _SKIP_TAGS or tag == "a" or _inside(element, _SKIP_TAGS):
            continue
        own = len(_WHITESPACE.sub("", element.text or "")) + sum(
            len(_WHITESPACE.sub("", child.tail or "")) for child in element
        )
        if not own:
            continue
        container = _container_of(element)
        if container is None:
            continue
        scores[container] = scores.get(container, 0.0) + own
        above = _container_of(container.getparent()) if container.getparent() is not None else None
        if above is not None:
            scores[above] = scores.get(above, 0.0) + own / 2
    return max(scores, key=scores.__getitem__) if scores else None


def _container_of(element) -> lxml_html.HtmlElement | None:
    while element is not None and element.tag not in _CONTAINER_TAGS:
        element = element.getparent()
    return element


def _inside(element, tags: set[str]) -> bool:
    return any(ancestor.tag in tags for ancestor in element.iterancestors())


def _missing_chars(lines: list[str], found_in: list[str]) -> int:
    """Characters of `lines` whose line does not occur in `found_in` (spaces ignored)."""
    haystack = _WHITESPACE.sub("", "".join(found_in))
    return sum(len(line) for line in lines if _WHITESPACE.sub("", line) not in haystack)


def _xml_lines(body: etree._Element) -> tuple[list[str], set[str]]:
    """Lines of trafilatura's XML body in document order: one per paragraph, heading, list item or table row."""
    lines: list[str] = []
    headings: set[str] = set()

    def text_of(node) -> str:
        return _WHITESPACE.sub(" ", "".join(node.itertext())).strip()

    def walk(node) -> None:
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in ("list", "table", "quote", "div", "main"):
                walk(child)
            elif tag == "row":
                nested = [cell for cell in child if len(cell) and any(sub.tag in ("p", "head", "list") for sub in cell)]
                if nested:
                    walk_cells(child)
                else:
                    line = " ".join(t for t in (text_of(cell) for cell in child) if t)
                    if line:
                        lines.append(line)
            elif tag:
                line = text_of(child)
                if not line:
                    continue
                lines.append(line)
                if tag == "head":
                    headings.add(line)

    def walk_cells(row) -> None:
        # a layout table: each cell holds paragraphs of its own
        for cell in row:
            if cell.text and cell.text.strip():
                lines.append(_WHITESPACE.sub(" ", cell.text).strip())
            walk(cell)

    walk(body)
    return lines, headings


# What separates a title from the site name appended to it in <title>: "卫生局工作总结_范文网", "… - 公文素材库", "…|站名"
_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|\s-\s|\s–\s|\s—\s|——|--)\s*")


def _clean_title(title: str) -> str | None:
    """The article's part of a <title>: the longest piece between site-name separators."""
    parts = [part.strip() for part in _TITLE_SEPARATORS.split(title) if part and part.strip()]
    return max(parts, key=len) if parts else None


def _page_title(tree: lxml_html.HtmlElement) -> str | None:
    """The page's own title: its single <h1> when <title> agrees with it, else the cleaned <title>."""
    title_text = " ".join(tree.xpath("//head/title//text()")).strip()
    cleaned = _clean_title(_WHITESPACE.sub(" ", title_text)) if title_text else None
    h1s = [_WHITESPACE.sub(" ", h.text_content()).strip() for h in tree.iter("h1")]
    h1s = [h for h in h1s if h]
    if len(h1s) == 1 and (cleaned is None or h1s[0] in title_text or (cleaned and cleaned in h1s[0])):
        return h1s[0]
    return cleaned


def _canonical_url(tree: lxml_html.HtmlElement, url: str | None) -> str | None:
    for found in (
        tree.xpath("//link[translate(@rel, 'CANONICAL', 'canonical')='canonical']/@href"),
        tree.xpath("//meta[@property='og:url']/@content"),
    ):
        href = next((h.strip() for h in found if h.strip()), None)
        if href:
            return urljoin(url, href) if url else href
    return None


# A date line of a page's meta area: "发布时间:2021年3月5日", "日期:2019-05-29", "時間:2022-03-01 02:13:00"
_META_DATE_LINE = re.compile(r"(?:发布|更新|时间|日期|時間|發佈|发表|上传)[^\d\n]{0,8}(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})")
# Meta areas are short lines; a long paragraph mentioning a date ("2021年3月5日召开动员会") is article text.
_META_LINE_MAX_CHARS = 80
_META_DATE_NAMES = ("article:published_time", "pubdate", "publishdate", "publish_date", "date", "dc.date")


def _meta_area_date(tree: lxml_html.HtmlElement) -> date | None:
    """The publication date the page states in a <meta> tag or a short labelled meta line."""
    for meta in tree.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").lower()
        if name in _META_DATE_NAMES:
            found = parse_published(meta.get("content") or "")
            if found:
                return found
    for line in _block_lines(tree.find("body")):
        if len(line) <= _META_LINE_MAX_CHARS:
            match = _META_DATE_LINE.search(line)
            if match:
                found = parse_published(match.group(1))
                if found:
                    return found
    return None
