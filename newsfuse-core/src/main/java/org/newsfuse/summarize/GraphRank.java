package org.newsfuse.summarize;

/** PageRank by power iteration over a weighted, row-normalised graph, shared by LexRank and TextRank. */
final class GraphRank {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-6;

    private GraphRank() {
    }

    /** The weight of the undirected edge between two sentences (by index); 0 for none. */
    interface EdgeWeight {
        double between(int i, int j);
    }

    /**
     * @param n      the number of nodes
     * @param weight symmetric edge weights, asked once per pair
     * @param jump   the random-jump probability
     */
    static double[] pageRank(int n, EdgeWeight weight, double jump) {
        double[][] weights = new double[n][n];
        double[] rowSums = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double w = weight.between(i, j);
                weights[i][j] = w;
                weights[j][i] = w;
                rowSums[i] += w;
                rowSums[j] += w;
            }
        }
        double[] rank = new double[n];
        if (n == 0) {
            return rank;
        }
        java.util.Arrays.fill(rank, 1.0 / n);
        double[] next = new double[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double dangling = 0;
            for (int j = 0; j < n; j++) {
                if (rowSums[j] == 0) {
                    dangling += rank[j];
                }
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (rowSums[j] > 0 && weights[j][i] > 0) {
                        sum += weights[j][i] / rowSums[j] * rank[j];
                    }
                }
                next[i] = jump / n + (1 - jump) * (sum + dangling / n);
                change += Math.abs(next[i] - rank[i]);
            }
            double[] swap = rank;
            rank = next;
            next = swap;
            if (change < TOLERANCE) {
                break;
            }
        }
        return rank;
    }
}
