"""Execution engines that run socdoc extraction beyond one machine.

``socdoc.engines.dask`` runs reading and extraction on a Dask cluster (``dask.distributed``);
``socdoc extract --engine dask`` uses it. Engines are imported on demand so that the core
library does not need their dependencies.
"""
