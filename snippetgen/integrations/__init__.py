"""Plug-ins for docs tools (MkDocs, Sphinx) that render specs while the site builds."""
