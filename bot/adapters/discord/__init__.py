"""The Discord adapter: slash commands, mentions and DMs in; embeds out."""
