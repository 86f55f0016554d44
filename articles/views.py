from django.http import HttpResponse


def healthz(request):
    """A bare answer for load balancers: touches no database."""
    return HttpResponse("ok", content_type="text/plain")
