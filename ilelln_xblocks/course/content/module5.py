"""Module 5: leadership and innovation in libraries: leading change, and the innovator's own library project."""
from ..outline import Block, Module, Page, Text, Unit

OVERVIEW = Block("""
<ilelln_module_overview display_name="نظرة عامة على الوحدة الخامسة" module_number="5" module_title="القيادة والابتكار في المكتبات">
  <introduction>لا تحتاج إلى منصب كبير لتقود تغييرًا في مكتبتك: تحتاج إلى فكرة واضحة، وزملاء مقتنعين، وخطوات صغيرة ترى نتائجها. تجمع هذه الوحدة ما تعلمته في الوحدات السابقة في مشروعك الشخصي: كيف تقنع إدارتك وزملاءك، وكيف تقود فريقًا صغيرًا خلال التغيير، وكيف تعرض مشروعك على شركاء محليين ودوليين.

في نهاية الوحدة ستقدم خطة تغيير لمكتبتك لمراجعة الأقران، وتعرض مع فريقك نتائج مشروع التخرج على الدفعة.</introduction>
  <objective>أن تشرح مراحل قيادة التغيير في مؤسسة صغيرة مثل المكتبة العامة.</objective>
  <objective>أن تحدد أصحاب المصلحة في مشروعك وتخطط لكسب دعمهم والتعامل مع مقاومتهم.</objective>
  <objective>أن تكتب خطة تغيير قابلة للتنفيذ بمؤشرات نجاح واضحة.</objective>
  <objective>أن تدير اجتماعًا وتعرض مشروعًا بالإنجليزية أمام شركاء.</objective>
  <competency>القيادة وإدارة التغيير</competency>
  <competency>التواصل المهني باللغة الإنجليزية</competency>
  <deliverable>خطة تغيير لمكتبتك (صفحة واحدة) لمراجعة الأقران</deliverable>
  <deliverable>عرض نتائج مشروع التخرج في معرض الدفعة</deliverable>
  <deliverable>تأمل مكتوب عن ندوة قادة المكتبات</deliverable>
  <session kind="workshop" start="2027-04-17 10:00 Africa/Cairo" place="مكتبة القاهرة الكبرى، الزمالك، قاعة الاجتماعات">قيادة التغيير بموارد محدودة</session>
  <session kind="seminar" start="2027-04-21 18:00 Africa/Cairo" place="https://meet.example.org/ilelln-leaders">ندوة: قادة مكتبات عرب يروون تجاربهم</session>
  <session kind="workshop" start="2027-05-08 10:00 Africa/Cairo" place="مكتبة الإسكندرية، قاعة المؤتمرات الصغرى">يوم العرض: مشروعات الفرق أمام الشركاء</session>
</ilelln_module_overview>
""")

