package dev.arrears.contracts.dunning;

/** The policy version and step that caused a dunning action; kept on every event as evidence. */
public record PolicyStep(String policyId, int policyVersion, int stepIndex, String stepName) {
}
