package org.cxloop.taxonomy.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cxloop.platform.boundary.StartupCompleted;

/** Seed data: the default taxonomy as published version 1, once, when there is no taxonomy yet. */
@Stateless
public class TaxonomySeeder {

    @Inject
    Categories categories;

    public void seed(@Observes StartupCompleted startup) {
        categories.seedDefault();
    }
}
