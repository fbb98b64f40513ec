"""Workbench scenarios for the gap fill: an interlibrary-loan email and conference small talk."""

EMAIL = """
<ilelln_gap_fill display_name="Email to a partner library: prepositions and collocations" max_attempts="3" almost_credit="0.5">
  <instructions>Complete the email from Salma, a librarian in Mansoura, to a partner library in Nairobi. Type one word or phrase in each gap.</instructions>
  <gloss>أكمل رسالة سلمى، أمينة مكتبة في المنصورة، إلى مكتبة شريكة في نيروبي. انتبه إلى حروف الجر بعد الأفعال: في العربية نقول «نناقش حول» و«نتطلع إلى»، أما في الإنجليزية فنقول discuss something بلا about، وبعد look forward to يأتي فعل ينتهي بـ ing.</gloss>
  <text>Dear Ms Wanjiru,

I am writing [[to ; wrong: for => After 'I am writing' we use 'to' + verb to give the purpose: I am writing to ask. ; ar: نعبّر عن الغرض بـ to ثم الفعل: I am writing to ask. أما for فيأتي بعدها اسم، لا فعل. ; hint: purpose: ___ + verb]] ask whether your library could lend us two titles through interlibrary loan. Our readers are very interested [[in ; wrong: on => We are interested IN something. ; ar: حرف الجر بعد interested هو in دائمًا: interested in your collection. ; wrong: by => 'interested by' is rare: say 'interested in'. ; ar: قد نترجم «مهتمون بـ» حرفيًا إلى by، لكن الإنجليزية تقول interested in.]] your collection on community health.

We would also like to discuss [[the loan period | the loan terms ; wrong: about the loan period => We discuss something directly, without 'about' (in Arabic: نناقش حول). ; ar: الفعل discuss يأخذ مفعولًا مباشرًا: discuss the loan period. لا تترجم «نناقش حول» حرفيًا. ; hint: discuss + the thing itself]] and the cost of postage. We can pay [[for ; hint: pay ___ something]] the return postage.

Please let me know if you need any further [[information ; wrong: informations => 'information' has no plural in English. ; ar: كلمة information لا تُجمع في الإنجليزية، وإن كنا نجمع «معلومات» في العربية: any further information.]]. I look forward [[to hearing ; forms ; wrong: to hear => After 'look forward to' the verb ends in -ing. ; ar: كلمة to هنا حرف جر، لا علامة المصدر، فيأتي بعدها الفعل منتهيًا بـ ing: I look forward to hearing from you. ; hint: to + verb-ing]] from you.

Kind regards,
Salma Abdelrahman
Mansoura Public Library</text>
</ilelln_gap_fill>
"""

NETWORKING = """
<ilelln_gap_fill display_name="Networking at a conference: small talk" max_attempts="0" almost_credit="0.5">
  <instructions>You meet a librarian from Jordan at the IFLA coffee break. Complete the conversation.</instructions>
  <gloss>محادثة قصيرة في استراحة مؤتمر. لاحظ التعبيرات الجاهزة التي يستخدمها المتحدثون بالإنجليزية للتعارف.</gloss>
  <text>— Hi, I don't think we've met. I'm Omar, I [[work ; forms ; hint: I ___ at the National Library]] at the National Library in Amman.
— Nice to [[meet ; hint: Nice to ___ you]] you! I'm Hoda, from Alexandria. What brings you [[to ; wrong: for => 'What brings you to the conference?' uses 'to' before the place or event. ; ar: نستخدم to قبل المكان أو المناسبة التي جاء إليها الشخص: What brings you to the conference?]] the conference?
— I'm presenting our makerspace project tomorrow. Would you like to [[keep in touch | stay in touch ; hint: keep/stay in ___]]?
— Of course. Here's my business [[card ; hint: a small card with your name and email]].</text>
</ilelln_gap_fill>
"""


def gap_fill_scenarios():
    """``(title, xml)`` pairs for the workbench."""
    return [
        ("ilelln: gap fill, email to a partner library", f"<vertical_demo>{EMAIL}</vertical_demo>"),
        ("ilelln: gap fill, networking small talk", f"<vertical_demo>{NETWORKING}</vertical_demo>"),
    ]
