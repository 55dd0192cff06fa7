"""Command line: parses arguments, calls the package, formats output. No extraction logic here.
Each command imports what it needs when it runs, so `--help` and bad usage answer at once."""

from __future__ import annotations

import argparse
import codecs
import os
import re
import signal
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from .export import (
    FORMATTERS,
    TABLE_SUFFIXES,
    missing_folder,
    out_format,
    special_file,
    write_problem,
    write_rows,
)
from .stopping import (
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    Terminated,
    debugging,
    error,
    internal_error,
    raise_terminated,
)
from .timelimit import DEFAULT_TIMEOUT, DEFAULT_TIMEOUT_PER_MB, MAX_TIMEOUT

if TYPE_CHECKING:
    from .archive import ArchiveColumns, Part
    from .archive_extract import PartOutcome

EXIT_OK, EXIT_SOME_FAILED, EXIT_FAILED = 0, 1, 2


def _seconds(text: str) -> float:
    """A time limit in seconds from the command line: a number from 0 to MAX_TIMEOUT."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or a positive number of seconds: {text!r}")
    if value > MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(f"must be at most {MAX_TIMEOUT:g} seconds (0: no limit): {text!r}")
    return value


def _share(text: str) -> float:
    """A share from the command line (an F1 score): a number from 0 to 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value <= 1:  # nan too: a gate that never fails
        raise argparse.ArgumentTypeError(f"must be a number from 0 to 1: {text!r}")
    return value


def _encoding(text: str) -> str:
    """A text encoding Python knows (`codecs`), checked before any file is read."""
    try:
        known = codecs.lookup(text)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {text!r}") from None
    if not getattr(known, "_is_text_encoding", True):  # base64, rot13, zlib: bytes to bytes
        raise argparse.ArgumentTypeError(f"not a text encoding: {text!r}")
    return text


def _flat(timeout: float | None) -> float:
    """The limit of each article of an archive: the one given, else DEFAULT_TIMEOUT."""
    return DEFAULT_TIMEOUT if timeout is None else timeout


