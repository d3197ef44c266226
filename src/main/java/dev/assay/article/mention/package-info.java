/**
 * Pure mention and topic matching over article text: sentences, phrases, masks. Plain Java over values, no
 * annotations. May import the JDK alone (ArchitectureTest).
 */
package dev.assay.article.mention;
