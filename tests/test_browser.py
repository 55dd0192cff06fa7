"""Each notebook opened in JupyterLab in headless Chromium, outputs cleared, Run All Cells from the
menu as a user would, then checked: every cell ran, no errors, charts rendered at a real size,
tables rendered. Screenshots go to screenshots/ (git-ignored). Run with `make browser-test`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from analysis.build import all_notebooks
from analysis.explorer import article_choices
from analysis.paths import PROJECT_ROOT

from .browser_harness import Lab, cleared_copy, start_chromium, start_lab, stop

pytestmark = pytest.mark.browser

SCREENSHOTS = PROJECT_ROOT / "screenshots"
IDLE = r"/\|\s*Idle/"
STATUS_IDLE = (
    f"() => [...document.querySelectorAll('.jp-StatusBar-TextItem')].some(e => {IDLE}.test(e.textContent))"
)
CHART_IMAGES = ".jp-Notebook .jp-OutputArea-output img"
ALL_RAN_OR_ERROR = """() => {
  const cells = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell')];
  if (!cells.length) return false;
  if (document.querySelector('.jp-Notebook .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'))
    return true;
  const ran = cells.every(c => /\\[\\d+\\]/.test((c.querySelector('.jp-InputArea-prompt') || {}).textContent || ''));
  const idle = [...document.querySelectorAll('.jp-StatusBar-TextItem')].some(e => /\\|\\s*Idle/.test(e.textContent));
  return ran && idle;
}"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Lab, object]]:
    """A JupyterLab server on cleared copies of the notebooks and a Chromium attached over CDP."""
    from playwright.sync_api import sync_playwright

    work = tmp_path_factory.mktemp("browser")
    root = work / "notebooks"
    root.mkdir()
    for path in all_notebooks():
        cleared_copy(path, root)
    lab = chromium = playwright = None
    try:
        lab = start_lab(root, work)
        chromium, cdp = start_chromium(work)
        playwright = sync_playwright().start()
        browser = playwright.chromium.connect_over_cdp(cdp)
        yield lab, browser
    finally:
        if playwright is not None:
            playwright.stop()
        stop(chromium)
        stop(lab.proc if lab is not None else None)


def run_all(page: object, lab: Lab, name: str) -> None:
    """Open a cleared notebook, wait for its kernel, and Run All Cells from the menu."""
    page.goto(lab.notebook_url(name))
    page.wait_for_function(STATUS_IDLE, timeout=120_000)
    prompts_before = page.locator(".jp-Notebook .jp-CodeCell .jp-InputArea-prompt").all_inner_texts()
    assert not any(p.strip("[]: ") for p in prompts_before), "outputs were not cleared before the run"
    page.locator(".lm-MenuBar-item", has_text="Run").first.click()
    page.locator(".lm-Menu-item:visible", has_text="Run All Cells").first.click()
    page.wait_for_function(ALL_RAN_OR_ERROR, timeout=300_000)


@pytest.mark.parametrize("name", [p.name for p in all_notebooks()])
def test_run_all_cells_in_jupyterlab(session, name: str) -> None:
    lab, browser = session
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    SCREENSHOTS.mkdir(exist_ok=True)
    shot = SCREENSHOTS / f"{name.removesuffix('.ipynb')}.png"
    try:
        run_all(page, lab, name)
        images = page.locator(CHART_IMAGES)
        if images.count():
            images.last.scroll_into_view_if_needed()
        page.wait_for_timeout(500)  # let the last image decode before measuring it
        page.screenshot(path=str(shot))

        errors = page.locator(
            '.jp-Notebook .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
        )
        assert errors.count() == 0, errors.first.inner_text()
        prompts = page.locator(".jp-Notebook .jp-CodeCell .jp-InputArea-prompt").all_inner_texts()
        assert prompts and all(p.strip().strip("[]:").isdigit() for p in prompts), prompts
        sizes = page.eval_on_selector_all(
            CHART_IMAGES, "els => els.map(e => [e.naturalWidth, e.naturalHeight, e.alt.length])"
        )
        if name != "03-audit.ipynb":  # the seed's one date makes no timeline: the audit has no chart
            assert sizes, "no chart image rendered"
        assert all(w > 100 and h > 100 and alt > 50 for w, h, alt in sizes), sizes
        assert page.locator(".jp-Notebook table").count() >= 1, "no table rendered"
    finally:
        if not shot.exists():
            page.screenshot(path=str(shot))
        context.close()
        lab.shutdown_kernels()


def test_explorer_follows_the_article_chosen(session) -> None:
    """Choose another article in the explorer's menu: its table and its charts change in place."""
    lab, browser = session
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    SCREENSHOTS.mkdir(exist_ok=True)
    label = next(label for label, _ in article_choices() if "Herat Earthquake Response" in label)
    try:
        run_all(page, lab, "00-explore.ipynb")
        table = page.locator(".jp-Notebook table.af-table").first
        table.wait_for(timeout=60_000)
        before_table = table.inner_text()
        before_chart = page.locator(".jp-Notebook img.af-chart").first.get_attribute("src")
        assert "$77M" in before_table
        page.locator(".jp-Notebook .widget-dropdown select").first.select_option(label=label)
        page.wait_for_function(
            """([old]) => {
              const t = document.querySelector('.jp-Notebook table.af-table');
              const i = document.querySelector('.jp-Notebook img.af-chart');
              return t && i && t.innerText.includes('114,000 people') && i.getAttribute('src') !== old;
            }""",
            arg=[before_chart],
            timeout=120_000,
        )
        assert "$77M" not in table.inner_text()
        alt = page.locator(".jp-Notebook img.af-chart").first.get_attribute("alt")
        assert "Source: unocha.org" in alt
        page.screenshot(path=str(SCREENSHOTS / "00-explore-after-choice.png"))
    finally:
        context.close()
        lab.shutdown_kernels()
