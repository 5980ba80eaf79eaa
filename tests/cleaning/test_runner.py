"""A run killed at any moment and started again ends with exactly the output of a run that was never killed."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SEEDS = Path(__file__).parents[1] / "fixtures" / "seeds"


def _paragraphs() -> list[str]:
    text = (SEEDS / "001_93018d775d81dee2.txt").read_text(encoding="utf-8")
    return [p for p in text.splitlines() if len(p) > 60]


def _write_dump(folder: Path, pages: int) -> None:
    """Pages of distinct articles: each a different sample of seed paragraphs under its own title."""
    rng = random.Random(7)
    paragraphs = _paragraphs()
    for n in range(pages):
        body = "\n\n".join(rng.sample(paragraphs, 6))
        title = f"第{n}号单位学习实践活动总结"
        page = f"首页 > 文章中心 > 正文\n\n{title}\n\n{body}\n\n上一篇:某某总结 下一篇:某某计划\n"
        (folder / f"page_{n:04d}.txt").write_text(page, encoding="utf-8")


def _clean(dump: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "qingwen", "clean", str(dump), "--out", str(out), "--jobs", "1", *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _committed_pages(out: Path) -> int:
    import sqlite3

    db = out / ".qingwen" / "state.sqlite"
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT count(*) FROM journal").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


@pytest.fixture(scope="module")
def dump(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dump")
    _write_dump(folder, 400)
    return folder


@pytest.fixture(scope="module")
def uninterrupted(dump, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("uninterrupted")
    process = _clean(dump, out)
    assert process.wait(timeout=300) == 0, process.stderr.read().decode()
    return out


@pytest.mark.parametrize("kill_signal", [signal.SIGKILL, signal.SIGINT])
def test_killed_run_resumes_to_identical_output(dump, uninterrupted, tmp_path, kill_signal):
    process = _clean(dump, tmp_path)
    deadline = time.monotonic() + 120
    while _committed_pages(tmp_path) < 64 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "the run finished before it could be killed; give it more pages"
    os.kill(process.pid, kill_signal)
    process.wait(timeout=60)
    killed_at = _committed_pages(tmp_path)
    assert 0 < killed_at < 400

    rerun = _clean(dump, tmp_path)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read().decode()
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["pages_skipped_done"] >= killed_at
    for name in ("documents.jsonl", "duplicates.jsonl"):
        assert (tmp_path / name).read_bytes() == (uninterrupted / name).read_bytes(), name


def test_rerun_over_the_same_inputs_writes_nothing_new(dump, uninterrupted):
    before = (uninterrupted / "documents.jsonl").read_bytes()
    rerun = _clean(dump, uninterrupted)
    assert rerun.wait(timeout=300) == 0
    report = json.loads((uninterrupted / "report.json").read_text(encoding="utf-8"))
    assert report["pages_skipped_done"] == 400
    assert report["documents_out"] == 0
    assert (uninterrupted / "documents.jsonl").read_bytes() == before


def test_a_run_in_process_freezes_its_start_up_objects_only_while_it_runs(dump, tmp_path):
    import gc

    from cleaning.pipeline import CleanConfig
    from cleaning.runner import run_clean

    frozen_during_run = []
    report = run_clean(
        [dump / "page_0000.txt", dump / "page_0001.txt"],
        tmp_path / "out",
        config=CleanConfig(),
        jobs=1,
        on_progress=lambda *_: frozen_during_run.append(gc.get_freeze_count()),
    )
    assert report.documents_out == 2
    assert frozen_during_run and all(count > 0 for count in frozen_during_run)
    assert gc.get_freeze_count() == 0
