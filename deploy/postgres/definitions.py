"""The policygraph code location with the entity catalogue in PostgreSQL: the same assets, checks, jobs, schedule
and sensors as `pipelines.definitions`, the home resource given the catalogue's database too.

Both settings come from the environment when a run starts, never when this module is imported: POLICYGRAPH_HOME
and POLICYGRAPH_CATALOGUE_URL (`postgresql://host:port/dbname`; the password in PGPASSWORD or PGPASSFILE, read by
libpq, never in the URL). Needs `pip install 'policygraph[postgres]'` (psycopg). Runs of several batches then share
one catalogue across hosts; see docs/scale-out.md, "The entity catalogue".

    dagster code-server start -f deploy/postgres/definitions.py      # or: dg dev -f deploy/postgres/definitions.py
"""

import dagster as dg

from pipelines.definitions import definitions
from pipelines.defs.resources import HomeResource

defs = definitions(
    home=HomeResource(path=dg.EnvVar("POLICYGRAPH_HOME"), catalogue_url=dg.EnvVar("POLICYGRAPH_CATALOGUE_URL"))
)
