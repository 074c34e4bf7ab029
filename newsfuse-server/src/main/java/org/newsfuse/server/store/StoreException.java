package org.newsfuse.server.store;

/** The store could not read or write (disk full, file locked, corrupt). Never carries article text. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