CHANGE = Page("m5-leading-change", Text("قيادة التغيير في المكتبة العامة", "Leading change in a public library"), Text("""
<h3>لماذا تفشل أفكار جيدة؟</h3>
<p>كثير من الأفكار الجيدة في المكتبات لا يتجاوز مرحلة الاقتراح: يكتب أمين المكتبة مذكرة إلى الإدارة، ثم ينتظر. نادرًا ما
يكون السبب ضعف الفكرة؛ الأغلب أن أحدًا لم يشعر بأن التغيير ضروري الآن، أو أن الزملاء رأوا فيه عبئًا إضافيًا، أو أن
الخطوة الأولى كانت أكبر من الموارد المتاحة. قيادة التغيير هي العمل على هذه العوامل الثلاثة معًا.</p>
<h3>خمس خطوات عملية</h3>
<ol>
<li><strong>اجعل الحاجة مرئية:</strong> قدّم رقمًا أو قصة من مكتبتك. «انخفضت إعارات الأطفال 40% خلال عامين» تقنع أكثر من
«الأطفال لا يقرؤون».</li>
<li><strong>كوّن تحالفًا صغيرًا:</strong> ابحث عن زميلين أو ثلاثة يؤمنون بالفكرة، وعن شخص واحد تحترمه الإدارة.</li>
<li><strong>اكتب صورة واضحة للمستقبل:</strong> جملة واحدة تصف ما سيتغير للمستفيد، لا ما ستفعله المكتبة.</li>
<li><strong>ابدأ بتجربة صغيرة:</strong> أربع جلسات بدل برنامج سنوي، وركن واحد بدل قاعة كاملة. التجربة الصغيرة تقلل الخوف
وتنتج أدلة.</li>
<li><strong>احتفِ بالنتائج وثبّتها:</strong> شارك النتائج مع الإدارة والزملاء والشركاء، واجعل الخدمة جزءًا من خطة العام التالي
وميزانيته.</li>
</ol>
<h3>مثال من مكتبة عامة مصرية</h3>
<p>في مكتبة فرعية بمحافظة الدقهلية أرادت أمينة المكتبة أن تفتح المكتبة مساء الخميس للطلاب. رفض الزملاء في البداية خوفًا من
ساعات العمل الإضافية. بدأت بتجربة لأربعة أسابيع تطوع فيها اثنان من الزملاء، وسجلت عدد الزوار (متوسط 35 طالبًا في الأمسية)،
ثم عرضت الأرقام على مدير الفرع مع اقتراح بتبادل الساعات. أصبحت الأمسية خدمة ثابتة بعد ثلاثة أشهر.</p>
<h3>قائمة تحقق لخطة التغيير</h3>
<ul>
<li>هل كتبت سبب التغيير في جملة واحدة يفهمها زميل في الإعارة وعضو في الإدارة؟</li>
<li>هل حددت مكسبًا سريعًا يظهر خلال أسابيع؟</li>
<li>هل عرفت من سيتأثر بالتغيير وسألته قبل أن تبدأ؟</li>
<li>هل لديك مؤشر بسيط تقيس به التقدم كل شهر؟</li>
</ul>
<p><strong>سؤال للتفكير:</strong> من الشخص الذي إن اقتنع بفكرتك اقتنع كثيرون بعده؟</p>
""", """
<h3>Why do good ideas fail?</h3>
<p>Many good library ideas never get past the proposal: a librarian writes a memo to management and waits. The idea is
rarely the problem. More often nobody felt the change was needed now, colleagues saw it as extra work, or the first
step was bigger than the resources at hand. Leading change means working on all three together.</p>
<ol>
<li><strong>Make the need visible</strong> with a number or a story from your library.</li>
<li><strong>Build a small coalition</strong> of two or three believers and one person management respects.</li>
<li><strong>Write a clear picture of the future</strong>: one sentence about what changes for users.</li>
<li><strong>Start with a small pilot</strong>: four sessions rather than a yearly programme.</li>
<li><strong>Celebrate and anchor the results</strong> in next year's plan and budget.</li>
</ol>
<p><strong>Think about it:</strong> who is the one person whose support would bring many others with it?</p>
"""))

TEAM = Page("m5-innovative-team", Text("بناء فريق مبتكر والتعامل مع المقاومة", "Building an innovative team and handling resistance"), Text("""
<h3>المقاومة معلومة، لا عداوة</h3>
<p>حين يعترض زميل على فكرة جديدة فهو يخبرك بشيء مهم: ربما يخشى زيادة العمل، أو فقدان مهارة يتقنها، أو يرى خطرًا لم تنتبه
إليه. استمع إلى الاعتراض كاملًا قبل أن ترد، واسأل: «ما الذي يجعل هذه الفكرة صعبة عليك؟». كثيرًا ما يتحول أشد المعترضين إلى
أفضل المنفذين حين يُطلب منه أن يحل المشكلة التي أثارها.</p>
<h3>خريطة أصحاب المصلحة</h3>
<p>ارسم جدولًا من عمودين: مدى تأثير الشخص في نجاح المشروع، ومدى تأييده له. ثم خطط لكل مجموعة:</p>
<table>
<thead><tr><th>المجموعة</th><th>ماذا تفعل</th></tr></thead>
<tbody>
<tr><td>تأثير كبير وتأييد كبير</td><td>أشركهم في القرار واطلب منهم أن يتحدثوا عن المشروع.</td></tr>
<tr><td>تأثير كبير وتأييد قليل</td><td>قابلهم فرديًا، واسأل عن مخاوفهم، وقدم لهم أدلة من التجربة.</td></tr>
<tr><td>تأثير قليل وتأييد كبير</td><td>امنحهم أدوارًا واضحة في التنفيذ.</td></tr>
<tr><td>تأثير قليل وتأييد قليل</td><td>أبقهم على اطلاع بتحديثات قصيرة منتظمة.</td></tr>
</tbody>
</table>
<h3>قواعد فريق مبتكر</h3>
<ul>
<li>اجتماع قصير ثابت كل أسبوع، بجدول أعمال مكتوب وقرارات مسجلة.</li>
<li>لكل مهمة مسؤول واحد وموعد، حتى لو شارك فيها كثيرون.</li>
<li>الخطأ في التجربة يُناقش لنتعلم منه، لا لنبحث عن مذنب.</li>
<li>يُنسب الفضل لأصحابه علنًا، أمام الإدارة والمستفيدين.</li>
</ul>
<h3>مثال: من المعارضة إلى الشراكة</h3>
<p>حين اقترحت أمينة مكتبة في أسيوط فتح قاعة الأطفال لورشة برمجة يوم الجمعة، اعترض مسؤول القاعة لأنه يخشى على الأجهزة
وعلى وقت راحته. بدل الجدال سألته: ما الذي يجعل الورشة آمنة في نظرك؟ اقترح قواعد للاستخدام وسجلًا للأجهزة، وطلب أن
تتبادل معه أيام العمل. صارت قواعده جزءًا من دليل الورشة، وأصبح بعد شهرين من أكثر المدافعين عنها أمام مدير المكتبة.</p>
<p><strong>سؤال للتفكير:</strong> من أكثر زميل قد يعترض على مشروعك؟ وما السؤال الذي ستطرحه عليه أولًا؟</p>
"""))

