"""Workbench scenarios for the team project: a library reading club run with a nearby primary school.

Try it with several learners: ``?student=salma``, ``?student=karim``, ``?student=mona`` form
or join teams; ``?student=facilitator`` sees every team and groups those still waiting.
"""

READING_CLUB = """
<ilelln_team_project display_name="مشروع الفريق: نادي قراءة مع مدرسة ابتدائية مجاورة" team_size="4" ratings_open="true">
  <brief>صمّموا مع فريقكم خدمة مكتبية جديدة ونفّذوها في مكتباتكم: نادي قراءة أسبوعي تديره المكتبة العامة بالشراكة مع مدرسة ابتدائية قريبة لتلاميذ الصفين الثالث والرابع. اتفقوا أولًا على ميثاق الفريق (الأدوار وقواعد العمل)، ثم اكتبوا خطة العمل: المشكلة التي تعالجها الخدمة، والفئة المستفيدة، والشركاء (إدارة المدرسة، أولياء الأمور، دار نشر محلية)، والأنشطة بمسؤول وتاريخ لكل نشاط. انشروا تحديثًا بعد كل لقاء مع رابط دليل (صور، كشف حضور، استبيان)، ثم اعرضوا مشروعكم على الدفعة في نهاية الوحدة الخامسة وصوّتوا لمشروع فريق آخر.</brief>
  <role>منسّق الفريق — يتابع الخطة والمواعيد</role>
  <role>مسؤول الشراكة مع المدرسة — يتواصل مع المديرة والمعلمين</role>
  <role>أمين مجموعة القصص — يختار الكتب المناسبة لكل عمر</role>
  <role>مسؤول التوثيق والتقييم — يجمع الأدلة ويكتب التحديثات</role>
</ilelln_team_project>
"""

MAKERSPACE = """
<ilelln_team_project display_name="Team project: a makerspace corner for teenagers" team_size="3" ratings_open="false">
  <brief>Design a small makerspace corner for teenagers in your library (robotics kits, a 3D pen, craft materials) and run a four-week pilot with a youth centre. Agree your charter, plan the activities with owners and dates, post an update after each session with evidence, then show the pilot to the cohort.</brief>
  <role>Coordinator</role>
  <role>Partnership lead (youth centre)</role>
  <role>Equipment and safety</role>
</ilelln_team_project>
"""


def team_project_scenarios():
    """``(title, xml)`` pairs for the workbench."""
    return [
        ("ilelln: team project, a reading club with a primary school",
         f"<vertical_demo>{READING_CLUB}</vertical_demo>"),
        ("ilelln: team project, a makerspace corner (English)", f"<vertical_demo>{MAKERSPACE}</vertical_demo>"),
    ]
