#include "DiseaseOntology.h"

#include "io/TsvReader.h"

#include <QCoreApplication>

#include <boost/graph/exception.hpp>
#include <boost/graph/topological_sort.hpp>

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/** Translation context of this file's messages. */
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::TumorTypeGraph)
};

// DOreports list only terms with an asserted parent, so the root of the ontology has no row although
// its label is the parent of the top-level terms ("disease of anatomical entity", ...).
constexpr QStringView rootId = u"DOID:4";
constexpr QStringView rootLabel = u"disease";

constexpr qint64 maxDigitsValue = 1'000'000'000'000; // 12 digits

/** The field without the double quotes of the DOreports TSV dialect. */
QString unquoted(QByteArrayView field)
{
    if (field.size() >= 2 && field.front() == '"' && field.back() == '"')
        field = field.sliced(1, field.size() - 2);
    return QString::fromUtf8(field.trimmed());
}

QStringView withoutPrefix(QStringView doid)
{
    doid = doid.trimmed();
    if (doid.size() > 5 && doid.first(4).compare(u"DOID", Qt::CaseInsensitive) == 0
        && (doid[4] == u':' || doid[4] == u'_'))
        doid = doid.sliced(5);
    return doid;
}

int digitCount(qint64 value)
{
    int n = 1;
    for (; value >= 10; value /= 10)
        ++n;
    return n;
}

} // namespace

/** Unique key of a digit string: "60002" and "0060002" differ, so the length is part of the key; -1
 *  when the text is not 1-12 digits. */
qint64 DiseaseOntology::digitsKey(QStringView digits)
{
    if (digits.isEmpty() || digits.size() > 12)
        return -1;
    qint64 value = 0;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return qint64(digits.size()) * maxDigitsValue + value;
}

int DiseaseOntology::find(QStringView doid) const
{
    const qint64 key = digitsKey(withoutPrefix(doid));
    if (key < 0)
        return -1;
    if (auto it = m_byDigits.constFind(key); it != m_byDigits.cend())
        return *it;
    // Fallbacks for numbers written with a different zero padding than the ontology's.
    const qint64 value = key % maxDigitsValue;
    const qint64 padded = 7 * maxDigitsValue + value;
    const qint64 stripped = digitCount(value) * maxDigitsValue + value;
    for (qint64 alt : {padded, stripped}) {
        if (auto it = m_byDigits.constFind(alt); alt != key && it != m_byDigits.cend())
            return *it;
    }
    return -1;
}

int DiseaseOntology::findLabel(QStringView label) const
{
    return m_byLabel.value(label.trimmed().toString().toLower(), -1);
}

QList<int> DiseaseOntology::parents(int term) const
{
    QList<int> out;
    for (auto [e, end] = boost::out_edges(Graph::vertex_descriptor(term), *m_graph); e != end; ++e)
        out.append(int(boost::target(*e, *m_graph)));
    return out;
}

const DiseaseOntology::Ancestor* DiseaseOntology::ancestor(int term, int ancestorTerm) const
{
    for (const Ancestor& a : m_ancestors[size_t(term)]) {
        if (a.term == ancestorTerm)
            return &a;
    }
    return nullptr;
}

QList<int> DiseaseOntology::chain(int term, int ancestorTerm) const
{
    QList<int> out{term};
    // Each first hop lies on a shortest path, so its own entry for the ancestor is one step shorter.
    for (int current = term; current != ancestorTerm;) {
        const Ancestor* a = ancestor(current, ancestorTerm);
        if (!a)
            return {};
        current = a->firstHop;
        out.append(current);
    }
    return out;
}

void DiseaseOntology::computeAncestors(const std::vector<int>& parentsFirst)
{
    m_ancestors.assign(size_t(count()), {});
    std::vector<int> slot(size_t(count()), -1); // position of a term in the list being built
    for (int term : parentsFirst) {
        std::vector<Ancestor>& out = m_ancestors[size_t(term)];
        auto add = [&](int ancestorTerm, int hop, int distance) {
            int& s = slot[size_t(ancestorTerm)];
            if (s < 0) {
                s = int(out.size());
                out.push_back({ancestorTerm, hop, distance});
            } else if (distance < out[size_t(s)].distance) {
                out[size_t(s)].firstHop = hop;
                out[size_t(s)].distance = distance;
            }
        };
        for (int parent : parents(term)) {
            add(parent, parent, 1);
            for (const Ancestor& a : m_ancestors[size_t(parent)])
                add(a.term, parent, a.distance + 1);
        }
        for (const Ancestor& a : out)
            slot[size_t(a.term)] = -1;
        std::stable_sort(
            out.begin(), out.end(), [](const Ancestor& x, const Ancestor& y) { return x.distance < y.distance; });
        out.shrink_to_fit();
    }
}

