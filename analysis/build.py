"""Regeneration: execute notebooks in place (no timing metadata, byte-stable) and publish data/."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import FrameType

import nbformat
from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync
from nbclient import NotebookClient
from nbclient.exceptions import DeadKernelError

from .archive import ArchiveColumns, archive_files, archive_parts
from .archive_extract import PartOutcome, extract_to_dataset
from .article import Article, ArticleError, list_articles, load_article, not_articles, skipped_line
from .export import atomic_write
from .leftovers import remove_dead_leftovers
from .paths import DATA, DEV_ARCHIVE, DEV_ARCHIVE_FIGURES, NOTEBOOKS, SEED_REPORTS, SEEDS
from .publish import write_data
from .synthetic import dev_archive, write_archive

KERNEL = "python3"
CELL_TIMEOUT = 600  # seconds
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
RUN_MARKER = ".article-figures-run"  # in each kernel runtime folder (connection file, IPC sockets)


def story_notebooks(folder: Path = NOTEBOOKS) -> list[Path]:
    """The numbered notebooks (NN-*.ipynb) in order."""
    return sorted(p for p in folder.glob("[0-9][0-9]-*.ipynb") if p.is_file())


def all_notebooks(folder: Path = NOTEBOOKS) -> list[Path]:
    """The numbered notebooks, then the others (the report notebook, run with its defaults)."""
    stories = story_notebooks(folder)
    return stories + sorted(p for p in folder.glob("*.ipynb") if p.is_file() and p not in stories)


def coalesced_streams(outputs: list[nbformat.NotebookNode]) -> list[nbformat.NotebookNode]:
    """Consecutive stdout (or stderr) chunks merged into one output: how the kernel splits a print
    into messages depends on timing, so stored notebooks must not."""
    merged: list[nbformat.NotebookNode] = []
    for output in outputs:
        previous = merged[-1] if merged else None
        if (
            output.get("output_type") == "stream"
            and previous is not None
            and previous.get("output_type") == "stream"
            and previous.get("name") == output.get("name")
        ):
            previous["text"] = previous["text"] + output["text"]
        else:
            merged.append(output)
    return merged


def numbered_widget_views(outputs: list[nbformat.NotebookNode], first: int) -> int:
    """Replace the random model id of each widget view with a number counted from `first` (a stored
    notebook holds no widget state to point to); returns the next number."""
    for output in outputs:
        view = output.get("data", {}).get(WIDGET_VIEW)
        if isinstance(view, dict) and "model_id" in view:
            view["model_id"] = f"widget-{first}"
            first += 1
    return first


def normalised(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop what changes between runs or machines: per-cell timings, interpreter version, widget
    state and model ids."""
    widgets = 0
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("ExecuteTime", None)
        if cell.cell_type == "code":
            cell.outputs = coalesced_streams(cell.outputs)
            widgets = numbered_widget_views(cell.outputs, widgets)
    nb.metadata.pop("widgets", None)
    nb.metadata["language_info"] = {"name": "python", "pygments_lexer": "ipython3"}
    nb.metadata["kernelspec"] = {"name": KERNEL, "display_name": "Python 3 (ipykernel)", "language": "python"}
    return nb


def notebook_text(nb: nbformat.NotebookNode) -> str:
    """A notebook as JupyterLab writes it (indent 1, trailing newline)."""
    text = nbformat.writes(nb)
    return text if text.endswith("\n") else text + "\n"


