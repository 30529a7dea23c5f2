/** Extract: runs the Semgrex and TokensRegex rules of {@code rules/} over analysed sentences, then reads the article whole (hosts, interview outlets, posts named through a peer) to build its facts. */
package org.w3id.attache.extract;
