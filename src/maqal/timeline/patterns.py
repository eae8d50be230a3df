"""The regular expressions of the time expressions, assembled from named sub-patterns over the
words of :mod:`.vocabulary`, compiled once (on first use) and matched on *normalised* text.

The master pattern is one alternation of named groups, one per form (:data:`FORMS`); the group
that matched (``m.lastgroup``) picks its interpretation in :mod:`.interpret`.  Every match starts
(after a proclitic) with a digit or one of a known set of first words: a look-ahead on them lets
the scanner skip all other words at once.
"""
from __future__ import annotations

import re

from ..clitics import ARTICLE
from ..lexicons import alternation, key, lexicon_cache
from .vocabulary import context_words, lexicon, time_words

#: the named groups of the master pattern, one per form of time expression
FORMS = ("RUN", "CL", "H", "G", "N", "HY", "YW", "Q", "D", "B", "AG", "AO", "DEC", "C", "R", "V", "W", "S", "YY", "Y", "U", "L",
         "MM")
#: a date written in digits: 4-9-1436 and the spaced 4 – 9 - 1436
DIGIT_SEP = r"(?:[/.\-]|\s*[\-–/]\s*)"
CLAUSE_BREAK = re.compile(r"[.!?؟\n؛;،,:]")
#: what ends a sentence
SENTENCE_END = re.compile(r"[.!?؟\n]")
#: a number glued to the Arabic word before it (في16 نيسان، لمدة24 ساعة) may open a form: the
#: letters after which the scanner looks for one (two: a Latin code such as F16 or G20 is no date)
GLUED_LETTERS = "{2}"
#: the article, which opens some forms (الأيام الثلاثة الماضية، العام 2011)
ARTICLE_LETTERS = ARTICLE
#: between a day word and the weekday that names it: اليوم الجمعة، أمس (الخميس)
DAYWORD_GAP = re.compile(r"\s*[(\-–،,]?\s*")


def words(role: str) -> str:
    """A regex group of the time words of ``role``."""
    return alternation(time_words(role))


#: word classes of time_words.tsv by the name the sub-patterns use for them
ROLE_CLASSES = dict(
    parts="part", part_unit="part_unit", qpre="length_lead", appr="approx", near="near", half="half",
    wd_pre="weekday_lead", during="during", of="of", through="through", mon_word="month_word",
    corresponding="corresponding", year_word="year_word", dual="years_dual", pair_lead="year_pair_lead",
    se_lead="season_lead", not_season="not_season_after", dec_lead="decade_lead", century="century",
    previous="previous", clock_lead="clock_lead", clock_hour="clock_hour", clock_part="clock_part",
    ad_suffix="ad_suffix", year_between="year_between", clock_fraction="clock_fraction", tz_lead="timezone_lead", tz_word="timezone_word",
    age_unit="age_unit", filler="length_filler", thousand="year_thousand", hundred="year_hundred",
    first_day="first_day", honorific="month_honorific", age_lead="age_lead", after_next="after_next",
    match_minute="match_minute", clock_minute="clock_minute", age_verb="age_verb",
)


def lam_glued(phrases) -> list[str]:
    """The phrases opening with the article as they are written after the preposition ل, which
    drops its alif (للموسم المقبل = ل + الموسم المقبل): «لموسم المقبل», asked for only right after
    a proclitic ل (the span starts there, as the entity layer keeps the first lam of لل).  Phrases
    of several words only: «لليوم» is "for the day" as often as "today"."""
    return [ARTICLE_LETTERS[1:] + k[len(ARTICLE_LETTERS):] for k in phrases if k.startswith(ARTICLE_LETTERS)
            and " " in k and ARTICLE_LETTERS[1:] * 2 + k[len(ARTICLE_LETTERS):] not in phrases]


@lexicon_cache
def vocabulary_entries() -> dict:
    """The entries of each word class the sub-patterns are built of (name -> entries)."""
    L = lexicon()
    directions = list(time_words("direction"))
    return dict(
        months=list(L.months), hmonths=list(L.hmonths), wdays=list(L.weekdays),
        seasons=list(L.seasons) + [k[2:] for k in L.seasons if k.startswith("ال")],
        units=list(L.units), duals=[k for k, (u, n) in L.units.items() if n == 2], cards=list(L.cardinals),
        day_cards=[k for k, n in L.cardinals.items() if 2 <= n <= 31],  # يوم تسعة كانون أول (the 1st is أول)
        plural_cards=[k for k, n in L.cardinals.items() if 3 <= n < 100],  # a count a unit follows (not المئة: per cent)
        ords=list(L.ordinals), decs=list(L.decades), rels=list(L.relative), dirs=directions,
        rels_lam=lam_glued(L.relative),
        bappr=[w for w, v in time_words("approx").items() if v == "bare"],
        vunits=[k for k, (u, n) in L.units.items() if n is None] + list(time_words("period_word")),
        bdirs=[w[2:] for w in directions], length_tail=list(context_words("length_tail")),
        running=list(context_words("running")),
        ones=[w for w in context_words("length_tail") if w in L.cardinals and L.cardinals[w] == 1],
        **{name: list(time_words(role)) for name, role in ROLE_CLASSES.items()},
    )


