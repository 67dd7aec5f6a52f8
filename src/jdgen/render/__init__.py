"""Rendering: a posting becomes text and documents.

One module per output format, each pure (data in, text or bytes out), and
what they share: the sandboxed Jinja environment and its budgets, and the
pipeline that sets them up once for every posting of a build.
"""
