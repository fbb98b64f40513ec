"""Module 3: designing library services and innovation spaces (makerspaces, creative spaces)."""
from ..outline import Block, Module, Page, Text, Unit

OVERVIEW = Block("""
<ilelln_module_overview display_name="نظرة عامة على الوحدة الثالثة" module_number="3" module_title="تصميم الخدمات المكتبية والمساحات الابتكارية">
  <introduction>تبدأ الخدمة الناجحة من المستفيد لا من الرف. تتناول هذه الوحدة طريقة التفكير التصميمي في بناء خدمات مكتبية جديدة: أن تفهم المستفيد، وتحدد المشكلة، وتولّد أفكارًا، وتبني نموذجًا أوليًا صغيرًا، وتجربه ثم تحسنه. وتتناول المساحات الابتكارية (الميكرسبيس والمساحات الإبداعية) التي تحول المكتبة من مكان للقراءة إلى مكان للصنع والتعلم المشترك.

ستزور مساحة ابتكار للأطفال في الإسكندرية، وتصمم خدمة جديدة لمكتبتك وتعرضها لمراجعة الأقران.</introduction>
  <objective>أن تطبق مراحل التفكير التصميمي على خدمة مكتبية حقيقية.</objective>
  <objective>أن تخطط لمساحة ابتكارية صغيرة بميزانية محدودة: الأنشطة والأدوات والسلامة والإشراف.</objective>
  <objective>أن تكتب وصفًا لخدمة جديدة يقنع الإدارة والشركاء.</objective>
  <objective>أن تكتب ملخص مقترح مشروع بالإنجليزية لجهة مانحة.</objective>
  <competency>تصميم الخدمات المكتبية</competency>
  <competency>التخطيط للمساحات الابتكارية</competency>
  <deliverable>تصميم خدمة جديدة لمكتبتك (صفحة واحدة) لمراجعة الأقران</deliverable>
  <deliverable>ملخص مقترح المشروع بالإنجليزية</deliverable>
  <deliverable>تأمل مكتوب عن الزيارة الميدانية لمساحة الابتكار</deliverable>
  <session kind="workshop" start="2027-02-13 10:00 Africa/Cairo" place="مكتبة القاهرة الكبرى، الزمالك، قاعة التدريب">التفكير التصميمي للخدمات المكتبية</session>
  <session kind="field_visit" start="2027-02-20 10:00 Africa/Cairo" place="مكتبة عامة بحي سموحة، الإسكندرية: مساحة الابتكار للأطفال">مساحة ابتكار للأطفال من الداخل</session>
  <session kind="seminar" start="2027-02-24 18:00 Africa/Cairo" place="https://meet.example.org/ilelln-spaces">مساحات إبداعية بميزانية صغيرة: تجارب عربية ودولية</session>
</ilelln_module_overview>
""")

DESIGN = Page("m3-design-thinking", Text("التفكير التصميمي للخدمات المكتبية", "Design thinking for library services"), Text("""
<h3>ابدأ من المستفيد</h3>
<p>كثيرًا ما تبدأ الخدمات الجديدة في المكتبات من سؤال «ماذا نستطيع أن نقدم؟»، فتنتهي بنشاط لا يحضره أحد. التفكير التصميمي
يقلب السؤال: «ماذا يحتاج هذا الشخص، وما الذي يعيقه اليوم؟». إنه طريقة عمل في خمس مراحل، يمكن تطبيقها في مكتبة صغيرة
بأدوات بسيطة: أوراق لاصقة، وقلم، ومحادثات مع الناس.</p>
<ol>
<li><strong>التعاطف:</strong> راقب المستفيدين وتحدث معهم. اجلس ساعة في قاعة الأطفال، أو اسأل خمسة من طلاب الثانوية عن يومهم.</li>
<li><strong>تحديد المشكلة:</strong> اكتبها في جملة واحدة تبدأ بالمستفيد: «تحتاج الفتيات في الصف الأول الثانوي إلى مكان آمن
للتدرب على البرمجة، لأن معمل المدرسة مغلق بعد الظهر».</li>
<li><strong>توليد الأفكار:</strong> اجمع زملاءك عشرين دقيقة، واكتبوا أكبر عدد من الأفكار دون نقد، ثم اختاروا ثلاثًا.</li>
<li><strong>النموذج الأولي:</strong> حوّل الفكرة إلى شيء يمكن تجربته بسرعة: جلسة واحدة، أو ركن مؤقت، أو ملصق يعلن خدمة لم
تبدأ بعد لترى من يسأل عنها.</li>
<li><strong>الاختبار:</strong> جرّب مع المستفيدين واسألهم: ما الذي أعجبك؟ ما الذي ستغيره؟ ثم عدّل وجرّب من جديد.</li>
</ol>
<h3>مثال</h3>
<p>لاحظت أمينة مكتبة في أسيوط أن الأمهات ينتظرن أطفالهن ساعة كاملة خارج قاعة الأنشطة. بدأت بنموذج أولي بسيط: رف صغير
لكتب الطبخ والصحة بجوار مقاعد الانتظار. بعد شهر صار للأمهات نادٍ للقراءة يجتمع في الوقت نفسه.</p>
<h3>أخطاء شائعة في تصميم الخدمات</h3>
<ul>
<li><strong>القفز إلى الحل:</strong> شراء طابعة ثلاثية الأبعاد قبل أن نعرف ماذا يريد الشباب أن يصنعوا.</li>
<li><strong>السؤال الخاطئ:</strong> «هل تريد خدمة جديدة؟» يجيب عنه الجميع بنعم؛ الأفضل: «ماذا فعلت آخر مرة احتجت فيها إلى معلومة؟».</li>
<li><strong>النموذج الكبير:</strong> نموذج أولي يستغرق إعداده شهرًا ليس نموذجًا أوليًا؛ جرّب الفكرة بورقة ولوح وجلسة واحدة.</li>
<li><strong>تجاهل الموظفين:</strong> الخدمة التي لا يفهمها موظف الاستقبال لن تستمر بعد رحيل صاحبها.</li>
</ul>
<p>اكتب بعد كل تجربة ثلاثة أسطر: ماذا توقعنا، وماذا حدث، وماذا سنغير في المرة القادمة.</p>
<p><strong>سؤال للتفكير:</strong> من ينتظر في مكتبتك دون أن تقدم له شيئًا؟</p>
"""))

