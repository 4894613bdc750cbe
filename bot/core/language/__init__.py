"""Stage 2: the words of a question. Normalising, dates, the lexicon and entity linking."""
