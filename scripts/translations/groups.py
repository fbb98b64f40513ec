"""Arabic for boards per cohort and per team."""
AR = {
"The teams topic id, for a board per team. Leave it empty to use the learner's team in any topic.": "معرّف موضوع الفرق، للوحة لكل فريق. اتركه فارغًا لاستخدام فريق المتعلم في أي موضوع.",
"The teams topic id, when reviewing within teams. Leave it empty to use the learner's team in any topic.": "معرّف موضوع الفرق، عند المراجعة داخل الفرق. اتركه فارغًا لاستخدام فريق المتعلم في أي موضوع.",
"This board is for each team, and you are not in a team yet. Join a team, or ask your facilitator to add you to one, to read and write here.": "هذه اللوحة خاصة بكل فريق، وأنت لست في فريق بعد. انضم إلى فريق، أو اطلب من الميسّر إضافتك إلى فريق، لتقرأ وتكتب هنا.",
}
