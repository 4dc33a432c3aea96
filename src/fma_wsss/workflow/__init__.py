"""The DAG's logic, free of torch and Snakemake: artifact layout, plan (branching), job table, commands."""
