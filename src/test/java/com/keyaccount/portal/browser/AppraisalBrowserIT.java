package com.keyaccount.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.appraisal.AppraisalFormService;
import com.keyaccount.portal.appraisal.AppraisalTestData;
import com.keyaccount.portal.appraisal.FormDetail;
import com.keyaccount.portal.appraisal.FormSummary;
import com.keyaccount.portal.appraisal.StandardTemplates;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Appraisals in a real browser (issue 14, "Browser tests"): a 区域经理季度述职考评表 of 李娜 from her self-report through
 * 刘洋's comments and scores, the related departments' opinions (客户服务部 in the dialog, the others through the
 * service), 刘洋's signature with its SHA-256, 陈志强's bulk approval in the calibration view and the statement PDF, to
 * the final result in 李娜's 我的考核; and her form on a phone.
 */
class AppraisalBrowserIT extends BrowserTestBase {

    private static final String LINA = "lina";
    private static final String LIUYANG = "liuyang";
    private static final String LINFENG = "linfeng";
    private static final String CHENZHIQIANG = "chenzhiqiang";

    @Test
    void aQuarterlySelfReportIsWrittenScoredGivenOpinionsSignedApprovedInCalibrationAndPrinted() throws IOException {
        String cycle = openCycleForLina();

        loginAs(LINA);
        openFromMyAppraisals(cycle);
        assertThat(formStatus()).isEqualTo("员工自评");
        assertThat(pageText()).contains("分数、评语和结果在考核表定稿后可见");
        int points = fillEditable("vaadin-text-area", area -> !"备注".equals(area), "本季度按计划推进，客户回访率 95%");
        assertThat(points).as("four points in each of the three written sections").isEqualTo(12);
        clickVisibleButton("保存");
        waitForNotification("已保存");
        move("提交自评", "上级评分");
        assertThat(editableCount("vaadin-text-area")).as("the self-report is locked once submitted").isZero();
        logout();

        loginAs(LIUYANG);
        openFromMyAppraisals(cycle);
        assertThat(formStatus()).isEqualTo("上级评分");
        assertThat(pageText()).contains("本季度按计划推进，客户回访率 95%");
        assertThat(fillEditable("vaadin-text-area", "评语"::equals, "属实，执行到位")).isEqualTo(12);
        assertThat(fillEditable("vaadin-big-decimal-field", "本部分评分"::equals, "90")).isEqualTo(3);
        move("提交评分", "相关部门意见");
        logout();

        loginAs(LINFENG);
        long formId = openFromMyAppraisals(cycle);
        clickVisibleButton("填写本部门意见");
        typeInDialog("vaadin-text-area", "意见", "客户投诉处理配合及时");
        typeInDialog("vaadin-big-decimal-field", "评分", "90");
        clickDialogButton("签署意见");
        waitForDialogsClosed();
        wait.until(driver -> pageText().contains("客户投诉处理配合及时"));
        assertThat(pageText()).contains("林峰 签于");
        logout();
        giveOpinionsAsTheOtherHeads(formId);

        loginAs(LIUYANG);
        open("/appraisals/forms/" + formId);
        wait.until(driver -> "待签字".equals(formStatus()));
        move("签字", "待审批");
        String seal = String.valueOf(js("return document.querySelector('.appraisal-seal').textContent"));
        assertThat(seal).contains("考评人 刘洋 签字于").containsPattern("SHA-256）：[0-9a-f]{64}");
        logout();

        loginAs(CHENZHIQIANG);
        open("/appraisals/cycles");
        WebElement search = visibleInput("vaadin-text-field", null);
        search.sendKeys(cycle);
        wait.until(driver -> gridText().contains(cycle) && visibleButtons("校准") == 1);
        clickVisibleButton("校准");
        wait.until(driver -> driver.getCurrentUrl().matches(".*/appraisals/cycles/\\d+/calibration$"));
        wait.until(driver -> gridText().contains("李娜"));
        assertThat(gridText()).contains("待审批", "90");
        selectRowOf("李娜");
        clickVisibleButton("批量审批");
        wait.until(driver -> pageText(true).contains("将审批所选的 1 份已签字考核表。"));
        clickDialogButton("审批");
        waitForDialogsClosed();
        wait.until(driver -> pageText().contains("已审批 1 份考核表"));
        wait.until(driver -> gridText().contains("已定稿"));

        clickVisibleButton("部门汇总表 PDF");
        wait.until(driver -> driver.getCurrentUrl().contains("/print"));
        WebElement download = (WebElement) wait.until(driver -> js("return Array.from(document.querySelectorAll"
                + "('a[download]')).find(a => a.textContent.trim() === '下载汇总 PDF' && a.getAttribute('href'))"
                + " || null"));
        assertThat(fetched(download.getAttribute("href"))).containsEntry("type", "application/pdf")
                .containsEntry("magic", "%PDF");
        String preview = (String) wait.until(driver -> js("const f = document.querySelector('iframe.print-preview');"
                + " return f && f.getAttribute('src') ? f.getAttribute('src') : null"));
        assertThat(fetched(preview)).containsEntry("type", "application/pdf");
        logout();

        loginAs(LINA);
        open("/appraisals");
        FormSummary result = RunningPortal.bean(DemoUsers.class).as(LINA, () -> RunningPortal
                .bean(AppraisalFormService.class).myForms().stream().filter(f -> f.id() == formId).findFirst()
                .orElseThrow());
        assertThat(result.total()).isEqualByComparingTo("90");
        String row = rowText(cycle);
        assertThat(row).contains("已定稿", "90.00", zh("appraisal.level." + result.level().name()));
        openFromMyAppraisals(cycle);
        assertThat(formStatus()).isEqualTo("已定稿");
        assertThat(pageText()).contains("属实，执行到位", "客户投诉处理配合及时", "陈志强 审批于")
                .doesNotContain("分数、评语和结果在考核表定稿后可见");
    }

