"""Module 4: developing the user community and strategic partnerships."""
from ..outline import Block, Module, Page, Text, Unit
from .fixtures import vocabulary_olx

OVERVIEW = Block("""
<ilelln_module_overview display_name="نظرة عامة على الوحدة الرابعة" module_number="4" module_title="تطوير مجتمع المستخدمين والشراكات الاستراتيجية">
  <introduction>المكتبة العامة التي تنتظر روادها عند الباب تخدم جزءًا صغيرًا من مجتمعها. تتناول هذه الوحدة كيف تعرف مجتمعك: من يأتي إلى المكتبة ومن لا يأتي ولماذا، وكيف تبني شراكات مع المدارس والجمعيات الأهلية ومراكز الشباب والجهات المحلية تصل بها خدماتك إلى من لا يعرفها.

ستدرس مجتمع مكتبتك بأدوات بسيطة، وترسم خريطة الشركاء المحتملين، وتكتب مسودة مذكرة تفاهم مع شريك واحد.</introduction>
  <objective>أن تصف مجتمع مكتبتك بالأرقام والملاحظة، وتحدد الفئات الغائبة عنها.</objective>
  <objective>أن ترسم خريطة للشركاء المحتملين وتختار منهم الأنسب لخدمة محددة.</objective>
  <objective>أن تكتب مسودة مذكرة تفاهم تحدد أدوار الشريكين ومسؤولياتهما.</objective>
  <objective>أن تتواصل بالإنجليزية مع شريك محتمل في مكالمة أو لقاء قصير.</objective>
  <competency>بناء الشراكات وإدارتها</competency>
  <competency>دراسة احتياجات المستفيدين</competency>
  <deliverable>دراسة مختصرة لمجتمع مكتبتك (النموذج في صفحة الدرس)</deliverable>
  <deliverable>خريطة الشركاء المحتملين ومسودة مذكرة تفاهم مع شريك واحد</deliverable>
  <deliverable>مشاركة في لوحة النقاش وتأمل مكتوب عن ورشة الشراكات</deliverable>
  <session kind="workshop" start="2027-03-13 10:00 Africa/Cairo" place="مكتبة مصر العامة، فرع المنصورة">الشراكات الاستراتيجية مع المدارس والجمعيات الأهلية</session>
  <session kind="field_visit" start="2027-03-20 09:30 Africa/Cairo" place="مكتبة مصر العامة، فرع دمنهور، وقسم خدمة المجتمع">كيف تعمل مكتبة مع أربع مدارس وجمعيتين</session>
  <session kind="seminar" start="2027-03-24 18:00 Africa/Cairo" place="https://meet.example.org/ilelln-community">المكتبة مركزًا للمجتمع: تجارب من المنطقة العربية</session>
</ilelln_module_overview>
""")

