package org.cxloop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The screens in real headless Chromium: sign in, switch language, administration, stored XSS. */
class BrowserIT extends DeployedWarIT {
    WebDriver browser;
    WebDriverWait wait;

    Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("cxloop-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("cxloop.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1200", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("cxloop.it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // a headless renderer that dies on its first page (seen once on the 2-core CI machine) gets one fresh start
        try {
            browser.get("about:blank");
        } catch (org.openqa.selenium.WebDriverException crashed) {
            stopBrowser();
            restart(options);
        }
    }

    private void restart(ChromeOptions options) {
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("cxloop.it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            try {
                browser.quit();
            } catch (org.openqa.selenium.WebDriverException alreadyGone) {
                // the browser process ended on its own
            }
            browser = null;
        }
    }

    /** A key press, typed as a person would, to whatever has the focus. */
    private void pressKey(String key) {
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(key).perform();
    }

    /** Opens a page; a renderer that crashed gets one restart of the browser (infrastructure, not the app). */
    private void open(String url) {
        try {
            browser.get(url);
        } catch (org.openqa.selenium.NoSuchSessionException crashed) {
            try {
                startBrowser();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            browser.get(url);
        }
    }

    private void signIn(String username, String password) {
        open(root + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shell:menu")));
    }

    /** Clicks like a person who scrolled the element into view first (dialogs may be taller than the window). */
    private void click(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("cxloop.it.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(ItSupport.server() + "-" + name + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void anAdministratorSignsInAndSwitchesBetweenEnglishAndPolish() throws IOException {
        signIn("admin", ItSupport.adminPassword());
        assertTrue(browser.getCurrentUrl().endsWith("/cxloop/app/index.xhtml"), browser.getCurrentUrl());
        WebElement menu = browser.findElement(By.id("shell:menu"));
        assertTrue(menu.getText().contains("Surveys"), menu.getText());
        assertTrue(menu.getText().contains("Administration"));

        browser.findElement(By.id("lang-pl")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shell:menu"), "Ankiety"));
        String polish = browser.findElement(By.tagName("body")).getText();
        for (String text : new String[] {"Taksonomia", "Weryfikacja", "Sprawy", "Wskaźniki", "Administracja",
                "Zarządzanie doświadczeniem klienta", "Słuchaj klientów", "źródłowe"}) {
            assertTrue(polish.contains(text), "missing Polish text: " + text);
        }
        assertEquals("pl", browser.findElement(By.tagName("html")).getAttribute("lang"));
        screenshot("home-pl");

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shell:menu"), "Surveys"));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("Customer experience management"));
    }

    @Test
    void aDisplayNameWithScriptRendersAsTextEverywhere() throws IOException {
        Admin admin = new Admin(root);
        String hostile = "<script>window.cxPwned=1</script><img src=x onerror=\"window.cxPwned=2\">Zenon";
        admin.createUser("xss.", hostile, "cx-analyst", "Bezpieczne hasło 123");
        signIn("admin", ItSupport.adminPassword());
        browser.get(root + "/app/admin/users.xhtml");
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("users:table")));
        assertTrue(table.getText().contains(hostile), "shown literally as text");
        assertNull(((JavascriptExecutor) browser).executeScript("return window.cxPwned === undefined ? null : window.cxPwned;"));
        assertTrue(browser.findElements(By.cssSelector("#users\\:table img[src='x']")).isEmpty(), "no injected element");
        screenshot("users");
    }

    @Test
    void anApiTokenCreatedOnTheScreenIsShownOnceAndWorks() {
        signIn("admin", ItSupport.adminPassword());
        browser.get(root + "/app/admin/tokens.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tokens:new"))).click();
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokenForm:name")));
        String tokenName = ItSupport.unique("screen-");
        name.sendKeys(tokenName);
        browser.findElement(By.id("tokenForm:issue")).click();
        WebElement secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secret")));
        String value = secret.getText().trim();
        assertTrue(value.startsWith("cxl_"), value);

        Http api = new Http(root);
        Http.Answer info = api.get("/api/v1/info", "Authorization", "Bearer " + value);
        assertEquals(200, info.status(), info.body());
        assertEquals("token:" + tokenName, info.json().getString("caller"));

        browser.findElement(By.id("secretForm:done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("secret")));
        browser.navigate().refresh();
        assertFalse(browser.getPageSource().contains(value), "the secret is not shown again");
        assertTrue(browser.getPageSource().contains(tokenName));
    }

    @Test
    void anAdministratorCreatesAUserOnTheScreenInPolish() throws IOException {
        signIn("admin", ItSupport.adminPassword());
        browser.get(root + "/app/admin/users.xhtml?lang=pl");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("users:new"))).click();
        String username = ItSupport.unique("zofia.");
        String name = "Zofia Żądło-Łęcka";
        String password = "Łąka pełna kwiatów 1";
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:username"))).sendKeys(username);
        browser.findElement(By.id("userForm:displayName")).sendKeys(name);
        browser.findElement(By.id("userForm:email")).sendKeys("to nie jest e-mail");
        browser.findElement(By.id("userForm:password")).sendKeys(password);
        click(By.id("userForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("userForm:messages"), "adresem e-mail"));

        WebElement email = browser.findElement(By.id("userForm:email"));
        email.clear();
        email.sendKeys("zofia@example.com");
        browser.findElement(By.id("userForm:password")).sendKeys(password);
        click(By.id("userForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:table"), username));
        assertTrue(browser.findElement(By.id("users:table")).getText().contains(name));
        screenshot("user-created-pl");

        Http newcomer = new Http(root);
        Http.Answer login = newcomer.login(username, password);
        assertEquals(302, login.status(), "the new user signs in with a Polish password: " + login.body());
    }

    @Test
    void aResponsePostedOverTheApiIsBrowsedInTheBackOfficeAsText() throws IOException {
        String comment = "Kurier nie dzwonił — paczka po terminie! <img src=x onerror=\\\"window.cxPwned=3\\\">";
        String customer = ItSupport.unique("K-");
        Http.Answer posted = new Http(root).json("POST", "/api/v1/responses",
                "{\"survey\":\"csat-delivery\",\"scores\":{\"csat\":1},\"comment\":\"" + comment
                        + "\",\"customer\":{\"externalId\":\"" + customer + "\",\"language\":\"pl\"}}",
                "Authorization", "Bearer " + ItSupport.apiToken());
        assertEquals(201, posted.status(), posted.body());
        String shown = "Kurier nie dzwonił — paczka po terminie! <img src=x onerror=\"window.cxPwned=3\">";

        signIn("admin", ItSupport.adminPassword());
        browser.get(root + "/app/surveys/index.xhtml?lang=pl");
        WebElement surveys = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("surveys:table")));
        assertTrue(surveys.getText().contains("Jak oceniasz dostawę?"), surveys.getText());
        browser.get(root + "/app/surveys/responses.xhtml?survey=csat-delivery");
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("responses:table")));
        assertTrue(table.getText().contains(customer), table.getText());
        assertTrue(table.getText().contains(shown), "the comment is shown as text");
        assertNull(((JavascriptExecutor) browser).executeScript("return window.cxPwned === undefined ? null : window.cxPwned;"));
        screenshot("responses-pl");
    }

    @Test
    void aCustomerAnswersOnAPhoneInPolishAndTheBackOfficeSeesIt() throws IOException {
        Http.Answer survey = new Http(root).get("/api/v1/surveys/nps-relationship",
                "Authorization", "Bearer " + ItSupport.apiToken());
        String link = root.toString().replace("/cxloop", "") + survey.json().getString("publicUrl");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(link + "?lang=pl");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "Czy poleciłbyś nas znajomym?"));
        assertTrue(((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth;")).intValue() <= 390, "no sideways scrolling on a phone");

        // keyboard: focus the first point of the scale and move to 3 with the arrow keys
        WebElement first = browser.findElement(By.cssSelector("input[name='form:q:0:scale'][value='0']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", first);
        browser.switchTo().activeElement().sendKeys(Keys.SPACE);
        for (int i = 0; i < 3; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        }
        assertTrue(browser.findElement(By.cssSelector("input[name='form:q:0:scale'][value='3']")).isSelected());
        String why = ItSupport.unique("Kurier nie dzwonił, paczka po terminie — źle ") + " żółć";
        browser.findElement(By.id("form:q:1:text")).sendKeys(why);
        screenshot("form-phone-pl");
        click(By.id("form:submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thanks"), "Dziękujemy!"));

        browser.manage().window().setSize(new Dimension(1280, 1200));
        signIn("admin", ItSupport.adminPassword());
        browser.get(root + "/app/surveys/responses.xhtml?survey=nps-relationship");
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("responses:table")));
        assertTrue(table.getText().contains(why), "the answer with its Polish characters: " + table.getText());
    }

    @Test
    void anAnalystBuildsASurveyFromTheNpsTemplateReordersPreviewsAndActivatesItInPolish() throws IOException {
        signIn("admin", ItSupport.adminPassword());
        String code = ItSupport.unique("ui-nps-").toLowerCase();
        browser.get(root + "/app/surveys/edit.xhtml?template=nps&lang=pl");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:code"))).sendKeys(code);
        assertEquals("Czy poleciłbyś nas znajomym?", browser.findElement(By.id("editor:titlePl")).getAttribute("value"));

        click(By.id("editor:q:2:up"));
        wait.until(ExpectedConditions.attributeToBe(By.id("editor:q:1:qcode"), "value", "improve"));
        click(By.id("editor:addQuestion"));
        WebElement textPl = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:q:3:textPl")));
        textPl.sendKeys("Czy chcesz coś dodać? Źdźbło, gęś, żółw");
        browser.findElement(By.id("editor:q:3:textEn")).sendKeys("Anything else to add?");

        click(By.id("editor:preview"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("previewBody")));
        try {
            wait.until(d -> d.findElement(By.id("previewBody")).getText().contains("Czy chcesz coś dodać? Źdźbło, gęś, żółw"));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("survey-preview-failed");
            throw new AssertionError("preview shows: " + browser.findElement(By.id("previewBody")).getText(), e);
        }
        WebElement preview = browser.findElement(By.id("previewBody"));
        assertTrue(preview.getText().indexOf("Co moglibyśmy poprawić?") < preview.getText().indexOf("Co wpłynęło"),
                "the preview follows the new order: " + preview.getText());
        screenshot("survey-preview");
        browser.findElement(By.cssSelector("#previewDialog .ui-dialog-titlebar-close")).click();

        click(By.id("editor:activate"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"), "aktywowano"));
        assertEquals("aktywna", browser.findElement(By.id("status")).getText());
        screenshot("survey-editor");

        Http.Answer stored = new Http(root).get("/api/v1/surveys/" + code, "Authorization", "Bearer " + ItSupport.apiToken());
        assertEquals(200, stored.status(), stored.body());
        assertEquals("active", stored.json().getString("status"));
        var questions = stored.json().getJsonArray("questions");
        assertEquals("improve", questions.getJsonObject(1).getString("code"));
        assertEquals("Czy chcesz coś dodać? Źdźbło, gęś, żółw",
                questions.getJsonObject(3).getJsonObject("text").getString("pl"));

        // once active, the asked questions' codes are locked on the screen
        assertFalse(browser.findElement(By.id("editor:q:0:qcode")).isEnabled());
    }

    @Test
    void anAnalystDragsACategoryUnderAnotherRenamesItInPolishAndPublishes() throws IOException {
        String bearer = "Bearer " + ItSupport.apiToken();
        String parent = ItSupport.unique("ui-parent-").toLowerCase();
        String child = ItSupport.unique("ui-child-").toLowerCase();
        String hostile = ItSupport.unique("ui-xss-").toLowerCase();
        for (String[] c : new String[][] {{parent, "Rodzic"}, {child, "Dziecko"}, {hostile, "<img src=x onerror=alert(1)>"}}) {
            Http.Answer created = new Http(root).json("POST", "/api/v1/categories", "{\"code\":\"" + c[0]
                    + "\",\"name\":{\"pl\":\"" + c[1] + "\",\"en\":\"" + c[1] + "\"}}", "Authorization", bearer);
            assertEquals(201, created.status(), created.body());
        }
        int draft = new Http(root).get("/api/v1/categories?version=draft", "Authorization", bearer).json()
                .getJsonObject("version").getInt("number");

        signIn("admin", ItSupport.adminPassword());
        browser.get(root + "/app/taxonomy/index.xhtml?lang=pl&version=" + draft);
        By childNode = By.xpath("//span[@data-code='" + child + "']/ancestor::*[contains(@class,'ui-treenode-content')][1]");
        By parentNode = By.xpath("//span[@data-code='" + parent + "']/ancestor::*[contains(@class,'ui-treenode-content')][1]");
        WebElement source = wait.until(ExpectedConditions.visibilityOfElementLocated(childNode));
        WebElement target = browser.findElement(parentNode);
        assertTrue(browser.getPageSource().contains("&lt;img src=x onerror=alert(1)&gt;"), "a hostile name is text");
        assertNull(ExpectedConditions.alertIsPresent().apply(browser), "no script ran");

        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
        new org.openqa.selenium.interactions.Actions(browser).clickAndHold(source).moveByOffset(10, 10)
                .moveToElement(target).moveByOffset(0, 1).pause(Duration.ofMillis(300)).release().perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("taxonomy:messages"), "Przeniesiono"));
        assertEquals(parent, new Http(root).get("/api/v1/categories/" + child + "?version=draft", "Authorization", bearer)
                .json().getString("parent"), "the drop made it a sub-category");

        WebElement shown = browser.findElement(By.id("taxonomy:namePl"));
        click(By.xpath("//span[@data-code='" + child + "']"));
        wait.until(ExpectedConditions.stalenessOf(shown));
        WebElement namePl = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("taxonomy:namePl")));
        namePl.clear();
        namePl.sendKeys("Łódź — żółte paczki");
        click(By.id("taxonomy:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("taxonomy:messages"), "Zapisano kategorię"));
        screenshot("taxonomy-editor");

        click(By.id("taxonomy:publish"));
        click(By.cssSelector(".ui-confirmdialog-yes"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("taxonomy:messages"), "Opublikowano wersję"));

        Http.Answer published = new Http(root).get("/api/v1/categories/" + child, "Authorization", bearer);
        assertEquals(200, published.status(), published.body());
        assertEquals(parent, published.json().getString("parent"));
        assertEquals("Łódź — żółte paczki", published.json().getJsonObject("name").getString("pl"));
    }

    @Test
    void aReviewerCorrectsTheSentimentWithTheKeyboardAndAddsACategory() throws Exception {
        String bearer = "Bearer " + ItSupport.apiToken();
        String marker = ItSupport.unique("R");
        Http.Answer posted = new Http(root).json("POST", "/api/v1/responses", "{\"survey\":\"csat-delivery\",\"language\":\"pl\","
                + "\"scores\":{\"csat\":2},\"comment\":\"Kurier nie dzwonił, paczka po terminie " + marker + "\"}",
                "Authorization", bearer, "Idempotency-Key", marker);
        assertEquals(201, posted.status(), posted.body());
        long id = posted.json().getJsonNumber("id").longValue();
        jakarta.json.JsonObject analysis = null;
        for (int i = 0; i < 60; i++) {
            analysis = new Http(root).get("/api/v1/responses/" + id, "Authorization", bearer).json().getJsonObject("analysis");
            if (!analysis.getString("status").equals("pending")) {
                break;
            }
            Thread.sleep(500);
        }
        String suggested = analysis.getString("sentiment");
        String corrected = suggested.equals("negative") ? "positive" : "negative";

        signIn("admin", ItSupport.adminPassword());
        browser.get(root + "/app/review/index.xhtml?lang=pl&response=" + id);
        WebElement comment = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentComment")));
        assertTrue(comment.getText().contains(marker), comment.getText());
        comment.click();
        pressKey(corrected.equals("negative") ? "n" : "p");
        By radio = By.cssSelector("[id='review:sentiment'] input[value='" + corrected + "']");
        try {
            wait.until(d -> d.findElement(radio).isSelected());
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("review-failed");
            throw new AssertionError("the key did not set the sentiment to " + corrected + " (suggested " + suggested + ")", e);
        }

        click(By.cssSelector("[id='review:categories'] .ui-selectcheckboxmenu-trigger"));
        click(By.xpath("//div[@id='review:categories_panel']//li[contains(., '(price)')]//div[contains(@class,'ui-chkbox-box')]"));
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ESCAPE).perform();
        browser.findElement(By.id("currentComment")).click();
        pressKey("s");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review:messages"), "Zapisano weryfikację"));
        assertFalse(browser.findElement(By.id("review:table")).getText().contains(marker),
                "a reviewed comment leaves the \"to review\" list at once");
        screenshot("review");

        jakarta.json.JsonObject reviewed = new Http(root).get("/api/v1/responses/" + id, "Authorization", bearer).json()
                .getJsonObject("analysis");
        assertEquals("reviewed", reviewed.getString("status"), reviewed.toString());
        assertEquals(corrected, reviewed.getString("sentiment"));
        assertTrue(reviewed.getJsonArray("categories").toString().contains("\"price\""), reviewed.toString());
    }
}
