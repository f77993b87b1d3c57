#include "VcfReader.h"

#include "SampleSelector.h"

#include "LineReader.h"
#include "ReadBounds.h"
#include "StringInterner.h"
#include "TranscriptAnnotation.h"
#include "VcfHeaderInfo.h"
#include "VcfReadSupport.h"
#include "VcfValidationWorker.h"
#include "VcfValidator.h"

#include <htslib/bgzf.h>
#include <htslib/hfile.h>
#include <htslib/hts.h>
#include <htslib/hts_log.h>
#include <htslib/kseq.h>
#include <htslib/kstring.h>
#include <htslib/vcf.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct HtsFileCloser
{
    void operator()(htsFile* f) const
    {
        hts_close(f);
    }
};
struct HeaderDeleter
{
    void operator()(bcf_hdr_t* h) const
    {
        bcf_hdr_destroy(h);
    }
};
struct RecordDeleter
{
    void operator()(bcf1_t* r) const
    {
        bcf_destroy(r);
    }
};
using HtsFilePtr = std::unique_ptr<htsFile, HtsFileCloser>;
using HeaderPtr = std::unique_ptr<bcf_hdr_t, HeaderDeleter>;
using RecordPtr = std::unique_ptr<bcf1_t, RecordDeleter>;

/** kstring_t that frees itself. */
struct KString
{
    kstring_t s = KS_INITIALIZE;
    ~KString()
    {
        ks_free(&s);
    }
};

/** Translation context of this file's messages. */
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::VcfReader)
};

/** Non-VCF lines tolerated above the header (log output captured with the file). */
constexpr int maxLeadingJunkLines = 10;

/** What went wrong in a record htslib refused or flagged, from its error bits. */
QString describeRecordError(int errcode)
{
    QStringList reasons;
    if (errcode & BCF_ERR_CTG_UNDEF)
        reasons << Messages::tr("contig not declared in the header");
    if (errcode & BCF_ERR_TAG_UNDEF)
        reasons << Messages::tr("INFO/FORMAT tag not declared in the header");
    if (errcode & BCF_ERR_NCOLS)
        reasons << Messages::tr("wrong number of columns");
    if (errcode & BCF_ERR_LIMITS)
        reasons << Messages::tr("value out of range (position, length or count too large)");
    if (errcode & BCF_ERR_CHAR)
        reasons << Messages::tr("invalid character");
    if (errcode & BCF_ERR_CTG_INVALID)
        reasons << Messages::tr("invalid contig name");
    if (errcode & BCF_ERR_TAG_INVALID)
        reasons << Messages::tr("invalid INFO/FORMAT tag or value");
    if (reasons.isEmpty())
        reasons << Messages::tr("malformed record");
    return reasons.join(u"; "_s);
}

/**
 * True when a text file htslib did not recognise is a VCF after all: a "##fileformat=VCF" or
 * "#CHROM" line among its first lines (tools sometimes print a log line above the header).
 */
bool sniffVcfText(const QString& path)
{
    LineReader lines;
    if (!lines.open(path))
        return false;
    QByteArrayView line;
    for (int i = 0; i < maxLeadingJunkLines + 1 && lines.next(line); ++i) {
        if (line.startsWith("##fileformat=VCF") || line.startsWith("#CHROM\t"))
            return true;
    }
    return false;
}

bool isSymbolic(const char* allele)
{
    const size_t n = std::strlen(allele);
    if (n == 0)
        return false;
    return allele[0] == '<' || std::strchr(allele, '[') || std::strchr(allele, ']') || allele[0] == '.'
           || allele[n - 1] == '.';
}

class Reader
{
public:
    Reader(QString path, const VcfReadOptions& options, const Progress* progress)
        : m_path(std::move(path))
        , m_options(options)
        , m_progress(progress)
    {
    }

    ~Reader()
    {
        std::free(m_infoData);
    }
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    Result<void> run(Case& into);
    /** True when the last run stopped on corrupt or truncated data. */
    bool hadStreamError() const
    {
        return m_streamError;
    }

private:
    Result<void> readTextHeader();
    Result<void> resolveSamples(const Case& into);
    Result<void> readRecords();
    void addRecord(bcf1_t* rec, qint64 line);
    QString checkColumns(QByteArrayView line) const;
    void describeStructuralVariant(bcf1_t* rec, const char* alt, AlterationDetail& d);
    bool lastLineEndsWithNewline() const;
    void applyValidation(VcfValidationWorker& validation);
    void issue(InputIssue::Severity severity, qint64 line, const QString& message);
    qint64 bytesRead() const;
    bool streamFailed() const;
    Unexpected badInput(const QString& message, qint64 line = 0) const
    {
        return fail(CoreError::Code::BadInput, message, m_path, line);
    }

    QString m_path;
    VcfReadOptions m_options;
    const Progress* m_progress;

