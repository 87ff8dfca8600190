/** Internal (not API; may change without notice): the facts rules insert (Hit) or match besides the input (PersonRank, Membership). */
package org.factlint.engine.facts;
