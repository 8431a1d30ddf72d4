import os
import subprocess
import sys

from flows.memory import FREEING_ALLOCATORS, INCREMENTAL_DECAY, use_freeing_allocators


def test_the_cli_sets_the_freeing_allocators_before_polars_and_arrow_load():
    # the allocators read their settings when they load: the CLI module must not load them before `warta run` sets them
    code = ("import os, sys, warta.cli; loaded = {'polars', 'pyarrow'} & set(sys.modules); assert not loaded, loaded; "
            "warta.cli.use_freeing_allocators(); print(os.environ['_RJEM_MALLOC_CONF'], os.environ['ARROW_DEFAULT_MEMORY_POOL'])")
    environment = {name: value for name, value in os.environ.items() if name not in FREEING_ALLOCATORS}
    shown = subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True)
    assert shown.stdout.split() == list(FREEING_ALLOCATORS.values())


def test_a_process_that_loaded_polars_keeps_its_environment(monkeypatch):
    for name in FREEING_ALLOCATORS:
        monkeypatch.delenv(name, raising=False)
    use_freeing_allocators()  # this test process loaded Polars: its allocator is set already
    assert not set(FREEING_ALLOCATORS) & set(os.environ)


def test_a_run_over_a_published_collection_returns_freed_pages_after_a_pause():
    code = "import os, flows.memory as m; m.use_freeing_allocators(incremental=True); print(os.environ['_RJEM_MALLOC_CONF'])"
    environment = {name: value for name, value in os.environ.items() if name not in FREEING_ALLOCATORS}
    shown = subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True)
    assert shown.stdout.split() == list(INCREMENTAL_DECAY.values()) != [FREEING_ALLOCATORS["_RJEM_MALLOC_CONF"]]