MEETING = Block("""
<ilelln_dialogue display_name="Running a project meeting with an international partner" max_attempts="3" scoring_rule="best">
  <situation>You are Nadia Farouk, head of children's services at Misr Public Library in Luxor. You chair a video meeting with Tom, the project officer of a British foundation that may fund your family reading programme. You have thirty minutes.</situation>
  <gloss>أنت نادية فاروق، رئيسة خدمات الأطفال في مكتبة مصر العامة بالأقصر. تديرين اجتماعًا عبر الفيديو مع توم، مسؤول المشروعات في مؤسسة بريطانية قد تمول برنامج القراءة الأسرية. اختاري الردود التي تدير الاجتماع بوضوح ولباقة.</gloss>
  <conversation>
# open | Tom
Hello Nadia, can you hear me all right?
~ مرحبًا نادية، هل تسمعينني جيدًا؟
> agenda | 2 | Yes, perfectly, thank you, Tom. Shall we start? I'd suggest three points: the programme, the budget and next steps. | You open the meeting, check the connection and set a clear agenda: exactly what a chair does.
> agenda | 1 | Yes. So, the programme. | Correct, but abrupt. Thank him and give the agenda so he knows what to expect.
> lost | 0 | Yes yes, I want to talk about money first. | Starting with money sounds like a demand. Set the agenda and begin with the programme.

# agenda | Tom
That sounds good. Could you start by telling me about the programme?
> question | 2 | Of course. Families come every Saturday; parents read with their children and borrow books to take home. Last spring forty families joined. | Concrete and short, with a number as evidence: a strong description.
> question | 1 | It is a very good programme for families and children and reading. | Too general: give a fact or a number that shows the programme works.

# lost | Tom
I'd rather understand the programme before we discuss the budget, if that's all right.
~ أفضل أن أفهم البرنامج قبل أن نناقش الميزانية، إن لم يكن لديك مانع.
> question | 1 | Of course, you're right. Families come every Saturday to read together and borrow books. | A good recovery: you accept his suggestion politely and describe the programme.
> end-bad | 0 | The programme is fine. We just need the money. | This closes the conversation. Partners fund programmes they understand.

# question | Tom
Impressive. What would the grant pay for?
> close | 2 | Mainly books for the take-home collection and two trained volunteers. Could we agree that I send you a one-page budget by Thursday? | You answer, then propose a concrete next step with a date: good chairing.
> close | 1 | Books and volunteers. | Correct but very short. Offer to send details and agree a date.

# close | Tom
Thursday is perfect. Thank you for a very clear meeting, Nadia.
> end-good | 2 | Thank you, Tom. To sum up: I'll send the budget by Thursday and you'll share it with your board. Have a good afternoon! | Summing up the actions before closing is the mark of a good chair.
> end-good | 1 | OK, bye. | Polite enough, but sum up the agreed actions before you close.

# end-good | Tom | end
Speak soon, Nadia. Goodbye!

# end-bad | Tom | end
I see. Perhaps we can talk again when you have a fuller proposal. Goodbye.
  </conversation>
</ilelln_dialogue>
""")