    HtsFilePtr m_file;
    HeaderPtr m_header;
    bool m_isBcf = false;
    qint64 m_headerLines = 0;
    qint64 m_fileSize = 0;
    bool m_streamError = false;
    VcfValidator m_validator; ///< header lines first, then handed to the worker for the records
    qint64 m_uncountedSkips = 0;
    qint64 m_uncountedWarnings = 0;
    qint64 m_overflowSkips = 0;
    qint64 m_overflowWarnings = 0;
    QStringList m_undecided; ///< samples among which the tumor could not be told

    int m_tumor = -1;
    int m_normal = -1;
    bool m_controlInTumorColumn = false;
    GenomeBuild m_build = GenomeBuild::Unknown;

    std::unique_ptr<VcfReadSupport> m_support;
    bool m_needInfo = true; ///< INFO must be unpacked (annotations, or read counts kept in INFO)
    std::optional<TranscriptAnnotationParser> m_annotation;
    const char* m_annotationTag = nullptr;
    int m_infoCapacity = 0;
    char* m_infoData = nullptr; // htslib-owned buffer for the annotation INFO string

    StringInterner m_strings;
    StringInterner m_contigs;
    StringInterner m_filters;
    std::vector<Alteration> m_alterations;
    QList<InputIssue> m_issues;
};

Result<void> Reader::run(Case& into)
{
    hts_set_log_level(HTS_LOG_OFF); // errors are reported with file and line by this reader

    const QFileInfo info(m_path);
    if (!info.exists())
        return fail(CoreError::Code::Io, Messages::tr("file not found"), m_path);
    if (!info.isFile())
        return fail(CoreError::Code::Io, Messages::tr("not a regular file"), m_path);
    m_fileSize = info.size();

    m_file.reset(hts_open(QFile::encodeName(m_path).constData(), "r"));
    if (!m_file)
        return fail(CoreError::Code::Io,
                    Messages::tr("cannot open: %1").arg(QString::fromLocal8Bit(std::strerror(errno))),
                    m_path);
    const htsFormat* format = hts_get_format(m_file.get());
    if (format->format == bcf) {
        m_isBcf = true;
    } else if (format->format != vcf && !(format->format == text_format && sniffVcfText(m_path))) {
        char* what = hts_format_description(format);
        const QString detected = QString::fromUtf8(what);
        std::free(what);
        return badInput(Messages::tr("not a VCF or BCF file (it looks like: %1)").arg(detected));
    }
    if (m_options.threads > 1 && format->compression != no_compression)
        hts_set_threads(m_file.get(), m_options.threads);

    if (m_isBcf) {
        m_header.reset(bcf_hdr_read(m_file.get()));
        if (!m_header)
            return badInput(Messages::tr("the BCF header is broken or the file is truncated"));
    } else if (auto r = readTextHeader(); !r) {
        return r;
    }

    if (auto r = resolveSamples(into); !r)
        return r;

    QString buildEvidence;
    m_build = VcfHeaderInfo::detectBuild(m_header.get(), &buildEvidence);

    m_support = std::make_unique<VcfReadSupport>(m_header.get());
    m_controlInTumorColumn = m_normal < 0 && m_tumor >= 0 && m_support->hasControlKeys();

    // Functional annotation: VEP CSQ first, then SnpEff ANN.
    if (const bcf_hrec_t* csq = bcf_hdr_get_hrec(m_header.get(), BCF_HL_INFO, "ID", "CSQ", nullptr)) {
        const int k = bcf_hrec_find_key(const_cast<bcf_hrec_t*>(csq), "Description");
        if (k >= 0)
            m_annotation = TranscriptAnnotationParser::forVep(QString::fromUtf8(csq->vals[k]));
        if (m_annotation)
            m_annotationTag = "CSQ";
    }
    if (!m_annotation && bcf_hdr_get_hrec(m_header.get(), BCF_HL_INFO, "ID", "ANN", nullptr)) {
        m_annotation = TranscriptAnnotationParser::forSnpEff();
        m_annotationTag = "ANN";
    }
    if (!m_annotation) {
        if (const bcf_hrec_t* eff = bcf_hdr_get_hrec(m_header.get(), BCF_HL_INFO, "ID", "EFF", nullptr)) {
            const int k = bcf_hrec_find_key(const_cast<bcf_hrec_t*>(eff), "Description");
            m_annotation =
                TranscriptAnnotationParser::forSnpEffEff(k >= 0 ? QString::fromUtf8(eff->vals[k]) : QString());
            m_annotationTag = "EFF";
        }
    }
    if (!m_annotation && bcf_hdr_get_hrec(m_header.get(), BCF_HL_INFO, "ID", "BCSQ", nullptr)) {
        m_annotation = TranscriptAnnotationParser::forBcsq();
        m_annotationTag = "BCSQ";
    }

    m_needInfo = m_annotation.has_value() || m_support->needsInfo();
    if (auto r = readRecords(); !r)
        return r;

    // Success: merge into the case.
    const qint16 input = into.addInput(m_path);
    const QStringList samples = VcfHeaderInfo::sampleNames(m_header.get());
    const Origin header{m_headerLines, input};
    // In a cohort, a column named by its role only ("TUMOR") names no patient, and another VCF's
    // column of the same name is another patient's: such samples are named after their file.
    auto ownName = [&](const QString& column) {
        static const QRegularExpression roleWords(
            uR"(tumou?r|tum|cancer|metastasis|somatic|normal|germline|blood|control|nor|pbmc|dna|rna|sample|primary|[^A-Za-z])"_s,
            QRegularExpression::CaseInsensitiveOption);
        const bool onlyRole = QString(column).remove(roleWords).isEmpty();
        if (!m_options.cohort || (!onlyRole && into.sampleIndex(column) < 0))
            return column;
        const QString base = QFileInfo(m_path).completeBaseName() + u':' + column;
        QString name = base;
        for (int n = 2; into.sampleIndex(name) >= 0; ++n)
            name = base + u'#' + QString::number(n);
        return name;
    };
    if (into.samples.size() + 2 >= std::numeric_limits<qint16>::max())
        return SampleIndex::full(m_path);
    qint16 sample = 0;
    if (m_tumor >= 0)
        sample = into.addSample(ownName(samples[m_tumor]), SampleRole::Tumor, header);
    else if (samples.isEmpty())
        sample = into.addSample(ownName(QFileInfo(m_path).completeBaseName()), SampleRole::Tumor, header);
    if (m_normal >= 0) {
        const qint16 normal = into.addSample(ownName(samples[m_normal]), SampleRole::Normal, header);
        if (m_tumor >= 0)
            into.samples[sample].matchedNormal = into.samples[normal].name;
    }
    if (into.genome == GenomeBuild::Unknown) {
        into.genome = m_build;
        into.genomeEvidence = buildEvidence;
    } else if (m_build != GenomeBuild::Unknown && m_build != into.genome) {
        issue(InputIssue::Severity::Warning,
              0,
              Messages::tr("the header says %1 (%2) but the case is %3; coordinates are read as %3")
                  .arg(genomeBuildName(m_build), buildEvidence, genomeBuildName(into.genome)));
    }
    for (InputIssue& i : m_issues)
        into.addIssue(std::move(i));
    into.skippedRecords += std::max<qint64>(m_uncountedSkips, 0) + m_overflowSkips;
    into.warningCount += std::max<qint64>(m_uncountedWarnings, 0) + m_overflowWarnings;
    if (!m_undecided.isEmpty() && into.undecidedSamples.isEmpty())
        into.undecidedSamples = m_undecided;
    for (Alteration& a : m_alterations) {
        a.origin.input = input;
        a.sample = sample;
    }
    if (into.alterations.empty()) {
        into.alterations.swap(m_alterations); // no second copy of a large file's alterations
    } else {
        into.alterations.reserve(into.alterations.size() + m_alterations.size());
        std::move(m_alterations.begin(), m_alterations.end(), std::back_inserter(into.alterations));
    }
    std::vector<Alteration>().swap(m_alterations);
    return {};
}