Result<DiseaseOntology> DiseaseOntology::load(const QString& path, QStringList* issues)
{
    auto note = [&](qint64 line, const QString& text) {
        if (issues)
            issues->append(line > 0 ? u"%1:%2: %3"_s.arg(path).arg(line).arg(text) : u"%1: %2"_s.arg(path, text));
    };
    TsvReader tsv;
    if (auto opened = tsv.open(path); !opened)
        return Unexpected{opened.error()};
    const int idColumn = tsv.column("id");
    const int labelColumn = tsv.column("label");
    const int parentColumn = tsv.column("subClassOf");
    if (idColumn < 0 || labelColumn < 0 || parentColumn < 0)
        return fail(CoreError::Code::BadInput,
                    Messages::tr("not a Disease Ontology report: the header needs id, label and subClassOf"),
                    path,
                    1);

    DiseaseOntology dox;
    struct PendingEdge
    {
        int term;
        QString parentLabel;
        qint64 line;
    };
    std::vector<PendingEdge> edges;
    edges.reserve(13000);
    auto addTerm = [&dox](const QString& id, const QString& label) {
        const int term = dox.count();
        dox.m_ids.append(id);
        dox.m_labels.append(label);
        dox.m_byDigits.insert(digitsKey(QStringView(id).sliced(5)), term);
        if (const QString key = label.toLower(); !dox.m_byLabel.contains(key))
            dox.m_byLabel.insert(key, term); // the first term keeps an ambiguous label
        return term;
    };
    while (tsv.next()) {
        const QString id = unquoted(tsv.field(idColumn));
        const QString label = unquoted(tsv.field(labelColumn));
        if (!id.startsWith(u"DOID:"_s) || digitsKey(QStringView(id).sliced(5)) < 0 || label.isEmpty()) {
            note(tsv.lineNumber(), Messages::tr("not a DOID with a label; row skipped"));
            continue;
        }
        int term = dox.m_byDigits.value(digitsKey(QStringView(id).sliced(5)), -1);
        if (term < 0) {
            if (dox.m_byLabel.contains(label.toLower()))
                note(tsv.lineNumber(), Messages::tr("label \"%1\" of %2 also names another term").arg(label, id));
            term = addTerm(id, label);
        }
        if (const QString parent = unquoted(tsv.field(parentColumn)); !parent.isEmpty())
            edges.push_back({term, parent, tsv.lineNumber()});
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    if (dox.count() == 0)
        return fail(CoreError::Code::BadInput, Messages::tr("no Disease Ontology terms"), path);
    if (dox.findLabel(rootLabel) < 0 && dox.find(rootId) < 0)
        addTerm(rootId.toString(), rootLabel.toString());

    dox.m_graph = std::make_unique<Graph>(size_t(dox.count()));
    for (const PendingEdge& e : edges) {
        const int parent = dox.findLabel(e.parentLabel);
        if (parent < 0 || parent == e.term) {
            note(e.line,
                 Messages::tr("parent \"%1\" of %2 is not another term's label; edge dropped")
                     .arg(e.parentLabel, dox.m_ids[e.term]));
            continue;
        }
        if (!boost::edge(Graph::vertex_descriptor(e.term), Graph::vertex_descriptor(parent), *dox.m_graph).second)
            boost::add_edge(Graph::vertex_descriptor(e.term), Graph::vertex_descriptor(parent), *dox.m_graph);
    }

    // Histology links: DO files many tumors under their organ only ("skin melanoma" is_a skin
    // cancer; "bladder urothelial carcinoma" is_a bladder carcinoma), so evidence on the histology
    // ("melanoma", "transitional cell carcinoma") would not reach them. A label naming the
    // histology at its end is a subtype of it as well.
    static const std::pair<QStringView, QStringView> histologies[] = {
        {u" melanoma", u"melanoma"},
        {u" transitional cell carcinoma", u"transitional cell carcinoma"},
        {u" urothelial carcinoma", u"transitional cell carcinoma"},
    };
    for (const auto& [suffix, histology] : histologies) {
        const int parent = dox.findLabel(histology.toString());
        if (parent < 0)
            continue;
        for (int term = 0; term < dox.count(); ++term) {
            const QString& label = dox.m_labels[term];
            if (term == parent || !label.endsWith(suffix, Qt::CaseInsensitive) || label.contains(u"benign"_s))
                continue;
            if (!boost::edge(Graph::vertex_descriptor(term), Graph::vertex_descriptor(parent), *dox.m_graph).second)
                boost::add_edge(Graph::vertex_descriptor(term), Graph::vertex_descriptor(parent), *dox.m_graph);
        }
    }

    // For an edge term -> parent, topological_sort writes the parent first: ancestors are known
    // before the terms below them need them.
    std::vector<Graph::vertex_descriptor> order;
    order.reserve(size_t(dox.count()));
    try {
        boost::topological_sort(*dox.m_graph, std::back_inserter(order));
    } catch (const boost::not_a_dag&) {
        return fail(CoreError::Code::BadInput, Messages::tr("the is_a relation of the ontology has a cycle"), path);
    }
    std::vector<int> parentsFirst(order.begin(), order.end());
    dox.computeAncestors(parentsFirst);
    return dox;
}

} // namespace onco
