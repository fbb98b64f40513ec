"""Module 1: ICT in libraries."""
from ..outline import Block, Module, Page, Text, Unit
from .fixtures import MODULE_1_AR, VOICEMAIL

OVERVIEW = Block(MODULE_1_AR)

INFRASTRUCTURE = Page("m1-ict-infrastructure", Text("البنية التحتية لتكنولوجيا المعلومات في المكتبة العامة", "ICT infrastructure in a public library"), Text("""
<h3>أربع طبقات تعمل معًا</h3>
<p>حين يسأل قارئ عن كتاب من هاتفه، أو يحجز حاسوبًا في قاعة الإنترنت، أو يقرأ كتابًا إلكترونيًا من منزله، فإنه يستخدم
أربع طبقات من التكنولوجيا في مكتبتك، وأي ضعف في طبقة منها يظهر له فورًا:</p>
<ol>
<li><strong>الشبكة والاتصال:</strong> سرعة الإنترنت، وتغطية الشبكة اللاسلكية في القاعات، وحماية الشبكة. قاعدة عملية: اقسم
السرعة المتاحة على عدد المستخدمين في ساعة الذروة؛ إن قلّت حصة الفرد عن 2 ميغابت في الثانية فالشبكة تحتاج تطويرًا.</li>
<li><strong>الأجهزة:</strong> حواسيب الرواد والموظفين، والطابعات، وأجهزة الإعارة الذاتية، والشاشات. سجّل عمر كل جهاز، فالجهاز
الذي تجاوز خمس سنوات يستهلك وقت الموظفين في الإصلاح أكثر مما يخدم الرواد.</li>
<li><strong>النظام الآلي المتكامل للمكتبة:</strong> الفهرسة والإعارة والتزويد والفهرس المتاح على الخط (OPAC). أنظمة مفتوحة
المصدر مثل Koha تعمل بالعربية وتستخدمها مكتبات عربية كثيرة.</li>
<li><strong>الخدمات الرقمية:</strong> الموقع، وصفحات التواصل الاجتماعي، والمجموعات الرقمية في مستودع مثل DSpace، والخدمة
المرجعية عبر المحادثة.</li>
</ol>
<h3>لماذا يهم هذا قائد المكتبة؟</h3>
<p>لا يُطلب منك أن تكون مهندس شبكات، بل أن تعرف ما يحتاجه روادك من كل طبقة، وأن تتحدث بلغة واضحة مع قسم تكنولوجيا
المعلومات في المحافظة أو مع المورّد. المكتبة التي تعرف احتياجاتها بالأرقام تحصل على ميزانيتها أسرع من المكتبة التي تطلب
«تطوير الأجهزة» بشكل عام.</p>
<h3>جدول سريع لطبقات مكتبتك</h3>
<table>
<tr><th>الطبقة</th><th>سؤال تطرحه</th><th>مؤشر تقيسه</th></tr>
<tr><td>الشبكة</td><td>هل يتصل الرواد من كل القاعات؟</td><td>السرعة في ساعة الذروة</td></tr>
<tr><td>الأجهزة</td><td>كم جهازًا يعمل فعلًا اليوم؟</td><td>ساعات التعطل في الشهر</td></tr>
<tr><td>النظام الآلي</td><td>هل يجد القارئ الكتاب بالبحث العربي؟</td><td>نسبة عمليات البحث بلا نتيجة</td></tr>
<tr><td>الخدمات الرقمية</td><td>هل يعرف الرواد أن الخدمة موجودة؟</td><td>عدد المستخدمين شهريًا</td></tr>
</table>
<p>في مكتبة مصر العامة بأحد فروع الدلتا، بدأت أمينة المكتبة بهذا الجدول قبل اجتماعها مع مسؤول تكنولوجيا المعلومات في
المحافظة، فتحول الاجتماع من شكوى عامة إلى طلب محدد: نقطتا اتصال لاسلكي إضافيتان في قاعة الأطفال، وترقية ذاكرة ستة
حواسيب. وافق المسؤول على الطلب الأول في الاجتماع نفسه لأن تكلفته كانت واضحة وأثره مقيسًا.</p>
<p><strong>سؤال للتفكير:</strong> أي الطبقات الأربع يشتكي منها روادك أكثر من غيرها؟</p>
"""))

