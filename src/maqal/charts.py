"""Figures from counted tables (never from raw text).

Every Arabic string goes through :func:`maqal.shaping.for_figure` on its way in.

Figures are plain :class:`matplotlib.figure.Figure` objects, not pyplot-managed:
nothing here calls ``plt.show()`` or ``plt.figure()``. In Jupyter a returned Figure
is displayed once (as the cell's value, or with ``display(fig)``); in a script,
save it with :func:`save_figure`. Because pyplot does not track them they need no
``plt.close`` and are freed like any object. If you pass your own ``ax`` (e.g.
from ``plt.subplots()``), the figure is yours, and so is closing it.
"""
from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from . import figure_cache, paths
from .files import atomic_write, make_folder
from .fonts import arabic_font_path, font_family
from .labels import label
from .shaping import for_figure

DPI = 150
#: a page's PNG of a figure is drawn at this many times the figure's dpi (a retina display's)
PAGE_SCALE = 2


def _counts(freq, term_col: str = "term", count_col: str = "count") -> dict:
    """term -> count from a DataFrame (term_col, count_col) or a mapping; positive counts only."""
    if isinstance(freq, Mapping):
        items = freq.items()
    else:
        try:
            items = zip(freq[term_col], freq[count_col])
        except (KeyError, TypeError) as exc:
            raise ValueError(
                f"freq: expected a DataFrame with columns {term_col!r} and {count_col!r}"
                " or a dict term -> count"
            ) from exc
    out: dict = {}
    for term, count in items:
        if term is None or count is None or count != count:  # skip NaN
            continue
        term = str(term)
        if count > 0:
            out[term] = out.get(term, 0) + count
    return out


def new_figure(figsize):
    from matplotlib.figure import Figure

    return Figure(figsize=figsize, layout="constrained")


def bar_top_terms(freq, n: int = 20, term_col: str = "term", count_col: str = "count",
                  title: str | None = None, ax=None, lang: str = "ar"):
    """Horizontal bar chart of the *n* most frequent terms, most frequent at top (the axis is
    named in ``lang``: ``column.<count_col>`` of ``labels.tsv``).

    *freq* is a counted table (DataFrame with *term_col*/*count_col*, or a dict).
    Labels go through ``for_figure``; each bar is labelled with its count.
    Returns the Figure (``ax.figure`` when *ax* is given).
    """
    import matplotlib as mpl

    counts = _counts(freq, term_col, count_col)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    family = font_family()
    with mpl.rc_context({"font.family": family}):
        if ax is None:
            fig = new_figure((7, max(2.0, 0.32 * len(top) + 1.2)))
            ax = fig.add_subplot()
        else:
            fig = ax.figure
        terms = [t for t, _ in top]
        values = [c for _, c in top]
        ypos = list(range(len(top)))
        bars = ax.barh(ypos, values, color="#3b6ea8")
        ax.set_yticks(ypos, labels=[for_figure(t) for t in terms], fontfamily=family)
        ax.invert_yaxis()  # most frequent at top
        labels = [f"{v:,}" if float(v).is_integer() else f"{v:,.2f}" for v in values]
        ax.bar_label(bars, labels=labels, padding=3, fontsize=9, fontfamily=family)
        ax.margins(x=0.12)
        ax.spines[["top", "right"]].set_visible(False)
        ax.set_xlabel(for_figure(label(f"column.{count_col}", lang, default=count_col)), fontfamily=family)
        if title:
            ax.set_title(for_figure(title), fontfamily=family)
    return fig


def word_cloud(freq, max_words: int = 100, width: int = 1200, height: int = 700,
               seed: int = 0, term_col: str = "term", count_col: str = "count", **kwargs):
    """A word cloud (PIL.Image) from counted terms.

    Uses ``WordCloud.generate_from_frequencies`` with the Arabic font; keys go
    through ``for_figure(..., renderer='pillow')``. Deterministic for a given
    *seed*. Words are horizontal unless ``prefer_horizontal`` is passed; other
    *kwargs* go to ``WordCloud`` (e.g. ``background_color``, ``colormap``).
    """
    return drawn_cloud(*cloud_input(freq, max_words, width, height, seed, term_col, count_col, **kwargs))


