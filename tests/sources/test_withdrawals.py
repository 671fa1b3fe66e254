"""Withdrawn documents in the registry: not collected again, whatever the sources still offer, until restored."""

from __future__ import annotations

from pipelines.sources.state import FetchState

URL = "https://news.example.org/retracted"


def test_a_withdrawn_document_is_not_collected_again_until_restored(tmp_path):
    with FetchState(tmp_path / "state.sqlite") as state:
        doc_id = state.observe(URL, "v1").doc_id
        state.mark_processed(doc_id, "v1")
        assert state.withdraw([doc_id, "no-such-doc"], "retracted by the publisher") == ["no-such-doc"]
        assert [(w.doc_id, w.reason, w.applied_at) for w in state.withdrawals()] == [
            (doc_id, "retracted by the publisher", None)
        ]
        seen = state.observe(URL, "v1")
        assert seen.status == "withdrawn" and not seen.needs_processing
        newer = state.observe(URL, "v2")  # the publisher put a new version up: recorded, not processed
        assert newer.status == "withdrawn" and not newer.needs_processing and state.versions(doc_id) == ["v1", "v2"]
        assert state.pending_documents() == []  # a run's leftovers do not bring it back either
        state.mark_withdrawals_applied([doc_id], "batch-1")
        assert state.withdrawals(pending_only=True) == [] and state.withdrawals()[0].batch == "batch-1"
        assert state.withdraw([doc_id], "again") == [] and state.withdrawals()[0].reason == "retracted by the publisher"
        assert state.restore([doc_id, "no-such-doc"]) == [doc_id]
        assert [e.doc_id for e in state.pending_documents()] == [doc_id]  # processed again, at its newest version
        assert state.pending_documents()[0].version == "v2" and state.withdrawn_ids() == set()
        assert state.observe(URL, "v2").needs_processing
