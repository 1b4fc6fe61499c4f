"""The dashboard in a real browser: map, timeline, filters, incident page, review, XSS."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Page, expect

from api.samples import XSS

pytestmark = pytest.mark.browser


def open_dashboard(page: Page, server, query: str = "lang=en") -> None:
    page.goto(f"{server.url}/?{query}")
    page.wait_for_selector("body[data-updates]")


def azaz_incident_id(page: Page, server) -> int:
    data = page.request.get(f"{server.url}/api/incidents?q=اعزاز").json()
    return data["items"][0]["id"]


def test_map_draws_boundaries_and_a_marker_per_event(page: Page, server, watched) -> None:
    open_dashboard(page, server)
    expect(page.locator("path.boundary")).to_have_count(14)
    expect(page.locator("path.event-marker")).to_have_count(5)
    page.locator("path.event-marker").first.click(force=True)
    expect(page.locator(".leaflet-popup-content .popup")).to_be_visible()
    assert "UN OCHA Syria" in page.locator(".leaflet-control-attribution").inner_text()
    assert watched.errors == []


def test_timeline_draws_a_bar_per_day_with_its_counts(page: Page, server, watched) -> None:
    open_dashboard(page, server)
    expect(page.locator("rect.bar-events")).to_have_count(4)  # four days with events
    killed = page.locator('rect.bar-killed[data-date="2024-03-01"]')
    expect(killed).to_have_attribute("data-value", "17")  # two reports, one incident
    assert page.locator('rect.bar-events[data-date="2024-03-01"]').get_attribute("data-value") == "2"
    assert watched.errors == []


def test_a_filter_changes_the_map_the_timeline_and_the_list(page: Page, server) -> None:
    open_dashboard(page, server)
    expect(page.locator("#event-table tbody tr")).to_have_count(5)
    page.select_option("select[name=admin1]", "Idleb")
    expect(page.locator("path.event-marker")).to_have_count(1)
    expect(page.locator("rect.bar-events")).to_have_count(1)
    expect(page.locator("#event-table tbody tr")).to_have_count(1)
    expect(page.locator("#event-table tbody")).to_contain_text("خان شيخون")
    assert "admin1=Idleb" in page.url
    # the filter lives in the URL: reloading keeps it
    page.reload()
    page.wait_for_selector("body[data-updates]")
    expect(page.locator("path.event-marker")).to_have_count(1)


def test_clicking_a_day_filters_to_that_day(page: Page, server) -> None:
    open_dashboard(page, server)
    page.locator('rect.bar-events[data-date="2024-03-03"]').click()
    expect(page.locator("input[name=from]")).to_have_value("2024-03-03")
    expect(page.locator("path.event-marker")).to_have_count(1)


def test_text_search_finds_any_hamza_spelling(page: Page, server) -> None:
    open_dashboard(page, server)
    page.fill("input[name=q]", "اعزاز")
    page.press("input[name=q]", "Enter")
    expect(page.locator("path.event-marker")).to_have_count(2)


def test_incident_page_highlights_the_words_behind_every_field(page: Page, server, watched) -> None:
    incident_id = azaz_incident_id(page, server)
    page.goto(f"{server.url}/incidents/{incident_id}?lang=en")
    reports = page.locator("article.report")
    expect(reports).to_have_count(2)
    expect(page.locator(".figure-killed-low")).to_have_text("17")
    expect(page.locator(".figure-killed-high")).to_have_text("20")
    killed = page.locator("mark[data-field=killed]")
    assert sorted(killed.all_inner_texts()) == ["17", "20"]
    expect(page.locator("mark[data-field=perpetrators]")).to_have_text("الطيران الروسي")
    expect(page.locator('mark[data-field=location][data-label="place"]')).to_have_count(2)
    # the evidence sentences are emphasised, the unrelated sentence is not
    evidence = " ".join(page.locator(".report .evidence").all_inner_texts())
    assert "وأصيب" in evidence and "جنيف" not in evidence
    # highlighting never changes the text: it is the document's, character for character
    sky = page.request.get(f"{server.url}/api/documents/sky-1").json()
    text = page.locator('article.report:has(mark[data-field=injured]) .article-text').text_content()
    assert text == sky["text"]
    assert page.locator(".article-text").first.get_attribute("dir") == "rtl"
    assert watched.errors == []


def test_a_review_edit_is_saved_and_shown_in_the_audit_log(page: Page, server, watched) -> None:
    incident_id = azaz_incident_id(page, server)
    page.goto(f"{server.url}/incidents/{incident_id}?lang=en")
    expect(page.locator(".review")).to_contain_text("Enter a reviewer token")
    expect(page.locator(".audit-empty")).to_be_visible()
    page.fill("#token-input", server.reviewer_token)
    page.click("#token-form button[type=submit]")

    form = page.locator("#correct-form")
    sky_event = page.locator("article.report:has(mark[data-field=injured])").get_attribute("data-event-id")
    form.locator("select[name=event]").select_option(sky_event)
    form.locator("select[name=field]").select_option("killed")
    form.locator("input[name=value]").fill("25")
    form.locator("button[type=submit]").click()

    row = page.locator(".audit-table tbody tr").first
    expect(row).to_contain_text("rania")
    expect(row).to_contain_text("killed")
    expect(row).to_contain_text("25")
    expect(page.locator(".figure-killed-high")).to_have_text("25")
    saved = page.request.get(f"{server.url}/api/events/{sky_event}").json()
    assert saved["killed"] == 25
    assert watched.errors == []


def test_a_reviewer_can_split_an_incident(page: Page, server) -> None:
    incident_id = azaz_incident_id(page, server)
    page.goto(f"{server.url}/?lang=en")
    page.fill("#token-input", server.reviewer_token)
    page.click("#token-form button[type=submit]")
    page.goto(f"{server.url}/incidents/{incident_id}?lang=en")
    page.locator("#split-form input[type=checkbox]").first.check()
    page.locator("#split-form button[type=submit]").click()
    expect(page.locator(".audit-table")).to_contain_text("split")
    after = page.request.get(f"{server.url}/api/incidents/{incident_id}").json()
    assert len(after["reports"]) == 1


def test_article_markup_is_shown_as_text_and_never_runs(page: Page, server, watched) -> None:
    open_dashboard(page, server)
    expect(page.locator("#event-table")).to_contain_text("Untrusted <b>outlet</b>")
    xss_incident = page.request.get(f"{server.url}/api/documents/xss-1").json()["events"][0]["incident_id"]
    for path in (f"/incidents/{xss_incident}", "/documents/xss-1"):
        page.goto(f"{server.url}{path}?lang=en")
        article = page.locator(".article-text")
        expect(article).to_contain_text(XSS)
        expect(article).to_contain_text("<script>alert(2)</script>")
        expect(page.locator(".report-title")).to_contain_text(XSS)
        assert page.locator("img[src=x], .report b, .article-text script, #event-table b").count() == 0
    assert watched.dialogs == []


def test_language_toggle_switches_direction_and_labels(page: Page, server, watched) -> None:
    open_dashboard(page, server)
    html = page.locator("html")
    expect(html).to_have_attribute("dir", "ltr")
    expect(page.locator("#lang-toggle")).to_have_text("العربية")
    page.click("#lang-toggle")
    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    expect(page.locator("[data-i18n='filter.admin1']")).to_have_text("المحافظة")
    expect(page.locator("select[name=admin1] option[value=Aleppo]")).to_have_text("حلب")
    # the choice is remembered
    page.goto(f"{server.url}/")
    expect(html).to_have_attribute("dir", "rtl")
    # Arabic place names sit in elements that take their direction from their content
    names = page.locator("#event-table tbody td a span")
    expect(names.first).to_have_attribute("dir", "auto")
    assert watched.errors == []


def test_the_map_works_with_no_tile_server(page: Page, server) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    open_dashboard(page, server)
    expect(page.locator("path.boundary")).to_have_count(14)
    foreign = [u for u in requests if not u.startswith(server.url)]
    assert foreign == []
    assert json.loads(page.locator("body").get_attribute("data-updates") or "0") >= 1
    assert re.search(r"5 events", page.locator("#summary").inner_text())


def test_a_private_dashboard_asks_for_a_token_then_shows_the_data(page: Page, private_server) -> None:
    page.goto(f"{private_server.url}/?lang=en")
    expect(page.locator("#notice")).to_contain_text("private")
    expect(page.locator("path.event-marker")).to_have_count(0)
    page.fill("#token-input", private_server.reviewer_token)
    page.click("#token-form button[type=submit]")
    expect(page.locator("path.event-marker")).to_have_count(5)
    expect(page.locator("#notice")).to_be_hidden()


def test_a_reviewer_can_move_an_event_to_another_governorate(page: Page, server) -> None:
    page.goto(f"{server.url}/?lang=en")
    page.evaluate(f"localStorage.setItem('marsad.token', '{server.reviewer_token}')")
    shelling = page.request.get(f"{server.url}/api/events?type=shelling").json()["items"][0]
    page.goto(f"{server.url}/incidents/{shelling['incident_id']}?lang=en")
    form = page.locator("#correct-form")
    form.locator("select[name=field]").select_option("admin1")
    expect(form.locator("input[name=value]")).to_have_value("Idleb")  # prefilled
    form.locator("input[name=value]").fill("Hama")
    form.locator("button[type=submit]").click()
    expect(page.locator(".audit-table")).to_contain_text("location")
    assert page.request.get(f"{server.url}/api/events/{shelling['id']}").json()["location"]["admin1"] == "Hama"


def test_a_rejected_correction_names_the_field(page: Page, server) -> None:
    page.goto(f"{server.url}/?lang=en")
    page.evaluate(f"localStorage.setItem('marsad.token', '{server.reviewer_token}')")
    incident_id = azaz_incident_id(page, server)
    page.goto(f"{server.url}/incidents/{incident_id}?lang=en")
    form = page.locator("#correct-form")
    form.locator("select[name=field]").select_option("killed")
    form.locator("input[name=value]").fill("-4")
    form.locator("button[type=submit]").click()
    expect(page.locator(".review-status")).to_contain_text("body.killed")
    expect(page.locator(".audit-empty")).to_be_visible()
