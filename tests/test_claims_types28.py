"""Session 28 (types28): the speaker of an interview's answers, source types and sides of
classes seen in blind26's errors, each on a real sentence."""
from __future__ import annotations

from maqal.claims import claim_rows


def _attributed(text: str, *keys: str) -> list[tuple]:
    return [tuple(r[k] for k in keys) for r in claim_rows(text) if r["attributed"]]


def test_an_interview_question_topic_is_not_the_speaker():
    """«وعن مدى رضاه … قال: «…»»، «وحول قرار إبعاده … هل كان مفاجئا قال»: the topic of the question is
    no subject; each answer is the interviewee's, named in the lead (Al Riyadh, 2015)."""
    got = _attributed(
        "أكد لاعب نادي الشباب عمر الغامدي بعد اعتزاله الكرة بشكل رسمي أنه مقتنع تماما بقرار الاعتزال.\n"
        "وعن اختياره لهذا التوقيت قال: «رأيت أن هذا هو التوقيت المناسب لإنهاء مسيرتي الكروية»، وعن مدى رضاه "
        "عما قدمه مع فريق الشباب قال: «راض بما قدمته مع فريق الشباب»، وحول قرار إبعاده عن فريق الشباب هل كان "
        "مفاجئا قال: «نعم كان بالنسبة لي شيئا مفاجئا»، وحول الأحداث التي صاحبت انتقاله من الهلال أوضح أن "
        "المدرب أخبره أنه سيبقى مع الزعيم.", "cue", "source")
    assert [s for _, s in got] == ["لاعب نادي الشباب عمر الغامدي"] * 5, got


def test_a_player_speaks_for_himself_not_for_his_club():
    """«لاعب نادي الشباب عمر الغامدي»: a person of no side, not the club his phrase names (Al Riyadh, 2015)."""
    got = _attributed("أكد لاعب نادي الشباب عمر الغامدي بعد اعتزاله الكرة بشكل رسمي أنه مقتنع تماما بقرار الاعتزال.",
                      "source", "source_type", "source_side")
    assert got == [("لاعب نادي الشباب عمر الغامدي", "person", None)], got
