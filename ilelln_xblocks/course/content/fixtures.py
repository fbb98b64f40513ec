"""Course content the blocks' workbench scenarios share: module 1's overview, the competencies, the voicemail and
the vocabulary card set's OLX. Plain data: it imports no block."""

MODULE_1_EN = """
<ilelln_module_overview display_name="Module 1 overview" module_number="1" module_title="ICT in libraries">
  <introduction>Most of the questions your readers bring today start on a phone. This module looks at the \
information and communication technology a public library needs to answer them: a reliable network, an \
integrated library system, digital collections and the skills of the staff who run them.

You will audit the technology of your own library, compare it with a partner library, and draft a \
small plan for the next twelve months.</introduction>
  <objective>Describe the ICT infrastructure of a public library: network, devices, library system and web services.</objective>
  <objective>Audit your own library's technology against the needs of its users.</objective>
  <objective>Choose open-source tools for cataloguing, digital collections and user services.</objective>
  <objective>Write a twelve-month ICT improvement plan with costs and priorities.</objective>
  <competency>Digital and technological skills</competency>
  <competency>Planning and evaluating library services</competency>
  <deliverable>ICT audit of your library (template provided), uploaded before the workshop</deliverable>
  <deliverable>Twelve-month ICT improvement plan, shared with your team for peer review</deliverable>
  <deliverable>A reflection on the field visit to the digital services department</deliverable>
  <session kind="workshop" start="2026-12-06 10:00 Africa/Cairo" place="Cairo Public Library, Training Hall 2">Mapping your library's ICT needs</session>
  <session kind="seminar" start="2026-12-09 18:00 Africa/Cairo" place="https://meet.example.org/ilelln-ict">Open-source library systems: Koha and beyond</session>
  <session kind="field_visit" start="2026-12-13 09:30 Africa/Cairo" place="Bibliotheca Alexandrina, Digital services department">How a national library runs its digital services</session>
</ilelln_module_overview>
"""

MODULE_1_AR = """
<ilelln_module_overview display_name="نظرة عامة على الوحدة الأولى" module_number="1" \
module_title="تكنولوجيا المعلومات والاتصالات في المكتبات">
  <introduction>تبدأ معظم أسئلة روّاد المكتبة اليوم من الهاتف المحمول. تتناول هذه الوحدة ما تحتاجه المكتبة العامة \
من تكنولوجيا المعلومات والاتصالات للإجابة عنها: شبكة موثوقة، ونظام آلي متكامل للمكتبة (ILS)، ومجموعات رقمية، \
ومهارات العاملين الذين يديرون ذلك كله.

ستُجري تقييمًا لتكنولوجيا مكتبتك، وتقارنها بمكتبة شريكة، ثم تُعِدّ خطة صغيرة للأشهر الاثني عشر القادمة.</introduction>
  <objective>أن تصف البنية التحتية لتكنولوجيا المعلومات في المكتبة العامة: الشبكة والأجهزة ونظام المكتبة والخدمات على الويب.</objective>
  <objective>أن تقيّم تكنولوجيا مكتبتك في ضوء احتياجات المستفيدين.</objective>
  <objective>أن تختار أدوات مفتوحة المصدر للفهرسة والمجموعات الرقمية وخدمات المستفيدين، مثل Koha وDSpace.</objective>
  <objective>أن تكتب خطة لتطوير تكنولوجيا المعلومات لمدة اثني عشر شهرًا تحدد التكاليف والأولويات.</objective>
  <competency>المهارات الرقمية والتكنولوجية</competency>
  <competency>تخطيط الخدمات المكتبية وتقييمها</competency>
  <deliverable>تقييم تكنولوجيا المعلومات في مكتبتك (النموذج مرفق)، يُرفع قبل ورشة العمل</deliverable>
  <deliverable>خطة تطوير تكنولوجيا المعلومات لاثني عشر شهرًا، تُشارَك مع فريقك للمراجعة</deliverable>
  <deliverable>تأمل مكتوب عن الزيارة الميدانية لإدارة الخدمات الرقمية</deliverable>
  <session kind="workshop" start="2026-12-06 10:00 Africa/Cairo" place="مكتبة القاهرة العامة، قاعة التدريب 2">رسم خريطة احتياجات مكتبتك من التكنولوجيا</session>
  <session kind="seminar" start="2026-12-09 18:00 Africa/Cairo" place="https://meet.example.org/ilelln-ict">أنظمة المكتبات مفتوحة المصدر: Koha وما بعده</session>
  <session kind="field_visit" start="2026-12-13 09:30 Africa/Cairo" place="مكتبة الإسكندرية، إدارة الخدمات الرقمية">كيف تدير مكتبة وطنية خدماتها الرقمية</session>
</ilelln_module_overview>
"""


