"""The project's URLs: admin, sign-in, the API and the two apps' pages."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from comments.urls import post_page_urlpatterns
from posts.urls import urlpatterns as post_urlpatterns

from .auth import ThrottledAdminAuthenticationForm, ThrottledLoginView
from .health import healthz

# The "posts" namespace: the posts app's own pages plus the post page and its comment
# feeds, which comments renders (posts never imports comments' views).
posts_namespace = ([*post_urlpatterns, *post_page_urlpatterns], "posts")

# The admin's own login page shares the throttle of /accounts/login/.
admin.site.login_form = ThrottledAdminAuthenticationForm

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/login/", ThrottledLoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("api/", include("complaints_site.api")),
    path("", include("comments.urls")),
    path("", include("takedowns.urls")),
    path("", include(posts_namespace)),
]

# Errors never need the database; under /api/ they are JSON (complaints_site/errors.py).
handler400 = "complaints_site.errors.bad_request"
handler403 = "complaints_site.errors.permission_denied"
handler404 = "complaints_site.errors.page_not_found"
handler500 = "complaints_site.errors.server_error"