SPACES = Page("m3-innovation-spaces", Text("المساحات الابتكارية بميزانية محدودة", "Innovation spaces on a small budget"), Text("""
<h3>ما المساحة الابتكارية؟</h3>
<p>المساحة الابتكارية (الميكرسبيس) مكان في المكتبة يصنع فيه الناس ويتعلمون معًا: إلكترونيات بسيطة، وبرمجة، وتصوير
وإنتاج فيديو، وأشغال يدوية، وطباعة ثلاثية الأبعاد. ليست الأجهزة هي الأهم، بل فكرة أن المكتبة مكان للتجريب ومشاركة
المعرفة العملية، لا للاطلاع وحده.</p>
<h3>ابدأ صغيرًا</h3>
<table>
<thead><tr><th>المستوى</th><th>ما يحتاجه</th><th>تكلفة تقريبية</th></tr></thead>
<tbody>
<tr><td>ركن إبداعي</td><td>طاولة، وأدوات رسم وأشغال يدوية، وكتب أنشطة</td><td>منخفضة جدًا</td></tr>
<tr><td>نادي تكنولوجيا</td><td>حاسوبان، ولوحات أردوينو أو مايكروبت، ومتطوع</td><td>متوسطة</td></tr>
<tr><td>مساحة صنع</td><td>طابعة ثلاثية الأبعاد، وأدوات، ومشرف مدرب، وجدول منتظم</td><td>أعلى، وتحتاج شريكًا</td></tr>
</tbody>
</table>
<h3>أسئلة التخطيط</h3>
<ul>
<li><strong>لمن؟</strong> الأطفال، أو المراهقون، أو الشباب الباحثون عن عمل، أو الأسر. لكل فئة أنشطة ومواعيد مختلفة.</li>
<li><strong>من يشرف؟</strong> أمين مكتبة مدرب، أو متطوعون من كلية الهندسة، أو شريك من جمعية أهلية.</li>
<li><strong>السلامة:</strong> قواعد مكتوبة للأدوات الحادة والكهرباء، وموافقة أولياء الأمور للقاصرين، وحقيبة إسعافات أولية.</li>
<li><strong>الاستدامة:</strong> من يدفع ثمن المواد المستهلكة بعد السنة الأولى؟ اكتب الإجابة قبل أن تشتري أي جهاز.</li>
</ul>
<p>مساحة ابتكار ناجحة في مكتبة عامة تبدأ غالبًا بنشاط واحد منتظم يحبه الناس، ثم تتسع بالأدوات حين يكثر الطلب.</p>
<h3>السلامة والاستدامة</h3>
<p>المساحة الابتكارية تحتاج قواعد بسيطة مكتوبة ومعلقة على الحائط: من يستخدم الأدوات الحادة والكهربائية، وتحت إشراف من،
وكيف تُعاد الأدوات إلى أماكنها. ضع صندوق إسعافات أولية في مكان ظاهر، واطلب موافقة أولياء الأمور في أنشطة الأطفال.
أما الاستدامة فتأتي من المتطوعين والشركاء: طالب هندسة يدير ورشة شهرية، أو جمعية أهلية تتبرع بالخامات، أو رائد متقاعد
يعلم النجارة البسيطة. سجّل عدد الزيارات وما صنعه الرواد بالصور، فهذه الأدلة هي ما يقنع الإدارة والشركاء بالاستمرار.</p>
<p><strong>سؤال للتفكير:</strong> ما النشاط الواحد الذي يمكن أن تبدأ به مساحتك الشهر القادم بلا ميزانية جديدة؟</p>
"""))

