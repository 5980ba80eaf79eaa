"""A generated template-essay site served on 127.0.0.1 by a test, and helpers that crawl it in a subprocess."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from opencc import OpenCC

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "tests" / "fixtures" / "seeds"


def seed_paragraphs() -> list[str]:
    """Long body paragraphs of the seed pages, without their noise lines: material for generated articles."""
    paragraphs = []
    for path in sorted(SEEDS.glob("00[123]_*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line) >= 60 and not any(mark in line for mark in ("http", "|", "工作总结之家", "延伸", "【")):
                paragraphs.append(line)
    return paragraphs


@dataclass
class Page:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    # behaviours: answer `first_status` (with `first_headers`) to the first `fail_times` requests, then normally
    fail_times: int = 0
    first_status: int = 500
    first_headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Hit:
    at: float
    path: str
    status: int


@dataclass
class Article:
    path: str
    title: str
    published: str
    paragraphs: list[str]


class TestSite:
    """Pages by path, a log of every request, and a real HTTP server on an ephemeral port."""

    __test__ = False

    def __init__(self, *, crawl_delay: float | None, article_delay: float = 0.0):
        self.pages: dict[str, Page] = {}
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        self.article_delay = article_delay
        robots = "User-agent: *\nDisallow: /private/\n"
        if crawl_delay:
            robots += f"Crawl-delay: {crawl_delay:g}\n"
        self.pages["/robots.txt"] = Page(body=robots.encode(), content_type="text/plain")
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the http.server API
                site.serve(self)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def serve(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path.split("?", 1)[0]
        page = self.pages.get(path)
        with self.lock:
            served_before = sum(1 for hit in self.hits if hit.path == path)
            status = 404 if page is None else page.status
            headers = {} if page is None else dict(page.headers)
            if page is not None and served_before < page.fail_times:
                status, headers = page.first_status, dict(page.first_headers)
            etag = headers.get("ETag")
            if status == 200 and etag and handler.headers.get("If-None-Match") == etag:
                status = 304
            self.hits.append(Hit(time.monotonic(), path, status))
        if page is not None and page.delay:
            time.sleep(page.delay)
        body = page.body if page is not None and status == 200 else b"<html><body>error</body></html>"
        if status == 304:
            body = b""
        try:
            self._send(handler, status, page, headers, body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler was killed mid-response, as the kill tests intend

    @staticmethod
    def _send(handler, status, page, headers, body) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", page.content_type if page is not None else "text/html")
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def count(self, path: str) -> int:
        return Counter(hit.path for hit in self.hits)[path]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- generated pages --------------------------------------------------------------------------------

    def listing(self, path: str, links: list[str], next_path: str | None) -> None:
        items = "".join(f'<li><a href="{link}">文章 {i}</a></li>' for i, link in enumerate(links, 1))
        pager = f'<div class="pages"><a class="next" href="{next_path}">下一页</a></div>' if next_path else ""
        html = (
            '<html><head><meta charset="utf-8"><title>范文列表</title></head><body>'
            '<div class="nav"><a href="/">首页</a> <a href="/about.html">关于</a></div>'
            f'<ul class="list">{items}</ul>{pager}</body></html>'
        )
        self.pages[path] = Page(body=html.encode("utf-8"))

    def article(self, article: Article, *, encoding: str = "utf-8", declared: str | None = None,
                traditional: bool = False, **behaviour) -> None:
        title, paragraphs = article.title, article.paragraphs
        declared = declared or encoding
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        html = (
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={declared}">'
            f"<title>{title}_范文网</title>"
            f'<meta property="article:published_time" content="{article.published}"></head><body>'
            '<div class="crumb">首页 &gt; 工作总结 &gt; 正文</div>'
            f'<div class="article"><h1>{title}</h1><div class="info">发布时间:{article.published} 08:00:00</div>'
            f'<div class="content">{body}</div></div>'
            '<div class="footer">上一篇:其他范文 下一篇:更多范文</div></body></html>'
        )
        if traditional:  # the whole page, as a Big5 site would serve it
            html = OpenCC("s2tw").convert(html)
        page = Page(body=html.encode(encoding), content_type=f"text/html; charset={declared}",
                    headers={"ETag": f'"{abs(hash(html))}"'}, delay=self.article_delay)
        for name, value in behaviour.items():
            setattr(page, name, value)
        self.pages[article.path] = page


def make_articles(count: int, prefix: str, offset: int = 0) -> list[Article]:
    """Distinct articles of three seed paragraphs each, so that dedup keeps them apart."""
    paragraphs = seed_paragraphs()
    articles = []
    for i in range(count):
        chunk = paragraphs[(offset + i) * 3 % len(paragraphs):][:3]
        articles.append(
            Article(
                path=f"{prefix}{offset + i + 1}.html",
                title=f"第{offset + i + 1}篇工作总结范文",
                published=f"2021-03-{(offset + i) % 27 + 1:02d}",
                paragraphs=chunk,
            )
        )
    return articles


def write_profile(directory: Path, site: TestSite, name: str, *, start: list[str], download_delay: float,
                  extra: str = "") -> Path:
    path = directory / f"{name}.toml"
    urls = ", ".join(f'"{site.url(p)}"' for p in start)
    path.write_text(
        f'name = "{name}"\nstart_urls = [{urls}]\nallowed_domains = ["127.0.0.1"]\n{extra}\n'
        '[articles]\nxpath = "//ul[@class=\'list\']//a/@href"\n\n'
        '[next_pages]\ncss = "div.pages a.next"\n\n'
        f"[politeness]\ndownload_delay = {download_delay}\nconcurrency = 2\n",
        encoding="utf-8",
    )
    return path


# test crawls back off 0.2 s between retries instead of 2 s, so a retried page costs little time
FAST_RETRY = ["-s", "QINGWEN_RETRY_BACKOFF_BASE=0.2", "-s", "LOG_LEVEL=INFO"]


def scrapy_crawl_command(profile: Path, out: Path, *settings: str) -> list[str]:
    return [sys.executable, "-m", "scrapy", "crawl", "site", "-a", f"profile={profile}", "-a", f"out={out}",
            *FAST_RETRY, *settings]


def run(command: list[str], timeout: float = 120) -> subprocess.CompletedProcess:
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=timeout,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert result.returncode in (0, 130), result.stderr[-4000:]
    return result


def start(command: list[str]) -> subprocess.Popen:
    return subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})


def stop(process: subprocess.Popen, sig: signal.Signals, timeout: float = 60) -> str:
    process.send_signal(sig)
    output, _ = process.communicate(timeout=timeout)
    return output
