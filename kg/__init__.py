"""kg: knowledge graphs of geopolitical actors from German and English news."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kg")
except PackageNotFoundError:  # running from a checkout without installing
    __version__ = "0.0.0"

EXTRACTOR_VERSION = f"kg/{__version__}"
