"""Renderers: one module per output format, each pure (data in, text or bytes out)."""
