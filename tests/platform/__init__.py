"""An LMS-shaped test world (opaque keys, platform mixins and services, edx-completion, edx-submissions) and the
contract suite every registered block must pass in it."""
