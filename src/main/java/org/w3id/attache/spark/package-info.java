/** Extraction on Apache Spark: articles from any Hadoop file system in, one gzipped N-Quads shard per partition and a report of bad inputs out. */
package org.w3id.attache.spark;
