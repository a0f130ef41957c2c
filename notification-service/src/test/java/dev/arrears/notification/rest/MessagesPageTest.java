package dev.arrears.notification.rest;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.notification.DunningEvents;
import dev.arrears.notification.PipelineTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The local mailbox shows what customers would have received, from real dunning events, without any provider. */
@QuarkusTest
class MessagesPageTest extends PipelineTest {

    @Test
    void showsAGermanEmailAndAnEnglishSmsNewestFirst() throws Throwable {
        String email = events.email("buchhaltung");
        String phone = DunningEvents.phone();
        events.customer("C-DE", "de", "Europe/Berlin", List.of(email), List.of(), true, false, false);
        events.customer("C-EN", "en", "Europe/London", List.of(), List.of(phone), false, true, false);
        pipeline.awaitContact("C-DE");
        pipeline.awaitContact("C-EN");
        ReminderDue german = events.reminder("C-DE", "de", Channel.EMAIL);
        ReminderDue english = events.reminder("C-EN", "en", Channel.SMS);
        clock.set(Instant.parse("2026-11-16T09:00:00Z"));
        events.publish(german);
        pipeline.awaitDispatch(german.reminderId());
        pipeline.run();
        clock.set(Instant.parse("2026-11-16T09:05:00Z"));
        events.publish(english);
        pipeline.awaitDispatch(english.reminderId());
        pipeline.run();

        JsonPath messages = pipeline.mailbox();
        assertThat(messages.getList("channel")).containsExactly("SMS", "EMAIL");
        assertThat(messages.getList("to")).containsExactly(phone, email);
        assertThat(messages.getString("[0].templateUsed")).contains("/en/");
        assertThat(messages.getString("[1].templateUsed")).contains("/de/");
        String subject = messages.getString("[1].subject");
        String sms = messages.getString("[0].text");
        assertThat(subject).isNotBlank();
        assertThat(sms).isNotBlank();

        String page = given().queryParam("tenantId", tenant).get("/messages").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<h2>" + subject + "</h2>"))
                .body(containsString("<iframe sandbox"))
                .body(containsString(sms))
                .body(containsString("to " + email))
                .body(not(containsString("<script")))
                .extract().asString();
        assertThat(page.indexOf("to " + phone)).isLessThan(page.indexOf("to " + email));
    }
}
