"""The project's promises about itself: same dependencies for pip and conda, clean notebooks,
paths from the package, a fast import."""
import json
import re
import subprocess
import sys
import tomllib

import yaml

from maqal import paths


def _name(req: str) -> tuple[str, str]:
    m = re.match(r"\s*([A-Za-z0-9_.\-]+)\s*(.*)", req)
    return m.group(1).lower().replace("_", "-"), m.group(2).replace(" ", "")


def test_environment_yml_names_the_same_dependencies_as_pyproject():
    py = tomllib.loads((paths.PROJ_ROOT / "pyproject.toml").read_text())
    wanted = dict(_name(r) for r in py["project"]["dependencies"] + py["project"]["optional-dependencies"]["test"])
    env = yaml.safe_load((paths.PROJ_ROOT / "environment.yml").read_text())
    got = {}
    for dep in env["dependencies"]:
        items = dep["pip"] if isinstance(dep, dict) else [dep]
        for item in items:
            if item.startswith("-e") or item.split(">")[0].split("=")[0] in ("python", "pip"):
                continue
            name, spec = _name(item)
            got[name] = spec
    assert got == wanted


def test_notebooks_are_committed_clean_and_parameterised():
    nbs = sorted(paths.NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))
    assert [p.name for p in nbs][:2] == ["01_article.ipynb", "02_word_frequencies.ipynb"]
    for p in nbs:
        nb = json.loads(p.read_text(encoding="utf-8"))
        assert nb["metadata"]["kernelspec"]["name"] == "python3", p
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        assert all(c["outputs"] == [] and c["execution_count"] is None for c in code), f"{p} has outputs"
        tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
        assert len(tagged) == 1, f"{p} needs exactly one cell tagged 'parameters'"
        src = "".join(tagged[0]["source"])
        corpus_scope = nb["metadata"].get("maqal", {}).get("scope") == "corpus"  # 05: run on a corpus folder
        names = ("corpus_dir", "figures_dir") if corpus_scope else ("article_path", "select", "published", "figures_dir")
        for name in names:
            assert re.search(rf"^{name} = ", src, re.M), (p, name)
        body = "".join("".join(c["source"]) for c in code)
        assert "sys.path" not in body and "../" not in body, f"{p} must import maqal, not patch paths"


def test_paths_come_from_the_package():
    assert (paths.PROJ_ROOT / "pyproject.toml").exists()
    assert paths.SAMPLE_ARTICLE.exists()
    assert paths.NOTEBOOKS_DIR.is_dir()


def test_import_is_light():
    code = ("import sys, time; t=time.perf_counter(); import maqal; dt=time.perf_counter()-t; "
            "print(dt, 'matplotlib' in sys.modules, 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[1:] == ["False", "False"], "import maqal must not import matplotlib or pandas"
