"""Every module of transforms/ imports on its own, whichever is imported first (a cycle between two modules that import
names from each other breaks only the one a process happens to import first)."""

import pkgutil
import subprocess
import sys

import transforms
from tests.conftest import REPO

SCRIPT = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "transforms" or m.startswith("transforms.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as error:
        failed.append(f"{name}: {error}")
print("\\n".join(failed))
"""


def test_each_transforms_module_imports_first():
    names = sorted(m.name for m in pkgutil.walk_packages(transforms.__path__, "transforms."))
    result = subprocess.run([sys.executable, "-c", SCRIPT, *names], cwd=REPO, capture_output=True, text=True, check=True)
    assert len(names) > 20 and result.stdout.strip() == ""
