"""The workbench has no locale middleware: this one picks the language for the demo."""
from django.conf import settings
from django.utils import translation

COOKIE = "ilelln_lang"


class DemoLanguageMiddleware:
    """Use ``?lang=`` (remembered in a cookie), else the cookie, else the browser's Accept-Language."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.supported = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        asked = request.GET.get("lang")
        language = asked if asked in self.supported else None
        language = language or request.COOKIES.get(COOKIE)
        if language not in self.supported:
            language = translation.get_language_from_request(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        try:
            response = self.get_response(request)
        finally:
            translation.deactivate()
        if asked in self.supported:
            response.set_cookie(COOKIE, asked, samesite="Lax")
        response.headers.setdefault("Content-Language", language)
        return response
