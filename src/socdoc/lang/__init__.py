"""Language data for socdoc (Danish only for now)."""