@lexicon_cache
def vocabulary_groups() -> dict:
    """The word classes the sub-patterns are built of, as regex groups, and the few sub-patterns
    several forms share."""
    v = {name: alternation(entries) for name, entries in vocabulary_entries().items()}
    v.update(
        sep=DIGIT_SEP, year_tail=rf"(?:\s*م(?!\w)|\s+{v['ad_suffix']}\w*)?",
        hij_tail=rf"\s*{words('hijri_suffix')}(?!\w)", yr_kw=rf"(?:(?:ال)?{v['year_word']})",
        # a count in words of units and tens (خمسة وعشرين، الواحد والعشرين): vocabulary.compound_number
        cards2=rf"(?:{v['cards']})(?:\s+و\s?(?:ال)?(?:{v['cards']})(?!\w))?",
    )
    return v


#: roles whose single words only ever open a form when a first word, a count word or a digit follows
#: them (في الأيام ..., هذا الشتاء, يوم الجمعة, عقد الثمانينات, بين عامي, منذ أكثر من): the gate asks
#: for that word too
LEAD_ROLES = ("during", "season_lead", "weekday_lead", "decade_lead", "year_between", "length_lead")
#: roles that may stand between a lead word and its count (منذ أكثر من عشر سنوات, لمدة فترة)
COUNT_ROLES = ("approx", "length_filler")
FIRST_ROLES = ("part", "length_lead", "period_word", "month_word", "year_word", "years_dual", "year_pair_lead",
               "weekday_lead", "during", "decade_lead", "century", "season_lead", "clock_lead", "year_between",
               "clock_hour", "year_thousand", "first_day", "age_lead", "approx", "age_verb")


def _first_entries() -> set:
    """Every entry a match may start with, whole (a phrase of several words is asked for entire:
    «في وقت لاحق», not «في»), the single words of :data:`LEAD_ROLES` aside."""
    L = lexicon()
    first = set()
    for table in (L.months, L.hmonths, L.weekdays, L.seasons, L.units, L.cardinals, L.ordinals, L.relative):
        first.update(table)
    first.update("ال" + k for k in L.units)
    first.update("ال" + w for w in time_words("period_word"))  # الفترة المقبلة
    first.update("ال" + k for k, n in L.cardinals.items() if 1 <= n < 100)  # بنت الأربع سنوات، الواحد والعشرين
    first.update(ARTICLE_LETTERS[1:] + k for k in L.units)  # لليوم الثالث على التوالي: ل + ليوم
    first.update(lam_glued(L.relative))
    first.update(k[2:] for k in L.seasons if k.startswith("ال"))
    first.update(L.decades)
    first.update("ال" + k for k in L.decades)
    for role in FIRST_ROLES:
        first.update(w for w in time_words(role) if role not in LEAD_ROLES or " " in w)
    first.update("ال" + w for w in time_words("year_word"))
    first.update(w for w, v in time_words("approx").items() if v == "bare")
    return first


@lexicon_cache
def first_words() -> str:
    """A regex of where a match may start (after a proclitic): a digit, an entry of
    :func:`_first_entries`, or a lead word (:data:`LEAD_ROLES`) with such an entry or a digit after
    it.  The scanner skips every other word at once; asking the frequent في for its next word
    spares most of the master pattern's failed tries."""
    first = _first_entries()
    leads = {w for role in LEAD_ROLES for w in time_words(role) if " " not in w} - first
    after_lead = alternation(first.union(*(time_words(role) for role in COUNT_ROLES)))
    return rf"""(?:{alternation(first)}(?![^\W\d_])|(?:ال\s?)?\d
    |{alternation(leads)}(?:\s+[وف]?[بل]?(?:ال)?(?:{after_lead}(?!\w)|\d)|(?=\d)))"""


