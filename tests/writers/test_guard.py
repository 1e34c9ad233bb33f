"""Text guard: what no document can hold is dropped and counted; long text is cut sensibly."""

from briefgen.writers.guard import TextGuard, chunks, stderr_warn


def test_illegal_characters_are_dropped_and_counted_once_per_text():
    guard = TextGuard()
    assert guard("a\x00b\ufffe\ud800c") == "abc"
    assert guard("a\x00b\ufffe\ud800c") == "abc"  # the same title shown twice counts once
    assert guard("line\x0bbreak") == "line break"  # a separator is a space, not lost
    assert TextGuard(inline=False)("line\x0bbreak") == "line\nbreak"  # the JSON keeps lines
    assert guard.removed == 3


def test_the_report_names_the_file_and_the_count():
    messages = []
    guard = TextGuard()
    guard("x\x1by")
    guard.report("brief.pdf", messages.append)
    assert messages == ["brief.pdf: removed 1 character(s) that no document can hold "
                        "(control characters, U+FFFE/U+FFFF, lone surrogates)"]
    TextGuard().report("brief.pdf", messages.append)
    assert len(messages) == 1, "nothing removed: nothing said"


def test_chunks_cut_at_sentence_ends_and_keep_every_character():
    sentence = "The convoy left at dawn. "
    text = sentence * 400
    pieces = chunks(text, limit=1000)
    assert all(len(piece) <= 1000 for piece in pieces)
    assert all(piece.endswith("dawn.") for piece in pieces[:-1])
    assert " ".join(pieces).split() == text.split()


def test_chunks_of_text_without_spaces_are_cut_anywhere():
    pieces = chunks("x" * 2500, limit=1000)
    assert [len(piece) for piece in pieces] == [1000, 1000, 500]


def test_short_text_is_one_chunk():
    assert chunks("short") == ["short"]


def test_warnings_go_to_stderr_even_with_a_lone_surrogate(capsys):
    stderr_warn("bad \ud800 name")
    assert capsys.readouterr().err.startswith("briefgen: warning: bad ")