def _meta_column(text: str) -> tuple[str, str]:
    """A --meta-column FIELD=COLUMN as a pair, checked before any file is read."""
    from .archive import meta_column  # its table of fields comes with the archive reader

    try:
        return meta_column(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _jobs(text: str) -> int:
    """A number of worker processes from the command line: 0 (one per core) or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (one per core) or a positive number: {text!r}")
    return value


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line naming the command (and `--help`), not
    argparse's usage block; an error met where a file name begins with "-" hints at `--`."""

    dash_files: Sequence[str] = ()

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        given = sys.argv[1:] if args is None else args
        self.dash_files = [a for a in given if a.startswith("-") and a != "-" and Path(a).exists()]
        return super().parse_known_args(args, namespace)

    def error(self, message: str) -> NoReturn:
        hint = (
            f"; a file name that begins with '-' goes after --: {self.prog} -- {self.dash_files[0]}"
            if self.dash_files
            else ""
        )
        self.exit(EXIT_FAILED, f"{self.prog}: error: {message}{hint} (see {self.prog} --help)\n")


def _version() -> str:
    """The installed version of article-figures ("unknown" when it is not installed)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("article-figures")
    except PackageNotFoundError:
        return "unknown"


RE_SCHEDULER = re.compile(r"[a-z][a-z0-9+]*://\S+|[\w.-]+:\d+")


def _scheduler(text: str) -> str:
    """A --dask scheduler address ("tcp://host:8786", "host:8786") or "local"; a path given after
    a bare --dask gets a message saying where --dask goes."""
    if text == "local" or RE_SCHEDULER.fullmatch(text):
        return text
    raise argparse.ArgumentTypeError(
        f"{text!r} is not a scheduler address (tcp://HOST:PORT): put a bare --dask after the paths, "
        "or write --dask=ADDRESS"
    )


STDOUT = "-"  # `--out -`: the table on standard output, as without --out


def cmd_extract(args: argparse.Namespace) -> int:
    from .archive import is_archive
    from .batch import OUTPUT_COLUMNS, collect, default_jobs, expand_paths, extract_many, read_once

    if args.out == STDOUT:
        if args.dask:
            error(
                "--dask writes a Parquet dataset folder, never to standard output: name its folder with --out"
            )
            return EXIT_FAILED
        args.out = None  # stdout holds the table alone; progress and messages go to stderr
    archives = [p for p in args.paths if is_archive(p)]
    if len(archives) == len(args.paths):
        return cmd_extract_archive(args)
    if archives:  # else its records would be read as the text of one article
        error(f"{archives[0]}: an archive of records cannot be extracted with .txt articles in one call")
        return EXIT_FAILED
    if args.dask:
        error(
            "--dask reads archives (.jsonl, .csv, .parquet); .txt articles run on the process pool (--jobs)"
        )
        return EXIT_FAILED
    if not _out_is_free(args.out, args.force):
        return EXIT_FAILED
    kind = _table_format(args)
    if kind is None or not _out_folder_exists(args.out):
        return EXIT_FAILED
    files, errors, skipped = expand_paths(args.paths)
    for line in skipped:  # also with --quiet: a file left out is never silent
        print(line, file=sys.stderr)
    jobs = args.jobs or default_jobs(len(files))
    progress = not args.quiet and sys.stderr.isatty() and len(files) > 1
    notes: list[str] = []
    per_mb = DEFAULT_TIMEOUT_PER_MB if args.timeout is None else 0.0  # a limit given is the same for all
    timeout = DEFAULT_TIMEOUT if args.timeout is None else args.timeout
    outcomes, copies = read_once(
        files,
        lambda batch: list(
            extract_many(batch, args.encoding, jobs, progress, not args.no_review, timeout, per_mb)
        ),
        lambda outcome: "" if outcome.error else outcome.article,
    )
    for line in copies:  # nor is a copy of an article read (its figures are read once)
        print(line, file=sys.stderr)
    rows, failures = collect(outcomes, notes)
    errors += failures
    for line in errors:
        error(line)
    for line in notes:  # a review row that no longer matches is a warning, also with --quiet
        if not args.quiet or line.startswith("warning:"):
            print(line, file=sys.stderr)
    succeeded = len(outcomes) - len(failures)
    if succeeded == 0:
        return EXIT_FAILED
    if args.out:
        if not _write(rows, args.out, kind):
            return EXIT_FAILED
        if not args.quiet:
            print(f"wrote {len(rows)} figure(s) from {succeeded} article(s) to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(FORMATTERS[kind](OUTPUT_COLUMNS, rows))
    return EXIT_SOME_FAILED if errors else EXIT_OK


def _table_format(args: argparse.Namespace) -> str | None:
    """The format of the table `extract` writes: --format, else the --out suffix, else csv; None
    (the error said) when --format and the --out suffix disagree or no format is known."""
    if not args.out:
        return args.format or "csv"
    try:
        return out_format(args.out, args.format)
    except ValueError as exc:
        error(str(exc))
        return None


def cmd_extract_archive(args: argparse.Namespace) -> int:
    """`extract` on archives of records: the process pool, or Dask with --dask."""
    from .archive import ArchiveColumns, archive_files, archive_parts
    from .archive_extract import extract_parts, extract_to_dataset
    from .article import ArticleError
    from .batch import OUTPUT_COLUMNS, default_jobs
    from .dataset import DatasetError

    dataset_out = bool(args.out) and (
        args.dask or (Path(args.out).suffix.lower() not in TABLE_SUFFIXES and args.format is None)
    )
    if args.dask and not args.out:
        error("--dask writes a Parquet dataset: name its folder with --out")
        return EXIT_FAILED
    if args.dask and args.format:
        error("--dask writes a Parquet dataset folder: --format does not apply")
        return EXIT_FAILED
    if not dataset_out and not _out_is_free(args.out, args.force):
        return EXIT_FAILED
    kind = "parquet" if dataset_out else _table_format(args)
    if kind is None or not _out_folder_exists(args.out):
        return EXIT_FAILED
    try:
        columns = ArchiveColumns(args.text_column, args.id_column, tuple(args.meta_column))
        parts = archive_parts(archive_files(args.paths))
        jobs = args.jobs or default_jobs(len(parts))
        progress = not args.quiet and sys.stderr.isatty()
        if args.dask:
            outcomes = _on_dask(parts, columns, args, jobs, progress)
        elif dataset_out:
            outcomes = extract_to_dataset(parts, columns, args.out, jobs, progress, _flat(args.timeout))
        else:
            bar = progress and len(parts) > 1
            outcomes = list(extract_parts(parts, columns, jobs, None, bar, _flat(args.timeout)))
    except (ArticleError, DatasetError, ValueError) as exc:
        error(str(exc))
        return EXIT_FAILED
    except OSError as exc:
        error(f"{args.out}: cannot write ({write_problem(exc, args.out)})" if args.out else str(exc))
        return EXIT_FAILED
    skipped = [line for o in outcomes for line in o.skipped]
    for line in skipped:
        error(line)
    articles, figures = sum(o.articles for o in outcomes), sum(o.figures for o in outcomes)
    if not dataset_out:
        rows = [row for o in outcomes for row in o.rows]
        if articles and not args.out:
            sys.stdout.write(FORMATTERS[kind](OUTPUT_COLUMNS, rows))
        elif articles and not _write(rows, args.out, kind):
            return EXIT_FAILED
    if articles == 0:
        files = sorted({part.path for part in parts})
        more = f" (and {len(files) - 1} more)" if len(files) > 1 else ""
        error(f"{files[0]}{more}: no article in the archive could be extracted")
        return EXIT_FAILED
    if args.out and not args.quiet:
        print(f"wrote {figures} figure(s) from {articles} article(s) to {args.out}", file=sys.stderr)
    return EXIT_SOME_FAILED if skipped else EXIT_OK


def _on_dask(
    parts: list[Part], columns: ArchiveColumns, args: argparse.Namespace, jobs: int, progress: bool
) -> list[PartOutcome]:
    """The Dask run; a failure on the cluster (a worker without this package, a lost worker) becomes
    a DatasetError naming the scheduler, since its traceback belongs to another machine."""
    from .article import ArticleError
    from .dataset import DatasetError
    from .distributed import extract_on_dask

    try:
        return extract_on_dask(parts, columns, args.out, args.dask, jobs, progress)
    except (ArticleError, DatasetError, OSError):
        raise
    except Exception as exc:
        raise DatasetError(
            args.out, f"the Dask run on {args.dask} failed ({type(exc).__name__}: {exc})"
        ) from exc


def _write(rows: list[tuple[object, ...]], out: str, kind: str) -> bool:
    """Write the figure table to a file in format `kind`; False (the error said) when it cannot be
    written."""
    from .batch import OUTPUT_COLUMNS

    try:
        write_rows(OUTPUT_COLUMNS, rows, out, kind)
    except OSError as exc:
        error(f"{out}: cannot write ({write_problem(exc, out)})")
        return False
    except (ValueError, ImportError) as exc:
        error(f"{out}: cannot write ({exc})")
        return False
    return True


def _out_is_free(out: str | None, force: bool) -> bool:
    """Whether a table may be written to --out (no --out: True); else the error is said: a folder, a
    device, a named pipe or a socket (also behind a link) is never a table file, and an existing
    regular file that is not a figure table this command wrote (nor empty) is replaced only with
    --force, so no file of the user's is lost unasked."""
    if not out:
        return True
    path = Path(out)
    special = special_file(path)
    if special == "a folder":
        error(f"{out}: is a folder (name a table file in it, e.g. {path / 'figures.csv'})")
        return False
    if special:  # never opened, never replaced, whatever --force says
        error(f"{out}: is {special}, not a regular file; never written (leave out --out to print the table)")
        return False
    if not path.exists() or _is_own_table(path):
        return True
    if path.is_symlink():  # --force replaces only a regular file, never a link to one
        error(f"{out}: is a symbolic link to a file that is not a figure table; never replaced")
        return False
    if force:
        return True
    error(f"{out}: exists and is not a figure table written by this command (add --force to replace it)")
    return False


def _is_own_table(path: Path) -> bool:
    """Whether a file is empty or begins as a figure table of `extract` in one of its formats (its
    header row, or a Parquet file of its columns)."""
    from .batch import OUTPUT_COLUMNS

    try:  # opened without waiting (a named pipe put there since the check waits for no writer)
        with os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return False  # read only when a regular file
            head = handle.read(4096)
    except OSError:  # unreadable: not known to be ours
        return False
    if not head:
        return True
    if head.startswith(b"PAR1"):
        import pyarrow.parquet as pq

        try:
            return tuple(pq.read_schema(path).names) == OUTPUT_COLUMNS
        except (OSError, ValueError, pq.lib.ArrowException):
            return False
    starts = (
        ",".join(OUTPUT_COLUMNS) + "\n",
        "| " + " | ".join(OUTPUT_COLUMNS) + " |\n",
        f'[\n  {{\n    "{OUTPUT_COLUMNS[0]}":',
        "[]\n",
    )
    return head.decode("utf-8", "replace").startswith(starts)


def _out_folder_exists(out: str | None) -> bool:
    """Whether the folder of an --out exists (no --out: True); else the error is said. An output is
    created, never the folders above it, as cp and tee do."""
    problem = out and missing_folder(out)
    if problem:
        error(f"{out}: cannot write: {problem}")
    return not problem


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .article import ArticleError
    from .evaluate import evaluate_folder

    try:
        scores, total = evaluate_folder(args.articles_dir, args.gold_dir)
    except ArticleError as exc:
        error(str(exc))
        return EXIT_FAILED
    for score in scores:
        print(score.line())
    print(total.line())
    if args.min_f1 is not None and total.f1 < args.min_f1:
        error(f"overall F1 {total.f1:.3f} is below --min-f1 {args.min_f1}")
        return EXIT_SOME_FAILED
    return EXIT_OK


def cmd_figures(args: argparse.Namespace) -> int:
    from .article import ArticleError
    from .build import SeedErrors, build_all

    try:
        build_all(quiet=args.quiet)
    except ArticleError as exc:
        error(str(exc))
        return EXIT_FAILED
    except SeedErrors as exc:
        for line in exc.lines:
            error(line)
        return EXIT_FAILED
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from .report import report_command

    if not _out_folder_exists(args.out):
        return EXIT_FAILED
    return report_command(
        args.path, Path(args.out) if args.out else None, args.encoding, args.quiet, args.force
    )


def build_parser(prog: str = "python -m analysis") -> argparse.ArgumentParser:
    """The argument parser for every subcommand, named as the user ran it."""
    parser = OneLineParser(
        prog=prog,
        description="Figures stated in news articles, each traced to its quote and character span.",
        epilog="Exit status: 0 success; 1 some inputs failed (or F1 below --min-f1); 2 all failed or bad "
        "usage; 130 interrupted (Ctrl-C); 143 terminated (SIGTERM).",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"article-figures {_version()}",
        help="print the version and exit",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=OneLineParser)

    ex = sub.add_parser(
        "extract",
        help="print or write the figure table of articles",
        description="Extract every figure from article files or folders of *.txt files.",
    )
    ex.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article file(s) or folder(s) of *.txt articles; or archive file(s) (.jsonl, .csv, .parquet) "
        "or folder(s) of them, one record per article",
    )
    ex.add_argument(
        "--format",
        choices=sorted(FORMATTERS),
        default=None,
        help="table format on stdout or in --out FILE (default: csv, or what the --out suffix names; "
        "a suffix naming another format is an error)",
    )
    ex.add_argument(
        "--out",
        metavar="FILE",
        help="write the table to FILE atomically, in the format its suffix names (.csv, .json, .md or "
        ".parquet) or --format names (any other name); FILE's folder must exist; - is standard output (the "
        "--format given, else csv; not with --dask). An existing FILE is "
        "replaced when it is empty or a figure table this command wrote, else refused (not a figure "
        "table: add --force). For archives, a name without those suffixes and no --format is a "
        "Parquet dataset folder (one file per part)",
    )
    ex.add_argument(
        "--force",
        action="store_true",
        help="replace an existing --out FILE that is not a figure table written by this command (only a "
        "regular file: never a device, named pipe, socket or symbolic link)",
    )
    ex.add_argument(
        "--jobs",
        type=_jobs,
        default=0,
        metavar="N",
        help="worker processes (default 0: one per core, at most one per file or archive part)",
    )
    ex.add_argument(
        "--encoding", type=_encoding, default="utf-8", help="text encoding of the articles (default: utf-8)"
    )
    ex.add_argument(
        "--timeout",
        type=_seconds,
        default=None,
        metavar="SECONDS",
        help=(
            "stop a file, or an archive's article (not with --dask), that takes longer and report it; "
            "the limit counts its CPU time, so waiting for a core on a loaded machine never "
            f"fails it (default: {DEFAULT_TIMEOUT:g} s plus {DEFAULT_TIMEOUT_PER_MB:g} s per MB of the file, an archive's "
            f"article {DEFAULT_TIMEOUT:g} s; a number given, at most {MAX_TIMEOUT:g}, is the limit of every file; 0: "
            "no limit)"
        ),
    )
    ex.add_argument(
        "--no-review",
        action="store_true",
        help="ignore <stem>.review.csv files (the machine's extraction only)",
    )
    ex.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar, summary or review lines on stderr (errors and warning lines still shown)",
    )
    ex.add_argument(
        "--text-column", default="text", metavar="NAME", help="archives: column of the text (default: text)"
    )
    ex.add_argument(
        "--id-column", default="id", metavar="NAME", help="archives: column of the unique id (default: id)"
    )
    ex.add_argument(
        "--meta-column",
        action="append",
        type=_meta_column,
        default=[],
        metavar="FIELD=COLUMN",
        help="archives: fill article metadata FIELD (title, outlet, published, source, ...) from COLUMN; "
        "a column named like the field is used by default",
    )
    ex.add_argument(
        "--dask",
        nargs="?",
        const="local",
        default=None,
        type=_scheduler,
        metavar="SCHEDULER_ADDRESS",
        help="archives: run on Dask and write a Parquet dataset folder (--out): a local cluster of --jobs "
        "workers, or the dask.distributed scheduler at SCHEDULER_ADDRESS (e.g. tcp://host:8786); put a "
        "bare --dask after the paths, or write --dask=ADDRESS",
    )
    ex.set_defaults(func=cmd_extract)

    ev = sub.add_parser(
        "evaluate",
        help="score extraction against gold labels",
        description="Precision, recall, F1, kind accuracy and subject agreement per article and overall.",
    )
    ev.add_argument("articles_dir", metavar="ARTICLES_DIR", help="folder of the articles (*.txt) to score")
    ev.add_argument(
        "gold_dir",
        metavar="GOLD_DIR",
        help="folder of gold labels, one <article-stem>.csv per article (format: tests/corpus/README.md)",
    )
    ev.add_argument(
        "--min-f1", type=_share, default=None, metavar="X", help="exit 1 when overall F1 < X (0 to 1)"
    )
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
    rep.add_argument(
        "path",
        metavar="PATH",
        help="article file, or folder of *.txt articles (one report each, and an index.html beside them)",
    )
    rep.add_argument(
        "--out",
        metavar="DIR",
        help="output folder, created if missing (its parent folder must exist; default: the project's "
        "reports/<article-id>/, or the project's reports/ with reports/index.html for a folder, wherever "
        "you run the command)",
    )
    rep.add_argument(
        "--encoding", type=_encoding, default="utf-8", help="text encoding of the articles (default: utf-8)"
    )
    rep.add_argument(
        "--force",
        action="store_true",
        help="replace an existing --out folder that is not a report written by this command; only "
        "outside the project",
    )
    rep.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    rep.set_defaults(func=cmd_report)
    return parser


def _program_name() -> str:
    """How the user ran the command line: `article-figures`, or `python -m analysis`."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return name if name == "article-figures" else "python -m analysis"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser(_program_name()).parse_args(argv)
    # SIGTERM unwinds like Ctrl-C (cleanup, workers ended); worker processes take the default again
    previous = signal.signal(signal.SIGTERM, raise_terminated)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        error("interrupted")
        return EXIT_INTERRUPTED
    except Terminated:
        error("terminated")
        return EXIT_TERMINATED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        if debugging():
            raise
        error(internal_error(exc))
        return EXIT_FAILED
    finally:
        signal.signal(signal.SIGTERM, previous)
