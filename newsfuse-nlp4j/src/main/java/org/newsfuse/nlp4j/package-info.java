/**
 * The optional speaker parser on NLP4J: a quotation's speaker is the subject of the verb that governs it.
 */
package org.newsfuse.nlp4j;
