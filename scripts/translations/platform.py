"""Arabic for what the blocks say to the platform's contracts: mobile state, rescoring."""
AR = {
"This activity cannot be rescored.": "لا يمكن إعادة احتساب درجة هذا النشاط.",
"This learner has not answered yet, so there is nothing to rescore.": "لم يُجب هذا المتعلم بعد، فلا توجد درجة لإعادة احتسابها.",
}
