"""Helpers the test packages share: a local HTTP server with scripted replies (`httpserver`), running the
pipeline on a corpus and reading its store (`runs`). Fixtures stay in the conftest files."""
