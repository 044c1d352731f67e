"""The console face: plain-text rendering and an interactive prompt."""