def execute_notebook(
    path: Path, parameters: dict[str, object] | None = None, out: Path | None = None
) -> Path:
    """Run every cell of a notebook top to bottom, in the folder it is stored in, and store its outputs
    (in place unless `out`). With `parameters`, the cell tagged `parameters` is followed by one that
    sets them."""
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    if parameters:
        index = next((i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", [])), None)
        if index is None:
            raise ValueError(f"{path}: no cell tagged 'parameters'")
        source = "\n".join(f"{key} = {value!r}" for key, value in parameters.items())
        injected = nbformat.v4.new_code_cell(f"# Parameters\n{source}")
        injected.metadata["tags"] = ["injected-parameters"]
        injected.id = "injected-parameters"  # not a random id: stored reports stay byte-stable
        nb.cells.insert(index + 1, injected)
    tmp = Path(tempfile.gettempdir())
    remove_dead_leftovers(tmp, RUN_MARKER)  # runtime folders of runs killed with kill -9
    with tempfile.TemporaryDirectory(prefix=f"article-figures-{os.getpid()}-", dir=tmp) as runtime:
        (Path(runtime) / RUN_MARKER).touch()
        # local IPC sockets and the connection file in a private folder: no TCP port, nothing left behind;
        # the asynchronous manager's client awaits the kernel's messages, so a stop signal is acted on
        # during a long cell that prints nothing (a synchronous one blocks the event loop until it ends)
        km = AsyncKernelManager(
            kernel_name=KERNEL,
            transport="ipc",
            ip=str(Path(runtime) / "kernel"),
            connection_file=str(Path(runtime) / "kernel.json"),
        )
        client = StoppableClient(
            nb,
            km=km,
            timeout=CELL_TIMEOUT,
            kernel_name=KERNEL,
            record_timing=False,
            resources={"metadata": {"path": str((out or path).parent)}},
        )
        client.run()
    target = out or path
    atomic_write(target, notebook_text(normalised(nb)))
    return target


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class StoppableClient(NotebookClient):
    """A notebook client that SIGINT or SIGTERM stops cleanly: the running cell is cancelled, the
    kernel shut down, then the signal goes to the handler installed before (KeyboardInterrupt, the
    command's own, or the default). nbclient's own handlers carry on with a dead kernel client
    (AssertionError), and lose a signal that arrives after the last cell; ours replace them before
    the kernel starts and stay until it is shut down."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.received: list[int] = []

    async def async_start_new_kernel(self, **kwargs: object) -> None:
        self._take_over_signals()  # nbclient has just installed its handlers
        await super().async_start_new_kernel(**kwargs)

    def _take_over_signals(self) -> None:
        """Our handlers in place of nbclient's: a signal is recorded the moment it arrives (even
        after the last cell, when the event loop no longer runs) and cancels the running work."""
        loop, task = asyncio.get_running_loop(), asyncio.current_task()
        if task is None or threading.current_thread() is not threading.main_thread():
            return  # the caller's handlers stay

        def stop(signum: int, frame: FrameType | None) -> None:
            self.received.append(signum)
            self.shutdown_kernel = "immediate"  # a busy kernel never answers a polite request
            with contextlib.suppress(RuntimeError):  # a closed loop: run() delivers the signal
                loop.call_soon_threadsafe(task.cancel)

        # the signals wait while handlers change hands: removing nbclient's resets them to the
        # default; removed now, its own removal at the end leaves ours alone
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        try:
            for signum in STOP_SIGNALS:
                loop.remove_signal_handler(signum)
                signal.signal(signum, stop)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)

    def run(self) -> None:
        """Execute every cell; on a stop signal shut the kernel down, then deliver the signal."""
        saved = {signum: signal.getsignal(signum) for signum in STOP_SIGNALS}
        try:
            self.execute()
        except (asyncio.CancelledError, DeadKernelError):  # nbclient calls a cancelled cell a dead kernel
            if not self.received:
                raise
        finally:
            try:
                if self.km is not None and self.km.has_kernel:
                    run_sync(self.km.shutdown_kernel)(now=bool(self.received))
            finally:  # ours until the kernel is gone: a signal meanwhile is recorded, then delivered
                for signum, handler in saved.items():
                    if handler is not None:
                        signal.signal(signum, handler)
        if self.received:
            signal.raise_signal(self.received[0])
            raise KeyboardInterrupt  # a handler that ignored the signal: stop all the same


def write_dev_archive() -> list[PartOutcome]:
    """Write the synthetic archive built from the development articles and its figure dataset."""
    write_archive(dev_archive(), DEV_ARCHIVE)
    parts = archive_parts(archive_files([DEV_ARCHIVE]))
    return extract_to_dataset(parts, ArchiveColumns(), DEV_ARCHIVE_FIGURES)


class SeedErrors(Exception):
    """Articles in seeds/ that cannot be read: one line each, naming the file and the problem."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def seed_problem(exc: ArticleError) -> str:
    """The line for a seed that cannot be read, with advice `figures` can follow: it has no
    --encoding, so text in another encoding is to be saved as UTF-8."""
    if exc.encoding is None:
        return str(exc)
    advice = f"seeds are read as UTF-8: save it as UTF-8 (e.g. iconv -f {exc.encoding} -t utf-8)"
    return str(ArticleError(exc.path, f"{exc.problem}; {advice}"))


def load_seeds(folder: Path = SEEDS) -> list[Article]:
    """Every article in seeds/; raises SeedErrors naming every one that cannot be read (not only the
    first), and ArticleError when the folder holds none."""
    articles, problems = [], []
    for path in list_articles(folder):
        try:
            articles.append(load_article(path))
        except ArticleError as exc:
            problems.append(seed_problem(exc))
    if problems:
        raise SeedErrors(problems)
    return articles


def build_all(quiet: bool = False) -> None:
    """Publish data/ for every article in seeds/, execute every notebook in place, then write a report
    for every article in seeds/ into figures/reports/. Nothing is written when an article in seeds/
    cannot be read (SeedErrors names each); other files in seeds/ are named and skipped."""

    def say(message: str) -> None:
        if not quiet:
            print(message, file=sys.stderr, flush=True)

    for file in not_articles(SEEDS):  # also with --quiet: never silent
        print(skipped_line(file), file=sys.stderr)
    articles = load_seeds(SEEDS)
    written = write_data(DATA, articles)
    say(f"data: wrote {len(written)} files for {len(articles)} article(s) into {DATA.name}/")
    outcomes = write_dev_archive()
    say(f"archive: {sum(o.articles for o in outcomes)} synthetic records and their figure dataset")
    notebooks = all_notebooks()
    for i, path in enumerate(notebooks, 1):
        started = time.perf_counter()
        say(f"[{i}/{len(notebooks)}] executing {NOTEBOOKS.name}/{path.name} ...")
        execute_notebook(path)
        say(f"[{i}/{len(notebooks)}] {path.name} done in {time.perf_counter() - started:.1f} s")
    from .report import seed_reports

    seed_reports(SEEDS, SEED_REPORTS, quiet)
