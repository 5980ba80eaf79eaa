"""The one place that orders the cleaning steps for a page, and times and counts each of them."""

from __future__ import annotations

import gc
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field

from cleaning.decoding import decode_page
from cleaning.errors import EmptyPage, PageError
from cleaning.extraction import ExtractionConfig, extract_article
from cleaning.models import Document, Failure, Origin, RawPage, Removal, Source
from cleaning.normalize import strip_pinyin, tidy_whitespace, to_simplified
from cleaning.rules.engine import Applied, RuleEngine
from cleaning.segment import Segment, split_articles
from cleaning.titles import choose_title, strip_repeated_title


class CleanConfig(BaseModel):
    """Everything a page's cleaning depends on; one instance is shipped to every worker process."""

    extraction: ExtractionConfig = Field(default_factory=ExtractionConfig)
    # rule packs added after the built-in ones (a site profile's own noise)
    extra_packs: tuple[str, ...] = ()
    # A segment shorter than this after cleaning is a link list or a teaser, not an article: the seeds'
    # shortest real article part (seed 003's first essay) has ~2,000 characters, their trailers under 150.
    min_article_chars: int = 150


class PageResult(BaseModel):
    """What one page produced: documents or a failure, plus the counters and timings of its steps."""

    origin: Origin
    content_hash: str
    documents: list[Document] = Field(default_factory=list)
    failure: Failure | None = None
    counters: dict[str, int] = Field(default_factory=dict)
    seconds: dict[str, float] = Field(default_factory=dict)


@lru_cache(maxsize=8)
def _engine(extra_packs: tuple[str, ...]) -> RuleEngine:
    return RuleEngine.load(extra_packs)


def prepare_process(config: CleanConfig) -> None:
    """Load what every page of a run needs (the rule packs), then take everything loaded so far out of the cyclic
    garbage collector's scans.

    Modules, compiled patterns and tables live as long as the process, yet every full collection walked them all
    again: frozen, the collector's share of a run halves (0.28 -> 0.14 ms a page on the bench pages). Called before
    worker processes fork, so that they share those pages of memory too.
    """
    _engine(tuple(config.extra_packs))
    gc.freeze()


class _StageClock:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start


def clean_page(raw: RawPage, config: CleanConfig | None = None) -> PageResult:
    """Decode, extract, normalise, segment and clean one page; a bad page comes back as a failure, not an exception."""
    config = config or CleanConfig()
    clock = _StageClock()
    counters: Counter[str] = Counter()
    result = PageResult(origin=raw.origin, content_hash=raw.content_hash)
    try:
        result.documents = _clean(raw, config, clock, counters)
    except PageError as error:
        result.failure = Failure.at(raw.origin, error.stage, error.reason)
        counters[f"failed/{error.stage}"] += 1
    result.counters = dict(counters)
    result.seconds = clock.seconds
    return result


def _clean(raw: RawPage, config: CleanConfig, clock: _StageClock, counters: Counter[str]) -> list[Document]:
    engine = _engine(tuple(config.extra_packs) + ((raw.extra_pack,) if raw.extra_pack else ()))
    with clock.stage("decode"):
        decoded = decode_page(raw.body, transport_charset=raw.transport_charset, kind=raw.kind)
    counters[f"encoding/{decoded.encoding}"] += 1
    with clock.stage("extract"):
        extracted = extract_article(decoded.text, raw.kind, url=raw.origin.url, config=config.extraction)
    with clock.stage("normalize"):
        text, pinyin_removals = strip_pinyin(extracted.text)
        text, converted = to_simplified(text)
        counters["normalize/converted_from_traditional"] += int(converted)
        page_title = extracted.title and to_simplified(strip_pinyin(extracted.title)[0])[0]
    with clock.stage("segment"):
        segments = split_articles(text, headings=extracted.headings, engine=engine)

    with clock.stage("rules"):
        cleaned = []
        for segment in segments:
            applied = engine.apply(segment.text)
            cleaned.append((segment, applied))
    page_published: date | None = next(
        (a.yields.published for _, a in cleaned if a.yields.published), None
    ) or extracted.published
    page_canonical = next((a.yields.canonical_url for _, a in cleaned if a.yields.canonical_url), None) or (
        extracted.canonical_url
    )

    with clock.stage("assemble"):
        articles = _assemble_articles(cleaned, page_title, pinyin_removals, config, counters)
    if not articles:
        raise EmptyPage("no article text left after cleaning; the page holds only site chrome or is a link list")

    source = Source(
        path=raw.origin.path,
        url=raw.origin.url,
        line=raw.origin.line,
        offset=raw.origin.offset,
        site=raw.site,
        encoding=decoded.encoding,
        encoding_method=decoded.method,
        fetched_at=raw.fetched_at,
    )
    documents = []
    for part, article in enumerate(articles, start=1):
        counters.update(f"removed/{removal.rule}" for removal in article.removals)
        documents.append(
            Document(
                id=Document.make_id(article.text),
                source=source,
                canonical_url=page_canonical,
                title=article.title,
                published=page_published,
                text=article.text,
                chars=len(article.text),
                converted_from_traditional=converted,
                truncated=article.truncated,
                omitted_chars=article.omitted_chars,
                part=part,
                parts=len(articles),
                removed=article.removals,
            )
        )
    counters["cleaned/documents"] += len(documents)
    return documents


@dataclass
class _Article:
    title: str | None
    text: str
    removals: list[Removal]
    truncated: bool
    omitted_chars: int | None


def _assemble_articles(
    cleaned: list[tuple[Segment, Applied]],
    page_title: str | None,
    page_removals: list[Removal],
    config: CleanConfig,
    counters: Counter[str],
) -> list[_Article]:
    """Title and tidy each cleaned segment; a segment too short to be an article hands its removals on."""
    articles: list[_Article] = []
    pending: list[Removal] = list(page_removals)
    for index, (segment, applied) in enumerate(cleaned):
        title = choose_title(
            segment_hint=segment.title_hint,
            rule_title=applied.yields.title,
            page_title=page_title if index == 0 else None,
            text=applied.text,
        )
        body, title_removals = strip_repeated_title(applied.text, title)
        body = tidy_whitespace(body)
        removals = pending + segment.removals + applied.removals + title_removals
        pending = []
        if len(body) < config.min_article_chars and len(cleaned) > 1:
            # a teaser or a link list between articles, not an article of its own
            if body:
                removals.append(Removal(rule="segment/too_short", text=body))
            counters["segment/too_short"] += 1
            if articles:
                articles[-1].removals.extend(removals)
            else:
                pending = removals
            continue
        if body:
            articles.append(_Article(title, body, removals, applied.yields.truncated, applied.yields.omitted_chars))
    if articles and pending:
        articles[0].removals.extend(pending)
    return articles


def clean_file(path: Path, config: CleanConfig | None = None) -> list[Document]:
    """Clean one local file the way `qingwen clean` would (a convenience for tests and notebooks).

    A page that fails raises PageError naming the stage and the reason the run report would give.
    """
    from cleaning.loaders import iter_pages

    documents: list[Document] = []
    for item in iter_pages([path]):
        failure = item if isinstance(item, Failure) else None
        if failure is None:
            result = clean_page(item, config)
            failure = result.failure
            documents.extend(result.documents)
        if failure is not None:
            raise PageError(f"{path} ({failure.stage}): {failure.reason}")
    return documents
