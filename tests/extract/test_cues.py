"""Background cues: a time before the news or the words of history, not any 'before'."""

import pytest

from briefgen.extract.cues import CONTEXT_CUE


@pytest.mark.parametrize("sentence", [
    "The tribe voted in a special election in 1994 not to open a casino.",
    "The directory, published since 1985, is a valuable resource.",
    "Before the 1997 handover, pundits made predictions.",
    "Last year, two experts stated the force's purpose.",
    "The two countries signed a treaty on the border.",
])
def test_earlier_times_and_history_are_background(sentence):
    assert CONTEXT_CUE.search(sentence)


@pytest.mark.parametrize("sentence", [
    "More research needs to be done before coming to a conclusion.",
    "Since ladybugs fly by day, workers waited until late afternoon.",
    "Fox Brook 1997 Merlot ($39) is a concentrated rich wine.",
    "Other makers have announced 2000-model-year products.",
])
def test_a_bare_before_or_since_or_a_product_year_is_not(sentence):
    assert CONTEXT_CUE.search(sentence) is None
