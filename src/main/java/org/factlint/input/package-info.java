/**
 * Internal: reading and validating facts and reference files into the model, or problems.
 * {@link org.factlint.input.InputLimits} is the one public type of this package (it configures
 * {@link org.factlint.Checker.Builder#limits}); the rest may change without notice.
 */
package org.factlint.input;
