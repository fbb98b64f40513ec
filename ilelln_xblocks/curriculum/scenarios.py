"""Workbench scenarios for the curriculum blocks: module 1, ICT in libraries, in English and in Arabic."""

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


def module_overview_scenarios():
    """``(title, xml)`` pairs for the workbench."""
    return [
        ("ilelln: module overview, module 1 (English content)", f"<vertical_demo>{MODULE_1_EN}</vertical_demo>"),
        ("ilelln: module overview, module 1 (Arabic content)", f"<vertical_demo>{MODULE_1_AR}</vertical_demo>"),
    ]
