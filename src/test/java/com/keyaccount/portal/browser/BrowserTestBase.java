package com.keyaccount.portal.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium (no downloaded browser or driver) against the portal started once per run. Each test
 * gets a fresh browser profile, so no session leaks between tests.
 */
abstract class BrowserTestBase {

    static final String PASSWORD = "Portal@2026";

    WebDriver driver;
    WebDriverWait wait;
    Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        String baseUrl = RunningPortal.baseUrl();
        profile = Files.createTempDirectory("portal-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(baseUrl + "/login");
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws IOException {
        if (driver != null) {
            Path shots = Path.of("target", "browser-screenshots");
            Files.createDirectories(shots);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), shots.resolve(test.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_") + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
            driver.quit();
        }
    }

    void open(String path) {
        driver.get(RunningPortal.baseUrl() + path);
    }

    void login(String username, String password) {
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    /** Logs in and waits for the shell's menu. */
    void loginAs(String username) {
        loginAs(username, PASSWORD);
    }

    void loginAs(String username, String password) {
        login(username, password);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
    }

    /** The drawer's entries by their labels, without the count a badge puts beside an entry (待我审批 3). */
    @SuppressWarnings("unchecked")
    List<String> menu() {
        return (List<String>) js("return Array.from(document.querySelectorAll('vaadin-side-nav-item'))"
                + ".map(e => Array.from(e.childNodes).filter(n => !(n.getAttribute && n.getAttribute('slot')"
                + " === 'suffix')).map(n => n.textContent).join('').trim())");
    }

    String headerText() {
        return (String) js("const h = document.querySelector('.shell-header'); return h ? h.textContent : '';");
    }

    void logout() {
        driver.findElement(By.cssSelector("vaadin-button.logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
    }

    /** Opens the header's language select and picks the language by its own name (中文 / English). */
    void chooseLanguage(String label) {
        driver.findElement(By.cssSelector("vaadin-select.language-select")).click();
        wait.until(driver -> (Boolean) js("return Array.from(document.querySelectorAll('vaadin-select-item'))"
                + ".some(i => i.textContent.trim() === arguments[0])", label));
        js("Array.from(document.querySelectorAll('vaadin-select-item'))"
                + ".find(i => i.textContent.trim() === arguments[0]).click()", label);
    }

    /** The Vaadin field (text field, combo box, date picker, select…) of the given tag whose label is {@code label}. */
    WebElement field(String tag, String label) {
        return (WebElement) wait.until(driver -> js("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".find(f => f.label === arguments[1]) || null", tag, label));
    }

    /** Types into a field's input and commits it with Enter (combo boxes and date pickers pick the typed value). */
    void type(String tag, String label, CharSequence text) {
        WebElement input = field(tag, label).findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    void clickButton(String text) {
        WebElement button = (WebElement) wait.until(driver -> js("return Array.from(document.querySelectorAll"
                + "('vaadin-button')).find(b => b.textContent.trim() === arguments[0] && !b.disabled) || null", text));
        button.click();
    }

    String loginError() {
        wait.until(driver -> (Boolean) js("const f = document.querySelector('vaadin-login-form');"
                + " return f && f.error === true;"));
        return (String) js("return document.querySelector('vaadin-login-form').i18n.errorMessage.message");
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
