"""Site and batch output: a manifest built into an output folder.

The batch and what became of each posting, the folder's index pages, feeds
and careers-site settings, what is kept of postings that failed, and safe,
atomic writes.
"""
