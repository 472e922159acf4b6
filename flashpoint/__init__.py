"""flashpoint: real-time conflict-incident monitor."""

__version__ = "0.1.0"
