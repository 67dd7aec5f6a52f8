"""Tailoring: a role, a company and the options become one posting's text
(variants, reporting lines, pay), and two roles are compared.
"""
