"""Scrapy settings for qingwen crawls: politeness first, then the hand-over to the cleaning pipeline (QINGWEN_* keys)."""

import os

BOT_NAME = "qingwen"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Say what the crawler is and how to reach whoever runs it; operators set QINGWEN_CONTACT (a URL or an e-mail)
# or a profile's user_agent.
QINGWEN_CONTACT = os.environ.get("QINGWEN_CONTACT", "https://github.com/qingwen/qingwen#crawling")
USER_AGENT = f"qingwen-crawler/0.1 (+{QINGWEN_CONTACT})"

ROBOTSTXT_OBEY = True
# Protego is Scrapy's default parser and the one that reads Crawl-delay
ROBOTSTXT_PARSER = "scrapy.robotstxt.ProtegoRobotParser"

# Per-site politeness; a profile's [politeness] table overrides these for its crawl
DOWNLOAD_DELAY = 1.0
CONCURRENT_REQUESTS_PER_DOMAIN = 2
CONCURRENT_REQUESTS = 16
AUTOTHROTTLE_ENABLED = True
# Start at the polite delay and let AutoThrottle speed up only as far as the site's latency allows
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024
DOWNLOAD_WARNSIZE = 1024 * 1024

# Retries: Scrapy's list of codes and exceptions, each retry delayed (PoliteRetryMiddleware)
RETRY_ENABLED = True
RETRY_TIMES = 3
# backoff 2 s, 4 s, 8 s: a site restarting or shedding load usually answers again within seconds
QINGWEN_RETRY_BACKOFF_BASE = 2.0
# never wait longer than this between two tries of one page; the next nightly run picks it up anyway
QINGWEN_RETRY_BACKOFF_MAX = 60.0
# a Retry-After longer than 10 minutes means "not tonight": give up on the page rather than hold the crawl
QINGWEN_RETRY_AFTER_MAX = 600.0

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.PoliteRetryMiddleware": 550,
}
EXTENSIONS = {
    # after AutoThrottle (priority 0), so that its response handler runs after AutoThrottle's
    "crawler.middlewares.RobotsCrawlDelay": 100,
}
ITEM_PIPELINES = {
    "crawler.pipelines.CleaningPipeline": 300,
}

# Redirects are followed; OffsiteMiddleware drops any hop that leaves the profile's allowed_domains
REDIRECT_ENABLED = True
REDIRECT_MAX_TIMES = 5

# Article pages: 304 reaches the spider for conditional revalidation; other errors go to the errback
HTTPERROR_ALLOWED_CODES = []

# Where documents go when neither `qingwen crawl --out` nor `-a out=` says; a folder per profile under it
QINGWEN_OUT_ROOT = "output/crawl"
# Worker processes that clean pages while the reactor keeps fetching; 0 cleans in the crawl process
QINGWEN_CLEAN_WORKERS = 1
# Pages per output commit: a SIGKILL loses at most this many fetched-but-uncommitted pages, which the
# next run fetches again; small because a crawl delivers pages slowly compared with a local clean
QINGWEN_COMMIT_EVERY = 16
# Keep every article response as WARC (warcio) under OUT/raw/
QINGWEN_WARC = False

# Persist the request queue in a JOBDIR per run so that an interrupted crawl resumes; pickled queues need
# requests without lambdas or open objects in meta (the spider only puts strings and numbers there)
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
