"""Workbench scenario for vocabulary: twelve terms every public librarian uses with partners abroad."""
from ...course.content.fixtures import vocabulary_olx

TERMS = [
    ("interlibrary loan", "الإعارة بين المكتبات", "Borrowing an item from another library for one of your readers.",
     "We asked the University of Nairobi for the book through interlibrary loan."),
    ("call number", "رقم الطلب", "The code on the spine that shows where a book stands on the shelf.",
     "The call number 025.04 tells you the book is about information retrieval."),
    ("circulation desk", "مكتب الإعارة", "The desk where readers borrow and return items.",
     "Please return the laptop to the circulation desk before six."),
    ("catalogue", "الفهرس", "The list of everything the library holds, usually searchable online.",
     "You can search our catalogue from your phone."),
    ("periodical", "الدورية", "A magazine or journal published at regular intervals.",
     "Recent issues of periodicals cannot be borrowed."),
    ("reference service", "الخدمة المرجعية", "Help from a librarian to find information or answer a question.",
     "Our reference service answers questions by chat every evening."),
    ("open access", "الوصول الحر", "Research that anyone can read online free of charge.",
     "Most of the articles she needed were open access."),
    ("digital repository", "المستودع الرقمي", "An online archive that keeps and shares an institution's documents.",
     "The theses are deposited in the university's digital repository."),
    ("makerspace", "المساحة الابتكارية", "A room where people make, build and learn together with tools.",
     "Teenagers use the makerspace to build robots on Saturdays."),
    ("outreach", "التواصل المجتمعي", "Activities that bring library services to people outside the building.",
     "Our outreach team visits three village schools every month."),
    ("stakeholder", "صاحب المصلحة", "A person or group affected by a project or able to influence it.",
     "We invited every stakeholder, from parents to the mayor, to the planning meeting."),
    ("information literacy", "محو الأمية المعلوماتية", "The ability to find, judge and use information well.",
     "Our information literacy workshop teaches students to check sources."),
]


LIBRARY_TERMS = vocabulary_olx("Library vocabulary: working with partners", TERMS)


def vocabulary_scenarios():
    """``(title, xml)`` pairs for the workbench."""
    return [("ilelln: vocabulary, library terms in English and Arabic", f"<vertical_demo>{LIBRARY_TERMS}</vertical_demo>")]
