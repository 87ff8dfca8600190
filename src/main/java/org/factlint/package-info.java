/**
 * factlint's public API: what a CMS embeds. Everything a caller needs is here and in
 * {@link org.factlint.model} (the values of a facts document, for callers that build documents in
 * Java) plus {@link org.factlint.input.InputLimits}; every other package ({@code input},
 * {@code engine}, {@code report}, {@code cli}, {@code server}) is internal and may change
 * without notice.
 *
 * <ul>
 *   <li>{@link org.factlint.Checker}: built once from a rule folder and an optional reference
 *       file, then shared by any number of threads; checks a document given as bytes, a string,
 *       a stream or a {@link org.factlint.model.FactsDocument}.</li>
 *   <li>{@link org.factlint.Report} ({@code factlint-report/1}), with its
 *       {@link org.factlint.Finding}s and input {@link org.factlint.Problem}s;
 *       {@link org.factlint.Report#toJson()} writes it as JSON.</li>
 *   <li>{@link org.factlint.CheckOptions}: minimum severity, categories to keep or leave out,
 *       fingerprints of accepted findings.</li>
 *   <li>{@link org.factlint.Severity}, {@link org.factlint.RuleInfo} (the catalog), and the two
 *       exceptions that building a checker may throw: {@link org.factlint.RuleSetException} and
 *       {@link org.factlint.InvalidInputException}.</li>
 * </ul>
 */
package org.factlint;
