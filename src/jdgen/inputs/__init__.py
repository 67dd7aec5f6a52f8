"""Reading inputs: the files people write, read and validated.

Role, company and manifest files (YAML, or a spreadsheet for a manifest),
read within a cap, validated with every problem named by file, line and
field, overlays merged onto their bases, and the record of every file a
build reads.
"""
