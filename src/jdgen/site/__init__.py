"""Site and batch output: a manifest built into an output folder, with its
index, feeds, careers-site settings and safe, atomic writes.
"""
