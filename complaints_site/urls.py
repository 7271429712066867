"""The project's URLs: admin, sign-in, the API and the two apps' pages."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from comments.urls import post_page_urlpatterns
from posts.urls import urlpatterns as post_urlpatterns

# The "posts" namespace: the posts app's own pages plus the post page and its comment
# feeds, which comments renders (posts never imports comments' views).
posts_namespace = ([*post_urlpatterns, *post_page_urlpatterns], "posts")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("api/", include("complaints_site.api")),
    path("", include("comments.urls")),
    path("", include(posts_namespace)),
]
