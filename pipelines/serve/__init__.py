"""The published graph over HTTP: a read-only SPARQL endpoint, its query page and dereferenceable IRIs."""

from pipelines.serve.app import ServeConfig
from pipelines.serve.server import ServerHandle, serve

__all__ = ["ServeConfig", "ServerHandle", "serve"]
