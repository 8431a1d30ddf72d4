"""The whole `warta run` on the scale corpus: from scratch, after one changed file, with nothing changed.

    .venv/bin/python scripts/bench_flow.py [--copies K] [--workers N] [--dask-address ADDR] [--keep DIR]

Writes the corpus out as .txt files (scripts/corpus_files.py) into a scratch folder, then times
`warta run` in a subprocess with a fresh output and state folder: wall time (start-up included),
CPU time (user and system of the run and the processes it waited for, its Dask workers among them: on a machine
shared with other work, CPU is what compares between runs, wall time waits on the others), stage time (the stage
lines the run prints), articles per second of stage time, and peak memory:
the largest sum, sampled every 50 ms, of the resident memory of the run and all its child processes
(the Dask workers and the temporary Prefect server among them: a server kept warm from an earlier run is
no child of the later runs, and each line says whether the run found one).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_files import write_files  # noqa: E402

from flows import warm  # noqa: E402

STAGE_LINE = re.compile(r"^  (\S+)\s.*?(\d+\.\d\d) s$")
WARTA = Path(sys.executable).with_name("warta")


def peak_tree_rss(process: psutil.Process, done: threading.Event, peak: list[int]) -> None:
    while not done.is_set():
        try:
            members = [process, *process.children(recursive=True)]
            total = 0
            for member in members:
                try:
                    total += member.memory_info().rss
                except psutil.Error:
                    pass
            peak[0] = max(peak[0], total)
        except psutil.Error:
            return
        time.sleep(0.05)


def timed_run(inputs: Path, output: Path, state: Path, extra: list[str]) -> dict:
    server_warm = warm.keeper_alive(warm.read_record(state / warm.FOLDER))  # kept from an earlier run (flows/warm.py)
    started, children_before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen([str(WARTA), "run", "--input", str(inputs), "--output", str(output),
                                "--state-dir", str(state), *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done, peak = threading.Event(), [0]
    sampler = threading.Thread(target=peak_tree_rss, args=(psutil.Process(process.pid), done, peak))
    sampler.start()
    out, err = process.communicate()
    wall = time.perf_counter() - started
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (children.ru_utime - children_before.ru_utime) + (children.ru_stime - children_before.ru_stime)
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"warta run failed ({process.returncode}):\n{out}\n{err}")
    stages = {m[1]: float(m[2]) for line in out.splitlines() if (m := STAGE_LINE.match(line))}
    return {"wall": wall, "cpu": cpu, "stages": stages, "peak_rss": peak[0], "output": out, "server_warm": server_warm}


def report(name: str, run: dict, articles: int | None = None) -> None:
    """One line per run; articles per second of stage time only for runs that extract everything."""
    stage_time = sum(run["stages"].values())
    rate = f"{articles / stage_time:7.0f} articles/s" if articles else " " * 18
    server = "server warm" if run["server_warm"] else "no server kept"
    print(f"{name:<22} wall {run['wall']:6.1f} s   CPU {run['cpu']:6.1f} s   stages {stage_time:6.1f} s {rate}   peak RSS {run['peak_rss'] / 2**30:5.2f} GB"
          f"   ({server})")
    print("    " + ", ".join(f"{stage} {seconds:.1f}" for stage, seconds in run["stages"].items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=1, help="repeat the corpus K times with new ids")
    parser.add_argument("--workers", help="passed to warta run")
    parser.add_argument("--dask-address", help="passed to warta run")
    parser.add_argument("--keep", type=Path, help="scratch folder to use and keep (default: a temporary one)")
    args = parser.parse_args()
    extra = [*(["--workers", args.workers] if args.workers else []), *(["--dask-address", args.dask_address] if args.dask_address else [])]
    with tempfile.TemporaryDirectory(prefix="warta-bench-") as scratch:
        folder = args.keep or Path(scratch)
        inputs, output, state = folder / "corpus", folder / "output", folder / "state"
        # Prefect's database is kept across runs, as a deployed warta keeps it: its first creation is not a run's cost.
        os.environ.setdefault("PREFECT_HOME", str(folder / "prefect"))
        articles = write_files(inputs, copies=args.copies)
        load = os.getloadavg()
        print(f"{articles} articles, {os.cpu_count()} cores, load average {load[0]:.2f} at the start")
        report("from scratch", timed_run(inputs, output, state, extra), articles)
        changed = sorted(inputs.glob("*.txt"))[0]
        changed.write_text(changed.read_text(encoding="utf-8") + "Tambahan paragraf.\n", encoding="utf-8")
        report("one changed file", timed_run(inputs, output, state, extra))
        report("nothing changed", timed_run(inputs, output, state, extra))
        print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
