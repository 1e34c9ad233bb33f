"""Small word lists written as plain text, for the section builders' rules."""

from __future__ import annotations


def wordset(words: str) -> frozenset[str]:
    """A set of words from a space-separated string (easier to read and edit than a list)."""
    return frozenset(words.split())


#: Past forms of irregular verbs news reports with (regular ones end in -ed): what tells a verb
#: of the past ("the court upheld") and the verb that ends a subject ("The shift brought ...").
#: Not "put" or "set", as often present ("They put", "is set to").
IRREGULAR_PAST = wordset(
    "arose ate became began bore bought broke brought built came caught chose cut dealt drew "
    "drove fell felt fled flew forbade fought found froze gave got grew heard held hid hit kept "
    "knew laid led left lent lost made meant met overcame overtook paid quit ran rang rose "
    "said sank sat saw sent shot shut slew sold sought spent split spoke spread stole stood "
    "struck stuck swept swore taught thought threw told took tore understood undertook upheld "
    "went withdrew woke won wore wrote")
