package org.factlint;

/**
 * One rule of the catalog, as its DRL metadata describes it.
 *
 * @param id          stable id, prefixed by its category: {@code attendance.attended-and-absent}
 * @param category    one of the eleven categories of the report format
 * @param severity    severity of its findings
 * @param description one line for people
 * @param name        the rule's name in DRL: a sentence
 * @param file        the DRL file it comes from, relative to the rule folder
 */
public record RuleInfo(String id, String category, Severity severity, String description, String name, String file) {
}
