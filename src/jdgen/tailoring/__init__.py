"""Tailoring: a role, a company and the options become one posting.

Which conditional texts apply, who the role reports to, how pay reads and
what a place's pay-transparency law asks; and two roles compared.
"""
