"""Turns a decoded page into its main text as lines, plus the title, date, canonical URL and headings it declares."""

from __future__ import annotations

import re
import signal
import threading
from contextlib import contextmanager
from copy import copy
from functools import lru_cache
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin

from lxml import etree, html as lxml_html
from htmldate import find_date
from pydantic import BaseModel, ConfigDict, Field
from trafilatura import bare_extraction
from trafilatura.settings import Extractor

from cleaning.errors import EmptyPage, ExtractionTimeout, PageTooLarge
from cleaning.models import PageKind
from cleaning.normalize import strip_pinyin
from cleaning.rules.dates import parse_published
from cleaning.segment import document_title_headings
from cleaning.titles import SITE_SUFFIX_MAX_CHARS, ends_with_document_type


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
    headings: frozenset[str]  # lines that were HTML headings (h1-h4) at levels that title documents, for segmentation


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
    page_title = _without_listing_marks(_page_title(tree))
    _drop_hidden_inline(tree)
    body = tree.find("body")
    first_post = _forum_first_post(tree)
    dense = [first_post] if first_post is not None else _dense_block(body)
    body_lines, spans = _block_lines(body, marks=dense)
    dense_lines = [line for element in dense for line in body_lines[slice(*spans[element])]]
    dense_headings = _heading_texts(dense)
    meta_date = _meta_tag_date(tree) or _meta_line_date(body_lines)
    canonical = canonical or _link_line_url(body_lines)
    _drop_link_cells(body, keep=dense)
    paywall_lines = _paywall_prompt_lines(body)
    bold_titles = _bold_paragraph_titles(dense)
    # trafilatura works on its own copy of the tree (bare_extraction copies an lxml tree it is handed), so the
    # page is parsed once. Its metadata pass (author, categories, licence, title, date: ~1.4 ms a page, a third of
    # its time) is not run: the title and the labelled date come from the page above, and the date search runs
    # below only when the page labels none. fast=True skips its readability/jusText comparison (~0.4 ms): the
    # dense-block fallback below does that job, against the page's own densest block.
    document = bare_extraction(tree, options=_trafilatura_options(url))
    lines: list[str] = []
    headings: list[tuple[int, str]] = []
    if document is not None and document.body is not None:
        lines, headings = _xml_lines(document.body)
    if first_post is not None or _prefer_dense_block(lines, dense_lines, config, dense_headings):
        lines, headings = dense_lines, dense_headings
    else:
        lines = _with_dropped_headings(lines, body_lines, _restorable_headings(body, page_title))
    if not lines:
        raise EmptyPage("no text block found in the HTML (only scripts, navigation or images)")
    lines += [line for line in paywall_lines if line not in lines]
    return Extracted(
        text="\n".join(lines),
        title=page_title,
        published=meta_date or _searched_date(tree, url),
        canonical_url=canonical,
        headings=document_title_headings([*headings, *bold_titles]),
    )


@lru_cache(maxsize=1)
def _base_trafilatura_options() -> Extractor:
    # Built once: trafilatura's Extractor reads seven settings from its ConfigParser each time (~0.1 ms a page).
    # output_format "txt" leaves the body tree alone and skips rendering it as text (only "python" renders it,
    # ~0.1 ms a page), which nothing here reads: the lines come from the tree.
    return Extractor(output_format="txt", fast=True, recall=True, comments=False, tables=True, with_metadata=False)


def _trafilatura_options(url: str | None) -> Extractor:
    """The extraction options of one page: the shared ones with the page's URL (links are resolved against it)."""
    options = copy(_base_trafilatura_options())
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


def _searched_date(tree: lxml_html.HtmlElement, url: str | None) -> date | None:
    """The date htmldate finds in time elements, JSON-LD, the URL or an unlabelled line near the title."""
    # original_date without the extensive search: the copyright year in a footer is not a publication date
    found = find_date(tree, extensive_search=False, original_date=True, url=url)
    return parse_published(found) if found else None