    @Test
    void onAPhoneTheEmployeeWritesHerSelfReportWithoutScrollingSideways() {
        String cycle = openCycleForLina();
        loginAs(LINA);
        driver.manage().window().setSize(new Dimension(390, 844));
        openFromMyAppraisals(cycle);
        assertThat((Long) js("return window.innerWidth")).isLessThanOrEqualTo(400L);
        WebElement first = (WebElement) js("return Array.from(document.querySelectorAll('vaadin-text-area'))"
                + ".find(a => !a.readonly && a.checkVisibility())");
        assertThat(first.getRect().getWidth()).as("the text area fills the phone's width").isGreaterThan(250);
        typeInto(first, "textarea", "手机上填写：目标完成 98%");
        clickVisibleButton("保存");
        waitForNotification("已保存");
        assertNoSidewaysScroll();
        js("document.querySelector('.appraisal-seal').scrollIntoView()");
        assertNoSidewaysScroll();
        assertThat(isButtonVisible("提交自评")).isTrue();
        open(driver.getCurrentUrl().replaceFirst("^https?://[^/]+", ""));
        wait.until(driver -> (Boolean) js("return Array.from(document.querySelectorAll('vaadin-text-area'))"
                + ".some(a => a.value === '手机上填写：目标完成 98%')"));
    }

    // ---- arrangement ------------------------------------------------------------------------------------------

    /** A fresh 区域经理季度述职 cycle of 大客户部 for 李娜 alone, opened; returns its name. */
    private static String openCycleForLina() {
        AppraisalTestData data = RunningPortal.bean(AppraisalTestData.class);
        LocalDate start = AppraisalTestData.nextPeriod();
        String name = "区域经理述职（浏览器）" + start;
        long cycleId = data.draftCycle(name, StandardTemplates.regionalManagerQuarterlyReport(), start, null);
        assertThat(data.open(cycleId, List.of(data.employeeId("HD0005")))).isEqualTo(1);
        return name;
    }

    /** 行政部, 企划部 and 物流部 give their opinions through the service, as their heads. */
    private static void giveOpinionsAsTheOtherHeads(long formId) {
        DemoUsers demo = RunningPortal.bean(DemoUsers.class);
        AppraisalFormService forms = RunningPortal.bean(AppraisalFormService.class);
        Map.of("gaojie", "行政部", "liangchen", "企划部", "songtao", "物流部").forEach((login, department) ->
                demo.run(login, () -> {
                    FormDetail.OpinionView opinion = forms.form(formId).opinions().stream()
                            .filter(o -> o.mine() && !o.entry().given()).findFirst().orElseThrow();
                    forms.giveOpinion(opinion.id(), opinion.version(), department + "：配合积极", new BigDecimal("90"));
                }));
    }

    // ---- flows ------------------------------------------------------------------------------------------------

