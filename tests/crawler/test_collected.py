"""The collected-URL store remembers validators and says, per run, which articles are new, changed or unchanged."""

from crawler.collected import CollectedPage, CollectedStore, collected_path


def test_record_classifies_changes_and_keeps_validators(tmp_path):
    store = CollectedStore(collected_path(tmp_path, "demo"))
    assert not store.is_collected("http://x/1.html")
    counts = store.record([CollectedPage("http://x/1.html", "http://x/1.html", "h1", '"e1"', "Mon, 01 Mar 2021")], "r1")
    assert counts == {"new": 1, "changed": 0, "unchanged": 0}
    assert store.is_collected("http://x/1.html")
    assert store.validators("http://x/1.html") == ('"e1"', "Mon, 01 Mar 2021")
    counts = store.record(
        [CollectedPage("http://x/1.html", "http://x/1.html", "h2"), CollectedPage("http://x/2.html", "http://x/2b.html", "h3")],
        "r2",
    )
    assert counts == {"new": 1, "changed": 1, "unchanged": 0}
    store.record_not_modified("http://x/2.html", "r3")
    assert store.changes("r2") == [("http://x/1.html", "changed"), ("http://x/2.html", "new")]
    assert store.changes("r3") == [("http://x/2.html", "not_modified")]
    store.close()
    reopened = CollectedStore(collected_path(tmp_path, "demo"))
    assert reopened.count() == 2
    reopened.close()
