"""FMA-WSSS: foundation-model assisted weakly supervised semantic segmentation, as a Snakemake pipeline.

Import cost matters: the Snakefile imports `fma_wsss.config` and `fma_wsss.data` at parse time, so this package
root and those modules must not import torch.
"""

__version__ = "0.1.0"
