"""`warta run`, `warta serve`, `warta runs`, `warta evaluate` and `warta audit`."""

from __future__ import annotations

import argparse
import atexit
import errno
import logging
import os
import re
import sys
import threading
from pathlib import Path
from typing import NoReturn

from flows.defaults import MANIFEST
from flows.memory import use_freeing_allocators
from warta.settings import Settings, SettingsError, load_settings

EXIT_OK, EXIT_VALIDATION, EXIT_USAGE, EXIT_BUSY, EXIT_ENVIRONMENT = 0, 1, 2, 3, 4
PREFECT_QUEUE_SERVICES = ("EventsWorker", "APILogWorker")  # prefect/_internal/concurrency/services.py


def _quiet_prefect(settings: Settings, debug: bool) -> None:
    """Prefect's embedded default, quiet and offline unless the user configured otherwise."""
    os.environ.setdefault("PREFECT_HOME", str((settings.state_dir / "prefect").resolve()))
    # Prefect does not create a missing parent folder, and its server then never starts.
    Path(os.environ["PREFECT_HOME"]).expanduser().mkdir(parents=True, exist_ok=True)
    # Prefect logs a failed task as a traceback; warta says what failed in one line (--debug: both).
    os.environ["PREFECT_LOGGING_LEVEL"] = "WARNING" if debug else "CRITICAL"
    # Prefect's event and log queues log under their class names, outside `prefect`, so the level above
    # misses them: on a loaded machine `Still processing items` joined warta's one line at exit.
    for service in PREFECT_QUEUE_SERVICES:
        logging.getLogger(service).setLevel(logging.WARNING if debug else logging.CRITICAL)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"warta: {message}", file=sys.stderr)
    return code


def _operator_failures() -> tuple[tuple[type[BaseException], int | None, int, str], ...]:
    """Failures an operator can cause and fix: (exception kind, errno or None for any, exit code,
    message). The first match wins; anything else is a bug and keeps its traceback. In a message,
    {error} is the exception's text, {path} the file it names, {reason} the system's words."""
    from flows.server import ServerDidNotStart
    from flows.serving import ServeError

    return (
        (ServeError, None, EXIT_USAGE, "{error}"),
        (ServerDidNotStart, None, EXIT_ENVIRONMENT, "{error}"),
        (OSError, errno.ENOSPC, EXIT_ENVIRONMENT, "no space left on device writing {path}; the published output was left as it was"),
        (OSError, errno.EROFS, EXIT_ENVIRONMENT, "{path} is on a read-only file system; the published output was left as it was"),
        (OSError, errno.EACCES, EXIT_ENVIRONMENT, "permission denied: {path}; the published output was left as it was"),
        (OSError, errno.EPERM, EXIT_ENVIRONMENT, "operation not permitted: {path}; the published output was left as it was"),
        (OSError, None, EXIT_ENVIRONMENT, "{path}: {reason}"),
    )


# Polars and PyArrow report a system error in their message, not as an OSError: `(os error 28)`.
LIBRARY_OS_ERROR = re.compile(r"\(os error (\d+)\)")


def _explain(error: BaseException) -> tuple[int, str] | None:
    """The exit code and one line for an operator's failure, None for a bug."""
    if not isinstance(error, OSError) and (found := LIBRARY_OS_ERROR.search(str(error))):
        number = int(found.group(1))
        error = OSError(number, os.strerror(number), "the tables")
    for kind, number, code, message in _operator_failures():
        if isinstance(error, kind) and (number is None or getattr(error, "errno", None) == number):
            path = getattr(error, "filename", None) or "a file"
            reason = getattr(error, "strerror", None) or str(error)
            return code, message.format(error=error, path=path, reason=reason)
    return None


def _settings(args: argparse.Namespace) -> Settings:
    flags = {name: getattr(args, name, None) for name in Settings.__dataclass_fields__}
    return load_settings(flags, config=Path(args.config) if args.config else None)


