#pragma once

#include <QList>
#include <QString>

#include <limits>

namespace onco {

/**
 * One patient's samples over time (each stored case is a sample: its tumor sample's collection
 * date, else the day the case was made) and each alteration's tumor VAF in each of them. The
 * alterations are the stored references ("BRAF:p.V600E", "7:140453136:A:T").
 */
struct PatientTimeline
{
    struct Sample
    {
        qint64 caseId = 0;
        int version = 1;
        QString name;          ///< the tumor sample's name
        QString date;          ///< ISO date
        bool dateGiven = true; ///< false: no collection date was given; the case's date stands in
        QString specimen;      ///< as stored ("plasma cfDNA", "FFPE, colon biopsy")
        bool liquid = false;   ///< a liquid biopsy (plasma, cfDNA, ctDNA, blood) by its specimen
    };
    struct Series
    {
        QString ref;  ///< the stored reference
        QString name; ///< "EGFR p.T790M", else the reference
        /** Tier I or II (AMP) or knowledge-base evidence in one of the samples. */
        bool relevant = false;
        /** Tumor VAF per sample (parallel to samples); NaN where it was not found, -1 where found without a VAF. */
        QList<float> vaf;
    };
    /** An alteration found in a sample but not in the one before, or the other way round. */
    struct Change
    {
        QString name;
        bool appeared = true;
        QString date;                                        ///< of the later sample
        float vaf = std::numeric_limits<float>::quiet_NaN(); ///< in the later sample (appeared)
        QString previousDate;
        float previousVaf = std::numeric_limits<float>::quiet_NaN(); ///< in the earlier sample (vanished)
    };

    QString patient;
    QList<Sample> samples; ///< oldest first
    QList<Series> series;  ///< relevant ones first, then by name

    /** Appeared and vanished alterations between consecutive samples; `relevantOnly`: tiers I-II or evidence. */
    QList<Change> changes(bool relevantOnly = true) const;
    /** "EGFR p.T790M appeared 2026-03-02 at 4 %", "KRAS p.G12D not found on 2026-06-01 (12 % on 2026-03-02)". */
    static QString describe(const Change& change);
    /** TSV: alteration, relevant, then one VAF column per sample (date and case); empty where not found. */
    QString toTsv() const;
};

} // namespace onco