Result<void> Reader::readTextHeader()
{
    // Read the header ourselves (as htslib's vcf_hdr_read does) so that every error has a line.
    KString line;
    QByteArray text;
    qint64 lineNo = 0;
    bool sawChrom = false;
    int ret = 0;
    while ((ret = hts_getline(m_file.get(), KS_SEP_LINE, &line.s)) >= 0) {
        ++lineNo;
        const QByteArrayView l(line.s.s, qsizetype(line.s.l));
        if (l.isEmpty())
            continue;
        if (l.front() != '#') {
            if (text.isEmpty() && lineNo <= maxLeadingJunkLines) {
                issue(InputIssue::Severity::Warning,
                      lineNo,
                      Messages::tr("not part of the VCF, ignored: '%1'")
                          .arg(QString::fromUtf8(l.first(std::min<qsizetype>(l.size(), 80)))));
                continue;
            }
            return badInput(Messages::tr("the header has no #CHROM line before the first record"), lineNo);
        }
        if (l.startsWith("##"))
            m_validator.checkMetaLine(l, lineNo);
        else
            m_validator.checkHeaderLine(l, lineNo);
        text.append(l.data(), l.size());
        text.append('\n');
        if (l.startsWith("#CHROM")) {
            sawChrom = true;
            // Check the columns here: htslib would abort() on an empty sample name.
            const QList<QByteArray> cols = l.toByteArray().split('\t');
            static const char* fixed[] = {"#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO"};
            if (cols.size() < 8)
                return badInput(Messages::tr("the #CHROM line must be tab-separated with at least 8 columns"), lineNo);
            for (int i = 0; i < 8; ++i) {
                if (cols[i] != fixed[i])
                    return badInput(Messages::tr("column %1 of the #CHROM line is '%2', expected '%3'")
                                        .arg(i + 1)
                                        .arg(QString::fromUtf8(cols[i]), QString::fromLatin1(fixed[i])),
                                    lineNo);
            }
            if (cols.size() > 8 && cols[8] != "FORMAT")
                return badInput(Messages::tr("column 9 of the #CHROM line must be FORMAT"), lineNo);
            QSet<QByteArray> seen;
            for (qsizetype i = 9; i < cols.size(); ++i) {
                if (cols[i].trimmed().isEmpty())
                    return badInput(Messages::tr("sample column %1 has an empty name").arg(i + 1), lineNo);
                if (seen.contains(cols[i]))
                    return badInput(Messages::tr("sample name '%1' appears twice").arg(QString::fromUtf8(cols[i])),
                                    lineNo);
                seen.insert(cols[i]);
            }
            break;
        }
    }
    // Only a header that ended early can be a read error: threaded BGZF reads ahead, so an error
    // flag may already be set for a block after the header.
    if (!sawChrom && (ret < -1 || streamFailed())) {
        m_streamError = true;
        return badInput(Messages::tr("read error in the header (corrupt or truncated compressed data)"), lineNo + 1);
    }
    if (lineNo == 0)
        return badInput(Messages::tr("the file is empty"));
    if (!sawChrom)
        return badInput(Messages::tr("the header has no #CHROM line"), lineNo);
    m_headerLines = lineNo;

    m_header.reset(bcf_hdr_init("r"));
    if (!m_header || bcf_hdr_parse(m_header.get(), text.data()) < 0) {
        // Find the line htslib refused, to point at it.
        HeaderPtr probe(bcf_hdr_init("r"));
        qint64 n = 0;
        for (const QByteArray& l : text.split('\n')) {
            ++n;
            if (!l.startsWith("##"))
                continue;
            int len = 0;
            bcf_hrec_t* h = bcf_hdr_parse_line(probe.get(), l.constData(), &len);
            if (!h)
                return badInput(Messages::tr("malformed header line: %1").arg(QString::fromUtf8(l.left(120))), n);
            if (bcf_hdr_add_hrec(probe.get(), h) < 0)
                return badInput(
                    Messages::tr("header line conflicts with an earlier one: %1").arg(QString::fromUtf8(l.left(120))),
                    n);
        }
        return badInput(Messages::tr("the header could not be parsed"), m_headerLines);
    }
    return {};
}

