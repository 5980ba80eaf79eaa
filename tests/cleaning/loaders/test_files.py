"""Single-page files: one raw page per .html/.htm/.shtml/.txt file, or a failure with a reason."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from cleaning.loaders.files import MAX_PAGE_BYTES, iter_html_file, iter_text_file, load_page_file
from cleaning.models import Failure, RawPage

SEED = Path(__file__).parents[2] / "fixtures" / "seeds" / "000_4712b40f9c60485c.txt"


def test_html_file_is_one_page_of_its_bytes(tmp_path):
    body = f"<html><meta charset=gb2312><p>{SEED.read_text(encoding='utf-8')}</p></html>".encode("gb18030")
    page_path = tmp_path / "page.shtml"
    page_path.write_bytes(body)
    [page] = iter_html_file(page_path, Counter())
    assert isinstance(page, RawPage)
    assert (page.body, page.kind, page.origin.path, page.transport_charset) == (body, "html", str(page_path), None)


def test_text_file_is_a_text_page(tmp_path):
    page_path = tmp_path / "seed.txt"
    page_path.write_bytes(SEED.read_bytes())
    [page] = iter_text_file(page_path, Counter())
    assert (page.body, page.kind) == (SEED.read_bytes(), "text")


def test_empty_file_is_a_failure(tmp_path):
    (tmp_path / "empty.html").write_bytes(b"")
    failure = load_page_file(tmp_path / "empty.html", "html")
    assert isinstance(failure, Failure)
    assert (failure.stage, failure.path) == ("load", str(tmp_path / "empty.html"))
    assert failure.reason.startswith("empty file (0 bytes)")


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    huge = tmp_path / "dump.html"
    with huge.open("wb") as handle:
        handle.truncate(52_300_000)  # sparse: costs no disk and would cost 52 MB of memory if read
    failure = load_page_file(huge, "html")
    assert isinstance(failure, Failure)
    assert failure.reason.startswith("page is 52.3 MB, over the 50 MB limit")
    assert MAX_PAGE_BYTES == 50_000_000  # the figure the reason states


def test_path_that_cannot_be_read_as_a_file_is_a_failure(tmp_path):
    folder = tmp_path / "looks_like.html"
    folder.mkdir()
    failure = load_page_file(folder, "html")
    assert isinstance(failure, Failure)
    assert failure.reason.startswith("cannot read the file (Is a directory)")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_file_without_read_permission_is_a_failure(tmp_path):
    locked = tmp_path / "locked.html"
    locked.write_bytes(b"<p>x</p>")
    locked.chmod(0)
    failure = load_page_file(locked, "html")
    assert isinstance(failure, Failure)
    assert "Permission denied" in failure.reason
