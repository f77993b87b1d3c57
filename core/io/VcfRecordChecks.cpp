#include "VcfValidatorState.h"

#include "VcfSyntax.h"
#include "VcfTagRules.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstring>
#include <optional>

// VcfValidator's checks of data lines: columns, INFO, FORMAT and samples, values against their
// definitions, sort order and duplicates. The other lines are checked in VcfValidator.cpp.

namespace onco {

using namespace vcfsyntax;

// ---------------------------------------------------------------------------------------------
// Data lines

/**
 * The slow path of a value list: checks each value, reports the first bad one and returns -1, or
 * returns the number of values.
 */
qint64 VcfValidator::State::checkItems(const ValueContext& c, QByteArrayView value)
{
    qint64 values = 0;
    bool reported = false;
    forEachItem(value, ',', [&](QByteArrayView e) {
        ++values;
        if (isDot(e))
            return true;
        switch (c.def.kind) {
        case Kind::Integer: {
            qint64 v = 0;
            const IntResult r = parseInteger(e, v);
            if (r == IntResult::Syntax)
                report(c.lineNo, false, [&] {
                    return Messages::tr("%1 is not an Integer %2").arg(c.what(value), c.declaredAs());
                });
            else if (r == IntResult::Range)
                report(c.lineNo, false, [&] {
                    return Messages::tr("%1 does not fit a 32-bit Integer").arg(c.what(value));
                });
            else if (r == IntResult::Reserved)
                report(c.lineNo, false, [&] {
                    return Messages::tr("%1 uses a value from -2147483648 to -2147483641, which VCF reserves")
                        .arg(c.what(value));
                });
            else if (c.def.nonNegative && v < 0)
                report(c.lineNo, false, [&] { return Messages::tr("%1 is negative").arg(c.what(value)); });
            else
                return true;
            break;
        }
        case Kind::Float: {
            bool negative = false;
            if (!isFloat(e, negative))
                report(c.lineNo, false, [&] {
                    return Messages::tr("%1 is not a Float %2").arg(c.what(value), c.declaredAs());
                });
            else if (c.def.nonNegative && negative)
                report(c.lineNo, false, [&] { return Messages::tr("%1 is negative").arg(c.what(value)); });
            else
                return true;
            break;
        }
        case Kind::Character:
            if (e.size() == 1)
                return true;
            report(c.lineNo, false, [&] {
                return Messages::tr("%1 is not a single Character %2").arg(c.what(value), c.declaredAs());
            });
            break;
        case Kind::String:
        case Kind::Flag:
            if (!c.def.cigar || isCigar(e))
                return true;
            report(c.lineNo, false, [&] { return Messages::tr("%1 is not a CIGAR string").arg(c.what(value)); });
            break;
        }
        reported = true;
        return false;
    });
    return reported ? -1 : values;
}

/** Checks an INFO or FORMAT value against its definition; true when a problem was reported. */
bool VcfValidator::State::checkValue(const ValueContext& c, bool hasValue, QByteArrayView value)
{
    const TagDef& def = c.def;
    if (def.kind == Kind::Flag) {
        // 0 and 1 are tolerated as the boolean spelling many tools write.
        if (!hasValue || (value.size() == 1 && (value[0] == '0' || value[0] == '1')))
            return false;
        report(c.lineNo, false, [&] {
            return Messages::tr("%1: a Flag takes no value (%2)").arg(c.what(value), c.declaredAs());
        });
        return true;
    }
    if (!hasValue) {
        report(c.lineNo, false, [&] {
            return Messages::tr("INFO field %1 has no value, but is a %2 %3")
                .arg(shown(c.key), kindName(def.kind), c.declaredAs());
        });
        return true;
    }
    if (value.isEmpty()) {
        report(c.lineNo, false, [&] {
            return Messages::tr("%1 is empty; write '.' for a missing value").arg(c.what(value));
        });
        return true;
    }
    if (isDot(value))
        return false;
    qint64 values = quickCount(value, def);
    if (values < 0 && (values = checkItems(c, value)) < 0)
        return true;

    // Per-allele counts are not checked when ALT is '.': a site that became monomorphic in a subset
    // of samples often keeps the values it had. INFO has no ploidy to count genotypes with.
    qint64 expected = -1;
    switch (def.count) {
    case Count::Fixed:
        expected = def.fixed;
        break;
    case Count::Alt:
        expected = c.nAlt > 0 ? c.nAlt : -1;
        break;
    case Count::Allele:
        expected = c.nAlt > 0 ? c.nAlt + 1 : -1;
        break;
    case Count::Genotype:
        expected = c.nAlt > 0 && c.sample >= 0 ? genotypeCount(c.nAlt + 1, c.ploidy) : -1;
        break;
    case Count::Other:
        break;
    }
    if (expected < 0 || values == expected)
        return false;
    report(c.lineNo, false, [&] {
        return Messages::tr("%1 has %2 values, expected %3 (Number=%4 %5)")
            .arg(c.what(value))
            .arg(values)
            .arg(expected)
            .arg(numberName(def.count, def.fixed), c.declaredAs());
    });
    return true;
}

QString VcfValidator::State::ValueContext::what(QByteArrayView value) const
{
    const QString field = shown(key) + u'=' + shown(value);
    return sample < 0 ? Messages::tr("INFO field %1").arg(field)
                      : Messages::tr("FORMAT field %1 of sample %2").arg(field, shown(state.sampleNames.value(sample)));
}

QString VcfValidator::State::ValueContext::declaredAs() const
{
    return def.line > 0 ? Messages::tr("as declared at line %1").arg(def.line)
                        : Messages::tr("as the VCF specification reserves it");
}

const VcfValidator::State::FormatLayout* VcfValidator::State::formatLayout(QByteArrayView formatCol, qint64 lineNo)
{
    const auto equal = [formatCol](const QByteArray& text) {
        return text.size() == formatCol.size()
               && std::memcmp(text.constData(), formatCol.data(), size_t(formatCol.size())) == 0;
    };
    if (lastLayout && equal(lastLayout->text))
        return lastLayout;
    // Length and the first and last 8 bytes pick the slot; the comparison settles it.
    quint64 h = quint64(formatCol.size()) * 0x9E3779B97F4A7C15ULL;
    if (formatCol.size() >= 8) {
        quint64 head = 0;
        quint64 tail = 0;
        std::memcpy(&head, formatCol.data(), 8);
        std::memcpy(&tail, formatCol.data() + formatCol.size() - 8, 8);
        h ^= (head * 0xC2B2AE3D27D4EB4FULL) ^ (tail * 0x165667B19E3779F9ULL);
    } else {
        for (const char c : formatCol)
            h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
    }
    FormatLayout& l = layouts[(h ^ (h >> 29)) % layouts.size()];
    if (l.parsed && equal(l.text))
        return lastLayout = &l;

    // Parse into the slot. Problems of the FORMAT column itself are reported on the first record
    // that uses it (the next ones find the slot), not on every record.
    l.text.resize(formatCol.size());
    std::memcpy(l.text.data(), formatCol.data(), size_t(formatCol.size()));
    l.defs.clear();
    l.keys.clear();
    l.gtIndex = -1;
    l.parsed = true;
    undeclaredKeys.clear();
    ++recordNo; // a fresh stamp for the duplicate test
    forEachItem(QByteArrayView(l.text), ':', [&](QByteArrayView key) {
        TagDef* def = nullptr;
        if (key.isEmpty()) {
            report(lineNo, false, [&] {
                return Messages::tr("FORMAT '%1' has an empty field name").arg(shown(formatCol));
            });
        } else {
            if (!validFormatKey(key, version) && !badKeys.contains(raw(key))) {
                badKeys.insert(key.toByteArray()); // reported once, not on every record
                report(lineNo, false, [&] {
                    return version < 43 ? Messages::tr("FORMAT key '%1' is not alphanumeric").arg(shown(key))
                                        : Messages::tr("FORMAT key '%1' is not a valid key").arg(shown(key));
                });
            }
            const auto it = format.find(raw(key));
            bool duplicate = false;
            if (it != format.end()) {
                duplicate = it->stamp == recordNo;
                it->stamp = recordNo;
                def = &*it;
            } else {
                duplicate = std::find(undeclaredKeys.begin(), undeclaredKeys.end(), key) != undeclaredKeys.end();
                undeclaredKeys.push_back(key);
            }
            if (duplicate) {
                report(lineNo, false, [&] { return Messages::tr("FORMAT lists %1 twice").arg(shown(key)); });
                def = nullptr;
            } else if (same(key, "GT")) {
                l.gtIndex = qsizetype(l.defs.size());
                if (l.gtIndex != 0)
                    report(lineNo, false, [] { return Messages::tr("GT must be the first FORMAT field"); });
            }
        }
        TagDef copy;
        copy.known = false;
        l.defs.push_back(def ? *def : copy);
        l.keys.push_back(key);
        return true;
    });
    return lastLayout = &l;
}

void VcfValidator::State::checkInfo(QByteArrayView infoCol, int nAlt, qint64 lineNo)
{
    undeclaredKeys.clear();
    size_t index = 0;
    forEachItem(infoCol, ';', [&](QByteArrayView entry) {
        if (entry.isEmpty()) {
            report(lineNo, false, [&] {
                return Messages::tr("INFO has an empty entry (a ';' at the start or end, or doubled)");
            });
            return true;
        }
        qsizetype eq = 0;
        while (eq < entry.size() && entry[eq] != '=')
            ++eq;
        const QByteArrayView key = entry.first(eq);
        const bool hasValue = eq < entry.size();
        const QByteArrayView value = hasValue ? entry.sliced(eq + 1) : QByteArrayView();

        // Keys come in the same order record after record: look at the same place first.
        TagDef* def = nullptr;
        if (index < infoSlots.size() && same(infoSlots[index].key, key)) {
            def = infoSlots[index].def;
        } else {
            if (!validInfoKey(key, version) && !badKeys.contains(raw(key))) {
                badKeys.insert(key.toByteArray()); // reported once, not on every record
                report(lineNo, false, [&] { return Messages::tr("INFO key '%1' is not a valid key").arg(shown(key)); });
            }
            const auto it = info.find(raw(key));
            def = it == info.end() ? nullptr : &*it;
            if (index < 64) {
                if (index >= infoSlots.size())
                    infoSlots.resize(index + 1);
                InfoSlot& slot = infoSlots[index];
                slot.key.resize(key.size());
                std::memcpy(slot.key.data(), key.data(), size_t(key.size()));
                slot.def = def;
            }
        }
        ++index;
        bool duplicate = false;
        if (def) {
            duplicate = def->stamp == recordNo;
            def->stamp = recordNo;
        } else {
            duplicate = std::find(undeclaredKeys.begin(), undeclaredKeys.end(), key) != undeclaredKeys.end();
            undeclaredKeys.push_back(key);
        }
        if (duplicate)
            report(lineNo, false, [&] { return Messages::tr("INFO lists %1 twice").arg(shown(key)); });
        else if (def)
            checkValue(ValueContext{*this, *def, key, nAlt, 2, -1, lineNo}, hasValue, value);
        return true;
    });
}

void VcfValidator::State::checkSamples(
    QByteArrayView samples, QByteArrayView formatCol, int nAlt, bool altOk, qint64 lineNo)
{
    const FormatLayout* layout = nullptr;
    if (formatCol.isEmpty())
        report(lineNo, false, [] { return Messages::tr("FORMAT is empty; write '.' when there is no data"); });
    else if (!isDot(formatCol))
        layout = formatLayout(formatCol, lineNo);
    const qsizetype nKeys = layout ? qsizetype(layout->defs.size()) : 1;
    const qsizetype gtIndex = layout ? layout->gtIndex : -1;
    bool valueReported = !altOk; // counts against a broken ALT would only add noise
    bool structureReported = false;
    bool emptyReported = false;
    const auto reportEmpty = [&](qsizetype s) {
        // VCF 4.5 gives zero-length values a meaning (local alleles).
        if (version >= 45 || emptyReported)
            return;
        emptyReported = true;
        report(lineNo, false, [&] {
            return Messages::tr("sample %1 has an empty value; write '.' for missing data")
                .arg(shown(sampleNames.value(s)));
        });
    };

    // One pass over the samples: a value ends at ':' or at the tab that ends its sample.
    const char* p = samples.data();
    const char* const end = p + samples.size();
    for (qsizetype s = 0; s < qsizetype(sampleNames.size()); ++s) {
        if (p == end || *p == '\t')
            reportEmpty(s);
        int ploidy = 2; // "without GT field, diploidy is assumed"
        qsizetype k = 0;
        while (p != end && *p != '\t') {
            const TagDef* def = k < nKeys && k != gtIndex && layout && !valueReported && layout->defs[size_t(k)].known
                                    ? &layout->defs[size_t(k)]
                                    : nullptr;
            qint64 values = -1;
            const char* q = scanValue(p, end, def, values);
            const QByteArrayView value(p, q - p);
            p = q != end && *q == ':' ? q + 1 : q;
            if (k >= nKeys) {
                if (!structureReported) {
                    structureReported = true;
                    report(lineNo, true, [&] {
                        return Messages::tr("sample %1 has more fields than FORMAT '%2'")
                            .arg(shown(sampleNames.value(s)), shown(formatCol));
                    });
                }
                while (p != end && *p != '\t')
                    ++p;
                break;
            }
            if (k == gtIndex) {
                const Genotype g = parseGenotype(value);
                if (g.ok && g.maxIndex <= nAlt) {
                    ploidy = g.ploidy;
                } else if (!structureReported && altOk) {
                    structureReported = true;
                    // With ALT '.' there is no alternate allele to load anyway.
                    report(lineNo, !g.ok || nAlt > 0, [&] {
                        return !g.ok ? Messages::tr("GT '%1' of sample %2 is not a valid genotype")
                                           .arg(shown(value), shown(sampleNames.value(s)))
                                     : Messages::tr("GT '%1' of sample %2 refers to allele %3, but the record has %4 "
                                                    "ALT alleles")
                                           .arg(shown(value), shown(sampleNames.value(s)))
                                           .arg(g.maxIndex)
                                           .arg(nAlt);
                    });
                }
            } else if (value.isEmpty()) {
                reportEmpty(s);
            } else if (def && !isDot(value) && !countOk(*def, values, nAlt, ploidy)) {
                // The slow path only for values the scan could not accept.
                valueReported = checkValue(
                    ValueContext{*this, *def, layout->keys[size_t(k)], nAlt, ploidy, s, lineNo}, true, value);
            }
            ++k;
            if (q != end && *q == ':' && (p == end || *p == '\t'))
                reportEmpty(s); // a trailing ':'
        }
        if (p != end)
            ++p; // the tab
    }
}

void VcfValidator::State::record(QByteArrayView line, qint64 lineNo)
{
    ++recordNo;

    // The first 9 columns, then the number of columns (memchr is quick over the long sample part).
    QByteArrayView col[9];
    const char* p = line.data();
    const char* const end = p + line.size();
    qsizetype n = 0;
    for (; n < 9; ++n) {
        const char* q = p;
        while (q != end && *q != '\t')
            ++q;
        col[n] = QByteArrayView(p, q - p);
        p = q;
        if (p == end)
            break;
        ++p;
    }
    const char* const samplesStart = p;
    ++n;
    if (n == 10 && end - p < 64) {
        for (; p != end; ++p)
            n += *p == '\t';
    } else if (n == 10) {
        for (const void* hit; (hit = std::memchr(p, '\t', size_t(end - p))) != nullptr; ++n)
            p = static_cast<const char*>(hit) + 1;
    }
    if (n != columns) {
        report(lineNo, true, [&] {
            return line.endsWith('\t')
                       ? Messages::tr("expected %1 tab-separated columns, found %2 (the line ends with a tab)")
                             .arg(columns)
                             .arg(n)
                       : Messages::tr("expected %1 tab-separated columns, found %2").arg(columns).arg(n);
        });
        return;
    }
    for (int i = 0; i < 8; ++i) {
        if (!col[i].isEmpty())
            continue;
        static constexpr const char* names[] = {"CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO"};
        const bool fatal = i == 0 || i == 1 || i == 3 || i == 4;
        report(lineNo, fatal, [&] {
            return Messages::tr("%1 is empty; write '.' for a missing value").arg(QLatin1String(names[i]));
        });
        if (fatal)
            return;
    }

    // CHROM: an odd name is a warning; the record still has a place.
    const std::optional<QByteArrayView> contig = contigOf(col[0], version);
    if (!contig)
        report(lineNo, false, [&] {
            return version >= 44 ? Messages::tr("CHROM '%1' is not a valid contig name (no whitespace, commas, "
                                                "quotes or brackets)")
                                       .arg(shown(col[0]))
                                 : Messages::tr("CHROM '%1' is not a valid contig name (no whitespace, commas, "
                                                "colons or brackets)")
                                       .arg(shown(col[0]));
        });

    // POS: a whole number; 0 and N+1 denote telomeres.
    qint64 pos = -1;
    if (col[1].size() <= 15 && allIn(digitChars, col[1])) {
        pos = 0;
        for (const char c : col[1])
            pos = pos * 10 + (c - '0');
    } else {
        report(
            lineNo, true, [&] { return Messages::tr("POS '%1' is not a positive whole number").arg(shown(col[1])); });
    }

    // ID: ';'-separated, no whitespace, no duplicates.
    if (const QByteArrayView ids = col[2]; !isDot(ids)) {
        QByteArrayView previous[16];
        int listed = 0;
        forEachItem(ids, ';', [&](QByteArrayView item) {
            if (item.isEmpty() || hasSpace(item)) {
                report(lineNo, false, [&] {
                    return item.isEmpty()
                               ? Messages::tr("ID '%1' has an empty entry (a ';' at the start or end, or doubled)")
                                     .arg(shown(ids))
                               : Messages::tr("ID '%1' contains whitespace").arg(shown(ids));
                });
                return false;
            }
            for (int i = 0; i < listed; ++i) {
                if (same(previous[i], item)) {
                    report(lineNo, false, [&] {
                        return Messages::tr("ID '%1' lists %2 twice").arg(shown(ids), shown(item));
                    });
                    return false;
                }
            }
            if (listed < 16)
                previous[listed++] = item;
            return true;
        });
    }

    // REF
    const QByteArrayView ref = col[3];
    const bool refOk = allIn(baseChars, ref);
    if (!refOk) {
        if (isDot(ref))
            report(lineNo, true, [] { return Messages::tr("REF is missing ('.')"); });
        else if (ref.contains(','))
            report(lineNo, true, [&] { return Messages::tr("REF '%1' holds more than one allele").arg(shown(ref)); });
        else
            report(lineNo, true, [&] {
                return Messages::tr("REF '%1' holds a character other than A, C, G, T, N").arg(shown(ref));
            });
    }

    // ALT
    const QByteArrayView alt = col[4];
    int nAlt = 0;
    bool altOk = true;
    bool allBases = true;
    if (!isDot(alt)) {
        forEachItem(alt, ',', [&](QByteArrayView a) {
            ++nAlt;
            AlleleKind kind = AlleleKind::Other;
            const AlleleError error = isDot(a) ? AlleleError::Empty : checkAllele(a, kind);
            allBases = allBases && kind == AlleleKind::Bases;
            if (error == AlleleError::None)
                return true;
            altOk = false;
            report(lineNo, true, [&] {
                switch (error) {
                case AlleleError::Empty:
                    return a.isEmpty()
                               ? Messages::tr("ALT '%1' has an empty allele (a stray comma)").arg(shown(alt))
                               : Messages::tr("ALT '%1' mixes the missing value '.' with alleles").arg(shown(alt));
                case AlleleError::BadSymbolic:
                    return Messages::tr("ALT allele '%1' is not a valid symbolic allele <ID> (no whitespace, commas or "
                                        "angle brackets inside)")
                        .arg(shown(a));
                case AlleleError::BadBreakend:
                    return Messages::tr("ALT allele '%1' is not a valid breakend (bases joined to [chr:pos[ or "
                                        "]chr:pos], or bases with a '.')")
                        .arg(shown(a));
                case AlleleError::BadBases:
                case AlleleError::None:
                    break;
                }
                return Messages::tr("ALT allele '%1' holds a character other than A, C, G, T, N").arg(shown(a));
            });
            return false;
        });
    }

    // QUAL
    if (const QByteArrayView qual = col[5]; !isDot(qual)) {
        bool negative = false;
        if (!isFloat(qual, negative))
            report(lineNo, false, [&] { return Messages::tr("QUAL '%1' is not a number").arg(shown(qual)); });
        else if (negative)
            report(lineNo, false, [&] { return Messages::tr("QUAL %1 is negative").arg(shown(qual)); });
    }

    // FILTER
    if (const QByteArrayView filter = col[6]; !isDot(filter) && !same(filter, "PASS")) {
        QByteArrayView previous[16];
        int listed = 0;
        forEachItem(filter, ';', [&](QByteArrayView item) {
            const auto complain = [&](const QString& why) {
                report(lineNo, false, [&] { return Messages::tr("FILTER '%1' %2").arg(shown(filter), why); });
                return false;
            };
            if (item.isEmpty())
                return complain(Messages::tr("has an empty entry (a ';' at the start or end, or doubled)"));
            if (hasSpace(item))
                return complain(Messages::tr("contains whitespace"));
            if (isDot(item))
                return complain(Messages::tr("combines the missing value '.' with filters"));
            if (same(item, "0"))
                return complain(Messages::tr("uses 0, which is reserved"));
            for (int i = 0; i < listed; ++i)
                if (same(previous[i], item))
                    return complain(Messages::tr("lists %1 twice").arg(shown(item)));
            if (listed < 16)
                previous[listed++] = item;
            return true;
        });
    }

    // INFO, FORMAT and the samples; value counts against a broken ALT would only add noise.
    if (!col[7].isEmpty() && !isDot(col[7]) && altOk)
        checkInfo(col[7], nAlt, lineNo);
    if (n > 8)
        checkSamples(QByteArrayView(samplesStart, end - samplesStart), col[8], nAlt, altOk, lineNo);

    if (pos >= 0)
        checkOrder(contig.value_or(col[0]), pos, ref, refOk && altOk && allBases ? alt : QByteArrayView(), lineNo);
}

void VcfValidator::State::checkOrder(
    QByteArrayView name, qint64 pos, QByteArrayView ref, QByteArrayView alt, qint64 lineNo)
{
    // Chromosomes form contiguous blocks, positions increase within them.
    if (!haveChrom || !same(chrom, name)) {
        if (haveChrom)
            finishedChroms.insert(chrom, lastLine);
        if (const auto it = finishedChroms.constFind(raw(name)); it != finishedChroms.cend())
            report(lineNo, false, [&] {
                return Messages::tr("records of chromosome %1 are not contiguous: it appeared before, up to line %2")
                    .arg(shown(name))
                    .arg(it.value());
            });
        chrom = name.toByteArray();
        haveChrom = true;
        lastPos = -1;
        seen.clear();
    } else if (pos < lastPos) {
        report(lineNo, false, [&] {
            return Messages::tr("POS %1 comes after POS %2 on %3: the records are not sorted")
                .arg(pos)
                .arg(lastPos)
                .arg(shown(name));
        });
    }
    lastPos = pos;
    lastLine = lineNo;
    if (alt.isEmpty() || isDot(alt))
        return;

    // Duplicated variants: trimmed allele pairs, compared with the ones that start at or after POS
    // (trimming moves a variant right, never left, so earlier ones cannot match).
    seen.erase(std::remove_if(seen.begin(), seen.end(), [pos](const SeenVariant& v) { return v.pos < pos; }),
               seen.end());
    if (seen.size() > maxSeenVariants)
        seen.erase(seen.begin(), seen.begin() + qsizetype(seen.size() / 2));
    forEachItem(alt, ',', [&](QByteArrayView a) {
        // Trim the bases the alleles share at the end, then at the start, keeping one base each:
        // TAT>TGT at 100 and A>G at 101 are the same variant.
        qsizetype rb = 0;
        qsizetype re = ref.size();
        qsizetype ab = 0;
        qsizetype ae = a.size();
        while (re - rb > 1 && ae - ab > 1 && sameBase(ref[re - 1], a[ae - 1])) {
            --re;
            --ae;
        }
        while (re - rb > 1 && ae - ab > 1 && sameBase(ref[rb], a[ab])) {
            ++rb;
            ++ab;
        }
        const qint64 at = pos + rb;
        const quint64 hash = alleleHash(ref.sliced(rb, re - rb), a.sliced(ab, ae - ab));
        for (const SeenVariant& v : seen) {
            if (v.pos == at && v.hash == hash) {
                report(lineNo, false, [&] {
                    return v.line == lineNo
                               ? Messages::tr("ALT lists the variant %1>%2 twice").arg(shown(ref), shown(a))
                               : Messages::tr("the variant %1>%2 at %3 duplicates the one at line %4")
                                     .arg(shown(ref), shown(a))
                                     .arg(pos)
                                     .arg(v.line);
                });
                break;
            }
        }
        seen.push_back(SeenVariant{at, hash, lineNo});
        return true;
    });
}

} // namespace onco
