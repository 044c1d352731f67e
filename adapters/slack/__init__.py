"""The Slack face of meetingbot: Bolt (AsyncApp) on aiohttp or Socket Mode, translating to and from the core."""
