package org.newsfuse.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsfuse.Pipeline;
import org.newsfuse.analyze.SentenceEncoder;

/** The seed comparison with the sentence encoder this module installs: every check of the comparison issue. */
class SeedsComparisonWithEmbeddingsTest extends SeedsComparisonContract {

    @Override
    protected Pipeline pipeline() {
        return Pipeline.load();
    }

    @Override
    protected int corroboratedRequired() {
        return 6;
    }

    @Test
    void theModuleInstallsItsEncoder() {
        assertEquals("e5-small-v2-q", Pipeline.load().encoder().map(SentenceEncoder::name).orElse("none"));
    }
}
