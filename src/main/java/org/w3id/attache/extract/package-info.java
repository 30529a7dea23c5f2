/** Extract: runs the Semgrex rules of {@code rules/} over analysed sentences and builds fact values. */
package org.w3id.attache.extract;