Result<void> Reader::resolveSamples(const Case& into)
{
    const QStringList samples = VcfHeaderInfo::sampleNames(m_header.get());
    auto indexOf = [&](const QString& name) { return int(samples.indexOf(name)); };
    const QString list = samples.isEmpty() ? Messages::tr("none") : samples.join(u", "_s);

    QString tumorName = m_options.tumorSample;
    QString normalName = m_options.normalSample;
    if (!tumorName.isEmpty() && indexOf(tumorName) < 0)
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("tumor sample '%1' is not in the file (samples: %2)").arg(tumorName, list),
                    m_path);
    if (!normalName.isEmpty() && indexOf(normalName) < 0)
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("normal sample '%1' is not in the file (samples: %2)").arg(normalName, list),
                    m_path);
    // Names an earlier file of the case settled apply here too when present.
    if (tumorName.isEmpty() && !m_options.cohort && indexOf(into.tumorSample) >= 0)
        tumorName = into.tumorSample;
    if (normalName.isEmpty() && !m_options.cohort && indexOf(into.normalSample) >= 0)
        normalName = into.normalSample;
    if (tumorName.isEmpty())
        tumorName = VcfHeaderInfo::metaValue(m_header.get(), "tumor_sample");
    if (normalName.isEmpty())
        normalName = VcfHeaderInfo::metaValue(m_header.get(), "normal_sample");
    m_tumor = tumorName.isEmpty() ? -1 : indexOf(tumorName);
    m_normal = normalName.isEmpty() ? -1 : indexOf(normalName);

    if (m_tumor < 0 || m_normal < 0) {
        QList<int> tumors;
        QList<int> normals;
        for (int i = 0; i < samples.size(); ++i) {
            const int role = VcfHeaderInfo::roleFromName(samples[i]);
            if (role > 0 && i != m_normal)
                tumors << i;
            else if (role < 0 && i != m_tumor)
                normals << i;
        }
        // Several tumor columns (RADIA: DNA_TUMOR and RNA_TUMOR): the DNA one is the tumor.
        if (tumors.size() > 1) {
            QList<int> dna;
            for (int i : tumors)
                if (samples[i].contains(u"DNA"_s, Qt::CaseInsensitive))
                    dna << i;
            if (dna.size() == 1)
                tumors = dna;
        }
        if (m_tumor < 0 && tumors.size() == 1)
            m_tumor = tumors.front();
        if (m_normal < 0 && normals.size() == 1)
            m_normal = normals.front();
    }
    // Two samples with one role known: the other has the other role.
    if (samples.size() == 2) {
        if (m_tumor >= 0 && m_normal < 0 && VcfHeaderInfo::roleFromName(samples[1 - m_tumor]) <= 0)
            m_normal = 1 - m_tumor;
        else if (m_normal >= 0 && m_tumor < 0 && VcfHeaderInfo::roleFromName(samples[1 - m_normal]) >= 0)
            m_tumor = 1 - m_normal;
    }
    if (samples.size() == 1 && m_tumor < 0 && m_normal < 0)
        m_tumor = 0; // tumor-only
    if (m_tumor >= 0 && m_tumor == m_normal)
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("the same sample '%1' was given as tumor and normal").arg(samples[m_tumor]),
                    m_path);
    if (m_tumor < 0 && !samples.isEmpty())
        m_undecided = samples;
    if (m_tumor < 0 && !samples.isEmpty())
        issue(InputIssue::Severity::Warning,
              m_headerLines,
              Messages::tr("cannot tell which sample is the tumor (samples: %1); allele fractions are not read. "
                           "Name it with --tumor-sample.")
                  .arg(list));
    return {};
}

