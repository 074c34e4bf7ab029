package org.newsfuse.spark;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's outputs as Spark tables: one home for their schemas (documented in docs/SPARK.md) and for
 * writing them as JSONL or Parquet.
 */
final class StoryTables {

    /** {@code summarize} and {@code pipeline}: one row per story. */
    static final StructType SUMMARIES = new StructType(new StructField[] {
            DataTypes.createStructField("story", DataTypes.StringType, false),
            DataTypes.createStructField("articles", DataTypes.IntegerType, false),
            DataTypes.createStructField("article_ids", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField("summary", DataTypes.StringType, true),
            DataTypes.createStructField("comparison", DataTypes.StringType, true),
            DataTypes.createStructField("error", DataTypes.StringType, true)});

    private static final StructType DUPLICATE = new StructType(new StructField[] {
            DataTypes.createStructField("article", DataTypes.StringType, false),
            DataTypes.createStructField("duplicate_of", DataTypes.StringType, false),
            DataTypes.createStructField("similarity", DataTypes.DoubleType, false)});

    /** {@code group}: one row per story. */
    static final StructType GROUPS = new StructType(new StructField[] {
            DataTypes.createStructField("story", DataTypes.StringType, false),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("articles", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField("titles", DataTypes.createArrayType(DataTypes.StringType, true), false),
            DataTypes.createStructField("outlets", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField("first_seen", DataTypes.StringType, true),
            DataTypes.createStructField("last_seen", DataTypes.StringType, true),
            DataTypes.createStructField("duplicates", DataTypes.createArrayType(DUPLICATE, false), false)});

    private StoryTables() {
    }

    static Dataset<Row> summaries(SparkSession spark, JavaRDD<StoryOutput> stories) {
        return spark.createDataFrame(stories.map(s -> RowFactory.create(s.story(), s.articles(), s.articleIds().toArray(String[]::new),
                s.summary(), s.comparison(), s.error())), SUMMARIES);
    }

    static Dataset<Row> groups(SparkSession spark, JavaRDD<GroupedStory> stories) {
        return spark.createDataFrame(stories.map(s -> RowFactory.create(s.id(), s.title(), s.articleIds().toArray(String[]::new),
                s.titles().toArray(String[]::new), s.outlets().toArray(String[]::new), s.firstSeen(), s.lastSeen(),
                s.duplicates().stream().map(d -> RowFactory.create(d.article(), d.duplicateOf(), d.similarity())).toArray(Row[]::new))), GROUPS);
    }

    /** Writes {@code table} to {@code path} as JSONL (nulls kept, as the CLI writes them) or Parquet. */
    static void write(Dataset<Row> table, String path, String format) {
        if (format.equals("parquet")) {
            table.write().parquet(path);
        } else {
            table.write().option("ignoreNullFields", "false").json(path);
        }
    }

}