def _dates(v) -> dict:
    """Sub-patterns of calendar dates: Hijri and Gregorian day-month-year, digits, a Hijri year."""
    return dict(
        H=rf"""(?:(?P<hday>\d{{1,2}})\s+(?:{v['of']}\s+)?|(?P<hdayw>{v['ords']})\s+{v['of']}\s+|(?P<hfirst>{v['first_day']})\s+)?(?:(?P<hsh>{v['mon_word']})\s+)?(?P<hmon>{v['hmonths']})(?!\w)(?:\s+{v['honorific']}(?!\w))?
        (?:\s*[،,]?\s*(?:{v['of']}\s+)?(?:{v['yr_kw']}\s+)?(?P<hyear>1[34]\d\d)(?:{v['hij_tail']})?|\s+(?P<hdir>{v['dirs']})(?!\w))?""",
        G=rf"""(?:(?:(?:{v['wd_pre']})\s+)?(?P<gwd>{v['wdays']})\s*[،,]?\s*(?:{v['corresponding']}\s+)?)?
        (?:(?:{v['wd_pre']}\s+(?=\d)|ال\s?(?=\d))?(?:(?P<gday0>\d{{1,2}})\s*(?:و|-|–|{v['through']})\s*)?(?P<gday>\d{{1,2}})\s*(?:{v['of']}\s+)?|(?:(?P<gdayw0>{v['ords']})\s+و\s?)?(?P<gdayw>{v['ords']})\s+{v['of']}\s+|(?P<gfirst>{v['first_day']})\s+
           |{v['wd_pre']}\s+(?P<gdayc>{v['day_cards']})\s+(?:{v['of']}\s+)?)?(?:(?P<gsh>{v['mon_word']})\s+)?(?P<gmon>{v['months']})(?!\w)
        (?:(?:\s*(?:/|-|–|\(|،)\s*|\s+(?=(?:{v['months']})(?!\w)))(?P<gmon2>{v['months']})(?!\w)(?:\s*\))?)?
        (?:\s*[،,]?\s*(?:{v['of']}\s+)?(?:{v['yr_kw']}\s+)?(?P<gyear>\d{{4}})(?!\d){v['year_tail']}|\s+(?P<gdir>{v['dirs']})(?!\w))?""",
        N=rf"""(?:(?P<nd>\d{{1,2}}){v['sep']}(?P<nm>\d{{1,2}}){v['sep']}(?P<ny>\d{{4}})|(?P<iy>\d{{4}}){v['sep']}(?P<im>\d{{1,2}}){v['sep']}(?P<id>\d{{1,2}}))(?![\d/.\-]\d)
        (?:\s*(?P<nh>ه|م)(?!\w))?""",
        HY=rf"(?:{v['yr_kw']}\s+)?(?:(?P<hy0>1[34]\d\d)\s*/\s*)?(?P<hy>1[34]\d\d){v['hij_tail']}",
        YW=rf"""(?:(?P<ywkw>{v['yr_kw']})\s+)?(?P<ywk>{v['thousand']})(?!\w)(?:\s+و\s?(?P<ywh>{v['hundred']})(?!\w))?
        (?:\s+و\s?(?P<yw1>{v['cards']})(?!\w))?(?:\s+و\s?(?P<yw2>{v['cards']})(?!\w))?""",
    )


