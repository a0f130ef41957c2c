package dev.arrears.dunning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An invoice of a tenant's customer as the dunning engine tracks it: what is open and since when. */
@Entity
@Table(name = "receivable")
@IdClass(Receivable.Key.class)
public class Receivable {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "invoice_id")
    public String invoiceId;

    @Column(name = "customer_id")
    public String customerId;

    @Column(name = "invoice_number")
    public String invoiceNumber;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public String currency;

    @Column(name = "open_amount")
    public BigDecimal openAmount;

    @Column(name = "last_event_id")
    public String lastEventId;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Composite identity: invoice ids are unique within a tenant only. */
    public record Key(String tenantId, String invoiceId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
