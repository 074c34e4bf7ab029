package org.newsfuse.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {

    @TempDir
    Path folder;

    @Test
    void theOutletListNamesEveryStoredOutletOnceWhateverTheAgeOfItsStory() {
        try (SqliteStore store = SqliteStore.open(folder.resolve("outlets.db"))) {
            List<NewArticle> articles = new ArrayList<>();
            // The oldest story is the only one from the Lakeside Ledger; 150 newer stories push it far
            // below any page of latest stories.
            articles.add(article(0, Optional.of("Lakeside Ledger")));
            for (int i = 1; i <= 150; i++) {
                articles.add(article(i, Optional.of(i % 2 == 0 ? "valley courier" : "Valley Courier")));
            }
            articles.add(article(151, Optional.empty()));
            articles.add(article(152, Optional.of("Aster Wire")));
            store.append(articles, (article, id) -> new Placement(id, Optional.empty()));

            assertEquals(List.of("Aster Wire", "Lakeside Ledger", "Valley Courier", "valley courier"), store.outlets());
        }
    }

    private static NewArticle article(int n, Optional<String> outlet) {
        return new NewArticle("key:" + n, Optional.empty(), outlet, Optional.of("Ferry timetable change " + n), Optional.empty(), List.of(),
                "text", "The ferry timetable changes on Monday, the harbour office said in notice " + n + ".", Optional.empty(), List.of(),
                Instant.parse("2026-03-01T08:00:00Z"));
    }
}
