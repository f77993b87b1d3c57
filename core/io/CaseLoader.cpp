#include "CaseLoader.h"

#include "effect/EffectPredictor.h"

#include "ClinicalReader.h"
#include "CopyNumberReader.h"
#include "FusionReader.h"
#include "MafReader.h"
#include "ReadBounds.h"
#include "VcfReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseLoader)
};

/** Reading order: the alterations first, the tables that refer to their samples last. */
int stage(InputFormat f)
{
    switch (f) {
    case InputFormat::Vcf:
        return 0;
    case InputFormat::Maf:
        return 1;
    case InputFormat::CnaMatrix:
    case InputFormat::CnaLong:
    case InputFormat::Segments:
    case InputFormat::AlleleSpecificCn:
    case InputFormat::GisticLesions:
    case InputFormat::StructuralVariants:
    case InputFormat::Fusions:
        return 2;
    case InputFormat::Clinical:
    case InputFormat::Biomarkers:
        return 3;
    case InputFormat::Unknown:
        break;
    }
    return 4;
}

/** Files in a case folder that are never case data. */
bool passOver(const QFileInfo& f)
{
    const QString n = f.fileName().toLower();
    static const QStringList suffixes{u".tbi"_s,
                                      u".csi"_s,
                                      u".fai"_s,
                                      u".md5"_s,
                                      u".bai"_s,
                                      u".crai"_s,
                                      u".md"_s,
                                      u".pdf"_s,
                                      u".png"_s,
                                      u".json"_s,
                                      u".html"_s};
    for (const QString& s : suffixes)
        if (n.endsWith(s))
            return true;
    return n.startsWith(u'.') || n.startsWith(u"meta_"_s) || n.startsWith(u"readme"_s) || n.startsWith(u"case_list"_s);
}

} // namespace

Result<QList<CaseLoader::Planned>> CaseLoader::plan(const QStringList& inputs)
{
    QList<Planned> planned;
    for (const QString& input : inputs) {
        const QFileInfo info(input);
        if (!info.exists())
            return fail(CoreError::Code::Io, Messages::tr("file not found"), input);
        if (info.isDir()) {
            const QFileInfoList entries =
                QDir(input).entryInfoList(QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
            for (const QFileInfo& e : entries) {
                if (passOver(e))
                    continue;
                Planned p{e.filePath(), InputFormat::Unknown, {}, true};
                p.format = detectInputFormat(p.path, &p.reason);
                planned.append(p);
            }
            continue;
        }
        Planned p{input, InputFormat::Unknown, {}, false};
        p.format = detectInputFormat(input, &p.reason);
        if (p.format == InputFormat::Unknown)
            return fail(CoreError::Code::BadInput,
                        Messages::tr("unsupported file (%1): OncoBoard reads VCF/BCF, MAF, copy-number, fusion and "
                                     "clinical tables")
                            .arg(p.reason),
                        input,
                        1);
        planned.append(p);
    }
    // An alteration names its file by a 16-bit index.
    if (planned.size() >= std::numeric_limits<qint16>::max())
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("%L1 input files: at most %L2 in one run")
                        .arg(planned.size())
                        .arg(std::numeric_limits<qint16>::max() - 1),
                    inputs.value(0));
    std::stable_sort(planned.begin(), planned.end(), [](const Planned& a, const Planned& b) {
        return stage(a.format) < stage(b.format);
    });
    return planned;
}

