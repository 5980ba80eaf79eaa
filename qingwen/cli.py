"""The `qingwen` command: clean local dumps, and (in sibling modules) dedup, crawl and manage the index."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from cleaning.dedup import DedupConfig
from cleaning.errors import RunError
from cleaning.loaders import count_inputs
from cleaning.models import RunReport
from cleaning.pipeline import CleanConfig
from cleaning.runner import run_clean
from qingwen import crawl_cli, dedup_cli

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Clean and dedup Chinese template-essay pages.")
console = Console(stderr=True)


@app.callback()
def qingwen() -> None:
    """qingwen (清文): clean, dedup and crawl Chinese template-essay pages."""


def print_summary(report: RunReport, out_dir: Path) -> None:
    """A short human summary of a run; report.json has the details."""
    seconds = report.seconds_per_stage.get("total", 0.0)
    console.print(
        f"[bold]{report.pages_in}[/] pages in ({report.pages_skipped_done} already done), "
        f"[bold green]{report.documents_out}[/] documents written, {report.duplicates_out} duplicates, "
        f"[bold red]{len(report.failures)}[/] failures in {seconds:.1f} s"
    )
    by_reason: dict[str, int] = {}
    for failure in report.failures:
        by_reason[failure.stage] = by_reason.get(failure.stage, 0) + 1
    for failure in report.failures[:5]:
        place = failure.path or failure.url
        where = f":{failure.line}" if failure.line else (f"@{failure.offset}" if failure.offset is not None else "")
        console.print(f"  [red]failed[/] {place}{where} ({failure.stage}): {failure.reason}")
    if len(report.failures) > 5:
        console.print(f"  … and {len(report.failures) - 5} more in {out_dir / 'report.json'}")
    removed = {k.removeprefix("removed/"): v for k, v in report.counters.items() if k.startswith("removed/")}
    if removed:
        top = sorted(removed.items(), key=lambda kv: -kv[1])[:6]
        console.print("  removals: " + ", ".join(f"{rule} ×{n}" for rule, n in top))
    console.print(f"  output: {out_dir / 'documents.jsonl'}, report: {out_dir / 'report.json'}")


@app.command()
def clean(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders of .html/.htm/.shtml/.txt/.jsonl/.warc(.gz)")],
    out: Annotated[Path, typer.Option("--out", help="Output folder (a corpus that grows run after run)")] = Path(
        "output"
    ),
    jobs: Annotated[int | None, typer.Option("--jobs", min=1, help="Worker processes (default: all cores)")] = None,
    fresh: Annotated[bool, typer.Option("--fresh", help="Start the output folder over")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit non-zero when any page failed")] = False,
    no_dedup: Annotated[bool, typer.Option("--no-dedup", help="Write every document, even copies")] = False,
) -> None:
    """Clean saved pages into OUT/documents.jsonl, OUT/duplicates.jsonl and OUT/report.json."""
    missing = [p for p in inputs if not p.exists()]
    if missing:
        console.print(f"[red]no such file or folder:[/] {', '.join(map(str, missing))}")
        raise typer.Exit(2)
    dedup = None if no_dedup else DedupConfig()
    total = count_inputs(inputs)
    try:
        with Progress(
            TextColumn("[bold]cleaning"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("pages · {task.fields[docs]} docs · {task.fields[failed]} failed"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        ) as progress:
            task = progress.add_task("clean", total=total or None, docs=0, failed=0)

            def on_progress(pages: int, docs: int, failed: int) -> None:
                progress.update(task, completed=min(pages, total) if total else pages, docs=docs, failed=failed)

            report = run_clean(
                inputs, out, config=CleanConfig(), jobs=jobs, fresh=fresh, dedup=dedup, on_progress=on_progress
            )
    except RunError as error:
        console.print(f"[red]error:[/] {error}")
        raise typer.Exit(2) from error
    print_summary(report, out)
    if strict and report.failures:
        raise typer.Exit(1)


app.command()(dedup_cli.dedup)
app.add_typer(dedup_cli.index_app, name="index")
app.command()(crawl_cli.crawl)
app.command()(crawl_cli.sites)


def main() -> None:
    app()
