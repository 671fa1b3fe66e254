"""A real browser (headless Chromium, Debian package `chromium`) loads the query UI and an entity page."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile

import pytest

from pipelines.serve import ServerHandle

pytestmark = pytest.mark.network

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def dump_dom(url: str) -> str:
    """The DOM after scripts ran (5 s of virtual time), from a throw-away profile; the browser is always stopped."""
    with tempfile.TemporaryDirectory() as profile:
        command = [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--virtual-time-budget=5000",
            "--dump-dom",
            url,
        ]
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True
        )
        try:
            out, _ = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        return out


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_browser_renders_query_ui_and_entity_page(server: ServerHandle):
    ui = dump_dom(server.url + "/")
    # The served HTML holds only an empty <div id="yasgui">: these come from YASGUI's script having run.
    assert 'class="yasgui"' in ui and "tabPanel" in ui

    page = dump_dom(server.url + "/id/state/CN")
    assert "<h1>China</h1>" in page
    assert "Cybersecurity Law" in page
    assert "requires network operators to store personal data" in page
    assert "<svg" in page
