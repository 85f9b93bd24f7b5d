package com.keyaccount.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.customer.CreditCode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The customer directory in a real browser (issue 13): a prospect's way from 潜在客户 through the survey, the
 * 交易开始调查书 approved by 负责人, 部门主管 and 总经理, and its signed contracts to a customer code; contacts and
 * follow-ups recorded on a phone; finding a customer by pinyin initials; and an archive refused to another team.
 */
class CustomerBrowserIT extends BrowserTestBase {

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** The refusal of customer.archive.closed in messages_zh_CN. */
    private static final String ARCHIVE_CLOSED = "您无权查阅该客户档案（按密级规定）；如需查阅，请提交查阅档案审批表";

    /** The 统一社会信用代码 typed by the last {@link #createProspect}. */
    private String lastCreditCode;

    @Test
    void aProspectIsSurveyedApprovedByTheChainContractedAndGetsItsCustomerCode() {
        String name = "杭州远帆智能装备有限公司" + unique();
        loginAs("zhangwei");
        String archive = createProspect(name, "浙江省杭州市余杭区文一西路 998 号");
        assertThat(headerText(archive)).contains("潜在客户", "未分配", "个人级", "张伟");

        lifecycleAction("开始调查");
        waitForPanelStatus("调查中");
        clickVisibleButton("填写调查");
        typeVisible("vaadin-text-area", "企业沿革", "2012 年成立，2019 年改制为有限公司");
        typeVisible("vaadin-text-area", "交易的理由", "华东区智能仓储项目的主要集成商，需求稳定");
        typeVisible("vaadin-text-area", "基本交易方针", "月结 30 天，年度框架协议，优先供货");
        typeVisible("vaadin-text-area", "交易商品目录", "输送线控制柜、伺服驱动器");
        typeVisible("vaadin-big-decimal-field", "预计年交易金额（元）", "800000");
        typeVisible("vaadin-text-area", "调查资料与调查结果", "资信良好，近三年决算盈利，实地调查无异常");
        clickDialogButton("保存");
        waitForDialogsClosed();
        lifecycleAction("提交交易开始调查书");
        waitForPanelStatus("交易开始调查书审批中");
        logout();

        approveInInbox("liuyang", name);
        approveInInbox("chenzhiqiang", name);
        approveInInbox("wangjianguo", name);

        loginAs("zhangwei");
        open(archive);
        waitForPanelStatus("待签合同");
        selectTab("contracts");
        addSignedContract("供货合同", "GH-" + unique());
        addSignedContract("质量保证合同", "ZB-" + unique());
        lifecycleAction("设定大客户代码");
        wait.until(driver -> headerText(archive).contains("交易往来"));
        String code = (String) js("return document.querySelector('.customer-archive-header .fact-value').textContent");
        assertThat(code).matches("KA\\d{9}");
        assertThat(panelText()).contains("大客户代码 " + code);
    }

    @Test
    void onAPhoneARepAddsAContactAndRecordsTodaysVisit() {
        String name = "宁波海曙恒信五金有限公司" + unique();
        loginAs("zhangwei");
        String archive = createProspect(name, null);
        driver.manage().window().setSize(new Dimension(390, 844));
        open(archive);
        wait.until(driver -> headerText(archive).contains(name));

        selectTab("contacts");
        clickVisibleButton("新增联系人");
        typeVisible("vaadin-text-field", "职务", "采购经理");
        typeVisible("vaadin-text-field", "手机", "13905741234");
        typeVisible("vaadin-text-field", "姓名", "单晓东");
        clickVisibleCheckbox("主要联系人");
        clickDialogButton("保存");
        waitForDialogsClosed();
        wait.until(driver -> visibleGridText().contains("单晓东"));
        assertThat(visibleGridText()).contains("采购经理", "13905741234");

        selectTab("followUps");
        clickVisibleButton("记录跟进");
        WebElement contact = visibleField("vaadin-combo-box", "联系人");
        wait.until(driver -> "单晓东".equals(contact.getAttribute("value")) || "单晓东".equals(
                js("return arguments[0].inputElement.value", contact)));
        typeVisible("vaadin-text-area", "下一步", "月底前寄送样品");
        typeVisible("vaadin-text-area", "跟进内容", "到店拜访，确认二季度备货计划");
        clickDialogButton("保存");
        waitForDialogsClosed();
        wait.until(driver -> visibleGridText().contains("确认二季度备货计划"));
        String today = (String) js("return new Intl.DateTimeFormat('zh-CN', {dateStyle: 'long', timeZone:"
                + " 'Asia/Shanghai'}).format(new Date())");
        assertThat(visibleGridText()).contains("拜访", "张伟", "单晓东", "月底前寄送样品", today)
                .doesNotContain("补录");
    }