def _lengths(v) -> dict:
    """Sub-patterns of lengths of time: after a lead word, counted with a direction, bare, a unit
    that is its own count (أكثر من شهر، عامين، أسبوع واحد)."""
    qhalf, bhalf, uhalf = (rf"(?P<{g}>\s+و\s?{v['half']}(?!\w)(?:\s+(?:ال)?{v['units']}(?!\w))?)?"
                           for g in ("qhalf", "bhalf", "uhalf"))
    # a counted_only unit after a lead word needs its count: «خلال موسم واحد», not «خلال موسم الحج»
    uncounted = "".join(rf"(?<!{re.escape(w)})" for w in time_words("counted_only"))
    counted = rf"(?(qn)|(?:{uncounted}|(?=\s+{v['ones']}(?!\w))))" if uncounted else ""
    # a count in words from three to ninety-nine may carry the article (الخمس سنوات، التسع سنوات), so
    # may the units of a compound count (الواحد والعشرين ربيعا);
    # الاثنين / الاثنان before a unit are a weekday or "the two", المئة per cent (في المئة يوم الخميس)
    definite = rf"(?:ال(?={v['plural_cards']}(?!\w)|(?:{v['cards']})\s+وال))?"
    # a bare count before «يوم الاثنين» counts something else (المجلس الـ41 يوم الاثنين، الثلاثة يوم الخميس)
    return dict(
        Q=rf"""(?P<qpre>{v['qpre']})(?:\s+|(?=\d))(?:(?P<qfill>{v['filler']})\s+(?=\d|{v['cards']}|{v['units']}(?!\w)|{v['appr']}))?(?:(?P<qapprox>{v['appr']})\s+)?(?:{definite}(?P<qn>\d+|{v['cards2']})\s+)?(?P<qu>{v['units']})(?!\w){counted}(?!\s+(?:\d|{v['thousand']}(?!\w)))(?!\s+(?:{v['wdays']}|{v['months']}|{v['hmonths']})(?!\w))
        {qhalf}(?:\s+(?P<qdir>{v['dirs']})(?!\w)|\s+{v['length_tail']}(?!\w))?""",
        D=rf"""(?:(?P<dpre>{v['during']})\s+)?
        (?:ال(?P<du>{v['units']})\s+(?:ال(?P<dn>{v['cards']})|ال\s?(?P<dnn>\d+)|(?P<dn2>\d+))|(?:ال\s?)?(?P<dnb>\d+)\s+(?P<du2>{v['units']})|{definite}(?P<dnw>{v['cards']})\s+(?P<du3>{v['units']})
           |ال(?P<ddual>{v['duals']}))
        \s+(?P<ddir>{v['dirs']})(?!\w)""",
        AG=rf"(?P<agl>{v['age_lead']})\s+(?:ال\s?)?(?:(?P<agn>\d{{1,3}})|(?P<agw>{v['ords']}|{v['cards']}))(?!\w)(?:\s+{v['units']}(?!\w))?",
        AO=rf"""(?:(?P<aodec>(?:ال)?{v['dec_lead']})\s+)?(?:(?P<aoverb>{v['age_verb']})\s+(?:{v['age_unit']}\s+)?)?
        (?P<aow>{v['ords']})(?:\s+و\s?(?P<aow2>{v['ords']}))?(?:\s+{v['age_unit']}(?!\w)|(?(aoverb)(?!\w)|(?!)))""",
        B=rf"""(?:(?P<bapprox>{v['bappr']})\s*|ال\s?(?=\d))?(?:(?P<bn>\d+(?:[.,]\d+)?)\s*|{definite}(?P<bnw>{v['cards2']})\s+)(?:(?P<bu>(?!(?:{v['wd_pre']})\s+(?:{v['wdays']})(?!\w)){v['units']})|(?P<bage>{v['age_unit']}))(?!\w){bhalf}
        (?:\s+{v['length_tail']}(?!\w))?""",
        U=rf"""(?:(?P<uapprox>{v['appr']})\s+(?:ال(?={v['duals']}(?!\w)))?|(?<!ل))(?P<uu>{v['units']})(?!\w)(?!\s+(?:\d|{v['thousand']}(?!\w)))
        (?!\s+(?:{v['wdays']}|{v['months']}|{v['hmonths']})(?!\w))(?:\s+(?P<uone>{v['ones']})(?!\w))?{uhalf}
        (?:\s+{v['length_tail']}(?!\w))?""",
    )


def _clock(v) -> dict:
    """The sub-pattern of a clock time: الساعة 10:53 بتوقيت غرينتش، الساعة العاشرة والنصف صباحا; an
    hour in words needs no الساعة when a part of the day follows it (حتى السابعة مساء، في الحادية عشرة من
    مساء اليوم), a time in digits
    none when its zone follows it (08,25 بتوقيت غرينتش، 04,00 ت غ، 7,30 تغ، 01.30 غرينيتش)."""
    bare_hour = rf"(?=(?:{v['clock_hour']})(?:\s+و\s?{v['clock_fraction']})?\s+(?:{v['of']}\s+)?{v['clock_part']}(?!\w))"
    zone = rf"(?:{v['tz_lead']}\s+\w+|{v['tz_word']}(?!\w))"
    zoned_digits = rf"(?=\d{{1,2}}[:.,]\d\d\s+{zone})"
    return dict(
        CL=rf"""(?:{v['clock_lead']}\s+|{bare_hour}|{zoned_digits})(?:(?P<clh>\d{{1,2}})(?:[:.,](?P<clm>\d\d))?(?!\d)|(?P<clw>{v['clock_hour']})(?!\w))
        (?:\s+و\s?(?:(?P<clf>{v['clock_fraction']})|(?P<clmw>{v['cards']}(?:\s+و\s?{v['cards']})?|\d{{1,2}})\s+{v['clock_minute']})(?!\w))?
        (?:\s+(?P<clp>{v['clock_part']})(?!\w))?
        (?:\s+{zone})?""",
    )


