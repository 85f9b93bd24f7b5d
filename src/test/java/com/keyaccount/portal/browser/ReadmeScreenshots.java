package com.keyaccount.portal.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Takes the README's screenshots from a running portal with demo data, in headless Debian Chromium:
 * {@code java -cp <test classpath> com.keyaccount.portal.browser.ReadmeScreenshots http://localhost:8080 src/docs},
 * or with extra arguments {@code file,username,path,language,width,height} for other pages.
 * Not a test: a tool for whoever updates the README.
 */
public final class ReadmeScreenshots {

    private record Shot(String file, String username, String path, String language, int width, int height) {
    }

    private ReadmeScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        Path target = Path.of(args[1]);
        Shot[] shots = {
            new Shot("employees-zh.png", "admin", "/admin/employees", "zh-CN", 1366, 768),
            new Shot("workbench-en.png", "zhangwei", "/", "en-US", 1366, 768),
            new Shot("audit-zh-1920.png", "admin", "/admin/audit", "zh-CN", 1920, 1080),
            new Shot("inbox-en-phone.png", "liuyang", "/inbox", "en-US", 390, 844),
        };
        if (args.length > 2) {
            // ad-hoc shots: file,username,path,language,width,height
            shots = java.util.Arrays.stream(args, 2, args.length).map(spec -> spec.split(","))
                    .map(f -> new Shot(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]), Integer.parseInt(f[5])))
                    .toArray(Shot[]::new);
        }
        for (Shot shot : shots) {
            take(baseUrl, target, shot);
        }
    }

    private static void take(String baseUrl, Path target, Shot shot) throws Exception {
        Path profile = Files.createTempDirectory("portal-shot");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=" + shot.language(),
                "--window-size=" + shot.width() + "," + shot.height(), "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", shot.language()));
        if (shot.width() < 500) {
            // headless Chromium's window is at least 500 px wide: a phone is emulated instead
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", shot.width(), "height", shot.height(), "pixelRatio", 2.0)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get(baseUrl + "/login");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(shot.username());
            driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                    .sendKeys(BrowserTestBase.PASSWORD);
            driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
            driver.get(baseUrl + shot.path());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
            Thread.sleep(2500);
            File png = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), target.resolve(shot.file()), StandardCopyOption.REPLACE_EXISTING);
        } catch (RuntimeException e) {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target.resolve("failed-" + shot.file()),
                    StandardCopyOption.REPLACE_EXISTING);
            throw e;
        } finally {
            driver.quit();
        }
    }
}
