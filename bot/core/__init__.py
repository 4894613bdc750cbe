"""The platform-neutral core: knowledge, understanding and answers. No platform imports here."""