COMMUNITY = Page("m4-know-your-community", Text("اعرف مجتمع مكتبتك", "Know your library's community"), Text("""
<h3>من يأتي، ومن لا يأتي؟</h3>
<p>تعرف كل مكتبة عامة روادها الدائمين: الطلاب في موسم الامتحانات، والمتقاعدين الذين يقرؤون الصحف صباحًا، والأطفال في
الإجازة الصيفية. لكن السؤال الأهم لقائد المكتبة هو: من في الحي لا يدخل المكتبة أبدًا؟ قد يكونون الأمهات العاملات، أو
الشباب الباحثين عن عمل، أو كبار السن الذين لا يستخدمون الإنترنت، أو الأطفال ذوي الإعاقة. دراسة المجتمع تبدأ من هذا السؤال.</p>
<h3>أدوات بسيطة لا تحتاج ميزانية</h3>
<ul>
<li><strong>أرقام المكتبة:</strong> سجل الزيارات والإعارة والعضويات حسب العمر والجنس والحي خلال عام.</li>
<li><strong>بيانات المنطقة:</strong> عدد السكان والمدارس والجمعيات في الحي من موقع المحافظة أو الجهاز المركزي للتعبئة العامة
والإحصاء.</li>
<li><strong>جولة في الحي:</strong> ساعتان سيرًا على الأقدام ترصد فيهما أماكن تجمع الناس: المساجد والكنائس والأسواق ومراكز
الشباب والمقاهي.</li>
<li><strong>مقابلات قصيرة:</strong> خمسة أسئلة لعشرة أشخاص لا يستخدمون المكتبة: ماذا تعرف عن المكتبة؟ ما الذي قد يجعلك تزورها؟</li>
</ul>
<h3>من البيانات إلى قرار</h3>
<p>اجمع ما وجدته في جدول من ثلاثة أعمدة: الفئة، وحجمها التقريبي في الحي، وما تقدمه لها المكتبة اليوم. الفئة الكبيرة التي لا
تقدم لها المكتبة شيئًا هي أولويتك. في مكتبة فرعية بالمنيا كشفت هذه الطريقة أن في الحي أكثر من ثلاثمئة سيدة في فصول محو
الأمية لا تعرف أن المكتبة تعير كتبًا مبسطة، فبدأت المكتبة ركنًا خاصًا بهن بالتعاون مع الجمعية التي تدير الفصول.</p>
<h3>مثال: مكتبة تكتشف جيرانها</h3>
<p>في مكتبة عامة بدمنهور أظهر سجل الزيارات أن أغلب الرواد طلاب مدارس في فترة الامتحانات، وأن النساء العاملات في المصانع
القريبة لا يدخلن المكتبة أبدًا. أجرى الأمناء خمس مقابلات قصيرة عند بوابة المصنع، فعرفوا أن المشكلة هي مواعيد العمل
لا قلة الاهتمام. فتحت المكتبة يوم السبت مساءً وقدمت ركنًا لكتب الطهي والصحة والقصص القصيرة، مع إعارة لأسبوعين.</p>
<h3>قائمة تحقق لدراسة المجتمع</h3>
<ul>
<li>بيانات الزيارات والإعارة بحسب العمر والجنس والوقت.</li>
<li>خريطة للحي: المدارس والجمعيات ومراكز الشباب والمصانع.</li>
<li>خمس مقابلات على الأقل مع أشخاص لا يزورون المكتبة.</li>
</ul>
<p><strong>سؤال للتفكير:</strong> ما الفئة الأكبر في حيّك التي لا تقدم لها مكتبتك شيئًا اليوم؟</p>
"""))

