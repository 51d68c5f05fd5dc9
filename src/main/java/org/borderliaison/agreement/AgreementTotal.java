package org.borderliaison.agreement;

/**
 * Agreements of one kind for the yearly summary: how many were signed within the period, and how many were in
 * force on its last day (whenever they were signed).
 */
public record AgreementTotal(AgreementKind kind, long signed, long inForceAtEnd) {
}
