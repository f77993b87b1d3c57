#pragma once

#include <QString>

namespace onco {

// The knowledge bases' controlled vocabulary (CIViC's evidence types, directions, clinical
// significances and therapy interactions, used by every importer; CPIC's phenotypes and strengths)
// in the interface language. Free text (statements, therapy and disease names) stays as the
// knowledge base wrote it; a term outside the vocabulary is returned as it is.
QString kbTermText(const QString& term);

} // namespace onco
