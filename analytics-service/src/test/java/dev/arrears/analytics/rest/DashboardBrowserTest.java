package dev.arrears.analytics.rest;

import dev.arrears.analytics.Facts;
import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/**
 * The dashboard at {@code /} in headless Chromium (Debian's {@code chromium}, installed by
 * {@code install-chromium.sh} when missing): a fresh tenant's invoices, payments and reminders go through the
 * real broker, and every chart of the page draws them. The screenshot is kept as target/dashboard.png.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** DSO, aging (one currency), CEI, at risk, effectiveness by step and by channel. */
    private static final int CHARTS = 6;
    private static final Pattern CANVAS = Pattern.compile("<canvas\\b[^>]*>");
    private static final Pattern POINTS = Pattern.compile("data-points=\"(\\d+)\"");

    @TestHTTPResource("/")
    URL root;

    @Test
    void drawsEveryChartFromARealEventStream() throws Exception {
        String tenant = "dash-" + UUID.randomUUID().toString().substring(0, 8);
        feed(tenant);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            given().get("/api/v1/tenants/{t}/customers/overdue?currency=EUR", tenant).then().statusCode(200)
                    .body("customers", hasSize(2))
                    .body("customers[0].customerId", is("C-2"));
            given().get("/api/v1/tenants/{t}/dunning-effectiveness?currency=EUR&by=STEP", tenant).then().statusCode(200)
                    .body("rows", hasSize(2));
            given().get("/api/v1/tenants/{t}/receivables-balance/EUR", tenant).then().statusCode(200)
                    .body("amount", is("4100.00"));
        });
        given().get("/").then().statusCode(200).contentType("text/html");
        given().get("/webjars/chart.js/dist/chart.umd.js").then().statusCode(200);

        installChromiumIfMissing();
        String page = root + "?tenant=" + tenant;

        String dom = chromium(List.of("--dump-dom", page)).output();
        assertThat(dom).as("page error").doesNotContain("data-error=");
        assertThat(dom).contains("data-rendered=\"" + CHARTS + "\"");
        List<String> canvases = new ArrayList<>();
        Matcher canvas = CANVAS.matcher(dom);
        while (canvas.find()) {
            canvases.add(canvas.group());
        }
        assertThat(canvases).hasSize(CHARTS).allSatisfy(tag -> {
            Matcher points = POINTS.matcher(tag);
            assertThat(points.find()).as("data-points on %s", tag).isTrue();
            assertThat(Integer.parseInt(points.group(1))).as("data points of %s", tag).isPositive();
        });
        assertThat(dom).contains("<td>C-2</td>", "<td>C-1</td>");

        Path screenshot = Path.of("target", "dashboard.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        chromium(List.of("--screenshot=" + screenshot, "--window-size=1400,1800", "--hide-scrollbars", page));
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(20_000);
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(distinctColours(image)).isGreaterThan(50);
    }

    /**
     * Three customers in EUR: C-1 owes 1000 issued 60 days ago (due 30 days ago), reminded and half paid, and 700 over
     * 70 days past due; C-2 owes 2000 due 20 days ago, reminded by SMS and 600 paid; C-3 owes 1500 not yet due.
     */
    private static void feed(String tenant) {
        Facts c1 = Facts.of(tenant, "C-1");
        Facts c2 = Facts.of(tenant, "C-2");
        Facts c3 = Facts.of(tenant, "C-3");
        publish(c1.invoice("INV-1", day(-60), day(-30), "1000.00"));
        publish(c1.invoice("INV-4", day(-100), day(-70), "700.00"));
        publish(c2.invoice("INV-2", day(-50), day(-20), "2000.00"));
        publish(c3.invoice("INV-3", day(-20), day(10), "1500.00"));
        publish(c1.reminder("R-1", day(-25) + "T08:00:00Z", "friendly", Tone.FRIENDLY, "reminder-friendly", Channel.EMAIL,
                "INV-1", day(-30), "1000.00"));
        publish(c2.reminder("R-2", day(-15) + "T08:00:00Z", "firm", Tone.FIRM, "reminder-firm", Channel.SMS,
                "INV-2", day(-20), "2000.00"));
        publish(c1.payment("PAY-1", day(-20), "INV-1", "500.00"));
        publish(c2.payment("PAY-2", day(-10), "INV-2", "600.00"));
    }

    private static void installChromiumIfMissing() throws IOException, InterruptedException {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        Path script = Path.of("src", "test", "resources", "install-chromium.sh").toAbsolutePath();
        Run install = run(List.of("sh", script.toString()), Duration.ofMinutes(10));
        assertThat(install.exitCode()).as("install-chromium.sh:%n%s", install.output()).isZero();
        assertThat(CHROMIUM).isExecutable();
    }

    private static Run chromium(List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("dashboard-chromium");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=15000"));
        command.addAll(arguments);
        Run run = run(command, Duration.ofSeconds(90));
        assertThat(run.exitCode()).as("chromium %s:%n%s", arguments, run.errors()).isZero();
        return run;
    }

    /** Runs a command to its end within the timeout; its standard error goes to a file so neither pipe can block it. */
    private static Run run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Path out = Files.createTempFile("dashboard-run", ".out");
        Path err = Files.createTempFile("dashboard-run", ".err");
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError(command.get(0) + " took longer than " + timeout + ":\n" + Files.readString(err));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err));
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static String day(int offset) {
        return TODAY.plusDays(offset).toString();
    }

    private static void publish(ArrearsEvent event) {
        String source = event.getClass().getPackageName().endsWith("dunning") ? "/arrears/dunning-engine" : "/arrears/invoice-service";
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), EventType.of(event), source, Instant.now(), null, event);
        try {
            TestKafka.send(envelope.topic(), envelope.key(), envelope.headers(), ArrearsJson.mapper().writeValueAsString(event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private record Run(int exitCode, String output, String errors) {
    }
}
