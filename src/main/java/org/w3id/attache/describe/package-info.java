/** Describe: the dataset's VoID and DCAT description, counted from the store itself. */
package org.w3id.attache.describe;
