"""Regeneration: execute notebooks in place (no timing metadata, byte-stable) and publish data/."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import nbformat
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

from .archive import ArchiveColumns, archive_files, archive_parts
from .archive_extract import PartOutcome, extract_to_dataset
from .article import list_articles, load_article
from .export import atomic_write
from .paths import DATA, DEV_ARCHIVE, DEV_ARCHIVE_FIGURES, NOTEBOOKS, SEEDS
from .publish import write_data
from .synthetic import dev_archive, write_archive

KERNEL = "python3"
CELL_TIMEOUT = 600  # seconds


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


def normalised(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop what changes between runs or machines: per-cell timings, interpreter version."""
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("ExecuteTime", None)
        if cell.cell_type == "code":
            cell.outputs = coalesced_streams(cell.outputs)
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
    """Run every cell of a notebook top to bottom and store its outputs (in place unless `out`).
    With `parameters`, the cell tagged `parameters` is followed by one that sets them."""
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
        nb.cells.insert(index + 1, injected)
    with tempfile.TemporaryDirectory() as runtime:
        # local IPC sockets in a private folder: no TCP port, no warning about plain-text TCP
        km = KernelManager(kernel_name=KERNEL, transport="ipc", ip=str(Path(runtime) / "kernel"))
        client = NotebookClient(
            nb,
            km=km,
            timeout=CELL_TIMEOUT,
            kernel_name=KERNEL,
            record_timing=False,
            resources={"metadata": {"path": str(path.parent)}},
        )
        try:
            client.execute()
        finally:
            if km.has_kernel:
                km.shutdown_kernel(now=False)
    target = out or path
    atomic_write(target, notebook_text(normalised(nb)))
    return target


def write_dev_archive() -> list[PartOutcome]:
    """Write the synthetic archive built from the development articles and its figure dataset."""
    write_archive(dev_archive(), DEV_ARCHIVE)
    parts = archive_parts(archive_files([DEV_ARCHIVE]))
    return extract_to_dataset(parts, ArchiveColumns(), DEV_ARCHIVE_FIGURES)


def build_all(quiet: bool = False) -> None:
    """Publish data/ for every article in seeds/, then execute every numbered notebook in place."""

    def say(message: str) -> None:
        if not quiet:
            print(message, file=sys.stderr, flush=True)

    articles = [load_article(p) for p in list_articles(SEEDS)]
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
