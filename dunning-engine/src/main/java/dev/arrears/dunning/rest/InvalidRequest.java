package dev.arrears.dunning.rest;

import java.util.List;

/** A request that is well-formed but cannot be accepted; every reason is reported at once. */
public class InvalidRequest extends RuntimeException {

    private final List<String> problems;

    public InvalidRequest(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
