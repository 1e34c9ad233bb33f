"""The extraction layer: what each article says, found once (mentions, people, attributions,
dates, cue words), for the sections to select from and group."""