def _check_folders(settings: Settings) -> str | None:
    if not settings.input.is_dir():
        return f"input folder not found: {settings.input}"
    for name, folder in (("output", settings.output), ("state_dir", settings.state_dir)):
        if problem := _folder_problem(folder):
            return f"{name} {folder} {problem}"
    if settings.state_dir.resolve().is_relative_to(settings.input.resolve()):
        return (f"state_dir {settings.state_dir} is inside the input folder {settings.input}: "
                "its files would be read as articles; choose a folder outside it")
    return None


def _folder_problem(folder: Path) -> str | None:
    """Why `folder` cannot be used or created, else None."""
    if folder.exists():
        return None if folder.is_dir() else "is not a folder"
    existing = next(parent for parent in folder.absolute().parents if parent.exists())
    return None if existing.is_dir() else f"cannot be created: {existing} is a file"


def command_run(args: argparse.Namespace, settings: Settings) -> int:
    if problem := _check_folders(settings):
        return _fail(problem)
    _quiet_prefect(settings, args.debug)
    use_freeing_allocators(incremental=not args.full and (Path(settings.output) / MANIFEST).exists())
    from flows.runs import Progress, run_collection

    Progress.enabled = not args.quiet
    if not args.quiet:
        print(f"warta run: {settings.input} -> {settings.output}{' (full rebuild)' if args.full else ''}", flush=True)
    summary = run_collection(str(settings.input), str(settings.output), settings.max_bytes, str(settings.state_dir), args.full,
                             keep_versions=settings.keep_versions, mass_removal_share=settings.mass_removal_share,
                             allow_mass_removal=args.allow_mass_removal, workers=settings.workers,
                             dask_address=settings.dask_address, server_idle=settings.server_idle)
    if summary.busy:
        print(f"warta: {summary.busy}", file=sys.stderr)
        return EXIT_BUSY
    if summary.status == "refused":
        print(f"warta: {summary.message}", file=sys.stderr)
        return EXIT_VALIDATION
    code = EXIT_OK if summary.validation_success else EXIT_VALIDATION
    if not args.quiet or code != EXIT_OK:
        _print_summary(summary)
    return code


def _print_summary(summary) -> None:
    counts, changes = summary.counts, summary.changes
    print(
        f"\n{changes['new']} new, {changes['changed']} changed, {changes['removed']} removed, "
        f"{changes['unchanged']} unchanged documents ({summary.extracted} extracted)\n"
        f"{counts.get('documents', 0)} documents, {counts.get('entities', 0)} entities, "
        f"{counts.get('mentions', 0)} mentions, {counts.get('quotes', 0)} quotes, "
        f"{counts.get('attributions', 0)} attributions"
    )
    for row in summary.quarantine:
        print(f"skipped {row['source_path']}: {row['reason']} ({row['detail']})")
    if summary.status == "unchanged":
        print(f"nothing to do: the tables in {summary.output_dir}/ are up to date")
    elif summary.validation_success:
        print(f"validation passed; tables in {summary.output_dir}/ (report: {summary.output_dir}/_reports/warta.html, "
              f"Data Docs: {summary.output_dir}/_reports/index.html)")
    else:
        print("validation FAILED; the published tables were left as they were:")
        for failure in summary.failures[:20]:
            print(f"  - {failure}")
    if summary.warnings:
        print(f"{len(summary.warnings)} warning-level checks breached (published all the same):")
        for warning in summary.warnings:
            print(f"  ! {warning}")
    print(f"run {summary.run_id} logged in {summary.state_dir}/runs.parquet")


def command_serve(args: argparse.Namespace, settings: Settings) -> int:
    if (settings.cron is None) == (settings.interval is None):
        return _fail("serve needs a schedule: --cron EXPRESSION or --interval SECONDS (one of them)")
    if problem := _check_folders(settings):
        return _fail(problem)
    _quiet_prefect(settings, args.debug)
    use_freeing_allocators()
    from flows.serving import serve

    serve(settings.flow_parameters(), settings.cron, settings.interval)
    return EXIT_OK


