# The commands a newcomer needs. Everything installs into .venv at the repo root.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test test-unit bench bench-api bench-latency quality clean

$(STAMP): pyproject.toml deploy/requirements-broker.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "flashpoint needs Python 3.11, found " + sys.version' 
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes --no-deps -r deploy/requirements-broker.txt
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## make run: embedded broker + the four services in the foreground, samples published (SAMPLES=0 skips)
run: install
	$(VENV)/bin/flashpoint run

## make test: the whole suite (unit and integration, real broker and databases)
test: install
	./scripts/ensure-prometheus.sh
	$(PY) -m pytest -q -p no:cacheprovider

test-unit: install
	$(PY) -m pytest -q -p no:cacheprovider tests/unit

## make bench: extraction throughput, load time and memory
bench: install
	$(PY) -m flashpoint.bench

## make bench-api: loads 100,000 incidents, drives /v1/counts and /v1/incidents from another process
bench-api: install
	$(PY) -m flashpoint.bench_api

## make bench-latency: seconds from publishing a report to seeing it (and its incident) in the API
bench-latency: install
	$(PY) scripts/measure_latency.py

## make quality: precision, recall and F1 per field and language (held-out test sets, then dev sets)
quality: install
	$(PY) -m flashpoint.quality tests/corpus/test.jsonl tests/corpus/test2.jsonl tests/corpus/test3.jsonl tests/corpus/test4.jsonl \
		tests/corpus/test5.jsonl tests/corpus/test6.jsonl tests/corpus/test7.jsonl tests/corpus/test8.jsonl tests/corpus/test9.jsonl tests/corpus/test10.jsonl \
		tests/corpus/test11.jsonl tests/corpus/test12.jsonl tests/corpus/test13.jsonl tests/corpus/test14.jsonl tests/corpus/test15.jsonl tests/corpus/test16.jsonl \
		tests/corpus/test17.jsonl tests/corpus/test18.jsonl tests/corpus/test19.jsonl tests/corpus/test20.jsonl \
		tests/corpus/test21.jsonl tests/corpus/test22.jsonl tests/corpus/test23.jsonl tests/corpus/test24.jsonl \
		tests/corpus/test25.jsonl tests/corpus/test26.jsonl tests/corpus/test27.jsonl tests/corpus/test28.jsonl \
		tests/corpus/test29.jsonl tests/corpus/test30.jsonl tests/corpus/test31.jsonl tests/corpus/test32.jsonl \
		tests/corpus/test33.jsonl tests/corpus/test34.jsonl tests/corpus/test35.jsonl tests/corpus/test36.jsonl \
		tests/corpus/test37.jsonl tests/corpus/test38.jsonl tests/corpus/test39.jsonl tests/corpus/test40.jsonl \
		tests/corpus/test41.jsonl tests/corpus/test42.jsonl tests/corpus/test43.jsonl tests/corpus/test44.jsonl \
		tests/corpus/test45.jsonl tests/corpus/test46.jsonl tests/corpus/test47.jsonl \
		tests/corpus/test48.jsonl tests/corpus/test49.jsonl tests/corpus/test50.jsonl tests/corpus/test51.jsonl \
		tests/corpus/test52.jsonl tests/corpus/test53.jsonl tests/corpus/test54.jsonl tests/corpus/test55.jsonl \
		tests/corpus/test56.jsonl tests/corpus/test57.jsonl tests/corpus/test58.jsonl tests/corpus/test59.jsonl \
		tests/corpus/test60.jsonl tests/corpus/test61.jsonl tests/corpus/test62.jsonl tests/corpus/test63.jsonl \
		tests/corpus/test64.jsonl tests/corpus/test65.jsonl tests/corpus/test66.jsonl tests/corpus/test67.jsonl \
		tests/corpus/test68.jsonl tests/corpus/test69.jsonl tests/corpus/test70.jsonl tests/corpus/test71.jsonl \
		tests/corpus/test72.jsonl tests/corpus/test73.jsonl tests/corpus/test74.jsonl tests/corpus/test75.jsonl \
		tests/corpus/test76.jsonl tests/corpus/test77.jsonl tests/corpus/test78.jsonl \
		tests/corpus/dev.jsonl tests/corpus/dev2.jsonl tests/corpus/dev3.jsonl tests/corpus/dev4.jsonl \
		tests/corpus/dev5.jsonl tests/corpus/dev6.jsonl tests/corpus/dev7.jsonl tests/corpus/dev8.jsonl tests/corpus/dev9.jsonl \
		tests/corpus/dev10.jsonl tests/corpus/dev11.jsonl tests/corpus/dev12.jsonl tests/corpus/dev13.jsonl tests/corpus/dev14.jsonl tests/corpus/dev15.jsonl \
		tests/corpus/dev16.jsonl tests/corpus/dev17.jsonl tests/corpus/dev18.jsonl tests/corpus/dev19.jsonl \
		tests/corpus/dev20.jsonl tests/corpus/dev21.jsonl tests/corpus/dev22.jsonl tests/corpus/dev23.jsonl tests/corpus/dev24.jsonl tests/corpus/dev25.jsonl tests/corpus/dev26.jsonl \
		tests/corpus/dev27.jsonl tests/corpus/dev28.jsonl tests/corpus/dev29.jsonl tests/corpus/dev30.jsonl \
		tests/corpus/dev31.jsonl tests/corpus/dev32.jsonl tests/corpus/dev33.jsonl tests/corpus/dev34.jsonl \
		tests/corpus/dev35.jsonl tests/corpus/dev36.jsonl tests/corpus/dev37.jsonl \
		tests/corpus/dev38.jsonl tests/corpus/dev39.jsonl tests/corpus/dev40.jsonl tests/corpus/dev41.jsonl \
		tests/corpus/dev42.jsonl tests/corpus/dev43.jsonl tests/corpus/dev44.jsonl tests/corpus/dev45.jsonl \
		tests/corpus/dev46.jsonl tests/corpus/dev47.jsonl tests/corpus/dev48.jsonl tests/corpus/dev49.jsonl \
		tests/corpus/dev50.jsonl tests/corpus/dev51.jsonl tests/corpus/dev52.jsonl tests/corpus/dev53.jsonl \
		tests/corpus/dev54.jsonl tests/corpus/dev55.jsonl tests/corpus/dev56.jsonl tests/corpus/dev57.jsonl \
		tests/corpus/dev58.jsonl tests/corpus/dev59.jsonl tests/corpus/dev60.jsonl tests/corpus/dev61.jsonl \
		tests/corpus/dev62.jsonl tests/corpus/dev63.jsonl tests/corpus/dev64.jsonl tests/corpus/dev65.jsonl \
		tests/corpus/dev66.jsonl tests/corpus/dev67.jsonl tests/corpus/dev68.jsonl tests/corpus/dev69.jsonl \
		tests/corpus/dev70.jsonl tests/corpus/dev71.jsonl tests/corpus/dev72.jsonl tests/corpus/dev73.jsonl \
		tests/corpus/dev74.jsonl tests/corpus/dev75.jsonl tests/corpus/dev76.jsonl tests/corpus/dev77.jsonl \
		tests/corpus/dev78.jsonl tests/corpus/dev79.jsonl tests/corpus/dev80.jsonl tests/corpus/dev81.jsonl \
		tests/corpus/dev82.jsonl

clean:
	rm -rf var .pytest_cache
