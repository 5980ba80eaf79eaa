"""The output store commits lines and journal together, and cuts back what a killed run left uncommitted."""

from datetime import date

import pytest

from cleaning.errors import RunError
from cleaning.models import Document, Origin, Source
from cleaning.pipeline import PageResult
from cleaning.store import DOCUMENTS, OutputStore


def _result(key: str, text: str) -> PageResult:
    doc = Document(
        id=Document.make_id(text), source=Source(path=key), text=text, chars=len(text), published=date(2020, 1, 2)
    )
    return PageResult(origin=Origin(path=key), content_hash="h-" + key, documents=[doc])


def test_commit_writes_lines_and_journals_pages(tmp_path):
    with OutputStore(tmp_path) as store:
        store.commit([_result("a.txt", "第一篇文章。"), _result("b.txt", "第二篇文章。")])
        assert store.is_done("a.txt", "h-a.txt")
        assert not store.is_done("a.txt", "another-hash")
        assert not store.is_done("c.txt", "h-c.txt")
    lines = (tmp_path / DOCUMENTS).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert "第一篇文章" in lines[0]  # Chinese is written as UTF-8, not \u escapes


def test_uncommitted_tail_is_cut_on_reopen(tmp_path):
    with OutputStore(tmp_path) as store:
        store.commit([_result("a.txt", "第一篇文章。")])
    committed = (tmp_path / DOCUMENTS).read_bytes()
    with open(tmp_path / DOCUMENTS, "ab") as handle:  # what a run killed between write and commit leaves
        handle.write(b'{"id": "half-writ')
    with OutputStore(tmp_path) as store:
        assert (tmp_path / DOCUMENTS).read_bytes() == committed
        store.commit([_result("b.txt", "第二篇文章。")])
    assert len((tmp_path / DOCUMENTS).read_text(encoding="utf-8").splitlines()) == 2


def test_a_file_shorter_than_committed_is_refused_with_advice(tmp_path):
    with OutputStore(tmp_path) as store:
        store.commit([_result("a.txt", "第一篇文章。")])
    (tmp_path / DOCUMENTS).write_bytes(b"")
    with pytest.raises(RunError, match="--fresh"):
        OutputStore(tmp_path)


def test_fresh_starts_over(tmp_path):
    with OutputStore(tmp_path) as store:
        store.commit([_result("a.txt", "第一篇文章。")])
    with OutputStore(tmp_path, fresh=True) as store:
        assert not store.is_done("a.txt", "h-a.txt")
    assert (tmp_path / DOCUMENTS).read_bytes() == b""
