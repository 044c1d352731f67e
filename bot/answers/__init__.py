"""Command handlers: each module registers its commands in :data:`bot.registry.REGISTRY`."""