bool Reader::streamFailed() const
{
    // htslib reports a truncated or corrupt compressed block as the end of the file; its error
    // flags tell the difference.
    if (m_file->format.compression == no_compression)
        return m_file->fp.hfile && herrno(m_file->fp.hfile) != 0;
    return m_file->fp.bgzf && m_file->fp.bgzf->errcode != 0;
}

qint64 Reader::bytesRead() const
{
    // Position in the underlying (possibly compressed) file, for progress.
    const hFILE* h = m_file->format.compression == no_compression ? m_file->fp.hfile
                     : m_file->fp.bgzf                            ? m_file->fp.bgzf->fp
                                                                  : nullptr;
    return h ? htell(const_cast<hFILE*>(h)) : 0;
}

void Reader::issue(InputIssue::Severity severity, qint64 line, const QString& message)
{
    if (m_issues.size() < Case::maxStoredIssues * 10)
        m_issues.append(InputIssue{severity, m_path, line, message});
    else if (severity == InputIssue::Severity::Skipped)
        ++m_overflowSkips; // counted, not listed
    else
        ++m_overflowWarnings;
}

Result<void> Reader::readRecords()
{
    RecordPtr rec(bcf_init());
    KString line;
    qint64 lineNo = m_headerLines;
    qint64 records = 0;
    RecordCap cap(m_options.maxRecords, m_path);
    int ret = 0;
    // Text records are also checked against the VCF specification, on a second thread.
    std::optional<VcfValidationWorker> validation;
    if (!m_isBcf)
        validation.emplace(std::move(m_validator));
    while (true) {
        if (m_isBcf) {
            ret = bcf_read(m_file.get(), m_header.get(), rec.get());
            if (ret < 0)
                break;
            ++lineNo; // record number for binary files
            if (rec->errcode) {
                issue(InputIssue::Severity::Skipped, lineNo, describeRecordError(rec->errcode));
                continue;
            }
        } else {
            ret = hts_getline(m_file.get(), KS_SEP_LINE, &line.s);
            if (ret < 0)
                break;
            ++lineNo;
            validation->submit(QByteArrayView(line.s.s, qsizetype(line.s.l)), lineNo);
            if (line.s.l == 0 || line.s.s[0] == '#')
                continue; // the validator reports empty and misplaced header lines
            if (const QString problem = checkColumns(QByteArrayView(line.s.s, qsizetype(line.s.l)));
                !problem.isEmpty()) {
                issue(InputIssue::Severity::Skipped, lineNo, problem);
                continue;
            }
            rec->errcode = 0;
            if (vcf_parse(&line.s, m_header.get(), rec.get()) < 0) {
                issue(InputIssue::Severity::Skipped, lineNo, describeRecordError(rec->errcode));
                continue;
            }
            // An undeclared contig is common and harmless (the spec only recommends ##contig lines);
            // an undeclared INFO/FORMAT tag means htslib guessed its type, which deserves a warning.
            if (rec->errcode & ~BCF_ERR_CTG_UNDEF)
                issue(InputIssue::Severity::Warning, lineNo, describeRecordError(rec->errcode & ~BCF_ERR_CTG_UNDEF));
        }
        const std::size_t held = m_alterations.size();
        addRecord(rec.get(), lineNo);
        if (auto r = cap.add(lineNo, qint64(m_alterations.size() - held)); !r)
            return r;
        if (++records == 65536 && m_fileSize > 0) {
            // Reserve for the whole file once its record density is known, instead of growing
            // (each growth copies every alteration and touches twice the memory).
            const qint64 consumed = bytesRead();
            if (consumed > 0 && consumed < m_fileSize) {
                const double estimate = double(m_alterations.size()) * double(m_fileSize) / double(consumed) * 1.1;
                m_alterations.reserve(size_t(std::min(estimate, 5e8)));
            }
        }
        if ((records & 0xFFF) == 0 && m_progress) {
            if (m_progress->isCanceled())
                return fail(CoreError::Code::Canceled, Messages::tr("loading canceled"), m_path, lineNo);
            m_progress->report(bytesRead(), m_fileSize, records);
        }
    }
    if (ret < -1 || streamFailed()) {
        m_streamError = true;
        return badInput(m_isBcf ? Messages::tr("corrupt or truncated BCF record")
                                : Messages::tr("read error: the data is corrupt or truncated"),
                        lineNo + 1);
    }
    if (validation) {
        validation->finish(lastLineEndsWithNewline(), lineNo);
        applyValidation(*validation);
    }
    // A download or copy cut at a block boundary reads cleanly up to the cut: only the missing
    // end-of-file block tells. Refused, unless the user accepts part of the file.
    if (m_file->format.compression == bgzf && bgzf_check_EOF(m_file->fp.bgzf) == 0) {
        if (!m_options.allowTruncated)
            return badInput(Messages::tr("the BGZF end-of-file block is missing: the file is truncated after this "
                                         "line (%n record(s) read); nothing of it is used (--allow-truncated reads "
                                         "what is there)",
                                         nullptr,
                                         int(std::min<qint64>(records, INT_MAX))),
                            lineNo);
        issue(InputIssue::Severity::Warning,
              lineNo,
              Messages::tr("the BGZF end-of-file block is missing: the file is truncated after this line; only the "
                           "%n record(s) before it were read",
                           nullptr,
                           int(std::min<qint64>(records, INT_MAX))));
    }
    if (m_progress)
        m_progress->report(m_fileSize, m_fileSize, records);
    return {};
}

