/** Query: finds the competency queries of {@code queries/} and runs them, writing CSV, TSV, JSON or a table. */
package org.w3id.attache.query;
