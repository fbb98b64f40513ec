"""Workbench scenarios for the competency check: the start and end checks, in Arabic and in English."""
from ...course.content.fixtures import COMPETENCIES_AR, COMPETENCIES_EN, SCALE_AR, competency_check_olx


def competency_check_scenarios():
    """Start and end checks side by side, so a learner can rate twice and see the growth chart."""
    arabic = (
        competency_check_olx("start", "programme-ar", COMPETENCIES_AR, SCALE_AR, "التقييم الذاتي للكفايات: بداية البرنامج",
                          "قيّم نفسك بصدق في كل كفاية. لا درجات هنا: ستقارن تقييمك في نهاية البرنامج بهذه البداية.")
        + competency_check_olx("end", "programme-ar", COMPETENCIES_AR, SCALE_AR, "التقييم الذاتي للكفايات: نهاية البرنامج",
                            "أعد تقييم نفسك الآن، ثم انظر كيف تطورت كل كفاية منذ بداية البرنامج.")
    )
    english = (
        competency_check_olx("start", "programme-en", COMPETENCIES_EN, None, "Competency self-assessment: start",
                          "Rate yourself honestly on each competency. There is no grade: at the end of the programme "
                          "you will compare your new ratings with these.")
        + competency_check_olx("end", "programme-en", COMPETENCIES_EN, None, "Competency self-assessment: end",
                            "Rate yourself again now, then see how each competency has grown since the start.")
    )
    return [
        ("ilelln: competency check, start and end (Arabic content)", f"<vertical_demo>{arabic}</vertical_demo>"),
        ("ilelln: competency check, start and end (English content)", f"<vertical_demo>{english}</vertical_demo>"),
    ]
