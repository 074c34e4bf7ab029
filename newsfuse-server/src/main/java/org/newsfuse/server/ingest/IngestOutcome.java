package org.newsfuse.server.ingest;

import java.util.Optional;

/** One article of a batch: stored (a receipt) or not taken (why). */
public record IngestOutcome(Optional<IngestReceipt> receipt, Optional<InvalidArticle> rejected) {

    static IngestOutcome stored(IngestReceipt receipt) {
        return new IngestOutcome(Optional.of(receipt), Optional.empty());
    }

    static IngestOutcome rejected(InvalidArticle why) {
        return new IngestOutcome(Optional.empty(), Optional.of(why));
    }
}
