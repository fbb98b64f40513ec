"""The programme as a ready course: its outline, its content, and the builder of an Open edX course export."""
