"""Workbench scenarios for peer review: an English email (phased) and a library-service action plan (continuous)."""

EMAIL = """
<ilelln_peer_review display_name="Peer review: an email proposing a joint online story hour" reviews_per_submission="2" weight_received="80" weight_given="20" max_files="2">
  <prompt>Write an email (120 to 180 words) to Ms Hannah Okafor, children's librarian at Lagos Public Library, proposing a joint online story hour for children in Cairo and Lagos during the summer reading programme. Say who you are, what you propose, why both libraries gain, and ask for a short video call next week. Then review two colleagues' emails with the rubric: be specific and kind, and suggest one improvement each time.</prompt>
  <rubric>
    <criterion key="purpose" label="Clear purpose">
      <level points="0" label="Missing">The reader cannot tell what is being proposed.</level>
      <level points="1" label="Partly clear">The proposal appears late or stays vague.</level>
      <level points="2" label="Clear">The proposal and its benefit are stated in the first paragraph.</level>
    </criterion>
    <criterion key="register" label="Professional register">
      <level points="0" label="Informal">Contractions, slang or an abrupt request.</level>
      <level points="1" label="Mixed">Mostly polite, with some informal phrases.</level>
      <level points="2" label="Professional">Polite, formal and friendly throughout.</level>
    </criterion>
    <criterion key="structure" label="Email structure">
      <level points="0" label="Parts missing">No subject, greeting, closing or signature.</level>
      <level points="1" label="One part missing">Most parts are there.</level>
      <level points="2" label="Complete">Subject, greeting, body, a request, closing and signature.</level>
    </criterion>
  </rubric>
</ilelln_peer_review>
"""

ACTION_PLAN = """
<ilelln_peer_review display_name="مراجعة الأقران: خطة عمل لخدمة مكتبية جديدة" continuous="true" reviews_per_submission="2" weight_received="70" weight_given="30">
  <prompt>اكتب خطة عمل مختصرة (صفحة واحدة) لخدمة جديدة ستطلقها في مكتبتك خلال الأشهر الثلاثة القادمة، مثل نادٍ للبرمجة للفتيات أو ركن لمحو الأمية الرقمية لكبار السن. صف المشكلة والفئة المستفيدة، والأنشطة ومن ينفذها ومواعيدها، والشركاء، وكيف ستقيس الأثر. أرفق صورة للمكان أو رابطًا إن وجد. بعد الإرسال اطلب أعمال زملائك وراجع اثنين منها على الأقل.</prompt>
  <rubric>
    <criterion key="problem" label="المشكلة والفئة المستفيدة">
      <level points="0" label="غائبة">لا تُذكر حاجة محددة ولا فئة بعينها.</level>
      <level points="2" label="عامة">الحاجة مذكورة لكن الفئة غير محددة أو بلا دليل.</level>
      <level points="4" label="واضحة">حاجة حقيقية لفئة محددة مدعومة بملاحظة أو رقم من المكتبة.</level>
    </criterion>
    <criterion key="activities" label="الأنشطة والمسؤوليات والمواعيد">
      <level points="0" label="غائبة">لا أنشطة محددة.</level>
      <level points="2" label="جزئية">أنشطة بلا مسؤول أو بلا مواعيد.</level>
      <level points="4" label="كاملة">لكل نشاط مسؤول وموعد واقعي.</level>
    </criterion>
    <criterion key="partners" label="الشركاء والموارد">
      <level points="0" label="غائبة">لا شركاء ولا موارد.</level>
      <level points="1" label="مذكورة">شركاء أو موارد مذكورة دون دور واضح.</level>
      <level points="2" label="محددة">لكل شريك دور وموارد متفق عليها.</level>
    </criterion>
    <criterion key="impact" label="قياس الأثر">
      <level points="0" label="غائب">لا يُقاس شيء.</level>
      <level points="1" label="عام">مؤشرات عامة مثل «زيادة الإقبال».</level>
      <level points="2" label="قابل للقياس">مؤشر رقمي وطريقة لجمعه.</level>
    </criterion>
  </rubric>
</ilelln_peer_review>
"""


def peer_review_scenarios():
    """``(title, xml)`` pairs for the workbench."""
    return [
        ("ilelln: peer review, an English email (phased)", f"<vertical_demo>{EMAIL}</vertical_demo>"),
        ("ilelln: peer review, a library-service action plan (continuous)",
         f"<vertical_demo>{ACTION_PLAN}</vertical_demo>"),
    ]
