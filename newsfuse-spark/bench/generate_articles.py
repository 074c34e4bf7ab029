#!/usr/bin/env python3
"""Writes a generated stream of news articles (articles JSONL) for the Spark pipeline benchmark.

Each generated event takes one Multi-News story; each of its articles is a seeded draw of that story's
sentences, with an outlet from a fixed list of fictional names and a date within three days of the
event's date; event dates are spread over ten years. The same seed gives the same file. The output is
benchmark input only: it is built from ../shared data and is never committed.

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
    args = parser.parse_args()
    rng = random.Random(args.seed)
    stories = []
    with open(args.multinews, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                s = sentences_of(json.loads(line))
                if len(s) >= 4:
                    stories.append(s)
    start = datetime.date(2015, 1, 1)
    written = 0
    event = 0
    with open(args.out, "w", encoding="utf-8") as out:
        while written < args.articles:
            sentences = stories[rng.randrange(len(stories))]
            day = start + datetime.timedelta(days=rng.randrange(3650))
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
