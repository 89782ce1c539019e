# Session 22's left-alone misfires (event/left22.go, docs/EVENTS.md
# "left-alone misfires, session 22").
