"""Module 2: knowledge management and scientific research."""
from ..outline import Block, Module, Page, Text, Unit
from .fixtures import vocabulary_olx

OVERVIEW = Block("""
<ilelln_module_overview display_name="نظرة عامة على الوحدة الثانية" module_number="2" module_title="إدارة المعرفة والبحث العلمي">
  <introduction>في كل مكتبة معرفة لا تجدها في الفهرس: خبرة أمين المكتبة الذي يعرف ما يبحث عنه طلاب الثانوية في موسم الامتحانات، وحلول المشكلات التي تكررت، وعلاقات مع باحثين في الجامعة القريبة. تتناول هذه الوحدة كيف تحفظ المكتبة هذه المعرفة وتتبادلها، وكيف تدعم الباحثين وطلاب الدراسات العليا في الوصول إلى مصادر موثوقة وإدارتها.

ستصمم طريقة لتبادل المعرفة بين زملائك، وتشارك في لوحة تبادل المعرفة مع الدفعة، وتحضر ندوة عن دعم البحث العلمي في المكتبات العامة.</introduction>
  <objective>أن تميز بين المعرفة الصريحة والمعرفة الضمنية في المكتبة، وتختار طريقة لحفظ كل منهما.</objective>
  <objective>أن تصمم ممارسة بسيطة لتبادل المعرفة بين العاملين في مكتبتك.</objective>
  <objective>أن ترشد الباحثين إلى مصادر الوصول الحر وأدوات إدارة المراجع.</objective>
  <objective>أن تستخدم مفردات البحث العلمي بالإنجليزية في مراسلة زميل في الخارج.</objective>
  <competency>إدارة المعرفة</competency>
  <competency>دعم البحث العلمي</competency>
  <deliverable>تصميم ممارسة لتبادل المعرفة في مكتبتك (نصف صفحة)</deliverable>
  <deliverable>مشاركة في لوحة تبادل المعرفة ورد على زميلين</deliverable>
  <deliverable>تأمل مكتوب عن ندوة دعم البحث العلمي</deliverable>
  <session kind="workshop" start="2027-01-16 10:00 Africa/Cairo" place="مكتبة مصر العامة، فرع المنصورة، قاعة التدريب">خرائط المعرفة في المكتبة: من يعرف ماذا؟</session>
  <session kind="seminar" start="2027-01-20 18:00 Africa/Cairo" place="https://meet.example.org/ilelln-research">دعم البحث العلمي في المكتبات العامة: الوصول الحر وإدارة المراجع</session>
  <session kind="field_visit" start="2027-01-23 10:00 Africa/Cairo" place="بنك المعرفة المصري ومكتبة جامعة المنصورة المركزية">كيف تصل المكتبات إلى قواعد البيانات العلمية</session>
</ilelln_module_overview>
""")

