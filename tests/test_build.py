from __future__ import annotations

import copy
import os
import signal
import subprocess
import sys
import time

import nbformat
import pytest
from jupyter_client.manager import AsyncKernelManager

from analysis.build import KERNEL, StoppableClient, execute_notebook, normalised, notebook_text
from analysis.stopping import Terminated, raise_terminated


def test_normalised_drops_timings_and_interpreter_version():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")])
    nb.cells[0].metadata["execution"] = {"iopub.execute_input": "2026-01-01"}
    nb.metadata["language_info"] = {"name": "python", "version": "3.11.7"}
    out = normalised(nb)
    assert "execution" not in out.cells[0].metadata
    assert "version" not in out.metadata["language_info"]
    assert notebook_text(out).endswith("}\n")


def test_execute_with_parameters_into_another_file(tmp_path):
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell("article_id = 'seed'"),
            nbformat.v4.new_code_cell("print(article_id)"),
        ]
    )
    nb.cells[0].metadata["tags"] = ["parameters"]
    source = tmp_path / "p.ipynb"
    nbformat.write(nb, source)
    out = execute_notebook(source, {"article_id": "other"}, tmp_path / "out.ipynb")
    done = nbformat.read(out, as_version=4)
    assert done.cells[1].metadata["tags"] == ["injected-parameters"]
    assert done.cells[2].outputs[0]["text"] == "other\n"
    assert nbformat.read(source, as_version=4).cells[1].outputs == []


def test_split_stream_chunks_are_merged():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print('a')")])
    nb.cells[0].outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="a\nb"),
        nbformat.v4.new_output("stream", name="stdout", text="\n"),
        nbformat.v4.new_output("stream", name="stderr", text="warn\n"),
    ]
    outputs = normalised(nb).cells[0].outputs
    assert [(o["name"], o["text"]) for o in outputs] == [("stdout", "a\nb\n"), ("stderr", "warn\n")]


def test_normalised_numbers_widget_views_and_drops_widget_state():
    view = {"version_major": 2, "version_minor": 0, "model_id": "8d7f0a"}
    output = nbformat.v4.new_output(
        "display_data", data={"application/vnd.jupyter.widget-view+json": view, "text/plain": "VBox()"}
    )
    nb = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell("w", outputs=[output, copy.deepcopy(output)])]
    )
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    out = normalised(nb)
    ids = [o["data"]["application/vnd.jupyter.widget-view+json"]["model_id"] for o in out.cells[0].outputs]
    assert ids == ["widget-0", "widget-1"]
    assert "widgets" not in out.metadata


def test_a_signal_after_the_last_cell_is_still_delivered():
    """SIGTERM once every cell has run (nbclient's completion hook, where its own handling loses
    it: the event loop no longer runs) reaches the handler installed before, after the kernel ends."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
    km = AsyncKernelManager(kernel_name=KERNEL)
    client = StoppableClient(nb, km=km, on_notebook_complete=lambda **_: os.kill(os.getpid(), signal.SIGTERM))
    previous = signal.signal(signal.SIGTERM, raise_terminated)
    try:
        with pytest.raises(Terminated):
            client.run()
        assert signal.getsignal(signal.SIGTERM) is raise_terminated
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert client.received == [signal.SIGTERM] and not km.has_kernel


SILENT_CELL = """
import nbformat, sys
from analysis.build import execute_notebook
from analysis.stopping import raise_terminated
import signal
signal.signal(signal.SIGTERM, raise_terminated)
marker, path = sys.argv[1], sys.argv[2]
cell = f"import pathlib, time\\npathlib.Path({marker!r}).touch()\\ntime.sleep(120)"
nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(cell)]), path)
execute_notebook(__import__("pathlib").Path(path))
"""


def test_sigterm_stops_a_cell_that_prints_nothing(tmp_path):
    """A long cell that sends the client no message (a big article's extraction) is stopped by
    SIGTERM as a short one is: the client's event loop never blocks waiting for the kernel."""
    marker = tmp_path / "started"
    proc = subprocess.Popen(
        [sys.executable, "-c", SILENT_CELL, str(marker), str(tmp_path / "nb.ipynb")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), proc.stderr.read().decode() if proc.poll() is not None else "no start"
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert b"Terminated" in err and proc.returncode != 0


def _odd_seeds(folder):
    """A folder of seeds with two bad articles, a PDF and a good article with its sidecar."""
    folder.mkdir()
    (folder / "a-good.txt").write_text("Prices rose 5 per cent.\n", encoding="utf-8")
    (folder / "a-good.meta.json").write_text('{"title": "Good"}', encoding="utf-8")
    (folder / "b-empty-body.txt").write_text("title: x\n\n", encoding="utf-8")
    (folder / "c-latin1.txt").write_bytes(b"Caf\xe9 prices rose 5 per cent.\n")
    (folder / "story.pdf").write_bytes(b"%PDF-1.4")
    return folder


def test_figures_names_every_bad_seed_and_writes_nothing(tmp_path, monkeypatch, capsys):
    import analysis.build as build
    from analysis.cli import main

    monkeypatch.setattr(build, "SEEDS", _odd_seeds(tmp_path / "seeds"))
    monkeypatch.setattr(build, "write_data", lambda *a: pytest.fail("data written"))
    assert main(["figures", "--quiet"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == f"{tmp_path / 'seeds' / 'story.pdf'}: not a .txt article; skipped"
    assert lines[1].startswith("error: ") and lines[1].endswith(
        "b-empty-body.txt: no article text after the header block"
    )
    assert "c-latin1.txt: not valid utf-8 text (byte 0xe9 at offset 3)" in lines[2]
    assert "--encoding" not in lines[2] and "save it as UTF-8 (e.g. iconv -f latin-1 -t utf-8)" in lines[2]
    assert len(lines) == 3
