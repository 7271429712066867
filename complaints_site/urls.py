from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from .auth import ThrottledAdminAuthenticationForm, ThrottledLoginView
from .health import healthz

# The admin's own login page shares the throttle of /accounts/login/.
admin.site.login_form = ThrottledAdminAuthenticationForm

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/login/", ThrottledLoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("api/", include("complaints_site.api")),
    path("", include("comments.urls")),
    path("", include("posts.urls")),
]

# Errors never need the database; under /api/ they are JSON (complaints_site/errors.py).
handler400 = "complaints_site.errors.bad_request"
handler403 = "complaints_site.errors.permission_denied"
handler404 = "complaints_site.errors.page_not_found"
handler500 = "complaints_site.errors.server_error"
