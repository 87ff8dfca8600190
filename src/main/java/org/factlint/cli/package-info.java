/** Internal (not API; may change without notice): the factlint command line (check, rules, serve). */
package org.factlint.cli;
