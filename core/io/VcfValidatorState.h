#pragma once

// The private state of VcfValidator, shared by VcfValidator.cpp (meta-information and header
// lines) and VcfRecordChecks.cpp (data lines). Internal, not part of the product API.

#include "VcfTagRules.h"
#include "VcfValidator.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <array>
#include <cstddef>
#include <vector>

namespace onco {

namespace vcfsyntax {

/** Translation context of the validator's messages. */
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::VcfValidator)
};

struct MetaField
{
    QByteArrayView key;
    QByteArrayView value;
    bool quoted = false;
    bool bracketed = false;
};

/** Recently seen variants of the current chromosome, to find duplicates. */
struct SeenVariant
{
    qint64 pos;
    quint64 hash;
    qint64 line;
};

inline constexpr size_t maxSeenVariants = 4096;

} // namespace vcfsyntax

// ---------------------------------------------------------------------------------------------

struct VcfValidator::State
{
    QList<Problem> problems;
    qint64 count = 0;
    bool recordSkipped = false;

    int version = 43;
    bool sawLine = false;
    bool sawFileformat = false;
    bool sawHeader = false;
    qsizetype columns = 8;
    QList<QByteArray> sampleNames;
    QHash<QByteArray, vcfsyntax::TagDef> info;
    QHash<QByteArray, vcfsyntax::TagDef> format;
    QHash<QByteArray, QHash<QByteArray, qint64>> declared; // other structured lines: key -> ID -> line
    std::vector<vcfsyntax::MetaField> fields;

    quint64 recordNo = 0; // also the stamp of keys seen in the current INFO or FORMAT column
    bool haveChrom = false;
    QByteArray chrom;
    qint64 lastPos = -1;
    qint64 lastLine = 0;
    QHash<QByteArray, qint64> finishedChroms; // -> last line of the chromosome
    std::vector<vcfsyntax::SeenVariant> seen;
    std::vector<QByteArrayView> undeclaredKeys;
    QSet<QByteArray> badKeys; // INFO/FORMAT keys with a syntax problem already reported

    /** A parsed FORMAT column; records share a few of them, so they are kept. */
    struct FormatLayout
    {
        QByteArray text;
        std::vector<vcfsyntax::TagDef> defs; ///< copies, contiguous for the sample loop; known=false when undeclared
        std::vector<QByteArrayView> keys;    ///< into text
        qsizetype gtIndex = -1;
        bool parsed = false;
    };
    std::array<FormatLayout, 32> layouts; // direct-mapped by a hash of the text
    const FormatLayout* lastLayout = nullptr;

    /** The INFO key seen at each position of the previous INFO column, with its definition. */
    struct InfoSlot
    {
        QByteArray key;
        vcfsyntax::TagDef* def = nullptr;
    };
    std::vector<InfoSlot> infoSlots;

    /** What a value check needs for its checks and messages. */
    struct ValueContext
    {
        const State& state;
        const vcfsyntax::TagDef& def;
        QByteArrayView key;
        int nAlt;
        int ploidy;
        qsizetype sample; ///< -1 for INFO
        qint64 lineNo;
        QString what(QByteArrayView value) const;
        QString declaredAs() const;
    };

    State()
    {
        seen.reserve(64);
        undeclaredKeys.reserve(64);
        infoSlots.reserve(64);
    }

    template <typename Make> void report(qint64 line, bool skip, Make&& make)
    {
        ++count;
        recordSkipped = recordSkipped || skip;
        if (problems.size() < VcfValidator::maxStoredProblems)
            problems.append(Problem{line, skip, make()});
    }

    void noteLine(qint64 lineNo, bool isFileformat)
    {
        if (sawLine)
            return;
        sawLine = true;
        if (!isFileformat)
            report(
                lineNo, false, [] { return vcfsyntax::Messages::tr("the first line must be ##fileformat=VCFv4.x"); });
    }

    void meta(QByteArrayView line, qint64 lineNo);
    void structured(QByteArrayView key, QByteArrayView content, qint64 lineNo);
    void declareTag(vcfsyntax::Section section, qint64 lineNo);
    void header(QByteArrayView line, qint64 lineNo);
    void record(QByteArrayView line, qint64 lineNo);
    void addReservedDefaults();
    void checkInfo(QByteArrayView infoCol, int nAlt, qint64 lineNo);
    void checkSamples(QByteArrayView samples, QByteArrayView formatCol, int nAlt, bool altOk, qint64 lineNo);
    void checkOrder(QByteArrayView name, qint64 pos, QByteArrayView ref, QByteArrayView alt, qint64 lineNo);
    const FormatLayout* formatLayout(QByteArrayView formatCol, qint64 lineNo);
    bool checkValue(const ValueContext& c, bool hasValue, QByteArrayView value);
    qint64 checkItems(const ValueContext& c, QByteArrayView value);
    const vcfsyntax::MetaField* field(QByteArrayView name) const
    {
        for (const vcfsyntax::MetaField& f : fields)
            if (f.key == name)
                return &f;
        return nullptr;
    }
    qsizetype fieldIndex(QByteArrayView name) const
    {
        for (size_t i = 0; i < fields.size(); ++i)
            if (fields[i].key == name)
                return qsizetype(i);
        return -1;
    }
};

} // namespace onco