KNOWLEDGE = Page("m2-knowledge-management", Text("إدارة المعرفة في المكتبة العامة", "Knowledge management in a public library"), Text("""
<h3>نوعان من المعرفة</h3>
<p><strong>المعرفة الصريحة</strong> مكتوبة ويمكن تداولها: الأدلة والإجراءات والتقارير وسجلات الإعارة. <strong>المعرفة الضمنية</strong>
في رؤوس الناس: كيف تهدئ أمينة المكتبة طفلًا خائفًا في أول زيارة، ومتى يأتي طلاب كلية الزراعة ليسألوا عن رسائل الماجستير،
وأي مورد يسلم الكتب في موعدها. حين يتقاعد زميل خبير أو ينتقل، تغادر معه معرفة لا يعوضها أي دليل.</p>
<h3>ممارسات بسيطة لتبادل المعرفة</h3>
<ul>
<li><strong>دقيقة الخبرة:</strong> في بداية الاجتماع الأسبوعي يروي زميل موقفًا واحدًا واجهه وكيف تصرف.</li>
<li><strong>دليل الأسئلة المتكررة:</strong> ملف مشترك يسجل فيه كل زميل سؤالًا صعبًا من رائد وكيف أجاب عنه.</li>
<li><strong>الظل:</strong> يرافق الموظف الجديد زميلًا خبيرًا أسبوعًا كاملًا قبل أن يعمل وحده.</li>
<li><strong>مقابلة الوداع:</strong> قبل تقاعد زميل، ساعتان من الأسئلة المسجلة عن علاقاته وحلوله ومصادره.</li>
<li><strong>مجتمع ممارسة:</strong> مجموعة من أمناء المكتبات في المحافظة يلتقون شهريًا، حضوريًا أو عبر الإنترنت، لتبادل التجارب.</li>
</ul>
<h3>مثال</h3>
<p>في مكتبة عامة بطنطا كان أمين قسم الدوريات وحده يعرف أين تُحفظ أعداد الصحف المحلية القديمة التي يطلبها الباحثون في تاريخ
المدينة. قبل تقاعده بشهرين سجل زملاؤه معه خريطة المخزن وقائمة بالأعداد وحالتها، ثم صارت القائمة أول خطوة في مشروع رقمنة.</p>
<h3>خطوات لبناء خريطة معرفة في شهر</h3>
<ol>
<li>اكتب قائمة بالمهام التي لا يعرف أداءها إلا شخص واحد في المكتبة.</li>
<li>اطلب من صاحب كل مهمة أن يشرحها في صفحة واحدة أو مقطع فيديو قصير بالهاتف.</li>
<li>ضع هذه الشروح في مجلد مشترك مرتب بحسب الأقسام، واكتب في أول المجلد فهرسًا بسيطًا.</li>
<li>خصص عشر دقائق من الاجتماع الشهري لدرس يقدمه زميل عن مهارة يتقنها.</li>
<li>راجع الخريطة كل ستة أشهر: ما الذي تغير، ومن انضم، ومن انتقل؟</li>
</ol>
<p><strong>سؤال للتفكير:</strong> ما المعرفة التي ستضيع من مكتبتك لو غاب أحد زملائك غدًا؟</p>
"""))

RESEARCH = Page("m2-research-support", Text("دعم الباحثين: مصادر موثوقة وأدوات إدارة المراجع", "Supporting researchers: trusted sources and reference tools"), Text("""
<h3>من هم الباحثون في المكتبة العامة؟</h3>
<p>لا يقتصر البحث العلمي على الجامعات. يأتي إلى المكتبة العامة طلاب الدراسات العليا الذين لا تكفيهم مكتبة الكلية، ومعلمون
يكتبون أبحاث الترقية، وباحثون مستقلون في التاريخ المحلي، وطلاب ثانوية يعدّون أول بحث لهم. كلهم يحتاجون إلى مساعدة في
ثلاثة أمور: أين يجدون المصادر، وكيف يحكمون على موثوقيتها، وكيف ينظمونها ويوثقونها.</p>
<h3>أين يجدون المصادر؟</h3>
<ul>
<li><strong>بنك المعرفة المصري:</strong> يتيح للمواطنين المصريين قواعد بيانات علمية عالمية؛ علّم الرواد كيف يسجلون ويبحثون.</li>
<li><strong>مصادر الوصول الحر:</strong> مستودعات الجامعات، ودليل الدوريات المفتوحة (DOAJ)، والمستودعات الرقمية العربية.</li>
<li><strong>مجموعات المكتبة نفسها:</strong> الصحف المحلية القديمة، والوثائق، والرسائل المهداة، التي لا توجد في مكان آخر.</li>
</ul>
<h3>كيف يحكمون على المصدر؟</h3>
<p>علّم الرواد خمسة أسئلة: من الكاتب وما خبرته؟ من الناشر؟ متى نُشر؟ هل يذكر مصادره؟ لماذا كُتب: للإعلام أم للبيع أم
للإقناع؟ ورشة من ساعة واحدة عن هذه الأسئلة من أنفع خدمات محو الأمية المعلوماتية.</p>
<h3>كيف ينظمون المراجع؟</h3>
<p>أدوات مجانية مثل Zotero تحفظ المراجع من المتصفح، وتنسق قائمة المراجع بأساليب التوثيق المختلفة، وتعمل مع برامج تحرير
النصوص. جلسة عملية شهرية لطلاب الدراسات العليا في المكتبة تبني علاقة دائمة مع مجتمع الباحثين في مدينتك.</p>
<h3>مثال: ساعة الباحث في مكتبة عامة</h3>
<p>في مكتبة عامة بالمنصورة لاحظ الأمناء أن طلاب الدراسات العليا يأتون للجلوس والقراءة فقط، لأنهم لا يعرفون أن بنك
المعرفة المصري يتيح لهم قواعد بيانات علمية مجانًا. فأطلقت المكتبة «ساعة الباحث» مساء كل خميس: لقاء قصير يتعلم فيه
الحضور التسجيل في بنك المعرفة، والبحث بالكلمات المفتاحية، وحفظ المراجع في أداة مثل Zotero. بعد ثلاثة أشهر صار للقاء
رواد ثابتون، وطلبت كلية قريبة تنظيمه لطلابها.</p>
<h3>قائمة تحقق لخدمة بحثية صغيرة</h3>
<ul>
<li>موعد ثابت ومكان به اتصال جيد وحاسوب متصل بشاشة.</li>
<li>دليل مطبوع من صفحتين بالخطوات الأساسية.</li>
<li>نموذج قصير يسجل فيه الحاضر موضوع بحثه لتعرف المكتبة احتياجاتهم.</li>
</ul>
<p><strong>سؤال للتفكير:</strong> ما الخدمة البحثية التي يطلبها روادك ولا تقدمها مكتبتك بعد؟</p>
"""))