PARTNERS = Page("m4-strategic-partnerships", Text("الشراكات الاستراتيجية: من الفكرة إلى مذكرة التفاهم", "Strategic partnerships: from idea to memorandum"), Text("""
<h3>لماذا الشراكة؟</h3>
<p>لا تملك المكتبة العامة وحدها ما يكفي من الموظفين والميزانية والوصول إلى الناس. الشريك الجيد يضيف ما ينقصك: المدرسة
تأتي بالتلاميذ، والجمعية الأهلية تعرف الأسر المحتاجة، ومركز الشباب يملك المساحة والأنشطة، والشركة المحلية قد تمول الأجهزة.
والمكتبة تضيف للشريك ما ينقصه: المجموعات، والمكان الهادئ، وخبرة أمين المكتبة في المعلومات والقراءة.</p>
<h3>خطوات بناء شراكة</h3>
<ol>
<li><strong>اختر الشريك بالهدف:</strong> ابدأ من الخدمة التي تريدها، ثم اسأل من يملك ما ينقصها.</li>
<li><strong>ابدأ بلقاء لا بطلب:</strong> اعرف أولويات الشريك ومشكلاته قبل أن تعرض فكرتك.</li>
<li><strong>اتفقا على نشاط صغير:</strong> جلسة واحدة أو أسبوع واحد، لبناء الثقة قبل الالتزام الطويل.</li>
<li><strong>اكتبا مذكرة تفاهم:</strong> الهدف المشترك، والأنشطة، ومسؤولية كل طرف، والمدة، وطريقة المتابعة، ومن يمثل كل جهة.</li>
<li><strong>راجعا الشراكة معًا:</strong> لقاء كل ثلاثة أشهر لمراجعة الأرقام والمشكلات، وشكر علني للشريك في كل مناسبة.</li>
</ol>
<h3>ما الذي يجب أن تتضمنه مذكرة التفاهم؟</h3>
<table>
<thead><tr><th>البند</th><th>مثال</th></tr></thead>
<tbody>
<tr><td>الهدف المشترك</td><td>تحسين القراءة لدى تلاميذ الصف الثالث في المدرسة.</td></tr>
<tr><td>مسؤولية المكتبة</td><td>اختيار الكتب وتقديم جلسة قراءة أسبوعية.</td></tr>
<tr><td>مسؤولية الشريك</td><td>إحضار التلاميذ مع معلمة وتوفير موافقات أولياء الأمور.</td></tr>
<tr><td>المدة والمراجعة</td><td>فصل دراسي واحد، مع مراجعة في منتصفه.</td></tr>
</tbody>
</table>
<h3>متابعة الشراكة بعد التوقيع</h3>
<p>كثير من الشراكات تنتهي بعد صورة التوقيع. لتستمر الشراكة حدد منسقًا من كل طرف، واجتماعًا قصيرًا كل شهر، وتقريرًا من
صفحة واحدة كل فصل دراسي يذكر ما نُفّذ وعدد المستفيدين وما يحتاج إلى تعديل. احتفلوا معًا بالنجاحات الصغيرة علنًا: منشور
مشترك على صفحتي المكتبة والمدرسة، أو شهادة تقدير للمعلمين المتعاونين. وإذا تعثرت الشراكة، فاسأل شريكك بصراحة عما
تغير عنده قبل أن تحكم عليها بالفشل.</p>
<p><strong>سؤال للتفكير:</strong> ما الذي تستطيع مكتبتك أن تقدمه لشريكك، لا أن تطلبه منه فقط؟</p>
"""))

TERMS = [
    ("partnership", "شراكة", "An agreement between two organisations to work together towards a shared goal.",
     "Our partnership with the primary school began with one reading session."),
    ("memorandum of understanding", "مذكرة تفاهم", "A written agreement that sets out what each partner will do.",
     "The school and the library signed a memorandum of understanding for one term."),
    ("outreach", "التواصل المجتمعي", "Activities that bring library services to people outside the building.",
     "Our outreach team visits the literacy classes every Tuesday."),
    ("community needs assessment", "دراسة احتياجات المجتمع", "A study of what the people around the library need.",
     "The community needs assessment showed that young job seekers never visit us."),
    ("non-profit organisation", "جمعية أهلية", "An organisation that works for a social purpose, not for profit.",
     "A local non-profit organisation runs the evening literacy classes."),
    ("stakeholder", "صاحب المصلحة", "A person or group affected by a project or able to influence it.",
     "Parents are key stakeholders in any programme for children."),
    ("volunteer", "متطوع", "A person who gives their time without being paid.",
     "Two university students volunteer at the homework club."),
    ("underserved group", "فئة محرومة من الخدمة", "People who receive little or no service although they need it.",
     "Older adults without internet access are an underserved group in our district."),
]


VOCABULARY = Block(vocabulary_olx("Vocabulary: community and partnerships", TERMS))