AUDIT = Page("m1-ict-audit", Text("تقييم تكنولوجيا مكتبتك خطوة بخطوة", "Auditing your library's technology, step by step"), Text("""
<h3>ما تقييم تكنولوجيا المعلومات؟</h3>
<p>التقييم صورة صادقة لما تملكه مكتبتك اليوم، مقارنة بما يحتاجه روادها. لا يحتاج إلى خبير خارجي: يكفي يومان من العمل
المنظم مع زميل، وجدول بسيط. وهو أول مخرجات هذه الوحدة، وستبني عليه خطة التطوير لاثني عشر شهرًا.</p>
<h3>الخطوات</h3>
<ol>
<li><strong>الجرد:</strong> اكتب كل جهاز ونظام وخدمة رقمية في جدول: النوع، والعدد، والعمر، والحالة، ومن يستخدمه.</li>
<li><strong>القياس:</strong> قِس سرعة الإنترنت في ثلاث ساعات مختلفة من اليوم، وعدد ساعات تعطل الأجهزة في الشهر الماضي.</li>
<li><strong>صوت الرواد:</strong> اسأل عشرين رائدًا ثلاثة أسئلة: ما الخدمة الرقمية التي تستخدمها؟ ما الذي يزعجك؟ ما الذي
تتمنى أن تقدمه المكتبة؟</li>
<li><strong>المقارنة:</strong> قارن مكتبتك بمكتبة شريكة في الدفعة: ما الذي تفعله هي ولا تفعله أنت؟</li>
<li><strong>الأولويات:</strong> صنّف كل فجوة بحسب أثرها على الرواد وتكلفتها: عالية الأثر قليلة التكلفة أولًا.</li>
</ol>
<h3>مثال من الدفعة السابقة</h3>
<p>اكتشف أمين مكتبة في بني سويف أن حواسيب قاعة الإنترنت الثمانية تعمل، لكن الرواد لا يستخدمونها لأن الطابعة معطلة منذ
ستة أشهر، وأكثر ما يحتاجونه طباعة استمارات التوظيف. كان إصلاح الطابعة أول بند في خطته، وتضاعف عدد مستخدمي القاعة خلال شهر.</p>
<h3>قائمة تحقق قبل تسليم التقييم</h3>
<ul>
<li>هل يتضمن الجدول كل الأجهزة، بما فيها المعطلة والمخزنة؟</li>
<li>هل قست سرعة الإنترنت فعلًا، أم نقلت الرقم من عقد مزود الخدمة؟</li>
<li>هل سألت روادًا من فئات مختلفة: طلابًا وكبار سن وباحثين عن عمل؟</li>
<li>هل كتبت لكل فجوة دليلًا واحدًا على الأقل: رقمًا أو عبارة من رائد؟</li>
<li>هل صنفت الفجوات بحسب الأثر والتكلفة، واخترت ثلاثًا فقط للبداية؟</li>
</ul>
<p>تذكر أن التقييم ليس تقريرًا للإدارة فقط، بل أداة حوار: شاركه مع زملائك في المكتبة، واسألهم عما غاب عنك، فهم يعرفون
أعطال الأجهزة اليومية أكثر من أي جدول.</p>
<p><strong>سؤال للتفكير:</strong> ما الفجوة في مكتبتك التي يمكن سدها هذا الشهر بتكلفة شبه معدومة؟</p>
"""))

