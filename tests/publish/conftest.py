from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

FIXTURE_TRIG = Path(__file__).resolve().parent / "data" / "fixture.trig"


def load_fixture(store: ox.Store) -> ox.Store:
    store.bulk_load(path=str(FIXTURE_TRIG))
    store.flush()
    return store


@pytest.fixture()
def live_store_path(tmp_path: Path) -> Path:
    """An on-disk store holding the fixture graph, closed again (as the graph stage leaves it)."""
    path = tmp_path / "store"
    store = load_fixture(ox.Store(str(path)))
    del store
    return path


@pytest.fixture()
def fixture_store() -> ox.Store:
    return load_fixture(ox.Store())
