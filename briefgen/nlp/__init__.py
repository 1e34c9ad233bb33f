"""Language processing: offline tokenisation, per-article summaries, cross-article selection."""
