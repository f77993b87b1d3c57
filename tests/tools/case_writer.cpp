// Test helper: records review decisions on one case in a loop and prints the tag of each one
// whose commit returned, until it is killed. Used by tst_CaseStoreCrash.
//   case_writer DATABASE CASE_ID TAG

#include "caseStore/CaseStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace onco;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: case_writer DATABASE CASE_ID TAG\n");
        return 2;
    }
    auto store = CaseStore::open(args[1]);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 1;
    }
    const qint64 caseId = args[2].toLongLong();
    auto alterations = (*store)->alterations(caseId);
    if (!alterations || alterations->empty()) {
        std::fprintf(stderr, "no alterations\n");
        return 1;
    }
    const Actor actor{QStringLiteral("writer"), QStringLiteral("Crash Test"), QStringLiteral("molecular pathologist")};
    const Decision decisions[] = {Decision::Include, Decision::Vus, Decision::Exclude, Decision::Artefact};
    for (qint64 i = 0;; ++i) {
        const QString tag = QStringLiteral("%1-%2").arg(args[3]).arg(i);
        const StoredAlteration& a = (*alterations)[size_t(i) % alterations->size()];
        if (auto r = (*store)->review(caseId, a.id, decisions[i % 4], tag, actor); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 1;
        }
        // Only now is the decision committed: report it.
        std::printf("%s\n", qPrintable(tag));
        std::fflush(stdout);
    }
}
