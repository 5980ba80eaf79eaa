"""A JOBDIR survives a graceful stop, and is dropped after a hard kill or a finished run."""

from crawler.jobdir import RUNNING_MARKER, close_jobdir, jobdir_for, open_jobdir


def test_fresh_then_stopped_then_resumed_then_finished(tmp_path):
    jobdir = jobdir_for(tmp_path, "demo")
    assert open_jobdir(jobdir) == "fresh"
    (jobdir / "requests.seen").write_text("abc\n")
    close_jobdir(jobdir, "shutdown")  # Ctrl-C: Scrapy saved its queue, keep it
    assert (jobdir / "requests.seen").exists() and not (jobdir / RUNNING_MARKER).exists()
    assert open_jobdir(jobdir) == "resumed"
    close_jobdir(jobdir, "finished")
    assert not jobdir.exists()


def test_a_killed_run_leaves_a_marker_and_its_jobdir_is_discarded(tmp_path):
    jobdir = jobdir_for(tmp_path, "demo")
    open_jobdir(jobdir)
    (jobdir / "requests.seen").write_text("fingerprint-of-an-uncommitted-page\n")
    # SIGKILL: close_jobdir never ran
    assert open_jobdir(jobdir) == "discarded_after_kill"
    assert not (jobdir / "requests.seen").exists()
