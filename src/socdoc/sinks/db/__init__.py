"""SQL database sink: schema, migrations, loading and statistics."""