def _prefer_dense_block(
    lines: list[str], dense_lines: list[str], config: ExtractionConfig, dense_headings: Sequence[tuple[int, str]] = ()
) -> bool:
    """Whether the page's densest block is a better main text than trafilatura's."""
    if not dense_lines:
        return False
    # trafilatura's own last resort flattens the whole <body>, navigation included, into one paragraph
    collapsed = len(lines) <= 1 and len(dense_lines) > 1
    lost = _missing_chars(dense_lines, lines) > config.max_lost_share * _chars(dense_lines)
    # trafilatura sometimes drops the <h2> that titles each essay of a several-essay page: a few short lines, under
    # the lost share, but without them the page cannot be split into its articles
    found = _without_spaces("".join(lines))
    lost_titles = [
        text for _, text in document_title_headings_in(dense_headings) if _without_spaces(text) not in found
    ]
    return collapsed or lost or len(lost_titles) >= LOST_TITLES_FOR_DENSE


# Two lost document-title headings mean a page of several articles lost its boundaries; one is the page's own <h1>
# (trafilatura leaves it out of the body on most pages, and the title field has it anyway).
LOST_TITLES_FOR_DENSE = 2


def document_title_headings_in(headings: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """The headings that name a document of their own (as segmentation would take them), in page order."""
    titles = document_title_headings(headings)
    return [(level, text) for level, text in headings if text in titles and ends_with_document_type(text)]


# Anti-copy watermarks hide a site name inside a sentence in an inline element the browser never shows
# (<span style="display:none">, Discuz's <font class="jammer">); a hidden block (<div>) is a fold and stays.
_INLINE_TAGS = ("span", "font", "i", "em", "b", "small", "strong", "ins", "sup", "sub")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_WATERMARK_CLASSES = {"jammer"}
# Discuz marks a post's edit note (本帖最后由 … 于 … 编辑) with class "pstatus": the forum's line, not the post's.
_FORUM_NOTE_CLASSES = {"pstatus"}


def _drop_hidden_inline(tree: lxml_html.HtmlElement) -> None:
    """Remove inline elements a browser does not show, and forum edit notes; the text after them stays."""
    doomed = []
    for element in tree.iter(*_INLINE_TAGS):
        classes = set((element.get("class") or "").split())
        if _HIDDEN_STYLE.search(element.get("style") or "") or classes & (_WATERMARK_CLASSES | _FORUM_NOTE_CLASSES):
            doomed.append(element)
    for element in doomed:
        element.drop_tree()


# A layout-table cell whose words are (almost) all link text is a menu or a tool bar ("【发表评论】【加入收藏】
# 【打印此文】", "网站首页 | 文章中心"): trafilatura keeps whole layout tables, so without this the cell reaches the
# text. A cell of article text links a word or two at most; the fixture pages' link cells are 80-100% links
# ("相关文章" plus two titles: 83%).
LINK_CELL_MIN_SHARE = 0.8
_WORD = re.compile(r"\w")


def _drop_link_cells(body: lxml_html.HtmlElement | None, *, keep: Sequence[lxml_html.HtmlElement]) -> None:
    """Remove the table cells outside the page's densest block whose words are mostly link text."""
    if body is None:
        return
    kept = set(keep)
    protected = kept | {ancestor for element in kept for ancestor in element.iterancestors()}
    doomed = []
    for cell in body.iter("td", "th"):
        if cell in protected or any(ancestor in kept for ancestor in cell.iterancestors()):
            continue
        words = len(_WORD.findall(cell.text_content()))
        linked = sum(len(_WORD.findall(link.text_content())) for link in cell.iter("a"))
        if words and linked >= LINK_CELL_MIN_SHARE * words:
            doomed.append(cell)
    for cell in doomed:
        cell.drop_tree()


# Discuz! and phpwind give each post's message an id "postmessage_<pid>" / "read_<tid>": in a thread the article
# is the first post, the later ones are replies (comments).
_FORUM_POST_ID = re.compile(r"^(?:postmessage_\d+|read_\d+)$")


def _forum_first_post(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The message element of a forum thread's first post, or None on a page that is not a forum thread."""
    return next((e for e in tree.iter() if isinstance(e.tag, str) and _FORUM_POST_ID.match(e.get("id") or "")), None)


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


# str.split() without arguments splits at exactly the characters the regex \s matches (both use str.isspace), and
# joining its pieces is several times faster than a regex substitution on these hot paths (every text node).
def _collapsed(text: str) -> str:
    """`text` with each run of spaces made one space, and none at either end."""
    return " ".join(text.split())


def _without_spaces(text: str) -> str:
    """`text` with every space removed."""
    return "".join(text.split())


def _block_lines(
    element: lxml_html.HtmlElement | None, *, marks: Sequence[lxml_html.HtmlElement] = ()
) -> tuple[list[str], dict[lxml_html.HtmlElement, tuple[int, int]]]:
    """The text under `element`, one line per block element, blank blocks dropped; and for each of `marks` the
    (start, stop) range of its lines, so one walk of the page gives both the page's lines and the dense block's.

    Recursion is safe: libxml2 caps the depth of a parsed HTML tree at 256 elements.
    """
    lines: list[str] = []
    spans: dict[lxml_html.HtmlElement, tuple[int, int]] = {}
    if element is None:
        return lines, spans
    marked = set(marks)
    pending: list[str] = []

    def flush() -> None:
        line = _collapsed("".join(pending))
        pending.clear()
        if line:
            lines.append(line)

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag and tag not in _SKIP_TAGS:
            block = tag in _BLOCK_TAGS or node in marked
            if block:
                flush()
            start = len(lines)
            if node.text:
                pending.append(node.text)
            for child in node:
                walk(child)
            if block:
                flush()
            if node in marked:
                spans[node] = (start, len(lines))
        if node.tail:
            pending.append(node.tail)

    walk(element)
    flush()
    return lines, spans


_HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}


def _restorable_headings(body: lxml_html.HtmlElement | None, page_title: str | None) -> list[tuple[int, str]]:
    """The page's headings outside comment areas, but its own title (the title field has it)."""
    if body is None:
        return []
    in_comments = {
        _collapsed(heading.text_content())
        for heading in body.iter(*_HEADING_TAGS)
        if any(_named_as(element, _COMMENT_AREA) for element in (heading, *heading.iterancestors()))
    }
    return [(level, text) for level, text in _heading_texts([body]) if text != page_title and text not in in_comments]


def _with_dropped_headings(lines: list[str], body_lines: list[str], page_headings: list[tuple[int, str]]) -> list[str]:
    """`lines` with the page's headings that trafilatura left out between two lines it kept, put back in place.

    trafilatura drops some headings after the article's end ("通知怎么写？会议通知的格式与写作要点" above the
    SEO filler it keeps, blind_e_html_party_notice_canonical); without the heading the rules cannot see where
    the filler starts. A heading is put back only between two lines that follow each other on the page too; the
    page's own title (left out on purpose: it is the title field, and a copy of it would glue onto the first
    paragraph) is not passed in.
    """
    missing = {text for _, text in page_headings} - set(lines)
    if not missing:
        return lines
    position = {line: index for index, line in reversed(list(enumerate(body_lines)))}
    restored: list[str] = []
    for line in lines:
        if restored and line in position and restored[-1] in position:
            between = body_lines[position[restored[-1]] + 1 : position[line]]
            if between and all(text in missing for text in between):
                restored.extend(between)
        restored.append(line)
    return restored


# A paragraph that is all bold (<p><strong>…</strong></p>) is how some sites title each article of a several-article
# page instead of a heading (blind_f_hr_two). Such paragraphs form a heading level of their own, below h4, so
# document_title_headings judges them together: one unnumbered bold sub-heading that names no document type
# ("提高政治站位") makes the whole level sub-headings.
_BOLD_TAGS = ("strong", "b")
_BOLD_LEVEL = len(_HEADING_TAGS) + 1


def _bold_paragraph_titles(elements: Sequence[lxml_html.HtmlElement]) -> list[tuple[int, str]]:
    """The (level, text) of the paragraphs under `elements` whose whole text is one bold element, in page order."""
    found = []
    for element in elements:
        for paragraph in element.iter("p"):
            children = [child for child in paragraph if isinstance(child.tag, str)]
            if len(children) != 1 or children[0].tag not in _BOLD_TAGS or (paragraph.text or "").strip():
                continue
            if (children[0].tail or "").strip():
                continue
            text = _collapsed(paragraph.text_content())
            if text:
                found.append((_BOLD_LEVEL, text))
    return found


def _heading_texts(elements: Sequence[lxml_html.HtmlElement]) -> list[tuple[int, str]]:
    """The (level, text) of the h1-h4 headings under `elements`, in page order."""
    found = []
    for element in elements:
        for heading in element.iter(*_HEADING_TAGS):
            text = _collapsed(heading.text_content())
            if text:
                found.append((_HEADING_TAGS[heading.tag], text))
    return found


# A sibling of the densest container holds more of the same article when it is built the same way (same tag
# and class: "content-part", "content-part" around an injected ad) and carries at least this share of the
# densest container's text. The fixture pages' split articles put 30-70% of their text in the smaller part; a
# sidebar or comment list differs in class, and a same-class teaser box stays well under a quarter of an article.
SIBLING_MIN_SHARE = 0.25


def _dense_block(body: lxml_html.HtmlElement | None) -> list[lxml_html.HtmlElement]:
    """The densest container, with its siblings built the same way that hold a good share of text, in page order."""
    scores = _container_scores(body)
    if not scores:
        return []
    best = max(scores, key=scores.__getitem__)
    parent = best.getparent()
    if parent is None:
        return [best]
    return [
        sibling
        for sibling in parent
        if sibling is best
        or (
            sibling.tag == best.tag
            and sibling.get("class") == best.get("class")
            and scores.get(sibling, 0.0) >= SIBLING_MIN_SHARE * scores[best]
        )
    ]


# A readers' comment thread can hold more running text than the article above it; marked up as one by its id or
# class, it is never the main text (trafilatura leaves it out too, so "trafilatura lost the densest block" would
# otherwise swap the article for the comments).
_COMMENT_AREA = re.compile(r"(?:^|[\s_-])(?:comments?|cmt|replies|reply|respond|pinglun|discuss)(?:$|[\s_-])", re.I)


# A paywall's overlay after the shown part ("开通会员，解锁全文 / 立即开通"): extraction leaves it out as chrome, but
# it is the only sign that the text stops short (blind_f_paywall_silent), so its lines go after the text, where
# paywall.toml reads them, records them and marks the document truncated. Named by its class or id.
_PAYWALL_AREA = re.compile(
    r"paywall|(?:vip|pay|fee|charge)[\s_-]?(?:mask|lock|wall|tips?|box|layer|cover)|unlock|locked", re.I
)


def _paywall_prompt_lines(body: lxml_html.HtmlElement | None) -> list[str]:
    """The lines of the elements that a page marks as its paywall overlay."""
    if body is None:
        return []
    areas = [element for element in body.iter() if isinstance(element.tag, str) and _named_as(element, _PAYWALL_AREA)]
    outermost = [area for area in areas if not any(ancestor in areas for ancestor in area.iterancestors())]
    return [line for area in outermost for line in _block_lines(area)[0]]


def _named_as(element: lxml_html.HtmlElement, area: re.Pattern[str]) -> bool:
    """Whether the element's id or class names it as `area` (a comment thread, a paywall overlay)."""
    ident, classes = element.get("id"), element.get("class")
    # most elements carry neither attribute: skip building and searching the string for them (~0.1 ms a page)
    return bool(ident or classes) and area.search(f"{ident or ''} {classes or ''}") is not None


def _visible_chars(text: str | None) -> int:
    """How many non-space characters `text` holds (str.split and the regex \\s agree on what a space is)."""
    return sum(map(len, text.split())) if text else 0


def _container_scores(body: lxml_html.HtmlElement | None) -> dict[lxml_html.HtmlElement, float]:
    """How much running text each container holds, scored the readability way.

    Each element's own text (link text excluded: links are navigation) counts fully for its nearest container
    and half for the container above, so paragraphs wrapped one per <div> still add up in their common parent.
    """
    scores: dict[lxml_html.HtmlElement, float] = {}
    if body is None:
        return scores

    def walk(node, container, above) -> None:
        tag = node.tag
        if not isinstance(tag, str) or tag in _SKIP_TAGS or _named_as(node, _COMMENT_AREA):
            return
        if tag in _CONTAINER_TAGS:
            container, above = node, container
        if tag != "a":
            own = _visible_chars(node.text) + sum(_visible_chars(child.tail) for child in node)
            if own:
                scores[container] = scores.get(container, 0.0) + own
                if above is not None:
                    scores[above] = scores.get(above, 0.0) + own / 2
        for child in node:
            walk(child, container, above)

    walk(body, body, None)
    return scores


def _missing_chars(lines: list[str], found_in: list[str]) -> int:
    """Characters of `lines` whose line does not occur in `found_in` (spaces ignored)."""
    haystack = _without_spaces("".join(found_in))
    return sum(len(line) for line in lines if _without_spaces(line) not in haystack)


def _xml_lines(body: etree._Element) -> tuple[list[str], list[tuple[int, str]]]:
    """Lines of trafilatura's XML body in document order (one per paragraph, heading, list item or table row),
    and the (level, text) of its headings."""
    lines: list[str] = []
    headings: list[tuple[int, str]] = []

    def text_of(node) -> str:
        return _collapsed("".join(node.itertext()))

    def lines_of(node) -> list[str]:
        # a <br> (trafilatura's <lb/>) ends a line: <br>-built pages put whole paragraphs, and the site's
        # "本文链接:" line, in one <p>, and line rules need them on lines of their own
        pieces: list[list[str]] = [[]]

        def visit(element) -> None:
            if element.text:
                pieces[-1].append(element.text)
            for child in element:
                if child.tag == "lb":
                    pieces.append([])
                else:
                    visit(child)
                if child.tail:
                    pieces[-1].append(child.tail)

        visit(node)
        joined = (_collapsed("".join(piece)) for piece in pieces)
        return [line for line in joined if line]

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
            elif tag == "head":
                line = text_of(child)
                if line:
                    lines.append(line)
                    headings.append((_HEADING_TAGS.get(child.get("rend", ""), len(_HEADING_TAGS)), line))
            elif tag:
                lines.extend(lines_of(child))

    def walk_cells(row) -> None:
        # a layout table: each cell holds paragraphs of its own
        for cell in row:
            if cell.text and cell.text.strip():
                lines.append(_collapsed(cell.text))
            walk(cell)

    walk(body)
    return lines, headings


# What separates a title from the site name appended to it in <title>: "卫生局工作总结_范文网", "… - 公文素材库", "…|站名"
# A heading shorter than this ("首页", "正文") is site chrome, not a title that <title> could be naming.
_TITLE_MIN_CHARS = 4
# A heading that <title> carries with a note added ("…报告（通用版）", "…体会(1)") is most of that piece of it; a
# column name ("工作总结") inside a longer piece is not. The notes in the fixture pages add 3-5 characters to
# titles of 12-20.
_TITLE_NOTE_SHARE = 0.6
_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|\s-\s|\s–\s|\s—\s|——|--)\s*")


