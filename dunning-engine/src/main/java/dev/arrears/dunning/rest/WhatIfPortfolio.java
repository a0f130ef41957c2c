package dev.arrears.dunning.rest;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.dunning.domain.fee.BalanceHistory;
import dev.arrears.dunning.domain.policy.ItemFacts;
import dev.arrears.dunning.domain.run.Debtor;
import dev.arrears.dunning.domain.schedule.BusinessCalendar;
import dev.arrears.dunning.domain.simulation.SimulatedItem;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** A sample customer to try a policy on: where they are, the language they are written to in, and their invoices. */
public record WhatIfPortfolio(String country, String timeZone, String language, List<Invoice> items) {

    /** The customer id the portfolio's events carry. */
    static final String CUSTOMER_ID = "portfolio";

    /** A sample to try a policy on, not a ledger: it keeps one replay well under a second. */
    static final int MAX_ITEMS = 100;

    public WhatIfPortfolio {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One invoice, due in one payment, and what was paid on it when. */
    public record Invoice(String invoiceNumber, LocalDate issueDate, LocalDate dueDate, Amount amount, List<Payment> payments) {

        public Invoice {
            payments = payments == null ? List.of() : List.copyOf(payments);
        }
    }

    public record Payment(LocalDate on, Amount amount) {
    }

    /**
     * An amount as sent. It is checked as {@link Money} during validation rather than read as one, so that a wrong
     * amount is reported with every other problem instead of failing the whole body.
     */
    public record Amount(BigDecimal amount, String currency) {

        Optional<String> problem(String at) {
            if (amount == null) {
                return Optional.of(at + ".amount is required");
            }
            try {
                new Money(amount, currency);
            } catch (IllegalArgumentException e) {
                return Optional.of(at + ": " + e.getMessage());
            }
            return amount.signum() > 0 ? Optional.empty() : Optional.of(at + " must be positive");
        }
    }

    /** The customer, reachable on every channel, so the timeline shows each step's channels as the policy plans them. */
    Debtor debtor(String tenantId) {
        return new Debtor(tenantId, CUSTOMER_ID, language, ZoneId.of(timeZone), country, null, EnumSet.allOf(Channel.class));
    }

    /** The invoices as items, each known by its number. */
    List<SimulatedItem> simulatedItems(String tenantId) {
        return items.stream().map(invoice -> new SimulatedItem(new ItemFacts(tenantId, CUSTOMER_ID, invoice.invoiceNumber(),
                invoice.invoiceNumber(), 1, invoice.issueDate(), invoice.dueDate(), invoice.amount().currency(), invoice.amount().amount(),
                BigDecimal.ZERO, null, false), history(invoice), List.of())).toList();
    }

    /** The amount open from the issue date on, less each day's payments from their day on. */
    private static BalanceHistory history(Invoice invoice) {
        Map<LocalDate, BigDecimal> open = new TreeMap<>(Map.of(invoice.issueDate(), invoice.amount().amount()));
        BigDecimal remaining = invoice.amount().amount();
        for (Payment payment : invoice.payments().stream().sorted(Comparator.comparing(Payment::on)).toList()) {
            remaining = remaining.subtract(payment.amount().amount());
            open.put(payment.on(), remaining);
        }
        return new BalanceHistory(open.entrySet().stream().map(change -> new BalanceHistory.Change(change.getKey(), change.getValue()))
                .toList());
    }

    /** Everything that makes the portfolio unusable, each naming its field. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        try {
            BusinessCalendar.forCountry(country == null ? "" : country);
        } catch (IllegalArgumentException e) {
            problems.add("portfolio.country: " + e.getMessage());
        }
        try {
            ZoneId.of(timeZone == null ? "" : timeZone);
        } catch (DateTimeException e) {
            problems.add("portfolio.timeZone '" + timeZone + "' is not a time zone such as Europe/Berlin");
        }
        if (language == null || language.isBlank()) {
            problems.add("portfolio.language is required");
        }
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            problems.add("portfolio.items needs 1 to " + MAX_ITEMS + " invoices, got " + items.size());
        }
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "portfolio.items[" + i + "]";
            Invoice invoice = items.get(i);
            if (invoice.invoiceNumber() == null || invoice.invoiceNumber().isBlank()) {
                problems.add(at + ".invoiceNumber is required");
            } else if (!numbers.add(invoice.invoiceNumber())) {
                problems.add(at + ".invoiceNumber " + invoice.invoiceNumber() + " is listed twice");
            }
            invoiceProblems(invoice, at, problems);
        }
        return problems;
    }

    private static void invoiceProblems(Invoice invoice, String at, List<String> problems) {
        if (invoice.issueDate() == null || invoice.dueDate() == null) {
            problems.add(at + " needs an issueDate and a dueDate");
        } else if (invoice.dueDate().isBefore(invoice.issueDate())) {
            problems.add(at + ".dueDate is before its issueDate");
        }
        Optional<String> amountProblem = invoice.amount() == null ? Optional.of(at + ".amount is required")
                : invoice.amount().problem(at + ".amount");
        amountProblem.ifPresent(problems::add);
        BigDecimal paid = BigDecimal.ZERO;
        for (int j = 0; j < invoice.payments().size(); j++) {
            String pat = at + ".payments[" + j + "]";
            Payment payment = invoice.payments().get(j);
            if (payment.on() == null) {
                problems.add(pat + ".on is required");
            } else if (invoice.issueDate() != null && payment.on().isBefore(invoice.issueDate())) {
                problems.add(pat + ".on is before the invoice was issued");
            }
            Optional<String> problem = payment.amount() == null ? Optional.of(pat + ".amount is required")
                    : payment.amount().problem(pat + ".amount");
            problem.ifPresent(problems::add);
            if (problem.isEmpty() && amountProblem.isEmpty()) {
                if (payment.amount().currency().equals(invoice.amount().currency())) {
                    paid = paid.add(payment.amount().amount());
                } else {
                    problems.add(pat + ".amount is in " + payment.amount().currency() + ", the invoice in " + invoice.amount().currency());
                }
            }
        }
        if (amountProblem.isEmpty() && paid.compareTo(invoice.amount().amount()) > 0) {
            problems.add(at + ".payments add up to more than its amount");
        }
    }
}
