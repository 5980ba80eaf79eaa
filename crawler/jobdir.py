"""One Scrapy JOBDIR per interrupted run: kept after a graceful stop, discarded after a hard kill or a finished run.

Scrapy writes its disk queue's index and the spider state only when it closes, so after a SIGKILL the JOBDIR
holds a seen-requests file that names pages whose documents were never committed, and a queue that may be
half-written. A marker file present while a crawl runs tells the next start which case it is in: a stale
marker means a hard kill, and the JOBDIR is dropped; the listing pages are re-read and the collected store
skips what was committed, so nothing is lost or written twice.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Literal

from cleaning.store import STATE_DIR

RUNNING_MARKER = "qingwen-running"

JobdirStart = Literal["fresh", "resumed", "discarded_after_kill"]


def jobdir_for(out_dir: Path, profile_name: str) -> Path:
    return out_dir / STATE_DIR / "jobs" / profile_name


def open_jobdir(jobdir: Path) -> JobdirStart:
    """Get the JOBDIR ready for a crawl and say whether it resumes an earlier one."""
    if (jobdir / RUNNING_MARKER).exists():
        shutil.rmtree(jobdir)
        start: JobdirStart = "discarded_after_kill"
    elif jobdir.exists() and any(jobdir.iterdir()):
        start = "resumed"
    else:
        start = "fresh"
    jobdir.mkdir(parents=True, exist_ok=True)
    (jobdir / RUNNING_MARKER).touch()
    return start


def close_jobdir(jobdir: Path, reason: str) -> None:
    """A finished run needs no JOBDIR (tomorrow's run starts over); a stopped one keeps it to resume."""
    if reason == "finished":
        shutil.rmtree(jobdir, ignore_errors=True)
    else:
        (jobdir / RUNNING_MARKER).unlink(missing_ok=True)