def _page_title(tree: lxml_html.HtmlElement) -> str | None:
    """The page's own title: the heading (h1-h3) that a piece of <title> names, the article's piece (the first)
    before the column's and the site's; else the longest heading <title> holds; else the longest piece of
    <title>; else og:title or the first heading.

    A logo in an <h1> loses to the article's <h2> that <title> names first; a "(1)" page mark or a "（通用版）"
    note in <title> is not the heading's.
    """
    # pinyin glosses (衛(wèi)生) are printed in some copies of the title and not in others: compare without them
    title_text = strip_pinyin(_collapsed(" ".join(tree.xpath("//head/title//text()"))))[0]
    parts = [part.strip() for part in _TITLE_SEPARATORS.split(title_text) if part and part.strip()]
    headings = [
        _CATEGORY_TAG.sub("", text)
        for text in (strip_pinyin(_collapsed(h.text_content()))[0] for h in tree.iter("h1", "h2", "h3"))
        if len(text) >= _TITLE_MIN_CHARS
    ]
    parts = [_without_bare_suffix(_CATEGORY_TAG.sub("", part)) for part in parts]
    for part in parts:
        named = next((h for h in headings if _names(part, h)), None)
        if named:
            return named
    # separators the pieces were not split at ("标题-栏目-站名" without spaces): the longest heading it holds
    held = [h for h in headings if h in title_text]
    if held:
        return max(held, key=len)
    if parts:
        return max(parts, key=len)
    og_title = next((t.strip() for t in tree.xpath("//meta[@property='og:title']/@content") if t.strip()), None)
    return og_title or (headings[0] if headings else None)


