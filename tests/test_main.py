"""`python -m analysis`: Ctrl-C or SIGTERM while it still imports gives one line, never a traceback."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from analysis.paths import seed_path

# runs `python -m analysis extract SEED` and sends itself SIGNAL the moment the recogniser (its
# heaviest import: the vocabularies' modules) starts loading
SIGNAL_DURING_IMPORT = """
import os, runpy, signal, sys

class SignalOnRecogniser:
    def find_spec(self, name, path=None, target=None):
        if name == "analysis.extract":
            os.kill(os.getpid(), signal.{name})
        return None

sys.meta_path.insert(0, SignalOnRecogniser())
sys.argv = ["analysis", "extract", sys.argv[1]]
runpy.run_module("analysis", run_name="__main__", alter_sys=True)
"""


@pytest.mark.parametrize(
    ("name", "status", "word"), [("SIGINT", 130, "interrupted"), ("SIGTERM", 143, "terminated")]
)
def test_a_signal_during_the_imports_is_one_line(name, status, word):
    result = subprocess.run(
        [sys.executable, "-c", SIGNAL_DURING_IMPORT.replace("{name}", name), str(seed_path())],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
    )
    assert (result.returncode, result.stderr, result.stdout) == (status, f"error: {word}\n", "")


def test_importing_the_package_is_light_and_its_names_still_work():
    code = (
        "import sys, analysis\n"
        "light = 'pandas' not in sys.modules and 'analysis.article' not in sys.modules\n"
        "from analysis import Article, ArticleError, extract_figures, load_article\n"
        "print(light, Article.__module__, ArticleError.__module__, extract_figures.__module__, load_article.__name__)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.split() == [
        "True",
        "analysis.article",
        "analysis.article",
        "analysis.extract",
        "load_article",
    ]


def test_an_unknown_name_is_an_attribute_error():
    import analysis

    with pytest.raises(AttributeError, match="no_such_name"):
        analysis.no_such_name  # noqa: B018
