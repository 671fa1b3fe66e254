"""The package's metadata as installers read it: an SPDX licence with its text, no untested Python cap, and every
dependency the code imports declared (an older pip skips extras such as lxml[html_clean])."""

from __future__ import annotations

import tomllib

from pipelines.paths import PROJECT_ROOT


def test_licence_python_range_and_dependencies_are_declared():
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "Apache-2.0" and project["license-files"] == ["LICENSE"]
    assert "Apache License" in (PROJECT_ROOT / "LICENSE").read_text(encoding="utf-8")
    assert project["requires-python"] == ">=3.11"  # 3.13 gave the same graph when tried; no cap without a reason
    names = {d.split(">")[0].split("=")[0].split("<")[0].strip().lower() for d in project["dependencies"]}
    assert "lxml_html_clean" in names  # trafilatura imports lxml.html.clean
