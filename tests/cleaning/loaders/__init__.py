"""Loader tests; a package so that names like test_jsonl cannot clash with other test folders' files."""