bool Reader::lastLineEndsWithNewline() const
{
    // Only a plain file can be checked cheaply; compressed data is taken as complete.
    if (m_file->format.compression != no_compression)
        return true;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly) || f.size() == 0 || !f.seek(f.size() - 1))
        return true;
    char last = 0;
    return f.getChar(&last) && (last == '\n' || last == '\r');
}

void Reader::applyValidation(VcfValidationWorker& validation)
{
    // Records the validator refuses are dropped; their lines are in file order, as the records are.
    const std::vector<qint64>& skipped = validation.skippedLines();
    if (!skipped.empty()) {
        std::vector<Alteration> kept;
        kept.reserve(m_alterations.size());
        auto next = skipped.begin();
        for (Alteration& a : m_alterations) {
            while (next != skipped.end() && *next < a.origin.line)
                ++next;
            if (next == skipped.end() || *next != a.origin.line)
                kept.push_back(std::move(a));
        }
        m_alterations.swap(kept);
    }
    // One message per line: the validator's says what is wrong; htslib's repeat it less precisely.
    VcfValidator& v = validation.validator();
    QSet<qint64> reported;
    QList<InputIssue> merged;
    qint64 storedSkips = 0;
    for (const VcfValidator::Problem& p : v.takeProblems()) {
        merged.append(InputIssue{
            p.skipRecord ? InputIssue::Severity::Skipped : InputIssue::Severity::Warning, m_path, p.line, p.message});
        if (p.skipRecord && !reported.contains(p.line)) {
            reported.insert(p.line);
            ++storedSkips;
        }
    }
    for (const InputIssue& i : m_issues)
        if (!(i.severity == InputIssue::Severity::Skipped && reported.contains(i.line)))
            merged.append(i);
    std::stable_sort(
        merged.begin(), merged.end(), [](const InputIssue& a, const InputIssue& b) { return a.line < b.line; });
    // A skipped record counts once, however many problems it has.
    QList<InputIssue> issues;
    QSet<qint64> skippedLines;
    for (InputIssue& i : merged) {
        if (i.severity == InputIssue::Severity::Skipped) {
            if (skippedLines.contains(i.line))
                i.severity = InputIssue::Severity::Warning;
            skippedLines.insert(i.line);
        }
        issues.append(std::move(i));
    }
    m_issues = std::move(issues);
    // Problems beyond the validator's stored ones are counted, not listed.
    m_uncountedSkips = qint64(skipped.size()) - storedSkips;
    m_uncountedWarnings = v.problemCount() - qint64(v.problems().size()) - std::max<qint64>(m_uncountedSkips, 0);
}

