"""Plugin URLs, mounted by the Open edX plugin framework at ``/ilelln/`` in the LMS (see ``apps.py``)."""
from django.urls import path

from .reminders import views

app_name = "ilelln_xblocks"

urlpatterns = [
    path("reminders/unsubscribe/<str:token>/", views.unsubscribe, name="reminders-unsubscribe"),
]