VENDOR = Block("""
<ilelln_gap_fill display_name="Email to a library system supplier: collocations" max_attempts="3" almost_credit="0.5">
  <instructions>Hoda, a librarian in Alexandria, writes to the support team of the library system her library uses. Complete her email.</instructions>
  <gloss>أكملي رسالة هدى إلى فريق الدعم الفني لنظام المكتبة الآلي. انتبهي: نقول في العربية «نواجه مشكلة في»، وبالإنجليزية we are having a problem with. وكلمة equipment لا تُجمع.</gloss>
  <text>Dear Support Team,
We are having a problem [[with ; wrong: in => We have a problem WITH something. ; ar: نقول بالعربية «مشكلة في النظام»، أما بالإنجليزية فنقول a problem with the system. ; hint: a problem ___ the system]] the online catalogue of our library. Since the last update, readers cannot search [[for ; hint: search ___ a book]] books by author in Arabic.
We have already [[restarted ; forms ; hint: turned it off and on again]] the server, but the problem continues. Could you please [[look into | check ; hint: investigate = ___ it]] it as soon as possible?
We would also like to ask about new [[equipment ; wrong: equipments => 'equipment' has no plural in English. ; ar: كلمة equipment لا تُجمع في الإنجليزية، وإن قلنا بالعربية «أجهزة» أو «معدات»: new equipment.]] for self-service loans. Could you send us a price [[quotation | quote ; hint: a document with prices]]?
Thank you in advance [[for ; hint: thank you ___ your help]] your help.
Kind regards,
Hoda Mansour
Alexandria Public Library</text>
</ilelln_gap_fill>
""")

LISTENING = Block(VOICEMAIL)

REPLY = Block("""
<ilelln_writing display_name="Write to a partner library about a shared digital collection" min_words="80" max_words="200" max_misspellings="2" min_reading_ease="30" max_attempts="3">
  <task>You are the digital services librarian at Tanta Public Library. Write an email to Mr Daniel Weber at the Hamburg Public Library, who offered to share his library's experience of digitising local newspapers. Thank him, ask whether you could arrange a video call next month, ask which open-source system they use for their digital collection, and close politely.</task>
  <gloss>اكتب رسالة رسمية: سطر الموضوع، والتحية (Dear Mr Weber,)، والشكر على عرضه، ثم اطلب مكالمة فيديو واسأل عن النظام مفتوح المصدر الذي يستخدمونه، ثم الخاتمة (Kind regards,) واسمك. تجنب الاختصارات مثل I'm.</gloss>
  <check>subject</check><check>greeting</check><check>purpose</check><check>request</check><check>closing</check><check>signature</check>
  <idea>thank you | thanks | grateful</idea>
  <idea>video call | online meeting | call</idea>
  <idea>open-source | open source | system | software</idea>
  <word>Tanta</word><word>Weber</word><word>Hamburg</word><word>DSpace</word><word>Koha</word>
</ilelln_writing>
""")

ICT_PLAN = Block("""
<ilelln_peer_review display_name="مراجعة الأقران: خطة تطوير تكنولوجيا المعلومات لاثني عشر شهرًا" reviews_per_submission="3" weight_received="80" weight_given="20" submission_due="2026-12-19T21:00:00Z" review_due="2026-12-26T21:00:00Z" allow_late="true" max_files="2">
  <prompt>اكتب خطة تطوير تكنولوجيا المعلومات في مكتبتك لاثني عشر شهرًا، مبنية على التقييم الذي أجريته: أهم ثلاث فجوات وجدتها ودليلك عليها، وما ستفعله لكل فجوة، والتكلفة التقديرية، ومن المسؤول، والموعد، وكيف ستعرف أن التطوير نجح. أرفق جدول التقييم إن شئت. ثم راجع خطط ثلاثة من زملائك بالمعايير، واقترح على كل منهم تحسينًا واحدًا.</prompt>
  <rubric>
    <criterion key="evidence" label="الفجوات مبنية على التقييم">
      <level points="0" label="غائبة">لا فجوات محددة.</level>
      <level points="2" label="دون دليل">فجوات مذكورة دون أرقام أو آراء الرواد.</level>
      <level points="4" label="مدعومة بالأدلة">كل فجوة مدعومة برقم من التقييم أو بآراء الرواد.</level>
    </criterion>
    <criterion key="priorities" label="الأولويات والتكلفة">
      <level points="0" label="غائبة">لا ترتيب ولا تكلفة.</level>
      <level points="2" label="جزئية">ترتيب دون تكلفة أو تكلفة دون ترتيب.</level>
      <level points="4" label="واضحة">أولويات بحسب الأثر والتكلفة، مع تكلفة تقديرية لكل بند.</level>
    </criterion>
    <criterion key="actions" label="الإجراءات والمسؤوليات والمواعيد">
      <level points="0" label="غائبة">لا إجراءات محددة.</level>
      <level points="1" label="ناقصة">إجراءات بلا مسؤول أو موعد.</level>
      <level points="2" label="كاملة">لكل إجراء مسؤول وموعد.</level>
    </criterion>
    <criterion key="success" label="مؤشرات النجاح">
      <level points="0" label="غائبة">لا مؤشرات.</level>
      <level points="1" label="عامة">مؤشرات عامة.</level>
      <level points="2" label="قابلة للقياس">مؤشر رقمي لكل هدف.</level>
    </criterion>
  </rubric>
</ilelln_peer_review>
""")

