package org.newsfuse.spark;

import java.io.Serializable;
import java.util.List;

/**
 * A story as one grouping task found it inside its chunk of articles, before stories split across
 * chunks are merged. Carries article ids and a short sketch of the text, never the articles themselves.
 *
 * @param chunk         the chunk (a range of the date-ordered input)
 * @param local         the story's number inside the chunk
 * @param title         the title of its most central article, or null
 * @param size          how many articles it has
 * @param members       its articles' input orders, ascending
 * @param memberIds     their ids, in the same order
 * @param memberTitles  their titles (null when untitled), in the same order
 * @param outlets       distinct outlets, in member order
 * @param firstSeen     earliest article date, or null
 * @param lastSeen      latest article date, or null
 * @param duplicates    syndicated copies found inside the chunk
 * @param sketch        the leads of its first articles: what the merge across chunks compares
 */
record ChunkStory(int chunk, int local, String title, int size, List<Long> members, List<String> memberIds, List<String> memberTitles,
                  List<String> outlets, String firstSeen, String lastSeen, List<StoryDuplicate> duplicates, String sketch)
        implements Serializable {

    ChunkStory {
        members = List.copyOf(members);
        memberIds = List.copyOf(memberIds);
        memberTitles = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(memberTitles));
        outlets = List.copyOf(outlets);
        duplicates = List.copyOf(duplicates);
    }

    /** Unique across the run: {@code chunk:local}, zero-padded so that string order is chunk order. */
    String key() {
        return String.format(java.util.Locale.ROOT, "%07d:%07d", chunk, local);
    }

    long firstOrder() {
        return members.get(0);
    }
}
