"""Workbench scenarios for the reflection journal: a field visit in Alexandria and a partnerships workshop.

Try them with several learners: ``?student=salma`` writes and shares, ``?student=ahmed`` comments
in the gallery, ``?student=facilitator`` sees every reflection and downloads the CSV.
"""

FIELD_VISIT = """
<ilelln_reflection display_name="تأمل الزيارة الميدانية: مساحة الابتكار للأطفال في الإسكندرية" template="custom" require_evidence="true" max_upload_mb="3">
  <intro>زيارة ميدانية ضمن الوحدة الثالثة (تصميم الخدمات المكتبية والمساحات الابتكارية) إلى مكتبة عامة في حي سموحة بالإسكندرية، تضم مساحة ابتكار للأطفال (ميكرسبيس) فيها طابعة ثلاثية الأبعاد وأدوات روبوتات تعليمية وركن للحكي. اكتب تأملك خلال أسبوع من الزيارة. تأملك خاص بك وبالميسّرين، ويمكنك مشاركته مع زملائك في معرض الدفعة.</intro>
  <prompt>ماذا رأيت في مساحة الابتكار للأطفال؟ صف نشاطًا واحدًا شاهدته بالتفصيل.</prompt>
  <prompt>ما الذي تعلمته عن تصميم المساحة وإدارتها: الجدول، والإشراف، والسلامة، والشراكات؟</prompt>
  <prompt>كيف ستطبق فكرة واحدة مما رأيت في مكتبتك خلال الأشهر الثلاثة القادمة؟ ومن تحتاج إلى إقناعه؟</prompt>
  <prompt>ما الدليل الذي يوثق زيارتك (صورة أو رابط أو وثيقة)؟ ولماذا اخترته؟</prompt>
</ilelln_reflection>
"""

WORKSHOP = """
<ilelln_reflection display_name="تأمل ورشة العمل: الشراكات الاستراتيجية مع المدارس والجمعيات الأهلية" template="workshop">
  <intro>ورشة عمل الوحدة الرابعة (تطوير مجتمع المستخدمين والشراكات الاستراتيجية): رسم خريطة الشركاء المحتملين لمكتبتك، وكتابة مسودة مذكرة تفاهم مع مدرسة أو جمعية أهلية قريبة. اكتب تأملك بعد الورشة مباشرة، وأضف صورة لخريطة الشركاء التي رسمتها إن أمكن.</intro>
</ilelln_reflection>
"""


def reflection_scenarios():
    """``(title, xml)`` pairs for the workbench."""
    return [
        ("ilelln: reflection, a field visit to a children's makerspace in Alexandria",
         f"<vertical_demo>{FIELD_VISIT}</vertical_demo>"),
        ("ilelln: reflection, a workshop on strategic partnerships", f"<vertical_demo>{WORKSHOP}</vertical_demo>"),
    ]
