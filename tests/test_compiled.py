"""The hot modules compiled with mypyc (setup.py, what `pip install .` gives) behave exactly as the plain Python
sources the rest of the suite tests: same documents, claims, framing spans, scores and dated facts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# Everything the extraction stages produce for each document read from the folders given, as JSON.
DUMP = r"""
import dataclasses, json, sys
sys.path.insert(0, sys.argv[1])
from claimledger import api
from claimledger.claims import extract
from claimledger.documents import body
from claimledger.documents.model import Document
from claimledger.documents.read import read_paths
from claimledger.framing import tagger
from claimledger.settings import Settings

def plain(value):
    return dataclasses.asdict(value) if dataclasses.is_dataclass(value) else value

out = {"modules": [m.__file__ for m in (body, extract, tagger)], "documents": []}
for item in read_paths(sys.argv[2:], Settings(progress=False)):
    if isinstance(item, Document):
        ex = api.extract(item)
        out["documents"].append({"document": plain(item), "claims": [c.to_json() for c in ex.claims],
                                 "spans": [plain(s) for s in ex.spans], "dated": [plain(d) for d in ex.dated],
                                 "framing": plain(ex.framing)})
print(json.dumps(out, sort_keys=True))
"""


def _can_compile() -> str | None:
    """Why the mypyc modules cannot be built on this machine, or None."""
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return "mypy (mypyc) is not installed"
    if shutil.which(os.environ.get("CC", "gcc")) is None:
        return "no C compiler"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "no Python headers (Debian: python3-dev)"
    return None


@pytest.fixture(scope="module")
def compiled_src(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the sources with the mypyc modules built in place, as setup.py builds them for a wheel."""
    reason = _can_compile()
    if reason is not None:
        pytest.skip(f"cannot compile here: {reason}")
    tree = tmp_path_factory.mktemp("compiled")
    shutil.copytree(REPO / "src", tree / "src", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(REPO / name, tree / name)
    env = {k: v for k, v in os.environ.items() if k != "CLAIMLEDGER_PURE"}
    build = subprocess.run([sys.executable, "setup.py", "-q", "build_ext", "--inplace"], cwd=tree, env=env,
                           capture_output=True, text=True, timeout=1200)
    assert build.returncode == 0, (build.stdout + build.stderr)[-3000:]  # mypy's type errors are on stdout
    assert "failed" not in build.stderr, build.stderr[-3000:]  # the fallback to plain Python must not hide a failure
    return tree / "src"


def _dump(src: Path, *folders: Path) -> dict:
    run = subprocess.run([sys.executable, "-c", DUMP, str(src), *map(str, folders)], cwd=src.parent,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout)


def test_compiled_modules_give_the_plain_sources_results(compiled_src: Path, seed_corpus: Path) -> None:
    folders = (seed_corpus, REPO / "examples" / "flood-marrowby")
    compiled, plain = _dump(compiled_src, *folders), _dump(REPO / "src", *folders)
    assert all(path.endswith(".so") and path.startswith(str(compiled_src)) for path in compiled["modules"])
    assert all(path.endswith(".py") for path in plain["modules"])
    assert len(plain["documents"]) == 12 and sum(len(d["claims"]) for d in plain["documents"]) > 100
    assert compiled["documents"] == plain["documents"]