def cloud_input(freq, max_words: int = 100, width: int = 1200, height: int = 700,
                seed: int = 0, term_col: str = "term", count_col: str = "count", **kwargs) -> tuple[dict, dict]:
    """What :func:`word_cloud` gives ``WordCloud``: the shaped words with their counts, and its options."""
    counts = _counts(freq, term_col, count_col)
    if not counts:
        raise ValueError("word_cloud: no term with a positive count")
    shaped: dict = {}
    for term, count in counts.items():
        key = for_figure(term, renderer="pillow")
        shaped[key] = shaped.get(key, 0) + count
    options = dict(
        font_path=str(arabic_font_path()),
        width=width,
        height=height,
        max_words=max_words,
        random_state=seed,
        collocations=False,
        background_color="white",
        colormap="viridis",
        prefer_horizontal=1.0,
        min_font_size=8,
        margin=4,
    )
    options.update(kwargs)
    return shaped, options


def drawn_cloud(shaped: dict, options: dict):
    """The word cloud (PIL.Image) of :func:`cloud_input`'s words and options."""
    from wordcloud import WordCloud

    with text_drawn_where_measured():
        wc = WordCloud(**options).generate_from_frequencies(shaped)
        return wc.to_image()


def shown_cloud(freq, name: str, folder=None, colors: int = 64, **kwargs) -> "PNG":
    """:func:`word_cloud` of ``freq`` (``kwargs``: its options) saved as :func:`save_image` saves
    it, and shown; a cloud whose files are already its drawing (:mod:`maqal.figure_cache`: the
    same report made again — its words, options and drawing code the same) is not drawn again."""
    import wordcloud

    shaped, options = cloud_input(freq, **kwargs)
    png = figure_path(name, folder, "png")
    files = [png, png.with_suffix(".svg")]
    key = figure_cache.inputs_key("word_cloud", wordcloud.__version__, shaped, options, colors)
    if figure_cache.drawn_before(key, name, png.parent, files):
        return PNG(png.read_bytes())
    shown = save_image(drawn_cloud(shaped, options), name, folder, colors)
    figure_cache.remember(key, name, png.parent, files)
    return shown


class _TopAnchoredDraw:
    """ImageDraw proxy whose ``text()`` uses anchor "lt", the anchor wordcloud measures with."""

    def __init__(self, draw):
        self._draw = draw

    def text(self, xy, text, *args, **kwargs):
        kwargs.setdefault("anchor", "lt")
        return self._draw.text(xy, text, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._draw, name)


class _TopAnchoredImageDraw:
    def __init__(self, module):
        self._module = module

    def Draw(self, *args, **kwargs):  # noqa: N802 - mirrors PIL.ImageDraw.Draw
        return _TopAnchoredDraw(self._module.Draw(*args, **kwargs))

    def __getattr__(self, name):
        return getattr(self._module, name)


class text_drawn_where_measured:
    """wordcloud 1.9 measures each word with ``textbbox(..., anchor="lt")`` but draws it with
    Pillow's default anchor "la" (left-ascender), so a font with a tall ascender — most
    Arabic fonts — is drawn lower than the box it was given, and words overlap.  While
    active, wordcloud's drawing uses the anchor it measured with."""

    def __enter__(self):
        import wordcloud.wordcloud as wcmod

        self._mod = wcmod
        self._orig = wcmod.ImageDraw
        wcmod.ImageDraw = _TopAnchoredImageDraw(self._orig)
        return self

    def __exit__(self, *exc):
        self._mod.ImageDraw = self._orig
        return False


def word_cloud_figure(freq, max_words: int = 100, width: int = 1200, height: int = 700,
                      seed: int = 0, title: str | None = None, ax=None, **kwargs):
    """:func:`word_cloud` shown in a matplotlib Figure (axes off)."""
    import matplotlib as mpl

    image = word_cloud(freq, max_words=max_words, width=width, height=height,
                       seed=seed, **kwargs)
    family = font_family()
    with mpl.rc_context({"font.family": family}):
        if ax is None:
            fig = new_figure((1, 1))
            scale = PAGE_SCALE * fig.dpi  # saved as a page shows it (page_png): the image at its own size
            fig.set_size_inches(width / scale, height / scale)
            ax = fig.add_subplot()
        else:
            fig = ax.figure
        ax.imshow(image, interpolation="bilinear")
        ax.set_axis_off()
        if title:
            ax.set_title(for_figure(title), fontfamily=family)
    return fig


