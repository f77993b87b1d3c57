#include "PredispositionPanel.h"

#include "io/TsvReader.h"

#include <QCoreApplication>
#include <QDebug>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::PredispositionPanel)
};

const QString acmgPanel = u"ACMG SF v3.1"_s;

/** The field, or an empty string for CPSR's "NA". */
QString valueOf(const TsvReader& tsv, int column)
{
    const QString text = tsv.text(column);
    return text == u"NA" ? QString() : text;
}

Unexpected missingColumns(const TsvReader& tsv, const QString& path, const char* columns)
{
    return fail(CoreError::Code::BadInput,
                Messages::tr("missing columns: the table needs %1").arg(QLatin1StringView(columns)),
                path,
                tsv.lineNumber());
}

} // namespace

Result<PredispositionPanel> PredispositionPanel::load(const QString& cpsrPath, const QString& acmgPath)
{
    PredispositionPanel panel;
    {
        TsvReader tsv;
        if (auto opened = tsv.open(cpsrPath); !opened)
            return Unexpected{opened.error()};
        const int cGene = tsv.column("GENE");
        const int cMod = tsv.column("CPG_MOD");
        const int cMoi = tsv.column("CPG_MOI");
        const int cSource = tsv.column("CPG_SOURCE");
        const int cPhenotypes = tsv.column("CPG_PHENOTYPES");
        if (cGene < 0 || cMod < 0 || cMoi < 0 || cSource < 0 || cPhenotypes < 0)
            return missingColumns(tsv, cpsrPath, "GENE, CPG_MOD, CPG_MOI, CPG_SOURCE, CPG_PHENOTYPES");
        while (tsv.next()) {
            const QString gene = tsv.text(cGene);
            if (gene.isEmpty() || gene.contains(u'<'))
                return fail(CoreError::Code::BadInput,
                            Messages::tr("empty or unstripped gene symbol"),
                            cpsrPath,
                            tsv.lineNumber());
            QStringList sources;
            for (const QString& s : tsv.text(cSource).split(u','))
                if (const QString t = s.trimmed(); !t.isEmpty() && t != u"NA")
                    sources << t;
            sources.sort();
            PredispositionGene& entry = panel.m_genes[gene.toUpper()];
            entry.gene = gene;
            entry.panels << (sources.isEmpty() ? u"CPSR cancer predisposition panel"_s
                                               : u"CPSR cancer predisposition panel (%1)"_s.arg(sources.join(u", "_s)));
            entry.inheritance = valueOf(tsv, cMoi);
            entry.mechanism = valueOf(tsv, cMod);
            entry.phenotypes = valueOf(tsv, cPhenotypes);
        }
        if (tsv.error())
            return Unexpected{*tsv.error()};
    }
    {
        TsvReader tsv;
        if (auto opened = tsv.open(acmgPath); !opened)
            return Unexpected{opened.error()};
        const int cGene = tsv.column("Gene");
        const int cCondition = tsv.column("Disease/Phentyope"); // sic, as in the ACMG sheet
        const int cInheritance = tsv.column("Inheritance");
        if (cGene < 0 || cCondition < 0 || cInheritance < 0)
            return missingColumns(tsv, acmgPath, "Gene, Disease/Phentyope, Inheritance");
        while (tsv.next()) {
            const QString gene = tsv.text(cGene);
            if (gene.isEmpty())
                return fail(CoreError::Code::BadInput, Messages::tr("empty gene symbol"), acmgPath, tsv.lineNumber());
            PredispositionGene& entry = panel.m_genes[gene.toUpper()];
            if (entry.gene.isEmpty())
                entry.gene = gene;
            if (!entry.panels.contains(acmgPanel))
                entry.panels << acmgPanel;
            const QString condition = tsv.text(cCondition);
            if (!condition.isEmpty() && !entry.acmgConditions.contains(condition))
                entry.acmgConditions << condition;
            if (entry.inheritance.isEmpty())
                entry.inheritance = tsv.text(cInheritance);
        }
        if (tsv.error())
            return Unexpected{*tsv.error()};
    }
    for (PredispositionGene& entry : panel.m_genes)
        if (entry.phenotypes.isEmpty())
            entry.phenotypes = entry.acmgConditions.join(u"; "_s);
    return panel;
}

const PredispositionPanel& PredispositionPanel::bundled()
{
    // A function-local static is initialised exactly once, even with concurrent first calls.
    static const PredispositionPanel instance = [] {
        auto loaded = load(u":/oncoboard/predisposition/cpsr_panel_zero.genes.tsv.gz"_s,
                           u":/oncoboard/predisposition/acmg_sf_v3.1_cancer_genes.tsv"_s);
        if (!loaded) {
            qWarning().noquote()
                << Messages::tr("cancer predisposition panel unavailable: %1").arg(loaded.error().toString());
            return PredispositionPanel();
        }
        return std::move(loaded).value();
    }();
    return instance;
}

std::optional<PredispositionGene> PredispositionPanel::find(const QString& gene) const
{
    const auto it = m_genes.constFind(gene.trimmed().toUpper());
    if (it == m_genes.cend())
        return std::nullopt;
    return it.value();
}

} // namespace onco
