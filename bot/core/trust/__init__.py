"""Whether an answer can be trusted as said: what it covers, leaves out, or must not claim."""
