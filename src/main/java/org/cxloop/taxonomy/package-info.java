/**
 * Taxonomy: what customer feedback is about — a hierarchy of categories with Polish and English names and keyword
 * rules, versioned per CEM cycle. Rules: codes are unique within a version and never reused for something else; a
 * category is never its own ancestor; only a draft version is edited, and only a published version is used by
 * analysis; publishing records how every category of the previous version maps into the new one (keep, rename,
 * move, merge, split, retire), so that trends stay comparable across versions; a retired category keeps its history.
 */
package org.cxloop.taxonomy;
