"""Arabic for the names of the fields a handler refuses, the messages that name them, and words with two meanings."""
AR = {
# The sentence of a refused form: "<field>: <problem> ... Nothing was saved."
"%(problems)s Nothing was saved.": "%(problems)s لم يُحفظ شيء.",
"%(field)s: %(problem)s": "%(field)s: %(problem)s",
"Enter a whole number from %(low)s to %(high)s.": "أدخل عددًا صحيحًا من %(low)s إلى %(high)s.",
"link %(line)s, '%(link)s', is not a web address (http or https).":
    "الرابط %(line)s، ‏'%(link)s'، ليس عنوان ويب (http أو https).",
"gap %(number)s is longer than %(limit)s characters.": "الفراغ %(number)s أطول من %(limit)s حرفًا.",
"Send the links as a list of texts.": "أرسل الروابط في صورة قائمة من النصوص.",
"Send at most %(limit)s links.": "أرسل %(limit)s روابط على الأكثر.",
# Field labels
"Sort": "الترتيب",
"Page": "الصفحة",
"Search": "البحث",
"Group": "المجموعة",
"Post": "المشاركة",
"Post anonymously": "النشر دون اسم",
"Reply to": "الرد على",
"Reaction": "التفاعل",
"Reason": "السبب",
"Links": "الروابط",
"Rubric levels": "مستويات المعايير",
"Comment": "التعليق",
"Helpfulness": "مدى الفائدة",
"Kind": "النوع",
"Item": "العنصر",
"Reviewer": "المراجِع",
"File": "الملف",
"Answers": "الإجابات",
"Answer": "الإجابة",
"Share": "المشاركة مع الزملاء",
"Reflection": "التأمل",
"Team name": "اسم الفريق",
"Activities": "الأنشطة",
"Progress update": "تحديث التقدم",
"Evidence link": "رابط الدليل",
"Summary": "الملخص",
"Link": "الرابط",
"Ratings": "التقييمات",
"Checklist": "قائمة التحقق",
"Dialogue step": "خطوة الحوار",
"Order": "الترتيب",
"Note": "الملاحظة",
"Card": "البطاقة",
"Matches": "المطابقات",
"Your email": "رسالتك",
# Words with two meanings, told apart by a context
("flashcard answer", "Not yet"): "لم أعرفه بعد",
}

PLURALS = {
# Arabic counts agree with the number: 11 and above take the singular accusative ("14 معيارًا").
"%(passed)s of %(total)s criterion met.": (
 "تحقق %(passed)s من %(total)s معيار.",
 "تحقق %(passed)s من معيار واحد.",
 "تحقق %(passed)s من معيارين.",
 "تحقق %(passed)s من %(total)s معايير.",
 "تحقق %(passed)s من %(total)s معيارًا.",
 "تحقق %(passed)s من %(total)s معيار.",
),
}
