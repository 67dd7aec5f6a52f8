"""Reading inputs: role, company and manifest files (YAML or spreadsheet), read
capped, validated, with overlays merged and every value's place remembered.
"""
