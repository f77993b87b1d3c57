#include "CaseLoader.h"

#include "VcfReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace onco {

Result<Case> CaseLoader::load(const QStringList& inputs, const CaseLoadOptions& options, const Progress* progress)
{
    Case c;
    c.tumorType = options.tumorType;
    c.genome = options.genome;
    if (inputs.isEmpty())
        return fail(CoreError::Code::InvalidArgument,
                    QCoreApplication::translate("onco::CaseLoader", "no input files"));
    for (const QString& path : inputs) {
        const QFileInfo info(path);
        if (!info.exists())
            return fail(CoreError::Code::Io, QCoreApplication::translate("onco::CaseLoader", "file not found"), path);
        if (!VcfReader::looksLikeVcf(path))
            return fail(CoreError::Code::BadInput,
                        QCoreApplication::translate("onco::CaseLoader",
                                                    "unsupported file: OncoBoard reads VCF, VCF.gz and BCF files"),
                        path,
                        1);
        VcfReadOptions vcf;
        vcf.tumorSample = options.tumorSample;
        vcf.normalSample = options.normalSample;
        if (auto r = VcfReader::read(path, vcf, c, progress); !r)
            return Unexpected{r.error()};
    }
    return c;
}

} // namespace onco
