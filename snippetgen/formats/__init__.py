"""Writers that lay rendered snippets out for people and docs tools."""
