"""Workbench scenarios for professional writing: a request email and a proposal abstract."""

EMAIL = """
<ilelln_writing display_name="Write to a partner library: an interlibrary loan request" min_words="60" max_words="220" max_misspellings="2" min_reading_ease="30" max_attempts="3">
  <task>You are Salma Abdelrahman, reference librarian at Mansoura Public Library. Write an email to Ms Grace Wanjiru at the University of Nairobi Library. Ask whether she could lend you two books on community health through interlibrary loan, ask about the loan period and the postage, and thank her.</task>
  <gloss>اكتب رسالة بريد إلكتروني رسمية: سطر الموضوع، ثم التحية (Dear Ms Wanjiru,)، ثم الغرض من الرسالة، ثم الطلب بصيغة مهذبة (Could you…?)، ثم الشكر والخاتمة (Kind regards,) واسمك. تجنب الاختصارات مثل I'm وasap.</gloss>
  <check>subject</check><check>greeting</check><check>purpose</check><check>request</check><check>closing</check><check>signature</check>
  <idea>interlibrary loan</idea>
  <idea>loan period | how long we can keep</idea>
  <idea>postage | shipping | courier</idea>
  <idea>thank you | thanks | grateful</idea>
  <word>Mansoura</word><word>Wanjiru</word><word>Abdelrahman</word>
</ilelln_writing>
"""

ABSTRACT = """
<ilelln_writing display_name="Proposal abstract: a new library service" min_words="100" max_words="180" min_reading_ease="20" max_attempts="0">
  <task>Write the abstract of a proposal for a new service in your library (for example a makerspace for teenagers or a mobile library for villages) to a foreign foundation. Say what the problem is, who the service is for, what you will do, and what will change.</task>
  <gloss>ملخص مقترح مشروع لجهة مانحة أجنبية: المشكلة، والفئة المستهدفة، وما ستفعله، والأثر المتوقع. لا حاجة إلى تحية أو خاتمة في الملخص.</gloss>
  <check>purpose</check>
  <idea>community | users | readers</idea>
  <idea>partner | partnership</idea>
  <idea>impact | change | improve</idea>
</ilelln_writing>
"""


def writing_scenarios():
    """``(title, xml)`` pairs for the workbench."""
    return [
        ("ilelln: writing, an interlibrary loan request email", f"<vertical_demo>{EMAIL}</vertical_demo>"),
        ("ilelln: writing, a proposal abstract", f"<vertical_demo>{ABSTRACT}</vertical_demo>"),
    ]
