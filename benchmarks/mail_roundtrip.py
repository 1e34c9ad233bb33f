"""Mail benchmark: compose, write and send a brief with large attachments, then read it back.

    .venv/bin/python benchmarks/mail_roundtrip.py [--megabytes 7.0] [--runs 3]

Two random attachments (a .docx and a .pdf stand-in) of MEGABYTES in total are attached to a
small brief. Each run times: composing the draft (MIME, base64), writing the .eml, sending it
over plain SMTP to an aiosmtpd server on 127.0.0.1 (started here; needs the dev extra), and
parsing the received bytes back. Every run checks the attachments arrive byte-identical. Prints
the median of each step, the message size on the wire and the peak RSS of this process.
"""

from __future__ import annotations

import argparse
import email
import os
import resource
import socket
import statistics
import tempfile
import time
from email import policy
from pathlib import Path

from aiosmtpd.controller import Controller

from briefgen.mail.addresses import parse_mailbox
from briefgen.mail.config import MailSettings
from briefgen.mail.message import brief_message, message_size, write_message
from briefgen.mail.outbox import outgoing, recipients
from briefgen.mail.smtp import deliver
from briefgen.model import Brief, BulletList, Item, Section, Source


class Sink:
    """Keeps the last message received."""

    last: bytes = b""

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201
        self.last = envelope.original_content
        return "250 OK"


def small_brief() -> Brief:
    bottom_line = Section("bottom_line", "Bottom line", (BulletList((
        Item("Officials said 12,000 troops were pledged.", ("1",)),)),))
    return Brief("Benchmark brief", "Benchmark", "2024-10-28", "analyst", "Analysts",
                 (bottom_line,), (Source("1", "A source", url="https://example.org/a"),),
                 marking="TLP:AMBER")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=7.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory, socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        probe.close()
        half = int(args.megabytes * 1024 * 1024 / 2)
        files = [Path(directory) / "brief.docx", Path(directory) / "brief.pdf"]
        for path in files:
            path.write_bytes(os.urandom(half))
        sink = Sink()
        controller = Controller(sink, hostname="127.0.0.1", port=port,
                                data_size_limit=64 * 1024 * 1024)
        controller.start()
        try:
            timings = run(files, port, sink, Path(directory), args.runs)
        finally:
            controller.stop()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for step, values in timings.items():
        if step != "size":
            print(f"{step:>8}: {statistics.median(values) * 1000:8.1f} ms (median of {args.runs})")
    print(f"attachments: {args.megabytes:.1f} MB; message on the wire: "
          f"{timings['size'][0] / 1024 / 1024:.2f} MB; peak RSS {peak_mb:.0f} MB")


def run(files: list[Path], port: int, sink: Sink, directory: Path, runs: int
        ) -> dict[str, list[float]]:
    settings = MailSettings(host="127.0.0.1", port=port, max_size=64 * 1024 * 1024)
    timings: dict[str, list[float]] = {"compose": [], "write": [], "send": [], "parse": [],
                                       "size": []}
    for _ in range(runs):
        start = time.perf_counter()
        draft = brief_message(small_brief(), files)
        timings["compose"].append(time.perf_counter() - start)
        start = time.perf_counter()
        write_message(draft, directory / "brief.eml")
        timings["write"].append(time.perf_counter() - start)
        item = outgoing(draft, parse_mailbox("a@example.org"), recipients(["b@example.org"]))
        timings["size"].append(message_size(item.message))
        start = time.perf_counter()
        deliver(item, settings, None)
        timings["send"].append(time.perf_counter() - start)
        start = time.perf_counter()
        received = email.message_from_bytes(sink.last, policy=policy.default)
        contents = [part.get_content() for part in received.iter_attachments()]
        timings["parse"].append(time.perf_counter() - start)
        if contents != [path.read_bytes() for path in files]:
            raise SystemExit("attachments changed in transit")
    return timings


if __name__ == "__main__":
    main()
