"""The package as installers see it: its metadata (an SPDX licence with its text, no untested Python cap, every
dependency the code imports declared: an older pip skips extras such as lxml[html_clean]), and a wheel that carries
the data files a run needs."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

from pipelines.kg.query import list_queries
from pipelines.paths import PROJECT_ROOT


def test_licence_python_range_and_dependencies_are_declared():
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "Apache-2.0" and project["license-files"] == ["LICENSE"]
    assert "Apache License" in (PROJECT_ROOT / "LICENSE").read_text(encoding="utf-8")
    assert project["requires-python"] == ">=3.11"  # 3.13 gave the same graph when tried; no cap without a reason
    names = {d.split(">")[0].split("=")[0].split("<")[0].strip().lower() for d in project["dependencies"]}
    assert "lxml_html_clean" in names  # trafilatura imports lxml.html.clean


#: What a wheel is built from: the package (with its links to the data folders) and the data folders.
WHEEL_SOURCES = ("pyproject.toml", "README.md", "LICENSE", "pipelines", "ontology", "queries", "data", "deploy")
#: Counts the entities of the reference tables in the graph.
REFERENCE_ENTITIES = (
    "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH <https://w3id.org/policygraph/graph/reference> { ?s a ?t } }"
)


def _run(*args, cwd: Path, env: dict | None = None) -> str:
    proc = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    return proc.stdout


def _graph_summary(run_output: str, home: Path) -> list[str]:
    """The run's closing summary (what the graph holds), without the timing, the home's path and the program's."""
    lines = run_output.split("The graph now holds:")[1].split("Query it:")[0].strip().splitlines()
    return [re.sub(r"`\S*policygraph ", "`policygraph ", line.replace(str(home), "HOME")) for line in lines]


def _reference_entities(policygraph: list, home: Path, rq: Path, cwd: Path, env: dict | None = None) -> int:
    out = _run(*policygraph, "query", rq, "--home", home, "--format", "json", cwd=cwd, env=env)
    return int(json.loads(out)["results"]["bindings"][0]["n"]["value"])


@pytest.mark.slow
def test_a_wheel_installed_outside_the_checkout_runs_the_samples_as_the_checkout_does(tmp_path):
    """Build the wheel (no network: --no-build-isolation, with this venv's setuptools) from a copy of the files it
    is made of, install it with --no-deps into a fresh venv in tmp_path, run the bundled samples with it from a folder
    outside the checkout, and compare with a run of the checkout itself.

    The fresh venv takes the dependencies (Dagster, spaCy and its model, Oxigraph...) from the running interpreter: a
    .pth file in its site-packages names this interpreter's site-packages folders, which Python then appends to
    sys.path after the venv's own, so `import pipelines` finds the wheel's copy first (.pth files inside appended
    folders, such as an editable install's finder, are not run). The .pth file is written after the wheel is
    installed, so that pip does not see the checkout's own installation there; PYTHONPATH is cleared for the same
    reason (a checkout on it shows pip the checkout's policygraph.egg-info, if a build left one).
    """
    pytest.importorskip("setuptools", minversion="77")  # the version that reads pyproject's SPDX licence
    src, dist, venv_dir, elsewhere = (tmp_path / name for name in ("src", "dist", "venv", "elsewhere"))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "POLICYGRAPH_HOME", "POLICYGRAPH_SOURCES")}
    src.mkdir()
    for name in WHEEL_SOURCES:
        if (PROJECT_ROOT / name).is_dir():  # not data/open/ (optional, read by scripts/ only)
            shutil.copytree(PROJECT_ROOT / name, src / name, symlinks=True, ignore=shutil.ignore_patterns("open"))
        else:
            shutil.copy2(PROJECT_ROOT / name, src / name)
    pip = [sys.executable, "-m", "pip"]
    _run(*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", dist, src, cwd=tmp_path, env=env)
    [wheel] = dist.glob("policygraph-*.whl")
    venv.create(venv_dir, with_pip=False)
    python = venv_dir / "bin" / "python"
    _run(*pip, "--python", python, "install", "--no-deps", "--no-index", wheel, cwd=tmp_path, env=env)
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path).strip())
    site = site.resolve()
    site_dirs = [p for p in sys.path if Path(p).name in ("site-packages", "dist-packages")]
    (site / "running-interpreter.pth").write_text("\n".join(site_dirs) + "\n", encoding="utf-8")
    elsewhere.mkdir()
    rq = tmp_path / "reference-entities.rq"
    rq.write_text(REFERENCE_ENTITIES + "\n", encoding="utf-8")

    installed = [venv_dir / "bin" / "policygraph"]
    wheel_home = tmp_path / "home-wheel"
    wheel_run = _run(*installed, "run", "--home", wheel_home, cwd=elsewhere, env=env)
    assert f"sources {site / 'pipelines' / 'data' / 'sources.yaml'}" in wheel_run  # the wheel's own samples

    checkout = [sys.executable, "-m", "pipelines.cli"]
    checkout_env = {**env, "PYTHONPATH": str(PROJECT_ROOT)}
    checkout_home = tmp_path / "home-checkout"
    checkout_run = _run(*checkout, "run", "--home", checkout_home, cwd=PROJECT_ROOT, env=checkout_env)

    assert _graph_summary(wheel_run, wheel_home) == _graph_summary(checkout_run, checkout_home)
    in_wheel = _reference_entities(installed, wheel_home, rq, elsewhere, env)
    assert in_wheel > 0 and in_wheel == _reference_entities(checkout, checkout_home, rq, PROJECT_ROOT, checkout_env)
    listed = _run(*installed, "query", "--list", cwd=elsewhere, env=env).split()
    assert {q.name for q in list_queries()} <= set(listed)
