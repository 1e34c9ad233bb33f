"""Files appear whole or not at all, with ordinary permissions."""

import os

import pytest

from briefgen.writers.atomic import atomic_path, write_text


def test_a_failed_write_leaves_nothing_behind(tmp_path):
    target = tmp_path / "brief.pdf"
    with pytest.raises(RuntimeError), atomic_path(target) as temporary:
        temporary.write_bytes(b"half")
        raise RuntimeError("layout failed")
    assert list(tmp_path.iterdir()) == []


def test_a_written_file_gets_the_umask_permissions_not_private_ones(tmp_path):
    previous = os.umask(0o022)
    try:
        write_text(tmp_path / "brief.md", "text")
    finally:
        os.umask(previous)
    assert (tmp_path / "brief.md").stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]
