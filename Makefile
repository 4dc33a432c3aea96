# Two commands on a fresh machine:  make demo  (toy pipeline)  and  make test  (test suite).
# make test-fast: the suite less the tests marked slow (Snakemake runs, trainings, end to end), under 3 min on 2 cores.
VENV ?= .venv
STAMP := $(VENV)/.installed
SNAKEMAKE := $(VENV)/bin/snakemake
export PATH := $(abspath $(VENV))/bin:$(PATH)

.PHONY: env demo test test-fast toy-clip bench lint dryrun dag clean

env: $(STAMP)

$(STAMP): requirements.txt pyproject.toml envs/install.sh envs/mmcv_ext_stub.py
	envs/install.sh $(VENV)
	touch $@

# Generate the toy dataset, compute quasi-superpixels, write results/toy/masks/report.md.
demo: env
	$(SNAKEMAKE) --profile profiles/local

# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
# loadgroup hands out one test at a time, round robin (no test is in a group); load would send each worker a run of
# about 50 consecutive tests first, so that one worker got every slow test (2026-12-06: 1648 s).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist loadgroup --durations=15

test-fast: env
	$(VENV)/bin/python -m pytest -q -n 2 -m "not slow"

# Rebuild the shipped toy CLIP (pretrains/toy/toy_clip.pt and its record) with the config's toy_clip settings.
toy-clip: env
	$(SNAKEMAKE) --profile profiles/local pretrains/toy/toy_clip.pt --forcerun toy_clip

# Every benchmark (benchmarks/run_all.py): JSON lines, and the table of benchmarks/README.md rewritten.
bench: env
	$(VENV)/bin/python benchmarks/run_all.py

lint: env
	$(SNAKEMAKE) --lint

dryrun: env
	$(SNAKEMAKE) -n

dag: env
	$(SNAKEMAKE) --dag | dot -Tsvg > results/dag.svg

clean:
	rm -rf results .snakemake
