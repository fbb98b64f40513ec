"""Settings that the Open edX plugin framework applies to the LMS and Studio."""
