<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Molecular tumor board review</source>
        <translation>Befundbesprechung im molekularen Tumorboard</translation>
    </message>
    <message>
        <source>OncoTree code of the tumor.</source>
        <translation>OncoTree-Code des Tumors.</translation>
    </message>
    <message>
        <source>VCF or BCF files of one case.</source>
        <translation>VCF- oder BCF-Dateien eines Falls.</translation>
    </message>
</context>
<context>
    <name>onco::AnnotationJob</name>
    <message>
        <source>Reading variants</source>
        <translation>Varianten werden gelesen</translation>
    </message>
    <message>
        <source>Opening the knowledge base</source>
        <translation>Wissensbasis wird geöffnet</translation>
    </message>
    <message>
        <source>Matching evidence</source>
        <translation>Evidenz wird zugeordnet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Loading canceled</source>
        <translation>Laden abgebrochen</translation>
    </message>
</context>
<context>
    <name>onco::Annotator</name>
    <message>
        <source>unknown OncoTree code &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the knowledge base holds no CIViC release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::CaseLoader</name>
    <message>
        <source>no input files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported file: OncoBoard reads VCF, VCF.gz and BCF files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::CivicImporter</name>
    <message>
        <source>folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CIViC release in the current format: missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the release date from the file name (expected DD-Mon-YYYY-...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature_id is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>molecular_profile_id is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant_ids holds &apos;%1&apos;, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant_id is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant %1 refers to feature %2, which is not in the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence_id is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 refers to molecular profile %2, which is not in the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 has no level or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 (%2) has no DOID; its disease is &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assertion_id is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assertion %1 refers to an unknown molecular profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence_item_ids holds &apos;%1&apos;, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assertion %1 cites evidence %2, which is not in the accepted set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant_group_id is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIViC %1 is already in the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::CliApp</name>
    <message>
        <source>OncoTree code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genome build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tumor sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSV output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledge-base file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotate needs at least one input file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotate needs --tumor-type CODE (an OncoTree code such as LUAD or COAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OncoTree code (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--genome must be GRCh37 or GRCh38, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one output can go to stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 more input issues (%2 records skipped in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::EvidencePanel</name>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;&lt;br&gt;Select an alteration to see its evidence.</source>
        <translation>&lt;b&gt;Evidenz&lt;/b&gt;&lt;br&gt;Wählen Sie eine Veränderung, um ihre Evidenz zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 evidence items</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Evidenzeinträge</translation>
    </message>
    <message>
        <source>&lt;p&gt;No knowledge-base evidence matched this alteration.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Evidenz der Wissensbasis passt zu dieser Veränderung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Therapies:&lt;/b&gt; %1%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Therapien:&lt;/b&gt; %1%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Citation:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Quelle:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Trials:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Studien:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why it matched&lt;/b&gt; (%1): %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Warum zugeordnet&lt;/b&gt; (%1): %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; %1 %2 &amp;middot; &lt;a href=&apos;%3&apos;&gt;open in %1&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::EvidenceTableModel</name>
    <message>
        <source>Evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Therapien</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>Erkrankung</translation>
    </message>
</context>
<context>
    <name>onco::KbSchema</name>
    <message>
        <source>the knowledge base was written by a newer OncoBoard (schema %1, this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::KnowledgeBase</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has not been imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no knowledge-base release with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::LineReader</name>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start gzip decompression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt gzip data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated gzip data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Knowledge base: %1 %2</source>
        <translation>Wissensbasis: %1 %2</translation>
    </message>
    <message>
        <source>Open a VCF or BCF file (File &gt; Open, or drop it here).</source>
        <translation>VCF- oder BCF-Datei öffnen (Datei &gt; Öffnen, oder hierher ziehen).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About OncoBoard</source>
        <translation>Ü&amp;ber OncoBoard</translation>
    </message>
    <message>
        <source>About OncoBoard</source>
        <translation>Über OncoBoard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OncoBoard %1&lt;/h3&gt;&lt;p&gt;An offline desktop tool for molecular tumor boards.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data shipped with OncoBoard&lt;/b&gt;&lt;br&gt;CIViC %2 - Clinical Interpretation of Variants in Cancer (civicdb.org), CC0 1.0; Griffith M et al., Nat Genet 2017;49:170-174.&lt;br&gt;OncoTree %3, Memorial Sloan Kettering Cancer Center, CC BY 4.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Tumor type: </source>
        <translation>Tumortyp: </translation>
    </message>
    <message>
        <source>Open variant files</source>
        <translation>Variantendateien öffnen</translation>
    </message>
    <message>
        <source>Variant files (*.vcf *.vcf.gz *.bcf);;All files (*)</source>
        <translation>Variantendateien (*.vcf *.vcf.gz *.bcf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>%1 wird geladen...</translation>
    </message>
    <message>
        <source>Loading canceled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Could not open the case.</source>
        <translation>Der Fall konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not open the case</source>
        <translation>Der Fall konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Knowledge base: %1</source>
        <translation>Wissensbasis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alterations</source>
        <translation><numerusform>%n Veränderung</numerusform><numerusform>%n Veränderungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n with evidence</source>
        <translation><numerusform>%n mit Evidenz</numerusform><numerusform>%n mit Evidenz</numerusform></translation>
    </message>
    <message>
        <source>%1 records skipped, %2 warnings</source>
        <translation>%1 Datensätze übersprungen, %2 Warnungen</translation>
    </message>
</context>
<context>
    <name>onco::Matcher</name>
    <message>
        <source>same gene and protein change: %1 %2 = %3 variant %4 &quot;%5&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same GRCh37 allele: %1:%2 %3&gt;%4 = %5 variant %6 &quot;%7&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::OncoTree</name>
    <message>
        <source>not an OncoTree tree: no TISSUE root</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::PdfReport</name>
    <message>
        <source>depth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genome build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumor sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alterations read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alterations with evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 evidence items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records skipped, %2 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction / significance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tumor VAF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OncoBoard case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Molecular tumor board case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumor type missing: evidence cannot be judged on- or off-label for this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alterations with knowledge-base evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alteration of this case matched the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources and attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence from CIViC - Clinical Interpretation of Variants in Cancer (civicdb.org), released under CC0 1.0; Griffith M et al., Nat Genet 2017;49:170-174. Tumor types from OncoTree (Memorial Sloan Kettering Cancer Center, CC BY 4.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This summary supports the discussion of a molecular tumor board. Evidence levels are those of the knowledge base; they are not treatment recommendations. Alterations absent from this summary may still be clinically relevant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - OncoBoard case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumor type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the PDF failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::TsvReader</name>
    <message>
        <source>the file is empty: no header row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::VariantTableModel</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gen</translation>
    </message>
    <message>
        <source>Protein change</source>
        <translation>Proteinänderung</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Konsequenz</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Tumor VAF</source>
        <translation>Tumor-VAF</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Normal VAF</source>
        <translation>Normal-VAF</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>Best level</source>
        <translation>Bestes Level</translation>
    </message>
</context>
<context>
    <name>onco::VcfReader</name>
    <message>
        <source>contig not declared in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO/FORMAT tag not declared in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value out of range (position, length or count too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid contig name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid INFO/FORMAT tag or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a VCF or BCF file (it looks like: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the BCF header is broken or the file is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header says %1 (%2) but the case is %3; coordinates are read as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not part of the VCF, ignored: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no #CHROM line before the first record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line should be ##fileformat=VCFv4.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the #CHROM line must be tab-separated with at least 8 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the #CHROM line is &apos;%2&apos;, expected &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column 9 of the #CHROM line must be FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample column %1 has an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample name &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error in the header (corrupt or truncated compressed data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no #CHROM line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed header line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header line conflicts with an earlier one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header could not be parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tumor sample &apos;%1&apos; is not in the file (samples: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal sample &apos;%1&apos; is not in the file (samples: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same sample &apos;%1&apos; was given as tumor and normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell which sample is the tumor (samples: %1); allele fractions are not read. Name it with --tumor-sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty line ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header line after the #CHROM line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt or truncated BCF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: the data is corrupt or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the BGZF end-of-file marker is missing: the file may be truncated after this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 tab-separated columns, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS &apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF &apos;%1&apos; holds a character other than A, C, G, T, N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
