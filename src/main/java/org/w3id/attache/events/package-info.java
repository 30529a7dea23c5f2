/** Events: merges the reports of one real-world event, told by several articles, into one event node, and post mentions into tenures. */
package org.w3id.attache.events;