void Reader::describeStructuralVariant(bcf1_t* rec, const char* alt, AlterationDetail& d)
{
    // <DEL>, <DUP:TANDEM>, <INV>, <CNV>, <INS>: the type is in the allele; breakends
    // (t[p[, ]p]t) name their mate; SVTYPE and END come from INFO when present.
    const QByteArrayView a(alt);
    if (a.startsWith('<') && a.endsWith('>'))
        d.extra().svType = QString::fromUtf8(a.sliced(1, a.size() - 2));
    const qsizetype open = std::max(a.indexOf('['), a.indexOf(']'));
    if (open >= 0) {
        d.extra().svType = u"BND"_s;
        const qsizetype close = std::max(a.indexOf('[', open + 1), a.indexOf(']', open + 1));
        const QByteArrayView mate = a.sliced(open + 1, (close > open ? close : a.size()) - open - 1);
        const qsizetype colon = mate.lastIndexOf(':');
        if (colon > 0) {
            d.extra().partnerChrom = m_contigs.get(mate.first(colon));
            d.extra().partnerPos = mate.sliced(colon + 1).toByteArray().toLongLong();
        }
    }
    char* svType = nullptr;
    int n = 0;
    if (bcf_get_info_string(m_header.get(), rec, "SVTYPE", &svType, &n) > 0)
        d.extra().svType = QString::fromUtf8(svType);
    std::free(svType);
    if (rec->rlen > 1 && d.extra().svType != u"BND")
        d.extra().end = rec->pos + rec->rlen; // htslib takes END (or the REF length) into rlen
}

QString Reader::checkColumns(QByteArrayView line) const
{
    // htslib accepts some malformed lines silently (too few columns, a non-numeric POS): check the
    // fixed columns first so that no record is lost without a message.
    const int samples = bcf_hdr_nsamples(m_header.get());
    const qsizetype expected = samples > 0 ? 9 + samples : 8;
    // Tabs are few and lines long (a VEP CSQ field holds kilobytes): jump from tab to tab.
    qsizetype columns = 1;
    for (const char *p = line.data(), *end = p + line.size();
         (p = static_cast<const char*>(std::memchr(p, '\t', std::size_t(end - p)))) != nullptr;
         ++p)
        ++columns;
    if (columns < 8 || (samples > 0 && columns != expected))
        return Messages::tr("expected %1 tab-separated columns, found %2").arg(expected).arg(columns);
    qsizetype start = 0;
    int index = 0;
    for (qsizetype i = 0; i <= line.size() && index < 5; ++i) {
        if (i < line.size() && line[i] != '\t')
            continue;
        const QByteArrayView field = line.sliced(start, i - start);
        if (field.isEmpty())
            return Messages::tr("column %1 is empty").arg(index + 1);
        if (index == 1) {
            for (const char c : field)
                if (c < '0' || c > '9')
                    return Messages::tr("POS '%1' is not a whole number")
                        .arg(QString::fromUtf8(field.first(std::min<qsizetype>(field.size(), 20))));
        }
        if (index == 3) {
            for (const char c : field)
                if (!std::strchr("ACGTNacgtn", c))
                    return Messages::tr("REF '%1' holds a character other than A, C, G, T, N")
                        .arg(QString::fromUtf8(field.first(std::min<qsizetype>(field.size(), 20))));
        }
        start = i + 1;
        ++index;
    }
    return {};
}

