/**
 * Public API: the immutable values of one {@code factlint-facts/1} document (article, entities,
 * one record per fact type), for callers that build a {@link org.factlint.model.FactsDocument}
 * in Java rather than send JSON. Rules match these records.
 */
package org.factlint.model;
