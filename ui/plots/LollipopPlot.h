#pragma once

#include "io/ProteinChange.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <array>
#include <vector>

class QPainter;

namespace onco {

struct AnnotationResult;
struct Alteration;

/**
 * Lollipop plot of a case's protein-changing mutations along one protein: x is the residue (1 to
 * the protein length of the bundled table), a stick per mutated residue as high as its number of
 * alterations, the head coloured by the residue's most frequent class, the three most frequent
 * residues labelled. The mutations are read once in setResult(); choosing a gene only sorts that
 * gene's mutations.
 */
class LollipopPlot : public QWidget
{
    Q_OBJECT

public:
    /** Classes as cBioPortal draws them: truncating includes nonsense, frameshift, stop loss and splice. */
    enum class MutationClass : quint8
    {
        Missense,
        Truncating,
        InFrame,
        Other, ///< start loss, a residue without an edit
    };
    static constexpr int classCount = 4;

    /** The alterations at one residue of the shown gene. */
    struct Residue
    {
        int position = 0;
        QChar aa; ///< reference residue, '\0' when no alteration names it
        std::array<int, classCount> counts{};

        int total() const;
        /** The most frequent class; ties go to the more severe (truncating, then missense, in-frame). */
        MutationClass mainClass() const;
    };

    explicit LollipopPlot(QWidget* parent = nullptr);

    /** Reads the protein changes of `result` (kept only for the duration of the call); nullptr clears. */
    void setResult(const AnnotationResult* result);

    /** Genes with at least one protein-changing mutation, sorted by symbol. */
    QStringList genes() const;
    /** Protein-changing mutations of a gene in the case (0 when none). */
    int mutationCount(const QString& gene) const;
    /** The gene with the most protein-changing mutations (alphabetically first on a tie); empty when none. */
    QString topGene() const;

    /** Shows a gene; a gene without protein-changing mutations shows a message. Clears the highlight. */
    void setGene(const QString& gene);
    QString gene() const
    {
        return m_gene;
    }
    /** Rings the head at a residue (the selected alteration's); 0 for none. */
    void setHighlight(int position);

    /** The residues of the shown gene, by position. */
    const std::vector<Residue>& residues() const
    {
        return m_residues;
    }
    /** Length of the shown gene's protein in the bundled table, 0 when not listed. */
    int proteinLength() const
    {
        return m_proteinLength;
    }
    /** Right end of the x axis: the protein length, or the last mutated residue + 10% when it is
     *  unknown or shorter than a mutated position (another isoform). */
    int axisLength() const
    {
        return m_axisLength;
    }
    /** The three most frequent residues (count, then position), as labelled. */
    std::vector<Residue> labelledResidues() const;
    QString title() const;

    /** Class of a parsed protein change; nullopt for changes the plot leaves out (synonymous). */
    static std::optional<MutationClass> classify(ProteinEdit::Type type);

    /** Where and how an alteration changes its protein. */
    struct ProteinHit
    {
        int position = 0;
        MutationClass cls = MutationClass::Other;
        QChar aa; ///< reference residue, 'X' or '\0' when unknown
    };
    /**
     * The protein change of a small variant with a gene and an HGVSp, from ProteinChange::parse;
     * a change it does not take apart ("p.E1156Gfs*7") is placed by its first residue and classed
     * by its consequence term. Nullopt for other alterations and synonymous changes.
     */
    static std::optional<ProteinHit> proteinHit(const Alteration& alteration);
    static QString className(MutationClass cls);
    static QColor classColor(MutationClass cls, const QPalette& palette);

    /** Draws the plot into `target` with `palette` (for export), independently of the widget. */
    void paintTo(QPainter& painter, const QRectF& target, const QPalette& palette) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QHash<QString, std::vector<ProteinHit>> m_hits; ///< by gene symbol as written in the case
    int m_smallVariantsWithoutProtein = 0;          ///< unannotated input: nothing to place on a protein
    QString m_gene;
    std::vector<Residue> m_residues;
    std::array<int, classCount> m_classTotals{};
    int m_proteinLength = 0;
    int m_axisLength = 0;
    int m_highlight = 0;
};

} // namespace onco
