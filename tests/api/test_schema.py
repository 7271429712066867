"""The OpenAPI document and the Swagger UI page (assets served locally, no CDN)."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.urls import reverse

pytestmark = pytest.mark.django_db

PATHS = {
    "/api/v1/auth/token/": {"post"},
    "/api/v1/check/": {"post"},
    "/api/v1/posts/": {"get"},
    "/api/v1/posts/{slug}/": {"get"},
    "/api/v1/posts/{slug}/comments/": {"get", "post"},
    "/api/v1/comments/": {"get"},
    "/api/v1/comments/{id}/": {"patch", "delete"},
    "/api/v1/comments/{id}/report/": {"post"},
    "/api/v1/moderation/queue/": {"get"},
    "/api/v1/moderation/comments/{id}/approve/": {"post"},
    "/api/v1/moderation/comments/{id}/redact/": {"post"},
    "/api/v1/moderation/comments/{id}/reject/": {"post"},
    "/api/v1/moderation/comments/{id}/restore/": {"post"},
    "/api/v1/moderation/comments/{id}/purge/": {"post"},
    "/api/v1/moderation/comments/{id}/sanction/": {"post"},
    "/api/v1/moderation/sanctions/": {"get"},
    "/api/v1/moderation/sanctions/{id}/lift/": {"post"},
    "/api/v1/moderation/protected-persons/": {"get", "post"},
    "/api/v1/moderation/protected-persons/{id}/": {"get", "patch", "delete"},
    "/api/v1/moderation/actions/": {"get"},
    "/api/v1/takedown-requests/": {"post"},
    "/api/v1/transparency/": {"get"},
    "/api/v1/moderation/takedown-requests/": {"get"},
    "/api/v1/moderation/takedown-requests/{reference}/": {"get"},
    "/api/v1/moderation/takedown-requests/{reference}/inquire-author/": {"post"},
    "/api/v1/moderation/takedown-requests/{reference}/decide/": {"post"},
}


def test_schema_lists_every_endpoint(client):
    response = client.get(reverse("api-schema"), HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert {path: set(ops) for path, ops in schema["paths"].items()} == PATHS
    conflict = schema["paths"]["/api/v1/moderation/comments/{id}/approve/"]["post"]["responses"]
    assert set(conflict) == {"200", "400", "401", "403", "404", "409", "422"}
    reject = schema["paths"]["/api/v1/moderation/comments/{id}/reject/"]["post"]["responses"]
    assert "422" not in reject  # rejecting never publishes: no harassment check


def test_schema_generates_valid_without_warnings(tmp_path):
    # --fail-on-warn turns any drf-spectacular warning into an error; --validate checks the
    # document against the OpenAPI 3 meta-schema.
    call_command("spectacular", "--fail-on-warn", "--validate", "--file", str(tmp_path / "s.yml"))


def test_docs_page_serves_swagger_ui_from_local_static_files(client):
    response = client.get(reverse("api-docs"))
    assert response.status_code == 200
    html = response.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert any("/static/drf_spectacular_sidecar/swagger-ui-dist/" in a for a in assets), assets
    assert not [a for a in assets if a.startswith(("http://", "https://", "//"))], assets
    assert "cdn" not in html.lower()
    # The start-up script is a same-origin file, so the site's CSP needs no inline scripts.
    csp = response["Content-Security-Policy"]
    assert "script-src 'self';" in csp and "unsafe-inline'; img-src" in csp
    script = client.get(reverse("api-docs"), {"script": ""})
    assert script.status_code == 200 and "SwaggerUIBundle" in script.content.decode()
    assert "/api/schema/" in script.content.decode()
    for asset in [a for a in assets if a.startswith("/static/")]:  # shipped by the sidecar
        assert finders.find(asset.removeprefix("/static/")), asset


def test_docs_page_declares_its_language_and_loads_the_contrast_fixes(client):
    html = client.get(reverse("api-docs")).content.decode()
    assert '<html lang="en">' in html  # Swagger UI and the API's descriptions are English
    assert "/static/css/api-docs.css" in html and "<style" not in html
    assert finders.find("css/api-docs.css")
    script = client.get(reverse("api-docs"), {"script": ""}).content.decode()
    # No deep links: Swagger UI would nest them inside each operation's button.
    assert '"deepLinking": false' in script


def test_unknown_api_paths_answer_json_404(client):
    for method in ("get", "post", "delete"):
        response = getattr(client, method)("/api/v2/nothing-here/")
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"