PROPOSAL_ORDER = Block("""
<ilelln_ordering display_name="The parts of a project proposal" scoring="positions" max_attempts="3">
  <instructions>You are writing a proposal to a foundation for a makerspace corner in your library. Put the sections of the proposal in the usual order.</instructions>
  <gloss>رتّب أقسام مقترح المشروع الموجّه إلى جهة مانحة كما يتوقعها القارئ: من العنوان والملخص إلى الميزانية والاستدامة.</gloss>
  <item>Title and summary of the project</item>
  <item>The need: what we found in our community</item>
  <item>Aims and expected results</item>
  <item>Activities and timeline</item>
  <item>Partners and their roles</item>
  <item>Budget</item>
  <item>Monitoring, evaluation and sustainability</item>
</ilelln_ordering>
""")

ABSTRACT = Block("""
<ilelln_writing display_name="Write the abstract of your service proposal" min_words="100" max_words="180" min_reading_ease="20" max_attempts="0">
  <task>Write the abstract of a proposal to a foreign foundation for the new service you designed in this module (for example a makerspace corner for teenagers, or a creative space for families). Say what the problem is, who the service is for, what you will do, who your partners are and what will change.</task>
  <gloss>اكتب ملخص مقترح للخدمة التي صممتها في هذه الوحدة، موجّهًا إلى مؤسسة مانحة أجنبية: المشكلة، والفئة المستفيدة، وما ستفعله، والشركاء، والأثر المتوقع. لا تحتاج إلى تحية أو خاتمة في الملخص.</gloss>
  <check>purpose</check>
  <idea>community | users | readers | young people | teenagers | families</idea>
  <idea>partner | partnership</idea>
  <idea>impact | change | improve</idea>
</ilelln_writing>
""")

DESCRIBE = Block("""
<ilelln_speaking display_name="Describe your innovation space in one minute" max_seconds="60" max_upload_mb="3">
  <prompt>A visitor from a partner library abroad asks about the innovation space you are planning. In one minute, describe what the space will look like, who will use it, one activity that will happen there every week, and what you still need.</prompt>
  <gloss>يسألك زائر من مكتبة شريكة في الخارج عن المساحة الابتكارية التي تخطط لها. صف في دقيقة شكل المساحة، ومن سيستخدمها، ونشاطًا أسبوعيًا واحدًا، وما الذي ما زلت تحتاجه.</gloss>
  <item>I described the space (size, furniture, tools).</item>
  <item>I said who will use it.</item>
  <item>I described one weekly activity.</item>
  <item>I said what we still need.</item>
</ilelln_speaking>
""")

SERVICE_DESIGN = Block("""
<ilelln_peer_review display_name="مراجعة الأقران: تصميم خدمة مكتبية جديدة" reviews_per_submission="3" weight_received="80" weight_given="20" submission_due="2027-02-27T21:00:00Z" review_due="2027-03-06T21:00:00Z" allow_resubmission="true" allow_late="true">
  <prompt>صمّم في صفحة واحدة خدمة جديدة لمكتبتك بطريقة التفكير التصميمي: من المستفيد وما الذي لاحظته عنه؟ ما المشكلة في جملة واحدة؟ ما الفكرة التي اخترتها ولماذا؟ ما النموذج الأولي الذي ستجربه ومتى؟ ما المكان والأدوات وقواعد السلامة إن كانت مساحة ابتكارية؟ يمكنك إرفاق رسم للمكان أو صورة. ثم راجع تصاميم ثلاثة من زملائك.</prompt>
  <rubric>
    <criterion key="user" label="فهم المستفيد">
      <level points="0" label="غائب">لا يُذكر مستفيد محدد.</level>
      <level points="2" label="عام">فئة عامة دون ملاحظة أو حديث مع المستفيدين.</level>
      <level points="4" label="عميق">فئة محددة مع ملاحظات أو أقوال من مستفيدين حقيقيين.</level>
    </criterion>
    <criterion key="problem" label="صياغة المشكلة">
      <level points="0" label="غائبة">لا مشكلة واضحة.</level>
      <level points="2" label="واضحة">مشكلة مفهومة تبدأ بالمستفيد.</level>
    </criterion>
    <criterion key="prototype" label="النموذج الأولي والتجربة">
      <level points="0" label="غائب">لا نموذج أولي.</level>
      <level points="2" label="كبير">نموذج مكلف أو بعيد التنفيذ.</level>
      <level points="4" label="سريع وواقعي">نموذج صغير يمكن تجربته خلال أسبوعين بموعد محدد.</level>
    </criterion>
    <criterion key="feasibility" label="الواقعية والسلامة والاستدامة">
      <level points="0" label="غائبة">لا موارد ولا قواعد.</level>
      <level points="1" label="جزئية">موارد مذكورة دون سلامة أو استدامة.</level>
      <level points="2" label="كاملة">موارد وقواعد سلامة وخطة لما بعد السنة الأولى.</level>
    </criterion>
  </rubric>
</ilelln_peer_review>
""")

