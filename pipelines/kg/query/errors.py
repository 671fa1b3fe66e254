"""The errors of the query library (their messages are safe to show to users)."""


class QueryError(Exception):
    """A library query could not be loaded or run (its message is safe to show to users)."""


class ParameterError(QueryError, ValueError):
    """A parameter value is missing, unknown or not a valid value of its declared type."""
