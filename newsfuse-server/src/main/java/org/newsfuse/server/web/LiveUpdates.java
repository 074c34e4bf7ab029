package org.newsfuse.server.web;

import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Open story pages, listening for new versions of their story over server-sent events. The service
 * calls {@link #storyUpdated} after it stores a recomputed story; each page listening to that story is
 * sent the new version number and fetches the page again. Sending happens on a thread of its own, so
 * the service's threads that announce updates never wait for a slow reader. Thread-safe.
 */
public final class LiveUpdates {

    /** The event name the pages listen for. */
    static final String EVENT = "story";

    private final Map<String, Set<SseClient>> listeners = new ConcurrentHashMap<>();
    /** One daemon sender; when it falls 1,024 announcements behind the oldest are dropped (pages catch up on the next). */
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1024),
            r -> {
                Thread t = new Thread(r, "newsfuse-live-updates");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.DiscardOldestPolicy());

    /**
     * Keeps {@code client} open and sends it every new version of {@code storyId}; sends the current
     * version at once when it is newer than the one the page shows (a version stored between rendering
     * the page and opening the stream is not missed).
     */
    void listen(String storyId, SseClient client, int shownVersion, Optional<Integer> currentVersion) {
        Set<SseClient> clients = listeners.computeIfAbsent(storyId, id -> ConcurrentHashMap.newKeySet());
        clients.add(client);
        client.onClose(() -> clients.remove(client));
        client.keepAlive();
        currentVersion.filter(v -> v > shownVersion).ifPresent(v -> client.sendEvent(EVENT, Integer.toString(v)));
    }

    /** Tells the pages open on {@code storyId} that {@code version} is stored. */
    public void storyUpdated(String storyId, int version) {
        Set<SseClient> clients = listeners.get(storyId);
        if (clients == null || clients.isEmpty()) {
            return;
        }
        sender.execute(() -> send(clients, version));
    }

    private static void send(Set<SseClient> clients, int version) {
        for (SseClient client : clients) {
            if (client.terminated()) {
                clients.remove(client);
            } else {
                client.sendEvent(EVENT, Integer.toString(version));
            }
        }
    }

    /** How many pages are listening to {@code storyId}. */
    public int listening(String storyId) {
        Set<SseClient> clients = listeners.get(storyId);
        return clients == null ? 0 : (int) clients.stream().filter(c -> !c.terminated()).count();
    }
}
