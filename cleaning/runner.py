"""Runs a clean over local inputs: load pages, clean them in worker processes, commit them in order, report."""

from __future__ import annotations

import gc
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timezone
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from cleaning.loaders import iter_pages
from cleaning.models import Failure, RawPage, RunReport
from cleaning.pipeline import CleanConfig, PageResult, clean_page, prepare_process
from cleaning.store import OutputStore

if TYPE_CHECKING:
    from cleaning.dedup import DedupConfig

# Pages per journal commit: big enough that the fsyncs cost little next to cleaning (~5 ms per page),
# small enough that a killed run redoes at most a few seconds of work.
COMMIT_EVERY = 64

ProgressCallback = Callable[[int, int, int], None]  # pages seen, documents written, failures


class RunTally:
    """Counters and timings summed over every page of a run; the run report is built from it."""

    def __init__(self, inputs: Sequence[Path]):
        self.report = RunReport(started_at=datetime.now(timezone.utc), inputs=[str(p) for p in inputs])
        self.counters: Counter[str] = Counter()
        self.seconds: Counter[str] = Counter()

    def add_failure(self, failure: Failure) -> None:
        self.report.failures.append(failure)
        self.counters[f"failed/{failure.stage}"] += 1

    def add_result(self, result: PageResult) -> None:
        self.counters.update(result.counters)
        self.seconds.update(result.seconds)
        if result.failure:
            self.report.failures.append(result.failure)

    def finish(self) -> RunReport:
        report = self.report
        report.finished_at = datetime.now(timezone.utc)
        report.counters = dict(sorted(self.counters.items()))
        report.seconds_per_stage = {k: round(v, 3) for k, v in sorted(self.seconds.items())}
        return report


def _pending_pages(
    items: Iterable[RawPage | Failure], store: OutputStore, tally: RunTally
) -> Iterator[RawPage]:
    for item in items:
        tally.report.pages_in += 1
        if isinstance(item, Failure):
            tally.add_failure(item)
            continue
        if store.is_done(item.origin.key, item.content_hash):
            tally.report.pages_skipped_done += 1
            continue
        yield item


def _batches(results: Iterator[PageResult], size: int) -> Iterator[list[PageResult]]:
    while batch := list(islice(results, size)):
        yield batch


def run_clean(
    inputs: Sequence[Path],
    out_dir: Path,
    *,
    config: CleanConfig | None = None,
    jobs: int | None = None,
    fresh: bool = False,
    dedup: DedupConfig | None = None,
    on_progress: ProgressCallback | None = None,
) -> RunReport:
    """Clean every page under `inputs` into `out_dir`; pages already journalled there are skipped."""
    config = config or CleanConfig()
    jobs = jobs or os.cpu_count() or 1
    tally = RunTally(inputs)
    with OutputStore(out_dir, fresh=fresh, dedup=dedup) as store:
        load_started = time.perf_counter()
        pages = _pending_pages(iter_pages(inputs, skipped=tally.counters), store, tally)
        work = partial(clean_page, config=config)
        prepare_process(config)
        pool = multiprocessing.get_context("fork").Pool(jobs) if jobs > 1 else None
        try:
            # imap keeps input order, so the output is the same whatever the number of jobs
            results = pool.imap(work, pages, chunksize=4) if pool else map(work, pages)
            if pool and store.dedup is not None:
                from cleaning.dedup.index import warm_up  # numba is imported only by runs that dedup

                warm_up(store.dedup.config)  # while the workers clean the first pages
            for batch in _batches(results, COMMIT_EVERY):
                for result in batch:
                    tally.add_result(result)
                commit_started = time.perf_counter()
                summary, _, duplicates = store.commit(batch)
                tally.counters.update(f"duplicates/{duplicate.match}" for duplicate in duplicates)
                tally.seconds["write"] += time.perf_counter() - commit_started
                tally.report.documents_out += summary.documents
                tally.report.duplicates_out += summary.duplicates
                if on_progress:
                    on_progress(tally.report.pages_in, tally.report.documents_out, len(tally.report.failures))
        finally:
            if pool:
                pool.terminate()
            gc.unfreeze()  # the caller's process goes on (tests, notebooks): its objects are collectable again
        tally.seconds["total"] = time.perf_counter() - load_started
        report = tally.finish()
        store.write_report(report)
    return report
