"""Stage 1: the fact base. YAML reading, the schema, cross-file checks, error wording, catalog."""