TERMS = [
    ("tacit knowledge", "المعرفة الضمنية", "What people know from experience but have not written down.",
     "Her tacit knowledge of local history was recorded before she retired."),
    ("explicit knowledge", "المعرفة الصريحة", "Knowledge that is written down and easy to share.",
     "The procedures manual holds the library's explicit knowledge."),
    ("community of practice", "مجتمع ممارسة", "A group of people who share a profession and learn from each other.",
     "Librarians in the governorate formed a community of practice that meets every month."),
    ("open access", "الوصول الحر", "Research that anyone can read online free of charge.",
     "Most of the articles she needed were open access."),
    ("peer-reviewed journal", "دورية محكّمة", "A journal whose articles are checked by other experts before publication.",
     "Only peer-reviewed journals count for the teachers' promotion research."),
    ("dataset", "مجموعة بيانات", "A collection of data, often in a table, used for research.",
     "The researcher asked for the dataset behind the reading survey."),
    ("citation", "استشهاد مرجعي", "A reference to a source that you have used in your work.",
     "Zotero formats every citation in the style the university asks for."),
    ("digital repository", "المستودع الرقمي", "An online archive that keeps and shares an institution's documents.",
     "The theses are deposited in the university's digital repository."),
]


VOCABULARY = Block(vocabulary_olx("Vocabulary: knowledge and research", TERMS))

DATASET = Block("""
<ilelln_gap_fill display_name="Asking a colleague abroad for a dataset" max_attempts="3" almost_credit="0.5">
  <instructions>Mona, a librarian in Mansoura, writes to Dr Sara Lindqvist in Sweden, who published a study of reading habits in public libraries. Complete the email.</instructions>
  <gloss>أكملي رسالة منى إلى باحثة في السويد تطلب فيها بيانات دراستها. انتبهي: نقول «أنا مهتمة بـ» interested in، ونقول «أشير إلى مقالك» refer to your article، وكلمة research لا تُجمع في الإنجليزية.</gloss>
  <text>Dear Dr Lindqvist,
I read your article on reading habits in Swedish public libraries with great interest. I am a librarian in Mansoura, Egypt, and I am [[interested in ; wrong: interested on => We are interested IN something. ; ar: حرف الجر بعد interested هو in دائمًا: interested in your collection. ; hint: interested ___]] comparing your results with our own readers.
Would it be possible to [[share ; forms ; hint: give us a copy = ___]] the dataset behind your study? We would use it only [[for ; hint: ___ research purposes]] research purposes and would of course cite your work.
Our own [[research ; wrong: researches => 'research' has no plural in English: 'our research' or 'our studies'. ; ar: كلمة research لا تُجمع في الإنجليزية، وإن قلنا بالعربية «أبحاثنا»: our research أو our studies.]] is still at an early stage, but I would be happy to send you our questionnaire in return.
I look forward [[to hearing ; wrong: to hear => After 'look forward to' the verb ends in -ing. ; ar: كلمة to هنا حرف جر، لا علامة المصدر، فيأتي بعدها الفعل منتهيًا بـ ing: I look forward to hearing from you. ; hint: to + verb-ing]] from you.
Best regards,
Mona El-Sayed</text>
</ilelln_gap_fill>
""")

