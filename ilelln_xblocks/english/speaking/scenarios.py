"""Workbench scenarios for speaking: introducing your library, and a voicemail to a partner library."""

INTRODUCE = """
<ilelln_speaking display_name="Introduce your library in one minute" max_seconds="60" max_upload_mb="3" staff_graded="true">
  <prompt>At an international webinar, each librarian has one minute to introduce their library to possible partners. Say who you are, where your library is, who uses it, and one service you are proud of. End by saying what kind of partner you are looking for.</prompt>
  <gloss>في ندوة دولية عبر الإنترنت، لكل أمين مكتبة دقيقة واحدة ليعرّف بمكتبته أمام شركاء محتملين. قل من أنت، وأين تقع مكتبتك، ومن يستخدمها، وخدمة تفخر بها، ثم اختم بنوع الشريك الذي تبحث عنه.</gloss>
  <item>I said my name, my role and my library.</item>
  <item>I described who uses the library.</item>
  <item>I gave one example of a service.</item>
  <item>I said what kind of partner we are looking for.</item>
  <item>I spoke clearly, at a steady pace.</item>
</ilelln_speaking>
"""

VOICEMAIL = """
<ilelln_speaking display_name="Leave a voicemail about an interlibrary loan" max_seconds="45" model_audio="package:audio/voicemail_interlibrary_loan.ogg">
  <prompt>You call Grace at the University of Nairobi Library, but she is not at her desk. Leave a short voicemail: say who you are, why you are calling, and how she can reach you. Listen to the model voicemail first if you like.</prompt>
  <gloss>اترك رسالة صوتية قصيرة: عرّف بنفسك، واذكر سبب الاتصال، وكيف يمكن التواصل معك. يمكنك الاستماع أولًا إلى الرسالة النموذجية.</gloss>
  <item>I greeted her and said who I am.</item>
  <item>I said why I am calling.</item>
  <item>I gave my phone number or email slowly.</item>
</ilelln_speaking>
"""


def speaking_scenarios():
    """``(title, xml)`` pairs for the workbench."""
    return [
        ("ilelln: speaking, introduce your library in one minute", f"<vertical_demo>{INTRODUCE}</vertical_demo>"),
        ("ilelln: speaking, a voicemail to a partner library", f"<vertical_demo>{VOICEMAIL}</vertical_demo>"),
    ]
