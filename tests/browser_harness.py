"""JupyterLab and headless Chromium as a user meets them: each started here, on loopback, with
temporary folders, and stopped by process id. Used by tests/test_browser.py (`make browser-test`)."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import nbformat

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,1000",
)
LAB_SETTINGS = {
    # no "Jupyter news?" pop-up over the page
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    # render every cell, not only those in view, so all can be checked
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_http(url: str, seconds: float, proc: subprocess.Popen[bytes], log: Path) -> None:
    """Poll a loopback URL until it answers 200; fail with the process log if it dies or times out."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"process exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}"
            )
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (loopback only)
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.25)
    raise RuntimeError(f"{url} did not answer within {seconds} s:\n{log.read_text(errors='replace')[-3000:]}")


def stop(proc: subprocess.Popen[bytes] | None) -> None:
    """Stop a process group started here: SIGTERM, then SIGKILL after 10 s."""
    if proc is None or proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    except ProcessLookupError:
        pass


def cleared_copy(source: Path, folder: Path) -> Path:
    """A copy of a notebook with every output and execution count removed."""
    nb = nbformat.read(source, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    target = folder / source.name
    nbformat.write(nb, target)
    return target


@dataclass
class Lab:
    """A running JupyterLab server."""

    url: str
    token: str
    root: Path
    proc: subprocess.Popen[bytes]

    def notebook_url(self, name: str) -> str:
        return f"{self.url}/lab/tree/{name}?reset&token={self.token}"

    def shutdown_kernels(self) -> None:
        """Stop every kernel the server runs (between notebooks, to free their memory)."""
        with urllib.request.urlopen(f"{self.url}/api/kernels?token={self.token}", timeout=10) as response:  # noqa: S310
            kernels = json.loads(response.read())
        for kernel in kernels:
            request = urllib.request.Request(  # noqa: S310 (loopback only)
                f"{self.url}/api/kernels/{kernel['id']}?token={self.token}", method="DELETE"
            )
            urllib.request.urlopen(request, timeout=10).close()  # noqa: S310


def start_lab(root: Path, work: Path) -> Lab:
    """JupyterLab from this venv on 127.0.0.1, a random token, temporary settings and workspaces."""
    settings, workspaces = work / "settings", work / "workspaces"
    for name, values in LAB_SETTINGS.items():
        plugin, file = name.split("/", 1)
        path = settings / plugin / file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")
    workspaces.mkdir(parents=True, exist_ok=True)
    port, token = free_port(), secrets.token_hex(16)
    log = work / "jupyterlab.log"
    proc = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "jupyter",
            "lab",
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={port}",
            f"--IdentityProvider.token={token}",
            "--allow-root",
            f"--ServerApp.root_dir={root}",
            f"--LabApp.user_settings_dir={settings}",
            f"--LabApp.workspaces_dir={workspaces}",
        ],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
        env={
            **os.environ,
            "JUPYTER_CONFIG_DIR": str(work / "config"),
            "JUPYTER_RUNTIME_DIR": str(work / "runtime"),
        },
    )
    lab = Lab(f"http://127.0.0.1:{port}", token, root, proc)
    try:
        wait_for_http(f"{lab.url}/api/status?token={token}", 60, proc, log)
    except BaseException:
        stop(proc)
        raise
    return lab


def start_chromium(work: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Debian's Chromium, headless, with a new profile; returns the process and its CDP address."""
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        raise RuntimeError(f"Chromium not found at {CHROMIUM}: install Debian's 'chromium' package")
    port = free_port()
    log = work / "chromium.log"
    proc = subprocess.Popen(  # noqa: S603
        [
            CHROMIUM,
            *CHROMIUM_FLAGS,
            f"--remote-debugging-port={port}",
            "--remote-debugging-address=127.0.0.1",
            f"--user-data-dir={work / 'chromium-profile'}",
            "about:blank",
        ],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_for_http(f"http://127.0.0.1:{port}/json/version", 60, proc, log)
    except BaseException:
        stop(proc)
        raise
    return proc, f"http://127.0.0.1:{port}"
