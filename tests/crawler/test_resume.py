"""A crawl killed part-way (SIGINT, then SIGKILL) and started again writes the same documents as one that was not."""

from __future__ import annotations

import json
import signal
import sys
import time
from collections import Counter

import pytest

from tests.crawler.testsite import TestSite, make_articles, run, start, stop, write_profile

ARTICLES = 18
# each article takes this long to serve, so that the crawl is still running when the test kills it
ARTICLE_SECONDS = 0.25
CLI = [sys.executable, "-c", "import typer; from qingwen.crawl_cli import crawl; typer.run(crawl)"]


def _crawl_command(profile, out):
    return [*CLI, str(profile), "--out", str(out), "--log-level", "INFO"]


def _documents(out):
    return [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]


def _fingerprint(out):
    return sorted((doc["source"]["url"], doc["id"]) for doc in _documents(out))


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory):
    """The site, its profile and the documents of one uninterrupted crawl, shared by both kill tests."""
    tmp_path = tmp_path_factory.mktemp("paged")
    site = TestSite(crawl_delay=None, article_delay=ARTICLE_SECONDS)
    articles = make_articles(ARTICLES, "/art/")
    for article in articles:
        site.article(article)
    pages = [articles[i : i + 6] for i in range(0, ARTICLES, 6)]
    for number, chunk in enumerate(pages, start=1):
        path = "/list/" if number == 1 else f"/list/{number}.html"
        next_path = f"/list/{number + 1}.html" if number < len(pages) else None
        site.listing(path, [a.path for a in chunk], next_path)
    profile = write_profile(tmp_path, site, "paged", start=["/list/"], download_delay=0)
    reference = tmp_path / "reference"
    run(_crawl_command(profile, reference))
    yield site, profile, _fingerprint(reference)
    site.close()


def _article_hits(site, since: int) -> Counter:
    return Counter(hit.path for hit in site.hits[since:] if hit.path.startswith("/art/"))


def _wait_for_articles(site, since: int, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while sum(_article_hits(site, since).values()) < count:
        assert time.monotonic() < deadline, "the crawl fetched too few articles before the deadline"
        time.sleep(0.05)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["sigint", "sigkill"])
def test_killed_and_resumed_crawl_matches_an_uninterrupted_one(paged_site, tmp_path, sig):
    site, profile, expected = paged_site
    assert len(expected) == ARTICLES

    out = tmp_path / "interrupted"
    since = len(site.hits)
    process = start(_crawl_command(profile, out))
    _wait_for_articles(site, since, 6)
    output = stop(process, sig)
    fetched_before_kill = set(_article_hits(site, since))
    assert 6 <= len(fetched_before_kill) < ARTICLES, output[-3000:]
    if sig == signal.SIGINT:
        assert process.returncode == 130, output[-3000:]
    resumed = run(_crawl_command(profile, out))

    documents = _documents(out)
    assert len(documents) == len({doc["id"] for doc in documents})  # nothing written twice
    assert _fingerprint(out) == expected  # nothing lost
    hits = _article_hits(site, since)
    assert len(hits) == ARTICLES
    if sig == signal.SIGINT:
        # the graceful stop saved the queue: the resumed run fetched only what was left, each page once
        assert max(hits.values()) == 1, (hits, resumed.stderr[-3000:])
