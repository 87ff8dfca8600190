/** Internal (not API; may change without notice): plain Java helpers that the DRL rules call. */
package org.factlint.engine.helpers;
