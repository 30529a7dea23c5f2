/** Reconciliation: answers the W3C Reconciliation Service API 0.2, as OpenRefine speaks it, matching names of people, states and organisations to attache entities. */
package org.w3id.attache.reconcile;