PATH_CHARS = 60  # of a folder's path shown in `warta runs`: its end, which tells folders apart


def _path_tail(path):
    """A folder's path cut to its last PATH_CHARS characters (a long temporary or mounted prefix says little)."""
    import polars as pl

    return pl.when(path.str.len_chars() > PATH_CHARS).then("…" + path.str.slice(-(PATH_CHARS - 1))).otherwise(path)


def command_runs(args: argparse.Namespace, settings: Settings) -> int:
    import polars as pl

    from flows.storage import read_runs

    try:
        runs = read_runs(settings.state_dir).tail(args.last)
    except (OSError, pl.exceptions.PolarsError) as error:
        first_line = str(error).splitlines()[0]
        return _fail(f"the run log in {settings.state_dir} cannot be read ({first_line}); the next run sets it aside",
                     EXIT_ENVIRONMENT)
    with pl.Config(tbl_rows=args.last, tbl_cols=16, tbl_width_chars=300, fmt_str_lengths=80,
                   tbl_hide_dataframe_shape=True, tbl_hide_column_data_types=True):
        print(runs.select(
            "started_at", seconds=((pl.col("ended_at") - pl.col("started_at")).dt.total_milliseconds() / 1000).round(1),
            input=_path_tail(pl.col("input_dir")), output=_path_tail(pl.col("output_dir")), status=pl.col("status"),
            files_in=pl.col("files_in"),
            new=pl.col("documents_new"), changed=pl.col("documents_changed"), removed=pl.col("documents_removed"),
            extracted=pl.col("documents_extracted"), documents=pl.col("documents_out"), quarantined=pl.col("quarantined"),
            validation=pl.col("validation"), warnings=pl.col("warnings").list.len().fill_null(0)))
    latest = runs.tail(1)["warnings"].to_list()
    if latest and latest[0]:  # the table only has room for the count
        print("\nwarning-level checks breached by the latest run:")
        for warning in latest[0]:
            print(f"  ! {warning}")
    return EXIT_OK


def command_report(args: argparse.Namespace, settings: Settings) -> int:
    from flows.database import DATABASE
    from warta.report import write_report

    if not (settings.output / DATABASE).is_file():
        return _fail(f"no {DATABASE} in {settings.output}: run `warta run` first")
    print(f"wrote {write_report(settings.output)}")
    return EXIT_OK


def command_evaluate(args: argparse.Namespace, settings: Settings) -> int:
    from warta.evaluate import evaluate, format_report

    gold, output = Path(args.gold), settings.output
    if not gold.is_file():
        return _fail(f"gold file not found: {gold}")
    if not (output / "documents.parquet").exists():
        return _fail(f"no tables in {output}: run `warta run` first")
    report = evaluate(gold, output, half=args.half)
    print(report.to_json() if args.json else format_report(report))
    return EXIT_OK


def command_audit(args: argparse.Namespace, settings: Settings) -> int:
    from warta.audit import AUDITED_TABLES, collection_health, format_audit, read_tables

    output = settings.output
    missing = [name for name in AUDITED_TABLES if not (output / f"{name}.parquet").exists()]
    if missing:
        return _fail(f"no published tables in {output} ({', '.join(missing)} missing): run `warta run` first")
    print(format_audit(collection_health(read_tables(output))))
    return EXIT_OK