# What a document-sharing or template site appends to a title for its listing, not the author's: the file's
# extension ("…心得体会.doc", blind_e docviewer pages) and a promotional note ("…述职报告(精选)", "…总结(最新)",
# blind_f pages). A note naming a version ("（通用版）", "(定稿)") is the author's and stays.
_LISTING_MARKS = re.compile(
    r"(?:\s*\.(?:docx?|DOCX?|pdf|PDF|wps|WPS|txt|TXT)"
    r"|\s*[(（【\[](?:精选|最新|推荐|热门|精华|优选|荐|精選|推薦|熱門)[)）】\]])+$"
)


def _without_listing_marks(title: str | None) -> str | None:
    """`title` without the file extension or promotional note a site appended to it.

    >>> _without_listing_marks("学习党的二十大精神心得体会.doc"), _without_listing_marks("2023年度个人述职报告(精选)")
    ('学习党的二十大精神心得体会', '2023年度个人述职报告')
    >>> _without_listing_marks("县医院工作总结（通用版）")
    '县医院工作总结（通用版）'
    """
    if not title:
        return title
    stripped = _LISTING_MARKS.sub("", title).strip()
    return stripped if len(stripped) >= _TITLE_MIN_CHARS else title


# A forum or CMS category tag before a title, set off by a space: "[讲话稿] 在全县…讲话", "【原创】 …总结". The
# space matters: "【医院群众路线教育动员大会】动员讲话" is one title whose bracket is part of it.
_CATEGORY_TAG = re.compile(r"^\s*[\[【［〔][^\]】］〕\n]{1,8}[\]】］〕]\s+(?=\S)")