def _periods(v) -> dict:
    """Sub-patterns of periods: decades, centuries, fixed relative words, vague periods, weekdays,
    seasons, pairs of years, years."""
    return dict(
        DEC=rf"""(?:{v['dec_lead']}\s+)?(?:ال)?(?P<decw>{v['decs']})(?!\w)(?:\s+(?:ال)?{v['ad_suffix']}\w*)?
        (?:\s+(?:{v['of']}\s+)?{v['century']}\s+(?P<deccent>{v['previous']}|{v['ords']}))?""",
        C=rf"{v['century']}\s+(?:(?P<centw>{v['ords']})|(?:ال)?\s?(?P<centd>\d{{1,2}}))(?!\w)",
        R=rf"(?P<rel>{v['rels']}|(?<=ل){v['rels_lam']})(?!\w)(?!\s+(?:ال)?{v['bdirs']}(?!\w))",
        V=rf"(?:(?P<vpre>{v['during']})\s+)?(?:ال)?(?P<vu>{v['vunits']})\s+(?:(?:ال)?{v['near']}\s+)?(?:ال)?(?P<vdir>{v['bdirs']})(?!\w)",
        W=rf"""(?:(?P<wpre>{v['wd_pre']})\s+(?P<wbracket>\(\s*)?)?(?P<wd>{v['wdays']})(?!\w)(?(wbracket)\s*\))(?:\s*[-–/]\s*(?P<wd2>{v['wdays']})(?!\w))?
        (?:\s+(?:(?P<wafter>{v['after_next']})\s+)?(?P<wdir>{v['dirs']})(?!\w))?""",
        S=rf"""(?:{v['se_lead']}\s+)?(?P<se>{v['seasons']})(?!\w)(?!\s+{v['not_season']})
        (?:\s+(?P<sedir>{v['dirs']})(?!\w)|\s+(?:{v['of']}\s+)?(?:{v['yr_kw']}\s+)?(?P<sey>\d{{4}})(?!\d))?""",
        YY=rf"""(?:(?P<yybetween>{v['year_between']})\s+)?(?:(?:{v['pair_lead']}|{v['yr_kw']})\s+)?(?P<yy1>\d{{4}})(?!\d)
        (?:\s*(?:/|-|–)\s*|\s+(?P<yythrough>{v['through']})\s+(?:{v['yr_kw']}\s+)?
           |(?(yybetween)\s+و\s?(?P<yyand>(?:{v['yr_kw']}\s+)?)|(?!)))(?P<yy2>\d{{4}})(?!\d)""",
        MM=rf"""{v['match_minute']}\s+(?:(?P<mmn>\d{{1,3}})(?!\d|[.,:]\d)  # a sentence may end after it
        |(?P<mmw>{v['ords']})(?:\s+و\s?(?P<mmw2>{v['ords']}))?(?!\w))""",
        RUN=rf"(?:{ARTICLE_LETTERS}|(?<={ARTICLE_LETTERS[1]}){ARTICLE_LETTERS[1]})(?P<runu>{v['units']})\s+(?P<runo>{v['ords']})\s+{v['running']}(?!\w)",
        L=rf"(?P<lu>{v['units']})(?!\w)(?:\s+(?P<ltail>{v['length_tail']})(?!\w))?",
        Y=rf"(?:(?P<ykw>{v['yr_kw']}|{v['dual']})\s*)?(?P<yv>\d{{4}})(?!\d)(?P<ym>{v['year_tail']})",
    )


#: what each form of :data:`FORMS` may open with: word classes of :func:`vocabulary_entries`, a
#: digit (:data:`DIGIT`) or the article ال (:data:`ARTICLE`) — the sub-patterns' leading parts
DIGIT, ARTICLE, GLUED_LAM = "digit", "article", "glued lam"
FORM_OPENERS = {
    "RUN": (ARTICLE, GLUED_LAM),
    "CL": ("clock_lead", "clock_hour", DIGIT),
    "H": (DIGIT, "ords", "first_day", "mon_word", "hmonths"),
    "G": ("wd_pre", "wdays", DIGIT, ARTICLE, "ords", "first_day", "mon_word", "months"),
    "N": (DIGIT,),
    "HY": (ARTICLE, "year_word", DIGIT),
    "YW": (ARTICLE, "year_word", "thousand"),
    "Q": ("qpre",),
    "D": ("during", ARTICLE, DIGIT),
    "B": ("bappr", ARTICLE, DIGIT, "cards"),
    "AG": ("age_lead",),
    "AO": ("ords", "dec_lead", ARTICLE, "age_verb"),
    "DEC": ("dec_lead", ARTICLE, "decs"),
    "C": ("century",),
    "R": ("rels",),
    "V": ("during", ARTICLE, "vunits"),
    "W": ("wd_pre", "wdays"),
    "S": ("se_lead", "seasons"),
    "YY": ("year_between", "pair_lead", ARTICLE, "year_word", DIGIT),
    "Y": (ARTICLE, "year_word", "dual", DIGIT),
    "U": ("appr", "units"),
    "L": ("units",),
    "MM": ("match_minute",),
}


