#pragma once

#include "model/AnnotationResult.h"

#include <QByteArray>
#include <QIODevice>

namespace onco {

class JsonWriter;

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
    /** The same line as bytes; `sizeHint`: about how long it will be (room made at once). */
    static QByteArray line(const AnnotationResult& result, qsizetype sizeHint = 0);
    /** Writes the same document as one value into `w` (a report embeds it). */
    static void write(JsonWriter& w, const AnnotationResult& result, int threads = 1);
};

} // namespace onco