SIGNPOSTS = Block("""
<ilelln_ordering display_name="Signposts for presenting your change project" scoring="neighbours" max_attempts="3">
  <instructions>You will present your change project to the library's board in four minutes. Put the signposts of your talk in order.</instructions>
  <gloss>رتّب عبارات الانتقال في عرض مشروع التغيير أمام مجلس إدارة المكتبة، من البداية إلى النهاية.</gloss>
  <item>Good afternoon, and thank you for giving me a few minutes today.</item>
  <item>I'm here to propose a small change that could bring teenagers back to our library.</item>
  <item>Let me start with what we found in our visitor numbers.</item>
  <item>Next, I'll show you what we tried during our four-week pilot.</item>
  <item>This brings me to what we would need from the board.</item>
  <item>In short, a small investment now could double our young readers in a year.</item>
  <item>Thank you. I'd welcome your questions and your advice.</item>
</ilelln_ordering>
""")

PITCH = Block("""
<ilelln_speaking display_name="Pitch your change project in ninety seconds" max_seconds="90" max_upload_mb="4" graded="true">
  <prompt>Record a ninety-second pitch of your change project for a partner library abroad. Say what the problem is in your library, what you will change, what you tried first and what support you are looking for. End with one clear request.</prompt>
  <gloss>سجّل عرضًا في تسعين ثانية لمشروع التغيير في مكتبتك موجّهًا إلى مكتبة شريكة في الخارج: المشكلة، وما ستغيره، وما جرّبته أولًا، والدعم الذي تبحث عنه، ثم اختم بطلب واضح واحد.</gloss>
  <item>I described the problem with a fact or a number.</item>
  <item>I said clearly what will change for our users.</item>
  <item>I used signposts such as "first", "next" and "in short".</item>
  <item>I ended with one clear request.</item>
  <item>I stayed within ninety seconds.</item>
</ilelln_speaking>
""")

CHANGE_PLAN = Block("""
<ilelln_peer_review display_name="مراجعة الأقران: خطة التغيير في مكتبتي" reviews_per_submission="3" weight_received="80" weight_given="20" submission_due="2027-04-30T21:00:00Z" review_due="2027-05-07T21:00:00Z" allow_late="true">
  <prompt>اكتب خطة تغيير لمكتبتك في صفحة واحدة: ما الحاجة التي تدفع إلى التغيير (مع رقم أو قصة من مكتبتك)؟ ما الصورة التي تريد الوصول إليها خلال عام؟ من أصحاب المصلحة الأساسيون وكيف ستكسب دعمهم؟ ما التجربة الصغيرة التي ستبدأ بها ومتى؟ وكيف ستعرف أنها نجحت؟ ثم راجع خطط ثلاثة من زملائك بالمعايير: كن محددًا ولطيفًا، واقترح تحسينًا واحدًا على الأقل.</prompt>
  <rubric>
    <criterion key="need" label="وضوح الحاجة إلى التغيير">
      <level points="0" label="غائبة">لا تُذكر حاجة محددة.</level>
      <level points="2" label="عامة">الحاجة مذكورة دون دليل من المكتبة.</level>
      <level points="4" label="مقنعة">حاجة محددة مدعومة برقم أو قصة من المكتبة.</level>
    </criterion>
    <criterion key="stakeholders" label="أصحاب المصلحة وكسب الدعم">
      <level points="0" label="غائبة">لا يُذكر أصحاب المصلحة.</level>
      <level points="2" label="قائمة فقط">أسماء أو فئات دون خطة لكسب دعمها.</level>
      <level points="4" label="خطة واضحة">لكل طرف أساسي خطوة محددة لكسب دعمه أو معالجة مخاوفه.</level>
    </criterion>
    <criterion key="pilot" label="التجربة الأولى">
      <level points="0" label="غائبة">لا توجد خطوة أولى محددة.</level>
      <level points="2" label="كبيرة أو غامضة">الخطوة الأولى كبيرة أو بلا موعد.</level>
      <level points="4" label="صغيرة وواقعية">تجربة صغيرة بموعد وموارد متاحة.</level>
    </criterion>
    <criterion key="measure" label="مؤشرات النجاح">
      <level points="0" label="غائبة">لا يُقاس شيء.</level>
      <level points="1" label="عامة">مؤشرات عامة مثل «رضا المستفيدين».</level>
      <level points="2" label="قابلة للقياس">مؤشر رقمي وطريقة لجمعه.</level>
    </criterion>
  </rubric>
</ilelln_peer_review>
""")

