package dev.arrears.contracts;

import dev.arrears.contracts.analytics.DsoUpdated;
import dev.arrears.contracts.dunning.DunningLevelChanged;
import dev.arrears.contracts.dunning.DunningPaused;
import dev.arrears.contracts.dunning.DunningResumed;
import dev.arrears.contracts.dunning.EscalationRaised;
import dev.arrears.contracts.dunning.LateFeeAssessed;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.invoice.CreditNoteIssued;
import dev.arrears.contracts.invoice.CustomerUpserted;
import dev.arrears.contracts.invoice.DisputeOpened;
import dev.arrears.contracts.invoice.DisputeResolved;
import dev.arrears.contracts.invoice.InvoiceAdjusted;
import dev.arrears.contracts.invoice.InvoiceIssued;
import dev.arrears.contracts.invoice.InvoiceVoided;
import dev.arrears.contracts.invoice.InvoiceWrittenOff;
import dev.arrears.contracts.invoice.PaymentPlanAgreed;
import dev.arrears.contracts.invoice.PaymentReceived;
import dev.arrears.contracts.invoice.PaymentReversed;
import dev.arrears.contracts.invoice.PromiseToPayMade;
import dev.arrears.contracts.notification.ContactOptedOut;
import dev.arrears.contracts.notification.NotificationBounced;
import dev.arrears.contracts.notification.NotificationClicked;
import dev.arrears.contracts.notification.NotificationDelivered;
import dev.arrears.contracts.notification.NotificationFailed;
import dev.arrears.contracts.notification.NotificationOpened;
import dev.arrears.contracts.notification.NotificationSent;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of versioned events: CloudEvents type, topic, payload record, JSON Schema and golden
 * sample. A breaking change to a payload is a new version (a new constant), never an edit of an old one.
 */
public enum EventType {

    INVOICE_ISSUED("invoice", InvoiceIssued.class, 1, Topics.INVOICE_EVENTS),
    PAYMENT_RECEIVED("invoice", PaymentReceived.class, 1, Topics.INVOICE_EVENTS),
    INVOICE_ADJUSTED("invoice", InvoiceAdjusted.class, 1, Topics.INVOICE_EVENTS),
    INVOICE_VOIDED("invoice", InvoiceVoided.class, 1, Topics.INVOICE_EVENTS),
    INVOICE_WRITTEN_OFF("invoice", InvoiceWrittenOff.class, 1, Topics.INVOICE_EVENTS),
    PAYMENT_REVERSED("invoice", PaymentReversed.class, 1, Topics.INVOICE_EVENTS),
    CREDIT_NOTE_ISSUED("invoice", CreditNoteIssued.class, 1, Topics.INVOICE_EVENTS),
    DISPUTE_OPENED("invoice", DisputeOpened.class, 1, Topics.INVOICE_EVENTS),
    DISPUTE_RESOLVED("invoice", DisputeResolved.class, 1, Topics.INVOICE_EVENTS),
    PROMISE_TO_PAY_MADE("invoice", PromiseToPayMade.class, 1, Topics.INVOICE_EVENTS),
    PAYMENT_PLAN_AGREED("invoice", PaymentPlanAgreed.class, 1, Topics.INVOICE_EVENTS),
    CUSTOMER_UPSERTED("invoice", CustomerUpserted.class, 1, Topics.INVOICE_EVENTS),
    REMINDER_DUE("dunning", ReminderDue.class, 1, Topics.DUNNING_EVENTS),
    ESCALATION_RAISED("dunning", EscalationRaised.class, 1, Topics.DUNNING_EVENTS),
    LATE_FEE_ASSESSED("dunning", LateFeeAssessed.class, 1, Topics.DUNNING_EVENTS),
    DUNNING_LEVEL_CHANGED("dunning", DunningLevelChanged.class, 1, Topics.DUNNING_EVENTS),
    DUNNING_PAUSED("dunning", DunningPaused.class, 1, Topics.DUNNING_EVENTS),
    DUNNING_RESUMED("dunning", DunningResumed.class, 1, Topics.DUNNING_EVENTS),
    DSO_UPDATED("analytics", DsoUpdated.class, 1, Topics.ANALYTICS_DSO),
    NOTIFICATION_SENT("notification", NotificationSent.class, 1, Topics.NOTIFICATION_EVENTS),
    NOTIFICATION_DELIVERED("notification", NotificationDelivered.class, 1, Topics.NOTIFICATION_EVENTS),
    NOTIFICATION_OPENED("notification", NotificationOpened.class, 1, Topics.NOTIFICATION_EVENTS),
    NOTIFICATION_CLICKED("notification", NotificationClicked.class, 1, Topics.NOTIFICATION_EVENTS),
    NOTIFICATION_FAILED("notification", NotificationFailed.class, 1, Topics.NOTIFICATION_EVENTS),
    NOTIFICATION_BOUNCED("notification", NotificationBounced.class, 1, Topics.NOTIFICATION_EVENTS),
    CONTACT_OPTED_OUT("notification", ContactOptedOut.class, 1, Topics.NOTIFICATION_EVENTS);

    /** Root of the schemas' {@code $id}s; maps to {@code classpath:schemas/}. */
    public static final String SCHEMA_BASE_URI = "https://schemas.arrears.dev/";

    private static final Map<String, EventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private final String domain;
    private final Class<? extends ArrearsEvent> payloadClass;
    private final int version;
    private final String topic;

    EventType(String domain, Class<? extends ArrearsEvent> payloadClass, int version, String topic) {
        this.domain = domain;
        this.payloadClass = payloadClass;
        this.version = version;
        this.topic = topic;
    }

    /** The {@code ce_type}, e.g. {@code dev.arrears.invoice.InvoiceIssued.v1}. */
    public String type() {
        return "dev.arrears." + domain + "." + eventName() + ".v" + version;
    }

    /** The past-tense event name, e.g. {@code InvoiceIssued}. */
    public String eventName() {
        return payloadClass.getSimpleName();
    }

    public int version() {
        return version;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends ArrearsEvent> payloadClass() {
        return payloadClass;
    }

    /** Classpath location of the payload's JSON Schema. */
    public String schemaResource() {
        return "schemas/" + fileName();
    }

    /** Classpath location of the golden sample payload. */
    public String sampleResource() {
        return "samples/" + fileName();
    }

    /** The {@code ce_dataschema}: the schema's {@code $id}. */
    public String dataSchema() {
        return SCHEMA_BASE_URI + fileName();
    }

    public static EventType ofType(String ceType) {
        EventType type = BY_TYPE.get(ceType);
        if (type == null) {
            throw new UnknownEventType(ceType);
        }
        return type;
    }

    public static EventType of(ArrearsEvent event) {
        for (EventType type : values()) {
            if (type.payloadClass == event.getClass()) {
                return type;
            }
        }
        throw new IllegalArgumentException(event.getClass().getName() + " is not in the event catalogue");
    }

    private String fileName() {
        return domain + "/" + eventName() + ".v" + version + ".json";
    }

    /** A {@code ce_type} no version of the catalogue knows. */
    public static final class UnknownEventType extends RuntimeException {
        public UnknownEventType(String type) {
            super("unknown event type '" + type + "'");
        }
    }
}
