"""The timeline answers what happened when: a window around the publication date, "since X" as
context, one lane per actor, labels that do not overprint, every mark a link to its sentence."""
import datetime as dt
import re

import pytest

import maqal
from maqal import timeline, timeline_chart


@pytest.fixture(scope="module")
def sample():
    article = maqal.load_article(maqal.paths.SAMPLE_ARTICLE)
    layer = maqal.text_layer(article)
    dates = timeline.find_dates(layer)
    return article, layer, dates, timeline.events(layer, dates=dates)


def test_the_axis_spans_a_few_years_around_publication_and_the_long_view_is_a_parameter(sample):
    article, _, dates, evs = sample
    fig = timeline_chart.timeline_chart(evs, dates, published=article.published)
    lo, hi = fig.maqal_axis
    assert lo <= article.published <= hi and (hi - lo).days < 5 * 366
    long_lo, _ = timeline_chart.timeline_chart(evs, dates, published=article.published, window=None).maqal_axis
    assert long_lo.year <= 2011  # «عام 2011» is in the long view


def test_since_and_the_past_years_are_context_not_event_bars(sample):
    article, _, _, evs = sample
    spans = timeline_chart.event_spans(evs, published=article.published)
    context = [s for s in spans if s.context]
    assert context and all(s.end == article.published for s in context)
    assert not any(s.context for s in spans if s.text.startswith("إعلان"))  # 11 September: a day
    # one lane per actor: Kim's visits and meetings share his lane
    assert {s.lane for s in spans} >= {"كيم جونغ أون", "الكرملين"}


@pytest.mark.parametrize("window", [timeline_chart.WINDOW_YEARS, None])
def test_labels_do_not_overprint(sample, window):
    article, _, dates, evs = sample
    fig = timeline_chart.timeline_chart(evs, dates, published=article.published, window=window)
    from matplotlib.text import Annotation

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    boxes = [a.get_window_extent(renderer) for a in fig.findobj(Annotation)]
    assert len(boxes) > 5
    overlaps = [(i, j) for i in range(len(boxes)) for j in range(i + 1, len(boxes)) if boxes[i].overlaps(boxes[j])]
    assert not overlaps


def test_every_mark_links_to_its_sentence(sample):
    article, layer, dates, evs = sample
    fig = timeline_chart.timeline_chart(evs, dates, published=article.published)
    page = timeline_chart.svg_html(fig).data
    links = set(int(n) for n in re.findall(r'xlink:href="#maqal-s(\d+)"', page))
    dated = evs[evs["start_date"].notna() & (evs["end_date"].map(lambda d: d is not None and d >= dt.date(2021, 1, 1)))]
    assert set(dated["sentence"]) <= links
    assert 'target="_blank"' not in page and 'data-axis-start="2021-01-01"' in page


def test_an_article_with_nothing_dated_on_the_axis_gets_a_sentence_not_an_empty_chart():
    """A SaudiNewsNet article whose only time expressions are «فترة طويلة» and «لمدة ثواني» (no date)
    and whose only event is undated: no empty axis, a sentence naming the years looked at."""
    from maqal.charts import Sentence, save_figure

    article = maqal.load_article(maqal.paths.ARTICLES_DIR / "saudinewsnet_sample_2015-08-02.json", select=4)
    dates = timeline.find_dates(article)
    evs = timeline.events(article, dates=dates)
    assert len(dates) and len(evs)  # found, but nothing with a date
    chart = timeline_chart.timeline_chart(evs, dates, published=article.published)
    assert isinstance(chart, Sentence) and "2013" in chart.text and "2016" in chart.text
    html = timeline_chart.svg_html(chart).data
    assert "maqal-chart-sentence" in html and "<svg" not in html and "maqal-timeline" not in html
    assert save_figure(chart, "03-timeline") == []
    english = timeline_chart.timeline_chart(evs, dates, published=article.published, lang="en")
    assert str(english).startswith("no dated events between 2013 and 2016")


def test_a_cancelled_summit_is_drawn_in_the_denied_style_and_keyed_in_the_legend():
    """AFP 2018 (entities_blind21): «أعلن فيها إلغاء القمة» — the summit keeps its bar, marked as
    cancelled, and the legend names that style only when such a mark is drawn."""
    published = dt.date(2018, 5, 28)
    text = ("وكان ترامب وجه رسالة مفتوحة إلى الزعيم الكوري الشمالي الأسبوع الماضي، أعلن فيها إلغاء القمة "
            "غير المسبوقة بينهما في 12 حزيران/يونيو في سنغافورة.")
    layer = maqal.text_layer(maqal.load_text(text, published=published.isoformat()))
    dates = timeline.find_dates(layer)
    evs = timeline.events(layer, dates=dates)
    assert "denied" in set(evs["certainty"])

    def legend(fig):
        return [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    shown = legend(timeline_chart.timeline_chart(evs, dates, published=published))
    assert any(maqal.charts.for_figure("منفي أو ملغى") == t for t in shown)
    held = evs[evs["certainty"] != "denied"]
    assert not any(maqal.charts.for_figure("منفي أو ملغى") == t
                   for t in legend(timeline_chart.timeline_chart(held, dates, published=published)))