BOARD = Block("""
<ilelln_discussion display_name="لوحة تبادل المعرفة: مصادر وأدوات للبحث العلمي" scope="cohort" anonymity="off" edit_minutes="60" required_threads="1" required_replies="1" page_size="20">
  <prompt>شارك زملاءك مصدرًا أو أداة أو ممارسة جرّبتها في إدارة المعرفة أو دعم الباحثين في مكتبتك: مستودع رقمي، أو أداة لإدارة المراجع (مثل Zotero)، أو قاعدة بيانات مفتوحة الوصول، أو طريقة لتوثيق خبرة الزملاء قبل تقاعدهم. اكتب ما هي، وكيف استخدمتها، وما الذي تعلمته. اقرأ مشاركات زملائك وأضف ردًا يضيف مصدرًا أو تجربة.</prompt>
  <tag>إدارة المعرفة</tag>
  <tag>البحث العلمي</tag>
  <tag>الوصول الحر</tag>
  <tag>أدوات رقمية</tag>
</ilelln_discussion>
""")

SEMINAR = Block("""
<ilelln_reflection display_name="تأمل الندوة: دعم البحث العلمي في المكتبات العامة" template="seminar">
  <intro>ندوة الوحدة الثانية عبر الإنترنت مع أمينة مكتبة جامعية وباحث في التاريخ المحلي: ما الذي يحتاجه الباحثون من المكتبة العامة، وكيف تصل المكتبة إلى قواعد البيانات العلمية ومصادر الوصول الحر.</intro>
</ilelln_reflection>
""")

STEP = Page("m2-capstone-step", Text("خطوة مشروع التخرج: أدلة على حاجة المستفيدين", "Capstone step: evidence of users' needs"), Text("""
<h3>ما المطلوب من فريقك في هذه الوحدة</h3>
<p>قبل أن تصمموا خدمتكم الجديدة، اجمعوا أدلة على أن الحاجة إليها حقيقية. هذه الخطوة تطبيق مباشر لما تعلمتموه في هذه الوحدة
عن جمع المعرفة وتوثيقها.</p>
<ol>
<li>اجمعوا من مكتبات الفريق أرقامًا لعام واحد: الزيارات، والإعارات، والعضويات، حسب العمر إن أمكن.</li>
<li>صمموا استبيانًا قصيرًا من خمسة أسئلة للفئة التي تفكرون في خدمتها، ووزعوه على عشرين شخصًا على الأقل.</li>
<li>أجروا مقابلتين: واحدة مع مستفيد محتمل، وواحدة مع شخص يعرف الفئة جيدًا (معلمة، أو مسؤول جمعية، أو طبيب).</li>
<li>اكتبوا في خطة العمل بمساحة الفريق أهم ثلاث نتائج في خانة «المشكلة»، بأرقام واقتباسات قصيرة.</li>
<li>انشروا تحديثًا مع رابط لجدول البيانات أو ملخص المقابلات (دون أسماء المشاركين).</li>
</ol>
<p><strong>نصيحة:</strong> وزعوا العمل بحسب الأدوار في ميثاقكم: مسؤول التوثيق والتقييم يجمع الأرقام، ومسؤول الشراكات يرتب
المقابلات، والمنسق يتابع المواعيد.</p>
<p>في الوحدة الثالثة ستصممون الخدمة انطلاقًا من هذه الأدلة، فكلما كانت أدق كان التصميم أسهل وأقنع.</p>
"""))

MODULE = Module("m2", Text("الوحدة الثانية: إدارة المعرفة والبحث العلمي", "Module 2: Knowledge management and research"), (
    Unit("m2-overview", Text("نظرة عامة على الوحدة", "Module overview"), (OVERVIEW,)),
    Unit("m2-knowledge", Text("إدارة المعرفة", "Knowledge management"), (KNOWLEDGE,)),
    Unit("m2-research", Text("دعم البحث العلمي", "Supporting research"), (RESEARCH,)),
    Unit("m2-english", Text("الإنجليزية: لغة البحث والمراسلة العلمية", "English: research vocabulary and emails"),
         (VOCABULARY, DATASET), graded="English practice"),
    Unit("m2-discussion", Text("لوحة تبادل المعرفة", "Knowledge-sharing board"), (BOARD,)),
    Unit("m2-reflection", Text("تأمل الندوة", "Seminar reflection"), (SEMINAR,)),
    Unit("m2-capstone", Text("خطوة مشروع التخرج", "Capstone step"), (STEP,)),
))
