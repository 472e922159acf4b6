"""The lexicon cache (matcher._lexicon_state): what it reads back is what a build makes, and a cache that is
missing, broken, stale or cannot be written never stops the core from loading."""

import marshal
import shutil

import pytest

from flashpoint.extract import matcher
from flashpoint.extract.text import fold


@pytest.fixture(scope="module")
def built():
    return matcher._build_lexicon_state()


@pytest.fixture
def builds(monkeypatch, built):
    """The build, counted, made once for the module: these tests are about the cache around it."""
    calls = []
    monkeypatch.setattr(matcher, "_build_lexicon_state", lambda: calls.append(1) or built)
    return calls


def _cache_files(directory):
    return sorted(directory.glob(f"{matcher._CACHE_PREFIX}*"))


def test_a_cache_written_then_read_holds_the_built_state(tmp_path, built):
    written = matcher._lexicon_state(tmp_path)  # none yet: built and written
    (cache,) = _cache_files(tmp_path)
    assert cache.name == f"{matcher._CACHE_PREFIX}{matcher._lexicon_key()}.marshal"
    read = matcher._lexicon_state(tmp_path)
    assert read == written == built


def test_a_broken_cache_is_built_again_and_replaced(tmp_path, built, builds):
    cache = tmp_path / f"{matcher._CACHE_PREFIX}{matcher._lexicon_key()}.marshal"
    cache.write_bytes(b"\x00not marshal data")
    assert matcher._lexicon_state(tmp_path) == built and builds == [1]
    assert matcher._LexiconState(*marshal.loads(cache.read_bytes())) == built


def test_another_versions_cache_is_removed_when_a_new_one_is_written(tmp_path, builds):
    stale = tmp_path / f"{matcher._CACHE_PREFIX}0123456789abcdef01234567.marshal"
    stale.write_bytes(marshal.dumps(("old",)))
    matcher._lexicon_state(tmp_path)
    assert _cache_files(tmp_path) == [tmp_path / f"{matcher._CACHE_PREFIX}{matcher._lexicon_key()}.marshal"]


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path, built, builds):
    not_a_directory = tmp_path / "file"
    not_a_directory.write_text("x")
    assert matcher._lexicon_state(not_a_directory) == built
    assert matcher._lexicon_state(not_a_directory) == built and builds == [1, 1]  # (each time: nowhere to keep it)


def test_a_change_to_the_data_makes_another_key(tmp_path):
    package = tmp_path / "extract"
    shutil.copytree(matcher.Path(matcher.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    before = matcher._lexicon_key(package)
    places = package / "data" / "places.tsv"
    places.write_text(places.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    changed = matcher._lexicon_key(package)
    assert changed != before
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "anything.pyc").write_bytes(b"x")  # (the cache's own directory is not read)
    assert matcher._lexicon_key(package) == changed


def test_a_matcher_from_the_cache_finds_what_a_built_one_finds(tmp_path, monkeypatch):
    monkeypatch.setattr(matcher, "LEXICON_CACHE_DIR", tmp_path)
    matcher.Matcher()  # writes the cache
    assert _cache_files(tmp_path)
    cached, built = matcher.Matcher(), matcher.Matcher(use_cache=False)
    text = fold("قصفت طائرة مسيّرة قاعدة عين الأسد في الأنبار، and a rocket hit Erbil air base on Tuesday.")
    found = [(m.start, m.end, m.entries, m.doc_codes) for m in cached.find(text)]
    assert found and found == [(m.start, m.end, m.entries, m.doc_codes) for m in built.find(text)]
    assert cached.site_of == built.site_of and cached.places == built.places
