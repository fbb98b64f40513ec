"""Workbench scenarios for ordering: the moves of an email and the signposts of a presentation."""

EMAIL_MOVES = """
<ilelln_ordering display_name="The moves of a request email" scoring="positions" max_attempts="3">
  <instructions>Put the parts of Karim's email to the University of Nairobi Library in the order a reader expects.</instructions>
  <gloss>رتّب أجزاء الرسالة كما يتوقعها القارئ الإنجليزي: التحية، ثم التعريف بالنفس، ثم الغرض، ثم الطلب، ثم الشكر، ثم الخاتمة.</gloss>
  <item>Subject: Interlibrary loan request: two titles on community health</item>
  <item>Dear Dr Mwangi,</item>
  <item>My name is Karim Hassan and I coordinate reader services at Tanta Public Library.</item>
  <item>I am writing to ask whether you could lend us two books from your community health collection.</item>
  <item>Could you let me know the loan period and whether we should cover the postage?</item>
  <item>Thank you in advance for your help.</item>
  <item>Kind regards,\nKarim Hassan</item>
</ilelln_ordering>
"""

PITCH = """
<ilelln_ordering display_name="Signposts for a project pitch" scoring="neighbours" max_attempts="0">
  <instructions>You have five minutes to present your library's new makerspace to partners. Order the signposts of your talk.</instructions>
  <gloss>عبارات الانتقال (signposts) تساعد المستمع على متابعة العرض. رتّبها من بداية العرض إلى نهايته.</gloss>
  <item>Good morning, everyone, and thank you for coming.</item>
  <item>Today I'd like to tell you about our plan for a makerspace for teenagers.</item>
  <item>First, I'll explain the need we found in our community.</item>
  <item>Moving on to the plan itself, here is what the space will offer.</item>
  <item>Finally, let's look at how you could partner with us.</item>
  <item>To sum up, a small space can change how young people use the library.</item>
  <item>I'd be happy to take any questions.</item>
</ilelln_ordering>
"""


def ordering_scenarios():
    """``(title, xml)`` pairs for the workbench."""
    return [
        ("ilelln: ordering, the moves of a request email", f"<vertical_demo>{EMAIL_MOVES}</vertical_demo>"),
        ("ilelln: ordering, signposts for a project pitch", f"<vertical_demo>{PITCH}</vertical_demo>"),
    ]
