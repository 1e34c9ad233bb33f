"""Decoding: UTF-8 and BOMs first, checked guesses for the rest, mojibake repaired safely."""

import pytest

from briefgen.encoding import decode, repair_mojibake
from briefgen.errors import InputError

SENTENCE = "Seoul’s envoy said the café talks — “all possible means” — would go on. "


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_unicode_with_or_without_a_bom_is_read_without_a_guess(encoding):
    decoded = decode(SENTENCE.encode(encoding), "a.txt")
    assert decoded.text == SENTENCE
    assert decoded.notes == ()


def test_cp1252_is_detected_and_named_cp1252():
    decoded = decode((SENTENCE * 10).encode("cp1252"), "a.txt")
    assert decoded.text == SENTENCE * 10
    assert decoded.encoding == "cp1252"
    assert decoded.notes == ("decoded as cp1252 (not UTF-8)",)


def test_euc_kr_is_detected():
    text = "북한군 러시아 파병. 국가정보원은 금요일 북한이 러시아에 병력을 파견했다고 밝혔다. " * 10
    decoded = decode(text.encode("euc-kr"), "a.txt")
    assert decoded.text == text
    assert decoded.encoding in ("cp949", "euc_kr")


def test_latin1_french_is_not_read_as_central_european():
    # charset-normalizer alone picks cp1250 here and turns "élèves" into "élčves".
    text = "Le café de la gare était fermé. Les élèves sont allés à l'école."
    decoded = decode(text.encode("latin-1"), "a.txt")
    assert decoded.text == text
    assert decoded.notes[0].startswith("encoding guessed as cp1252 (equally likely: ")


def test_a_short_input_is_decoded_but_flagged_as_a_guess():
    # charset-normalizer alone picks cp1006 here: "Cafﻠ fermﻠ."
    decoded = decode("Café fermé.".encode("latin-1"), "a.txt")
    assert decoded.text == "Café fermé."
    assert "use --encoding" in decoded.notes[0]


def test_a_forced_encoding_wins_and_a_wrong_one_is_reported():
    assert decode("Café".encode("cp1252"), "a.txt", "latin-1").text == "Café"
    with pytest.raises(InputError, match=r"a.txt: not valid utf-8 text \(byte 3\)"):
        decode("Café".encode("cp1252"), "a.txt", "utf-8")
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        decode(b"x", "a.txt", "klingon")


def test_binary_data_is_refused():
    with pytest.raises(InputError, match="a.bin: looks like a binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a.bin")


def test_mojibake_is_repaired_without_touching_legitimate_typography():
    assert repair_mojibake("Seoulâ€™s envoy") == "Seoul’s envoy"
    for legitimate in ("“prices”", "ＡＢＣ１２３ （주）", "ﬁnance", "naïve café"):
        assert repair_mojibake(legitimate) == legitimate
    decoded = decode("Seoulâ€™s envoy\nsaid so.".encode(), "a.txt")
    assert decoded.text == "Seoul’s envoy\nsaid so."
    assert decoded.notes == ("repaired mojibake on 1 line(s)",)