COMPETENCIES_AR = [
    ("ict-audit", "الوحدة 1: تكنولوجيا المعلومات والاتصالات في المكتبات",
     "أستطيع تقييم تكنولوجيا مكتبتي في ضوء احتياجات المستفيدين"),
    ("open-source", "الوحدة 1: تكنولوجيا المعلومات والاتصالات في المكتبات",
     "أستطيع اختيار أدوات مفتوحة المصدر مناسبة، مثل Koha وDSpace"),
    ("knowledge-sharing", "الوحدة 2: إدارة المعرفة والبحث العلمي",
     "أستطيع تصميم طريقة لتبادل المعرفة بين زملائي في المكتبة"),
    ("research-support", "الوحدة 2: إدارة المعرفة والبحث العلمي",
     "أستطيع إرشاد الباحثين إلى مصادر موثوقة وأدوات إدارة المراجع"),
    ("service-design", "الوحدة 3: تصميم الخدمات المكتبية والمساحات الابتكارية",
     "أستطيع تصميم خدمة جديدة انطلاقًا من احتياجات المستفيدين"),
    ("makerspace", "الوحدة 3: تصميم الخدمات المكتبية والمساحات الابتكارية",
     "أستطيع التخطيط لمساحة ابتكارية (Makerspace) بميزانية محدودة"),
    ("partnerships", "الوحدة 4: تطوير مجتمع المستخدمين والشراكات الاستراتيجية",
     "أستطيع بناء شراكة مع مدرسة أو جمعية محلية وإدارتها"),
    ("leading-change", "الوحدة 5: القيادة والابتكار في المكتبات",
     "أستطيع قيادة فريق صغير خلال تغيير في خدمات المكتبة"),
    ("english-email", "التواصل المهني باللغة الإنجليزية",
     "أستطيع كتابة بريد إلكتروني مهني بالإنجليزية إلى مكتبة شريكة"),
]

COMPETENCIES_EN = [
    ("ict-audit", "Module 1: ICT in libraries", "I can audit my library's technology against its users' needs"),
    ("open-source", "Module 1: ICT in libraries", "I can choose suitable open-source tools such as Koha and DSpace"),
    ("knowledge-sharing", "Module 2: Knowledge management and research",
     "I can design a way for colleagues in my library to share what they know"),
    ("service-design", "Module 3: Library services and innovation spaces",
     "I can design a new service starting from what users need"),
    ("partnerships", "Module 4: User community and strategic partnerships",
     "I can build and run a partnership with a local school or association"),
    ("leading-change", "Module 5: Leadership and innovation", "I can lead a small team through a change in services"),
    ("english-email", "Professional English", "I can write a professional email in English to a partner library"),
]

SCALE_AR = ["لم أبدأ بعد", "مبتدئ", "في طور التطور", "واثق", "أستطيع تعليمه لغيري"]


def competency_check_olx(phase, key, items, scale=None, title="", introduction=""):
    groups = {}
    for item_key, module, statement in items:
        groups.setdefault(module, []).append(f'<competency key="{item_key}">{statement}</competency>')
    body = "".join(f'<group module="{module}">{"".join(members)}</group>' for module, members in groups.items())
    levels = "".join(f"<level>{label}</level>" for label in scale or [])
    return (
        f'<ilelln_competency_check display_name="{title}" assessment="{key}" phase="{phase}">'
        f"<introduction>{introduction}</introduction>{levels}{body}</ilelln_competency_check>"
    )


TRANSCRIPT = (
    "Hello, this is Grace from the University of Nairobi Library. I am calling about your interlibrary loan "
    "request. The two books are ready to send. The loan period is four weeks, and we will post them on Monday "
    "the fifteenth. Please confirm your postal address by email. Thank you, and goodbye."
)

VOICEMAIL = f"""
<ilelln_listening display_name="Listening: a voicemail about an interlibrary loan" media_url="package:audio/voicemail_interlibrary_loan.ogg" transcript_rule="after" max_attempts="2">
  <instructions>Salma finds this voicemail from a partner library on her phone. Listen (slow it down if you need to), answer the questions, then write down the sentence about the loan period.</instructions>
  <gloss>تجد سلمى هذه الرسالة الصوتية من مكتبة شريكة. استمع (يمكنك إبطاء السرعة)، ثم أجب عن الأسئلة، ثم اكتب الجملة الخاصة بمدة الإعارة كما تسمعها.</gloss>
  <transcript>{TRANSCRIPT}</transcript>
  <questions>
? single | Who is calling?
+ A librarian from the University of Nairobi Library
- A reader who wants to borrow books
- A courier company
? multiple | What does Grace say? Choose all that are true.
+ The two books are ready to send.
+ The loan period is four weeks.
- The books will arrive on Monday.
- Salma should call her back.
? short | How should Salma confirm her postal address?
= by email
= email
! with email => We say "by email", as "by post" and "by phone".
  </questions>
  <dictation>The loan period is four weeks, and we will post them on Monday the fifteenth.</dictation>
</ilelln_listening>
"""


INSTRUCTIONS = ("Study the cards (press Listen to hear each term), practise matching, then take the test: "
                "type the English term for each meaning.")


def vocabulary_olx(display_name, terms, max_attempts=2):
    """OLX of a vocabulary set from ``(word, gloss, definition, example)`` tuples."""
    cards = "".join(f'<term word="{word}" gloss="{gloss}"><definition>{definition}</definition>'
                    f"<example>{example}</example></term>" for word, gloss, definition, example in terms)
    return (f'<ilelln_vocabulary display_name="{display_name}" max_attempts="{max_attempts}">'
            f"<instructions>{INSTRUCTIONS}</instructions>{cards}</ilelln_vocabulary>")
