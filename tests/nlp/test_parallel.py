"""The extraction stage's process parallelism: shards in forked workers, and the same output on 1 or 2 processes."""

from __future__ import annotations

import dataclasses
import os

import pytest

from pipelines.nlp.parallel import WorkerFailed, map_shards, shards


def test_shards_deal_every_item_once_into_at_most_n_non_empty_shards():
    items = list(range(11))
    for n in (1, 2, 3, 11, 20):
        parts = shards(items, n)
        assert len(parts) == min(n, len(items)) and all(parts)
        assert sorted(x for p in parts for x in p) == items
        assert max(map(len, parts)) - min(map(len, parts)) <= 1
    assert shards([], 2) == [[]]


def test_map_shards_runs_each_shard_in_another_process_and_keeps_shard_order():
    parent = os.getpid()
    results = map_shards(lambda part: (os.getpid(), part), list(range(7)), 3)  # a closure: no pickling needed
    assert [part for _, part in results] == [[0, 3, 6], [1, 4], [2, 5]]
    pids = {pid for pid, _ in results}
    assert parent not in pids and len(pids) == 3


def test_one_process_or_one_item_runs_here():
    assert map_shards(lambda part: (os.getpid(), part), [1, 2], 1) == [(os.getpid(), [1, 2])]
    assert map_shards(lambda part: (os.getpid(), part), [1], 4) == [(os.getpid(), [1])]


def test_a_failing_worker_fails_the_call_with_its_traceback():
    def fn(part):
        if 3 in part:
            raise ValueError("bad document 3")
        return part

    with pytest.raises(WorkerFailed, match="bad document 3"):
        map_shards(fn, [1, 2, 3, 4], 2)


def test_a_worker_that_dies_fails_the_call():
    def fn(part):
        if 2 in part:
            os._exit(9)  # as if killed
        return part

    with pytest.raises(WorkerFailed, match="died"):
        map_shards(fn, [1, 2, 3, 4], 2)


@pytest.mark.slow
def test_extraction_stage_writes_the_same_files_on_one_or_two_processes(tmp_path):
    from pipelines import stages
    from pipelines.home import Home, new_batch_key
    from pipelines.nlp.extract import Extractor
    from pipelines.nlp.settings import NlpSettings
    from pipelines.paths import DEFAULT_SOURCES
    from pipelines.sources.config import load_sources
    from pipelines.sources.state import FetchState

    home = Home.at(tmp_path / "home")
    home.root.mkdir(parents=True)
    batch = new_batch_key("test")
    with FetchState(home.state_db) as state:
        stages.collect_raw_documents(home, batch, load_sources(DEFAULT_SOURCES), None, state)
        stages.parse_documents(home, batch, state)
    one = Extractor(NlpSettings(n_process=1))
    outputs, reports = [], []
    for ex in (one, Extractor(NlpSettings(n_process=2), nlp=one.nlp)):
        reports.append(stages.extract_mentions(home, batch, lambda ex=ex: ex))
        outputs.append({p.name: p.read_bytes() for p in sorted(home.extractions.glob("*.json"))})
    assert len(outputs[0]) == len(stages.batch_documents(home, batch)) >= 10
    assert outputs[0] == outputs[1]
    same = [dataclasses.replace(r, seconds=0.0) for r in reports]  # all but the time taken
    assert same[0] == same[1] and reports[0].reported_cables >= 1
    assert not list(home.extractions.glob(".*.tmp"))


@pytest.mark.slow
@pytest.mark.parametrize("n_process", [1, 2])
def test_a_document_the_pipeline_fails_on_is_quarantined_and_the_batch_goes_on(tmp_path, n_process):
    from spacy.language import Language

    from pipelines import stages
    from pipelines.home import Home, new_batch_key
    from pipelines.nlp.extract import Extractor
    from pipelines.nlp.settings import NlpSettings
    from pipelines.paths import DEFAULT_SOURCES
    from pipelines.sources.archive import Archive
    from pipelines.sources.config import load_sources
    from pipelines.sources.state import FetchState

    if "test_fails_on_roskomnadzor" not in Language.factories:

        @Language.component("test_fails_on_roskomnadzor")
        def fails(doc):  # a component bug that only one document's text triggers
            if "Roskomnadzor" in doc.text:
                raise RuntimeError("component bug triggered")
            return doc

    home = Home.at(tmp_path / "home")
    home.root.mkdir(parents=True)
    batch = new_batch_key("test")
    with FetchState(home.state_db) as state:
        stages.collect_raw_documents(home, batch, load_sources(DEFAULT_SOURCES), None, state)
        stages.parse_documents(home, batch, state)
    before = stages.batch_documents(home, batch)
    extractor = Extractor(NlpSettings(n_process=n_process))
    extractor.nlp.add_pipe("test_fails_on_roskomnadzor", before="pg_entities")
    report = stages.extract_mentions(home, batch, lambda: extractor)

    failed = {q["doc_id"] for q in report.quarantined}
    assert failed and all(
        "test_fails_on_roskomnadzor: RuntimeError: component bug triggered" in q["reason"] for q in report.quarantined
    )
    assert report.documents == len(before) - len(failed) >= 10
    assert set(stages.batch_documents(home, batch)) == set(before) - failed  # later stages skip them
    records = [r for r in Archive(home.archive).quarantined() if r["stage"] == "extract"]
    assert {r["doc_id"] for r in records} == failed and all(r["sha256"] for r in records)
    assert not any((home.extractions / f"{d}.json").exists() for d in failed)
