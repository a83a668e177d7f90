/**
 * The generic statement tree of keepalived.conf (keyword, words, optional block), produced by the grammar and
 * consumed by the model builder. It knows no keyword; types from the generated parser never leave this module.
 */
package org.keepalived4j.config.tree;