# A title glued to its column and site with bare hyphens: "关于…的调研报告-调研报告-好范文". A hyphen between digits or
# Latin letters ("2019-2020年", "COVID-19") is part of the title.
_BARE_HYPHEN = re.compile(r"(?<![0-9A-Za-z])[-－](?![0-9A-Za-z])")
# Column and site names in the fixture pages' <title> run 2-8 characters ("调研报告", "好范文"); titles.py allows
# site suffixes of up to 12, and so does this.
_SUFFIX_PIECE_MAX_CHARS = SITE_SUFFIX_MAX_CHARS


def _without_bare_suffix(part: str) -> str:
    """`part` without the short column/site names hyphenated after it; unchanged if any later piece is longer.

    >>> _without_bare_suffix("关于我县农村养老服务情况的调研报告-调研报告-好范文")
    '关于我县农村养老服务情况的调研报告'
    >>> _without_bare_suffix("县卫生局2019-2020年工作总结")
    '县卫生局2019-2020年工作总结'
    """
    first, *rest = _BARE_HYPHEN.split(part)
    if not rest or len(first.strip()) < _TITLE_MIN_CHARS:
        return part
    if all(0 < len(piece.strip()) <= _SUFFIX_PIECE_MAX_CHARS for piece in rest):
        return first.strip()
    return part


