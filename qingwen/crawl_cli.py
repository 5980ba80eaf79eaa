"""The `qingwen crawl` and `qingwen sites` commands: run a site profile's crawl, list and validate the profiles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from cleaning.models import RunReport
from cleaning.store import REPORT, reset_output
from crawler.profiles import SITES_DIR, ProfileError, SiteProfile, load_profile, resolve_profile, scan_profiles

console = Console(stderr=True)


def crawl(
    profile: Annotated[str, typer.Argument(help="A profile name from `qingwen sites`, or a path to a .toml profile")],
    out: Annotated[Path | None, typer.Option("--out", help="Output folder (default: output/crawl/<profile>)")] = None,
    fresh: Annotated[bool, typer.Option("--fresh", help="Forget what earlier runs collected and start over")] = False,
    warc: Annotated[bool, typer.Option("--warc", help="Also keep every article response in OUT/raw/*.warc.gz")] = False,
    workers: Annotated[int, typer.Option("--workers", min=0, help="Cleaning processes beside the crawl")] = 1,
    log_level: Annotated[str, typer.Option("--log-level", help="Scrapy log level")] = "INFO",
) -> None:
    """Crawl one site politely and clean what is new into OUT/documents.jsonl, like `qingwen clean`."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    try:
        loaded = load_profile(resolve_profile(profile))
    except ProfileError as error:
        console.print(f"[red]error:[/] {error}")
        raise typer.Exit(2) from error
    out_dir = out or Path("output/crawl") / loaded.name
    if fresh:
        reset_output(out_dir)
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("QINGWEN_WARC", warc, priority="cmdline")
    settings.set("QINGWEN_CLEAN_WORKERS", workers, priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler("site")
    process.crawl(crawler, profile=str(loaded.source), out=str(out_dir))
    process.start()  # blocks; Ctrl-C stops gracefully and a second run resumes
    reason = crawler.stats.get_value("finish_reason") if crawler.stats else None
    report_path = out_dir / REPORT
    if report_path.exists():
        from qingwen.cli import print_summary

        print_summary(RunReport.model_validate(json.loads(report_path.read_text(encoding="utf-8"))), out_dir)
    if reason != "finished":
        console.print(f"[yellow]crawl stopped ({reason}); run the same command again to resume[/]")
        raise typer.Exit(130 if reason == "shutdown" else 1)


def sites(
    directory: Annotated[Path, typer.Option("--dir", help="Folder of site profiles")] = SITES_DIR,
) -> None:
    """List the site profiles and check each one; exit 1 when any is invalid."""
    found = scan_profiles(directory)
    if not found:
        console.print(f"no profiles in {directory}")
        return
    for path, result in found:
        if isinstance(result, SiteProfile):
            console.print(
                f"[green]ok[/]   {result.name:<16} {len(result.start_urls)} start URL(s), "
                f"{', '.join(result.allowed_domains)}, delay {result.politeness.download_delay:g} s  ({path})"
            )
        else:
            console.print(f"[red]bad[/]  {path.stem:<16} {result}")
    if any(isinstance(result, ProfileError) for _, result in found):
        raise typer.Exit(1)