VISIT = Block("""
<ilelln_reflection display_name="تأمل الزيارة الميدانية: الخدمات الرقمية في مكتبة الإسكندرية" template="field_visit">
  <intro>زيارة ميدانية إلى إدارة الخدمات الرقمية في مكتبة الإسكندرية: كيف تُرقمن المجموعات، وكيف تُدار البنية التحتية لخدمة ملايين الزوار على الموقع، وما الذي يمكن أن تتعلمه منها مكتبة عامة صغيرة.</intro>
</ilelln_reflection>
""")

STEP = Page("m1-capstone-step", Text("خطوة مشروع التخرج: تكوين الفريق والميثاق", "Capstone step: form your team and charter"), Text("""
<h3>ما المطلوب من فريقك في هذه الوحدة</h3>
<p>يبدأ مشروع التخرج من الوحدة الأولى. افتح مساحة الفريق في قسم «مشروع التخرج» وكوّن فريقك: ثلاثة إلى خمسة زملاء، يُفضل أن
يكونوا من مكتبات مختلفة ليتعلم كل منكم من تجربة غيره. إن لم تجد فريقًا، فاضغط «ضعني في فريق» وسيجمعك الميسّر مع زملاء.</p>
<ol>
<li>اتفقوا على الأدوار الأربعة في ميثاق الفريق: المنسق، ومسؤول الشراكات، ومسؤول المحتوى والأنشطة، ومسؤول التوثيق والتقييم.</li>
<li>اكتبوا قواعد العمل: موعد الاجتماع الأسبوعي، ووسيلة التواصل، وكيف تتخذون القرارات حين تختلفون.</li>
<li>شارك كل عضو نتائج تقييم تكنولوجيا مكتبته مع الفريق: ما الأجهزة والأنظمة المتاحة للتجربة في كل مكتبة؟</li>
<li>اكتبوا في خطة العمل فكرة أولية للخدمة في سطر واحد. ستتغير الفكرة كثيرًا، وهذا طبيعي.</li>
<li>انشروا أول تحديث في مساحة الفريق: صورة جماعية من ورشة العمل أو رابط لمحضر اجتماعكم الأول.</li>
</ol>
<p><strong>تذكير:</strong> الميثاق والخطة يحفظان أرقام نسخهما، فإذا حفظ زميلان في اللحظة نفسها، تعرض المساحة النصين ولا يضيع
عمل أحد.</p>
"""))

MODULE = Module("m1", Text("الوحدة الأولى: تكنولوجيا المعلومات والاتصالات في المكتبات", "Module 1: ICT in libraries"), (
    Unit("m1-overview", Text("نظرة عامة على الوحدة", "Module overview"), (OVERVIEW,)),
    Unit("m1-infrastructure", Text("البنية التحتية للتكنولوجيا", "ICT infrastructure"), (INFRASTRUCTURE,)),
    Unit("m1-audit", Text("تقييم تكنولوجيا مكتبتك", "Auditing your library's ICT"), (AUDIT,)),
    Unit("m1-english", Text("الإنجليزية: المراسلات التقنية والإعارة بين المكتبات", "English: technical emails and loans"),
         (VENDOR, LISTENING, REPLY), graded="English practice"),
    Unit("m1-peer", Text("مراجعة الأقران: خطة تطوير التكنولوجيا", "Peer review: the ICT plan"), (ICT_PLAN,),
         graded="Peer review"),
    Unit("m1-reflection", Text("تأمل الزيارة الميدانية", "Field visit reflection"), (VISIT,)),
    Unit("m1-capstone", Text("خطوة مشروع التخرج", "Capstone step"), (STEP,)),
))