def first_chars_guard(form: str) -> str:
    """A look-ahead on the characters a form may start with (``(?=[\\dاسع])``), read from the first
    letters of the words it opens with (:data:`FORM_OPENERS`): the master pattern skips a form that
    cannot start at a word without entering it."""
    entries = vocabulary_entries()
    chars = set()
    for opener in FORM_OPENERS[form]:
        if opener == DIGIT:
            chars.add(r"\d")
        elif opener == ARTICLE:
            chars.add(re.escape(ARTICLE_LETTERS[0]))
        elif opener == GLUED_LAM:  # the article's lam after a proclitic ل (لليوم)
            chars.add(re.escape(ARTICLE_LETTERS[1]))
        else:
            chars.update(re.escape(key(e)[0]) for e in entries[opener] if key(e))
    return "(?=[" + "".join(sorted(chars)) + "])"


#: where a match may start: after a space or a mark (not inside a word, a number or 12/9/2023)
WORD_START = r"(?<![\w/.\-])"
#: ... or at a number glued to the Arabic word before it (في16 نيسان، لمدة24 ساعة), not to the
#: article (ال24 ساعة: the forms read the article themselves)
GLUED_START = rf"(?:{WORD_START}|(?=\d)(?<=[^\W\d_]{GLUED_LETTERS})(?<!{ARTICLE_LETTERS}))"
#: a number glued to the word before it: a text without one is scanned by :func:`master`, whose
#: one look-behind costs less at every character (the pattern opens with a digit, which ``re``
#: skips to at once)
GLUED_NUMBER = re.compile(rf"\d(?<=[^\W\d_]{GLUED_LETTERS}\d)(?<!{ARTICLE_LETTERS}\d)")


def form_patterns(v) -> dict:
    """Each form's pattern by its name (clock times, dates, lengths, periods), over the vocabulary
    groups ``v``."""
    return {**_clock(v), **_dates(v), **_lengths(v), **_periods(v)}


def _master(start: str) -> re.Pattern:
    """The one pattern of every time expression: where it may start, a proclitic, an optional part
    word, then one form."""
    v = vocabulary_groups()
    forms = form_patterns(v)
    alternatives = "\n |".join(f"{first_chars_guard(name)}(?P<{name}>{forms[name]})" for name in FORMS)
    pat = rf"""
{start}(?=[وف]?[بل]?{first_words()})(?:[وف]?[بل]?)
(?:(?P<part>{v['parts']})\s+(?:{v['part_unit']}\s+)?)?
(?:
  {alternatives}
)
"""
    return re.compile(pat, re.X)


@lexicon_cache
def master() -> re.Pattern:
    """The master pattern, starting after a space or a mark only."""
    return _master(WORD_START)


@lexicon_cache
def master_glued() -> re.Pattern:
    """The master pattern that may also start at a number glued to a word (:data:`GLUED_START`):
    the same matches as :func:`master` in a text without such a number."""
    return _master(GLUED_START)


def scanner(norm: str) -> re.Pattern:
    """The master pattern to scan ``norm`` with: :func:`master_glued` where a number is glued to
    a word, else the cheaper :func:`master`."""
    return master_glued() if GLUED_NUMBER.search(norm) else master()


@lexicon_cache
def future_cue() -> re.Pattern:
    """A future verb (the prefix س on a present verb, or سوف) or a planning word (المقرر)."""
    # س + a present-tense prefix, unless the letters after it make a common non-verb (سيارة،
    # سينما، ستة، سنة، سوريا ...) or it ends as a name does (سيسيليا): these exceptions are letter
    # sequences, not words; a not_future_stem (سنوات، سياسية) opens a noun whatever its ending
    return re.compile(
        rf"(?:^|\s)(?!{words('not_future_cue')}(?!\w))(?![وف]?{words('not_future_stem')})(?:[وف]?{words('future_cue')}"
        r"|[وف]?س[يتن](?!يا|ين|ون|ة|ه(?!\w)|ار|اد|ود|د(?!\w)|طر|ول|نا|نه|نة|نو|نين|مينار)\w{3,}(?<!يا))(?!\w)")


@lexicon_cache
def after_dayword() -> re.Pattern:
    """A weekday right after اليوم / أمس / غدا (اليوم الجمعة، أمس (الخميس)) names that day."""
    return re.compile(rf"(?<!\w)[وف]?{words('day_word')}\s*[(\-–،,]?\s*$")


@lexicon_cache
def before_corresponding() -> re.Pattern:
    """A weekday, then الموافق and the date it falls on."""
    return re.compile(rf"\s*[()،,\-–]?\s*ل?ل?{words('corresponding')}[هة]?\s+")


@lexicon_cache
def bare_year_before() -> re.Pattern:
    """Words after which a bare four-digit number is a year (في 2011)."""
    return re.compile(rf"(?:^|\s)(?:[وف]?{words('year_lead')})\s*$")


