"""Batches as Dagster partitions.

Every schedule tick, drop-folder sensor request or `policygraph run` collects its sources into a new batch: a
dynamic partition named by its UTC time and origin (`20261129T060000Z-feeds`). The assets from `raw_documents` to
`knowledge_graph` are partitioned by batch; publication (snapshot, dumps) is whole-store and unpartitioned.
Re-running a partition processes the same document versions again from the archive and replaces exactly their
named graphs (a version a later batch replaced is skipped); a backfill from the UI re-runs any set of batches.

A batch added by hand (the UI's "Add partition") must be named the same way, say `20261202T090000Z-manual`: the
key is also a folder name under HOME/work/batches, and sorts batches by time.
"""

import dagster as dg

from pipelines.home import check_batch_key

BATCHES = "batches"
batches = dg.DynamicPartitionsDefinition(name=BATCHES)

#: How a batch key is made, for the messages that name it.
BATCH_KEY_FORMAT = (
    "its UTC time as YYYYMMDDTHHMMSSZ, a '-', then what started it in lower-case letters, digits and '-' "
    "(e.g. 20261202T090000Z-manual)"
)


def add_batch(instance: dg.DagsterInstance, key: str) -> str:
    """Register `key` as a partition (no-op when it exists) and return it."""
    if not instance.has_dynamic_partition(BATCHES, key):
        instance.add_dynamic_partitions(BATCHES, [key])
    return key


def batch_key(context: dg.AssetExecutionContext | dg.AssetCheckExecutionContext) -> str:
    """The batch a run works on: its partition key, refused with the format when it is not a batch key (a
    partition added by hand under another name)."""
    key = context.partition_key
    try:
        return check_batch_key(key)
    except ValueError:
        raise dg.Failure(
            description=f"partition {key!r} is not a batch key: name a batch by {BATCH_KEY_FORMAT}",
            allow_retries=False,
        ) from None
