"""Stage 4: answers from facts. Responders per kind, retrieval, composition, suggestions."""