Result<Case> CaseLoader::load(const QStringList& inputs, const CaseLoadOptions& options, const Progress* progress)
{
    if (inputs.isEmpty())
        return fail(CoreError::Code::InvalidArgument, Messages::tr("no input files"));
    auto planned = plan(inputs);
    if (!planned)
        return Unexpected{planned.error()};
    if (planned->isEmpty())
        return fail(CoreError::Code::BadInput, Messages::tr("the folder holds no case files"), inputs.front());

    // The reference genome is opened first: a wrong path fails before any input is read.
    std::shared_ptr<const ReferenceGenome> reference;
    GenomeBuild referenceBuild = GenomeBuild::Unknown;
    if (!options.reference.isEmpty()) {
        auto opened = ReferenceGenome::open(options.reference);
        if (!opened)
            return Unexpected{opened.error()};
        reference = std::move(*opened);
        for (const GenomeBuild b : {GenomeBuild::GRCh37, GenomeBuild::GRCh38})
            if (reference->length(u"1"_s) == chromosomeLength(b, u"1"_s))
                referenceBuild = b;
    }

    Case c;
    c.tumorType = options.tumorType;
    c.genome = options.genome;
    if (options.genome != GenomeBuild::Unknown)
        c.genomeEvidence = Messages::tr("given by the user");
    for (const Planned& p : *planned) {
        const std::size_t before = c.alterations.size();
        Result<void> r;
        switch (p.format) {
        case InputFormat::Vcf: {
            VcfReadOptions vcf;
            vcf.tumorSample = options.tumorSample;
            vcf.normalSample = options.normalSample;
            vcf.threads = options.threads;
            vcf.allowTruncated = options.allowTruncated;
            vcf.maxRecords = options.maxRecords;
            vcf.cohort = options.everySample;
            r = VcfReader::read(p.path, vcf, c, progress);
            break;
        }
        case InputFormat::Maf:
            r = MafReader::read(p.path, options, c, progress);
            break;
        case InputFormat::CnaMatrix:
        case InputFormat::CnaLong:
        case InputFormat::Segments:
        case InputFormat::AlleleSpecificCn:
        case InputFormat::GisticLesions:
            r = CopyNumberReader::read(p.path, p.format, options, c, progress);
            break;
        case InputFormat::StructuralVariants:
        case InputFormat::Fusions:
            r = FusionReader::read(p.path, options, c, progress);
            break;
        case InputFormat::Clinical:
        case InputFormat::Biomarkers:
            r = ClinicalReader::read(p.path, p.format, options, c);
            break;
        case InputFormat::Unknown:
            c.addIssue(InputIssue{InputIssue::Severity::Warning,
                                  p.path,
                                  0,
                                  Messages::tr("not read: not a case file (%1)").arg(p.reason)});
            break;
        }
        if (!r)
            return Unexpected{r.error()};
        // A cohort's case is one tumor: a VCF whose tumor column is not known cannot be placed.
        if (options.everySample && p.format == InputFormat::Vcf && !c.undecidedSamples.isEmpty())
            return fail(CoreError::Code::InvalidArgument,
                        Messages::tr("cannot tell which sample is the tumor (samples: %1); in a cohort each VCF "
                                     "names its tumor in the header (##tumor_sample) or by its sample names")
                            .arg(c.undecidedSamples.join(u", "_s)),
                        p.path);
        // Where one line gives many alterations (segments, peaks), a gene spanning two lines is no
        // repeat: those readers pass over repeated lines themselves.
        if (p.format != InputFormat::Segments && p.format != InputFormat::AlleleSpecificCn
            && p.format != InputFormat::GisticLesions)
            collapseIdenticalRecords(c, before, p.path);
    }
    for (auto it = options.receptorStatus.cbegin(); it != options.receptorStatus.cend(); ++it)
        c.receptorStatus.insert(it.key(), it.value());
    // Variants the inputs do not annotate (a raw caller VCF): gene, region and effect from the
    // bundled transcript models.
    if (reference) {
        if (referenceBuild != GenomeBuild::Unknown && c.genome != GenomeBuild::Unknown && referenceBuild != c.genome)
            return fail(CoreError::Code::InvalidArgument,
                        Messages::tr("the reference genome is %1 (length of chromosome 1) but the inputs are %2 (%3)")
                            .arg(genomeBuildName(referenceBuild), genomeBuildName(c.genome), c.genomeEvidence),
                        options.reference);
        if (c.genome == GenomeBuild::Unknown && referenceBuild != GenomeBuild::Unknown) {
            c.genome = referenceBuild;
            c.genomeEvidence = Messages::tr("the reference genome's chromosome 1 length");
        } else if (referenceBuild == GenomeBuild::Unknown) {
            c.addIssue(InputIssue{InputIssue::Severity::Warning,
                                  options.reference,
                                  0,
                                  Messages::tr("the reference genome's chromosome 1 is not that of GRCh37 or GRCh38: "
                                               "is it the build of the inputs?")});
        }
    }
    EffectPredictor::annotate(c, reference.get());
    // A sample asked for by name must be in at least one input: a typo never gives an empty case.
    // (A file with one sample under another name is taken as that sample, and is in the case.)
    if (!options.tumorSample.isEmpty() && c.samples.isEmpty())
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("sample '%1' is in none of the inputs").arg(options.tumorSample),
                    inputs.front());
    return c;
}

} // namespace onco
