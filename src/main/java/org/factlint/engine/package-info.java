/** Internal (not API; may change without notice): compiling the rule folder once into a Drools knowledge base, and running it over one document per fresh session. */
package org.factlint.engine;
