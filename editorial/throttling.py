"""Login throttling (django-axes): who the client is."""

from django.conf import settings


def client_ip(request):
    """The reader's address. Behind our HTTPS proxy it is the last one the proxy appended to
    X-Forwarded-For (earlier entries are whatever the client sent); without a proxy, the socket's."""
    if settings.SECURE_PROXY_SSL_HEADER:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if forwarded[-1]:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR")
