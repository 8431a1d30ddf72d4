import nbformat
from nbclient import NotebookClient

from tests.conftest import REPO

NOTEBOOK = REPO / "notebooks" / "explore.ipynb"
PLOTLY = "application/vnd.plotly.v1+json"


def test_the_notebook_answers_its_questions_with_charts_on_the_seeds_output(seeds_output, monkeypatch):
    monkeypatch.setenv("WARTA_OUTPUT", str(seeds_output))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    charts = [output for cell in notebook.cells if cell.cell_type == "code"
              for output in cell.outputs if PLOTLY in output.get("data", {})]
    assert len(charts) == 5
    assert all(output["data"][PLOTLY]["data"] for output in charts), "every chart has data"