def _names(part: str, heading: str) -> bool:
    """Whether a piece of <title> names `heading`: it is the heading, or the heading with a note, or a note on it."""
    return part in heading or (heading in part and len(heading) >= _TITLE_NOTE_SHARE * len(part))


def _canonical_url(tree: lxml_html.HtmlElement, url: str | None) -> str | None:
    for found in (
        tree.xpath("//link[translate(@rel, 'CANONICAL', 'canonical')='canonical']/@href"),
        tree.xpath("//meta[@property='og:url']/@content"),
    ):
        href = next((h.strip() for h in found if h.strip()), None)
        if href:
            return urljoin(url, href) if url else href
    return None


# The page's own address printed under the article ("本文链接：https://…"): the canonical URL of a page whose
# markup names none. The site's link box is chrome that extraction leaves out, so the rules never see it.
_LINK_LINE = re.compile(
    r"(?:链接地址|本文链接|原文链接|原文地址|本文地址|文章地址|文章链接|永久链接|本页地址|本文网址)\s*[:：]\s*"
    r"(https?://[^\s，。；）)】<>\"']+)"
)


def _link_line_url(lines: list[str]) -> str | None:
    """The address a labelled link line of the page states, or None."""
    for line in lines:
        found = _LINK_LINE.search(line)
        if found:
            return found.group(1)
    return None


