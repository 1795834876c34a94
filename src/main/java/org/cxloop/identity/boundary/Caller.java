package org.cxloop.identity.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** An authenticated caller: a user of the screens or an API token, with the groups (= role codes) it has. */
public record Caller(String name, String displayName, Set<String> groups, Instant checkedAt) implements Serializable {

    public Caller {
        groups = Set.copyOf(groups);
    }
}
