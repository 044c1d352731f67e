"""The Store port's promises, held by every store alike: memory, SQLite and PostgreSQL.

Atomic transactions with no lost update, reads that never wait for a writer, a stamp that
follows every commit, and damage told as such, never read as empty.
"""

from __future__ import annotations

import threading
import time

import pytest

from bot.store import DamagedDocument
from store_kinds import store_place  # noqa: F401  (the fixture)


def test_a_document_reads_back_as_written_and_keys_sort_by_code_point(store_place):
    store = store_place.open()
    with store.transaction() as tx:
        tx.put("user", "console:kim", {"entity": "Republic of Korea — 대한민국", "n": [1, 2.5, True]})
        for key in ["b", "a", "B", "é", "10", "9"]:
            tx.put("notes", key, {"k": key})
        tx.put("other", "z", {"k": "z"})
    with store.transaction() as tx:
        assert tx.get("user", "console:kim") == {"entity": "Republic of Korea — 대한민국", "n": [1, 2.5, True]}
        assert tx.keys("notes") == ["10", "9", "B", "a", "b", "é"]
        tx.delete("notes", "a")
        tx.delete("notes", "never-there")
    assert store.read("notes", "a") is None and store.read("notes", "b") == {"k": "b"}
    assert store.read("nothing", "here") is None


def test_documents_outlive_the_store_that_wrote_them(store_place):
    if not store_place.durable:
        return  # memory keeps nothing past its process, by design
    first = store_place.open()
    with first.transaction() as tx:
        tx.put("user", "console:kim", {"entity": "ARCEP Togo"})
    first.close()
    again = store_place.open()
    assert again.read("user", "console:kim") == {"entity": "ARCEP Togo"}


def test_a_failed_transaction_leaves_nothing_behind(store_place):
    store = store_place.open()
    with store.transaction() as tx:
        tx.put("user", "kept", {"v": 1})
    with pytest.raises(RuntimeError):
        with store.transaction() as tx:
            tx.put("user", "kept", {"v": 2})
            tx.put("user", "new", {"v": 1})
            raise RuntimeError("boom")
    assert store.read("user", "kept") == {"v": 1} and store.read("user", "new") is None


def test_none_cannot_be_stored_because_it_would_read_back_as_absent(store_place):
    store = store_place.open()
    with pytest.raises(ValueError, match="delete the key"), store.transaction() as tx:
        tx.put("notes", "a", None)
    assert store.read("notes", "a") is None


@pytest.mark.parametrize("stores", [1, 3], ids=["one-store-shared", "a-store-per-thread"])
def test_threads_adding_to_one_counter_lose_no_update(store_place, stores):
    opened = [store_place.open() for _ in range(stores)]
    with opened[0].transaction() as tx:
        tx.put("count", "n", {"n": 0})
    errors: list[BaseException] = []

    def add(store, times: int) -> None:
        try:
            for _ in range(times):
                with store.transaction() as tx:
                    tx.put("count", "n", {"n": tx.get("count", "n")["n"] + 1})
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=add, args=(opened[i % stores], 40)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert opened[0].read("count", "n") == {"n": 160}


def test_a_read_does_not_wait_for_a_writer_and_sees_only_what_was_committed(store_place):
    writer_store, reader_store = store_place.open(), store_place.open()
    with writer_store.transaction() as tx:
        tx.put("live", "m", {"item": "1"})
    inside, release = threading.Event(), threading.Event()

    def writer() -> None:
        with writer_store.transaction() as tx:
            tx.put("live", "m", {"item": "2"})
            inside.set()
            release.wait(30)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert inside.wait(30)
        seen: list[object] = []
        reader = threading.Thread(target=lambda: seen.append(reader_store.read("live", "m")))
        reader.start()
        reader.join(10)
        assert seen == [{"item": "1"}], "the read waited for the writer, or saw its uncommitted change"
    finally:
        release.set()
        thread.join()
    assert reader_store.read("live", "m") == {"item": "2"}


def test_the_stamp_changes_at_once_for_own_commits_and_soon_for_another_stores(store_place):
    mine, other = store_place.open(), store_place.open()
    before = mine.stamp()
    with mine.transaction() as tx:
        tx.put("live", "m", {"item": "1"})
    assert mine.stamp() != before
    seen = mine.stamp()
    with other.transaction() as tx:
        tx.put("live", "m", {"item": "2"})
    deadline = time.monotonic() + 5
    while mine.stamp() == seen:
        assert time.monotonic() < deadline, "another store's commit never changed the stamp"
        time.sleep(0.005)
    assert mine.read("live", "m") == {"item": "2"}


@pytest.mark.parametrize("text", ["{not json", "null", "", "[" * 100_000, "{\"a\": 1"],
                         ids=["not-json", "null", "empty", "nested-too-deep", "cut-short"])
def test_a_stored_text_that_is_not_a_document_is_told_as_damage(store_place, text):
    store_place.plant("notes", "a", text)
    store = store_place.open()
    with pytest.raises(DamagedDocument, match="notes/a"):
        store.read("notes", "a")
    with pytest.raises(DamagedDocument, match="notes/a"), store.transaction() as tx:
        tx.get("notes", "a")
    store_place.close()  # the damaged text is still there, untouched:
    reopened = store_place.open()
    with pytest.raises(DamagedDocument):
        reopened.read("notes", "a")
