"""``jdgen serve``: a recruiter's local web app (a form, a live preview, downloads).

A thin caller of :mod:`jdgen.api`, on Starlette. Nothing here is imported
unless ``jdgen serve`` runs: the package needs the ``web`` extra
(``pip install 'jdgen[web]'``). :func:`jdgen.web.app.create_app` builds the app.
"""
