"""`qingwen clean` end to end: bad inputs become failures in the report while every good page still comes out."""

import gzip
import json
import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).parents[1] / "fixtures" / "seeds"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "qingwen", *args], capture_output=True, text=True, timeout=300)


def _mixed_dump(folder: Path) -> None:
    (folder / "good.txt").write_bytes((SEEDS / "001_93018d775d81dee2.txt").read_bytes())
    (folder / "empty.html").write_bytes(b"")
    (folder / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (folder / "not_gzip.warc.gz").write_bytes(b"this is not gzip at all")
    good_line = json.dumps({"url": "http://example.cn/a.html", "text": (SEEDS / "000_4712b40f9c60485c.txt").read_text()})
    (folder / "lines.jsonl").write_text(
        good_line + "\n{not json\n" + json.dumps({"url": "http://example.cn/b.html"}) + "\n", encoding="utf-8"
    )


def test_bad_inputs_are_reported_and_good_pages_still_come_out(tmp_path):
    dump, out = tmp_path / "dump", tmp_path / "out"
    dump.mkdir()
    _mixed_dump(dump)
    result = _run("clean", str(dump), "--out", str(out), "--jobs", "1")
    assert result.returncode == 0, result.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    failed = {(Path(f["path"]).name, f["line"]) for f in report["failures"]}
    assert {("empty.html", None), ("image.html", None), ("not_gzip.warc.gz", None)} <= failed
    assert {("lines.jsonl", 2), ("lines.jsonl", 3)} <= failed
    assert all(f["reason"] for f in report["failures"])
    documents = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    names = {Path(d["source"]["path"]).name for d in documents}
    assert names == {"good.txt", "lines.jsonl"}
    assert "failures" in result.stderr  # the human summary


def test_strict_makes_failures_fail_the_command(tmp_path):
    dump, out = tmp_path / "dump", tmp_path / "out"
    dump.mkdir()
    _mixed_dump(dump)
    assert _run("clean", str(dump), "--out", str(out), "--jobs", "1", "--strict").returncode == 1


def test_missing_input_says_so(tmp_path):
    result = _run("clean", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "no such file or folder" in result.stderr
