"""The routes: the form and its preview, downloads, saving a profile, and the comparison.

Every POST carries the run's token (a hidden field, or the ``X-Jdgen-Token``
header) and comes through :class:`~jdgen.web.security.Guard`; GET requests
change nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdgen.errors import JdgenError
from jdgen.web import pages
from jdgen.web.security import TOO_LARGE, Guard, TooLarge, same_token
from jdgen.web.service import FORMATS, Outcome, Settings, run, settings_for

if TYPE_CHECKING:
    from jinja2.sandbox import SandboxedEnvironment
    from starlette.requests import Request
    from starlette.responses import Response

MAX_FIELDS = 60
_TYPES = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "pdf": "application/pdf", "md": "text/markdown; charset=utf-8",
          "html": "text/html; charset=utf-8"}


class Refused(Exception):
    """A request the app will not act on: (status, one line saying why)."""

    def __init__(self, status: int, text: str) -> None:
        super().__init__(text)
        self.status = status
        self.text = text


def create_app(start: Path, token: str, *, hosts: set[str] | None, origins: set[str],
               roles_dirs: Sequence[Path] = (), templates_dirs: Sequence[Path] = ()) -> Guard:
    """The whole app for one run in ``start``, guarded; ``hosts``/``origins`` are its own."""
    from starlette.applications import Starlette
    from starlette.routing import Route

    settings = settings_for(start, token, roles_dirs=roles_dirs, templates_dirs=templates_dirs)
    env = pages.environment()
    views = _Views(settings, env)
    routes = [Route("/", views.form, methods=["GET", "POST"]),
              Route("/preview", views.preview, methods=["POST"]),
              Route("/compare", views.compare, methods=["GET"]),
              Route("/static/{name}", views.static, methods=["GET"])]
    app = Starlette(routes=routes, exception_handlers={
        404: views.not_found, 405: views.not_found, Exception: views.failed})
    return Guard(app, hosts, origins)


class _Views:
    def __init__(self, settings: Settings, env: SandboxedEnvironment) -> None:
        self.settings = settings
        self.env = env

    # ---------------------------------------------------------------- pages

    async def form(self, request: Request) -> Response:
        """GET: the form (filled from the query, as the compare page links); POST: act on it."""
        if request.method == "GET":
            query = dict(request.query_params)
            outcome = run(self.settings, query) if query.get("company_name") else None
            return self._page(query, outcome)
        try:
            form, upload = await self._form(request)
        except Refused as exc:
            return self._refused(exc)
        action = str(form.get("do", "preview"))
        if action in FORMATS:
            return self._download(form, upload, action)
        outcome = run(self.settings, form, upload=upload)
        if action == "save":
            self._save(outcome, form)
        return self._page(form, outcome, status=200)

    async def preview(self, request: Request) -> Response:
        """The script's update: the preview panel and each field's message, as JSON."""
        from starlette.responses import JSONResponse

        try:
            form, upload = await self._form(request)
        except Refused as exc:
            return JSONResponse({"error": exc.text}, status_code=exc.status)
        outcome = run(self.settings, form, upload=upload)
        return JSONResponse({
            "panel": pages.render(self.env, "panel.html.j2", **self._context(form, outcome)),
            "fields": _messages(outcome), "profile_text": outcome.profile_text,
            "profile_label": outcome.profile_label})

    async def compare(self, request: Request) -> Response:
        """Compare the two roles for the facts given, with a way on to the chosen one's form."""
        from starlette.responses import HTMLResponse

        from jdgen.api import compare_roles

        query = dict(request.query_params)
        error, result = "", None
        employees = query.get("employees", "").strip()
        if query.get("go"):
            try:
                if employees and not (employees.isdigit() and 0 < int(employees) <= 10_000_000):
                    raise JdgenError(f"employees: '{employees}' is not a whole number of people")
                result = compare_roles(
                    "coo", "director-of-operations",
                    employees=int(employees) if employees else None,
                    stage=_choice(query.get("stage"), ("startup", "growth", "established")),
                    gap=_choice(query.get("gap"), ("company-wide", "one-area")),
                    ceo_stretched={"yes": True, "no": False}.get(query.get("ceo", "")),
                    industry=query.get("industry", "").strip()[:80] or None,
                    company=query.get("company_name", "").strip()[:120] or None,
                    roles_dirs=self.settings.builder.pipeline.roles_dirs)
            except JdgenError as exc:
                error = exc.format_message()
        return HTMLResponse(pages.render(self.env, "compare.html.j2", query=query, error=error,
                                         result=result, title="Compare the two roles"))

    async def static(self, request: Request) -> Response:
        from starlette.responses import Response

        name = request.path_params["name"]
        if name not in pages.ASSETS:
            return await self.not_found(request, None)
        return Response(pages.asset(name), media_type=pages.ASSETS[name])

    async def not_found(self, request: Request, exc: Exception | None) -> Response:
        return self._message(404, "There is no page here.", "Back to the form")

    async def failed(self, request: Request, exc: Exception) -> Response:
        """Anything unforeseen: one line, never a traceback; nothing was written."""
        return self._message(500, "Something went wrong building this page; nothing was "
                                  "saved. Go back, check the form and try again.",
                             "Back to the form")

    # --------------------------------------------------------------- helpers

    async def _form(self, request: Request) -> tuple[dict[str, str], tuple[str, bytes] | None]:
        """The posted fields and an uploaded profile; the token checked, sizes capped."""
        from starlette.datastructures import UploadFile
        from starlette.formparsers import MultiPartException

        try:
            data = await request.form(max_files=1, max_fields=MAX_FIELDS,
                                      max_part_size=2_100_000)
        except TooLarge:
            raise Refused(413, TOO_LARGE) from None
        except (MultiPartException, ValueError, UnicodeDecodeError):
            raise Refused(400, "The form could not be read; reload the page and try again.") \
                from None
        given = request.headers.get("x-jdgen-token") or data.get("token")
        if not same_token(given if isinstance(given, str) else None, self.settings.token):
            raise Refused(403, "Refused: this form is from an earlier run of jdgen serve; "
                               "reload the page.")
        form: dict[str, str] = {}
        upload = None
        for key, value in data.multi_items():
            if isinstance(value, UploadFile):
                raw = await value.read()
                if raw:
                    upload = (value.filename or "profile.yaml", raw)
            elif key == "benefits" and key in form:
                form[key] += "\n" + value
            else:
                form[key] = value
        await data.close()
        return form, upload

    def _download(self, form: Mapping[str, str], upload: tuple[str, bytes] | None,
                  fmt: str) -> Response:
        from starlette.responses import Response

        if fmt == "pdf" and not self.settings.pdf:
            return self._message(400, "PDF needs the pdf extra: pip install 'jdgen[pdf]', then "
                                      "restart jdgen serve.", "Back to the form")
        outcome = run(self.settings, form, (fmt,), upload)
        if outcome.built is None or outcome.errors or outcome.problems:
            return self._page(form, outcome, status=422)
        ((name, data),) = outcome.built.files.items()
        return Response(data, media_type=_TYPES[fmt],
                        headers={"content-disposition": f'attachment; filename="{name}"'})

    def _save(self, outcome: Outcome, form: Mapping[str, str]) -> None:
        from jdgen.web.command import company_yaml
        from jdgen.web.profiles import save_profile

        ask = outcome.ask
        if ask is None or "company_name" in outcome.errors:
            return
        if ask.file_name is None:
            ask.file_name = _profile_name(ask)
        try:
            path = save_profile(self.settings.start, ask.file_name, company_yaml(ask),
                                replace=form.get("replace") == "yes")
        except JdgenError as exc:
            outcome.errors["save"] = exc.format_message()
            return
        outcome.message = f"Saved the company profile as {path}."
        if outcome.command:  # the command now names the file just saved
            from jdgen.web.command import command_line

            outcome.command = command_line(ask, ["docx"])
            outcome.company_yaml = company_yaml(ask)

    def _context(self, form: Mapping[str, str], outcome: Outcome | None) -> dict[str, Any]:
        from jdgen.web.profiles import folder_images, folder_profiles

        catalog = self.settings.builder.pipeline.catalog
        roles = sorted(((e.role.id, e.role.title, sorted(e.role.focus), sorted(e.role.industries))
                        for e in catalog.entries.values()), key=lambda r: r[0])
        return {"form": form, "outcome": outcome or Outcome(None), "token": self.settings.token,
                "roles": roles, "profiles": folder_profiles(self.settings.start),
                "images": folder_images(self.settings.start),
                "pdf": self.settings.pdf, "start": str(self.settings.start),
                "title": "Write a job posting"}

    def _page(self, form: Mapping[str, str], outcome: Outcome | None,
              status: int = 200) -> Response:
        from starlette.responses import HTMLResponse

        return HTMLResponse(pages.render(self.env, "form.html.j2",
                                         **self._context(form, outcome)), status_code=status)

    def _message(self, status: int, text: str, back: str) -> Response:
        from starlette.responses import HTMLResponse

        return HTMLResponse(pages.render(self.env, "message.html.j2", text=text, back=back,
                                         title="jdgen"), status_code=status)

    def _refused(self, exc: Refused) -> Response:
        return self._message(exc.status, exc.text, "Back to the form")


def _profile_name(ask: Any) -> str:
    from jdgen.web.facts import profile_name

    return profile_name(ask.name or "company")


def _choice(value: str | None, allowed: tuple[str, ...]) -> Any:
    return value if value in allowed else None


def _messages(outcome: Outcome) -> dict[str, dict[str, str]]:
    names = set(outcome.errors) | set(outcome.readings)
    return {name: {"error": outcome.errors.get(name, ""),
                   "reading": outcome.readings.get(name, "")} for name in names}