    /** Opens 我的考核 and the form of the cycle (from 待我处理 when it is there); returns the form's id. */
    private long openFromMyAppraisals(String cycle) {
        open("/appraisals");
        WebElement cell = (WebElement) wait.until(driver -> js("return Array.from(document.querySelectorAll"
                + "('vaadin-grid-cell-content')).find(c => c.textContent.includes(arguments[0])) || null", cycle));
        clickInView(cell);
        wait.until(driver -> driver.getCurrentUrl().matches(".*/appraisals/forms/\\d+$"));
        wait.until(driver -> pageText().contains(cycle) && !formStatus().isEmpty());
        return Long.parseLong(driver.getCurrentUrl().replaceFirst(".*/", ""));
    }

    /** Clicks a move, confirms it with the dialog's button of the same name and waits for the form's new status. */
    private void move(String action, String nextStatus) {
        clickVisibleButton(action);
        clickDialogButton(action);
        wait.until(driver -> nextStatus.equals(formStatus()));
    }

    /** Types the text into every editable shown field of the tag whose label passes; returns how many. */
    private int fillEditable(String tag, Predicate<String> label, String text) {
        String inner = tag.equals("vaadin-text-area") ? "textarea" : "input";
        @SuppressWarnings("unchecked")
        List<WebElement> fields = (List<WebElement>) js("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".filter(f => !f.readonly && f.checkVisibility())", tag);
        int filled = 0;
        for (WebElement field : fields) {
            if (label.test(String.valueOf(js("return arguments[0].label", field)))) {
                typeInto(field, inner, text);
                filled++;
            }
        }
        return filled;
    }

    private long editableCount(String tag) {
        return (Long) js("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".filter(f => !f.readonly && f.checkVisibility()).length", tag);
    }

    private void typeInto(WebElement field, String inner, String text) {
        WebElement input = field.findElement(By.cssSelector(inner));
        clickInView(input);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        wait.until(driver -> text.equals(js("return arguments[0].value", field)));
    }

    private void typeInDialog(String tag, String label, String text) {
        WebElement field = (WebElement) wait.until(driver -> js("return Array.from(document.querySelectorAll"
                + "(arguments[0])).find(f => f.label === arguments[1] && f.closest('vaadin-dialog')"
                + " && f.checkVisibility()) || null", tag, label));
        typeInto(field, tag.equals("vaadin-text-area") ? "textarea" : "input", text);
    }

    /** Ticks the selection box of the calibration row of the employee. */
    private void selectRowOf(String employee) {
        WebElement box = (WebElement) wait.until(driver -> js("const cell = Array.from(document.querySelectorAll"
                + "('vaadin-grid vaadin-grid-cell-content')).find(c => c.textContent.startsWith(arguments[0]));"
                + " if (!cell) return null;"
                + " const grid = cell.closest('vaadin-grid');"
                + " const row = grid.shadowRoot.querySelector('slot[name=\"' + cell.slot + '\"]').closest('tr');"
                + " const boxSlot = Array.from(row.querySelectorAll('slot')).map(s => s.assignedElements()[0])"
                + ".find(c => c && c.querySelector('vaadin-checkbox'));"
                + " return boxSlot ? boxSlot.querySelector('vaadin-checkbox') : null", employee));
        clickInView(box);
        wait.until(driver -> (Boolean) js("return arguments[0].checked", box));
    }

    /** What the browser gets for a resource of the page with the session's cookie: content type and first bytes. */
    @SuppressWarnings("unchecked")
    private Map<String, String> fetched(String href) {
        return (Map<String, String>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(new URL(arguments[0], document.baseURI), {credentials: 'same-origin'})"
                        + ".then(r => r.arrayBuffer().then(b => done({status: String(r.status),"
                        + " type: (r.headers.get('content-type') || '').split(';')[0],"
                        + " magic: String.fromCharCode(...new Uint8Array(b.slice(0, 4)))})))"
                        + ".catch(e => done({error: String(e)}))", href);
    }

    private void assertNoSidewaysScroll() {
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) js("const limit = document.documentElement.clientWidth;"
                + " const out = [];"
                + " if (document.documentElement.scrollWidth > limit) out.push('page ' + document.documentElement"
                + ".scrollWidth);"
                + " document.querySelectorAll('.appraisal-form *').forEach(e => { const r = e.getBoundingClientRect();"
                + " if (e.checkVisibility() && r.width > 0 && (r.right > limit + 1 || r.left < -1))"
                + " out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.left) + '-' + Math.round(r.right)); });"
                + " const main = document.querySelector('.appraisal-form');"
                + " if (main.scrollWidth > main.clientWidth + 1) out.push('form ' + main.scrollWidth);"
                + " return out.slice(0, 10);");
        assertThat(wide).as("nothing wider than the phone").isEmpty();
    }

    // ---- page helpers -----------------------------------------------------------------------------------------

    private String formStatus() {
        return String.valueOf(js("const s = document.querySelector('.appraisal-form-header .appraisal-status');"
                + " return s ? s.textContent.trim() : ''"));
    }

    private String pageText() {
        return pageText(false);
    }

    /** The view's text, or with dialogs the whole page's. */
    private String pageText(boolean withDialogs) {
        return String.valueOf(js(withDialogs ? "return document.body.innerText"
                : "const m = document.querySelector('main') || document.body; return m.innerText"
                        + " + ' ' + Array.from(m.querySelectorAll('vaadin-text-area')).map(a => a.value).join(' ')"));
    }

    private String gridText() {
        return String.valueOf(js("return Array.from(document.querySelectorAll('vaadin-grid'))"
                + ".map(g => g.textContent).join(' ')"));
    }

    private long visibleButtons(String text) {
        return (Long) js("return Array.from(document.querySelectorAll('vaadin-button'))"
                + ".filter(b => b.textContent.trim() === arguments[0] && b.checkVisibility()).length", text);
    }

    /** The text of the grid row that shows the cycle. */
    private String rowText(String cycle) {
        Object row = wait.until(driver -> js("for (const grid of document.querySelectorAll('vaadin-grid')) {"
                + " const cell = Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))"
                + ".find(c => c.textContent.includes(arguments[0]));"
                + " if (!cell) continue;"
                + " const row = grid.shadowRoot.querySelector('slot[name=\"' + cell.slot + '\"]').closest('tr');"
                + " return Array.from(row.querySelectorAll('slot')).map(s => s.assignedElements()[0])"
                + ".filter(c => c).map(c => c.textContent.trim()).join(' | '); }"
                + " return null;", cycle));
        return String.valueOf(row);
    }

    private WebElement visibleInput(String tag, String label) {
        WebElement field = (WebElement) wait.until(driver -> js("return Array.from(document.querySelectorAll"
                + "(arguments[0])).find(f => (arguments[1] === null || f.label === arguments[1])"
                + " && f.checkVisibility()) || null", tag, label));
        return field.findElement(By.cssSelector("input"));
    }

    private void waitForNotification(String text) {
        wait.until(driver -> (Boolean) js("return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                + ".some(n => n.textContent.includes(arguments[0]))", text));
    }

    private void clickVisibleButton(String text) {
        WebElement button = (WebElement) wait.until(driver -> js("return Array.from(document.querySelectorAll"
                + "('vaadin-button')).find(b => b.textContent.trim() === arguments[0] && !b.disabled"
                + " && b.checkVisibility() && !b.closest('vaadin-dialog, vaadin-confirm-dialog')) || null", text));
        clickInView(button);
    }

    private boolean isButtonVisible(String text) {
        return (Boolean) js("return Array.from(document.querySelectorAll('vaadin-button'))"
                + ".some(b => b.textContent.trim() === arguments[0] && b.checkVisibility())", text);
    }

    /** Clicks a button of the open dialog or confirm dialog. */
    private void clickDialogButton(String text) {
        WebElement button = (WebElement) wait.until(driver -> js("return Array.from(document.querySelectorAll"
                + "('vaadin-button')).find(b => b.textContent.trim() === arguments[0] && !b.disabled"
                + " && b.checkVisibility() && b.closest('vaadin-dialog[opened], vaadin-confirm-dialog[opened]'))"
                + " || null", text));
        clickInView(button);
    }

    private void waitForDialogsClosed() {
        wait.until(driver -> (Boolean) js("return document.querySelectorAll"
                + "('vaadin-dialog[opened], vaadin-confirm-dialog[opened]').length === 0"));
    }

    private void clickInView(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        element.click();
    }

    private static String zh(String key) throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = new InputStreamReader(AppraisalBrowserIT.class.getResourceAsStream(
                "/i18n/messages_zh_CN.properties"), StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        return bundle.getProperty(key);
    }
}
