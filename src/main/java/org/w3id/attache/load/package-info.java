/** Bulk loading: N-Quads and TriG shards checked as they stream and written by TDB2's bulk loader in one transaction. */
package org.w3id.attache.load;
