"""Strip outputs, execution counts and noisy metadata from notebooks (they are committed clean)."""
import sys

import nbformat


def clean(path: str) -> bool:
    nb = nbformat.read(path, as_version=4)
    before = nbformat.writes(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cell.metadata = {k: v for k, v in cell.metadata.items() if k == "tags"}
    keep = {"maqal": nb.metadata["maqal"]} if "maqal" in nb.metadata else {}  # e.g. {"scope": "corpus"}
    nb.metadata = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                   "language_info": {"name": "python"}, **keep}
    after = nbformat.writes(nb)
    if after != before:
        nbformat.write(nb, path)
        return True
    return False


if __name__ == "__main__":
    for p in sys.argv[1:]:
        if clean(p):
            print(f"cleaned {p}")
