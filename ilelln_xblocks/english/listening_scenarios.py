"""Workbench scenarios for listening: a voicemail from a partner library (audio shipped in the package)."""

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


def listening_scenarios():
    """``(title, xml)`` pairs for the workbench."""
    return [("ilelln: listening, a voicemail about an interlibrary loan", f"<vertical_demo>{VOICEMAIL}</vertical_demo>")]
