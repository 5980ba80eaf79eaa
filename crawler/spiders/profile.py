"""The one generic spider: reads listing pages and fetches the article pages a site profile points at."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from email.message import Message
from pathlib import Path

import scrapy
from scrapy import signals
from scrapy.spidermiddlewares.httperror import HttpError

from crawler.collected import CollectedStore, collected_path
from crawler.items import FetchedPage, FetchFailed, NotModified
from crawler.jobdir import close_jobdir, jobdir_for, open_jobdir
from crawler.profiles import LinkRule, SiteProfile, load_profile, resolve_profile

ROLE = "qingwen_role"  # request meta: "listing" or "article"


def header_charset(content_type: bytes | None) -> str | None:
    """The charset parameter of a Content-Type header, as the server wrote it (decoding judges it).

    >>> header_charset(b"text/html; charset=GB2312")
    'GB2312'
    >>> header_charset(b"text/html") is None
    True
    """
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type.decode("latin-1")
    charset = message.get_param("charset")
    return str(charset) if charset else None


def _hrefs(selection) -> list[str]:
    hrefs: list[str] = []
    for node in selection:
        if isinstance(node.root, str):  # an attribute or text node, as selected by an XPath like //a/@href
            hrefs.append(node.root)
        elif node.attrib.get("href"):
            hrefs.append(node.attrib["href"])
        else:  # a container: every link inside it
            hrefs.extend(node.xpath(".//a/@href").getall())
    return hrefs


def find_links(response: scrapy.http.Response, rule: LinkRule) -> list[str]:
    """Absolute URLs the rule selects on this page, in page order, each once, without #fragments."""
    hrefs: list[str] = []
    if rule.css:
        hrefs += _hrefs(response.css(rule.css))
    if rule.xpath:
        hrefs += _hrefs(response.xpath(rule.xpath))
    if not (rule.css or rule.xpath):
        hrefs = response.xpath("//a/@href").getall()
    urls = [response.urljoin(href.strip()).split("#", 1)[0] for href in hrefs]
    if rule.url_pattern:
        pattern = re.compile(rule.url_pattern)
        urls = [url for url in urls if pattern.search(url)]
    return list(dict.fromkeys(url for url in urls if url.startswith(("http://", "https://"))))


