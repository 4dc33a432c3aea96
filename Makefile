# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

## Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

T# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

w# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

f# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

## Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

f# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

w# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

S# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

,# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

g# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

,# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

,# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

3# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

2# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

V# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

N# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

V# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

?# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

=# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

S# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

T# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

M# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

P# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

=# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

$# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

V# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

N# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

V# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

S# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

N# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

K# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

M# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

K# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

=# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

$# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

V# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

N# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

V# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

b# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

x# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

P# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

T# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

H# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

=# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

$# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

b# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

$# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

V# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

N# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

V# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

b# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

$# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

P# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

T# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

H# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

P# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

H# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

O# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

N# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

Y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

f# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

b# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

g# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

$# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

S# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

T# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

M# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

P# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

$# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

S# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

T# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

M# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

P# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

q# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

x# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

j# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

_# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

x# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

_# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

b# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

	# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

$# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

V# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

N# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

V# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

	# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

$# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

@# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

## Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

G# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

,# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

q# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

x# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

,# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

w# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

	# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

$# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

S# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

N# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

K# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

M# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

K# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

f# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

f# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

## Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

T# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

w# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

2# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

S# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

w# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

j# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

b# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

;# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

f# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

w# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

f# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

## Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

g# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

x# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

_# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

g# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

w# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

_# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

_# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

f# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

,# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

b# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

x# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

3# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

8# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

0# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

## Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

w# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

f# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

g# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

w# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

w# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

,# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

2# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

0# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

2# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

6# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

1# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

2# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

0# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

5# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

w# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

	# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

$# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

V# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

N# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

V# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

b# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

q# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

3# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

g# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

=# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

1# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

5# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

f# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

	# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

$# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

V# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

N# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

V# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

b# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

q# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

2# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

"# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

w# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

"# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

## Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

R# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

b# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

C# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

L# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

I# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

P# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

_# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

w# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

f# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

g# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

'# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

_# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

g# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

	# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

$# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

S# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

N# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

K# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

M# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

K# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

f# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

f# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

_# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

f# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

_# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

## Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

b# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

b# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

_# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

J# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

S# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

O# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

N# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

,# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

b# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

f# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

b# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

R# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

D# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

M# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

w# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

b# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

	# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

$# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

V# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

N# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

V# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

b# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

b# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

h# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

_# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

p# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

	# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

$# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

S# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

N# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

K# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

M# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

K# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

i# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

y# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

	# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

$# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

S# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

N# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

K# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

M# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

K# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

g# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

	# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

$# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

(# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

S# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

N# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

K# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

M# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

A# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

K# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

E# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

)# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

g# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

|# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

o# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

T# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

g# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

># Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

/# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

d# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

g# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

v# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

g# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

c# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

:# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

	# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

-# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

f# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

r# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

u# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

l# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

t# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

 # Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

.# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

s# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

n# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

m# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

a# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

k# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

e# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15


# Three workers on 2 cores (the Snakemake tests wait on job polls and locks); conftest.py puts the slow tests first.
# Runs that several tests start from are made once per session and shared by the workers (conftest.made_once).
test: env
	$(VENV)/bin/python -m pytest -q -n 3 --dist load --durations=15

