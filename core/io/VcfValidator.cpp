#include "VcfValidator.h"

#include "VcfSyntax.h"
#include "VcfTagRules.h"
#include "VcfValidatorState.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <iterator>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

// Meta-information lines, the #CHROM header line and the public interface. The checks of data
// lines are in VcfRecordChecks.cpp; the state both share is in VcfValidatorState.h.

using namespace Qt::Literals::StringLiterals;

namespace onco {

using namespace vcfsyntax;

// ---------------------------------------------------------------------------------------------
// Meta lines

namespace {

/** Splits the inside of "<...>" into key=value fields; returns the syntax error, or an empty string. */
QString splitFields(QByteArrayView content, std::vector<MetaField>& fields)
{
    fields.clear();
    const qsizetype n = content.size();
    qsizetype i = 0;
    while (true) {
        const qsizetype keyStart = i;
        while (i < n && content[i] != '=' && content[i] != ',')
            ++i;
        MetaField f;
        f.key = content.sliced(keyStart, i - keyStart);
        if (i == n || content[i] == ',') {
            if (f.key.isEmpty())
                return Messages::tr("empty field (two commas in a row, or a comma at the start)");
            return Messages::tr("'%1' is not a key=value field (an unquoted comma, or a value that needs quotes?)")
                .arg(shown(f.key));
        }
        if (f.key.isEmpty())
            return Messages::tr("a field has no name before '='");
        if (hasSpace(f.key))
            return Messages::tr("field name '%1' contains whitespace").arg(shown(f.key));
        ++i; // '='
        if (i < n && content[i] == '"') {
            const qsizetype start = ++i;
            bool closed = false;
            while (i < n) {
                if (content[i] == '\\' && i + 1 < n) {
                    i += 2;
                    continue;
                }
                if (content[i] == '"') {
                    closed = true;
                    break;
                }
                ++i;
            }
            if (!closed)
                return Messages::tr("the value of %1 has no closing double quote").arg(shown(f.key));
            f.value = content.sliced(start, i - start);
            f.quoted = true;
            ++i;
            if (i < n && content[i] != ',')
                return Messages::tr("the value of %1 holds an unescaped double quote (write \\\")").arg(shown(f.key));
        } else if (i < n && content[i] == '[') {
            const qsizetype start = i;
            while (i < n && content[i] != ']')
                ++i;
            if (i == n)
                return Messages::tr("the value of %1 has no closing ']'").arg(shown(f.key));
            ++i;
            f.value = content.sliced(start, i - start);
            f.bracketed = true;
            if (i < n && content[i] != ',')
                return Messages::tr("the value of %1 has text after its closing ']'").arg(shown(f.key));
        } else {
            const qsizetype start = i;
            while (i < n && content[i] != ',')
                ++i;
            f.value = content.sliced(start, i - start);
            if (f.value.isEmpty())
                return Messages::tr("%1 has an empty value").arg(shown(f.key));
        }
        fields.push_back(f);
        if (i >= n)
            return {};
        ++i; // ','
        if (i == n)
            return Messages::tr("the field list ends with a comma");
    }
}

} // namespace

void VcfValidator::State::meta(QByteArrayView line, qint64 lineNo)
{
    QByteArrayView body = line;
    while (body.startsWith('#'))
        body = body.sliced(1);
    const qsizetype eq = body.indexOf('=');
    const QByteArrayView key = eq > 0 ? body.first(eq) : QByteArrayView();
    noteLine(lineNo, key == "fileformat");
    if (sawHeader) {
        report(lineNo, false, [] { return Messages::tr("meta-information line after the #CHROM header line"); });
        return;
    }
    if (eq <= 0) {
        report(lineNo, false, [&] {
            return Messages::tr("meta-information line '%1' is not a ##key=value pair").arg(shown(line));
        });
        return;
    }
    if (hasSpace(key)) {
        report(lineNo, false, [&] {
            return Messages::tr("meta-information key '%1' contains whitespace").arg(shown(key));
        });
        return;
    }
    const QByteArrayView value = body.sliced(eq + 1);
    if (value.isEmpty()) {
        report(lineNo, false, [&] { return Messages::tr("##%1 has an empty value").arg(shown(key)); });
        return;
    }

    if (key == "fileformat") {
        if (sawFileformat || lineNo > 1) {
            report(
                lineNo, false, [] { return Messages::tr("##fileformat must be the first line and appear only once"); });
        }
        sawFileformat = true;
        // VCFv<major>.<minor>
        const QByteArrayView v = value.startsWith("VCFv") ? value.sliced(4) : QByteArrayView();
        const qsizetype dot = v.indexOf('.');
        if (dot <= 0 || dot == v.size() - 1 || !allIn(digitChars, v.first(dot)) || !allIn(digitChars, v.sliced(dot + 1))
            || v.size() > 8) {
            report(lineNo, false, [&] {
                return Messages::tr("##fileformat=%1 is not a VCF version such as VCFv4.3").arg(shown(value));
            });
            return;
        }
        const int major = v.first(dot).toInt();
        const int minor = v.sliced(dot + 1).toInt();
        version = std::clamp(major * 10 + minor, 41, 49);
        if (major != 4 || minor > 5) // 4.0 is read with the 4.1 rules
            report(lineNo, false, [&] {
                return Messages::tr("VCF version %1 is not one this check knows (4.0 to 4.5)").arg(shown(value));
            });
        return;
    }

    if (value.front() == '<') {
        if (!value.endsWith('>')) {
            report(lineNo, false, [&] { return Messages::tr("##%1 line does not end with '>'").arg(shown(key)); });
            return;
        }
        const QByteArrayView content = value.sliced(1, value.size() - 2);
        if (content.isEmpty()) {
            report(lineNo, false, [&] { return Messages::tr("##%1=<> holds no fields").arg(shown(key)); });
            return;
        }
        static constexpr std::string_view knownKeys[] = {
            "INFO", "FORMAT", "FILTER", "ALT", "contig", "SAMPLE", "PEDIGREE", "META"};
        const bool known = std::any_of(std::begin(knownKeys), std::end(knownKeys), [&](std::string_view k) {
            return key == QByteArrayView(k.data(), qsizetype(k.size()));
        });
        // A quoted text in angle brackets is a title, not a list of fields.
        if (!known && content.front() == '"')
            return;
        structured(key, content, lineNo);
        return;
    }

    if ((key == "assembly" || key == "pedigreeDB") && value.contains("://") && !validUrl(value))
        report(
            lineNo, false, [&] { return Messages::tr("##%1 is not a valid URL: %2").arg(shown(key), shown(value)); });
}

void VcfValidator::State::structured(QByteArrayView key, QByteArrayView content, qint64 lineNo)
{
    if (const QString error = splitFields(content, fields); !error.isEmpty()) {
        report(lineNo, false, [&] { return Messages::tr("##%1 line: %2").arg(shown(key), error); });
        return;
    }
    const QString name = shown(key);
    for (size_t i = 0; i < fields.size(); ++i) {
        for (size_t j = 0; j < i; ++j) {
            if (fields[i].key == fields[j].key) {
                report(lineNo, false, [&] {
                    return Messages::tr("##%1 line: field %2 appears twice").arg(name, shown(fields[i].key));
                });
                return;
            }
        }
    }
    for (const MetaField& f : fields) {
        if (!f.quoted && !f.bracketed && hasSpace(f.value)) {
            report(lineNo, false, [&] {
                return Messages::tr("##%1 line: the value of %2 contains whitespace and must be in double quotes")
                    .arg(name, shown(f.key));
            });
            break;
        }
    }
    if (const MetaField* description = field("Description"); description && !description->quoted)
        report(lineNo, false, [&] {
            return Messages::tr("##%1 line: the Description must be in double quotes").arg(name);
        });

    const bool isInfo = key == "INFO";
    const bool isFormat = key == "FORMAT";
    const bool isAlt = key == "ALT";
    const bool isMeta = key == "META";
    const bool isSample = key == "SAMPLE";
    const bool isPedigree = key == "PEDIGREE";
    const bool needsId = isInfo || isFormat || isAlt || isMeta || isSample || key == "FILTER" || key == "contig"
                         || (isPedigree && version >= 43);

    const MetaField* id = field("ID");
    if (id && fieldIndex("ID") != 0)
        report(lineNo, false, [&] { return Messages::tr("##%1 line: ID must be the first field").arg(name); });
    if (!id && needsId)
        report(lineNo, false, [&] { return Messages::tr("##%1 line has no ID").arg(name); });

    if (isInfo || isFormat || isAlt) {
        // ID, Number, Type, Description in this order (META lines list Type and Number either way).
        const qsizetype order[] = {
            fieldIndex("ID"), fieldIndex("Number"), fieldIndex("Type"), fieldIndex("Description")};
        qsizetype last = -1;
        for (const qsizetype at : order) {
            if (at < 0)
                continue;
            if (at < last) {
                report(lineNo, false, [&] {
                    return Messages::tr("##%1 line: fields must come in the order ID, Number, Type, Description")
                        .arg(name);
                });
                break;
            }
            last = at;
        }
    }
    if (isInfo || isFormat || isAlt || isMeta) {
        if (const MetaField* number = field("Number"); number && !parseNumber(number->value, version))
            report(lineNo, false, [&] {
                return version < 42 && number->value == "R"
                           ? Messages::tr("##%1 line: Number=R is not part of VCF 4.1").arg(name)
                           : Messages::tr("##%1 line: Number=%2 is not an integer, A, R, G or '.'")
                                 .arg(name, shown(number->value));
            });
        if (const MetaField* type = field("Type"); type && !parseKind(type->value))
            report(lineNo, false, [&] {
                return Messages::tr("##%1 line: Type=%2 is not Integer, Float, Flag, Character or String")
                    .arg(name, shown(type->value));
            });
    }
    if (isInfo || isFormat) {
        declareTag(isInfo ? Section::Info : Section::Format, lineNo);
        return;
    }
    if (isAlt && id) {
        const QByteArrayView v = id->value;
        if (hasSpace(v) || v.contains('<') || v.contains('>'))
            report(lineNo, false, [&] {
                return Messages::tr("ALT ID '%1' must not contain whitespace or angle brackets").arg(shown(v));
            });
        const qsizetype colon = v.indexOf(':');
        const QByteArrayView type = colon >= 0 ? v.first(colon) : v;
        // 4.1/4.2 allow only the SV types; 4.3 adds custom IDs (IUPAC codes...), but a subtyped ID
        // still starts with an SV type. NON_REF and * are the GATK and bcftools "any other allele".
        const bool ok = isSvType(type) || (version >= 43 ? colon < 0 : (v == "NON_REF" || v == "*"));
        if (!ok)
            report(lineNo, false, [&] {
                return Messages::tr("ALT ID '%1': the type before any ':' must be DEL, INS, DUP, INV or CNV")
                    .arg(shown(v));
            });
    }
    if (isMeta) {
        if (const MetaField* values = field("Values"); values && !values->bracketed)
            report(lineNo, false, [&] { return Messages::tr("##META line: Values must be in square brackets"); });
    }
    if (key == "contig") {
        if (id && version >= 43 && !validContig(id->value, version)) // 4.1/4.2 only constrain CHROM
            report(lineNo, false, [&] {
                return Messages::tr("contig ID '%1' is not a valid contig name").arg(shown(id->value));
            });
        if (const MetaField* url = field("URL"); url && url->value.contains("://") && !validUrl(url->value))
            report(
                lineNo, false, [&] { return Messages::tr("contig URL %1 is not a valid URL").arg(shown(url->value)); });
    }
    if (isSample) {
        if (id && !validSampleId(id->value))
            report(lineNo, false, [&] {
                return Messages::tr("SAMPLE ID '%1' is not a valid name").arg(shown(id->value));
            });
        const MetaField* genomes = field("Genomes");
        const MetaField* mixture = field("Mixture");
        if (mixture && !genomes)
            report(lineNo, false, [&] { return Messages::tr("##SAMPLE line has Mixture but no Genomes"); });
        if (version < 43) {
            for (const MetaField* f : {genomes, mixture})
                if (f && f->quoted)
                    report(lineNo, false, [&] {
                        return Messages::tr("##SAMPLE line: %1 is a ';'-separated list and takes no quotes")
                            .arg(shown(f->key));
                    });
        }
        if (genomes && mixture && genomes->value.count(';') != mixture->value.count(';'))
            report(lineNo, false, [&] {
                return Messages::tr("##SAMPLE line: Genomes and Mixture list different numbers of values");
            });
    }
    if (isPedigree) {
        for (const MetaField& f : fields) {
            if (!f.quoted && !f.bracketed && !validSampleId(f.value)) {
                report(lineNo, false, [&] {
                    return Messages::tr("##PEDIGREE line: '%1' is not a valid sample or genome name")
                        .arg(shown(f.value));
                });
                break;
            }
        }
    }
    if (id && version >= 43) { // "an ID which must be unique within their type" is new in 4.3
        QHash<QByteArray, qint64>& ids = declared[key.toByteArray()];
        const QByteArray idText = id->value.toByteArray();
        if (const auto it = ids.constFind(idText); it != ids.cend())
            report(lineNo, false, [&] {
                return Messages::tr("##%1 ID %2 is declared twice (first at line %3)")
                    .arg(name, shown(id->value))
                    .arg(it.value());
            });
        else
            ids.insert(idText, lineNo);
    }
}

void VcfValidator::State::declareTag(Section section, qint64 lineNo)
{
    const bool isInfo = section == Section::Info;
    const QString name = isInfo ? u"INFO"_s : u"FORMAT"_s;
    const MetaField* id = field("ID");
    const MetaField* number = field("Number");
    const MetaField* type = field("Type");
    QStringList missing;
    for (const char* required : {"ID", "Number", "Type", "Description"})
        if (!field(required))
            missing << QString::fromLatin1(required);
    if (!missing.isEmpty())
        report(lineNo, false, [&] { return Messages::tr("##%1 line lacks %2").arg(name, missing.join(u", "_s)); });
    if (!id)
        return;
    const QByteArrayView tag = id->value;
    if (isInfo ? !validInfoKey(tag, version) : !validFormatKey(tag, version)) {
        badKeys.insert(tag.toByteArray()); // not again in the records
        report(lineNo, false, [&] { return Messages::tr("%1 ID '%2' is not a valid key").arg(name, shown(tag)); });
    }

    // Plain values rather than std::optional: GCC 12 warns about "maybe uninitialized" optionals.
    const std::optional<NumberSpec> parsedNumber = number ? parseNumber(number->value, version) : std::nullopt;
    const std::optional<Kind> parsedKind = type ? parseKind(type->value) : std::nullopt;
    const bool numberOk = parsedNumber.has_value();
    const bool kindOk = parsedKind.has_value();
    const NumberSpec spec = parsedNumber.value_or(NumberSpec{});
    const Kind kind = parsedKind.value_or(Kind::String);

    TagDef def;
    def.line = lineNo;
    def.count = spec.count;
    def.fixed = spec.fixed;
    def.kind = kind;
    if (kindOk && kind == Kind::Flag && !isInfo) {
        report(lineNo, false, [&] { return Messages::tr("FORMAT %1 cannot have Type=Flag").arg(shown(tag)); });
        def.kind = Kind::String;
    } else if (kindOk && kind == Kind::Flag && numberOk && !(spec.count == Count::Fixed && spec.fixed == 0)) {
        report(lineNo, false, [&] {
            return Messages::tr("INFO %1 has Type=Flag, so its Number must be 0 (not %2)")
                .arg(shown(tag), shown(number->value));
        });
        def.count = Count::Fixed;
        def.fixed = 0;
    }
    if (const ReservedTag* r = findReserved(section, tag, version); r && numberOk && kindOk) {
        if (r->kind != kind || r->count != spec.count || (r->count == Count::Fixed && r->fixed != spec.fixed)) {
            report(lineNo, false, [&] {
                return Messages::tr("%1 %2 is declared as Number=%3, Type=%4, but the VCF specification reserves "
                                    "it as Number=%5, Type=%6")
                    .arg(name, shown(tag), shown(number->value), shown(type->value))
                    .arg(numberName(r->count, r->fixed), kindName(r->kind));
            });
        } else {
            def.nonNegative = r->nonNegative;
            def.cigar = r->id == "CIGAR";
        }
    }
    QHash<QByteArray, TagDef>& table = isInfo ? info : format;
    if (const auto it = table.constFind(tag.toByteArray()); it != table.cend()) {
        report(lineNo, false, [&] {
            return Messages::tr("%1 %2 is declared twice (first at line %3)").arg(name, shown(tag)).arg(it->line);
        });
        return;
    }
    table.insert(tag.toByteArray(), def);
}

void VcfValidator::State::addReservedDefaults()
{
    // Reserved keys the header does not declare are checked against the specification's tables.
    for (const ReservedTag& r : reservedInfo)
        if (version >= r.minVersion && version <= r.maxVersion)
            if (const QByteArray id(r.id.data(), qsizetype(r.id.size())); !info.contains(id))
                info.insert(id, fromReserved(r));
    for (const ReservedTag& r : reservedFormat)
        if (version >= r.minVersion && version <= r.maxVersion)
            if (const QByteArray id(r.id.data(), qsizetype(r.id.size())); !format.contains(id))
                format.insert(id, fromReserved(r));
}

// ---------------------------------------------------------------------------------------------
// The header line

void VcfValidator::State::header(QByteArrayView line, qint64 lineNo)
{
    noteLine(lineNo, false);
    if (sawHeader) {
        report(lineNo, false, [] { return Messages::tr("a second #CHROM header line"); });
        return;
    }
    sawHeader = true;
    addReservedDefaults();

    QList<QByteArrayView> cols;
    forEachItem(line, '\t', [&cols](QByteArrayView c) {
        cols.append(c);
        return true;
    });
    static constexpr std::string_view fixed[] = {"#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO"};
    if (cols.size() < 8) {
        report(lineNo, false, [&] {
            return Messages::tr("the header line must name 8 tab-separated columns #CHROM to INFO, found %1")
                .arg(cols.size());
        });
    } else {
        for (int i = 0; i < 8; ++i) {
            if (cols[i] != QByteArrayView(fixed[i].data(), qsizetype(fixed[i].size()))) {
                report(lineNo, false, [&] {
                    return Messages::tr("column %1 of the header line is '%2', expected '%3'")
                        .arg(i + 1)
                        .arg(shown(cols[i]), QString::fromLatin1(fixed[i].data(), qsizetype(fixed[i].size())));
                });
                break;
            }
        }
    }
    if (cols.size() > 8 && cols[8] != "FORMAT")
        report(lineNo, false, [&] {
            return Messages::tr("column 9 of the header line is '%1', expected 'FORMAT'").arg(shown(cols[8]));
        });
    if (cols.size() == 9)
        report(lineNo, false, [] { return Messages::tr("the header line has a FORMAT column but no sample columns"); });
    columns = std::max<qsizetype>(cols.size(), 8);
    QSet<QByteArrayView> names;
    for (qsizetype i = 9; i < cols.size(); ++i) {
        const QByteArrayView sample = cols[i];
        if (sample.isEmpty()) {
            report(lineNo, false, [&] {
                return i == cols.size() - 1 ? Messages::tr("the header line ends with a tab")
                                            : Messages::tr("sample column %1 has an empty name").arg(i + 1);
            });
        } else if (names.contains(sample)) {
            report(lineNo, false, [&] { return Messages::tr("sample name %1 appears twice").arg(shown(sample)); });
        }
        names.insert(sample);
        sampleNames.append(sample.toByteArray());
    }
}

// ---------------------------------------------------------------------------------------------
// The public interface

namespace {

QByteArrayView chopCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

VcfValidator::VcfValidator()
    : d(std::make_unique<State>())
{
}

VcfValidator::~VcfValidator() = default;
VcfValidator::VcfValidator(VcfValidator&&) noexcept = default;
VcfValidator& VcfValidator::operator=(VcfValidator&&) noexcept = default;

void VcfValidator::checkMetaLine(QByteArrayView line, qint64 lineNo)
{
    d->meta(chopCr(line), lineNo);
}

void VcfValidator::checkHeaderLine(QByteArrayView line, qint64 lineNo)
{
    d->header(chopCr(line), lineNo);
}

void VcfValidator::checkRecord(QByteArrayView line, qint64 lineNo)
{
    State& s = *d;
    s.recordSkipped = false;
    line = chopCr(line);
    s.noteLine(lineNo, false);
    if (line.isEmpty()) {
        s.report(lineNo, true, [] { return Messages::tr("empty line"); });
        return;
    }
    if (!s.sawHeader) {
        s.report(lineNo, true, [&] {
            return Messages::tr("data line before the #CHROM header line: '%1'").arg(shown(line));
        });
        return;
    }
    s.record(line, lineNo);
}

void VcfValidator::finish(bool lastLineHadNewline, qint64 lastLineNo)
{
    State& s = *d;
    if (!s.sawLine) {
        s.report(0, false, [] { return Messages::tr("the file is empty"); });
        return;
    }
    if (!s.sawHeader)
        s.report(0, false, [] { return Messages::tr("the #CHROM header line is missing"); });
    if (lastLineNo > 0 && !lastLineHadNewline)
        s.report(lastLineNo, false, [] {
            return Messages::tr("the last line does not end with a newline (the file may be truncated)");
        });
}

const QList<VcfValidator::Problem>& VcfValidator::problems() const
{
    return d->problems;
}

qint64 VcfValidator::problemCount() const
{
    return d->count;
}

QList<VcfValidator::Problem> VcfValidator::takeProblems()
{
    return std::exchange(d->problems, {});
}

bool VcfValidator::lastRecordSkipped() const
{
    return d->recordSkipped;
}

} // namespace onco
