from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from pipelines.home import Home
from pipelines.kg.publish import publish_snapshot
from pipelines.serve import ServerHandle

FIXTURE_TRIG = Path(__file__).resolve().parent.parent / "publish" / "data" / "fixture.trig"


@pytest.fixture()
def home(tmp_path: Path) -> Path:
    """A run home whose live store holds the fixture graph, published as snapshot `run-1`."""
    store = ox.Store(str(tmp_path / "store"))
    store.bulk_load(path=str(FIXTURE_TRIG))
    store.flush()
    del store
    publish_snapshot(tmp_path / "store", Home.at(tmp_path).published, "run-1")
    return tmp_path


@pytest.fixture()
def server(home: Path) -> Iterator[ServerHandle]:
    """The endpoint on a free port; the context manager stops the Oxigraph process group even when a test fails."""
    with ServerHandle(home, port=0, timeout_s=3, max_rows=20, poll_s=0.1) as handle:
        yield handle