class Sentence:
    """What a chart with nothing to say becomes: one line of text (every bar the same value, or
    shares of groups too small to share).  Shown as HTML; :func:`save_figure` writes no file for it."""

    def __init__(self, text: str, lang: str = "ar"):
        self.text, self.lang = text, lang

    def _repr_html_(self) -> str:
        import html

        direction = "rtl" if self.lang == "ar" else "ltr"
        return f'<p class="maqal-chart-sentence" dir="{direction}" lang="{self.lang}">{html.escape(self.text)}</p>'

    def __str__(self) -> str:
        return self.text


def separators(lang: str = "ar") -> tuple[str, str]:
    """The comma and the semicolon of a list in ``lang``."""
    return ("، ", "؛ ") if lang == "ar" else (", ", "; ")


def says_something(values) -> bool:
    """Whether bars of ``values`` would show a difference: two bars or more, not all alike."""
    values = list(values)
    return len(values) > 1 and len(set(values)) > 1


#: fewer items than this in a group make its share a number, not a proportion
MIN_GROUP_FOR_SHARE = 5


def figure_path(name: str, folder, fmt: str) -> Path:
    """Where ``name.<fmt>`` goes in *folder* (default ``maqal.paths.FIGURES_DIR``, created if
    missing); ``name`` must be a bare file name."""
    _check_name(name)
    folder = Path(folder) if folder is not None else Path(paths.FIGURES_DIR)
    make_folder(folder)
    return folder / f"{name}.{fmt}"


def page_png(fig) -> bytes:
    """``fig`` as the PNG a notebook page shows: what JupyterLab's retina display draws (twice the
    figure's resolution, cropped to what is drawn, the figure's own colours)."""
    import io

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=PAGE_SCALE * fig.dpi, bbox_inches="tight",
                facecolor=fig.get_facecolor(), edgecolor=fig.get_edgecolor())
    return buf.getvalue()


def save_figure(fig, name: str, folder=None, formats: Sequence[str] = ("png", "svg")) -> list[Path]:
    """Write ``name.<fmt>`` for each format into *folder* atomically; return the paths.

    *folder* defaults to ``maqal.paths.FIGURES_DIR`` (created if missing). Each
    file is written with :func:`maqal.files.atomic_write`, so a reader never sees
    half a file. PNG as a page shows it (:func:`page_png`); SVG with text as paths
    (``svg.fonttype='path'``), so it shows Arabic without the font.
    """
    import matplotlib as mpl

    if isinstance(fig, Sentence):
        return []  # no chart was drawn: the sentence is the finding
    _check_name(name)
    written = []
    for fmt in formats:
        fmt = fmt.lower().lstrip(".")
        target = figure_path(name, folder, fmt)
        if fmt == "png":
            atomic_write(target, page_png(fig))
            written.append(target)
            continue
        metadata = {"Date": None} if fmt in ("svg", "pdf") else None

        def write(tmp, fmt=fmt, metadata=metadata):
            with mpl.rc_context({"svg.fonttype": "path", "svg.hashsalt": "maqal"}):  # the same ids each run
                fig.savefig(tmp, format=fmt, dpi=DPI, metadata=metadata)

        if not (fmt == "svg" and written_aside(lambda target=target, write=write: atomic_write(target, write))):
            atomic_write(target, write)
        written.append(target)
    return written


#: (child process, how to write its file here instead) for each file being written aside
_ASIDE: list = []
_WRITE_ASIDE: list = []


def write_files_aside(on: bool = True) -> None:
    """From now on (``on``), a figure's SVG file is written by a forked copy of this process while
    this one goes on (a third of what a figure costs, drawn on another core); :func:`files_written`
    waits for them.  A report's kernel turns it on in its warm-up (``maqal.reports``): the next
    notebook does not need the file.  Not the default — a notebook's files exist when its cell
    ends — and nothing changes where ``os.fork`` does not exist."""
    import matplotlib.backends.backend_svg  # noqa: F401 - imported before forking, never in a child

    _WRITE_ASIDE[:] = [on and hasattr(os, "fork")]


