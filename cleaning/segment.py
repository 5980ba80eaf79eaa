"""Splits a page that holds several articles (a summary, then "更多阅读" and more summaries) into one segment per article."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol, Sequence

from cleaning.models import Removal
from cleaning.titles import ends_with_document_type, first_title_line, is_numbered_heading, is_title_like

# An article needs this much body before a title-like line or heading may start another one. The seeds put
# at most ~170 characters of chrome and title copies above the first paragraph (003), and their shortest
# article has ~2,000 characters, so 300 never splits a page at its own title block and misses no real article.
MIN_BODY_CHARS_BEFORE_SPLIT = 300

# A heading starts an article only if the text after it, up to the next such heading, has this much body: a
# shorter piece is what the pipeline drops as a teaser (CleanConfig.min_article_chars, 150), so splitting there
# would lose a summary's last section. The fixture pages' shortest real article part has ~210 characters.
MIN_BODY_CHARS_AFTER_HEADING = 150

# A line drawn with one rule character (------, ======, ****, ————): text exports of template sites put one between
# the articles of a page (blind_c_txt_three_articles: 48 dashes). Four or more, since "---" and "——" occur in text.
_RULE_LINE = re.compile(r"(?:([-=_*~～—–－＝＊])\s*)\1(?:\s*\1){2,}")


class BoundaryMatch(Protocol):
    rule: str
    title: str | None


class BoundaryMatcher(Protocol):
    """What segmentation needs of the rule engine: the boundary rules (data in the rule packs)."""

    def match_boundary(self, line: str) -> BoundaryMatch | None: ...


@dataclass
class Segment:
    text: str
    title_hint: str | None
    removals: list[Removal] = field(default_factory=list)


@dataclass
class _Building:
    lines: list[str] = field(default_factory=list)
    title_hint: str | None = None
    started_at_boundary: bool = False
    # the title a boundary line names ("扩展阅读:【…】"), used when the segment opens with no title line
    boundary_title: str | None = None
    removals: list[Removal] = field(default_factory=list)
    body_chars: int = 0

    def finish(self) -> Segment | None:
        text = "\n".join(self.lines).strip("\n")
        if not text.strip() and not self.removals:
            return None
        hint = self.title_hint
        if hint is None and self.started_at_boundary:
            hint = first_title_line(text) or self.boundary_title
        return Segment(text=text, title_hint=hint, removals=self.removals)


def document_title_headings(headings: Sequence[tuple[int, str]]) -> frozenset[str]:
    """The headings that may title articles of their own, from the (level, text) of a page's headings in order.

    A level holding any unnumbered heading that names no document type holds an article's sub-headings
    ("主要业务指标完成情况", then "下半年工作计划"): none of them starts an article, even one that ends in a
    document type word. Template sites title each article of a several-article page as a document ("…工作总结",
    "…述职报告"), while unnumbered sub-headings of one article ("提高政治站位") are common, so a level that names
    no document is taken for sub-headings. Numbered sub-headings have no say; they never start an article anyway.

    >>> sorted(document_title_headings([(1, "医院上半年工作总结"), (3, "质量持续提升"), (3, "下半年工作计划")]))
    ['医院上半年工作总结']
    >>> sorted(document_title_headings([(2, "护理部工作总结"), (3, "一、基本情况"), (2, "药剂科工作小结")]))
    ['一、基本情况', '护理部工作总结', '药剂科工作小结']
    """
    mixed = {
        level
        for level in {level for level, _ in headings}
        if any(
            is_title_like(text) and not ends_with_document_type(text)
            for other, text in headings
            if other == level
        )
    }
    return frozenset(text for level, text in headings if level not in mixed)


def split_articles(text: str, *, headings: frozenset[str], engine: BoundaryMatcher) -> list[Segment]:
    """One segment per article on the page, in page order; a page with one article gives one segment.

    Articles start at a boundary line the rule packs name (its text becomes a `segment/boundary` removal of
    the segment that follows), at an HTML heading that is not a numbered sub-heading (once the current article
    has a body, or at once if it names a document type), or, once the current article has a body, at a
    title-like line set off by blank lines that ends with a document type word, or at a rule line (------)
    whose next line is such a title (the rule line becomes a `segment/separator` removal).
    """
    lines = text.split("\n")
    segments: list[Segment] = []
    current = _Building()
    for index, line in enumerate(lines):
        stripped = line.strip()
        boundary = engine.match_boundary(stripped) if stripped else None
        if boundary is not None:
            _close(current, segments)
            current = _Building(
                started_at_boundary=True,
                boundary_title=boundary.title,
                removals=[Removal(rule="segment/boundary", text=stripped)],
            )
            continue
        if stripped and _separates_articles(lines, index, current):
            _close(current, segments)
            current = _Building(started_at_boundary=True, removals=[Removal(rule="segment/separator", text=stripped)])
            continue
        if stripped and _starts_article(lines, index, headings, current):
            _close(current, segments)
            current = _Building(title_hint=first_title_line("\n".join(lines[index : index + 4])) or stripped)
        current.lines.append(line)
        if stripped and not is_title_like(stripped):
            current.body_chars += len(stripped)
    _close(current, segments)
    return segments


def _close(current: _Building, segments: list[Segment]) -> None:
    segment = current.finish()
    if segment is None:
        return
    if not segment.text.strip() and segments:
        # a boundary with no article after it (a trailing "…延伸阅读"): its removal belongs to the last article
        segments[-1].removals.extend(segment.removals)
        return
    segments.append(segment)


def _body_after(lines: list[str], index: int, headings: frozenset[str]) -> int:
    """Characters of body text after the heading at `index`, up to the next heading."""
    chars = 0
    for line in lines[index + 1 :]:
        stripped = line.strip()
        if stripped in headings and not is_numbered_heading(stripped):
            break
        if stripped and not is_title_like(stripped):
            chars += len(stripped)
    return chars


def _starts_article(lines: list[str], index: int, headings: frozenset[str], current: _Building) -> bool:
    line = lines[index].strip()
    if is_numbered_heading(line) or not is_title_like(line):
        return False
    has_body = current.body_chars >= MIN_BODY_CHARS_BEFORE_SPLIT
    if line in headings:
        # An HTML heading that is not a numbered sub-heading names a document of its own; one that names a
        # document type does so even right after the page's own <h1> and meta line ("…总结(精选3篇)" pages),
        # whose short leftover segment the pipeline then drops as too short to be an article.
        has_text = any(previous.strip() for previous in current.lines)
        return has_text and (has_body or ends_with_document_type(line)) and _body_after(lines, index, headings) >= (
            MIN_BODY_CHARS_AFTER_HEADING
        )
    before_blank = index == 0 or not lines[index - 1].strip()
    after_blank = index + 1 >= len(lines) or not lines[index + 1].strip()
    return has_body and before_blank and after_blank and ends_with_document_type(line)


def _separates_articles(lines: list[str], index: int, current: _Building) -> bool:
    """A rule line after an article's body, with a document title as the next non-blank line.

    >>> body = _Building(body_chars=MIN_BODY_CHARS_BEFORE_SPLIT)
    >>> _separates_articles(["-" * 48, "", "社区网格化管理工作总结", "今年以来……"], 0, body)
    True
    >>> _separates_articles(["----------", "网友评论（2）"], 0, body), _separates_articles(["* * * *", "加强领导"], 0, body)
    (False, False)
    """
    if current.body_chars < MIN_BODY_CHARS_BEFORE_SPLIT or not _RULE_LINE.fullmatch(lines[index].strip()):
        return False
    following = next((line.strip() for line in lines[index + 1 :] if line.strip()), "")
    return is_title_like(following) and ends_with_document_type(following)
