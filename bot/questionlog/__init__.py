"""The question log: what people asked, how the bot did, and what they thought of the answer."""
