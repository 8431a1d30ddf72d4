"""Where a `warta run` holds its memory: every process's resident memory, sampled, grouped by process and stage.

    .venv/bin/python scripts/memory_by_stage.py INPUT SCRATCH [--samples FILE] [-- extra warta run flags]

Runs `warta run` on INPUT with a fresh output and state folder under SCRATCH (`--server-idle 0`: the run's own
Prefect server, a child of the run), samples the resident memory of the run and every process below it every 0.25 s,
and prints, per stage, the largest resident memory of each kind of process (the run's own, its Dask workers, the
validating process, Prefect's server, the rest) and of all of them together, then the run's wall and CPU time and the
load. A sample belongs to the stage whose line the run prints next (a stage's line comes when it ends). The figure of
record is the largest sum of all processes: memory does not move with the machine's load, time does.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_flow import STAGE_LINE, WARTA  # noqa: E402

SAMPLE_SECONDS = 0.25
KINDS = ("run", "workers", "validating", "server", "other")


def kind_of(process: psutil.Process, run_pid: int) -> str:
    if process.pid == run_pid:
        return "run"
    command = " ".join(process.cmdline())
    if "flows.validation" in command:
        return "validating"
    if "uvicorn" in command:
        return "server"
    if "multiprocessing" in command or "distributed" in command:
        return "workers"
    return "other"


def sample(run: psutil.Process, done: threading.Event, samples: list[tuple[float, dict[str, int]]]) -> None:
    """(time, resident bytes of each kind) every SAMPLE_SECONDS until `done`."""
    kinds: dict[int, str] = {}
    while not done.is_set():
        rss = dict.fromkeys(KINDS, 0)
        try:
            members = [run, *run.children(recursive=True)]
        except psutil.Error:
            return
        for member in members:
            try:
                kind = kinds.get(member.pid) or kinds.setdefault(member.pid, kind_of(member, run.pid))
                rss[kind] += member.memory_info().rss
            except psutil.Error:
                pass
        samples.append((time.perf_counter(), rss))
        time.sleep(SAMPLE_SECONDS)


def by_stage(samples: list[tuple[float, dict[str, int]]], stage_ends: list[tuple[str, float]]) -> dict[str, dict[str, int]]:
    """The largest resident memory of each kind, and of all processes ("all"), in each stage."""
    peaks: dict[str, dict[str, int]] = {}
    for moment, rss in samples:
        stage = next((name for name, end in stage_ends if moment <= end), "exit")
        peak = peaks.setdefault(stage, dict.fromkeys((*KINDS, "all"), 0))
        for kind, value in rss.items():
            peak[kind] = max(peak[kind], value)
        peak["all"] = max(peak["all"], sum(rss.values()))
    return peaks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", type=Path)
    parser.add_argument("scratch", type=Path, help="its output/ and state/ are removed first")
    parser.add_argument("--samples", type=Path, help="write every sample here (tab-separated, seconds and bytes)")
    parser.add_argument("extra", nargs="*", help="more flags for warta run (after --)")
    args = parser.parse_args()
    output, state = args.scratch / "output", args.scratch / "state"
    for folder in (output, state):
        shutil.rmtree(folder, ignore_errors=True)
    os.environ.setdefault("PREFECT_HOME", str(args.scratch / "prefect"))  # kept: its first creation is not a run's
    load_before = os.getloadavg()[0]
    started, children_before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen([str(WARTA), "run", "--input", str(args.input), "--output", str(output), "--state-dir",
                                str(state), "--server-idle", "0", *args.extra], stdout=subprocess.PIPE, text=True)
    done, samples = threading.Event(), []
    sampler = threading.Thread(target=sample, args=(psutil.Process(process.pid), done, samples))
    sampler.start()
    stage_ends = []
    for line in process.stdout:
        print(line, end="", flush=True)
        if found := STAGE_LINE.match(line):
            stage_ends.append((found[1], time.perf_counter()))
    process.wait()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = children.ru_utime - children_before.ru_utime + children.ru_stime - children_before.ru_stime
    print(f"exit {process.returncode}, wall {wall:.1f} s, CPU {cpu:.1f} s, load {load_before:.1f} -> {os.getloadavg()[0]:.1f}")
    print(f"{'stage (GB)':<14}" + "".join(f"{kind:>11}" for kind in (*KINDS, "all")))
    for stage, peak in by_stage(samples, stage_ends).items():
        print(f"{stage:<14}" + "".join(f"{peak[kind] / 2**30:11.2f}" for kind in (*KINDS, "all")))
    print(f"peak, all processes: {max(sum(rss.values()) for _, rss in samples) / 2**30:.2f} GB")
    if args.samples:
        with args.samples.open("w") as out:
            out.write("seconds\t" + "\t".join(KINDS) + "\n")
            for moment, rss in samples:
                out.write(f"{moment - started:.2f}\t" + "\t".join(str(rss[kind]) for kind in KINDS) + "\n")


if __name__ == "__main__":
    main()