def _common(parser: argparse.ArgumentParser, *names: str) -> None:
    """Setting flags; their defaults are None so environment variables and the config file can apply."""
    helps = {
        "input": "folder of .txt articles (default: seeds)",
        "output": "folder for the tables (default: output)",
        "state_dir": "run log, extraction cache, Prefect database (default: .state)",
        "max_bytes": "files larger than this are quarantined (default: 20000000)",
        "keep_versions": "published versions kept in OUTPUT/versions (default: 3)",
        "mass_removal_share": "refuse a run that would remove this share of the published documents (default: 1, all)",
        "workers": "extraction processes on this machine (default: one per core)",
        "dask_address": "extract on the Dask cluster of this scheduler, e.g. tcp://host:8786",
        "server_idle": "seconds Prefect's temporary server is kept for the next run (default: 600; 0: it ends with the run)",
    }
    for name in names:
        parser.add_argument(f"--{name.replace('_', '-')}", dest=name, help=helps[name])
    parser.add_argument("--config", help="TOML file of settings (default: warta.toml when present)")
    parser.add_argument("--debug", action="store_true", help="show the traceback of a failure, and Prefect's logs")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="warta", description="Who said what, about whom, reported by whom.",
        epilog="Settings come from flags, then WARTA_* environment variables, then the config file.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="extract the articles of a folder into Parquet tables")
    _common(run, "input", "output", "state_dir", "max_bytes", "keep_versions", "mass_removal_share", "workers", "dask_address",
            "server_idle")
    run.add_argument("--full", action="store_true", help="ignore the extraction cache and rebuild everything")
    run.add_argument("--allow-mass-removal", action="store_true",
                     help="publish even when the run removes MASS_REMOVAL_SHARE of the published documents or more")
    run.add_argument("--quiet", action="store_true", help="print nothing but errors")
    run.set_defaults(handler=command_run)
    serve = commands.add_parser("serve", help="run on a schedule with Prefect's scheduler")
    _common(serve, "input", "output", "state_dir", "max_bytes", "keep_versions", "mass_removal_share", "workers",
            "dask_address")
    serve.add_argument("--cron", help='cron expression, e.g. "0 * * * *" (env WARTA_CRON)')
    serve.add_argument("--interval", help="seconds between runs (env WARTA_INTERVAL)")
    serve.set_defaults(handler=command_serve)
    runs = commands.add_parser("runs", help="show the run log")
    _common(runs, "state_dir")
    runs.add_argument("--last", type=int, default=20, help="how many runs (default: 20)")
    runs.set_defaults(handler=command_runs)
    report = commands.add_parser("report", help="write the collection report <output>/_reports/warta.html")
    _common(report, "output")
    report.set_defaults(handler=command_report)
    evaluate = commands.add_parser("evaluate", help="score an output folder against a gold file")
    _common(evaluate, "output")
    evaluate.add_argument("--gold", required=True, help="gold JSON (see ../shared/gold/README.md)")
    evaluate.add_argument("--json", action="store_true", help="print the metrics as JSON")
    evaluate.add_argument("--half", type=int, choices=(1, 2),
                          help="score only the first or second half of the gold documents (sorted by name)")
    evaluate.set_defaults(handler=command_evaluate)
    audit = commands.add_parser("audit", help="print a collection's health: null rates, top entities, alias sets")
    audit.add_argument("output", nargs="?", help="output folder to audit (default: the configured output)")
    audit.add_argument("--config", help="TOML file of settings (default: warta.toml when present)")
    audit.set_defaults(handler=command_audit)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = _settings(args)
    except SettingsError as error:
        return _fail(str(error))
    try:
        code = args.handler(args, settings)
    except Exception as error:
        explained = None if args.debug else _explain(error)
        if explained is None:
            raise
        code, message = explained
        return _fail(message, code)
    if argv is None and args.handler is command_run:
        _leave(code)
    return code


def _leave(code: int) -> NoReturn:
    """End the `warta run` program now, as Python would end it but without its teardown.

    Once a flow has run, the process holds the collection's frames and millions of small objects; Python's own
    teardown frees them one by one, module by module: 1 to 2 s after the run's last line, with nothing left to
    do. The other threads are waited for and the exit handlers run (the temporary server's stop, the logs'
    flush), as at a normal exit; only the freeing is skipped: the system takes the memory back at once."""
    threading._shutdown()  # what the interpreter does first at exit: wait for the threads that are not daemons
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