@lexicon_cache
def approx_before() -> re.Pattern:
    """An approximation right before a number (أكثر من 2000، لأكثر من 2000): a count, no year."""
    return word_right_before(words("approx"), preposition=True)


def word_right_before(alternatives: str, preposition: bool = False) -> re.Pattern:
    """One of ``alternatives`` as the last word before a position (behind و/ف and, with
    ``preposition``, ب/ل), group 1 the word: what the ``…_before`` patterns below search for."""
    return re.compile(rf"(?:^|\s)[وف]?{'[بل]?' if preposition else ''}({alternatives})\s*$")


def _since_words() -> str:
    """The words of منذ (length_lead=since), as a regex group."""
    return alternation([w for w, v in time_words("length_lead").items() if v == "since"])


@lexicon_cache
def since_word() -> re.Pattern:
    """منذ anywhere (a cheap test before :func:`since_before`)."""
    return re.compile(_since_words())


@lexicon_cache
def since_before() -> re.Pattern:
    """منذ right before an expression (منذ 2011): an interval up to publication."""
    return word_right_before(_since_words())


@lexicon_cache
def day_part_before() -> re.Pattern:
    """A part of the day right before a dated day (مساء يوم الأربعاء، الساعات الأولى من يوم الأحد)."""
    return word_right_before(words("day_part"))


@lexicon_cache
def day_part_lead_before() -> re.Pattern:
    """A lead right before a part of the day, which it joins (الساعات الأولى من صباح الأحد)."""
    return word_right_before(words("day_part_lead"))


@lexicon_cache
def of_gap() -> re.Pattern:
    """Between a date and the year or month it is of (مارس من العام الماضي)."""
    return re.compile(rf"\s+{words('of')}\s+")


@lexicon_cache
def date_gap() -> re.Pattern:
    """Between a weekday and the date it falls on: a comma, or the word «تاريخ» (يوم الاثنين بتاريخ
    18/ 10/ 1436هـ; time_context.tsv date_lead)."""
    return re.compile(rf"\s*[،,]?\s*(?:[ب]?{alternation(context_words('date_lead'))}\s+)?")


def corresponding_gap() -> re.Pattern:
    """Between a date and the same day in the other calendar (20/11/1436هـ الموافق 4/9/2015م): the
    gap :func:`before_corresponding` reads after a weekday."""
    return before_corresponding()


@lexicon_cache
def clock_day_gap() -> re.Pattern:
    """Between a clock time and the day it is of (الساعة الثالثة عصرا من يوم الجمعة، الساعة 11:29، من
    صباح الأربعاء)."""
    return re.compile(rf"\s*[،,]?\s+{words('of')}\s+")


@lexicon_cache
def in_gap() -> re.Pattern:
    """Between a date and the year or month it falls in (نوفمبر في عام 2016، في وقت سابق في يوليو),
    or nothing but a space after a vague time (في وقت سابق عام 2016)."""
    return re.compile(rf"\s+(?:(?:{words('of')}|{words('in_period')})\s+)?")


@lexicon_cache
def range_gap() -> re.Pattern:
    """Between the two ends of a range (من يناير إلى يوليو، 12 حتى 13 آب)."""
    return re.compile(rf"\s*[،,]?\s+(?:و\s?)?{words('through')}\s+")


@lexicon_cache
def range_start_before() -> re.Pattern:
    """What opens a range, right before its first end (من يناير …)."""
    return word_right_before(words("of"))


@lexicon_cache
def until_now() -> re.Pattern:
    """A range's end word before «الآن» closing it (من ١ ذو القعدة وحتى الآن)."""
    return re.compile(rf"{words('through')}\s")


@lexicon_cache
def pair_between_before() -> re.Pattern:
    """«بين» (or «ما بين») right before two things joined by و that make one range."""
    return word_right_before(words("pair_between"))


#: between the two days of a night (ليل الأربعاء الخميس، منتصف ليل الأربعاء - الخميس)
NIGHT_GAP = re.compile(r"\s*[\-–/]?\s*")


def _year_part_words(v: dict) -> str:
    """A part word and which part (الربع الثاني، النصف الأول، الشهر الأخير): groups ypw and ypn, shared
    by :func:`year_part_before` and :func:`year_part_of_its_year`."""
    return rf"(?P<ypw>{words('year_part')})\s+(?P<ypn>{v['ords']}|{words('last_part')})"


@lexicon_cache
def year_part_before() -> re.Pattern:
    """A part of a year right before the year (الربع الثاني من ...، النصف الأول من ...، الأشهر
    السبعة الأولى من ...): groups ypart (all of it), ypw and ypn (a part word and which) or firstn
    (the count of months)."""
    v = vocabulary_groups()
    return re.compile(rf"(?:^|\s)[وف]?[بل]?(?P<ypart>{_year_part_words(v)}"
                      rf"|{words('months_plural')}\s+ال(?P<firstn>{v['cards']})\s+{words('first_months')})\s+"
                      rf"(?:{v['of']}\s+)?$")


