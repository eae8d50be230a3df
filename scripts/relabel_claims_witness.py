"""Relabel claims gold to ruling 8b of tests/gold/rulebooks/claims_addendum.md (session 26).

Unnamed witnesses, residents, activists and other unnamed people described only by a role or a
circumstance («شهود عيان»، «السكان»، «ناشطون معارضون»، «صحافية أخرى»، «أحد الناجين») are
``anonymous``: sets annotated before session 21 typed most of them person, blind20-24 anonymous.

A gold source is relabelled when its first word (after a quantifier of the ``witness_lead`` class:
أحد، إحدى، عدد من، بعض) is a ``witness`` or ``witness_form`` word of claim_words.tsv, it names no
one (a ``naming_word`` of entity_words.tsv: «يدعى»), and its type is ``person`` (a named one — «الناشط … بارك سانغ هاك», «رياض أحمد، أحد
السكان» — opens on a title with the article or on the name, neither a listed head; officials and
bodies keep their type). Only ``source_type`` changes; every line is rewritten as it was read.

usage: relabel_claims_witness.py GOLD.jsonl [...] --tsv OUT.tsv  (rewrites in place; --dry-run)
"""
import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from maqal.arabic import normalize  # noqa: E402
from maqal.claims import source_types  # noqa: E402  the extractor reads the same words (with_witness_types)

#: the types ruling 8b turns to anonymous (official, government, organization, media stay)
RELABELLED_TYPES = ("person", "expert")


def is_unnamed_witness(source: str) -> bool:
    """Ruling 8b: an unnamed witness, resident, activist… (a listed head, no name word)."""
    return source_types.is_unnamed_witness(normalize(source or ""))


def relabel_line(line: str, set_name: str, number: int) -> tuple[str, list[tuple]]:
    """One gold line, relabelled, and the (set, article, source, was, now) rows it changed."""
    record = json.loads(line)
    changed = []
    for claim in record.get("claims", []):
        if claim.get("source_type") in RELABELLED_TYPES and is_unnamed_witness(claim.get("source")):
            article = record.get("id") or f"line{number}"
            changed.append((set_name, article, claim["source"], claim["source_type"], "anonymous"))
            claim["source_type"] = "anonymous"
    return (json.dumps(record, ensure_ascii=False) if changed else line.rstrip("\n")), changed


def relabel_file(path: Path, write: bool) -> list[tuple]:
    set_name = path.stem.removeprefix("claims_")
    lines = path.read_text(encoding="utf-8").splitlines()
    out, rows = [], []
    for number, line in enumerate(lines, 1):
        new, changed = relabel_line(line, set_name, number) if line.strip() else (line, [])
        out.append(new)
        rows += changed
    if write and rows:
        path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, nargs="+")
    ap.add_argument("--tsv", type=Path)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    rows = [r for path in args.gold for r in relabel_file(path, not args.dry_run)]
    text = "set\tarticle\tsource\twas\tnow\n" + "".join("\t".join(r) + "\n" for r in rows)
    if args.tsv:
        args.tsv.write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    print(f"{len(rows)} claims relabelled", file=sys.stderr)


if __name__ == "__main__":
    main()
