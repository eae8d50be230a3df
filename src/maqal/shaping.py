"""The one door Arabic strings pass through on their way into a figure.

Some renderers shape Arabic themselves (join letters, order right to left):
matplotlib >= 3.11 from PyPI (bundled libraqm) and Pillow built with raqm (what
wordcloud draws with). Others draw code points one by one, left to right:
matplotlib <= 3.10, Pillow without raqm. The classic recipe
``get_display(arabic_reshaper.reshape(s))`` is right for the second kind and draws
*reversed* text on the first kind — silently. So :func:`for_figure` asks
:func:`renderer_shapes`, which measures the installed renderer once per process.

Only figure text goes through here. Strings in DataFrames, Markdown and HTML stay
in logical order: browsers shape Arabic themselves.

Override with the environment variable ``MAQAL_SHAPING``:
``auto`` (default: measure), ``native`` (never reshape), ``reshape`` (always reshape).
"""
from __future__ import annotations

import functools
import os
import re
import time
from collections.abc import Iterable

RENDERERS = ("matplotlib", "pillow")
MODES = ("auto", "native", "reshape")
ENV_VAR = "MAQAL_SHAPING"

# Arabic letters, marks and presentation forms (Arabic, Supplement, Extended-A/B,
# Presentation Forms-A/B).
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

# Probe words: no lam-alef, no marks, letters whose joined, isolated and reversed
# shapes all differ clearly.
_PROBE_WORDS = ("بيت", "كتب")
_PROBE_SIZE = 32  # pixels per em
# A probe comparison counts as "same" above this score and "different" below the
# second; measured: same renderings score 0.99-1.00, wrong ones 0.08-0.30.
_SAME, _DIFFERENT = 0.85, 0.55


# --------------------------------------------------------------------- mode ---
def shaping_mode() -> str:
    """The value of ``MAQAL_SHAPING`` (``auto`` when unset); read on every call."""
    mode = os.environ.get(ENV_VAR, "auto").strip().lower() or "auto"
    if mode not in MODES:
        raise ValueError(
            f"{ENV_VAR}={mode!r}: expected one of {', '.join(MODES)} "
            "(auto = measure the renderer, native = never reshape, reshape = always reshape)"
        )
    return mode


def _check_renderer(renderer: str) -> str:
    if renderer not in RENDERERS:
        raise ValueError(f"renderer={renderer!r}: expected one of {RENDERERS}")
    return renderer


def has_arabic(text: str) -> bool:
    """True when *text* contains an Arabic letter, mark or presentation form."""
    return isinstance(text, str) and _ARABIC.search(text) is not None


# ---------------------------------------------------------------- reshaping ---
@functools.cache
def configured_reshaper():
    """arabic_reshaper configured to keep harakat and make no optional ligatures.

    Only the mandatory lam-alef ligatures stay on (Arabic always writes لا as one
    glyph); الله, محمد, ... ligatures and the optional letter ligatures are off.
    """
    import arabic_reshaper
    from arabic_reshaper.ligatures import (
        LETTERS_LIGATURES,
        SENTENCES_LIGATURES,
        WORDS_LIGATURES,
    )

    config = {
        "delete_harakat": False,
        "shift_harakat_position": False,
        "delete_tatweel": False,
        "support_zwj": True,
        "support_ligatures": True,
    }
    for name, _ in SENTENCES_LIGATURES + WORDS_LIGATURES:
        config[name] = False
    for name, _ in LETTERS_LIGATURES:
        config[name] = name.startswith("ARABIC LIGATURE LAM WITH ALEF")
    return arabic_reshaper.ArabicReshaper(configuration=config)


@functools.cache
def _bidi_display():
    """A get_display that mirrors brackets.

    python-bidi 0.6's Rust ``bidi.get_display`` does not mirror ('(2019)' in RTL
    comes out as ')2019('); its pure-Python ``bidi.algorithm.get_display`` does.
    """
    try:
        from bidi.algorithm import get_display
    except ImportError:  # pragma: no cover - a future python-bidi without it
        from bidi import get_display
    return get_display


def reshape_for_display(text: str) -> str:
    """The classic recipe, done right: reshape + bidi per line, brackets mirrored.

    Correct only for renderers that do NOT shape. Use :func:`for_figure`, which
    decides; this is public for tests and for callers that know their renderer.
    """
    reshaper, display = configured_reshaper(), _bidi_display()
    lines = text.split("\n")
    return "\n".join(display(reshaper.reshape(line)) if has_arabic(line) else line
                     for line in lines)


