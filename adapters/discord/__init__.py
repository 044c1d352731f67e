"""The Discord face of meetingbot: slash commands, mentions, announcements, scheduled events."""
