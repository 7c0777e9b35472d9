"""The test CA in the forms runtimes read: the PEM file itself, and the stores a manifest asks for
(`runtime.stores`), each built once per session, when a client first needs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from pathlib import Path

from ..errors import ToolchainMissing
from .prepare import Preparations
from .services import Services

STOREPASS = "changeit"


def _java(ca_pem: Path, directory: Path) -> Path:
    store = directory / "truststore.p12"
    _need("keytool", "openjdk-17-jdk-headless")
    subprocess.run(["keytool", "-importcert", "-noprompt", "-alias", "snippetgen-test", "-file", str(ca_pem),
                    "-keystore", str(store), "-storetype", "PKCS12", "-storepass", STOREPASS],
                   check=True, capture_output=True)
    return store


def _mono(ca_pem: Path, directory: Path) -> Path:
    """A HOME whose Mono user trust store holds the CA."""
    home = directory / "home"
    home.mkdir(exist_ok=True)
    _need("cert-sync", "mono-devel")
    subprocess.run(["cert-sync", "--quiet", "--user", str(ca_pem)], check=True, capture_output=True,
                   env={**os.environ, "HOME": str(home)})
    return home


def _nss(ca_pem: Path, directory: Path) -> Path:
    """An NSS database (Chromium's profile store) that trusts the CA for TLS servers."""
    database = directory / "nssdb"
    database.mkdir(exist_ok=True)
    _need("certutil", "libnss3-tools")
    subprocess.run(["certutil", "-N", "-d", f"sql:{database}", "--empty-password"], check=True, capture_output=True)
    subprocess.run(["certutil", "-A", "-d", f"sql:{database}", "-n", "snippetgen-test", "-t", "C,,",
                    "-i", str(ca_pem)], check=True, capture_output=True)
    return database


# store name -> (placeholder it fills, builder); the names manifests may give in runtime.stores.
BUILDERS = {"java": ("java_store", _java), "mono": ("home", _mono), "nss": ("nssdb", _nss)}


def _need(tool: str, package: str) -> None:
    if not shutil.which(tool):
        raise ToolchainMissing(f"{tool} is not installed (apt-get install {package})")


class Trust:
    """The CA file and, on demand, the stores built from it in directory; and the runtimes'
    preparations (prepare.py) and services (services.py), made with those stores in the same
    session folder."""

    def __init__(self, ca_pem: Path, directory: Path):
        self.ca_pem, self.directory = ca_pem, directory
        self.preparations = Preparations(directory)
        self.services = Services(directory)
        self._built: dict[str, Path] = {}
        self._lock = threading.Lock()

    def values(self, stores: tuple[str, ...]) -> dict[str, str]:
        """Placeholder values for a runtime that uses stores: {ca}, {storepass} and each store's own."""
        values = {"ca": str(self.ca_pem), "storepass": STOREPASS, "home": os.environ.get("HOME", "")}
        for store in stores:
            placeholder, build = BUILDERS[store]
            with self._lock:
                if store not in self._built:
                    self._built[store] = build(self.ca_pem, self.directory)
            values[placeholder] = str(self._built[store])
        return values
