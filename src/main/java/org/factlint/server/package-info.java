/** Internal (not API; may change without notice): the HTTP service of factlint serve and the editor's page. */
package org.factlint.server;
