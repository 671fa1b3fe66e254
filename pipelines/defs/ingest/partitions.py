"""Batches as Dagster partitions.

Every schedule tick, drop-folder sensor request or `policygraph run` collects its sources into a new batch: a
dynamic partition named by its UTC time and origin (`20261129T060000Z-feeds`). The assets from `raw_documents` to
`knowledge_graph` are partitioned by batch; publication (snapshot, dumps) is whole-store and unpartitioned.
Re-running a partition processes the same document versions again from the archive and replaces exactly their
named graphs (a version a later batch replaced is skipped); a backfill from the UI re-runs any set of batches.
"""

import dagster as dg

batches = dg.DynamicPartitionsDefinition(name="batches")


def add_batch(instance: dg.DagsterInstance, key: str) -> str:
    """Register `key` as a partition (no-op when it exists) and return it."""
    if not instance.has_dynamic_partition(batches.name, key):
        instance.add_dynamic_partitions(batches.name, [key])
    return key