# A date line of a page's meta area: "发布时间:2021年3月5日", "日期:2019-05-29", "時間:2022-03-01 02:13:00"; a
# government record's 成文日期 is when the document was signed, and its 发布日期 follows on a later line
_META_DATE_LINE = re.compile(
    r"(?<!成文)(?<!成\s文\s)(?:发布|更新|时间|日期|時間|發佈|发表|上传)[^\d\n]{0,8}(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})"
    # or an unlabelled date opening a meta bar: a weekday or a time may follow, then a bar or a Chinese label
    # ("2019年11月3日 星期日  来源：…", "2021/04/22 | 字号：…"); a looser form read "上午8:" in a comment as a label
    r"|^\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})日?(?:\s*(?:星期|周)[一二三四五六日天])?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:[|｜·]|\s+[\u4e00-\u9fff]{2,6}[:：])"
)
# Meta areas are short lines; a long paragraph mentioning a date ("2021年3月5日召开动员会") is article text.
_META_LINE_MAX_CHARS = 80
_META_DATE_NAMES = ("article:published_time", "pubdate", "publishdate", "publish_date", "date", "dc.date")


def _meta_tag_date(tree: lxml_html.HtmlElement) -> date | None:
    """The publication date a <meta> tag states."""
    for meta in tree.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").lower()
        if name in _META_DATE_NAMES:
            found = parse_published(meta.get("content") or "")
            if found:
                return found
    return None


def _meta_line_date(lines: list[str]) -> date | None:
    """The publication date of the first short meta line of the page (labelled, or a date opening a meta bar)."""
    for line in lines:
        if len(line) <= _META_LINE_MAX_CHARS:
            match = _META_DATE_LINE.search(line)
            if match:
                found = parse_published(match.group(1) or match.group(2))
                if found:
                    return found
    return None
