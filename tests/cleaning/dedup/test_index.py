"""Clusters built from the seeds and pages written for these tests (cleaning/dedup/index.py)."""

import re
import sqlite3
from pathlib import Path

import opencc
import pytest

from cleaning.dedup import DedupConfig, DedupIndex
from cleaning.errors import RunError
from cleaning.models import Document, Source

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SEED = (FIXTURES / "seeds" / "001_93018d775d81dee2.txt").read_text(encoding="utf-8")
OTHER_SEED = (FIXTURES / "seeds" / "003_5585bf28cbed5fe6.txt").read_text(encoding="utf-8")


def doc(text: str, *, truncated: bool = False, site: str = "a") -> Document:
    return Document(id=Document.make_id(text), source=Source(site=site), text=text, chars=len(text), truncated=truncated)


def refilled(text: str) -> str:
    """Another unit's copy: unit names swapped and every third number changed."""
    numbers = iter(range(10**6))
    text = text.replace("卫生局", "教育局").replace("中心", "学校")
    return re.sub(r"\d+", lambda m: "9" * len(m.group()) if next(numbers) % 3 == 0 else m.group(), text)


def without_longest_paragraph(text: str) -> str:
    paragraphs = text.split("\n\n")
    longest = max(paragraphs, key=len)
    return "\n\n".join(p for p in paragraphs if p is not longest)


@pytest.fixture
def conn(tmp_path):
    connection = sqlite3.connect(tmp_path / "state.sqlite", isolation_level=None)
    yield connection
    connection.close()


def admit(conn, docs, config=DedupConfig()):
    index = DedupIndex.open(conn, config)
    conn.execute("BEGIN")
    admission = index.admit(docs)
    conn.execute("COMMIT")
    return admission


def test_copies_of_every_kind_join_their_original_and_the_full_copy_is_kept(conn):
    full = doc(SEED)
    paywalled = doc(SEED[: int(len(SEED) * 0.45)], truncated=True)
    refill = doc(refilled(SEED))
    missing = doc(without_longest_paragraph(SEED))
    traditional = doc(opencc.OpenCC("s2t").convert(SEED))
    other = doc(OTHER_SEED)
    admission = admit(conn, [paywalled, full, refill, missing, traditional, other])

    assert [d.id for d in admission.kept] == [full.id, other.id]
    matches = {d.id: (d.duplicate_of, d.match) for d in admission.duplicates}
    assert matches == {
        paywalled.id: (full.id, "contained"),
        refill.id: (full.id, "near_duplicate"),
        missing.id: (full.id, "near_duplicate"),
        traditional.id: (full.id, "near_duplicate"),
    }
    similarity = {d.id: d.similarity for d in admission.duplicates}
    # the fold maps characters, OpenCC converts phrases: the round trip is nearly, not exactly, the same text
    assert similarity[traditional.id] > 0.95
    assert similarity[paywalled.id] > 0.95 and similarity[refill.id] >= 0.5


def test_copy_differing_only_in_punctuation_and_spacing_is_exact(conn):
    original = doc(SEED)
    respaced = doc(SEED.replace("\n\n", "\n").replace(",", "，"))
    admission = admit(conn, [original, respaced])
    assert [(d.id, d.match, d.similarity) for d in admission.duplicates] == [(respaced.id, "exact", 1.0)]


def test_two_summaries_sharing_an_opening_paragraph_stay_apart(conn):
    first = doc((FIXTURES / "dedup" / "shared_opening_a.txt").read_text(encoding="utf-8"))
    second = doc((FIXTURES / "dedup" / "shared_opening_b.txt").read_text(encoding="utf-8"))
    assert first.text.split("\n")[0] == second.text.split("\n")[0]
    admission = admit(conn, [first, second])
    assert [d.id for d in admission.kept] == [first.id, second.id]
    assert admission.duplicates == []


def test_second_run_over_new_copies_writes_nothing_and_names_earlier_ids(conn):
    full, other = doc(SEED), doc(OTHER_SEED)
    admit(conn, [full, other])
    tonight = [doc(refilled(SEED), site="b"), doc(OTHER_SEED[:3000], truncated=True, site="b"), doc(SEED, site="c")]
    admission = admit(conn, tonight)  # a new DedupIndex loaded from the committed rows
    assert admission.kept == []
    assert sorted(d.duplicate_of for d in admission.duplicates) == sorted([full.id, other.id, full.id])


def test_later_more_complete_copy_supersedes_the_kept_one(conn):
    paywalled = doc(SEED[:2000], truncated=True)
    admit(conn, [paywalled])
    full = doc(SEED)
    admission = admit(conn, [full])
    assert [d.id for d in admission.kept] == [full.id]
    (superseded,) = admission.duplicates
    assert (superseded.id, superseded.duplicate_of, superseded.match) == (paywalled.id, full.id, "superseded")
    # and the cluster now answers with the new copy
    again = admit(conn, [doc(SEED[:1500], truncated=True)])
    assert again.duplicates[0].duplicate_of == full.id


