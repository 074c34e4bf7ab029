package org.newsfuse.server.store;

import java.util.List;

/** One page of a longer list; {@code total} counts the whole list. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return offset + items.size() < total;
    }
}
