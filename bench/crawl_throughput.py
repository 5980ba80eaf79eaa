"""Prints pages/s of a bounded crawl of a generated loopback site with the full cleaning pipeline, beside the same crawl
with no cleaning at all, measured in the same run.

Both crawls run the same profile spider in a fresh `scrapy crawl` process against the same server on 127.0.0.1,
with politeness delays off (no download delay, no AutoThrottle, no Crawl-delay) so that the crawl itself is as fast
as it can go; the bare one only drops the item pipeline. Time runs from the first request the server sees to the
exit of the crawl process, so the full pipeline pays for draining its cleaning workers and its last commit. The
ratio of the two rates is the figure that counts (target >= 0.8); absolute rates depend on this shared machine.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tests.crawler.testsite import Article, TestSite, seed_paragraphs  # noqa: E402

LINKS_PER_LISTING = 50  # a typical template-essay section page lists 20-60 articles


def distinct_articles(count: int) -> list[Article]:
    """Articles of 6 seed paragraphs drawn at random: like a real section, nearly all of them distinct articles.

    (The test site's own articles cycle through the paragraphs, so 2,000 of them are ~60 articles copied over and
    over, which would make this a benchmark of dedup on a pathological corpus.)
    """
    rng = random.Random(5)
    paragraphs = seed_paragraphs()
    return [
        Article(path=f"/art/{n}.html", title=f"第{n}篇工作总结范文", published=f"2021-03-{n % 27 + 1:02d}",
                paragraphs=rng.sample(paragraphs, 6))
        for n in range(1, count + 1)
    ]


def build_site(articles: int) -> TestSite:
    site = TestSite(crawl_delay=None)
    generated = distinct_articles(articles)
    for article in generated:
        site.article(article)
    chunks = [generated[i : i + LINKS_PER_LISTING] for i in range(0, articles, LINKS_PER_LISTING)]
    for number, chunk in enumerate(chunks, start=1):
        path = "/list/" if number == 1 else f"/list/{number}.html"
        next_path = f"/list/{number + 1}.html" if number < len(chunks) else None
        site.listing(path, [a.path for a in chunk], next_path)
    return site


def write_profile(folder: Path, site: TestSite, articles: int, concurrency: int) -> Path:
    path = folder / "bench.toml"
    path.write_text(
        f'name = "bench"\nstart_urls = ["{site.url("/list/")}"]\nallowed_domains = ["127.0.0.1"]\n'
        f"max_listing_pages = {articles // LINKS_PER_LISTING + 2}\nmax_articles = {articles}\n"
        "[articles]\nxpath = \"//ul[@class='list']//a/@href\"\n"
        '[next_pages]\ncss = "div.pages a.next"\n'
        f"[politeness]\ndownload_delay = 0\nconcurrency = {concurrency}\nautothrottle = false\n",
        encoding="utf-8",
    )
    return path


def crawl(site: TestSite, profile: Path, out: Path, *settings: str) -> tuple[float, int]:
    """Pages per second and pages fetched, from the server's first hit to the end of the crawl process."""
    hits_before = len(site.hits)
    command = [sys.executable, "-m", "scrapy", "crawl", "site", "-a", f"profile={profile}", "-a", f"out={out}",
               "-s", "LOG_LEVEL=WARNING", *settings]
    subprocess.run(command, cwd=REPO, check=True)
    ended = time.monotonic()
    hits = site.hits[hits_before:]
    pages = len(hits)
    return pages / (ended - hits[0].at), pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    # 2,000 article pages: the lower bound, about 40 s per crawl on this machine
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16, help="requests in flight to the one loopback host")
    parser.add_argument("--workers", type=int, default=1, help="cleaning processes of the full crawl")
    args = parser.parse_args()

    site = build_site(args.articles)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            profile = write_profile(folder, site, args.articles, args.concurrency)
            bare_rate, bare_pages = crawl(site, profile, folder / "bare", "-s", "ITEM_PIPELINES={}")
            full_rate, full_pages = crawl(
                site, profile, folder / "full", "-s", f"QINGWEN_CLEAN_WORKERS={args.workers}"
            )
            documents = sum(1 for _ in (folder / "full" / "documents.jsonl").open(encoding="utf-8"))
    finally:
        site.close()
    print(f"site: {args.articles} articles, {LINKS_PER_LISTING} per listing page, concurrency {args.concurrency}")
    print(f"bare crawl (no cleaning):       {bare_rate:7.1f} pages/s  ({bare_pages} pages)")
    print(f"full pipeline ({args.workers} worker(s)):     {full_rate:7.1f} pages/s  ({full_pages} pages, {documents} documents)")
    ratio = full_rate / bare_rate
    print(f"ratio full/bare: {ratio:.2f}  (target >= 0.80: {'met' if ratio >= 0.8 else 'NOT met'})")


if __name__ == "__main__":
    main()
