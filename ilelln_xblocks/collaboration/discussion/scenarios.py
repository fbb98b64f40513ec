"""Workbench scenarios for the discussion board: makerspace ideas (Module 3) and knowledge sharing (Module 2).

Open a scenario as several learners with ``?student=NAME`` (``staff`` or ``facilitator`` moderates).
"""

MAKERSPACE = """
<ilelln_discussion display_name="شارك فكرة لمساحة ابتكار في مكتبتك (الوحدة 3)" scope="team" anonymity="optional" edit_minutes="30" required_threads="1" required_replies="2" page_size="10">
  <prompt>صف في موضوع جديد فكرة لمساحة ابتكار (مختبر صناعة أو ركن إبداعي) يمكن أن تبدأها مكتبتك خلال ستة أشهر: من الفئة المستفيدة؟ ما الأدوات أو الأنشطة الأولى (طابعة ثلاثية الأبعاد، إلكترونيات بسيطة، تصوير وإنتاج فيديو، أشغال يدوية)؟ ما الشريك المحلي الذي قد يدعمها، وكم تقدّر تكلفتها؟ ثم رُدّ على فكرتين لزميلين: اقترح تحسينًا واحدًا أو مصدر تمويل أو شريكًا لكل منهما. ضع علامة «مفيد» أو «ملهم» على الأفكار التي ستستفيد منها في مشروعك.</prompt>
  <tag>مساحة ابتكار</tag>
  <tag>الأطفال</tag>
  <tag>الشباب</tag>
  <tag>ميزانية محدودة</tag>
  <tag>شراكات</tag>
</ilelln_discussion>
"""

KNOWLEDGE = """
<ilelln_discussion display_name="لوحة تبادل المعرفة: مصادر وأدوات للبحث العلمي (الوحدة 2)" scope="cohort" anonymity="off" edit_minutes="60" required_threads="1" required_replies="1" page_size="20">
  <prompt>شارك زملاءك مصدرًا أو أداة أو ممارسة جرّبتها في إدارة المعرفة أو دعم الباحثين في مكتبتك: مستودع رقمي، أو أداة لإدارة المراجع (مثل Zotero)، أو قاعدة بيانات مفتوحة الوصول، أو طريقة لتوثيق خبرة الزملاء قبل تقاعدهم. اكتب ما هي، وكيف استخدمتها، وما الذي تعلمته. اقرأ مشاركات زملائك وأضف ردًا يضيف مصدرًا أو تجربة.</prompt>
  <tag>إدارة المعرفة</tag>
  <tag>البحث العلمي</tag>
  <tag>الوصول المفتوح</tag>
  <tag>أدوات رقمية</tag>
</ilelln_discussion>
"""


def discussion_scenarios():
    """``(title, xml)`` pairs for the workbench."""
    return [
        ("ilelln: discussion, sharing a makerspace idea (Module 3)", f"<vertical_demo>{MAKERSPACE}</vertical_demo>"),
        ("ilelln: discussion, a knowledge-sharing board (Module 2)", f"<vertical_demo>{KNOWLEDGE}</vertical_demo>"),
    ]
