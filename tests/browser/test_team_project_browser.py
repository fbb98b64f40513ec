"""Two learners form a team, edit the charter and plan, meet a conflict; a peer votes; a facilitator looks in."""
from urllib.parse import quote

import pytest

from tests.browser.conftest import mark_page, not_reloaded, serious_violations
from tests.db.test_team_project_live import scenario_page

BLOCK = "[data-block-type='ilelln_team_project'] .ilelln-team-project"

TEXT = {
    "en": {"saved": "Saved. Your team sees it now.", "conflict": "A teammate saved a newer version",
           "votes": "1 recognition vote", "status": "Showcased", "ready": "Your team is ready.",
           "joined": "You joined the team.", "posted": "Update posted.", "shown": "Your showcase is visible",
           "voted": "Thank you: your vote is counted.", "commented": "Comment posted."},
    "ar": {"saved": "تم الحفظ. يراه فريقك الآن.", "conflict": "حفظ أحد زملائك نسخة أحدث",
           "votes": "صوت تقدير واحد", "status": "عُرض على الدفعة", "ready": "فريقك جاهز.",
           "joined": "انضممت إلى الفريق.", "posted": "نُشر التحديث.", "shown": "عرض مشروعكم ظاهر الآن",
           "voted": "شكرًا لك: احتُسب صوتك.", "commented": "نُشر التعليق."},
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_two_learners_plan_together_and_a_conflict_keeps_both_texts(page, workbench_url, lang):
    """Every action updates the page in place: no reload, the result announced, focus where the change is."""
    text = TEXT[lang]
    scenario_page(workbench_url, "ilelln_team_project.0")
    url = f"{workbench_url}/scenario/ilelln_team_project.0/?lang={lang}&student="
    salma, karim, mona = f"salma-{lang}", f"karim-{lang}", f"mona-{lang}"
    team_name = f"نادي القراءة مع مدرسة النصر {lang}"

    # Salma starts the team from the keyboard; her workspace replaces the ways to find a team.
    page.goto(url + salma)
    mark_page(page)
    block = page.locator(BLOCK)
    assert block.get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    block.locator(".ilelln-tp-create input").focus()
    page.keyboard.type(team_name)
    page.keyboard.press("Enter")
    block.locator(".ilelln-tp-workspace").wait_for()
    block.locator(".ilelln-tp-status").filter(has_text=text["ready"]).wait_for()
    assert block.locator(".ilelln-tp-workspace h3").evaluate("node => node === document.activeElement")
    assert team_name in block.locator(".ilelln-tp-workspace h3").inner_text()
    assert block.locator(".ilelln-tp-join").count() == 0 and not_reloaded(page)
    assert serious_violations(page) == []

    # Karim joins it in his own tab.
    other = page.context.new_page()
    other.goto(url + karim)
    mark_page(other)
    other_block = other.locator(BLOCK)
    other_block.locator(".ilelln-tp-open li").filter(has_text=team_name).locator("button").click()
    other_block.locator(".ilelln-tp-workspace").wait_for()
    other_block.locator(".ilelln-tp-status").filter(has_text=text["joined"]).wait_for()
    assert not_reloaded(other)
    page.reload()                                      # Salma's page learns of Karim the usual way
    mark_page(page)
    block = page.locator(BLOCK)

    # Both have the charter at version 1; Salma saves first, Karim's save meets the conflict.
    charter = block.locator(".ilelln-tp-charter")
    charter.locator("textarea[name=roles]").fill("سلمى: التنسيق والتواصل مع المدرسة")
    charter.locator("button[type=submit]").click()
    charter.locator(".ilelln-tp-doc-status").filter(has_text=text["saved"]).wait_for()
    assert charter.locator(".ilelln-tp-vnum").inner_text() == "2"

    their_charter = other_block.locator(".ilelln-tp-charter")
    mine = "كريم: اختيار القصص المناسبة للصف الثالث"
    their_charter.locator("textarea[name=roles]").fill(mine)
    their_charter.locator("button[type=submit]").click()
    conflict = their_charter.locator(".ilelln-tp-conflict")
    conflict.wait_for()
    assert text["conflict"] in conflict.inner_text()
    assert "سلمى: التنسيق" in conflict.locator(".ilelln-tp-theirs").inner_text()
    assert their_charter.locator("textarea[name=roles]").input_value() == mine      # his text is kept
    assert serious_violations(other) == []
    conflict.locator(".ilelln-tp-keep-mine").click()
    their_charter.locator(".ilelln-tp-doc-status").filter(has_text=text["saved"]).wait_for()
    assert their_charter.locator(".ilelln-tp-vnum").inner_text() == "3" and conflict.is_hidden()
    other.close()

    # Salma writes the plan with one activity, owner and date, and shows the project.
    plan = block.locator(".ilelln-tp-plan")
    plan.locator("textarea[name=problem]").fill("تلاميذ مدرسة النصر الابتدائية لا يزورون المكتبة")
    plan.locator(".ilelln-tp-add").click()
    row = plan.locator(".ilelln-tp-row").first
    page.keyboard.type("اللقاء الأول لنادي القراءة")                       # the new title field has focus
    row.locator("select").select_option(karim)
    row.locator("input[type=date]").fill("2026-12-10")
    plan.locator("button[type=submit]").click()
    plan.locator(".ilelln-tp-doc-status").filter(has_text=text["saved"]).wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390          # the workspace fits a phone

    # Her progress update joins the list in place; the form empties for the next one.
    updates = block.locator(".ilelln-tp-updates")
    updates.locator("textarea").fill("زرنا الصف الثالث وقرأنا قصة معًا")
    updates.locator("button").click()
    block.locator(".ilelln-tp-status").filter(has_text=text["posted"]).wait_for()
    assert "زرنا الصف الثالث" in updates.locator(".ilelln-tp-update-list").inner_text()
    assert updates.locator("textarea").input_value() == ""
    assert plan.locator(".ilelln-tp-row [name=title]").input_value() == "اللقاء الأول لنادي القراءة"  # plan kept

    show = block.locator(".ilelln-tp-showcase-form")
    show.locator("textarea").fill("انضم 18 تلميذًا إلى النادي في الشهر الأول")
    show.locator("button").click()
    block.locator(".ilelln-tp-status").filter(has_text=text["shown"]).wait_for()
    block.locator(".ilelln-tp-show").filter(has_text=team_name).wait_for()
    assert show.locator("button").evaluate("node => node === document.activeElement")
    assert not_reloaded(page)

    # Mona, from another team, votes for it once; her vote shows and the button is gone.
    page.goto(url + mona)
    mark_page(page)
    block = page.locator(BLOCK)
    card = block.locator(".ilelln-tp-show").filter(has_text=team_name)
    card.locator(".ilelln-tp-vote").click()
    card.locator(".ilelln-tp-votes strong").wait_for()
    block.locator(".ilelln-tp-status").filter(has_text=text["voted"]).wait_for()
    assert text["votes"] in card.inner_text() and card.locator(".ilelln-tp-vote").count() == 0
    assert card.locator("h4").evaluate("node => node === document.activeElement")
    # Her comment shows under the project; the text box empties and focus stays in the form.
    card.locator(".ilelln-tp-comment textarea").fill("فكرة رائعة، نريد تجربتها في مكتبتنا")
    card.locator(".ilelln-tp-comment button").click()
    block.locator(".ilelln-tp-status").filter(has_text=text["commented"]).wait_for()
    assert "فكرة رائعة" in card.locator(".ilelln-tp-comments").inner_text()
    assert card.locator(".ilelln-tp-comment textarea").input_value() == ""
    assert card.locator(".ilelln-tp-comment button").evaluate("node => node === document.activeElement")
    assert not_reloaded(page)
    assert "سلمى: التنسيق" not in page.content()                               # other teams' charter stays private
    assert page.evaluate("document.documentElement.scrollWidth") <= 390          # fits a phone
    assert serious_violations(page) == []

    # The facilitator sees every team, its status, and can open its workspace.
    page.goto(url + "facilitator")
    staff = page.locator(BLOCK).locator(".ilelln-tp-staff")
    team_row = staff.locator("tbody tr").filter(has_text=team_name)
    assert text["status"] in team_row.inner_text() and "0/1" in team_row.inner_text()     # milestones done
    team_row.locator(".ilelln-tp-detail").click()
    detail = staff.locator(".ilelln-tp-detail-view")
    detail.wait_for()
    assert mine in detail.inner_text() and "اللقاء الأول لنادي القراءة" in detail.inner_text()
    assert staff.locator(".ilelln-tp-csv").get_attribute("href")
    assert serious_violations(page) == []


PLACING = {
    "en": {"asked": "The facilitator will place you in a team.", "waiting": "You are waiting",
           "placed": "2 learners placed in teams.", "left": "You left the team."},
    "ar": {"asked": "سيضعك الميسّر في أحد الفرق.", "waiting": "أنت في الانتظار",
           "placed": "وُزّع 2 من المتعلمين على الفرق.", "left": "غادرت الفريق."},
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_waiting_grouping_and_leaving_update_the_page_in_place(page, workbench_url, lang):
    text = PLACING[lang]
    scenario_page(workbench_url, "ilelln_team_project.0")
    url = f"{workbench_url}/scenario/ilelln_team_project.0/?lang={lang}&student="
    waiting = [f"hala-{lang}", f"yusuf-{lang}"]
    for learner in waiting:
        page.goto(url + learner)
        mark_page(page)
        block = page.locator(BLOCK)
        block.locator(".ilelln-tp-pool").click()
        block.locator(".ilelln-tp-status").filter(has_text=text["asked"]).wait_for()
        assert text["waiting"] in block.locator(".ilelln-tp-join").inner_text()
        assert block.locator(".ilelln-tp-pool").count() == 0 and not_reloaded(page)

    # The facilitator groups the waiting learners; the staff table shows the new team at once.
    page.goto(url + "facilitator")
    mark_page(page)
    staff = page.locator(BLOCK).locator(".ilelln-tp-staff")
    staff.locator(".ilelln-tp-auto").click()
    page.locator(BLOCK).locator(".ilelln-tp-status").filter(has_text=text["placed"]).wait_for()
    assert staff.locator(".ilelln-tp-auto").count() == 0
    assert waiting[0] in staff.locator("tbody").inner_text() and waiting[1] in staff.locator("tbody").inner_text()
    assert staff.locator("h3").evaluate("node => node === document.activeElement")
    assert staff.locator(".ilelln-tp-csv").get_attribute("href") and not_reloaded(page)
    assert serious_violations(page) == []

    # Hala leaves her team; the ways to find one come back in place, with focus on their heading.
    page.goto(url + waiting[0])
    mark_page(page)
    block = page.locator(BLOCK)
    page.once("dialog", lambda dialog: dialog.accept())
    block.locator(".ilelln-tp-leave").click()
    block.locator(".ilelln-tp-status").filter(has_text=text["left"]).wait_for()
    block.locator(".ilelln-tp-join").wait_for()
    assert block.locator(".ilelln-tp-workspace").count() == 0
    assert block.locator(".ilelln-tp-join h3").evaluate("node => node === document.activeElement")
    assert not_reloaded(page)
    assert serious_violations(page) == []


def test_a_teammate_s_page_runs_no_script_from_a_hostile_charter_or_name(page, workbench_url):
    """Learner text that tries to end the page's script element stays text: nothing of it runs, and the
    teammate's workspace still starts and saves."""
    hostile = "</script><script>window.__pwned=1</script><!--"
    creator = "hala</script><script>window.__pwned=2</script>"
    scenario_page(workbench_url, "ilelln_team_project.0")
    url = f"{workbench_url}/scenario/ilelln_team_project.0/?student="

    page.goto(url + quote(creator, safe=""))
    block = page.locator(BLOCK)
    block.locator(".ilelln-tp-create input").fill("Team " + hostile)
    block.locator(".ilelln-tp-create button").click()
    block.locator(".ilelln-tp-workspace").wait_for()
    charter = block.locator(".ilelln-tp-charter")
    charter.locator("textarea[name=roles]").fill(hostile)
    charter.locator("button[type=submit]").click()
    charter.locator(".ilelln-tp-doc-status").filter(has_text="Saved.").wait_for()

    page.goto(url + "rami-hostile")
    page.locator(BLOCK).locator(".ilelln-tp-open li").filter(has_text="Team </script>").locator("button").click()
    block = page.locator(BLOCK)
    block.locator(".ilelln-tp-workspace").wait_for()
    page.reload()
    block = page.locator(BLOCK)
    block.locator(".ilelln-tp-workspace").wait_for()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert creator in block.locator(".ilelln-tp-workspace").inner_text()
    charter = block.locator(".ilelln-tp-charter")
    assert charter.locator("textarea[name=roles]").input_value() == hostile
    # The block's JS started with the hostile start-up data: the plan's owner list holds the hostile name.
    block.locator(".ilelln-tp-plan .ilelln-tp-add").click()
    assert creator in block.locator(".ilelln-tp-plan .ilelln-tp-row select").first.inner_text()
    charter.locator("textarea[name=agreements]").fill("We meet on Sundays.")
    charter.locator("button[type=submit]").click()
    charter.locator(".ilelln-tp-doc-status").filter(has_text="Saved.").wait_for()
    assert charter.locator(".ilelln-tp-vnum").inner_text() == "3"
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_a_right_to_left_override_in_a_title_or_name_stays_inside_it_in_the_staff_view(page, workbench_url):
    """The facilitator's view of a team's workspace isolates each learner-written title and name, so a U+202E
    in an activity title or a member's name cannot reverse the owner, the date or the update after it."""
    rlo = "\u202e"
    maker, title = f"{rlo}hala-rtl", f"{rlo}Story hour"
    scenario_page(workbench_url, "ilelln_team_project.0")
    url = f"{workbench_url}/scenario/ilelln_team_project.0/?student="
    page.goto(url + quote(maker, safe=""))
    block = page.locator(BLOCK)
    block.locator(".ilelln-tp-create input").fill("Override readers")
    block.locator(".ilelln-tp-create button").click()
    plan = block.locator(".ilelln-tp-plan")
    plan.wait_for()
    plan.locator(".ilelln-tp-add").click()
    row = plan.locator(".ilelln-tp-row").first
    row.locator("[name=title]").fill(title)
    row.locator("select").select_option(maker)
    row.locator("input[type=date]").fill("2026-12-10")
    plan.locator("button[type=submit]").click()
    plan.locator(".ilelln-tp-doc-status").filter(has_text="Saved.").wait_for()
    updates = block.locator(".ilelln-tp-update-form")
    updates.locator("textarea").fill("We met the school.")
    updates.locator("button").click()
    page.locator(BLOCK).locator(".ilelln-tp-update-list").filter(has_text="We met the school.").wait_for()

    page.goto(url + "facilitator")
    staff = page.locator(BLOCK).locator(".ilelln-tp-staff")
    staff.locator("tbody tr").filter(has_text="Override readers").locator(".ilelln-tp-detail").click()
    detail = staff.locator(".ilelln-tp-detail-view")
    detail.wait_for()
    activity = detail.locator("li").filter(has_text="Story hour")
    assert activity.locator("bdi").all_inner_texts() == [title, maker]
    assert "(2026-12-10)" in activity.inner_text()
    update = detail.locator("p").filter(has_text="We met the school.")
    assert update.locator("bdi").all_inner_texts() == [maker, "We met the school."]
