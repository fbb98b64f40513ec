"""Arabic for boards per cohort and per team."""
AR = {
"This board is for each team, and you are not in a team yet. Join a team, or ask your facilitator to add you to one, to read and write here.": "هذه اللوحة خاصة بكل فريق، وأنت لست في فريق بعد. انضم إلى فريق، أو اطلب من الميسّر إضافتك إلى فريق، لتقرأ وتكتب هنا.",
}