class ProfileSpider(scrapy.Spider):
    """`scrapy crawl site -a profile=NAME_OR_PATH [-a out=DIR]`: everything site-specific comes from the profile."""

    name = "site"

    def __init__(self, profile: str | None = None, out: str | None = None, **kwargs):
        if not profile:
            raise ValueError("give a site profile: scrapy crawl site -a profile=NAME_OR_PATH (see `qingwen sites`)")
        super().__init__(**kwargs)
        self.profile: SiteProfile = load_profile(resolve_profile(profile))
        self.allowed_domains = list(self.profile.allowed_domains)
        self.out_arg = out
        self.collected: CollectedStore | None = None
        self.run_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
        self._articles_queued: set[str] = set()
        self._listings_queued: set[str] = set()
        self._close_reason = "finished"

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings  # not frozen yet: Scrapy applies settings after creating the spider
        spider.out_dir = Path(spider.out_arg or Path(settings.get("QINGWEN_OUT_ROOT")) / spider.profile.name)
        politeness = spider.profile.politeness
        settings.set("DOWNLOAD_DELAY", politeness.download_delay, priority="spider")
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", politeness.concurrency, priority="spider")
        settings.set("AUTOTHROTTLE_ENABLED", politeness.autothrottle, priority="spider")
        settings.set("AUTOTHROTTLE_START_DELAY", max(politeness.download_delay, 0.1), priority="spider")
        settings.set("DOWNLOAD_MAXSIZE", politeness.max_response_bytes, priority="spider")
        settings.set("DOWNLOAD_WARNSIZE", min(politeness.max_response_bytes, settings.getint("DOWNLOAD_WARNSIZE")), priority="spider")
        settings.set("DOWNLOAD_TIMEOUT", politeness.timeout_seconds, priority="spider")
        if spider.profile.user_agent:
            settings.set("USER_AGENT", spider.profile.user_agent, priority="spider")
        if not settings.get("JOBDIR"):
            jobdir = jobdir_for(spider.out_dir, spider.profile.name)
            settings.set("JOBDIR", str(jobdir), priority="spider")
            spider.jobdir_start = open_jobdir(jobdir)
            crawler.signals.connect(spider._engine_stopped, signal=signals.engine_stopped)
        else:
            spider.jobdir_start = "external"
        crawler.signals.connect(spider._spider_closed, signal=signals.spider_closed)
        spider.collected = CollectedStore(collected_path(spider.out_dir, spider.profile.name))
        return spider

    def _spider_closed(self, spider, reason: str) -> None:
        self._close_reason = reason

    def _engine_stopped(self) -> None:
        # after the scheduler saved its queue and SpiderState saved spider.state
        close_jobdir(Path(self.settings.get("JOBDIR")), self._close_reason)
        if self.collected:
            self.collected.close()

    async def start(self):
        self.logger.info("profile %s, JOBDIR %s", self.profile.name, self.jobdir_start)
        for url in self.profile.start_urls:
            # listings are read again on every start, resumed or not: they are how new articles are found
            yield scrapy.Request(url, callback=self.parse_listing, errback=self.fetch_failed, dont_filter=True,
                                 meta={ROLE: "listing"})

    def parse_listing(self, response):
        self.crawler.stats.inc_value("crawl/listing_pages")
        for url in find_links(response, self.profile.articles):
            request = self._article_request(url)
            if request is not None:
                yield request
        if self.profile.next_pages is None:
            return
        for url in find_links(response, self.profile.next_pages):
            listings = self.state.setdefault("listings_queued", 0)
            if url in self._listings_queued or listings >= self.profile.max_listing_pages - len(self.profile.start_urls):
                continue
            self._listings_queued.add(url)
            self.state["listings_queued"] = listings + 1
            yield scrapy.Request(url, callback=self.parse_listing, errback=self.fetch_failed, meta={ROLE: "listing"})

    def _article_request(self, url: str) -> scrapy.Request | None:
        if url in self._articles_queued:
            return None
        self._articles_queued.add(url)
        headers = {}
        meta: dict = {ROLE: "article"}
        if self.collected.is_collected(url):
            if not self.profile.revalidate:
                self.crawler.stats.inc_value("crawl/skipped_collected")
                return None
            etag, last_modified = self.collected.validators(url)
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            meta["handle_httpstatus_list"] = [304]
        queued = self.state.setdefault("articles_queued", 0)
        if queued >= self.profile.max_articles:
            self.crawler.stats.inc_value("crawl/over_max_articles")
            return None
        self.state["articles_queued"] = queued + 1
        return scrapy.Request(url, callback=self.parse_article, errback=self.fetch_failed, headers=headers, meta=meta)

    def parse_article(self, response):
        listed_url = (response.meta.get("redirect_urls") or [response.url])[0]
        if response.status == 304:
            self.crawler.stats.inc_value("crawl/not_modified")
            yield NotModified(url=listed_url)
            return
        yield FetchedPage(
            url=listed_url,
            final_url=response.url,
            body=response.body,
            header_charset=header_charset(response.headers.get(b"Content-Type")),
            etag=_header(response, b"ETag"),
            last_modified=_header(response, b"Last-Modified"),
            status=response.status,
            fetched_at=datetime.now(timezone.utc),
            headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, vs in response.headers.items() for v in vs],
        )

    def fetch_failed(self, failure):
        request = failure.request
        status = None
        if failure.check(HttpError):
            status = failure.value.response.status
            reason = f"HTTP {status} after {request.meta.get('retry_times', 0)} retries"
            if status == 404:
                reason = "HTTP 404: the page is gone; drop the link from the site or ignore it"
        elif "robots.txt" in str(failure.value):
            self.crawler.stats.inc_value("crawl/skipped_robots")
            return
        else:
            reason = f"{failure.type.__name__}: {failure.value} (after {request.meta.get('retry_times', 0)} retries)"
        yield FetchFailed(url=(request.meta.get("redirect_urls") or [request.url])[0], reason=reason, status=status)


def _header(response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
