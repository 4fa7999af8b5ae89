"""Helpers for training socdoc's Danish NER pipeline (corpus conversion, augmentation)."""
