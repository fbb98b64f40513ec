"""Arabic for the ordering exercise."""
AR = {
"Send every item exactly once.": "أرسل كل عنصر مرة واحدة بالضبط.",
"Put in order": "ترتيب العناصر",
"Items in the correct order": "العناصر بالترتيب الصحيح",
"One item per entry, in the right order. Learners see them shuffled.": "عنصر في كل بند، بالترتيب الصحيح. يراها المتعلمون مخلوطة.",
"Scoring": "طريقة احتساب الدرجة",
"Positions: a point for each item in its place. Neighbours: a point for each pair in the right order.": "المواضع: نقطة لكل عنصر في مكانه. التجاور: نقطة لكل زوج متتالٍ بالترتيب الصحيح.",
"Correct positions": "المواضع الصحيحة",
"Correct neighbours": "التجاور الصحيح",
"The learner's latest order, as positions in the correct order.": "آخر ترتيب للمتعلم، بمواضع العناصر في الترتيب الصحيح.",
"Which places or pairs were right at the last check.": "المواضع أو الأزواج التي كانت صحيحة في آخر تحقق.",
"Add at least two items to put in order.": "أضف عنصرين على الأقل لترتيبهما.",
"Two items have the same text: learners could not tell them apart.": "يوجد عنصران بالنص نفسه: لن يستطيع المتعلمون التمييز بينهما.",
"Scoring must be by positions or by neighbours.": "يجب أن يكون التصحيح بالمواضع أو بالتجاور.",
"Use the Move up and Move down buttons, or drag the items, then press Check.": "استخدم زرَّي «انقل لأعلى» و«انقل لأسفل» أو اسحب العناصر، ثم اضغط «تحقق».",
"Move up": "انقل لأعلى",
"Move down": "انقل لأسفل",
"The correct order": "الترتيب الصحيح",
"Moved to position": "نُقل إلى الموضع",
}
PLURALS = {
"%(right)s of %(total)s item in the right place.": (
 "%(right)s من %(total)s عنصر في مكانه الصحيح.",
 "%(right)s من عنصر واحد في مكانه الصحيح.",
 "%(right)s من عنصرين في مكانهما الصحيح.",
 "%(right)s من %(total)s عناصر في مكانها الصحيح.",
 "%(right)s من %(total)s عنصرًا في مكانها الصحيح.",
 "%(right)s من %(total)s عنصر في مكانها الصحيح.",
),
"%(right)s of %(total)s pair in the right order.": (
 "%(right)s من %(total)s زوج بالترتيب الصحيح.",
 "%(right)s من زوج واحد بالترتيب الصحيح.",
 "%(right)s من زوجين بالترتيب الصحيح.",
 "%(right)s من %(total)s أزواج بالترتيب الصحيح.",
 "%(right)s من %(total)s زوجًا بالترتيب الصحيح.",
 "%(right)s من %(total)s زوج بالترتيب الصحيح.",
),
}
