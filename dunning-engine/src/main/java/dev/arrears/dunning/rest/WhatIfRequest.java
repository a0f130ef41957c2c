package dev.arrears.dunning.rest;

import dev.arrears.dunning.domain.policy.DunningPolicy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What to simulate: a draft policy (or, without one, the policy in force) over either a customer's history or a sample
 * portfolio, from {@code from} (by default the first issue date) through {@code to}.
 */
public record WhatIfRequest(PolicyResource.PolicyDraft policy, String customerId, WhatIfPortfolio portfolio, LocalDate from,
                            LocalDate to) {

    /** The id a draft policy runs under: it has none of its own until it is saved. */
    static final String DRAFT_ID = "draft";

    /** A replay is bounded, so that one request cannot keep a core busy for long. */
    static final int MAX_YEARS = 2;

    DunningPolicy draftPolicy() {
        return policy.toPolicy(DRAFT_ID);
    }

    /** Everything wrong with the request that the body alone shows, each naming its field. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (policy != null) {
            draftPolicy().problems().forEach(problem -> problems.add("policy: " + problem));
        }
        boolean customer = customerId != null && !customerId.isBlank();
        if (customer == (portfolio != null)) {
            problems.add("give either a customerId or a portfolio");
        }
        if (to == null) {
            problems.add("to is required");
        } else if (from != null) {
            problems.addAll(periodProblems(from, to));
        }
        if (portfolio != null) {
            problems.addAll(portfolio.problems());
        }
        return problems;
    }

    /** What is wrong with the period replayed, once its first day is known. */
    static List<String> periodProblems(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return List.of("from " + from + " is after to " + to);
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            return List.of("from " + from + " to " + to + " is more than " + MAX_YEARS + " years");
        }
        return List.of();
    }
}
