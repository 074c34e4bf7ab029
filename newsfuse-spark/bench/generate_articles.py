#!/usr/bin/env python3
"""Writes a generated stream of news articles (articles JSONL) for the Spark pipeline benchmark.

Each generated event takes one Multi-News story; each of its articles is a seeded draw of that story's
sentences, with an outlet from a fixed list of fictional names and a date within three days of the
event's date. The same seed gives the same file, and the first N lines of a larger file are the file of
size N.

Two ways to date the events (--dates):
- "stream" (default): a news stream at a constant rate, --events-per-day events a day (about 5 articles
  each) in date order from 1980-01-01, so that twice the articles are twice the days, as a crawl twice as
  long. Each Multi-News story is used once in every cycle of all of them, in a seeded order per cycle; at
  the default rate a cycle is about 470 days, longer than the clusterer's closing silence (365 days), so a
  reused story starts a new story instead of reviving the old one.
- "spread": the first round's stream: event dates drawn uniformly over ten years (2015-2024) whatever the
  size. The larger the file, the denser the ten years and the more often the same Multi-News story recurs
  within a year, so stories grow with the input (at 25,000 / 50,000 / 100,000 articles the largest story
  had 205 / 557 / 1,094 articles) and the cost per article grows with them.

The output is benchmark input only: it is built from ../shared data and is never committed.

    python3 newsfuse-spark/bench/generate_articles.py --articles 1000000 --seed 17 \
        --multinews ../shared/data/multinews/multinews_test_5622_lowercased_truncated.jsonl --out /tmp/articles-1m.jsonl
"""
import argparse
import datetime
import json
import random
import re

OUTLETS = [f"{place} {kind}" for place in ("Harbor", "Valley", "Meridian", "Coastline", "Northgate", "Pinecrest", "Riverside",
                                            "Summit", "Lakeshore", "Eastfield")
           for kind in ("Daily", "Courier", "Wire", "Herald", "Gazette")]
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sentences_of(story):
    out = []
    for doc in story.get("documents", []):
        for sentence in SENTENCE_END.split(doc.get("text") or ""):
            sentence = sentence.strip()
            if len(sentence.split()) >= 5:
                out.append(sentence)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--multinews", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--dates", choices=("stream", "spread"), default="stream")
    parser.add_argument("--events-per-day", type=float, default=12.0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    stories = []
    with open(args.multinews, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                s = sentences_of(json.loads(line))
                if len(s) >= 4:
                    stories.append(s)
    start = datetime.date(2015, 1, 1) if args.dates == "spread" else datetime.date(1980, 1, 1)
    cycle = []
    written = 0
    event = 0
    with open(args.out, "w", encoding="utf-8") as out:
        while written < args.articles:
            if args.dates == "spread":
                sentences = stories[rng.randrange(len(stories))]
                day = start + datetime.timedelta(days=rng.randrange(3650))
            else:
                if not cycle:
                    cycle = list(range(len(stories)))
                    rng.shuffle(cycle)
                sentences = stories[cycle.pop()]
                day = start + datetime.timedelta(days=int(event / args.events_per_day))
            for _ in range(min(rng.randint(2, 8), args.articles - written)):
                k = min(len(sentences), rng.randint(4, 10))
                # an outlet keeps the story's order of facts but picks its own
                picked = sorted(rng.sample(range(len(sentences)), k))
                body = " ".join(sentences[i] for i in picked)
                title = sentences[picked[0]][:90]
                date = day + datetime.timedelta(days=rng.randrange(4))
                out.write(json.dumps({"id": f"g{written}", "source": rng.choice(OUTLETS), "title": title,
                                      "date": date.isoformat(), "text": body}) + "\n")
                written += 1
            event += 1
    print(f"{written} articles in {event} events -> {args.out}")


if __name__ == "__main__":
    main()