def for_figure(text: str, renderer: str = "matplotlib") -> str:
    """Return *text* ready to be drawn by *renderer* ("matplotlib" or "pillow").

    Unchanged when the renderer shapes Arabic itself (or the text has no Arabic,
    or is not a string); otherwise reshaped to presentation forms and put in
    visual order, line by line, with brackets mirrored. Never use the result in
    a DataFrame, Markdown or HTML.
    """
    _check_renderer(renderer)
    if not has_arabic(text):
        return text
    if renderer_shapes(renderer):
        return text
    return reshape_for_display(text)


def for_figure_many(texts: Iterable[str], renderer: str = "matplotlib") -> list[str]:
    """:func:`for_figure` over an iterable (the decision is made once)."""
    return [for_figure(t, renderer) for t in texts]


# -------------------------------------------------------------------- probe ---
def _probe_font_path() -> str:
    try:
        from .fonts import arabic_font_path

        return str(arabic_font_path())
    except (FileNotFoundError, ImportError):  # pragma: no cover
        # DejaVu Sans (bundled with matplotlib) covers Arabic too.
        import matplotlib

        return os.path.join(matplotlib.get_data_path(), "fonts", "ttf", "DejaVuSans.ttf")


def _render_pillow(text: str, font_path: str, size: int = _PROBE_SIZE):
    """Draw *text* the way wordcloud does (ImageFont.truetype default layout)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(font_path, size)
    img = Image.new("L", (size * (len(text) + 2), size * 2), 0)
    ImageDraw.Draw(img).text((size // 2, size // 3), text, fill=255, font=font)
    return np.asarray(img)


def _render_matplotlib(text: str, font_path: str, size: int = _PROBE_SIZE):
    """Draw *text* with matplotlib's Agg renderer (what savefig/inline PNG use)."""
    import numpy as np
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties

    renderer = RendererAgg(size * (len(text) + 2), size * 3, 72)
    gc = renderer.new_gc()
    prop = FontProperties(fname=font_path, size=size)
    renderer.draw_text(gc, size // 2, size * 2, text, prop, 0)
    gc.restore()
    return np.asarray(renderer.buffer_rgba())[..., 3].copy()


def ink_crop(arr, threshold: float = 0.25):
    """Crop a grey-level ink image (ink > 0) to its bounding box, scaled to 0..1."""
    import numpy as np

    a = np.asarray(arr, dtype=float)
    peak = a.max() if a.size else 0
    if peak <= 0:
        return None
    a = a / peak
    ys, xs = np.nonzero(a > threshold)
    if len(xs) == 0:
        return None
    return a[ys.min(): ys.max() + 1, xs.min(): xs.max() + 1]


def ink_similarity(a, b) -> float:
    """How alike two ink images are, 0..1: overlap (IoU) of the ink after cropping
    both to their bounding boxes and scaling to a common size, times the ratio of
    the aspect ratios (so a wider or narrower rendering scores lower)."""
    import numpy as np
    from PIL import Image

    a, b = ink_crop(a), ink_crop(b)
    if a is None or b is None:
        return 0.0
    aspect_a, aspect_b = a.shape[1] / a.shape[0], b.shape[1] / b.shape[0]
    aspect = min(aspect_a, aspect_b) / max(aspect_a, aspect_b)
    h, w = max(a.shape[0], b.shape[0]), max(a.shape[1], b.shape[1])

    def scaled(x):
        im = Image.fromarray((x * 255).astype(np.uint8)).resize((w, h), Image.BILINEAR)
        return np.asarray(im, dtype=float) / 255

    A, B = scaled(a), scaled(b)
    union = np.maximum(A, B).sum()
    iou = np.minimum(A, B).sum() / union if union else 0.0
    return float(iou * aspect)


def _isolated_forms(word: str) -> str:
    """Each letter of *word* in its isolated presentation form, logical order."""
    reshaper = configured_reshaper()
    return "".join(reshaper.reshape(ch) for ch in word)


def renderer_probe(renderer: str) -> dict:
    """Measure whether *renderer* shapes Arabic.

    For each probe word draw, with the renderer itself:
      A  the plain logical string,
      B  the contextual presentation forms in logical order (``reshape(word)``),
      C  the isolated presentation forms in logical order.
    A shaping renderer joins A and orders it right to left, and draws B (already
    joined glyphs, strong RTL) the same way: A == B, A != C. A renderer that does
    not shape draws A as isolated letters left to right, i.e. like C: A == C, A != B.
    Anything else (e.g. boxes for every glyph) is inconclusive.
    """
    render = _render_matplotlib if renderer == "matplotlib" else _render_pillow
    t0 = time.perf_counter()
    font = _probe_font_path()
    votes, scores = [], {}
    try:
        for word in _PROBE_WORDS:
            a = render(word, font)
            ab = ink_similarity(a, render(configured_reshaper().reshape(word), font))
            ac = ink_similarity(a, render(_isolated_forms(word), font))
            scores[word] = {"plain~reshaped": round(ab, 3), "plain~isolated": round(ac, 3)}
            if ab >= _SAME and ac <= _DIFFERENT:
                votes.append(True)
            elif ac >= _SAME and ab <= _DIFFERENT:
                votes.append(False)
            else:
                votes.append(None)
        error = None
    except Exception as exc:  # pragma: no cover - a broken renderer: fall back
        error = f"{type(exc).__name__}: {exc}"
    ms = (time.perf_counter() - t0) * 1000
    result = None
    if error is None and votes and all(v is votes[0] for v in votes) and votes[0] is not None:
        result = votes[0]
    return {"shapes": result, "scores": scores, "ms": round(ms, 2), "font": font,
            "error": error}


def _fallback(renderer: str) -> tuple[bool, str]:
    """Version/feature check, used only when the probe is inconclusive."""
    if renderer == "matplotlib":
        import matplotlib

        major, minor = (int(x) for x in re.findall(r"\d+", matplotlib.__version__)[:2])
        return (major, minor) >= (3, 11), f"fallback: matplotlib {matplotlib.__version__} (>= 3.11 bundles libraqm)"
    from PIL import features

    raqm = bool(features.check("raqm"))
    return raqm, f"fallback: PIL.features.check('raqm') is {raqm}"


@functools.cache
def renderer_decision(renderer: str) -> tuple[bool, str, dict]:
    probe = renderer_probe(renderer)
    if probe["shapes"] is not None:
        return probe["shapes"], "probe", probe
    shapes, source = _fallback(renderer)
    return shapes, source, probe


def renderer_shapes(renderer: str) -> bool:
    """Does *renderer* ("matplotlib" or "pillow") shape and order Arabic itself?

    ``MAQAL_SHAPING=native`` → True, ``reshape`` → False; otherwise (``auto``) the
    installed renderer is measured once per process (see :func:`renderer_probe`), falling
    back on version/feature checks only when the measurement is inconclusive.
    """
    _check_renderer(renderer)
    mode = shaping_mode()
    if mode == "native":
        return True
    if mode == "reshape":
        return False
    return renderer_decision(renderer)[0]


def clear_cache() -> None:
    """Forget the measured decisions (tests; after swapping a renderer in-process)."""
    renderer_decision.cache_clear()


def shaping_report() -> dict:
    """What was decided and why, for a notebook to print."""
    from importlib import metadata

    def version(dist):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return None

    mode = shaping_mode()
    report: dict = {"mode": mode, "env": os.environ.get(ENV_VAR)}
    for renderer in RENDERERS:
        shapes, source, probe = renderer_decision(renderer)
        entry = {
            "shapes": renderer_shapes(renderer),
            "measured": shapes,
            "source": f"{ENV_VAR}={mode}" if mode != "auto" else source,
            "probe_ms": probe["ms"],
            "probe_scores": probe["scores"],
        }
        if probe["error"]:
            entry["probe_error"] = probe["error"]
        report[renderer] = entry
    try:
        from PIL import features

        report["pillow"].update(
            raqm=features.check("raqm"),
            raqm_version=features.version("raqm"),
            fribidi_version=features.version("fribidi"),
            harfbuzz_version=features.version("harfbuzz"),
        )
    except Exception:  # pragma: no cover
        pass
    report["versions"] = {d: version(d) for d in (
        "matplotlib", "pillow", "wordcloud", "arabic-reshaper", "python-bidi")}
    report["font"] = renderer_decision("matplotlib")[2]["font"]
    return report
