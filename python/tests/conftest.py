"""Shared paths and inputs. Run from the repository's root (`pytest python/tests`): run from
`python/`, `import deliberation` would find the source folder, which has no native module."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "grand-besancon-bureau-2023-10-26.txt"


def fixture_texts():
    """Every fixture text, in name order (the Rust harness walks the same files)."""
    return sorted(FIXTURES.glob("*.txt"))


@pytest.fixture(scope="session")
def texts():
    """(path, bytes) of every fixture."""
    return [(p, p.read_bytes()) for p in fixture_texts()]