def written_aside(write) -> bool:
    """Run ``write()`` in a forked child if :func:`write_files_aside` is on (True), else nothing (False)."""
    if not _WRITE_ASIDE or not _WRITE_ASIDE[0]:
        return False
    pid = os.fork()
    if pid == 0:  # the child: write the file, say nothing (its warnings were this process's), leave
        status = 1
        try:
            import warnings

            warnings.simplefilter("ignore")
            write()
            status = 0
        finally:
            os._exit(status)
    _ASIDE.append((pid, write))
    return True


def files_written(timeout: float = 120.0) -> None:
    """Wait for the files being written aside (:func:`write_files_aside`); a file whose child
    failed, or did not end within ``timeout`` seconds, is written here after all."""
    import signal
    import time

    deadline = time.monotonic() + timeout
    while _ASIDE:
        pid, write = _ASIDE.pop(0)
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done or time.monotonic() > deadline:
                break
            time.sleep(0.01)
        if not done:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        if status != 0:
            write()


def shown(fig, name: str, folder=None):
    """Save ``fig`` (:func:`save_figure`: PNG and SVG) and return what a notebook shows of it: the
    PNG just written, so the page and the file are one drawing (a drawing costs more than making
    the figure).  A :class:`Sentence` is itself, and saves nothing.  While files are written aside
    (:func:`write_files_aside`: a report's kernel), both files are drawn by a forked child and the
    page shows a :class:`DrawnAside` — the report fills it with the PNG (:func:`page_output`).
    Files that are already this figure's drawing (:mod:`maqal.figure_cache`: the same report
    made again) are not drawn again: the page shows them as they are."""
    if isinstance(fig, Sentence):
        return fig
    png = figure_path(name, folder, "png")
    key = figure_cache.fingerprint(fig)
    if figure_cache.drawn_before(key, name, png.parent, [png, png.with_suffix(".svg")]):
        return DrawnAside(png) if drawing_aside() else PNG.retina(png.read_bytes())
    if drawing_aside():
        return shown_aside(png, lambda: figure_cache.remember(key, name, png.parent, saved_here(fig, name, folder)))
    figure_cache.remember(key, name, png.parent, save_figure(fig, name, folder))
    return PNG.retina(png.read_bytes())


def drawing_aside() -> bool:
    """Whether figure files are written aside (:func:`write_files_aside`)."""
    return bool(_WRITE_ASIDE and _WRITE_ASIDE[0])


def saved_here(fig, name: str, folder=None) -> list[Path]:
    """:func:`save_figure` in this process, even while files are written aside."""
    was = list(_WRITE_ASIDE)
    _WRITE_ASIDE[:] = [False]
    try:
        return save_figure(fig, name, folder)
    finally:
        _WRITE_ASIDE[:] = was


#: the output type of a figure a forked child is drawing (:class:`DrawnAside`)
DRAWN_ASIDE = "application/vnd.maqal.drawn-aside+json"
#: where a page's HTML takes the SVG a child drew (:func:`page_output`)
SVG_SLOT = "<!--maqal:drawn-aside-->"


class DrawnAside:
    """What a report's notebook shows of a figure a forked child is drawing: the file the page
    shows (a PNG; or an SVG put in ``html`` at :data:`SVG_SLOT`).  The report waits for the file
    and shows it in its place (:func:`page_output`), as the figure drawn here would be shown."""

    def __init__(self, file: Path, html: str | None = None):
        self.file, self.html = Path(file), html

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {DRAWN_ASIDE: {"file": str(self.file), "html": self.html}, "text/plain": f"<figure {self.file.name}>"}


def shown_aside(file: Path, write, html: str | None = None) -> DrawnAside:
    """``write()`` (which writes ``file``, the one the page shows) run by a forked child
    (:func:`written_aside`); ``file`` removed first, so the file that appears is this drawing's."""
    Path(file).unlink(missing_ok=True)
    written_aside(write)
    return DrawnAside(file, html)


def page_output(aside: dict) -> tuple[dict, dict]:
    """The output data and metadata a notebook records for a figure drawn aside (the
    :data:`DRAWN_ASIDE` data of a :class:`DrawnAside`), from the file its child wrote."""
    file = Path(aside["file"])
    if aside.get("html") is None:
        return page_image(file.read_bytes())
    html = aside["html"].replace(SVG_SLOT, inline_svg(file.read_text(encoding="utf-8")))
    return {"text/html": html, "text/plain": "<maqal.views.HTML>"}, {}


