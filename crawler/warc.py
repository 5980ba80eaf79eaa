"""Optional raw copy of every article response as WARC, so a crawl can be cleaned again offline with `qingwen clean`."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.items import FetchedPage


class WarcArchive:
    """A gzipped WARC file of response records, appended as pages arrive."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._handle = open(path, "ab")
        self._writer = WARCWriter(self._handle, gzip=True)

    def write(self, page: FetchedPage) -> None:
        http_headers = StatusAndHeaders(str(page.status), page.headers, protocol="HTTP/1.1")
        record = self._writer.create_warc_record(
            page.final_url, "response", payload=BytesIO(page.body), http_headers=http_headers
        )
        self._writer.write_record(record)

    def close(self) -> None:
        self._handle.close()