PHONE = Block("""
<ilelln_gap_fill display_name="A phone call to propose a partnership" max_attempts="3" almost_credit="0.5">
  <instructions>Ahmed, a librarian in Damanhour, calls Ms Clara Jensen, who runs a reading charity in Denmark, to propose a joint project. Complete his side of the call.</instructions>
  <gloss>أكمل كلام أحمد في مكالمة يقترح فيها مشروعًا مشتركًا. انتبه: نقول في العربية «أتصل بخصوص»، وبالإنجليزية I'm calling about. ونقول «ناقشنا الفكرة» discuss the idea بلا about.</gloss>
  <text>— Good morning, Ms Jensen. This is Ahmed Saleh from Damanhour Public Library in Egypt. I'm calling [[about ; wrong: for => We say 'I'm calling about' + the topic. ; ar: نقول بالعربية «أتصل بخصوص»، وبالإنجليزية I'm calling about ثم الموضوع، لا for. ; hint: I'm calling ___ + topic]] your family reading programme.
— Oh, hello, Ahmed. How can I help?
— We read about your project and we would like to [[discuss ; wrong: discuss about => We discuss something directly: 'discuss a partnership', not 'discuss about'. ; ar: الفعل discuss يأخذ مفعولًا مباشرًا: discuss a partnership، ولا نترجم «نناقش حول» إلى discuss about. ; hint: talk about = ___ (no preposition)]] a possible partnership. We work [[with ; hint: work ___ schools]] four local schools, and we think our families could learn a lot from your approach.
— That sounds interesting. What exactly do you have in mind?
— We would like to start [[with | by sharing ; hint: start ___ something small]] a small exchange: one online session a month for parents in both countries. Would that be [[possible | feasible ; hint: can it be done? = is it ___?]] for your team?
— I think so. Could you send me a short proposal?
— Of course. I'll send it [[by ; wrong: until => 'by Friday' means no later than Friday. ; ar: by Friday تعني «في موعد أقصاه يوم الجمعة»، أما until Friday فتعني أن الفعل يستمر حتى يوم الجمعة. ; hint: no later than = ___]] Friday. Thank you for your time.</text>
</ilelln_gap_fill>
""")

CONFERENCE = Block("""
<ilelln_dialogue display_name="Finding a partner at a regional conference" max_attempts="3" scoring_rule="best">
  <situation>At the Arab Federation for Libraries and Information conference in Tunis, you meet Mr Lars Olsen, who manages partnerships for a Scandinavian library network. You hope to find a partner for your outreach programme for older adults.</situation>
  <gloss>في مؤتمر الاتحاد العربي للمكتبات والمعلومات في تونس تلتقي بمسؤول الشراكات في شبكة مكتبات إسكندنافية. تريد أن تجد شريكًا لبرنامج التواصل مع كبار السن في مكتبتك.</gloss>
  <conversation>
# open | Lars
Hello, I saw your name on the programme. You work in outreach, don't you?
> listen | 2 | Yes, that's right. I'm Samia from Beni Suef Public Library. I'd love to hear how your network works with older adults. | You confirm, introduce yourself and ask about his work before talking about your needs.
> listen | 1 | Yes. I am Samia. | Correct but it stops the conversation. Add where you work and a question.
> ask | 0 | Yes, and we need a partner with money for our project. | Asking for money in the first sentence sounds like a demand. Show interest in his work first.

# listen | Lars
We run digital help cafés: volunteers help older people with their phones every week.
> offer | 2 | That's exactly what we'd like to try. We have the space and the volunteers; what we lack is training materials. | You connect his work to yours and say clearly what you have and what you need.
> offer | 1 | Nice. We want that too. | Friendly, but say what you could offer and what you need.

# ask | Lars
Well, we don't really fund projects. What are you working on?
~ في الحقيقة لا نموّل مشروعات. على أي شيء تعملين؟
> offer | 1 | I'm sorry, let me explain. We'd like to start digital help sessions for older adults, and we're looking for experience and materials. | A good recovery: you apologise briefly and explain the project.

# offer | Lars
We could share our training guide. Shall we stay in touch?
> end | 2 | That would be wonderful, thank you. May I email you next week with a short proposal? | You thank him and agree a concrete next step.
> end | 1 | OK, thanks. | Polite, but agree how and when you will follow up.

# end | Lars | end
Of course. Here's my card. I look forward to your email.
  </conversation>
</ilelln_dialogue>
""")

