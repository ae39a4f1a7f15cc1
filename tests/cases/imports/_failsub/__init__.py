"""A package whose submodule fails importing something else."""
