/** Store: the TDB2 dataset, one named graph per article plus metadata and entities graphs, written in transactions. */
package org.w3id.attache.store;