SEMINAR = Block("""
<ilelln_reflection display_name="تأمل الندوة: قادة مكتبات عرب يروون تجاربهم" template="seminar">
  <intro>ندوة الوحدة الخامسة عبر الإنترنت: ثلاثة من قادة المكتبات العامة في مصر والأردن والمغرب يروون كيف قادوا تغييرًا في مكتباتهم، وما الذي تعلموه من الفشل قبل النجاح.</intro>
</ilelln_reflection>
""")

STEP = Page("m5-capstone-step", Text("خطوة مشروع التخرج: التنفيذ والعرض", "Capstone step: run the pilot and show it"), Text("""
<h3>ما المطلوب من فريقك في هذه الوحدة</h3>
<p>هذه هي الوحدة التي تنتقل فيها خدمتكم من الورق إلى المكتبة. نفذوا التجربة في مكتبة واحدة على الأقل من مكتبات الفريق،
ولمدة لا تقل عن أربع جلسات، وانشروا بعد كل جلسة تحديثًا في مساحة الفريق مع دليل: صورة للمكان، أو كشف حضور، أو عبارة من
أحد المستفيدين بموافقته.</p>
<ol>
<li>حدّثوا خطة العمل: ضعوا علامة على الأنشطة المنجزة، وعدلوا المواعيد التي تغيرت، وسجلوا السبب.</li>
<li>اجمعوا المؤشرات التي اتفقتم عليها في الوحدة الثالثة، وضعوها في جدول بسيط.</li>
<li>اكتبوا عرض المعرض في مساحة الفريق: المشكلة، والخدمة، والنتائج بالأرقام، وما ستغيرونه لو بدأتم من جديد.</li>
<li>شاهدوا عروض الفرق الأخرى، وعلقوا على اثنين منها على الأقل، وامنحوا صوت التقدير لفريق غير فريقكم.</li>
<li>في النهاية قيّم كل عضو مساهمة زملائه في الفريق. التقييم خاص، ولا يرى الميسّر إلا المتوسطات.</li>
</ol>
<p>سيعرض كل فريق نتائجه في يوم العرض بمكتبة الإسكندرية أمام الشركاء، في خمس دقائق بالعربية ودقيقتين بالإنجليزية. استخدموا
عبارات الانتقال التي تدربتم عليها في تمارين هذه الوحدة.</p>
<p><strong>تذكير:</strong> اطلبوا موافقة مكتوبة من أولياء الأمور قبل نشر أي صورة تظهر فيها وجوه أطفال.</p>
"""))

MODULE = Module("m5", Text("الوحدة الخامسة: القيادة والابتكار في المكتبات", "Module 5: Leadership and innovation"), (
    Unit("m5-overview", Text("نظرة عامة على الوحدة", "Module overview"), (OVERVIEW,)),
    Unit("m5-change", Text("قيادة التغيير", "Leading change"), (CHANGE,)),
    Unit("m5-team", Text("الفريق المبتكر وأصحاب المصلحة", "Innovative teams and stakeholders"), (TEAM,)),
    Unit("m5-english", Text("الإنجليزية: إدارة الاجتماعات وعرض المشروعات", "English: meetings and presentations"),
         (MEETING, SIGNPOSTS, PITCH), graded="English practice"),
    Unit("m5-peer", Text("مراجعة الأقران: خطة التغيير", "Peer review: the change plan"), (CHANGE_PLAN,),
         graded="Peer review"),
    Unit("m5-reflection", Text("تأمل الندوة", "Seminar reflection"), (SEMINAR,)),
    Unit("m5-capstone", Text("خطوة مشروع التخرج", "Capstone step"), (STEP,)),
))
