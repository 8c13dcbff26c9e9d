"""Build: the per-sentence rule modules of documents -> claims and framing compiled to C with mypyc.

Everything else (and everything, when compiling is off or fails) installs as plain Python with the same
behaviour: tests/test_compiled.py checks the compiled modules give byte-identical results.

- `pip install .` compiles (about a minute; needs gcc and the Python headers), then ingest runs ~1.3x faster.
- `pip install -e .` (a development install) does not: edits to the sources take effect at once.
- CLAIMLEDGER_PURE=1 turns compiling off; a failed compile falls back to plain Python with a warning.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The hot path: modules that run per line, sentence or number. Model and lexicon modules stay Python
# (their dataclasses are built and read everywhere), as does everything after extraction.
# Their module-level constants are declared Final: mypyc then reads them from C statics, not the module's dict.
COMPILED = [
    "documents/body.py", "documents/dates.py", "documents/finish.py", "documents/language.py",
    "documents/layout.py", "documents/outlets.py", "documents/sentences.py",
    "claims/attribution.py", "claims/caseblind.py", "claims/dated.py", "claims/events.py", "claims/extract.py",
    "claims/measures.py", "claims/nonclaims.py", "claims/nouns.py", "claims/numbers.py", "claims/places.py",
    "claims/structure.py", "claims/subgroups.py",
    "framing/cues.py", "framing/groups.py", "framing/repetition.py", "framing/score.py", "framing/words.py",
    "framing/shapes.py", "framing/tagger.py",
]


class OptionalBuildExt(build_ext):
    """Build every compiled module or none: a machine without a C compiler or Python headers gets the
    plain Python package (slower, same results) instead of a failed install."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # noqa: BLE001 - any compiler failure means: install plain Python
            for ext in self.extensions:
                built = Path(self.get_ext_fullpath(ext.name))
                if built.exists():
                    built.unlink()
            print(f"claimledger: compiling with mypyc failed ({exc}); installing plain Python "
                  "(same results, slower)", file=sys.stderr)


# setup.py commands that build the package itself: pip's metadata steps (egg_info, dist_info) and development
# installs (editable_wheel) never compile.
BUILDING = {"bdist_wheel", "build", "build_ext", "install"}


def _compiled_modules() -> list:
    if os.environ.get("CLAIMLEDGER_PURE") or not BUILDING & set(sys.argv):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("claimledger: mypyc is not installed; installing plain Python", file=sys.stderr)
        return []
    try:
        return mypycify([f"src/claimledger/{path}" for path in COMPILED], opt_level="3", group_name="claimledger")
    except (Exception, SystemExit) as exc:  # noqa: BLE001 - mypyc exits on a type error: install plain Python
        print(f"claimledger: mypyc could not compile ({exc!r}); installing plain Python (same results, slower)",
              file=sys.stderr)
        return []


setup(ext_modules=_compiled_modules(), cmdclass={"build_ext": OptionalBuildExt})