    @Test
    void theDirectoryFindsACustomerByThePinyinInitialsOfItsPolyphoneName() {
        // 蚌埠 bengbu, 重庆 chongqing, 长沙 changsha, 银行 yinhang, 厦门 xiamen: each with its polyphone read right
        String name = "蚌埠重庆长沙银行厦门商贸有限公司" + unique();
        loginAs("zhangwei");
        createProspect(name, null);
        open("/customers");
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".view-toolbar vaadin-text-field input")));
        search.sendKeys("bbcqcsyhxm");
        wait.until(driver -> gridText().contains(name));
        assertThat((Long) js("return document.querySelector('vaadin-grid').size")).isEqualTo(1L);
    }

    @Test
    void anEmployeeOfAnotherTeamSeesTheDirectoryRowButIsRefusedThePersonalArchive() {
        String name = "苏州工业园区晨星电子有限公司" + unique();
        String address = "苏州工业园区星湖街 " + unique() + " 号";
        loginAs("zhangwei");
        String archive = createProspect(name, address);
        assertThat(headerText(archive)).contains("个人级");
        String creditCode = lastCreditCode;
        logout();

        loginAs("zhoujie");
        open("/customers");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".view-toolbar vaadin-text-field input")))
                .sendKeys(name);
        wait.until(driver -> gridText().contains(name));
        assertThat(gridText()).contains("张伟", "潜在客户");
        assertThat((Boolean) js("return !!document.querySelector('vaadin-grid vaadin-icon[icon=\"vaadin:lock\"]')"))
                .isTrue();
        WebElement row = (WebElement) js("return Array.from(document.querySelectorAll('vaadin-grid-cell-content'))"
                + ".find(c => c.textContent.includes(arguments[0]))", name);
        clickInView(row);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".customer-archive-closed")));
        assertThat(driver.getCurrentUrl()).endsWith(archive);
        assertThat(driver.findElement(By.cssSelector(".customer-archive-closed")).getText())
                .contains(ARCHIVE_CLOSED, "返回客户一览表");
        assertThat(driver.findElements(By.cssSelector(".customer-archive-header, vaadin-tabsheet"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(creditCode).doesNotContain(address);
    }

    // ---- flows ------------------------------------------------------------------------------------------------

    /** Creates a prospect at 新建客户 (end customer, 个人级) and returns its archive's path once it is shown. */
    private String createProspect(String name, String address) {
        open("/customers/new");
        lastCreditCode = uniqueCreditCode();
        typeVisible("vaadin-text-field", "客户名称", name);
        typeVisible("vaadin-text-field", "统一社会信用代码", lastCreditCode);
        if (address != null) {
            typeVisible("vaadin-text-field", "地址", address);
        }
        clickVisibleButton("保存");
        wait.until(driver -> driver.getCurrentUrl().matches(".*/customers/\\d+$"));
        String path = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        wait.until(driver -> headerText(path).contains(name));
        return path;
    }

    /** Signs in as the current approver, opens the request from 待我审批 and approves it. */
    private void approveInInbox(String approver, String customerName) {
        loginAs(approver);
        open("/inbox");
        WebElement task = (WebElement) wait.until(driver -> js("return Array.from(document.querySelectorAll"
                + "('vaadin-grid-cell-content')).find(c => c.textContent.includes(arguments[0])) || null",
                customerName));
        clickInView(task);
        wait.until(driver -> driver.getCurrentUrl().matches(".*/approvals/\\d+$"));
        wait.until(driver -> String.valueOf(js("const t = document.querySelector('.approval-detail h2');"
                + " return t ? t.textContent : ''")).contains(customerName));
        clickVisibleButton("同意");
        clickDialogButton("确认同意");
        waitForDialogsClosed();
        wait.until(driver -> !isButtonVisible("同意"));
        logout();
    }

    private void addSignedContract(String kind, String number) {
        clickVisibleButton("添加合同");
        clickInView(visibleField("vaadin-select", "类型"));
        WebElement item = (WebElement) wait.until(driver -> js("return Array.from(document.querySelectorAll"
                + "('vaadin-select-item')).find(i => i.textContent.trim() === arguments[0] && i.checkVisibility())"
                + " || null", kind));
        clickInView(item);
        typeVisible("vaadin-text-field", "合同编号", number);
        LocalDate signed = LocalDate.now(BUSINESS_ZONE).minusDays(1);
        typeVisible("vaadin-date-picker", "签订日期", signed.toString());
        typeVisible("vaadin-big-decimal-field", "金额（元）", "800000");
        clickDialogButton("保存");
        waitForDialogsClosed();
        wait.until(driver -> visibleGridText().contains(number));
    }

    /** Clicks a move of the lifecycle panel and confirms it in its dialog, whose button repeats the move's name. */
    private void lifecycleAction(String action) {
        clickVisibleButton(action);
        clickDialogButton(action);
        waitForDialogsClosed();
    }

    private void waitForPanelStatus(String status) {
        wait.until(driver -> panelText().contains(status));
    }

    // ---- page helpers -----------------------------------------------------------------------------------------

    private String headerText(String archivePath) {
        wait.until(driver -> driver.getCurrentUrl().endsWith(archivePath));
        return String.valueOf(js("const h = document.querySelector('.customer-archive-header');"
                + " return h ? h.textContent : ''"));
    }

    /** The lifecycle panel under the archive's header. */
    private String panelText() {
        return String.valueOf(js("const h = document.querySelector('.customer-archive-header');"
                + " return h && h.nextElementSibling ? h.nextElementSibling.textContent : ''"));
    }

    private void selectTab(String name) {
        clickInView(wait.until(ExpectedConditions.elementToBeClickable(By.id("customer-tab-" + name))));
        wait.until(driver -> (Boolean) js("return document.getElementById(arguments[0]).hasAttribute('selected')",
                "customer-tab-" + name));
    }

    private String gridText() {
        return String.valueOf(js("const g = document.querySelector('vaadin-grid'); return g ? g.textContent : ''"));
    }

    /** The text of the grids shown now (the selected tab's), not of those in hidden tabs. */
    private String visibleGridText() {
        return String.valueOf(js("return Array.from(document.querySelectorAll('vaadin-grid'))"
                + ".filter(g => g.checkVisibility()).map(g => g.textContent).join(' ')"));
    }

    private WebElement visibleField(String tag, String label) {
        return (WebElement) wait.until(driver -> js("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".find(f => f.label === arguments[1] && f.checkVisibility()) || null", tag, label));
    }

    /** Types into the shown field without Enter (Enter saves the contact and follow-up dialogs). */
    private void typeVisible(String tag, String label, String text) {
        WebElement field = visibleField(tag, label);
        WebElement input = field.findElement(By.cssSelector(tag.equals("vaadin-text-area") ? "textarea" : "input"));
        clickInView(input);
        input.sendKeys(text);
        if (tag.equals("vaadin-date-picker")) {
            input.sendKeys(Keys.ENTER);
        }
        input.sendKeys(Keys.TAB);
    }

    private void clickVisibleCheckbox(String label) {
        WebElement box = (WebElement) wait.until(driver -> js("return Array.from(document.querySelectorAll"
                + "('vaadin-checkbox')).find(c => c.label === arguments[0] && c.checkVisibility()) || null", label));
        clickInView(box.findElement(By.cssSelector("input")));
    }

    private void clickVisibleButton(String text) {
        WebElement button = (WebElement) wait.until(driver -> js("return Array.from(document.querySelectorAll"
                + "('vaadin-button')).find(b => b.textContent.trim() === arguments[0] && !b.disabled"
                + " && b.checkVisibility() && !b.closest('vaadin-dialog')) || null", text));
        clickInView(button);
    }

    private boolean isButtonVisible(String text) {
        return (Boolean) js("return Array.from(document.querySelectorAll('vaadin-button'))"
                + ".some(b => b.textContent.trim() === arguments[0] && b.checkVisibility())", text);
    }

    /** Clicks a button of the open dialog. */
    private void clickDialogButton(String text) {
        WebElement button = (WebElement) wait.until(driver -> js("return Array.from(document.querySelectorAll"
                + "('vaadin-dialog[opened] vaadin-button')).find(b => b.textContent.trim() === arguments[0]"
                + " && !b.disabled && b.checkVisibility()) || null", text));
        clickInView(button);
    }

    private void waitForDialogsClosed() {
        wait.until(driver -> (Boolean) js("return document.querySelectorAll('vaadin-dialog[opened]').length === 0"));
    }

    /** Scrolls the element to the middle of its scrolling container (the shell's content scrolls, not the page). */
    private void clickInView(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        element.click();
    }

    private static String unique() {
        return Long.toString(System.currentTimeMillis() % 1_000_000L) + SEQUENCE.incrementAndGet();
    }

    /** A valid 统一社会信用代码 (GB 32100-2015) not used by the demo data. */
    private static String uniqueCreditCode() {
        String body = String.format("91330106%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        return body + CreditCode.checkCharacter(body);
    }
}
