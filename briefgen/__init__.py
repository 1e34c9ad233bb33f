"""briefgen: news articles in, a cited briefing document out."""

__version__ = "0.1.0"
