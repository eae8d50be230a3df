"""Arabic in figures must come out joined, right to left, and without boxes.

How wrong rendering is caught: every rendering is compared with a REFERENCE image
that cannot be wrong in the same way — Pillow with its BASIC layout (no shaping,
no reordering) drawing the correct presentation-form glyphs in visual order
(``reshape_for_display(word)``). Images are compared after cropping to the ink
(``shaping.ink_similarity``). A rendering passes only if it is close to the
reference AND clearly closer to it than to the three wrong variants, drawn the
same way: reversed (joined glyphs in logical order), unjoined (isolated letters),
and tofu (a font with no Arabic). ``test_checker_rejects_wrong_variants`` and the
``*_rejects_*`` tests show the checker fails each wrong variant, so the positive
tests cannot pass vacuously.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from maqal import charts, shaping
from maqal.fonts import arabic_font_path, register_fonts, use_arabic_font
from maqal.shaping import for_figure, ink_similarity, reshape_for_display

OUT = Path("/tmp/maqal_shaping")
FONT = str(arabic_font_path())
SIZE = 40  # pixels per em, for matplotlib (dpi 72, 40 pt) and Pillow alike
WORDS = ["بيت", "كتب", "محمد", "بنت", "روسيا"]  # no lam-alef/marks: exact reference
MIXED = "قمة 2023 مع Putin (موسكو)"

GOOD, MARGIN = 0.6, 0.25


@pytest.fixture(autouse=True)
def _auto_mode(monkeypatch):
    """Each test starts in the default mode with a fresh decision."""
    monkeypatch.delenv(shaping.ENV_VAR, raising=False)
    shaping.clear_cache()
    yield
    shaping.clear_cache()


def _save(name: str, arr) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    Image.fromarray(np.asarray(arr).astype(np.uint8)).save(OUT / f"{name}.png")


# ----------------------------------------------------------- renderings ---
def _no_arabic_font() -> str:
    """A font without Arabic glyphs (DejaVu Serif, bundled with matplotlib)."""
    import matplotlib
    from fontTools.ttLib import TTFont

    path = os.path.join(matplotlib.get_data_path(), "fonts", "ttf", "DejaVuSerif.ttf")
    assert 0x0628 not in TTFont(path, lazy=True).getBestCmap()
    return path


def pil_basic(text: str, font: str = FONT, size: int = SIZE):
    """Pillow without shaping: draws code points left to right, as given."""
    f = ImageFont.truetype(font, size, layout_engine=ImageFont.Layout.BASIC)
    img = Image.new("L", (size * (len(text) + 2), size * 2), 0)
    ImageDraw.Draw(img).text((size // 2, size // 3), text, fill=255, font=f)
    return np.asarray(img)


def pil_default(text: str, size: int = SIZE):
    """Pillow as wordcloud uses it: ImageFont.truetype's default layout engine."""
    f = ImageFont.truetype(FONT, size)
    img = Image.new("L", (size * (len(text) + 2), size * 2), 0)
    ImageDraw.Draw(img).text((size // 2, size // 3), text, fill=255, font=f)
    return np.asarray(img)


def mpl_figure(text: str, size: int = SIZE, family=None):
    """The real matplotlib pipeline: a Figure with a text, drawn by Agg."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(size * (len(text) + 2) / 72, size * 2 / 72), dpi=72)
    fig.text(0.02, 0.3, text, fontsize=size,
             family=family or [register_fonts(), "DejaVu Sans"])
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    rgba = np.asarray(canvas.buffer_rgba())
    return 255 - rgba[..., :3].min(axis=2)  # black ink on white -> ink > 0


def mpl_textpath(text: str, size: int = SIZE):
    """Text as paths — the code path of the SVG backend with svg.fonttype='path'."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.patches import PathPatch
    from matplotlib.textpath import TextPath

    path = TextPath((0, 0), text, size=size, prop=FontProperties(fname=FONT))
    ext = path.get_extents()
    fig = Figure(figsize=((ext.width + 20) / 72, (ext.height + 20) / 72), dpi=72)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.add_patch(PathPatch(path, color="black", lw=0))
    ax.set_xlim(ext.x0 - 10, ext.x1 + 10)
    ax.set_ylim(ext.y0 - 10, ext.y1 + 10)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return 255 - np.asarray(canvas.buffer_rgba())[..., :3].min(axis=2)


def isolated(word: str) -> str:
    return "".join(shaping.configured_reshaper().reshape(c) for c in word)


def reference(word: str, size: int = SIZE):
    return pil_basic(reshape_for_display(word), size=size)


def wrong_variants(word: str, size: int = SIZE) -> dict:
    import bidi.algorithm

    return {
        "reversed": pil_basic(shaping.configured_reshaper().reshape(word), size=size),
        "unjoined": pil_basic(bidi.algorithm.get_display(isolated(word)), size=size),
        "tofu": pil_basic(reshape_for_display(word), font=_no_arabic_font(), size=size),
    }


def verdict(img, word: str, size: int = SIZE) -> tuple[bool, dict]:
    """(ok, scores): close to the reference and clearly closer than to any wrong variant."""
    scores = {"correct": ink_similarity(img, reference(word, size))}
    for name, wrong in wrong_variants(word, size).items():
        scores[name] = ink_similarity(img, wrong)
    worst_wrong = max(v for k, v in scores.items() if k != "correct")
    ok = scores["correct"] >= GOOD and scores["correct"] >= worst_wrong + MARGIN
    return ok, scores


def assert_correct(img, word, size=SIZE):
    ok, scores = verdict(img, word, size)
    assert ok, f"{word!r} rendered wrongly: {scores}"


def assert_wrong(img, word, size=SIZE):
    ok, scores = verdict(img, word, size)
    assert not ok, f"checker accepted a wrong rendering of {word!r}: {scores}"


# ---------------------------------------------------------------- checker ---
@pytest.mark.parametrize("word", WORDS)
def test_checker_rejects_wrong_variants(word):
    assert_correct(reference(word), word)
    for name, img in wrong_variants(word).items():
        assert_wrong(img, word)
    # and the plain logical string drawn by a non-shaping renderer
    assert_wrong(pil_basic(word), word)


# ------------------------------------------------------------ decision ---
def test_probe_decides_from_measurement_and_is_fast():
    import matplotlib  # noqa: F401  (imports are not part of the probe)
    from matplotlib.backends import backend_agg  # noqa: F401

    for renderer in shaping.RENDERERS:
        shapes, source, probe = shaping.renderer_decision(renderer)
        assert source == "probe", probe
        assert probe["ms"] < 200, probe  # ~10 ms measured
        assert shaping.renderer_shapes(renderer) is shapes
    report = shaping.shaping_report()
    assert set(report) >= {"matplotlib", "pillow", "versions", "mode"}
    assert report["matplotlib"]["source"] == "probe"


def test_probe_says_no_for_a_renderer_that_does_not_shape(monkeypatch):
    """The probe logic, fed a non-shaping renderer (Pillow BASIC), answers False."""
    monkeypatch.setattr(shaping, "_render_pillow",
                        lambda text, font, size=32: pil_basic(text, font, size))
    shaping.clear_cache()
    assert shaping.renderer_probe("pillow")["shapes"] is False
    assert shaping.renderer_shapes("pillow") is False
    word = "بيت"
    # ... and for_figure then gives the string that is right for such a renderer
    assert_correct(pil_basic(for_figure(word, "pillow")), word)


def test_probe_inconclusive_falls_back(monkeypatch):
    """Boxes for every glyph (a font without Arabic) -> no verdict -> version check."""
    monkeypatch.setattr(shaping, "_probe_font_path", _no_arabic_font)
    shaping.clear_cache()
    shapes, source, probe = shaping.renderer_decision("pillow")
    assert probe["shapes"] is None and source.startswith("fallback")
    from PIL import features

    assert shapes is bool(features.check("raqm"))


# -------------------------------------------------- Pillow / wordcloud ---
@pytest.mark.parametrize("word", WORDS)
def test_pillow_draws_for_figure_correctly(word):
    img = pil_default(for_figure(word, renderer="pillow"))
    _save(f"pillow_{word}", img)
    assert_correct(img, word)


def test_pillow_rejects_the_wrong_recipe():
    word = "بيت"
    if shaping.renderer_shapes("pillow"):
        # the classic recipe on a shaping renderer: reversed
        assert_wrong(pil_default(reshape_for_display(word)), word)
    else:  # pragma: no cover - on machines without raqm
        assert_wrong(pil_default(word), word)


def _cloud_ink(img):
    arr = np.asarray(img.convert("RGB")).astype(int)
    return (np.abs(arr - 255).sum(axis=2) > 60).astype(np.uint8) * 255


@pytest.mark.parametrize("word", ["بيت", "روسيا"])
def test_word_cloud_word_is_correct(word, monkeypatch):
    img = charts.word_cloud({word: 5}, width=400, height=200, seed=1)
    ink = _cloud_ink(img)
    _save(f"cloud_{word}", ink)
    assert_correct(ink, word, size=120)
    # force the wrong decision for this Pillow: the same cloud is then rejected
    wrong_mode = "reshape" if shaping.renderer_shapes("pillow") else "native"
    monkeypatch.setenv(shaping.ENV_VAR, wrong_mode)
    bad = _cloud_ink(charts.word_cloud({word: 5}, width=400, height=200, seed=1))
    _save(f"cloud_{word}_wrong", bad)
    assert_wrong(bad, word, size=120)


def test_word_cloud_is_deterministic():
    freq = {"روسيا": 10, "كوريا": 8, "بوتين": 6, "كيم": 5}
    a = np.asarray(charts.word_cloud(freq, width=300, height=200, seed=3))
    b = np.asarray(charts.word_cloud(freq, width=300, height=200, seed=3))
    assert np.array_equal(a, b)


# ------------------------------------------------------------ matplotlib ---
@pytest.mark.parametrize("word", WORDS)
def test_matplotlib_draws_for_figure_correctly(word):
    img = mpl_figure(for_figure(word))
    _save(f"mpl_{word}", img)
    assert_correct(img, word)


@pytest.mark.parametrize("word", WORDS[:3])
def test_matplotlib_text_paths_for_svg_are_correct(word):
    img = mpl_textpath(for_figure(word))
    _save(f"mpl_textpath_{word}", img)
    assert_correct(img, word)


def test_matplotlib_rejects_the_wrong_recipe():
    word = "كتب"
    if shaping.renderer_shapes("matplotlib"):
        img = mpl_figure(reshape_for_display(word))  # classic recipe on mpl 3.11: reversed
    else:  # pragma: no cover - matplotlib <= 3.10
        img = mpl_figure(word)  # unshaped
    _save("mpl_wrong_recipe", img)
    assert_wrong(img, word)


def test_matplotlib_tofu_is_rejected():
    word = "بيت"
    with pytest.warns(UserWarning, match="missing from font"):
        img = mpl_figure(for_figure(word), family="DejaVu Serif")
    _save("mpl_tofu", img)
    assert_wrong(img, word)


# --------------------------------------------------------------- mixed ---
def _mixed_wrongs():
    import bidi

    reshaped = shaping.configured_reshaper().reshape(MIXED)
    return {
        "unmirrored brackets": pil_basic(bidi.get_display(reshaped)),  # ')وكسوم('
        "reversed": pil_basic(reshaped),
        "digits reversed": pil_basic(reshape_for_display(MIXED).replace("2023", "3202")),
        "latin reversed": pil_basic(reshape_for_display(MIXED).replace("Putin", "nituP")),
    }


@pytest.mark.parametrize("renderer", ["matplotlib", "pillow"])
def test_mixed_string_keeps_digits_latin_and_brackets(renderer):
    draw = mpl_figure if renderer == "matplotlib" else pil_default
    img = draw(for_figure(MIXED, renderer=renderer))
    _save(f"mixed_{renderer}", img)
    good = ink_similarity(img, pil_basic(reshape_for_display(MIXED)))
    wrong = {k: ink_similarity(img, v) for k, v in _mixed_wrongs().items()}
    assert good >= GOOD, (good, wrong)
    # small differences (a bracket, digit order) move the score less than a whole
    # word does, so the margin is smaller here; the glyph test below is exact.
    for name, score in wrong.items():
        assert good > score + 0.03, (name, good, wrong)


def test_mixed_string_glyph_order_in_matplotlib():
    """Exact check on matplotlib's laid-out glyphs: left-to-right visual order."""
    from fontTools.ttLib import TTFont
    from matplotlib.ft2font import FT2Font, LoadFlags

    font = FT2Font(FONT)
    font.set_size(SIZE, 72)
    if not hasattr(font, "_layout"):  # pragma: no cover - matplotlib <= 3.10
        pytest.skip("no raqm layout API")
    text = for_figure(MIXED)
    items = sorted(font._layout(text, LoadFlags.NO_HINTING), key=lambda it: it.x)
    order = TTFont(FONT, lazy=True).getGlyphOrder()
    cmap = TTFont(FONT, lazy=True).getBestCmap()
    # digits come out as localised variants (two.loclARAB): compare base names
    names = [order[it.glyph_index].split(".")[0] for it in items]
    watched = {cmap[ord(c)] for c in "()Putin2023"}
    seen = [n for n in names if n in watched]
    # visual, left to right: "(" موسكو ")" Putin مع 2023 قمة
    expected = [cmap[ord(c)] for c in "()Putin2023"]
    assert seen == expected, seen
    # this font's GSUB yields the presentation-form glyphs (uniFEEE ...), so the whole
    # line must equal the reference string's glyphs: joined, RTL, brackets mirrored
    assert names == [cmap[ord(c)] for c in reshape_for_display(MIXED)], names
    # no .notdef (boxes) anywhere
    assert ".notdef" not in names and 0 not in [it.glyph_index for it in items]


# ------------------------------------------------ for_figure semantics ---
@pytest.mark.parametrize("mode", ["auto", "native", "reshape"])
def test_non_arabic_text_is_untouched(monkeypatch, mode):
    monkeypatch.setenv(shaping.ENV_VAR, mode)
    for text in ["Putin 2023 (Moscow)", "", "count", "a\nb", "١٢"[:0]]:
        assert for_figure(text) == text
        assert for_figure(text, renderer="pillow") == text
    assert for_figure(None) is None
    assert shaping.for_figure_many(["x", "y"]) == ["x", "y"]


def test_for_figure_is_identity_when_renderer_shapes(monkeypatch):
    if not shaping.renderer_shapes("matplotlib"):  # pragma: no cover
        pytest.skip("this matplotlib does not shape")
    for text in WORDS + [MIXED, "الرَّئِيسُ", "الله\nسلام"]:
        assert for_figure(text) == text
    assert shaping.for_figure_many(WORDS) == WORDS


def test_dataframe_and_html_strings_are_never_reshaped():
    """Only figures call for_figure: a bar chart leaves the table's terms alone."""
    import pandas as pd

    df = pd.DataFrame({"term": ["روسيا", "كيم"], "count": [3, 2]})
    before = df.copy()
    charts.bar_top_terms(df)
    pd.testing.assert_frame_equal(df, before)
    html = df.to_html()
    assert "روسيا" in html and not any("\ufb50" <= c <= "\ufeff" for c in html)


def test_override_native(monkeypatch):
    monkeypatch.setenv(shaping.ENV_VAR, "native")
    assert shaping.renderer_shapes("matplotlib") is True
    assert shaping.renderer_shapes("pillow") is True
    assert for_figure(MIXED) == MIXED
    assert shaping.shaping_report()["matplotlib"]["source"] == "MAQAL_SHAPING=native"


def test_override_reshape(monkeypatch):
    monkeypatch.setenv(shaping.ENV_VAR, "reshape")
    assert shaping.renderer_shapes("matplotlib") is False
    assert shaping.renderer_shapes("pillow") is False
    out = for_figure(MIXED)
    assert out != MIXED
    assert out.startswith("(") and "Putin" in out and "2023" in out  # mirrored, LTR kept
    assert out.index("Putin") < out.index("2023")
    # harakat kept, no الله ligature, lam-alef still joined, per-line
    assert "\u064e" in for_figure("كَتَبَ")
    assert "\ufdf2" not in for_figure("الله")
    assert "\ufefc" in for_figure("سلام")
    two = for_figure("بيت\nكتب")
    assert two.split("\n") == [for_figure("بيت"), for_figure("كتب")]
    assert for_figure("Putin 2023") == "Putin 2023"


def test_override_auto_and_invalid(monkeypatch):
    monkeypatch.setenv(shaping.ENV_VAR, "auto")
    assert shaping.renderer_shapes("matplotlib") is shaping.renderer_decision("matplotlib")[0]
    monkeypatch.setenv(shaping.ENV_VAR, "sideways")
    with pytest.raises(ValueError, match="MAQAL_SHAPING"):
        shaping.renderer_shapes("matplotlib")
    monkeypatch.setenv(shaping.ENV_VAR, "auto")
    with pytest.raises(ValueError, match="renderer"):
        for_figure("بيت", renderer="svg")


# ------------------------------------------------------------- charts ---
@pytest.fixture
def freq():
    import pandas as pd

    return pd.DataFrame({
        "term": ["روسيا", "كوريا الشمالية", "بوتين", "كيم", "الرَّئِيسُ", "موسكو", "قمة",
                 "الصواريخ", "الأسلحة", "سلام"],
        "count": [42, 35, 30, 28, 20, 15, 12, 9, 7, 5],
    })


def _png_ok(path: Path):
    img = np.asarray(Image.open(path).convert("L"))
    assert img.std() > 5 and (img < 128).mean() > 0.005, path


def _svg_ok(path: Path):
    svg = path.read_text(encoding="utf-8")
    assert "<path" in svg and "<text" not in svg, path  # text as paths
    return svg


def test_bar_top_terms_and_save(freq, tmp_path):
    fig = charts.bar_top_terms(freq, n=5, title="أكثر الكلمات")
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == for_figure_many_top(freq, 5)
    ys = [t.get_position()[1] for t in ax.get_yticklabels()]
    # most frequent at top: y axis inverted, first label at the smallest y
    assert ax.yaxis_inverted() and ys[0] < ys[-1]
    assert [t.get_text() for t in ax.texts] == ["42", "35", "30", "28", "20"]
    paths = charts.save_figure(fig, "bar_top", folder=tmp_path)
    assert [p.name for p in paths] == ["bar_top.png", "bar_top.svg"]
    _png_ok(paths[0])
    _svg_ok(paths[1])
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp files left
    charts.save_figure(fig, "bar_top", folder=OUT)
    # the bar labels, drawn alone, are correct Arabic
    assert_correct(mpl_figure(labels[0]), "روسيا")


def for_figure_many_top(freq, n):
    return shaping.for_figure_many(list(freq["term"][:n]))


def test_word_cloud_figure_and_save(freq, tmp_path):
    img = charts.word_cloud(freq, width=600, height=350)
    img.save(OUT / "word_cloud.png")
    fig = charts.word_cloud_figure(freq, width=600, height=350, title="سحابة الكلمات")
    paths = charts.save_figure(fig, "cloud", folder=tmp_path)
    _png_ok(paths[0])
    _svg_ok(paths[1])
    charts.save_figure(fig, "cloud", folder=OUT, formats=("png",))


def test_a_word_cloud_is_saved_at_its_own_size_without_matplotlib(freq, tmp_path):
    from PIL import Image

    img = charts.word_cloud(freq, width=600, height=350)
    shown = charts.save_image(img, "cloud", folder=tmp_path)
    png, svg = tmp_path / "cloud.png", tmp_path / "cloud.svg"
    assert png.read_bytes() == shown._repr_png_()
    back = Image.open(png)
    assert back.size == (600, 350) and len(back.convert("RGB").getcolors(4096)) <= 64
    assert 'width="600"' in svg.read_text() and "data:image/png;base64," in svg.read_text()
    assert oct(png.stat().st_mode & 0o777) == "0o644"
    with pytest.raises(ValueError):
        charts.save_image(img, "../cloud", folder=tmp_path)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="files are written aside by forked children")
def test_svg_files_written_aside_are_the_files_written_here(freq, tmp_path, monkeypatch):
    """A report kernel's SVG files, drawn by forked children (charts.write_files_aside), are the
    bytes this process writes; a child that fails leaves its file to files_written, which writes it."""
    fig = charts.bar_top_terms(freq, n=10)
    here = charts.save_figure(fig, "here", folder=tmp_path)
    parent, write, writers = os.getpid(), charts.atomic_write, tmp_path / "writers.log"

    def logged(target, data):  # which process wrote which file
        with open(writers, "a") as log:
            log.write(f"{Path(target).suffix} {os.getpid() == parent}\n")
        return write(target, data)

    monkeypatch.setattr(charts, "atomic_write", logged)
    charts.write_files_aside()
    try:
        aside = charts.save_figure(fig, "aside", folder=tmp_path)
        charts.files_written()
        assert sorted(writers.read_text().split("\n")[:-1]) == [".png True", ".svg False"]
        monkeypatch.setattr(charts, "atomic_write",  # the next child dies before writing
                            lambda target, data: write(target, data) if os.getpid() == parent else os._exit(3))
        failed = charts.save_figure(fig, "failed", folder=tmp_path)
        assert not failed[1].exists() or failed[1].read_bytes() == here[1].read_bytes()
        charts.files_written()
    finally:
        charts.write_files_aside(False)
    assert aside[0].read_bytes() == here[0].read_bytes()  # the PNG, drawn here
    assert aside[1].read_bytes() == here[1].read_bytes() == failed[1].read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp files left


def test_save_figure_default_folder(freq, tmp_path, monkeypatch):
    from maqal import paths

    monkeypatch.setattr(paths, "FIGURES_DIR", tmp_path / "figs")
    out = charts.save_figure(charts.bar_top_terms(freq, n=3), "x", formats=("png",))
    assert out == [tmp_path / "figs" / "x.png"] and out[0].stat().st_size > 1000
    with pytest.raises(ValueError):
        charts.save_figure(charts.bar_top_terms(freq, n=3), "../x")


def test_fonts():
    assert Path(FONT).name == "IBMPlexSansArabic-Regular.ttf"
    family = register_fonts()
    assert family == "IBM Plex Sans Arabic"
    import matplotlib as mpl

    old = mpl.rcParams["font.family"]
    try:
        assert use_arabic_font() == family
        assert mpl.rcParams["font.family"] == [family, "DejaVu Sans"]
    finally:
        mpl.rcParams["font.family"] = old


def test_import_is_cheap():
    import subprocess
    import sys

    code = ("import time,sys; t=time.perf_counter(); import maqal.shaping, maqal.fonts, "
            "maqal.charts; dt=time.perf_counter()-t; "
            "assert 'matplotlib' not in sys.modules, 'matplotlib imported eagerly'; print(dt)")
    env = dict(os.environ, PYTHONPATH=str(Path(shaping.__file__).parents[1]))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr  # how long the import takes is make bench's to say


def _overlap_pixels(layout, font_path, size, anchor):
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    total = np.zeros((size[1], size[0]), int)
    for (word, _), font_size, pos, _, _ in layout:
        im = Image.new("L", size)
        ImageDraw.Draw(im).text((pos[1], pos[0]), word, fill=255,
                                font=ImageFont.truetype(font_path, font_size), anchor=anchor)
        total += np.asarray(im) > 128
    return int((total > 1).sum())


def test_word_cloud_words_do_not_overlap():
    """wordcloud measures words anchored left-top but draws them left-ascender; with an
    Arabic font's tall ascender that overlaps words unless maqal's wrapper is active."""
    import contextlib

    from wordcloud import WordCloud

    import maqal
    from maqal.charts import text_drawn_where_measured
    from maqal.fonts import arabic_font_path

    freq = maqal.term_frequencies(maqal.load_article(maqal.paths.SAMPLE_ARTICLE))
    counts = dict(zip(freq["term"], freq["count"]))
    font = str(arabic_font_path())
    results = {}
    for fixed in (False, True):
        with text_drawn_where_measured() if fixed else contextlib.nullcontext():
            wc = WordCloud(font_path=font, width=800, height=500, max_words=60, random_state=0,
                           prefer_horizontal=1.0).generate_from_frequencies(counts)
        results[fixed] = _overlap_pixels(wc.layout_, font, (800, 500), "lt" if fixed else None)
    assert results[False] > 1000  # the bug is real: without the wrapper words collide
    assert results[True] < 100
