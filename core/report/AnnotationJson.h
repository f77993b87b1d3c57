#pragma once

#include "model/AnnotationResult.h"

#include <QByteArray>
#include <QIODevice>

#include <memory>

namespace onco {

class JsonWriter;

/**
 * The members of a JSON Lines record that come from a knowledge-base item alone (its source, id,
 * profile, level, therapies, disease, link ...), kept as text for the next record that cites the
 * same item: a cohort's records cite the same few hundred items again and again. Holds items of
 * one knowledge base as a session read it (items are known by source, release and id); belongs to
 * one thread. Bounded: starts afresh after `capacity` items.
 */
class AnnotationJsonCache
{
public:
    explicit AnnotationJsonCache(qsizetype capacity = 20000);
    ~AnnotationJsonCache();
    AnnotationJsonCache(const AnnotationJsonCache&) = delete;
    AnnotationJsonCache& operator=(const AnnotationJsonCache&) = delete;

    struct Data;

private:
    friend class AnnotationJson;
    std::unique_ptr<Data> d;
};

/**
 * Writes an annotation as JSON, schema "oncoboard.annotation/1" (docs/json-schema.md), a public
 * contract: keys in a fixed order, fields not computed are omitted and never invented, and the
 * same inputs and knowledge-base releases give byte-identical output.
 */
class AnnotationJson
{
public:
    static constexpr const char* schema = "oncoboard.annotation/1";

    /**
     * The document as bytes. With `threads` > 1, a large case's alterations are serialised on that
     * many threads; the bytes are the same.
     */
    static QByteArray write(const AnnotationResult& result, int threads = 1);
    /**
     * Streams the same document to `device` as it is written (no copy of the whole output in
     * memory). False when the device refused a write.
     */
    static bool write(QIODevice* device, const AnnotationResult& result, int threads = 1);
    /**
     * The same document on one line and a newline: a record of a JSON Lines stream (one case of a
     * cohort per line). False when the device refused a write.
     */
    static bool writeLine(QIODevice* device, const AnnotationResult& result);
    /**
     * The same line as bytes; `sizeHint`: about how long it will be (room made at once). With a
     * cache (the calling thread's, for one knowledge-base session), the same bytes sooner.
     */
    static QByteArray
    line(const AnnotationResult& result, qsizetype sizeHint = 0, AnnotationJsonCache* cache = nullptr);
    /** Writes the same document as one value into `w` (a report embeds it). */
    static void write(JsonWriter& w, const AnnotationResult& result, int threads = 1);

private:
    static void write(JsonWriter& w, const AnnotationResult& result, int threads, AnnotationJsonCache* cache);
};

} // namespace onco
