"""Hands fetched article bytes to `cleaning` and commits the documents with the same store `qingwen clean` uses."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from cleaning.dedup import DedupConfig
from cleaning.dedup.index import warm_up as warm_up_dedup
from cleaning.errors import RunError
from cleaning.models import Failure, Origin, RawPage
from cleaning.pipeline import CleanConfig, PageResult, clean_page, prepare_process
from cleaning.runner import RunTally
from cleaning.store import OutputStore

from crawler.collected import CollectedPage
from crawler.items import FetchedPage, FetchFailed, NotModified

# Scrapy stats copied into the run report, under crawl/ (the rest of Scrapy's stats stay in its log)
_REPORTED_STATS = {
    "downloader/response_count": "crawl/pages_fetched",
    "downloader/request_count": "crawl/requests",
    "retry/count": "crawl/retries",
    "retry/retry_after_honoured": "crawl/retry_after_honoured",
    "robotstxt/forbidden": "crawl/robots_forbidden",
    "crawl/listing_pages": "crawl/listing_pages",
    "crawl/skipped_collected": "crawl/skipped_collected",
    "crawl/not_modified": "crawl/not_modified",
    "crawl/over_max_articles": "crawl/over_max_articles",
}
_STATUS_PREFIX = "downloader/response_status_count/"
GONE = {404, 410}


def _exit_with_parent(parent_pid: int) -> None:
    """Worker initializer: a crawl killed with SIGKILL cannot stop its workers, so they watch for it themselves."""

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="qingwen-parent-watch").start()


def _warm_up(config: CleanConfig) -> None:
    """Import cleaning and load the rule packs in the worker while the crawl is still reading its first listings."""
    clean_page(RawPage(origin=Origin(url="warm-up"), body="<html><body><p>预热</p></body></html>".encode()), config)
    prepare_process(config)


class CleaningPipeline:
    """Cleans each fetched page (in a worker process), commits in batches, then marks the URLs collected."""

    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.commit_every = settings.getint("QINGWEN_COMMIT_EVERY")
        self.workers = settings.getint("QINGWEN_CLEAN_WORKERS")
        self.keep_warc = settings.getbool("QINGWEN_WARC")
        self.pending: list[tuple[PageResult, CollectedPage]] = []
        self.counts = {"new": 0, "changed": 0, "unchanged": 0}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        spider = self.crawler.spider
        self.spider = spider
        self.out_dir: Path = spider.out_dir
        self.store = OutputStore(self.out_dir, dedup=DedupConfig())
        # numba loads the dedup kernels now, before the first request, not in the reactor at the first commit
        warm_up_dedup(self.store.dedup.config)
        pack = spider.profile.rule_pack_path()
        self.config = CleanConfig(extra_packs=(str(pack),) if pack else ())
        # Scrapy, numba and the rule packs leave many long-lived objects that every full garbage
        # collection of the crawl process walked again: frozen, its collector time in the 2,000-page crawl bench
        # fell from 2.6 s to 1.1 s (of ~15 s), time the reactor was not fetching
        prepare_process(self.config)
        self.tally = RunTally([str(spider.profile.source)])
        # spawn, not fork: the crawl process runs an event loop and resolver threads that a fork would copy
        self.executor = (
            ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_exit_with_parent,
                initargs=(os.getpid(),),
            )
            if self.workers
            else None
        )
        if self.executor is not None:
            for _ in range(self.workers):
                self.executor.submit(_warm_up, self.config)
        self.warc = None
        if self.keep_warc:
            from crawler.warc import WarcArchive

            self.warc = WarcArchive(self.out_dir / "raw" / f"{spider.profile.name}-{spider.run_id}.warc.gz")

    async def process_item(self, item, spider=None):
        if isinstance(item, FetchedPage):
            await self._clean(item)
        elif isinstance(item, NotModified):
            self.spider.collected.record_not_modified(item.url, self.spider.run_id)
        elif isinstance(item, FetchFailed):
            self.tally.add_failure(Failure(url=item.url, stage="fetch", reason=item.reason))
            if item.status in GONE:
                # a link to a page that is gone stays gone: record it so that tomorrow's run does not ask again
                gone = CollectedPage(item.url, item.url, content_hash=f"http-{item.status}")
                self._count(self.spider.collected.record([gone], self.spider.run_id))
        return item

    async def _clean(self, page: FetchedPage) -> None:
        profile = self.spider.profile
        raw = RawPage(
            origin=Origin(url=page.final_url),
            body=page.body,
            transport_charset=profile.charset or page.header_charset,
            fetched_at=page.fetched_at,
            site=profile.name,
        )
        if self.warc is not None:
            self.warc.write(page)
        self.tally.report.pages_in += 1
        content_hash = raw.content_hash  # a hash of the whole body, computed on each access: once here
        collected = CollectedPage(page.url, page.final_url, content_hash, page.etag, page.last_modified)
        if self.store.is_done(raw.origin.key, content_hash):
            # committed by a run that was killed before it marked the URL collected, or the same bytes again
            self.tally.report.pages_skipped_done += 1
            self._count(self.spider.collected.record([collected], self.spider.run_id))
            return
        try:
            if self.executor is None:
                result = clean_page(raw, self.config)
            else:
                result = await asyncio.wrap_future(self.executor.submit(clean_page, raw, self.config))
        except RunError:
            raise
        except Exception as error:  # a fault in cleaning or a dead worker: report it, fetch the page again next run
            reason = f"cleaning crashed ({type(error).__name__}: {error}); the page is fetched again next run"
            self.tally.add_failure(Failure(url=page.final_url, stage="clean", reason=reason))
            return
        self.tally.add_result(result)
        self.pending.append((result, collected))
        if len(self.pending) >= self.commit_every:
            self._commit()

    def _commit(self) -> None:
        batch, self.pending = self.pending, []
        if not batch:
            return
        summary, _, _ = self.store.commit([result for result, _ in batch])
        self.tally.report.documents_out += summary.documents
        self.tally.report.duplicates_out += summary.duplicates
        # only after the store commit: a kill in between makes the next run fetch and skip these pages.
        # Pages that failed to clean count as collected too, as they do in the journal; the report lists them.
        self._count(self.spider.collected.record([page for _, page in batch], self.spider.run_id))

    def _count(self, counts: dict[str, int]) -> None:
        for change, n in counts.items():
            self.counts[change] += n

    def close_spider(self, spider=None):
        self._commit()
        if self.executor is not None:
            self.executor.shutdown(wait=True)
        if self.warc is not None:
            self.warc.close()
        stats = self.crawler.stats.get_stats()
        for scrapy_key, report_key in _REPORTED_STATS.items():
            if stats.get(scrapy_key):
                self.tally.counters[report_key] += stats[scrapy_key]
        for key, value in stats.items():
            if key.startswith(_STATUS_PREFIX):
                self.tally.counters["crawl/status/" + key.removeprefix(_STATUS_PREFIX)] += value
        for change, n in self.counts.items():
            self.tally.counters[f"crawl/articles_{change}"] += n
        self.tally.report.pages_skipped_done += stats.get("crawl/skipped_collected", 0)
        report = self.tally.finish()
        self.store.write_report(report)
        self.store.close()
