"""Several processes opening a new database at the same moment: each opens it, none is told it is locked."""

from __future__ import annotations

import threading

from bot.sqlite_store import SqliteStore


def test_three_openers_of_a_new_file_at_once_all_succeed(tmp_path):
    for attempt in range(40):
        path = tmp_path / f"new-{attempt}.db"
        start = threading.Barrier(3)
        errors: list[BaseException] = []

        def open_and_write(name: str) -> None:
            try:
                start.wait(timeout=10)
                store = SqliteStore(path)
                with store.transaction() as tx:
                    tx.put("test", name, {"ok": True})
                store.close()
            except BaseException as error:  # noqa: BLE001 - reported below
                errors.append(error)

        threads = [threading.Thread(target=open_and_write, args=(f"opener-{n}",)) for n in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert errors == [], errors
        check = SqliteStore(path)
        with check.transaction() as tx:
            assert tx.keys("test") == ["opener-0", "opener-1", "opener-2"]
        check.close()
