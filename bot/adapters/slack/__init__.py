"""The Slack adapter: slash command, mentions and DMs over Socket Mode or HTTP (slack-bolt)."""