VISIT = Block("""
<ilelln_reflection display_name="تأمل الزيارة الميدانية: مساحة الابتكار للأطفال في الإسكندرية" template="custom" require_evidence="true" max_upload_mb="3">
  <intro>زيارة ميدانية إلى مكتبة عامة في حي سموحة بالإسكندرية تضم مساحة ابتكار للأطفال: ورش إلكترونيات بسيطة وبرمجة بالبطاقات وأشغال يدوية، يشرف عليها أمناء مكتبة ومتطوعون من كلية الهندسة.</intro>
  <prompt>ماذا رأيت في مساحة الابتكار للأطفال؟ صف نشاطًا واحدًا شاهدته بالتفصيل.</prompt>
  <prompt>ما الذي تعلمته عن تصميم المساحة وإدارتها: الجدول، والإشراف، والسلامة، والشراكات؟</prompt>
  <prompt>كيف ستطبق فكرة واحدة مما رأيت في مكتبتك خلال الأشهر الثلاثة القادمة؟ ومن تحتاج إلى إقناعه؟</prompt>
  <prompt>ما الدليل الذي يوثق زيارتك (صورة أو رابط)؟ ولماذا اخترته؟</prompt>
</ilelln_reflection>
""")

STEP = Page("m3-capstone-step", Text("خطوة مشروع التخرج: تصميم الخدمة", "Capstone step: design the service"), Text("""
<h3>ما المطلوب من فريقك في هذه الوحدة</h3>
<p>بعد أن جمعتم في الوحدة الثانية أدلة على حاجة المستفيدين، حان وقت تصميم الخدمة نفسها. طبقوا مراحل التفكير التصميمي
معًا، واكتبوا النتيجة في خطة العمل بمساحة الفريق.</p>
<ol>
<li>اكتبوا المشكلة في جملة واحدة تبدأ بالمستفيد، في خانة «المشكلة» من خطة العمل.</li>
<li>صفوا الفئة المستفيدة بدقة في خانة «المجتمع المستفيد»: العمر، والحي، وعدد تقريبي.</li>
<li>أضيفوا الأنشطة: النموذج الأولي، وجلسات التجربة، وجمع الملاحظات. لكل نشاط مسؤول من الفريق وموعد.</li>
<li>حددوا المؤشرات التي ستقيسون بها النجاح: عدد الحضور، أو عدد الإعارات، أو رأي المستفيدين في ثلاثة أسئلة.</li>
<li>انشروا تحديثًا يلخص قرار الفريق ولماذا اختاره، مع رابط أو صورة لرسم المكان إن وجد.</li>
</ol>
<p>إذا اختلف أعضاء الفريق على الفكرة، فعودوا إلى ميثاق الفريق: كيف اتفقتم أن تتخذوا القرارات؟ وإذا حفظ زميلان الخطة في
اللحظة نفسها، ستعرض عليكم المساحة النصين لتختاروا، فلا يضيع عمل أحد.</p>
<p><strong>نصيحة:</strong> صمموا تجربة تستطيعون تنفيذها في أربع جلسات بموارد المكتبة الحالية.</p>
"""))

MODULE = Module("m3", Text("الوحدة الثالثة: تصميم الخدمات المكتبية والمساحات الابتكارية",
                           "Module 3: Designing library services and innovation spaces"), (
    Unit("m3-overview", Text("نظرة عامة على الوحدة", "Module overview"), (OVERVIEW,)),
    Unit("m3-design", Text("التفكير التصميمي", "Design thinking"), (DESIGN,)),
    Unit("m3-spaces", Text("المساحات الابتكارية", "Innovation spaces"), (SPACES,)),
    Unit("m3-english", Text("الإنجليزية: مقترح المشروع ووصف المساحة", "English: the proposal and the space"),
         (PROPOSAL_ORDER, ABSTRACT, DESCRIBE), graded="English practice"),
    Unit("m3-peer", Text("مراجعة الأقران: تصميم الخدمة", "Peer review: the service design"), (SERVICE_DESIGN,),
         graded="Peer review"),
    Unit("m3-reflection", Text("تأمل الزيارة الميدانية", "Field visit reflection"), (VISIT,)),
    Unit("m3-capstone", Text("خطوة مشروع التخرج", "Capstone step"), (STEP,)),
))
