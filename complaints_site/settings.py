"""Settings for the complaints site: the only settings module.

Every knob comes from the environment (see the README's configuration table); the
defaults suit a laptop, so a fresh clone runs with no environment at all.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it to a long random string, "
            "or set DJANGO_DEBUG=true for local development."
        )
    SECRET_KEY = "django-insecure-development-key-only-used-when-DEBUG-is-on"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.syndication",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_tasks_db",
    "posts",
    "comments",
    "takedowns",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "complaints_site.errors.PrivatePagesMiddleware",
    "complaints_site.errors.RequestSizeLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "complaints_site.errors.DatabaseOutageMiddleware",
]

ROOT_URLCONF = "complaints_site.urls"
WSGI_APPLICATION = "complaints_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "complaints_site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60, minimum=0),
        # A persistent connection is checked before reuse, so one that died with a
        # database restart is replaced instead of failing the next request.
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "comments:queue"
LOGOUT_REDIRECT_URL = "posts:list"

LANGUAGE_CODE = "ja"
LANGUAGES = [("ja", _("Japanese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Tokyo"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "complaints_site" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Security defaults; the TLS-only ones switch on with DJANGO_SECURE_SSL.
SECURE_SSL = env_bool("DJANGO_SECURE_SSL", False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_SSL
SECURE_SSL_REDIRECT = SECURE_SSL
SECURE_HSTS_SECONDS = 31536000 if SECURE_SSL else 0
# Only when every subdomain is HTTPS too (and, for preload, the domain is submitted).
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)
# Load balancers probe /healthz over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE_SSL else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (Django's built-in support): our pages load only our own
# scripts and styles; no inline script, no third-party origin.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
SESSION_COOKIE_HTTPONLY = True

# One cache shared by every worker: rate limits, API throttles and login throttling
# live here. Redis when REDIS_URL is set (several machines); otherwise Django's
# database cache (one machine, any number of workers), whose table comes from
# `manage.py createcachetable`. complaints_site.cache makes its incr atomic.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "complaints",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "complaints_site.cache.DatabaseCache",
            "LOCATION": "django_cache",
            # Culling deletes live entries (rate-limit counters) once the table is
            # fuller than this; keep it well above the number of active clients.
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    }

# Failed sign-ins (the login page, the admin's and POST /api/v1/auth/token/) per account
# and per client address within LOGIN_FAILURE_WINDOW seconds; then sign-in is refused
# until the window ends (complaints_site/login_throttle.py).
LOGIN_FAILURES_PER_ACCOUNT = env_int("DJANGO_LOGIN_FAILURES_PER_ACCOUNT", 5, minimum=1)
LOGIN_FAILURES_PER_CLIENT = env_int("DJANGO_LOGIN_FAILURES_PER_CLIENT", 20, minimum=1)
LOGIN_FAILURE_WINDOW = env_int("DJANGO_LOGIN_FAILURE_WINDOW", 900, minimum=10)

# Background work (rescans) through django.tasks with the database backend.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Logs go to stderr (journald under systemd); DJANGO_LOG_FORMAT=json writes one JSON
# object per line (complaints_site/logs.py), "text" the usual lines.
LOG_FORMAT = env_str("DJANGO_LOG_FORMAT", "text")
if LOG_FORMAT not in {"text", "json"}:
    raise ImproperlyConfigured(f"DJANGO_LOG_FORMAT must be text or json, not {LOG_FORMAT!r}.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "complaints_site.logs.JsonFormatter"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
}

# --- The product's own settings -------------------------------------------------
# Replies nested deeper than this attach to the deepest allowed ancestor. At most 25:
# Comment.path (255 characters) holds 10 per level.
COMMENTS_MAX_DEPTH = env_int("COMMENTS_MAX_DEPTH", 8, minimum=1, maximum=25)
COMMENTS_MAX_LENGTH = 5000
# Hold every new reply for a moderator, site-wide (posts can opt in one by one).
COMMENTS_PREMODERATE = env_bool("COMMENTS_PREMODERATE", False)
# Open reports that send a published comment back to the queue.
COMMENTS_REPORT_THRESHOLD = env_int("COMMENTS_REPORT_THRESHOLD", 3, minimum=1)
COMMENTS_REPORT_THRESHOLD_PROTECTED = env_int("COMMENTS_REPORT_THRESHOLD_PROTECTED", 1, minimum=1)
# Reports one client may file per hour across the site.
COMMENTS_REPORTS_PER_HOUR = env_int("COMMENTS_REPORTS_PER_HOUR", 20, minimum=1)
# Replies one client may send per minute through the HTML form (the API has its own rates).
COMMENTS_FORM_REPLIES_PER_MINUTE = env_int("COMMENTS_FORM_REPLIES_PER_MINUTE", 10, minimum=1)
# Pile-on control: this many held comments aimed at one target within the window switch
# the post to pre-moderation for the period.
COMMENTS_SURGE_THRESHOLD = env_int("COMMENTS_SURGE_THRESHOLD", 3, minimum=1)
COMMENTS_SURGE_WINDOW_MINUTES = env_int("COMMENTS_SURGE_WINDOW_MINUTES", 60, minimum=1)
COMMENTS_SURGE_HOURS = env_int("COMMENTS_SURGE_HOURS", 24, minimum=1)
# Authors may edit their reply for this many minutes after posting (deleting: any time).
COMMENTS_EDIT_MINUTES = env_int("COMMENTS_EDIT_MINUTES", 15, minimum=0, maximum=7 * 24 * 60)
# Texts with only weak signals (the scanner's review tier): "hold" them for a moderator
# (below confident findings in the queue), or "publish_and_queue" them for a later look.
COMMENTS_REVIEW_TIER = env_str("COMMENTS_REVIEW_TIER", "hold")
if COMMENTS_REVIEW_TIER not in ("hold", "publish_and_queue"):
    raise ImproperlyConfigured("COMMENTS_REVIEW_TIER must be 'hold' or 'publish_and_queue'.")
# A full rescan is split into tasks of this many comment ids (a pk range each), so that
# several `manage.py db_worker` processes share it (comments/services/rescan.py).
COMMENTS_RESCAN_CHUNK_SIZE = env_int("COMMENTS_RESCAN_CHUNK_SIZE", 500, minimum=1)
# Moderators are told by e-mail (the console in development).
_SMTP = "django.core.mail.backends.smtp.EmailBackend"
_MAIL_BACKEND = env_str(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend" if DEBUG else _SMTP
)
MAILERS = {
    "default": {
        "BACKEND": _MAIL_BACKEND,
        "OPTIONS": {
            "host": env_str("DJANGO_EMAIL_HOST", "localhost"),
            "port": env_int("DJANGO_EMAIL_PORT", 25, minimum=1, maximum=65535),
            "username": env_str("DJANGO_EMAIL_USER", ""),
            "password": env_str("DJANGO_EMAIL_PASSWORD", ""),
            "use_tls": env_bool("DJANGO_EMAIL_TLS", False),
        }
        if _MAIL_BACKEND == _SMTP
        else {},
    }
}
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "moderation@localhost")
# Reverse proxies in front of gunicorn that append to X-Forwarded-For (nginx: 1). With 0,
# X-Forwarded-For is ignored and REMOTE_ADDR is the client (comments/client.py).
TRUSTED_PROXIES = env_int("DJANGO_TRUSTED_PROXIES", 0, minimum=0, maximum=5)
# Client addresses are stored only as keyed hashes (no raw IPs).
CLIENT_HASH_SALT = env_str("DJANGO_CLIENT_HASH_SALT", SECRET_KEY)

# --- Removal requests and sender information (takedowns/, the README's operators' section)
# The site's address, for links in e-mails (removal requests, author inquiries).
SITE_URL = env_str("DJANGO_SITE_URL", "http://127.0.0.1:8000")
# Days within which a removal request is answered (the deadline shown to the requester).
TAKEDOWNS_DEADLINE_DAYS = env_int("TAKEDOWNS_DEADLINE_DAYS", 7, minimum=1, maximum=60)
# Removal requests one client may file per hour through the page (the API has its own rate).
TAKEDOWNS_REQUESTS_PER_HOUR = env_int("TAKEDOWNS_REQUESTS_PER_HOUR", 5, minimum=1)
# Fernet key(s) for the connection data kept per comment (発信者情報). Comma-separated to
# rotate: the first encrypts, all decrypt. Unset: nothing is kept and `check` warns.
TAKEDOWNS_SENDER_KEY = env_str("TAKEDOWNS_SENDER_KEY")
# Days connection data is kept before `manage.py purge_sender_records` erases it.
TAKEDOWNS_SENDER_RETENTION_DAYS = env_int(
    "TAKEDOWNS_SENDER_RETENTION_DAYS", 90, minimum=1, maximum=3650
)

# --- REST API (djangorestframework, django-filter, drf-spectacular) ----------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    # JSON bounded in size and nesting (complaints_site/parsers.py), and form bodies.
    "DEFAULT_PARSER_CLASSES": [
        "complaints_site.parsers.BoundedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "complaints_site.api_errors.api_exception_handler",
    "DEFAULT_THROTTLE_RATES": {
        "anon_comment": env_str("API_ANON_COMMENT_RATE", "10/min"),
        "user_comment": env_str("API_USER_COMMENT_RATE", "60/min"),
        # Password guesses on POST /api/v1/auth/token/, per client address.
        "auth_token": env_str("API_AUTH_TOKEN_RATE", "20/min"),
        # The author's self-check (POST /api/v1/check/ and the reply form's live check).
        "comment_check": env_str("API_CHECK_RATE", "60/min"),
        # POST /api/v1/takedown-requests/, per client address.
        "takedown_request": env_str("API_TAKEDOWN_RATE", "5/hour"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Complaints site API",
    "DESCRIPTION": "Public threads, replies, feeds and the moderation queue.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # No deep links: Swagger UI puts them inside each operation's button (nested
    # interactive controls, too small to tap); docs/accessibility.md.
    "SWAGGER_UI_SETTINGS": {"deepLinking": False},
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Tags (posts, comments, moderation, auth) come from the path after /api/v1/.
    "SCHEMA_PATH_PREFIX": r"/api/v[0-9]+",
    "ENUM_NAME_OVERRIDES": {
        "CommentStatusEnum": "comments.models.Comment.Status",
        "PublicCommentStatusEnum": ["published", "redacted"],
    },
}