def inline_svg(svg: str) -> str:
    """An SVG document as a page's inline SVG: its ``<svg>`` element, links opening in the page."""
    return svg[svg.index("<svg"):].replace(' target="_blank"', "")


def page_image(data: bytes) -> tuple[dict, dict]:
    """The output data and metadata a notebook records for :meth:`PNG.retina` of ``data``
    (PNG bytes, base64 as the kernel sends them)."""
    import base64
    import struct

    width, height = struct.unpack(">II", data[16:24])  # the PNG's IHDR chunk
    return ({"image/png": base64.b64encode(data).decode("ascii"), "text/plain": "<maqal.charts.PNG>"},
            {"image/png": {"width": width // PAGE_SCALE, "height": height // PAGE_SCALE}})


def _check_name(name: str) -> None:
    if not name or os.sep in name or (os.altsep and os.altsep in name) or name in (".", ".."):
        raise ValueError(f"name={name!r}: give a bare file name without folder or extension")


def sentence_lengths(sentences, count_col: str = "n_tokens", title: str | None = None, lang: str = "ar"):
    """Histogram of sentence lengths (from the text layer's sentence table); titles and axes in
    ``lang``, integer ticks on both axes (a count has no halves)."""
    from matplotlib.ticker import MaxNLocator

    import matplotlib as mpl

    values = [int(v) for v in sentences[count_col]] if len(sentences) else []
    with mpl.rc_context({"font.family": font_family()}):
        fig = new_figure((7, 3))
        ax = fig.add_subplot()
        if values:
            ax.hist(values, bins=min(20, max(5, len(values))), color="#3b6ea8", edgecolor="white")
        ax.set_xlabel(for_figure(label("chart.words_in_sentence", lang)))
        ax.set_ylabel(for_figure(label("chart.sentences", lang)))
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.spines[["top", "right"]].set_visible(False)
        ax.set_title(for_figure(title or label("chart.words_per_sentence", lang)))
    return fig


class PNG:
    """PNG bytes a notebook shows as an image (``_repr_png_``), so it is embedded as they are;
    ``width``/``height``: the size it is shown at, when not its pixels'."""

    def __init__(self, data: bytes, width: int | None = None, height: int | None = None):
        self.data, self.width, self.height = data, width, height

    @classmethod
    def retina(cls, data: bytes) -> "PNG":
        """PNG bytes drawn at :data:`PAGE_SCALE` times the resolution they are shown at (:func:`page_png`)."""
        import io

        from PIL import Image

        width, height = Image.open(io.BytesIO(data)).size
        return cls(data, width // PAGE_SCALE, height // PAGE_SCALE)

    def _repr_png_(self):
        if self.width is None:
            return self.data
        return self.data, {"width": self.width, "height": self.height}


def compact_png(fig, dpi: int = DPI, colors: int = 64) -> PNG:
    """``fig`` as a PNG of at most ``colors`` colours (Pillow's quantiser): a word cloud or a
    photo-like figure that would weigh a megabyte at retina resolution weighs a tenth of it."""
    import io

    from PIL import Image

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    return PNG(quantized_png(Image.open(io.BytesIO(buf.getvalue())), colors))


def quantized_png(image, colors: int = 64) -> bytes:
    """A PIL image as PNG bytes of at most ``colors`` colours."""
    import io

    out = io.BytesIO()
    image.convert("RGB").quantize(colors=colors).save(out, format="PNG", optimize=True)
    return out.getvalue()


def save_image(image, name: str, folder=None, colors: int = 64) -> PNG:
    """A drawn image (a :func:`word_cloud`) as ``name.png`` of at most ``colors`` colours, and as
    ``name.svg`` holding that PNG (as matplotlib's SVG of an image would), both written atomically
    into *folder* (default ``maqal.paths.FIGURES_DIR``); returned for a notebook to show.  No
    matplotlib round trip: the image is saved at its own size."""
    import base64

    data = quantized_png(image, colors)
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           f'width="{image.width}" height="{image.height}" viewBox="0 0 {image.width} {image.height}">'
           f'<image width="{image.width}" height="{image.height}" '
           f'xlink:href="data:image/png;base64,{base64.b64encode(data).decode()}"/></svg>\n')
    atomic_write(figure_path(name, folder, "png"), data)
    atomic_write(figure_path(name, folder, "svg"), svg)
    return PNG(data)
