"""Attributions: the shapes news uses to say who said what, with exact offsets."""

import pytest

from briefgen.extract.attribution import find_attributions


def _one(text):
    [attribution] = find_attributions(text)
    assert " ".join(text[a:b] for a, b in attribution.spans) == attribution.content
    return attribution


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The presidential office said on Friday that sending weapons is one option.",
     "The presidential office", "said", "sending weapons is one option"),
    ("Pentagon spokeswoman Sabrina Singh said those troops will likely fight within weeks.",
     "Pentagon spokeswoman Sabrina Singh", "said", "those troops will likely fight within weeks"),
    ("The move renews attention on Russia's economy, experts say.",
     "experts", "say", "The move renews attention on Russia's economy"),
    ("“It is a big gamble,” Ahn told AP.", "Ahn", "told", "“It is a big gamble,”"),
    ("“It is a big gamble,” said Miles Yu, director of the China Center.",
     "Miles Yu", "said", "“It is a big gamble,”"),
    ("According to the NIS, North Korea decided to send 12,000 troops.",
     "the NIS", "According to", "North Korea decided to send 12,000 troops"),
    ("North Korea has sent troops to Russia, according to experts.",
     "experts", "according to", "North Korea has sent troops to Russia"),
    ("Several defense experts told The Korea Times that the dispatch could turn the tide.",
     "Several defense experts", "told", "the dispatch could turn the tide"),
    ("Graham called the plan crazy and said he would vote against the bill.",
     "Graham", "said", "he would vote against the bill"),
    # the possessive's head speaks, not the country that owns it
    ("Turkey's leading human rights activist was released Saturday and said he hoped to be "
     "the last.", "Turkey's leading human rights activist", "said", "he hoped to be the last"),
    # an adverb before the cue is not part of who speaks
    ("The Clinton administration nevertheless conceded that it had no proof.",
     "The Clinton administration", "conceded", "it had no proof"),
])
def test_shapes(text, speaker, cue, content):
    attribution = _one(text)
    assert (attribution.speaker, attribution.cue, attribution.content) == (speaker, cue, content)


def test_an_appositive_names_the_affiliation_not_the_speaker():
    attribution = _one("Hong Min, a senior research fellow at the Korea Institute for National "
                       "Unification, said the deployment itself is symbolic.")
    assert attribution.speaker == "Hong Min"
    assert attribution.affiliation.startswith("a senior research fellow")
    assert attribution.content == "the deployment itself is symbolic"


def test_a_quotation_over_several_sentences_is_one_content_and_bare_quotes_continue_it():
    text = "“We will respond. We have all means,” he said. “Nothing is ruled out.”"
    attribution = _one(text)
    assert attribution.direct
    assert attribution.content == "“We will respond. We have all means,” “Nothing is ruled out.”"
    assert len(attribution.spans) == 2


def test_a_participle_shares_the_speaker_of_its_sentence():
    first, second = find_attributions(
        "The ministry said the forces had not trained together, adding that they would "
        "struggle to cooperate.")
    assert first.content == "the forces had not trained together"
    assert (second.speaker, second.cue) == ("The ministry", "adding")
    assert second.content == "they would struggle to cooperate"


def test_a_colon_at_the_end_of_a_paragraph_introduces_the_next():
    text = "Caddell continued:\n\n“The health issue is partisan. It is in their heads.”"
    [attribution] = find_attributions(text)
    assert attribution.speaker == "Caddell"
    assert attribution.content == "“The health issue is partisan. It is in their heads.”"
    assert text[attribution.start:attribution.end] == attribution.content


@pytest.mark.parametrize("text", [
    "He declined to say whether troops had been sent.",
    "It is not what he said at the time that matters here.",
    "Troops arrived in the region last week.",
])
def test_not_attributions(text):
    assert find_attributions(text) == []


def test_offsets_point_into_the_whole_text_across_paragraphs():
    text = "First paragraph without speech.\n\nOfficials said the talks would resume in May."
    [attribution] = find_attributions(text)
    assert text[attribution.start:attribution.end] == "the talks would resume in May"
    assert text[attribution.cue_start:attribution.cue_end] == "said"
    assert text[attribution.speaker_start:attribution.speaker_end] == "Officials"


def test_a_participle_after_a_determiner_is_an_adjective_not_a_cue():
    text = ("At a press conference, Sane accused the government of alleged human rights "
            "violations by the police.")
    assert not any(a.cue == "alleged" for a in find_attributions(text))
    text = ("Police broke up street rallies protesting alleged ballot fraud by the ruling "
            "party during the July election.")
    assert not any(a.cue == "alleged" for a in find_attributions(text))
    for text in ("Beijing claimed that the island had always been part of China.",
                 "The king claimed that the election had been rigged by the army."):
        assert any(a.cue == "claimed" for a in find_attributions(text)), text


def test_who_is_quoted_as_saying_is_the_speaker_not_who_quotes_them():
    [attribution] = find_attributions("“What frightens us most is bad weather,” the control "
                                      "center quoted Jones as saying.")
    assert attribution.speaker == "Jones"
    assert attribution.content == "“What frightens us most is bad weather,”"
