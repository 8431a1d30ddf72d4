"""`warta run` and `warta evaluate`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_VALIDATION, EXIT_USAGE, EXIT_BUSY = 0, 1, 2, 3


def _quiet_prefect() -> None:
    """Prefect's embedded default, quiet and offline unless the user configured otherwise."""
    os.environ.setdefault("PREFECT_HOME", str(Path.home() / ".warta" / "prefect"))
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


def command_run(args: argparse.Namespace) -> int:
    input_dir, output_dir = Path(args.input), Path(args.output)
    if not input_dir.is_dir():
        return _fail(f"input folder not found: {input_dir}")
    if output_dir.exists() and not output_dir.is_dir():
        return _fail(f"output is not a folder: {output_dir}")
    _quiet_prefect()
    from flows.pipeline import Progress, run_collection

    Progress.enabled = not args.quiet
    if not args.quiet:
        print(f"warta run: {input_dir} -> {output_dir}", flush=True)
    summary = run_collection(str(input_dir), str(output_dir), args.max_bytes)
    if summary.busy:
        print(f"warta: {summary.busy}", file=sys.stderr)
        return EXIT_BUSY
    code = EXIT_OK if summary.validation_success else EXIT_VALIDATION
    if not args.quiet or code != EXIT_OK:
        _print_summary(summary)
    return code


def _print_summary(summary) -> None:
    counts = summary.counts
    print(
        f"\n{counts.get('documents', 0)} documents, {counts.get('entities', 0)} entities, "
        f"{counts.get('mentions', 0)} mentions, {counts.get('quotes', 0)} quotes, "
        f"{counts.get('attributions', 0)} attributions"
    )
    for row in summary.quarantine:
        print(f"skipped {row['source_path']}: {row['reason']} ({row['detail']})")
    if summary.validation_success:
        print(f"validation passed; tables in {summary.output_dir}/ (Data Docs: {summary.output_dir}/_reports/index.html)")
    else:
        print("validation FAILED; the published tables were left as they were:")
        for failure in summary.failures[:20]:
            print(f"  - {failure}")


def command_evaluate(args: argparse.Namespace) -> int:
    from warta.evaluate import evaluate, format_report

    gold, output = Path(args.gold), Path(args.output)
    if not gold.is_file():
        return _fail(f"gold file not found: {gold}")
    if not (output / "documents.parquet").exists():
        return _fail(f"no tables in {output}: run `warta run` first")
    report = evaluate(gold, output)
    print(report.to_json() if args.json else format_report(report))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="warta", description="Who said what, about whom, reported by whom.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="extract the articles of a folder into Parquet tables")
    run.add_argument("--input", default="seeds", help="folder of .txt articles (default: seeds)")
    run.add_argument("--output", default="output", help="folder for the tables (default: output)")
    run.add_argument("--max-bytes", type=int, default=20_000_000, help="larger files are quarantined")
    run.add_argument("--quiet", action="store_true", help="print nothing but errors")
    run.set_defaults(handler=command_run)
    evaluate = commands.add_parser("evaluate", help="score an output folder against a gold file")
    evaluate.add_argument("--gold", required=True, help="gold JSON (see ../shared/gold/README.md)")
    evaluate.add_argument("--output", default="output", help="folder holding the tables (default: output)")
    evaluate.add_argument("--json", action="store_true", help="print the metrics as JSON")
    evaluate.set_defaults(handler=command_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
