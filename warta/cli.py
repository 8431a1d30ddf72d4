"""`warta run`, `warta serve`, `warta runs`, `warta evaluate` and `warta audit`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from warta.settings import Settings, SettingsError, load_settings

EXIT_OK, EXIT_VALIDATION, EXIT_USAGE, EXIT_BUSY = 0, 1, 2, 3


def _quiet_prefect(settings: Settings) -> None:
    """Prefect's embedded default, quiet and offline unless the user configured otherwise."""
    os.environ.setdefault("PREFECT_HOME", str((settings.state_dir / "prefect").resolve()))
    # Prefect does not create a missing parent folder, and its server then never starts.
    Path(os.environ["PREFECT_HOME"]).expanduser().mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")


def _fail(message: str) -> int:
    print(f"warta: {message}", file=sys.stderr)
    return EXIT_USAGE


def _settings(args: argparse.Namespace) -> Settings:
    flags = {name: getattr(args, name, None) for name in Settings.__dataclass_fields__}
    return load_settings(flags, config=Path(args.config) if args.config else None)


def _check_folders(settings: Settings) -> str | None:
    if not settings.input.is_dir():
        return f"input folder not found: {settings.input}"
    if settings.output.exists() and not settings.output.is_dir():
        return f"output is not a folder: {settings.output}"
    if settings.state_dir.exists() and not settings.state_dir.is_dir():
        return f"state_dir is not a folder: {settings.state_dir}"
    return None


def command_run(args: argparse.Namespace, settings: Settings) -> int:
    if problem := _check_folders(settings):
        return _fail(problem)
    _quiet_prefect(settings)
    from flows.pipeline import Progress, run_collection

    Progress.enabled = not args.quiet
    if not args.quiet:
        print(f"warta run: {settings.input} -> {settings.output}{' (full rebuild)' if args.full else ''}", flush=True)
    summary = run_collection(str(settings.input), str(settings.output), settings.max_bytes, str(settings.state_dir), args.full,
                             settings.workers, settings.dask_address)
    if summary.busy:
        print(f"warta: {summary.busy}", file=sys.stderr)
        return EXIT_BUSY
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
        print(f"validation passed; tables in {summary.output_dir}/ (Data Docs: {summary.output_dir}/_reports/index.html)")
    else:
        print("validation FAILED; the published tables were left as they were:")
        for failure in summary.failures[:20]:
            print(f"  - {failure}")
    print(f"run {summary.run_id} logged in {summary.state_dir}/runs.parquet")


def command_serve(args: argparse.Namespace, settings: Settings) -> int:
    if (settings.cron is None) == (settings.interval is None):
        return _fail("serve needs a schedule: --cron EXPRESSION or --interval SECONDS (one of them)")
    if problem := _check_folders(settings):
        return _fail(problem)
    _quiet_prefect(settings)
    from flows.serving import ServeError, serve

    try:
        serve(settings)
    except ServeError as error:
        return _fail(str(error))
    return EXIT_OK


def command_runs(args: argparse.Namespace, settings: Settings) -> int:
    import polars as pl

    from flows.storage import read_runs

    runs = read_runs(settings.state_dir).tail(args.last)
    with pl.Config(tbl_rows=args.last, tbl_cols=12, tbl_width_chars=200, fmt_str_lengths=40,
                   tbl_hide_dataframe_shape=True, tbl_hide_column_data_types=True):
        print(runs.select("started_at", "status", "files_in", "documents_new", "documents_changed",
                          "documents_removed", "documents_extracted", "documents_out", "quarantined", "validation"))
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
        "workers": "extraction processes on this machine (default: one per core)",
        "dask_address": "extract on the Dask cluster of this scheduler, e.g. tcp://host:8786",
    }
    for name in names:
        parser.add_argument(f"--{name.replace('_', '-')}", dest=name, help=helps[name])
    parser.add_argument("--config", help="TOML file of settings (default: warta.toml when present)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="warta", description="Who said what, about whom, reported by whom.",
        epilog="Settings come from flags, then WARTA_* environment variables, then the config file.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="extract the articles of a folder into Parquet tables")
    _common(run, "input", "output", "state_dir", "max_bytes", "workers", "dask_address")
    run.add_argument("--full", action="store_true", help="ignore the extraction cache and rebuild everything")
    run.add_argument("--quiet", action="store_true", help="print nothing but errors")
    run.set_defaults(handler=command_run)
    serve = commands.add_parser("serve", help="run on a schedule with Prefect's scheduler")
    _common(serve, "input", "output", "state_dir", "max_bytes", "workers", "dask_address")
    serve.add_argument("--cron", help='cron expression, e.g. "0 * * * *" (env WARTA_CRON)')
    serve.add_argument("--interval", help="seconds between runs (env WARTA_INTERVAL)")
    serve.set_defaults(handler=command_serve)
    runs = commands.add_parser("runs", help="show the run log")
    _common(runs, "state_dir")
    runs.add_argument("--last", type=int, default=20, help="how many runs (default: 20)")
    runs.set_defaults(handler=command_runs)
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
    return args.handler(args, settings)


if __name__ == "__main__":
    sys.exit(main())
