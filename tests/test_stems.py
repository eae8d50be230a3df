import pytest

from maqal.arabic import normalize
from maqal.stems import CliticGrouper, SnowballGrouper, get_grouper


@pytest.fixture(scope="module")
def grouper():
    return CliticGrouper()


def key(g, w):
    return g.key(normalize(w))


@pytest.mark.parametrize("forms", [
    ["والكرملين", "الكرملين", "للكرملين", "بالكرملين"],
    ["بزياراته", "زيارات"],
    ["بروسيا", "روسيا", "وروسيا"],
    ["الرئيس", "للرئيس", "والرئيس", "رئيس"],
    ["وفلاديمير", "فلاديمير"],
    ["المفاوضات", "مفاوضات", "بالمفاوضات"],
    ["زيارته", "زيارة", "الزيارة"],
    ["سيزور", "يزور"],
])
def test_clitics_group(grouper, forms):
    assert len({key(grouper, f) for f in forms}) == 1, {f: key(grouper, f) for f in forms}


@pytest.mark.parametrize("word", ["بوتين", "فيتنام", "لقاء", "وصل", "كييف", "بين", "لكن", "وزير", "كوريا",
                                  "سيول", "موسكو", "بريطانيا", "فرنسا", "بغداد", "ليبيا", "كندا"])
def test_words_that_only_look_prefixed_stay_whole(grouper, word):
    assert key(grouper, word) == normalize(word)


def test_the_stemmers_it_replaces_do_cut_those_names():
    # why the default is not a stemmer: Snowball (like ISRI and Tashaphyne) mangles names
    s = SnowballGrouper()
    assert s.key("بوتين") != "بوتين" and s.key("فيتنام") != "فيتنام"


def test_article_words_help_group_unknown_names():
    g = CliticGrouper(local={"بيسكوف": 2, "وبيسكوف": 1})
    assert g.key("وبيسكوف") == "بيسكوف"
    # and a name no reference knows is not cut without evidence
    assert CliticGrouper().key("وبرزانوف") == "وبرزانوف"


def test_groupers_are_swappable():
    assert get_grouper("snowball").key("الكرملين") == SnowballGrouper().key("الكرملين")
    class Identity:
        def key(self, w):
            return w
    obj = Identity()
    assert get_grouper(obj) is obj
    with pytest.raises(ValueError, match="unknown grouper"):
        get_grouper("nope")