@lexicon_cache
def year_part_of_its_year() -> re.Pattern:
    """A part of a year before «العام» / «السنة» and no year or direction word after it: a part of the
    year of publication (الربع الثاني من العام = 2015-Q2); groups as :func:`year_part_before`."""
    v = vocabulary_groups()
    return re.compile(rf"(?:^|\s)[وف]?[بل]?(?P<ypart>{_year_part_words(v)})"
                      rf"\s+(?:{v['of']}\s+)?(?P<ythis>ال(?:{words('year_word')}))(?![\w\d])(?!\s+(?:\d|{words('direction')}|"
                      rf"{words('ad_suffix')})(?!\w))")


@lexicon_cache
def rate_unit() -> re.Pattern:
    """«في» + a unit ending its phrase (في الساعة، في الدقيقة، في الساعة الواحدة): a rate per unit after
    a quantity (:func:`quantity_before`); group unit (and its «الواحدة») the expression."""
    return re.compile(rf"(?<!\w){words('per')}\s+(?P<unit>{words('rate_unit')}(?:\s+{words('rate_one')})?)"
                      rf"(?=\s*[.،,؛;:)\]»\"]|\s*$)")


@lexicon_cache
def quantity_before() -> re.Pattern:
    """A quantity and its noun right before a rate's «في» (89 يورو، 3 آلاف قدم، 15 دولارا)."""
    return re.compile(rf"(?:^|\s)(?:\d[\d.,]*|{vocabulary_groups()['cards']})(?:\s+\w+){{1,2}}\s+$")


@lexicon_cache
def nth_weekday_before() -> re.Pattern:
    """Which weekday of the month after it (أول يوم جمعة من …، آخر خميس من …)."""
    v = vocabulary_groups()
    bare = alternation([w[2:] for w in lexicon().weekdays if w.startswith("ال")])
    return re.compile(rf"(?:^|\s)[وف]?[بل]?({words('nth')})\s+(?:{v['wd_pre']}\s+)?((?:ال)?{bare})\s+"
                      rf"(?:{v['of']}\s+)?$")


@lexicon_cache
def weekdays_dual_before() -> re.Pattern:
    """يومي right before two weekdays (يومي الأربعاء والخميس)."""
    return word_right_before(words("weekdays_dual"), preposition=True)


@lexicon_cache
def inside_lead_before() -> re.Pattern:
    """A lead word right before an expression that belongs to its span (خلال شهر أبريل)."""
    return word_right_before(words("inside_lead"))


@lexicon_cache
def event_opening() -> re.Pattern:
    """An expression opening with an event noun (صلاة الجمعة): a lead before it stays outside, «خلال
    صلاة الجمعة» being during the event, not a span of time (time_context.tsv lead_outside)."""
    return re.compile(rf"{alternation(context_words('lead_outside'))}(?!\w)")


@lexicon_cache
def per_unit() -> re.Pattern:
    """"مرة في اليوم", "مرات كثيرة في الأسبوع": a frequency, so في + the unit means "per unit"."""
    return re.compile(rf"{words('frequency')}\s+({words('per')})\s+$")


@lexicon_cache
def count_to_before() -> re.Pattern:
    """A count and إلى / حتى right before a length (من خمسة إلى 15 عاما، بين 3 إلى 5 سنوات), or
    بين, a count and و (بين 12 و16 عاما), or a number in digits and و (ذوي 16 و18 عاما); group 1, 2
    or 3 the count."""
    v = vocabulary_groups()
    return re.compile(rf"(?:^|\s)(?:(\d+|{v['cards']})\s+(?:{v['through']})\s+"
                      rf"|(?:[وف]?{words('pair_between')}\s+(\d+|{v['cards']})|(\d+))\s+و\s?)$")


@lexicon_cache
def years_dual_at() -> re.Pattern:
    """«عامي» opening a year (عامي 2006 و2007): the two years of a pair."""
    return re.compile(rf"[وف]?[بل]?{words('years_dual')}\s")


@lexicon_cache
def weekday_pair_after() -> re.Pattern:
    """و and a second weekday right after a weekday (بين الجمعة والأحد)."""
    return re.compile(rf"\s+و\s?{vocabulary_groups()['wdays']}(?!\w)")


@lexicon_cache
def anaphoric_offset_before() -> re.Pattern:
    """«بعد ذلك» / «قبل ذلك» right before a length glued to ب (بعد ذلك بثلاثة أيام)."""
    return word_right_before(words("offset_anaphor"))
