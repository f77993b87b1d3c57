#pragma once

#include "Progress.h"
#include "Result.h"
#include "model/AnnotationResult.h"

#include <QHash>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace onco {

class AnnotationMemo;
class KnowledgeBase;
class KnownVariants;
class Matcher;
struct KbReleaseInfo;
struct EvidenceItem;

/** Choices for one annotation run. */
struct AnnotateOptions
{
    /** Release to use per source for this run ("CIViC" -> "2024-08-01"); others: the active release. */
    QHash<QString, QString> releases;
    /**
     * Coding territory of the assay in megabases, for a TMB estimated from the case's variants
     * (MutationBurden); <= 0: none is estimated, and a TMB biomarker estimated earlier is kept.
     */
    double panelSizeMb = -1;
    /**
     * Reads every evidence item and assertion of the releases into memory once (a session for many
     * cases) instead of querying those a case needs; the same results either way.
     */
    bool preloadEvidence = false;
};

/**
 * Annotates a case: validates its tumor type against OncoTree and matches its alterations against
 * the active release of each knowledge-base source. The CLI and the GUI both call this, so the
 * window shows what the CLI writes.
 */
class Annotator
{
public:
    /**
     * Matches against the active (or chosen) release of every source in the knowledge base: CIViC,
     * then the others by name (OncoKB, Local ...). result.knowledgeBases lists the releases used.
     * Errors: InvalidArgument for an unknown OncoTree code, a knowledge base without CIViC or a
     * chosen release that was not imported; Database; Canceled.
     */
    static Result<AnnotationResult>
    annotate(Case caseData, KnowledgeBase& kb, const AnnotateOptions& options, const Progress* progress = nullptr);

    static Result<AnnotationResult> annotate(Case caseData, KnowledgeBase& kb, const Progress* progress = nullptr)
    {
        return annotate(std::move(caseData), kb, AnnotateOptions{}, progress);
    }

    /**
     * Loads the bundled reference data every annotation reads (OncoTree and Disease Ontology
     * graph, common polymorphisms, lift-over chain, pharmacogenomic definitions). Each loads once
     * per process, on first use; a caller may run this on a second thread while the inputs are
     * read, so that annotation does not wait for it.
     */
    static void loadReferenceData();

    /**
     * The releases chosen and checked, their documented changes and matchers loaded once, for
     * many cases (a cohort). annotate() gives what Annotator::annotate gives for the same case; it
     * only reads the session, so several threads may annotate at once, each with its own
     * connection to the same knowledge base.
     */
    class Session
    {
    public:
        /** Errors as for Annotator::annotate (no CIViC release, a chosen release not imported, the database). */
        static Result<std::shared_ptr<const Session>> prepare(KnowledgeBase& kb, const AnnotateOptions& options);
        /**
         * `memo`: what the calling thread remembers from case to case with this session (a
         * cohort's rows share their annotation); the result is the same with or without it.
         */
        Result<AnnotationResult> annotate(Case caseData,
                                          KnowledgeBase& kb,
                                          const Progress* progress = nullptr,
                                          AnnotationMemo* memo = nullptr) const;
        ~Session();

    private:
        Session();
        /** Tells this session from every other of the process (a memo's), even one at the same address. */
        const quint64 m_serial;
        AnnotateOptions m_options;
        std::vector<KbReleaseInfo> m_releases;
        std::unique_ptr<KnownVariants> m_known;
        std::vector<Matcher> m_matchers;
        std::vector<EvidenceItem> m_approvals; ///< drug approvals by tumor type, of the approvals releases
        mutable std::mutex m_approvedLock;
        mutable QHash<QString, QMap<QString, QString>> m_approvedByType; ///< tumor type -> approvedTherapies
    };
};

/**
 * What one thread that annotates many cases with one session remembers from case to case: the
 * facts of each shared annotation (AlterationFactsMemo) and the hits of each small variant per
 * release (Matcher::Memo). Used with another session, it forgets what it held. Not shared between
 * threads; the interface language must not change while it is used.
 */
class AnnotationMemo
{
public:
    AnnotationMemo();
    ~AnnotationMemo();
    AnnotationMemo(const AnnotationMemo&) = delete;
    AnnotationMemo& operator=(const AnnotationMemo&) = delete;

private:
    friend class Annotator::Session;
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace onco
