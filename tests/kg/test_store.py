"""The embedded store keeps its quad count as it is written, so that a snapshot of a big store need not count it."""

from __future__ import annotations

import json
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad, Store

from pipelines.kg.store import QUAD_COUNT_FILE, GraphStore

EX = "https://example.org/"


def _quads(graph: str, n: int, start: int = 0) -> list[Quad]:
    g = NamedNode(EX + graph)
    return [Quad(NamedNode(f"{EX}s{i}"), NamedNode(EX + "p"), Literal(str(i)), g) for i in range(start, start + n)]


def _counted(path: Path) -> int:
    store = Store(str(path))
    try:
        return len(store)
    finally:
        del store


def _write_a_little_of_everything(store: GraphStore) -> None:
    a, b = _quads("a", 30), _quads("b", 20)
    store.extend(a + a[:5])  # repeats in one call
    store.add_bulk(b + a[:10])  # quads the store already holds
    store.replace_graph(NamedNode(EX + "a"), _quads("a", 12, start=100))
    store.remove(b[:7] + _quads("nowhere", 3))  # absent quads are no error and count nothing
    store.remove_graph(NamedNode(EX + "missing"))
    store.add_graph(NamedNode(EX + "empty"))


def test_the_kept_count_is_what_oxigraph_counts_after_every_kind_of_write(tmp_path: Path):
    store = GraphStore(tmp_path / "store")
    _write_a_little_of_everything(store)
    assert len(store) == len(store.store) == 12 + 13
    store.close()
    assert _counted(tmp_path / "store") == 25


def test_a_reopened_store_reads_its_count_from_the_last_flush(tmp_path: Path):
    store = GraphStore(tmp_path / "store")
    _write_a_little_of_everything(store)
    store.close()
    saved = json.loads((tmp_path / "store" / QUAD_COUNT_FILE).read_text())
    assert saved == {"quads": 25, "dirty": False}
    (tmp_path / "store" / QUAD_COUNT_FILE).write_text(json.dumps({"quads": 999, "dirty": False}))
    reopened = GraphStore(tmp_path / "store")
    assert len(reopened) == 999  # trusted as written: no pass over the store on open
    reopened.close()


def test_a_write_not_flushed_leaves_a_count_that_is_recounted(tmp_path: Path):
    store = GraphStore(tmp_path / "store")
    store.extend(_quads("a", 40))
    store.flush()
    store.extend(_quads("b", 9))  # a process killed here leaves the file marked dirty
    saved = json.loads((tmp_path / "store" / QUAD_COUNT_FILE).read_text())
    assert saved == {"quads": 40, "dirty": True}
    del store  # no close: nothing else is written
    (tmp_path / "store" / QUAD_COUNT_FILE).write_text(json.dumps({"quads": 40, "dirty": True}))
    reopened = GraphStore(tmp_path / "store")
    assert len(reopened) == 49
    reopened.close()


def test_a_store_without_a_count_file_is_counted_once(tmp_path: Path):
    raw = Store(str(tmp_path / "store"))
    raw.extend(_quads("a", 17))
    raw.flush()
    del raw
    store = GraphStore(tmp_path / "store")
    assert len(store) == 17
    store.close()
    assert json.loads((tmp_path / "store" / QUAD_COUNT_FILE).read_text()) == {"quads": 17, "dirty": False}


def test_a_read_only_store_and_a_memory_store_count_too(tmp_path: Path):
    memory = GraphStore(None)
    _write_a_little_of_everything(memory)
    assert len(memory) == 25
    writer = GraphStore(tmp_path / "store")
    _write_a_little_of_everything(writer)
    writer.close()
    reader = GraphStore(tmp_path / "store", read_only=True)
    assert len(reader) == 25
    reader.close()