def test_uncommitted_batch_leaves_no_trace_after_rollback(conn):
    index = DedupIndex.open(conn, DedupConfig())
    conn.execute("BEGIN")
    index.admit([doc(SEED)])
    conn.execute("ROLLBACK")
    index.rollback_memory()
    conn.execute("BEGIN")
    admission = index.admit([doc(SEED)])
    conn.execute("COMMIT")
    assert len(admission.kept) == 1 and len(index) == 1


def test_same_input_gives_the_same_decisions(tmp_path):
    docs = [doc(SEED[:2500], truncated=True), doc(refilled(SEED)), doc(OTHER_SEED), doc(SEED)]
    outcomes = []
    for run in range(2):
        connection = sqlite3.connect(tmp_path / f"{run}.sqlite", isolation_level=None)
        admission = admit(connection, docs)
        outcomes.append((admission.kept, admission.duplicates))
        connection.close()
    assert outcomes[0] == outcomes[1]


def test_index_refuses_other_pinned_parameters(conn):
    admit(conn, [doc(SEED)])
    with pytest.raises(RunError, match="num_perm is 128 in the index but 64 now"):
        DedupIndex.open(conn, DedupConfig(num_perm=64))


def test_config_rejects_bands_that_do_not_divide():
    with pytest.raises(ValueError, match="multiple of band_rows"):
        DedupConfig(num_perm=130, band_rows=4)


def located(text: str, source: Source, *, title: str | None = None, truncated: bool = False) -> Document:
    return Document(
        id=Document.make_id(text), source=source, title=title, text=text, chars=len(text), truncated=truncated
    )


def test_superseded_copies_of_earlier_runs_name_where_they_are(conn):
    half = len(SEED) // 2
    crawled = Source(path="crawl/a.jsonl", line=7, url="http://a.example.cn/1", site="a")
    archived = Source(path="dump/b.warc.gz", offset=18_204, url="http://b.example.cn/9", site="b")
    opening = located(SEED[:half], crawled, title="工作总结(上)", truncated=True)
    ending = located(SEED[half:], archived, title="工作总结(下)")
    admit(conn, [opening, ending])  # two halves: no overlap, two articles
    full = located(SEED, Source(path="crawl/c.jsonl", line=2))
    admission = admit(conn, [full])  # the whole text contains both halves: one cluster, the full copy kept
    assert [d.id for d in admission.kept] == [full.id]
    superseded = {d.id: d for d in admission.duplicates}
    assert {(d.match, d.duplicate_of) for d in superseded.values()} == {("superseded", full.id)}
    first, second = superseded[opening.id], superseded[ending.id]
    # what finds the document again is stored; the site label and fetch details are not
    assert first.source == crawled.model_copy(update={"site": None})
    assert second.source == archived.model_copy(update={"site": None})
    assert (first.title, first.chars, second.title, second.chars) == ("工作总结(上)", opening.chars, "工作总结(下)", ending.chars)


def loaded_state(index: DedupIndex) -> tuple:
    count = len(index)
    return (
        [index.union_find.find(n) for n in range(count)],
        index.kept_of,
        index.truncated,
        index.chars,
        index.exact,
        len(index.bands),
    )


def test_reloaded_index_holds_the_state_the_writing_run_ended_with(conn):
    half = len(SEED) // 2
    index = DedupIndex.open(conn, DedupConfig())
    batches = [
        [doc(SEED[:half], truncated=True), doc(SEED[half:]), doc(OTHER_SEED[:2500], truncated=True)],
        [doc(SEED), doc(SEED.replace("\n\n", "\n")), doc(refilled(OTHER_SEED))],  # merges, supersedes, an exact copy
        [doc(OTHER_SEED), doc(without_longest_paragraph(SEED))],
    ]
    for batch in batches:
        conn.execute("BEGIN")
        index.admit(batch)
        conn.execute("COMMIT")
        reloaded = DedupIndex.open(conn, DedupConfig())
        assert loaded_state(reloaded) == loaded_state(index)
    # the reloads above read roots absorbed and copies superseded from dedup_changes, not only batch columns
    assert conn.execute("SELECT COUNT(*), SUM(kept = 0), SUM(parent != number) FROM dedup_changes").fetchone() == (3, 3, 1)
    probe = [doc(refilled(SEED)), doc(OTHER_SEED[:1800], truncated=True)]
    conn.execute("BEGIN")
    from_memory = index.admit(probe)
    conn.execute("ROLLBACK")
    conn.execute("BEGIN")
    from_disk = reloaded.admit(probe)
    conn.execute("ROLLBACK")
    # the refilled copy is as long as OTHER_SEED and came first, so it stays that cluster's kept copy
    assert from_memory == from_disk
    assert [d.duplicate_of for d in from_disk.duplicates] == [doc(SEED).id, doc(refilled(OTHER_SEED)).id]


def test_index_of_an_earlier_layout_is_refused_with_the_way_out(conn):
    conn.execute("CREATE TABLE dedup_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.executemany("INSERT INTO dedup_meta VALUES (?, ?)", DedupConfig().pinned().items())  # layout 1 had no layout key
    with pytest.raises(RunError, match=r"layout 1, this qingwen reads layout 2: run `qingwen index reset"):
        DedupIndex.open(conn, DedupConfig())
