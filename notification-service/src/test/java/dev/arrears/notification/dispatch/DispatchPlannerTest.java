package dev.arrears.notification.dispatch;

import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.EscalationKind;
import dev.arrears.contracts.dunning.EscalationRaised;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.contracts.notification.NotificationFailure;
import dev.arrears.notification.config.NotificationConfig.OnSilence;
import dev.arrears.notification.contacts.Contact;
import dev.arrears.notification.contacts.OptOuts.OptOut;
import dev.arrears.notification.ledger.LedgerEntry;
import dev.arrears.notification.ledger.LedgerStatus;
import dev.arrears.notification.ledger.MessageIds;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The dispatch rules without a database: which channel and address, when, and what to do about earlier attempts. */
class DispatchPlannerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Saturday 14 November 2026, 10:00 in Berlin. */
    private static final Instant MORNING = Instant.parse("2026-11-14T09:00:00Z");
    /** The same day, 22:00 in Berlin. */
    private static final Instant NIGHT = Instant.parse("2026-11-14T21:00:00Z");
    private static final String REMINDER = "rem-1";

    private final DispatchPlanner planner = new DispatchPlanner(new DispatchPlanner.Settings(
            new QuietHours(LocalTime.of(9, 0), LocalTime.of(20, 0)), ZoneId.of("UTC"), Duration.ofHours(1), 3, Duration.ofMinutes(5),
            Map.of(Channel.EMAIL, new DispatchPlanner.Silence(Duration.ofHours(1), OnSilence.RESEND),
                    Channel.SMS, new DispatchPlanner.Silence(Duration.ofHours(1), OnSilence.RESEND),
                    Channel.VOICE, new DispatchPlanner.Silence(Duration.ofHours(1), OnSilence.NEXT_CHANNEL))));

    private final List<OptOut> optOuts = new ArrayList<>();
    private final List<LedgerEntry> ledger = new ArrayList<>();

    @Test
    void sendsOnTheFirstChannelWithConsentAndAnAddress() {
        assertThat(decide(reminder(Channel.EMAIL, Channel.SMS), customer(true, true, false), MORNING))
                .isEqualTo(new Decision.Send(Candidate.of(REMINDER, Channel.EMAIL, "ap@mueller.de"), null));
    }

    @Test
    void skipsAChannelWithoutConsent() {
        assertThat(decide(reminder(Channel.EMAIL, Channel.SMS), customer(false, true, false), MORNING))
                .isEqualTo(new Decision.Send(Candidate.of(REMINDER, Channel.SMS, "+491701234567"), null));
    }

    @Test
    void textsOutsideTheLocalWindowWaitForItToOpen() {
        assertThat(decide(reminder(Channel.SMS), customer(false, true, false), NIGHT))
                .isEqualTo(new Decision.Wait(Instant.parse("2026-11-15T08:00:00Z"), "SMS waits for the customer's local send window"));
        // Email has no quiet hours here: the dunning engine already chose the moment.
        assertThat(decide(reminder(Channel.EMAIL), customer(true, true, false), NIGHT)).isInstanceOf(Decision.Send.class);
    }

    @Test
    void anOptedOutAddressIsSkippedForTheNextOne() {
        optOuts.add(new OptOut(Channel.EMAIL, "ap@mueller.de", "unsubscribed", MORNING));

        assertThat(decide(reminder(Channel.EMAIL), customer(true, false, false), MORNING))
                .isEqualTo(new Decision.Send(Candidate.of(REMINDER, Channel.EMAIL, "k.mueller@mueller.de"), null));
    }

    @Test
    void whenNothingIsLeftItSaysWhyForEachChannel() {
        optOuts.add(new OptOut(Channel.EMAIL, "ap@mueller.de", "unsubscribed", MORNING));
        optOuts.add(new OptOut(Channel.EMAIL, "k.mueller@mueller.de", "spam report", MORNING));
        LedgerEntry call = entry(Channel.VOICE, "+491701234567", LedgerStatus.FAILED, 1);
        ledger.add(new LedgerEntry(call.messageId(), REMINDER, "acme", "C-1", Channel.VOICE, call.address(), LedgerStatus.FAILED, 1,
                "twilio", null, null, step(), "21211 invalid number", MORNING, null, null, null, null, MORNING, MORNING));

        assertThat(decide(reminder(Channel.EMAIL, Channel.SMS, Channel.VOICE), customer(true, false, true), MORNING))
                .isEqualTo(new Decision.Undeliverable("no channel left: EMAIL a***@mueller.de: opted out; "
                        + "EMAIL k***@mueller.de: opted out; SMS: no consent; VOICE +49*******567: FAILED (21211 invalid number)"));
    }

    @Test
    void aPermanentFailureMovesOnToTheNextChannel() {
        failed(Channel.EMAIL, "ap@mueller.de", LedgerStatus.FAILED);
        failed(Channel.EMAIL, "k.mueller@mueller.de", LedgerStatus.BOUNCED);

        assertThat(decide(reminder(Channel.EMAIL, Channel.SMS), customer(true, true, false), MORNING))
                .isEqualTo(new Decision.Send(Candidate.of(REMINDER, Channel.SMS, "+491701234567"), null));
    }

    @Test
    void aMessageThatReachedTheCustomerEndsTheDispatchEvenWhenNewAddressesAppear() {
        LedgerEntry sms = entry(Channel.SMS, "+491701234567", LedgerStatus.SENT, 1);
        ledger.add(sms);

        assertThat(decide(reminder(Channel.EMAIL, Channel.SMS), customer(true, true, false), MORNING))
                .isEqualTo(new Decision.Finished("SMS +49*******567: SENT"));
    }

    @Test
    void aProviderThatDidNotTakeItIsRetriedAfterTheBackoffUntilTheBudgetIsSpent() {
        LedgerEntry retrying = retrying(2, MORNING.plusSeconds(60));
        ledger.add(retrying);

        assertThat(decide(reminder(Channel.EMAIL), customer(true, false, false), MORNING))
                .isEqualTo(new Decision.Wait(MORNING.plusSeconds(60), "retry 3 after: 503 Service Unavailable"));
        assertThat(decide(reminder(Channel.EMAIL), customer(true, false, false), MORNING.plusSeconds(60)))
                .isEqualTo(new Decision.Send(Candidate.of(REMINDER, Channel.EMAIL, "ap@mueller.de"), retrying));

        ledger.set(0, retrying(3, MORNING.plusSeconds(60)));
        assertThat(decide(reminder(Channel.EMAIL, Channel.SMS), customer(true, true, false), MORNING.plusSeconds(60)))
                .isEqualTo(new Decision.DeadLetter(ledger.get(0), "EMAIL to a***@mueller.de failed 3 times, last: 503 Service Unavailable"));
    }

    @Test
    void aRetryNoLongerAllowedIsCancelled() {
        ledger.add(retrying(1, MORNING));
        optOuts.add(new OptOut(Channel.EMAIL, "ap@mueller.de", "unsubscribed", MORNING));

        assertThat(decide(reminder(Channel.EMAIL), customer(true, false, false), MORNING)).isInstanceOf(Decision.Cancel.class);
    }

    @Test
    void aSendInFlightIsWaitedForThenReconciledPerChannel() {
        LedgerEntry pending = entry(Channel.EMAIL, "ap@mueller.de", LedgerStatus.PENDING, 1);
        ledger.add(pending);
        Plan plan = reminder(Channel.EMAIL, Channel.SMS);
        Optional<Contact> contact = customer(true, true, false);

        // In flight: nothing else is tried until it is stale (pending since MORNING, timeout 5 min).
        assertThat(decide(plan, contact, MORNING.plusSeconds(60)))
                .isEqualTo(new Decision.Wait(MORNING.plusSeconds(300), "a send to a***@mueller.de is in flight"));
        // Stale: the outcome is unknown; the provider's webhook has until the grace period ends to settle it.
        assertThat(decide(plan, contact, MORNING.plusSeconds(600)))
                .isEqualTo(new Decision.Wait(MORNING.plusSeconds(300 + 3600), "waiting for local-mailbox to confirm the send to a***@mueller.de"));
        // No word within the grace: email is sent again, under the same message id.
        assertThat(decide(plan, contact, MORNING.plusSeconds(300 + 3600)))
                .isEqualTo(new Decision.Send(Candidate.of(REMINDER, Channel.EMAIL, "ap@mueller.de"), pending));
    }

    @Test
    void anUnconfirmedCallIsNotPlacedTwice() {
        LedgerEntry call = entry(Channel.VOICE, "+491701234567", LedgerStatus.UNCERTAIN, 1);
        ledger.add(call);

        assertThat(decide(reminder(Channel.VOICE, Channel.LETTER), customer(false, false, true), MORNING.plus(Duration.ofHours(2))))
                .isEqualTo(new Decision.Abandon(call, NotificationFailure.UNCONFIRMED, "local-mailbox never confirmed the send to "
                        + "+49*******567 within PT1H; not risking a second VOICE"));
    }

    @Test
    void waitsForMasterDataThatHasNotArrivedThenFallsBackToALetter() {
        assertThat(decide(reminder(Channel.EMAIL, Channel.LETTER), Optional.empty(), MORNING))
                .isEqualTo(new Decision.Wait(MORNING.plus(Duration.ofHours(1)), "waiting for the customer's master data"));
        assertThat(decide(reminder(Channel.EMAIL, Channel.LETTER), Optional.empty(), MORNING.plus(Duration.ofHours(1))))
                .isEqualTo(new Decision.StoreLetter(Candidate.of(REMINDER, Channel.LETTER, Candidate.POSTAL)));
    }

    @Test
    void aCallTaskIsRecordedAndOtherEscalationsOnlyRecorded() {
        assertThat(decide(escalation(EscalationKind.CALL_TASK), customer(false, false, false), MORNING))
                .isEqualTo(new Decision.RecordCallTask(Candidate.of("esc-1", Channel.CALL_TASK, Candidate.WORKLIST)));
        assertThat(decide(escalation(EscalationKind.LETTER), customer(false, false, false), MORNING))
                .isEqualTo(new Decision.StoreLetter(Candidate.of("esc-1", Channel.LETTER, Candidate.POSTAL)));
        assertThat(decide(escalation(EscalationKind.AGENCY_HANDOFF), customer(false, false, false), MORNING))
                .isEqualTo(new Decision.RecordedOnly("AGENCY_HANDOFF (90 days overdue): nothing for this service to send"));
    }

    private Decision decide(Plan plan, Optional<Contact> contact, Instant now) {
        return planner.decide(plan, contact, optOuts, ledger, MORNING, now);
    }

    private static Plan reminder(Channel... channels) {
        return Plan.of(new ReminderDue("acme", "C-1", REMINDER, step(), Tone.FIRM, "overdue", "de", List.of(channels), items(),
                List.of(Money.of("100.00", "EUR")), MORNING));
    }

    private static Plan escalation(EscalationKind kind) {
        return Plan.of(new EscalationRaised("acme", "C-1", "esc-1", kind, step(), "90 days overdue", items(), null, null));
    }

    private static PolicyStep step() {
        return new PolicyStep("default", 1, 3, "overdue-14");
    }

    private static List<DunnedItem> items() {
        return List.of(new DunnedItem("inv-1", "INV-1", null, LocalDate.parse("2026-10-31"), 14, Money.of("100.00", "EUR"), 2));
    }

    private static Optional<Contact> customer(boolean email, boolean sms, boolean voice) {
        return Optional.of(new Contact("acme", "C-1", "Müller GmbH", List.of("ap@mueller.de", "k.mueller@mueller.de"),
                voice ? List.of("+491701234567") : sms ? List.of("+491701234567") : List.of(), "de", BERLIN, "DE",
                new Contact.Consent(email, sms, voice), null));
    }

    private LedgerEntry retrying(int attempts, Instant next) {
        return new LedgerEntry(MessageIds.messageId(REMINDER, Channel.EMAIL, "ap@mueller.de"), REMINDER, "acme", "C-1", Channel.EMAIL,
                "ap@mueller.de", LedgerStatus.RETRYING, attempts, "local-mailbox", null, "overdue/de/FIRM/email", step(),
                "503 Service Unavailable", MORNING, null, next, null, null, MORNING, MORNING);
    }

    private void failed(Channel channel, String address, LedgerStatus status) {
        ledger.add(entry(channel, address, status, 1));
    }

    private static LedgerEntry entry(Channel channel, String address, LedgerStatus status, int attempts) {
        return new LedgerEntry(MessageIds.messageId(REMINDER, channel, address), REMINDER, "acme", "C-1", channel, address, status, attempts,
                "local-mailbox", null, null, step(), null, MORNING, status == LedgerStatus.UNCERTAIN ? MORNING : null, null, null, null,
                MORNING, MORNING);
    }
}
