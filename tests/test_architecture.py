"""The data flows one way: documents -> claims/framing -> ledger -> outputs; adapters sit at the edges."""

from __future__ import annotations

import ast
import types
from pathlib import Path

import pytest

import claimledger

SRC = Path(claimledger.__file__).parent
BASE = {"settings", "errors", "vocabulary"}
# What each stage may import from inside the package (besides itself).
ALLOWED: dict[str, set[str]] = {
    "documents": BASE,
    "claims": BASE | {"documents"},
    "framing": BASE | {"documents"},
    "ledger": BASE | {"documents", "claims", "framing"},
    "outputs": BASE | {"documents", "claims", "framing", "ledger"},
    "store": BASE | {"documents", "claims", "framing"},
}


def _internal_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            parts = name.split(".")
            if parts[0] == "claimledger" and len(parts) > 1:
                found.add(parts[1])
    return found


@pytest.mark.parametrize("stage", sorted(ALLOWED))
def test_architecture_imports_point_upstream_only(stage: str) -> None:
    bad = {}
    for path in (SRC / stage).rglob("*.py"):
        wrong = _internal_imports(path) - ALLOWED[stage] - {stage}
        if wrong:
            bad[str(path.relative_to(SRC))] = sorted(wrong)
    assert bad == {}


def test_architecture_no_module_past_500_lines() -> None:
    long = {str(p.relative_to(SRC)): n for p in SRC.rglob("*.py") if (n := len(p.read_text().splitlines())) > 500}
    assert long == {}


def test_architecture_public_api_is_all_exported() -> None:
    # Subpackages become attributes once imported anywhere; the public API is what is not a module.
    public = {name for name, value in vars(claimledger).items()
              if not name.startswith("_") and name != "annotations" and not isinstance(value, types.ModuleType)}
    assert public | {"__version__"} == set(claimledger.__all__)
