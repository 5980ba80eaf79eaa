"""End to end: crawl a generated site on 127.0.0.1 three nights in a row, and check documents, politeness and state."""

from __future__ import annotations

import json

from opencc import OpenCC

from tests.crawler.testsite import Article, Page, make_articles, run, scrapy_crawl_command, write_profile

CRAWL_DELAY = 1.0  # what the test site's robots.txt asks; the profile's own delay is lower on purpose
RETRY_AFTER = 2  # seconds the 503 page asks for, above the crawl delay so the wait is visible


def _documents(out):
    path = out / "documents.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def _duplicates(out):
    path = out / "duplicates.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def _build_site(site):
    a1, a2, shared, gbk, big5, flaky, busy, moved, slow, extra = make_articles(10, "/art/")
    gbk.paragraphs = ["王堃同志和李喆同志牵头负责," + gbk.paragraphs[0], *gbk.paragraphs[1:]]  # GBK-only characters
    site.article(a1)
    site.article(a2)
    site.article(shared)
    site.article(gbk, encoding="gbk", declared="gb2312")
    site.article(big5, encoding="big5", traditional=True)
    site.article(flaky, fail_times=1, first_status=500)
    site.article(busy, fail_times=1, first_status=503, first_headers={"Retry-After": str(RETRY_AFTER)})
    site.article(moved)
    site.pages["/art/old.html"] = Page(status=301, headers={"Location": moved.path})
    site.article(slow, delay=1.5)
    paywalled = Article("/art/paywalled.html", a1.title, a1.published,
                        [a1.paragraphs[0] + a1.paragraphs[1][:40] + "……(未完,全文共3480字,当前只显示1933字,请阅读下面提示信息。收藏本文)"])
    site.article(paywalled)
    site.article(Article("/private/secret.html", "内部资料", "2021-01-01", a2.paragraphs))
    site.listing("/news/", [a1.path, a2.path, shared.path], "/news/list_2.html")
    site.listing("/news/list_2.html", [gbk.path, "/private/secret.html", "/art/missing.html"], None)
    site.listing("/reports/", [shared.path, big5.path, flaky.path], "/reports/list_2.html")
    site.listing("/reports/list_2.html", [busy.path, "/art/old.html", slow.path, paywalled.path], None)
    return {"a1": a1, "a2": a2, "shared": shared, "gbk": gbk, "big5": big5, "flaky": flaky, "busy": busy,
            "moved": moved, "slow": slow, "extra": extra, "paywalled": paywalled}


def test_three_nightly_crawls(site_factory, tmp_path):
    site = site_factory(crawl_delay=CRAWL_DELAY)
    articles = _build_site(site)
    profile = write_profile(tmp_path, site, "testsite", start=["/news/", "/reports/"], download_delay=0.1)
    out = tmp_path / "out"

    # -- night 1 -------------------------------------------------------------------------------------------
    run(scrapy_crawl_command(profile, out))
    docs = _documents(out)
    by_url = {doc["source"]["url"].removeprefix(site.url("")): doc for doc in docs}

    for key in ("a1", "a2", "shared", "gbk", "flaky", "busy", "slow"):
        article = articles[key]
        doc = by_url[article.path]
        assert doc["title"] == article.title
        assert doc["published"] == article.published
        assert article.paragraphs[1][:30] in doc["text"]
        assert "上一篇" not in doc["text"] and "发布时间" not in doc["text"]
    assert "王堃同志和李喆同志" in by_url[articles["gbk"].path]["text"]
    big5 = by_url[articles["big5"].path]
    assert big5["converted_from_traditional"] is True
    expected = OpenCC("t2s").convert(OpenCC("s2tw").convert(articles["big5"].paragraphs[1]))[:30]
    assert expected in big5["text"]
    # the redirect was followed and the document names where it landed
    assert articles["moved"].path in by_url and "/art/old.html" not in by_url

    # the paywalled copy is not a second full document of a1: kept aside as a copy, or marked truncated
    paywalled_url = site.url(articles["paywalled"].path)
    assert paywalled_url in {dup["source"]["url"] for dup in _duplicates(out)} or by_url[
        articles["paywalled"].path
    ]["truncated"]

    # one document per article, the one on both sections fetched once
    assert len(docs) == len({doc["id"] for doc in docs})
    assert site.count(articles["shared"].path) == 1

    # robots.txt: the disallowed page never fetched, the Crawl-delay kept between any two requests
    assert site.count("/private/secret.html") == 0
    starts = [hit.at for hit in site.hits]
    gaps = [later - earlier for earlier, later in zip(starts, starts[1:])]
    # the server notes a request when its handler thread runs, which a loaded 2-core machine can delay by a
    # tenth of a second or two; without Crawl-delay the gaps would be the profile's 0.1 s
    assert min(gaps) >= CRAWL_DELAY - 0.25, gaps

    # the 500 was retried and the 503's Retry-After waited out
    assert site.count(articles["flaky"].path) == 2
    busy_hits = [hit.at for hit in site.hits if hit.path == articles["busy"].path]
    assert len(busy_hits) == 2 and busy_hits[1] - busy_hits[0] >= RETRY_AFTER - 0.05

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["documents_out"] == len(docs)
    assert report["counters"]["crawl/status/404"] == 1
    assert report["counters"]["crawl/status/500"] == 1
    assert report["counters"]["crawl/status/503"] == 1
    assert report["counters"]["crawl/retries"] == 2
    missing = [f for f in report["failures"] if f["url"] == site.url("/art/missing.html")]
    assert missing and "404" in missing[0]["reason"]

    # -- night 2: nothing new ------------------------------------------------------------------------------
    hits_before = len(site.hits)
    run(scrapy_crawl_command(profile, out))
    night2 = [hit.path for hit in site.hits[hits_before:]]
    assert not [path for path in night2 if path.startswith("/art/")], night2
    assert _documents(out) == docs
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["documents_out"] == 0
    assert report["counters"]["crawl/skipped_collected"] >= 10

    # -- night 3: one new article on the first listing page ------------------------------------------------
    site.article(articles["extra"])
    site.listing("/news/", [articles["extra"].path, articles["a1"].path, articles["a2"].path,
                            articles["shared"].path], "/news/list_2.html")
    hits_before = len(site.hits)
    run(scrapy_crawl_command(profile, out))
    night3 = [hit.path for hit in site.hits[hits_before:] if hit.path.startswith("/art/")]
    assert night3 == [articles["extra"].path]
    new_docs = _documents(out)[len(docs):]
    assert [doc["title"] for doc in new_docs] == [articles["extra"].title]