void Reader::addRecord(bcf1_t* rec, qint64 line)
{
    if (bcf_unpack(rec, m_needInfo ? BCF_UN_STR | BCF_UN_FLT | BCF_UN_INFO : BCF_UN_STR | BCF_UN_FLT) < 0) {
        issue(InputIssue::Severity::Skipped, line, Messages::tr("record could not be decoded"));
        return;
    }
    if (rec->n_allele < 2)
        return; // a reference-only site: nothing altered

    const bcf_hdr_t* hdr = m_header.get();
    // Copies: a reference into an interner may not outlive its next insertion.
    const QString chrom = m_contigs.get(QByteArrayView(bcf_seqname_safe(hdr, rec)));
    QString filter;
    if (rec->d.n_flt == 1) {
        filter = m_filters.get(QByteArrayView(bcf_hdr_int2id(hdr, BCF_DT_ID, rec->d.flt[0])));
    } else if (rec->d.n_flt > 1) {
        QByteArray f;
        for (int i = 0; i < rec->d.n_flt; ++i) {
            if (i)
                f += ';';
            f += bcf_hdr_int2id(hdr, BCF_DT_ID, rec->d.flt[i]);
        }
        filter = m_filters.get(QByteArrayView(f));
    }

    QByteArrayView annotationInfo;
    QList<QByteArray> alleles;
    if (m_annotation) {
        const int n = bcf_get_info_string(hdr, rec, m_annotationTag, &m_infoData, &m_infoCapacity);
        if (n > 0) {
            annotationInfo = QByteArrayView(m_infoData, n);
            for (int i = 0; i < rec->n_allele; ++i)
                alleles.append(QByteArray(rec->d.allele[i]));
        }
    }

    const bool needSamples = m_tumor >= 0 || m_normal >= 0 || bcf_hdr_nsamples(hdr) == 0;
    if (needSamples)
        m_support->load(rec);

    const char* ref = rec->d.allele[0];
    for (int a = 1; a < rec->n_allele; ++a) {
        const char* alt = rec->d.allele[a];
        if (std::strcmp(alt, "*") == 0 || std::strcmp(alt, "<*>") == 0 || std::strcmp(alt, "<NON_REF>") == 0
            || std::strcmp(alt, ".") == 0)
            continue; // placeholders, not alterations

        // Built in place: copying an alteration's strings costs atomic reference counts.
        Alteration& alt_ = m_alterations.emplace_back();
        alt_.chrom = chrom;
        alt_.pos = rec->pos + 1;
        alt_.filter = filter;
        alt_.origin.line = line;

        if (isSymbolic(alt)) {
            alt_.kind = AlterationKind::StructuralVariant;
            alt_.ref = m_strings.get(QByteArrayView(ref));
            alt_.alt = QString::fromUtf8(alt);
            describeStructuralVariant(rec, alt, alt_.detail());
        } else {
            // After a multi-allelic split, drop the bases a pair shares at its end (VCF style,
            // keeping at least one base each).
            QByteArrayView r(ref);
            QByteArrayView s(alt);
            while (r.size() > 1 && s.size() > 1 && r.back() == s.back()) {
                r.chop(1);
                s.chop(1);
            }
            alt_.ref = r.size() <= 4 ? m_strings.get(r) : QString::fromUtf8(r);
            alt_.alt = s.size() <= 4 ? m_strings.get(s) : QString::fromUtf8(s);
            // The kind from the alleles without their shared leading bases (the anchor).
            qsizetype shared = 0;
            while (shared < r.size() && shared < s.size() && (r[shared] | 0x20) == (s[shared] | 0x20))
                ++shared;
            alt_.kind = smallVariantKind(r.size() - shared, s.size() - shared);
        }

        if (!annotationInfo.isEmpty()) {
            TranscriptAnnotation t = m_annotation->pick(annotationInfo, alleles, a);
            if (!t.gene.isEmpty() || !t.consequence.isEmpty()) {
                AlterationDetail& d = alt_.detail();
                d.gene = m_strings.get(t.gene);
                d.transcript = m_strings.get(t.transcript);
                d.hgvsc = std::move(t.hgvsc);
                d.hgvsp = std::move(t.hgvsp);
                d.consequence = m_strings.get(t.consequence);
                // "6/10": few distinct values, shared rather than held once per variant.
                d.exon = m_strings.get(t.exon);
                d.intron = m_strings.get(t.intron);
            }
        }

        if (needSamples) {
            if (bcf_hdr_nsamples(hdr) == 0) {
                alt_.tumor = m_support->support(-1, a);
            } else {
                if (m_tumor >= 0) {
                    alt_.tumor = m_support->support(m_tumor, a);
                    alt_.tumorZygosity = m_support->zygosity(m_tumor, a);
                }
                if (m_normal >= 0) {
                    alt_.normal = m_support->support(m_normal, a);
                    alt_.normalZygosity = m_support->zygosity(m_normal, a);
                } else if (m_controlInTumorColumn)
                    alt_.normal = m_support->support(m_tumor, a, true);
            }
            // Values no sequencing can give (AF=3, negative AD, more alt reads than depth): dropped,
            // with the record's line; the variant stays.
            for (auto [support, role] : {std::pair{&alt_.tumor, "tumor"}, std::pair{&alt_.normal, "normal"}})
                if (const QString dropped = support->dropImpossible(); !dropped.isEmpty())
                    issue(InputIssue::Severity::Warning,
                          line,
                          Messages::tr("%1 read support of %2 not used: %3")
                              .arg(QString::fromLatin1(role), QString::fromLatin1(alt), dropped));
        }
    }
}

} // namespace

Result<void> VcfReader::read(const QString& path, const VcfReadOptions& options, Case& into, const Progress* progress)
{
    Reader reader(path, options, progress);
    auto result = reader.run(into);
    if (!result && reader.hadStreamError() && options.threads > 1) {
        // Threaded BGZF decoding fails as soon as any block ahead is corrupt; read again on one
        // thread so the message points at the first line that cannot be read.
        VcfReadOptions single = options;
        single.threads = 1;
        Reader again(path, single, progress);
        return again.run(into);
    }
    return result;
}

bool VcfReader::looksLikeVcf(const QString& path)
{
    hts_set_log_level(HTS_LOG_OFF);
    HtsFilePtr f(hts_open(QFile::encodeName(path).constData(), "r"));
    if (!f)
        return false;
    const htsFormat* format = hts_get_format(f.get());
    return format->format == vcf || format->format == bcf || (format->format == text_format && sniffVcfText(path));
}

} // namespace onco
