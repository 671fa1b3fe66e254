#!/usr/bin/env bash
# A remote triple store for trying the remote path on one machine: an Oxigraph server (PyPI package `oxigraph`,
# already a dependency) in read-write mode on its own data folder. In production run it (or Fuseki/GraphDB) on
# its own host; only the URLs in run_config.remote.yaml change.
#   deploy/triplestore/oxigraph-server.sh /srv/policygraph/remote-store 7879
#   export POLICYGRAPH_REMOTE_QUERY_URL=http://127.0.0.1:7879/query \
#          POLICYGRAPH_REMOTE_UPDATE_URL=http://127.0.0.1:7879/update \
#          POLICYGRAPH_REMOTE_GSP_URL=http://127.0.0.1:7879/store
set -euo pipefail
DATA=${1:-var/remote-store}
PORT=${2:-7879}
mkdir -p "$DATA"
exec "${OXIGRAPH:-.venv/bin/oxigraph}" serve --location "$DATA" --bind "127.0.0.1:$PORT" --union-default-graph
