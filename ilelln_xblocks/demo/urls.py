"""The workbench's URLs plus this package's plugin URLs, mounted where the LMS's plugin framework puts them."""
from django.urls import include, path
from workbench.urls import urlpatterns as workbench_urlpatterns

urlpatterns = [
    path("ilelln/", include("ilelln_xblocks.urls", namespace="ilelln_xblocks")),
    *workbench_urlpatterns,
]
