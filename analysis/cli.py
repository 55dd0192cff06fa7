"""Command line: parses arguments, calls the package, formats output. No extraction logic here."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from .article import ArticleError
from .batch import OUTPUT_COLUMNS, collect, default_jobs, expand_paths, extract_many
from .export import FORMATTERS, write_table

EXIT_OK, EXIT_SOME_FAILED, EXIT_FAILED = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 128 + signal.SIGINT, 128 + signal.SIGTERM


class Terminated(BaseException):
    """SIGTERM, raised like KeyboardInterrupt so that every `finally` and cleanup runs."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def _error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    files, errors = expand_paths(args.paths)
    jobs = args.jobs or default_jobs(len(files))
    progress = not args.quiet and sys.stderr.isatty() and len(files) > 1
    notes: list[str] = []
    rows, failures = collect(extract_many(files, args.encoding, jobs, progress, not args.no_review), notes)
    errors += failures
    for line in errors:
        _error(line)
    if not args.quiet:
        for line in notes:
            print(line, file=sys.stderr)
    succeeded = len(files) - len(failures)
    if succeeded == 0:
        return EXIT_FAILED
    if args.out:
        try:
            write_table(pd.DataFrame(rows, columns=list(OUTPUT_COLUMNS)), args.out)
        except (ValueError, ImportError, OSError) as exc:
            _error(f"{args.out}: cannot write ({exc})")
            return EXIT_FAILED
        if not args.quiet:
            print(f"wrote {len(rows)} figures from {succeeded} article(s) to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(FORMATTERS[args.format](OUTPUT_COLUMNS, rows))
    return EXIT_SOME_FAILED if errors else EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_folder

    try:
        scores, total = evaluate_folder(args.articles_dir, args.gold_dir)
    except ArticleError as exc:
        _error(str(exc))
        return EXIT_FAILED
    for score in scores:
        print(score.line())
    print(total.line())
    if args.min_f1 is not None and total.f1 < args.min_f1:
        _error(f"overall F1 {total.f1:.3f} is below --min-f1 {args.min_f1}")
        return EXIT_SOME_FAILED
    return EXIT_OK


def cmd_figures(args: argparse.Namespace) -> int:
    from .build import build_all

    try:
        build_all(quiet=args.quiet)
    except ArticleError as exc:
        _error(str(exc))
        return EXIT_FAILED
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from .report import report_command

    return report_command(
        args.path, Path(args.out) if args.out else None, args.encoding, args.quiet, args.force
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Figures stated in news articles, each traced to its quote and character span.",
        epilog="Exit status: 0 success; 1 some inputs failed (or F1 below --min-f1); 2 all failed or bad usage.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="print or write the figure table of articles",
        description="Extract every figure from article files or folders of *.txt files.",
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help="article file(s) or folder(s) of *.txt articles")
    ex.add_argument(
        "--format", choices=sorted(FORMATTERS), default="csv", help="stdout format (default: csv)"
    )
    ex.add_argument(
        "--out", metavar="FILE", help="write the table to FILE (.csv, .json, .md or .parquet) atomically"
    )
    ex.add_argument(
        "--jobs", type=int, default=0, metavar="N", help="worker processes (default: one per core)"
    )
    ex.add_argument("--encoding", default="utf-8", help="text encoding of the articles (default: utf-8)")
    ex.add_argument(
        "--no-review",
        action="store_true",
        help="ignore <stem>.review.csv files (the machine's extraction only)",
    )
    ex.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar, summary or review lines on stderr (errors still shown)",
    )
    ex.set_defaults(func=cmd_extract)

    ev = sub.add_parser(
        "evaluate",
        help="score extraction against gold labels",
        description="Precision, recall, F1, kind accuracy and subject agreement per article and overall.",
    )
    ev.add_argument("articles_dir", metavar="ARTICLES_DIR")
    ev.add_argument("gold_dir", metavar="GOLD_DIR")
    ev.add_argument("--min-f1", type=float, default=None, metavar="X", help="exit 1 when overall F1 < X")
    ev.set_defaults(func=cmd_evaluate)

    fig = sub.add_parser(
        "figures",
        help="execute the notebooks and write figures/ and data/",
        description="Regenerate every notebook output, chart and published table.",
    )
    fig.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    fig.set_defaults(func=cmd_figures)

    rep = sub.add_parser(
        "report",
        help="a readable report (HTML, tables, charts) for an article or folder",
        description="Run the report notebook for one article, or for each article in a folder.",
    )
    rep.add_argument("path", metavar="PATH", help="article file or folder of *.txt articles")
    rep.add_argument("--out", metavar="DIR", help="output folder (default: reports/<article-id>/)")
    rep.add_argument("--encoding", default="utf-8", help="text encoding of the articles (default: utf-8)")
    rep.add_argument(
        "--force",
        action="store_true",
        help="replace an existing --out folder that is not a report written by this command",
    )
    rep.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    rep.set_defaults(func=cmd_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    # only `report` turns SIGTERM into cleanup; extract's worker processes keep the default
    previous = signal.signal(signal.SIGTERM, _terminate) if args.command == "report" else None
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except Terminated:
        _error("terminated")
        return EXIT_TERMINATED
    except BrokenPipeError:
        return EXIT_OK
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
