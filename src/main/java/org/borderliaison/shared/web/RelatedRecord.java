package org.borderliaison.shared.web;

/**
 * One linked record as a detail page or a picker shows it: {@code kind} is the message key naming its kind
 * ({@code "related.case"}), {@code label} what identifies it (a reference, a title), {@code detail} a short line
 * under it (date, status) or null, {@code url} its page (context-relative, e.g. {@code /cases/1001}).
 */
public record RelatedRecord(String kind, long id, String label, String detail, String url) {
}
