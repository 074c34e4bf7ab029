package org.newsfuse.group;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * An inverted index from term to the recent articles whose vectors hold it, with the term's weight in
 * each. Removal moves the last posting into the gap, so a list's order is the order of additions and
 * removals, which similarity sums depend on. Not thread-safe.
 */
final class PostingsIndex {

    private int[][] articles = new int[1024][];
    private float[][] weights = new float[1024][];
    private int[] sizes = new int[1024];

    int size(int term) {
        return term < sizes.length ? sizes[term] : 0;
    }

    int article(int term, int posting) {
        return articles[term][posting];
    }

    float weight(int term, int posting) {
        return weights[term][posting];
    }

    void add(int term, int article, float weight) {
        if (term >= sizes.length) {
            int capacity = Math.max(term + 1, sizes.length * 2);
            articles = Arrays.copyOf(articles, capacity);
            weights = Arrays.copyOf(weights, capacity);
            sizes = Arrays.copyOf(sizes, capacity);
        }
        if (articles[term] == null) {
            articles[term] = new int[4];
            weights[term] = new float[4];
        }
        int size = sizes[term];
        if (size == articles[term].length) {
            articles[term] = Arrays.copyOf(articles[term], size * 2);
            weights[term] = Arrays.copyOf(weights[term], size * 2);
        }
        articles[term][size] = article;
        weights[term][size] = weight;
        sizes[term] = size + 1;
    }

    void remove(int term, int article) {
        int size = size(term);
        int[] arts = articles[term];
        for (int p = 0; p < size; p++) {
            if (arts[p] == article) {
                arts[p] = arts[size - 1];
                weights[term][p] = weights[term][size - 1];
                sizes[term] = size - 1;
                return;
            }
        }
    }

    /** Writes every posting list, in its order. */
    void save(DataOutput out) throws IOException {
        out.writeInt(sizes.length);
        for (int term = 0; term < sizes.length; term++) {
            out.writeInt(sizes[term]);
            for (int p = 0; p < sizes[term]; p++) {
                out.writeInt(articles[term][p]);
                out.writeFloat(weights[term][p]);
            }
        }
    }

    /** Reads what {@link #save} wrote into this empty index. */
    void restore(DataInput in) throws IOException {
        int terms = in.readInt();
        for (int term = 0; term < terms; term++) {
            int size = in.readInt();
            for (int p = 0; p < size; p++) {
                add(term, in.readInt(), in.readFloat());
            }
        }
    }
}
