"""Politeness Scrapy leaves out: robots.txt Crawl-delay applied to the site's slot, Retry-After, retry backoff."""

from __future__ import annotations

import time
from email.utils import parsedate_to_datetime

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

# request meta: wall-clock time before which the request must not be sent (wall clock, not monotonic,
# because a request can be pickled into JOBDIR and sent by the next process)
NOT_BEFORE = "qingwen_not_before"


class RobotsCrawlDelay:
    """Applies a robots.txt Crawl-delay as the minimum delay of that host's download slot.

    Scrapy parses Crawl-delay but never uses it, and AutoThrottle lowers a slot's delay towards latency /
    target concurrency; so the floor is set when robots.txt is parsed and restored after every response.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.floors: dict[str, float] = {}
        crawler.signals.connect(self._robots_parsed, signal=signals.robots_parsed)
        # connected after AutoThrottle's handler (extensions load in order), so this runs after its adjustment
        crawler.signals.connect(self._response_downloaded, signal=signals.response_downloaded)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _user_agent(self) -> str:
        return self.crawler.settings.get("ROBOTSTXT_USER_AGENT") or self.crawler.settings.get("USER_AGENT")

    def _robots_parsed(self, robotparser, request) -> None:
        delay = robotparser.crawl_delay(self._user_agent())
        if not delay:
            return
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        self.floors[key] = float(delay)
        self.crawler.stats.set_value("crawl/robots_crawl_delay", float(delay))
        # slots are created lazily and dropped when idle; new ones take these settings, jitter off so that
        # the random ±50% of DOWNLOAD_DELAY_JITTER never goes below what the site asked for
        downloader.per_slot_settings[key] = {**downloader.per_slot_settings.get(key, {}), "delay": float(delay), "jitter": 0}
        slot = downloader.slots.get(key)
        if slot is not None:
            slot.delay = max(slot.delay, float(delay))
            slot.jitter = 0

    def _response_downloaded(self, response, request, spider=None) -> None:
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        floor = self.floors.get(key)
        slot = downloader.slots.get(key)
        if floor and slot is not None and slot.delay < floor:
            slot.delay = floor


def retry_after_seconds(value: bytes | None) -> float | None:
    """Seconds to wait from a Retry-After header: either delta-seconds or an HTTP date (RFC 9110 10.2.3).

    >>> retry_after_seconds(b"3")
    3.0
    >>> retry_after_seconds(b"soon") is None
    True
    """
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class PoliteRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, waiting before each one: Retry-After on 429/503, else exponential backoff."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("QINGWEN_RETRY_BACKOFF_BASE")
        self.backoff_max = settings.getfloat("QINGWEN_RETRY_BACKOFF_MAX")
        self.retry_after_max = settings.getfloat("QINGWEN_RETRY_AFTER_MAX")

    def _retry(self, request, reason):
        retry = super()._retry(request, reason)
        if retry is None:
            return None
        response_wait = request.meta.pop("_qingwen_retry_after", None)
        if response_wait is not None:
            wait = min(response_wait, self.retry_after_max)
            self.crawler.stats.inc_value("retry/retry_after_honoured")
        else:
            attempt = retry.meta.get("retry_times", 1)
            wait = min(self.backoff_base * 2 ** (attempt - 1), self.backoff_max)
        retry.meta.pop("_qingwen_retry_after", None)
        retry.meta[NOT_BEFORE] = time.time() + wait
        return retry

    def process_response(self, request, response, spider=None):
        if response.status in (429, 503):
            wait = retry_after_seconds(response.headers.get(b"Retry-After"))
            if wait is not None:
                request.meta["_qingwen_retry_after"] = wait
        return super().process_response(request, response)

    async def process_request(self, request, spider=None):
        wait = request.meta.get(NOT_BEFORE, 0) - time.time()
        if wait > 0:
            from twisted.internet import reactor  # the reactor Scrapy installed, not a default one

            await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        return None
