"""Local fakes of the platforms' servers (Slack Web API, Socket Mode), for tests that never touch the internet."""
