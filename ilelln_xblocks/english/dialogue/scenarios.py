"""Workbench scenarios for role-play dialogues: an interlibrary-loan phone call and conference networking."""

PHONE_CALL = """
<ilelln_dialogue display_name="Phone call: asking for an interlibrary loan" max_attempts="0" scoring_rule="best">
  <situation>You are Karim Hassan, reader-services coordinator at Tanta Public Library in Egypt. You call the University of Nairobi Library to ask whether they could lend you two books on community health.</situation>
  <gloss>أنت كريم حسن، منسق خدمات القراء في مكتبة طنطا العامة. تتصل بمكتبة جامعة نيروبي لتطلب إعارة كتابين عن الصحة المجتمعية. اختر الرد الأنسب من حيث الأدب والوضوح ومستوى الرسمية.</gloss>
  <conversation>
# greeting | Librarian
Good morning, University of Nairobi Library, Grace speaking. How can I help you?
~ صباح الخير، مكتبة جامعة نيروبي، معك غريس. كيف أساعدك؟
> purpose | 2 | Good morning, Grace. This is Karim Hassan from Tanta Public Library in Egypt. | Polite and complete: you greet her by name and say who you are and where you are calling from.
> purpose | 1 | Hello. I am Karim. | Polite, but she does not know where you are calling from. Add your library and country.
> confused | 0 | Yes, hello, I want to borrow books from you. | Too direct for the first sentence of a call: greet, then introduce yourself before you ask for anything.

# purpose | Librarian
Nice to hear from you, Karim. What can I do for you today?
> details | 2 | I'm calling to ask whether you could lend us two titles through interlibrary loan. | Clear purpose with a polite indirect question ("whether you could"): exactly the register of a professional call.
> details | 1 | Can you send us two books? | Understandable, but "Can you send" sounds abrupt. "Could you" or "I'm calling to ask whether" is more polite.
> confused | 0 | We need books about health, you have many. | Not a full question, and it sounds like a demand. Say what you are asking for in a polite sentence.

# confused | Librarian
I'm sorry, I didn't quite follow. Could you tell me who you are and what you need?
~ عذرًا، لم أفهم تمامًا. هل يمكنك أن تخبرني من أنت وماذا تحتاج؟
> details | 1 | Of course, sorry. I'm Karim Hassan from Tanta Public Library, and I'd like to ask about an interlibrary loan. | A good recovery: you apologise briefly and start again clearly.
> abrupt | 0 | Books. Health books. | Single words do not help on the phone. Use a full sentence and say who you are.

# details | Librarian
Certainly. Do you have the titles and the call numbers?
> email | 2 | Yes, I do. Would it be easier if I sent them to you by email? | Helpful and polite: you offer the information in the easiest form for her.
> email | 1 | Yes. The first one is "Community Health in East Africa". | Fine, but titles are hard to note down on the phone. Offering an email is kinder.

# email | Librarian
Yes, please send them to ill@uonbi.example.ac.ke. We'll reply within three working days.
> thanks | 2 | Thank you very much, Grace. I'll send the list this afternoon. Have a good day! | A warm, professional close: you thank her, confirm the next step and say goodbye.
> thanks | 1 | OK, thanks. Bye. | Correct, but very short for a first contact. Confirm the next step and thank her properly.

# abrupt | Librarian | end
I'm afraid I can't help without more details. Perhaps you could write to us by email. Goodbye.

# thanks | Librarian | end
You're welcome, Karim. Speak soon. Goodbye!
  </conversation>
</ilelln_dialogue>
"""

NETWORKING = """
<ilelln_dialogue display_name="Networking at a conference coffee break" max_attempts="3" scoring_rule="last">
  <situation>At the IFLA conference coffee break, a librarian from Finland is standing next to you. You would like to learn about her library's makerspace and keep in touch.</situation>
  <gloss>في استراحة القهوة بمؤتمر الإفلا تقف بجانبك أمينة مكتبة من فنلندا. تريد أن تتعرف على المساحة الابتكارية في مكتبتها وأن تبقى على تواصل معها.</gloss>
  <conversation>
# open | Aino
(smiles) Great session this morning, wasn't it?
> talk | 2 | It really was. I'm Hoda, from Alexandria Public Library. Which library are you from? | Friendly small talk: you agree, introduce yourself and ask an open question.
> talk | 1 | Yes. | Polite but it ends the conversation. Add a question to keep it going.

# talk | Aino
I'm Aino, from Oodi, the central library in Helsinki. We run a large makerspace.
> ask | 2 | That's fascinating. How do teenagers use it? We're planning one for our readers. | Shows interest and connects her work to yours: a good networking move.
> ask | 0 | Send me all your documents about it. | Much too direct with someone you have just met. Ask about her experience first.

# ask | Aino
Mostly 3D printing and music recording. Happy to share what we've learned!
> close | 2 | Thank you! Could I have your card? I'd love to stay in touch. | A polite request and a clear reason to keep in touch.
> close | 1 | OK, give me your email. | The aim is right, but "give me" is too direct. "Could I have your email?" is polite.

# close | Aino | end
Of course, here you are. Let's talk again at the closing reception!
  </conversation>
</ilelln_dialogue>
"""


def dialogue_scenarios():
    """``(title, xml)`` pairs for the workbench."""
    return [
        ("ilelln: dialogue, phone call about an interlibrary loan", f"<vertical_demo>{PHONE_CALL}</vertical_demo>"),
        ("ilelln: dialogue, networking at a conference", f"<vertical_demo>{NETWORKING}</vertical_demo>"),
    ]
