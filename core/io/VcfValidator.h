#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <memory>

namespace onco {

/**
 * Checks VCF text line by line against the VCF specification (versions 4.1 to 4.5, read from the
 * ##fileformat line; 4.0 gets the 4.1 rules, a missing or unknown version the 4.3 ones), so that a
 * file htslib would accept silently is never loaded without a word.
 *
 * Feed every line of the file in order, without its line terminator: lines starting with "##" to
 * checkMetaLine(), a line starting with a single '#' to checkHeaderLine(), every other line (empty
 * ones too) to checkRecord(); then call finish(). Nothing throws and nothing aborts: every finding
 * becomes a Problem. A problem of the FORMAT column, or an INFO/FORMAT key with a bad name, is
 * reported on the first record that shows it, not on every record.
 *
 * checkRecord() allocates only to report a problem, to learn a FORMAT layout or INFO key order it
 * has not seen, or on a chromosome change; memory stays bounded (recent variants of the current
 * chromosome, the names of the finished ones, at most 32 FORMAT layouts).
 */
class VcfValidator
{
public:
    struct Problem
    {
        qint64 line = 0;         ///< 1-based line number; 0 when the problem concerns the whole file
        bool skipRecord = false; ///< the data line cannot be trusted and must not be loaded
        QString message;         ///< short, user-facing, translated
    };

    /** Problems kept in problems(); later ones are only counted. */
    static constexpr qsizetype maxStoredProblems = 1000;

    VcfValidator();
    ~VcfValidator();
    VcfValidator(VcfValidator&&) noexcept;
    VcfValidator& operator=(VcfValidator&&) noexcept;
    VcfValidator(const VcfValidator&) = delete;
    VcfValidator& operator=(const VcfValidator&) = delete;

    /** A "##key=value" line; fills the INFO/FORMAT dictionaries. Problems are warnings. */
    void checkMetaLine(QByteArrayView line, qint64 lineNo);
    /** The "#CHROM..." line; sets the expected columns. Problems are warnings. */
    void checkHeaderLine(QByteArrayView line, qint64 lineNo);
    /**
     * A data line. Problems that make the record untrustworthy have skipRecord set: a data line
     * before the header, the column count, an empty CHROM, POS, REF, ALT, a GT that does not parse
     * or names a missing allele, a sample with more fields than FORMAT. INFO/FORMAT values, odd
     * names, ordering and duplicates are warnings.
     */
    void checkRecord(QByteArrayView line, qint64 lineNo);
    /** End-of-file checks: empty file, missing header, last line without a newline. */
    void finish(bool lastLineHadNewline, qint64 lastLineNo);

    /** Problems in the order found, at most maxStoredProblems. */
    const QList<Problem>& problems() const;
    /** All problems found, stored or not. */
    qint64 problemCount() const;
    /** Moves the stored problems out (the count stays). */
    QList<Problem> takeProblems();
    /** True when the last checkRecord() found a problem with skipRecord set, stored or not. */
    bool lastRecordSkipped() const;

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace onco
