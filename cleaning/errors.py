"""Errors grouped by what the caller does with them: skip the page (PageError) or stop the run (RunError)."""


class QingwenError(Exception):
    """Base of every error qingwen raises on purpose."""


class PageError(QingwenError):
    """This page cannot be cleaned; report it with its reason and go on with the next page.

    `stage` names the pipeline stage that gave up (stats key `failed/<stage>`), `reason` says what a person
    can do about it.
    """

    stage = "page"

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class LoadError(PageError):
    """An input file or record could not be read into a raw page (bad gzip, truncated WARC record, bad JSON)."""

    stage = "load"


class UndecodablePage(PageError):
    """No charset turns these bytes into text without mojibake."""

    stage = "decode"


class EmptyPage(PageError):
    """The page holds no text at all, or nothing that survives extraction."""

    stage = "extract"


class PageTooLarge(PageError):
    stage = "extract"


class ExtractionTimeout(PageError):
    stage = "extract"


class RunError(QingwenError):
    """The run cannot go on (bad configuration, an output folder it cannot write, a rule pack that does not load)."""


class RulePackError(RunError):
    """A rule pack failed validation; the message names the pack, the rule id and what is wrong."""
