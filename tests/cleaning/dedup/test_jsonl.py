"""`qingwen dedup` on a JSON Lines file, and the index's stats and reset (cleaning/dedup/jsonl.py)."""

import json
import sqlite3
from pathlib import Path

import pytest

from cleaning.dedup import DedupConfig, DedupIndex, dedup_jsonl, index_reset, index_stats
from cleaning.errors import RunError
from cleaning.models import Document, Source

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
SEED = (SEEDS / "001_93018d775d81dee2.txt").read_text(encoding="utf-8")
OTHER = (SEEDS / "004_ed6df0b4be30bd83.txt").read_text(encoding="utf-8")


def write_lines(path: Path, lines: list) -> Path:
    path.write_text(
        "".join((json.dumps(x, ensure_ascii=False) if isinstance(x, dict) else x) + "\n" for x in lines), encoding="utf-8"
    )
    return path


def test_dedup_keeps_the_most_complete_copy_and_passes_records_through(tmp_path):
    source = write_lines(
        tmp_path / "in.jsonl",
        [
            {"text": SEED[:2000], "truncated": True, "lang": "zh"},
            {"id": "full-copy", "text": SEED, "url": "http://example.cn/1"},
            "{not json",
            {"body": "no text field"},
            {"text": OTHER},
        ],
    )
    summary = dedup_jsonl(source, tmp_path / "out", DedupConfig())
    kept = [json.loads(line) for line in (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    duplicates = [json.loads(line) for line in (tmp_path / "out" / "duplicates.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [k.get("id") for k in kept][0] == "full-copy" and kept[0]["url"] == "http://example.cn/1"
    assert kept[1]["text"] == OTHER and kept[1]["id"]  # an id is added when the record had none
    (copy,) = duplicates
    assert (copy["duplicate_of"], copy["match"], copy["source"]["line"]) == ("full-copy", "contained", 1)
    assert (summary.records, summary.documents, summary.duplicates) == (3, 2, 1)
    assert [p.line for p in summary.problems] == [3, 4]
    assert json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["duplicates"] == 1


def test_dedup_refuses_a_folder_that_already_has_output(tmp_path):
    source = write_lines(tmp_path / "in.jsonl", [{"text": SEED}])
    dedup_jsonl(source, tmp_path / "out", DedupConfig())
    with pytest.raises(RunError, match="choose another --out"):
        dedup_jsonl(source, tmp_path / "out", DedupConfig())


def test_index_stats_and_reset(tmp_path):
    source = write_lines(tmp_path / "in.jsonl", [{"text": SEED}, {"text": SEED[:1500]}, {"text": OTHER}])
    dedup_jsonl(source, tmp_path / "out", DedupConfig())
    stats = index_stats(tmp_path / "out")
    assert (stats["documents"], stats["kept"], stats["duplicates"]) == (3, 2, 1)
    assert stats["parameters"]["num_perm"] == "128" and stats["parameters"]["scheme"] == "affine32"
    index_reset(tmp_path / "out")
    assert index_stats(tmp_path / "out")["documents"] == 0
    assert (tmp_path / "out" / "documents.jsonl").exists()


def test_a_later_run_that_supersedes_a_kept_record_names_its_input_line(tmp_path):
    source = write_lines(
        tmp_path / "in.jsonl",
        [{"text": OTHER}, {"text": SEED[:1800], "truncated": True, "title": "总结", "url": "http://example.cn/2"}],
    )
    dedup_jsonl(source, tmp_path / "out", DedupConfig())
    conn = sqlite3.connect(tmp_path / "out" / ".qingwen" / "state.sqlite", isolation_level=None)
    try:
        index = DedupIndex.open(conn, DedupConfig())  # as `qingwen clean --out` opens it later
        full = Document(id=Document.make_id(SEED), source=Source(path="later.html"), text=SEED, chars=len(SEED))
        conn.execute("BEGIN")
        (superseded,) = index.admit([full]).duplicates
        conn.execute("COMMIT")
    finally:
        conn.close()
    assert (superseded.match, superseded.duplicate_of) == ("superseded", full.id)
    assert (superseded.title, superseded.chars) == ("总结", 1800)
    assert superseded.source == Source(path=str(source), line=2, url="http://example.cn/2")
    stats = index_stats(tmp_path / "out")
    assert (stats["documents"], stats["kept"]) == (3, 2)