BOARD = Block("""
<ilelln_discussion display_name="لوحة النقاش: شريك واحد يغيّر خدمات مكتبتك" scope="cohort" anonymity="off" edit_minutes="60" required_threads="1" required_replies="2" page_size="20">
  <prompt>صف في موضوع جديد شريكًا محليًا واحدًا تريد أن تبدأ معه (مدرسة، جمعية أهلية، مركز شباب، مستشفى، شركة صغيرة): ما الذي يملكه وتحتاجه مكتبتك؟ ما الذي تستطيع مكتبتك أن تقدمه له؟ ما النشاط الصغير الأول الذي ستقترحه عليه؟ ثم رُدّ على زميلين: اقترح على كل منهما شريكًا آخر أو فكرة لنشاط أول.</prompt>
  <tag>مدارس</tag>
  <tag>جمعيات أهلية</tag>
  <tag>شباب</tag>
  <tag>كبار السن</tag>
  <tag>مذكرة تفاهم</tag>
</ilelln_discussion>
""")

WORKSHOP = Block("""
<ilelln_reflection display_name="تأمل ورشة العمل: الشراكات مع المدارس والجمعيات الأهلية" template="workshop">
  <intro>ورشة عمل الوحدة الرابعة في مكتبة مصر العامة بالمنصورة: رسم خريطة الشركاء المحتملين لمكتبتك، ولعب أدوار لقاء أول مع مديرة مدرسة، وكتابة مسودة مذكرة تفاهم.</intro>
</ilelln_reflection>
""")

STEP = Page("m4-capstone-step", Text("خطوة مشروع التخرج: الشريك المحلي", "Capstone step: your local partner"), Text("""
<h3>ما المطلوب من فريقك في هذه الوحدة</h3>
<p>خدمتكم الجديدة تحتاج شريكًا محليًا واحدًا على الأقل يصل بكم إلى الفئة المستهدفة. في هذه الوحدة يختار الفريق الشريك،
ويلتقي به، ويتفق معه على دوره في التجربة.</p>
<ol>
<li>ارسموا معًا خريطة الشركاء المحتملين في حي المكتبة التي ستنفذون فيها التجربة، واختاروا شريكًا واحدًا بالهدف لا بالمعرفة
الشخصية.</li>
<li>كلّفوا مسؤول الشراكات في الفريق بترتيب لقاء أول. استخدموا أسئلة صفحة الشراكات: ما أولويات الشريك، وما الذي يحتاجه؟</li>
<li>أضيفوا الشريك في خانة «الشركاء» في خطة العمل بمساحة الفريق، مع دوره بوضوح.</li>
<li>أضيفوا إلى الأنشطة نشاطًا باسم «الاتفاق مع الشريك» له مسؤول وموعد، ونشاطًا للجلسة الأولى المشتركة.</li>
<li>انشروا تحديثًا بعد اللقاء الأول: ماذا اتفقتم عليه، وما الذي بقي معلقًا.</li>
</ol>
<p><strong>نصيحة:</strong> لا تبدأوا بمذكرة تفاهم طويلة. نشاط أول ناجح مع الشريك يفتح الباب لاتفاق أكبر في الفصل التالي.</p>
<p>سيراجع الميسّر خطط الفرق في نهاية الوحدة، ويقترح على كل فريق ملاحظة واحدة قبل التنفيذ في الوحدة الخامسة.</p>
"""))

MODULE = Module("m4", Text("الوحدة الرابعة: تطوير مجتمع المستخدمين والشراكات الاستراتيجية",
                           "Module 4: User community and strategic partnerships"), (
    Unit("m4-overview", Text("نظرة عامة على الوحدة", "Module overview"), (OVERVIEW,)),
    Unit("m4-community", Text("مجتمع المكتبة", "The library's community"), (COMMUNITY,)),
    Unit("m4-partnerships", Text("الشراكات الاستراتيجية", "Strategic partnerships"), (PARTNERS,)),
    Unit("m4-english", Text("الإنجليزية: التواصل مع الشركاء", "English: talking to partners"),
         (VOCABULARY, PHONE, CONFERENCE), graded="English practice"),
    Unit("m4-discussion", Text("لوحة النقاش: الشريك الأول", "Discussion: the first partner"), (BOARD,)),
    Unit("m4-reflection", Text("تأمل ورشة العمل", "Workshop reflection"), (WORKSHOP,)),
    Unit("m4-capstone", Text("خطوة مشروع التخرج", "Capstone step"), (STEP,)),
))
