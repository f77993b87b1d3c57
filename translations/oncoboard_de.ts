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
        <source>The files of one case (VCF, BCF, MAF, copy number, fusions, clinical table), a folder, or a case database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::AnnotationJob</name>
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
    <message>
        <source>Reading: %L1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the case</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>the knowledge base holds no %1 release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has not been imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::CaseBrowser</name>
    <message>
        <source>final, amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search patients and cases...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient / case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumor type</source>
        <translation type="unfinished">Tumortyp</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1, version %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
created by %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
signed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::CaseBundle</name>
    <message>
        <source>unknown column &apos;%1&apos; in table %2 of the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OncoBoard case bundle (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s checksum does not match its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review refers to alteration %1, which the bundle does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle %1 (sha256 %2), %3 audit entries at the source</source>
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
        <source>unsupported file (%1): OncoBoard reads VCF/BCF, MAF, copy-number, fusion and clinical tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder holds no case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: not a case file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::CaseRecheck</name>
    <message>
        <source>case %1: %2 alterations re-annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledge base then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledge base now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change in evidence or tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>new evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMP tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESCAT tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OncoKB-style level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::CaseSchema</name>
    <message>
        <source>the case database was written by a newer OncoBoard (schema %1, this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::CaseStore</name>
    <message>
        <source>case %1 has no plan item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan item needs a title: the therapy, the trial or the diagnostic step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ClinicalTrials.gov id (NCT and 8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case database has schema %1, this version reads %2 (open it writable to migrate it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 follows entry %2: entries are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 is final and locked (signed by %2 on %3): amend it to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 has no alteration &apos;%2&apos; (name it GENE:p.CHANGE or CHROM:POS:REF:ALT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alteration %1 is not part of case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier decision on this alteration in another case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as decided in case %1 by %2 on %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 cannot go from %2 to %3 (draft -&gt; preliminary -&gt; final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing a case final needs the signer&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 is %2: only a final case is amended; edit it directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 was already amended; amend its newest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amendment needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no patient &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case database is read-only; nothing was saved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case database is busy with another writer; try again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is final and locked: amend it to change it</source>
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
        <source>missing columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import canceled</source>
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
        <source>not a CIViC release: missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the release date: name it (--release YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feature id is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence names no molecular profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assertion %1 has no molecular_profile_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assertion AID%1 refers to molecular profile %2, which this release does not contain; assertion skipped</source>
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
    <message>
        <source>release of a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 (and %2 more like it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 records skipped, %2 warnings in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OncoTree code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--genome must be GRCh37 or GRCh38</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--purity is a fraction between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decision is include, exclude, vus, artefact or germline-referral, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state is draft, preliminary or final, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit takes &apos;verify CASEDB&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: audit trail broken at entry %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail intact: %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wrong number of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--case takes a case id, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a command (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 command &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kb-release takes SOURCE=RELEASE, e.g. CIViC=2025-07-01, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list every import warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not in the knowledge base (see &apos;kb list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 more; --warnings lists them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported CIViC %1 (%2): %3 evidence items, %4 variants, %5 molecular profiles, %6 assertions; %7 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported OncoKB %1: %2 actionable and %3 annotated rows, %4 evidence items, %5 variants; %6 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is now used for annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added Local-%1: %2 %3, level %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the therapy vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is therapy, trial or diagnostic, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan add needs --therapy NAME for a therapy (or --kind trial|diagnostic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan add needs --title TEXT for a trial or a diagnostic step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--priority is a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among the evidence matched in case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--item takes a plan item id, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs at least one of --pdf, --json, --fhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size is A4 or Letter, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::ClinicalReader</name>
    <message>
        <source>a sample table needs a SAMPLE_ID column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>biomarker &apos;%1&apos; is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table gives tumor type %1 for sample %2; the case uses %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>none of its %n rows is about this case&apos;s samples</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onco::CopyNumberProfile</name>
    <message>
        <source>No copy-number data in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy-number profile (log2 ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy-number profile (total copy number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gene-level calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no segments: gene-level calls only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genome build unknown: GRCh38 chromosome sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some segments converted between log2 ratio and copy number, taking 2 copies as normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments on other contigs or without a value, not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments beyond the axis, drawn at its edge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls on genes of unknown position, not marked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromosome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log2 ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total copy number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::CopyNumberReader</name>
    <message>
        <source>loading canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the genome build is unknown, so segments are not mapped to genes; give it with --genome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gene is not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrez gene %1 is not a known protein-coding gene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and Entrez gene %2 (%3) name different genes; %1 is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy-number matrix needs a Hugo_Symbol or Entrez_Gene_Id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matrix has no sample columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gene %1 appears again (first at line %2); both rows are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; for %2 in sample %3 is not a copy-number value; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy-number list needs sample and value columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy-number value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a copy-number call (-2..2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gene %1 of sample %2 appears again (first at line %3); both rows are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a segment file needs chromosome, start, end and %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1:%2-%3 has no valid position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1:%2-%3 ends beyond chromosome %1 of %4 (%5 bp): another genome build?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major/minor copy numbers are not numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment mean &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an amplification nor a deletion peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wide peak limits &apos;%1&apos; are not chr:start-end</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gene symbols are not protein-coding genes of MANE v1.0 (aliases or non-coding genes?): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not a copy-number format</source>
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
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over this decision for the current case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 evidence items &amp;middot; AMP &lt;b&gt;%3&lt;/b&gt;%4 &amp;middot; ESCAT %5 &amp;middot; OncoKB-style %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tumor type:&lt;/b&gt; %1 &amp;middot; %2&lt;/p&gt;</source>
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
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>narrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off-label</source>
        <translation type="unfinished">off-label</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">unbekannt</translation>
    </message>
    <message>
        <source>Tumor type</source>
        <translation type="unfinished">Tumortyp</translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::FusionReader</name>
    <message>
        <source>&apos;%1&apos; does not name two genes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gene is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same event as line %1; both rows are kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::GeneTable</name>
    <message>
        <source>not a MANE summary file: columns missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed gene row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::IgvLink</name>
    <message>
        <source>IGV shows %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGV answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGV does not answer on port %1: start IGV and enable its batch port (View &gt; Preferences &gt; Advanced &gt; Enable port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGV did not answer within 3 seconds on port %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::InputFormat</name>
    <message>
        <source>copy-number matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-number list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-number segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allele-specific copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GISTIC lesions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>structural variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinical data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>biomarkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">unbekannt</translation>
    </message>
    <message>
        <source>VCF/BCF header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a tab-separated table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GISTIC peak columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site1/Site2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusion columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major/minor copy-number columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment mean column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one copy-number call per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTERATION column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAF columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gene rows with sample columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no known columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::InputIssuesDialog</name>
    <message>
        <source>Input issues</source>
        <translation type="unfinished">Probleme der Eingabe</translation>
    </message>
    <message>
        <source>%1 records were skipped and %2 warnings were raised while reading the case. Skipped records are not part of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::KbSchema</name>
    <message>
        <source>the knowledge base was written by a newer OncoBoard (schema %1, this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate knowledge-base schema %1 holding user imports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::KbWriter</name>
    <message>
        <source>%1 %2 is already in the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>molecular profile %1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evidence item needs a gene and an alteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evidence item needs an evidence type</source>
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
    <message>
        <source>a local evidence item needs a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence type must be one of %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level must be A, B, C, D or E, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction must be &apos;Supports&apos; or &apos;Does Not Support&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OncoTree code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a local evidence item needs a disease, a DOID or an OncoTree code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::KnowledgeBaseDialog</name>
    <message>
        <source>&amp;Use for annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished">Wissensbasis</translation>
    </message>
    <message>
        <source>Every release imported into this knowledge base is kept. Annotation uses one release of each source: the one chosen here, else the newest. Each report names the releases it used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;CIViC release...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;OncoKB files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allActionableVariants.txt / allAnnotatedVariants.txt obtained under your site&apos;s OncoKB licence. They stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;local evidence...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a release first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is now used for annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported CIViC %1: %2 evidence items, %3 variants; %4 data gaps listed by &apos;oncoboard-cli kb info&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported OncoKB %1: %2 evidence items from %3 actionable and %4 annotated rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped or questioned; first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CIViC release folder (the TSV files of one monthly release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OncoKB data files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OncoKB tables (*.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OncoKB release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this OncoKB release (e.g. its data version, v4.21). Leave empty to take it from the file names or dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added local evidence item Local-%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::LiftOver</name>
    <message>
        <source>new chain before the last block line (a single size) of the chain on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain header needs 12 or 13 fields, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain score is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain sizes and coordinates must be non-negative integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain strand must be &apos;+&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain span lies outside its sequence or ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alignment block outside a chain (no chain header before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alignment block line needs 3 fields (size dt dq), or 1 to end the chain; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alignment block sizes must be non-negative integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alignment block runs past the end of its chain (target %1, query %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alignment gap runs past the end of its chain (target %1, query %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blocks of the chain on line %1 end at target %2, query %3, but its header says %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty line inside the chain on line %1, before its last block line (a single size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file ends inside the chain on line %1, before its last block line (a single size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no chains in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRCh38 to GRCh37 lift-over unavailable: %1</source>
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
    <name>onco::LocalEvidenceDialog</name>
    <message>
        <source>Add local evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HGNC symbol, e.g. BRAF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as CIViC names it: V600E, Amplification, Exon 19 Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1909</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate several with &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim, as the board would cite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why this item is added locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Significance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumor type (OncoTree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or disease name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and/or DOID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;herapies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PubMed id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished">Zitat</translation>
    </message>
    <message>
        <source>&amp;Curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::LollipopPlot</name>
    <message>
        <source>Missense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n small variant(s) without gene or protein change: annotate the input (VEP, SnpEff, bcftools csq) to draw them along the protein</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No protein-changing mutations in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No protein-changing mutations in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · protein-changing mutations: %2 · residues: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protein length unknown: axis to the last mutated residue + 10%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mutations beyond the %1 aa protein of the length table (another isoform?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 aa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residue (aa)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::MafReader</name>
    <message>
        <source>a mutation table needs Chromosome, Start_Position, Reference_Allele and Tumor_Seq_Allele2 columns, or Hugo_Symbol with a protein change (HGVSp_Short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is not valid UTF-8; unreadable characters were replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 tab-separated columns, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start_Position &apos;%1&apos; is not a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromosome is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleles &apos;%1&apos; &gt; &apos;%2&apos; must be A, C, G, T, N or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tumor allele equals the reference allele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row neither places nor names a mutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCBI_Build column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCBI_Build says %1 but the case is %2; coordinates are read as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows of other samples are not part of this case</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Tumor type: </source>
        <translation>Tumortyp: </translation>
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
        <translation>
            <numerusform>%n Veränderung</numerusform>
            <numerusform>%n Veränderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with evidence</source>
        <translation>
            <numerusform>%n mit Evidenz</numerusform>
            <numerusform>%n mit Evidenz</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 alterations shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case&apos;s files or folder (File &gt; Open, or drop them here), or a case on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files (*.vcf *.vcf.gz *.bcf *.maf *.maf.gz *.txt *.tsv *.seg *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening case %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as case %1 (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient&apos;s sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records skipped, %2 warnings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier decision:&lt;/b&gt; %1 by %2 on %3 in case %4 (%5)%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 (%2, %3) - %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Case &amp;Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to Case Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient pseudonym (leave empty for a new one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF case summary (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR Genomics Reporting bundle (*.fhir.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Case Bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a case bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is already in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include in report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Artefact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Germline referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision with &amp;Comment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Earlier Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Preliminary...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Final...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mend...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed version stays as it is; a new draft version with its decisions and plan is made.
Reason for the amendment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;IGV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This alteration has no genomic position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Releases and local evidence...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;OncoBoard %1&lt;/h3&gt;&lt;p&gt;An offline desktop tool for molecular tumor boards.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data shipped with OncoBoard&lt;/b&gt;&lt;br&gt;CIViC %2 - Clinical Interpretation of Variants in Cancer (civicdb.org), CC0 1.0; Griffith M et al., Nat Genet 2017;49:170-174.&lt;br&gt;OncoTree %3, Memorial Sloan Kettering Cancer Center, CC BY 4.0.&lt;br&gt;Human Disease Ontology, CC0 1.0. CancerMine gene roles, CC0 1.0. pharmOncoX drug synonyms (NCIt, CC BY 4.0; ChEMBL, CC BY-SA 3.0). Protein lengths from maftools, MIT.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: version amending case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 signed final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 marked preliminary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::Matcher</name>
    <message>
        <source>same gene and protein change: %1 %2 = %3 variant %4 &quot;%5&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 variant %3 &quot;%4&quot; (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frameshift from the same residue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same residue, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the residue range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exon %1 from the input&apos;s annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-frame deletion %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-frame insertion %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frameshift %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protein-altering %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>splice-site variant %1 at exon %2 (exon %3, intron %4 from the annotation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protein-altering variant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is oncogenic in %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncating %1 in a tumor suppressor (CancerMine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncating %1 in a tumor suppressor (CancerMine: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep deletion of a tumor suppressor (CancerMine: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncating variant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frameshift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 amplification in the copy-number data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deep deletion in the copy-number data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the copy-number data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 upstream of the gene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-frame insertion or duplication %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusion %1 involves %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same fusion partners %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same partners in the other order (%1 as reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusion %1 with %2 as 3&apos; partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusion %1 with %2 as 5&apos; partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same GRCh37 allele: %1:%2 %3&gt;%4%5 = %6 variant %7 &quot;%8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (lifted from GRCh38 %1:%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; profile &quot;%1&quot; holds: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::OncoKbImporter</name>
    <message>
        <source>not an OncoKB allActionableVariants or allAnnotatedVariants file: the header needs Hugo Symbol (or Gene), Alteration, and either Cancer Type and Level or Oncogenicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gene or alteration; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown OncoKB level &apos;%1&apos;; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancer type &apos;%1&apos; is not an OncoTree %2 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OncoKB level %1: %2 %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OncoKB level %1 (%2): %3 %4 in %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 without a drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no oncogenicity; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OncoKB: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OncoKB: %1; mutation effect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OncoKB file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
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
        <translation>Tiefe %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Tumor type</source>
        <translation>Tumortyp</translation>
    </message>
    <message>
        <source>Genome build</source>
        <translation>Genomversion</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Input files</source>
        <translation>Eingabedateien</translation>
    </message>
    <message>
        <source>Tumor sample</source>
        <translation>Tumorprobe</translation>
    </message>
    <message>
        <source>Normal sample</source>
        <translation>Normalprobe</translation>
    </message>
    <message>
        <source>Alterations with evidence</source>
        <translation>Alterationen mit Evidenz</translation>
    </message>
    <message>
        <source>%1 (%2 evidence items)</source>
        <translation>%1 (%2 Evidenzeinträge)</translation>
    </message>
    <message>
        <source>Input issues</source>
        <translation>Probleme der Eingabe</translation>
    </message>
    <message>
        <source>%1 records skipped, %2 warnings</source>
        <translation>%1 Datensätze übersprungen, %2 Warnungen</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensbasis</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
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
        <source>Direction / significance</source>
        <translation>Richtung / Bedeutung</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Therapien</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>tumor VAF %1</source>
        <translation>Tumor-VAF %1</translation>
    </message>
    <message>
        <source>OncoBoard case summary</source>
        <translation>OncoBoard-Fallzusammenfassung</translation>
    </message>
    <message>
        <source>Molecular tumor board case summary</source>
        <translation>Fallzusammenfassung des molekularen Tumorboards</translation>
    </message>
    <message>
        <source>Tumor type missing: evidence cannot be judged on- or off-label for this patient.</source>
        <translation>Tumortyp fehlt: Evidenz kann für diese Patientin oder diesen Patienten nicht als on- oder off-label beurteilt werden.</translation>
    </message>
    <message>
        <source>Alterations with knowledge-base evidence</source>
        <translation>Alterationen mit Evidenz aus der Wissensbasis</translation>
    </message>
    <message>
        <source>No alteration of this case matched the knowledge base.</source>
        <translation>Keine Alteration dieses Falls passt zur Wissensbasis.</translation>
    </message>
    <message>
        <source>Sources and attribution</source>
        <translation>Quellen und Nachweise</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>%1 - OncoBoard case summary</source>
        <translation>%1 - OncoBoard-Fallzusammenfassung</translation>
    </message>
    <message>
        <source>Tumor type: %1</source>
        <translation>Tumortyp: %1</translation>
    </message>
    <message>
        <source>Knowledge base: %1</source>
        <translation>Wissensbasis: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>writing the PDF failed</source>
        <translation>das PDF konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>pseudonym %1</source>
        <translation>Pseudonym %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Fallakte %1</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>%1, version %2%3</source>
        <translation>%1, Version %2%3</translation>
    </message>
    <message>
        <source> (amends case %1)</source>
        <translation> (ändert Fall %1)</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Probenmaterial</translation>
    </message>
    <message>
        <source>Assay</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Alterations</source>
        <translation>Alterationen</translation>
    </message>
    <message>
        <source>on-label</source>
        <translation>on-label</translation>
    </message>
    <message>
        <source>on-label, broader</source>
        <translation>on-label, übergeordnet</translation>
    </message>
    <message>
        <source>on-label, subtype</source>
        <translation>on-label, Subtyp</translation>
    </message>
    <message>
        <source>off-label</source>
        <translation>off-label</translation>
    </message>
    <message>
        <source>relation unknown</source>
        <translation>Beziehung unbekannt</translation>
    </message>
    <message>
        <source>included</source>
        <translation>aufgenommen</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>VUS</source>
        <translation>VUS</translation>
    </message>
    <message>
        <source>artefact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>germline referral</source>
        <translation>Keimbahnabklärung</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Summary of actionable findings</source>
        <translation>Zusammenfassung der therapeutisch relevanten Befunde</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>Biomarkers: %1</source>
        <translation>Biomarker: %1</translation>
    </message>
    <message>
        <source>No actionable finding (AMP tier I or II) in this case.</source>
        <translation>Kein therapeutisch relevanter Befund (AMP Tier I oder II) in diesem Fall.</translation>
    </message>
    <message>
        <source>Treatment plan of the tumor board</source>
        <translation>Therapieplan des Tumorboards</translation>
    </message>
    <message>
        <source>The board has not recorded a plan for this case.</source>
        <translation>Das Board hat für diesen Fall keinen Plan erfasst.</translation>
    </message>
    <message>
        <source>No plan: this summary was made from an annotation, not from a case of the case database.</source>
        <translation>Kein Plan: diese Zusammenfassung entstand aus einer Annotation, nicht aus einem Fall der Falldatenbank.</translation>
    </message>
    <message>
        <source>Board meeting %1%2</source>
        <translation>Boardsitzung %1%2</translation>
    </message>
    <message>
        <source>(date not given)</source>
        <translation>(Datum nicht angegeben)</translation>
    </message>
    <message>
        <source>; participants: %1</source>
        <translation>; Teilnehmende: %1</translation>
    </message>
    <message>
        <source>Recommended therapies</source>
        <translation>Empfohlene Therapien</translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation>Klinische Studien</translation>
    </message>
    <message>
        <source>Further diagnostics</source>
        <translation>Weitere Diagnostik</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Evidence, citations, ids</source>
        <translation>Evidenz, Zitate, IDs</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Wiedervorstellung: %1</translation>
    </message>
    <message>
        <source>Conclusion of the board</source>
        <translation>Beschluss des Boards</translation>
    </message>
    <message>
        <source>referred for germline testing by %1</source>
        <translation>zur Keimbahntestung überwiesen von %1</translation>
    </message>
    <message>
        <source>Germline and clonal hematopoiesis notes</source>
        <translation>Hinweise zu Keimbahn und klonaler Hämatopoese</translation>
    </message>
    <message>
        <source>A possible germline variant needs confirmation in normal tissue and genetic counselling; a possible CHIP variant may not come from the tumor.</source>
        <translation>Eine mögliche Keimbahnvariante braucht die Bestätigung im Normalgewebe und eine genetische Beratung; eine mögliche CHIP-Variante stammt womöglich nicht aus dem Tumor.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Not signed: this summary was made from an annotation outside the case database.</source>
        <translation>Nicht freigegeben: diese Zusammenfassung entstand aus einer Annotation außerhalb der Falldatenbank.</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3%4, %5</source>
        <translation>%1 -&gt; %2: %3%4, %5</translation>
    </message>
    <message>
        <source>Signed final by %1 on %2.</source>
        <translation>Endgültig freigegeben von %1 am %2.</translation>
    </message>
    <message>
        <source>Not final: this is a %1 version, not for the patient record.</source>
        <translation>Nicht endgültig: dies ist eine Version im Status %1, nicht für die Patientenakte.</translation>
    </message>
    <message>
        <source>Alteration</source>
        <translation>Alteration</translation>
    </message>
    <message>
        <source>AMP</source>
        <translation>AMP</translation>
    </message>
    <message>
        <source>ESCAT</source>
        <translation>ESCAT</translation>
    </message>
    <message>
        <source>OncoKB-style</source>
        <translation>OncoKB-artig</translation>
    </message>
    <message>
        <source>Deciding evidence and rule</source>
        <translation>Entscheidende Evidenz und Regel</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source> (resistance)</source>
        <translation> (Resistenz)</translation>
    </message>
    <message>
        <source>AMP %1</source>
        <translation>AMP %1</translation>
    </message>
    <message>
        <source>FINAL - signed by %1 on %2</source>
        <translation>ENDGÜLTIG - freigegeben von %1 am %2</translation>
    </message>
    <message>
        <source>%1 - not signed final</source>
        <translation>%1 - nicht endgültig freigegeben</translation>
    </message>
    <message>
        <source>Annotation only - not a stored, signed case</source>
        <translation>Nur Annotation - kein gespeicherter, freigegebener Fall</translation>
    </message>
    <message>
        <source>Tiers (AMP/ASCO/CAP 2017; ESCAT and OncoKB-style levels by approximation)</source>
        <translation>Tiers (AMP/ASCO/CAP 2017; ESCAT und OncoKB-artige Level als Näherung)</translation>
    </message>
    <message>
        <source>Knowledge-base releases used: %1.</source>
        <translation>Verwendete Releases der Wissensbasis: %1.</translation>
    </message>
    <message>
        <source>Evidence from CIViC - Clinical Interpretation of Variants in Cancer (civicdb.org), released under CC0 1.0; Griffith M et al., Nat Genet 2017;49:170-174. Tumor types from OncoTree (Memorial Sloan Kettering Cancer Center, CC BY 4.0). Disease relations from the Human Disease Ontology (CC0 1.0). Therapy names from pharmOncoX (NCIt, CC BY 4.0; ChEMBL, CC BY-SA 3.0).</source>
        <translation>Evidenz aus CIViC - Clinical Interpretation of Variants in Cancer (civicdb.org), veröffentlicht unter CC0 1.0; Griffith M et al., Nat Genet 2017;49:170-174. Tumortypen aus OncoTree (Memorial Sloan Kettering Cancer Center, CC BY 4.0). Beziehungen zwischen Erkrankungen aus der Human Disease Ontology (CC0 1.0). Therapienamen aus pharmOncoX (NCIt, CC BY 4.0; ChEMBL, CC BY-SA 3.0).</translation>
    </message>
    <message>
        <source>This summary supports the discussion of a molecular tumor board. Evidence levels are those of the knowledge base; they are not treatment recommendations by themselves. Alterations absent from this summary may still be clinically relevant, and a negative result does not exclude an alteration below the assay&apos;s limit of detection.</source>
        <translation>Diese Zusammenfassung unterstützt die Diskussion eines molekularen Tumorboards. Die Evidenzlevel sind die der Wissensbasis; sie sind für sich keine Therapieempfehlungen. Alterationen, die hier fehlen, können dennoch klinisch relevant sein, und ein negatives Ergebnis schließt eine Alteration unterhalb der Nachweisgrenze des Tests nicht aus.</translation>
    </message>
    <message>
        <source>Patient %1, case %2 v%3</source>
        <translation>Patient/in %1, Fall %2 v%3</translation>
    </message>
    <message>
        <source>NOT SIGNED</source>
        <translation>NICHT FREIGEGEBEN</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>PRELIMINARY</source>
        <translation>VORLÄUFIG</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>final</source>
        <translation>endgültig</translation>
    </message>
</context>
<context>
    <name>onco::PlanEditor</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 has no plan item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the plan&apos;s conclusion and meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 in %4 (%5 %6, level %7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::PlanItemDialog</name>
    <message>
        <source>Edit recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further diagnostics</source>
        <translation type="unfinished">Weitere Diagnostik</translation>
    </message>
    <message>
        <source>(one therapy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encorafenib + Cetuximab; a trial&apos;s title; germline testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encorafenib, Cetuximab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRAF:p.V600E or 7:140453136:A:T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIViC:EID9851, PMID:31566309</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCT02928224</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;herapies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alterations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence and citations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rials (NCT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level it rests on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the therapy, the trial or the diagnostic step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::PlanPanel</name>
    <message>
        <source>Recommended therapies</source>
        <translation type="unfinished">Empfohlene Therapien</translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation type="unfinished">Klinische Studien</translation>
    </message>
    <message>
        <source>Further diagnostics</source>
        <translation type="unfinished">Weitere Diagnostik</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished">Empfehlung</translation>
    </message>
    <message>
        <source>Alterations</source>
        <translation type="unfinished">Alterationen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished">Level</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished">Begründung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Evidenz</translation>
    </message>
    <message>
        <source>&amp;Therapy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical t&amp;rial...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further &amp;diagnostics...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr. A (oncologist), Dr. B (molecular pathologist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Save the case to the case database to build the board&apos;s plan.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Final:&lt;/b&gt; the plan is signed and read-only; amend the case to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop evidence items here to recommend from them, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is final: amend it to change its plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the case to the case database first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that evidence item is not part of this case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::PlotsPanel</name>
    <message>
        <source>Genes of the case with protein-changing mutations, with their number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lollipop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this plot as a PNG or SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image size %1 x %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown image type &apos;%1&apos;: use .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from OncoBoard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plot could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::PresentationView</name>
    <message>
        <source>included in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished">ausgeschlossen</translation>
    </message>
    <message>
        <source>variant of unknown significance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>artefact</source>
        <translation type="unfinished">Artefakt</translation>
    </message>
    <message>
        <source>germline referral</source>
        <translation type="unfinished">Keimbahnabklärung</translation>
    </message>
    <message>
        <source>← → move between findings · Esc or F11 leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No actionable finding (AMP Tier I or II) in this case.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;AMP %1&lt;/b&gt;%2 &amp;middot; ESCAT %3 &amp;middot; OncoKB-style %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Tumor VAF %1 %%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, depth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resistance: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Therapies with on-label evidence&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Caution:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Not yet reviewed.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Board decision:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Plan&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Conclusion of the board:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::ProfileExpression</name>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parenthesis is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variant is missing before &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the profile&apos;s variants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::ProteinLengthTable</name>
    <message>
        <source>a protein length table needs Hugo_Symbol and aa.length columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::ReferenceImporter</name>
    <message>
        <source>not a %1 table: missing columns %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more rows with problems are not listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row is not valid UTF-8: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name names CancerMine %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the CancerMine release: name the file cancermine_collated.vNN.tsv or give the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gene symbol (gene_normalized): skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (not Oncogene, Tumor_Suppressor or Driver): skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citation_count &quot;%1&quot; is not a whole number: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gene_entrez_id &quot;%1&quot; is not a number: stored empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancer_id &quot;%1&quot; is not a Disease Ontology id: stored empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the pharmOncoX release (its date, such as 2021-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty alias: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias &quot;%1&quot; names no therapy: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) repeated with ChEMBL id %3 instead of %4: kept %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::Relevance</name>
    <message>
        <source>the case has no tumor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence names no disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an OncoTree code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a hematologic tumor; the evidence is for all liquid tumors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a solid tumor; the evidence is for liquid tumors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the OncoTree main type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the OncoTree main type %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below the case&apos;s type: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are on different OncoTree branches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::ReportSettingsDialog</name>
    <message>
        <source>Include the patient&apos;s name, birth date and record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department of Pathology, University Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image this application can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::ReviewController</name>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is not in the case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this alteration is not kept for review (not protein-altering, no evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the case to the case database to review it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is final and locked: amend it to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier decision on this alteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as decided in case %1 by %2 on %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the case to the case database first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::SampleRoleDialog</name>
    <message>
        <source>Choose the tumor sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say which of its samples is the tumor. Column order is not trusted: please choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds samples of several patients. Choose this patient&apos;s sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumor sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (tumor only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched normal:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::SampleSelector</name>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample &apos;%1&apos; is not in this file (samples: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its only sample &apos;%1&apos; is taken as sample &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its only sample &apos;%1&apos; is taken as the case&apos;s tumor sample &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds %1 samples (%2); choose the patient&apos;s sample with --tumor-sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::SignOffDialog</name>
    <message>
        <source>Sign the case final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the case preliminary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>molecular pathologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oncologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinical geneticist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bioinformatician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 (patient %2, version %3) becomes &lt;b&gt;final&lt;/b&gt;: it is locked, its plan and decisions can no longer change, and the PDF loses its PRELIMINARY watermark. Changes afterwards need an amendment, a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 (patient %2, version %3) becomes &lt;b&gt;preliminary&lt;/b&gt;: ready for the board&apos;s discussion. It can still be edited, or reopened as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark preliminary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing final needs your name and role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::Tiering</name>
    <message>
        <source>on-label (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off-label (unrelated disease)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disease relation unknown, taken as off-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tumor type missing, capped at Tier II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible clonal hematopoiesis: %1 is a CHIP gene and the variant is in the matched normal at VAF %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible clonal hematopoiesis: %1 is a CHIP gene, tumor VAF %2 is low and there is no blood normal; confirm in blood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely germline: in the matched normal at VAF %1 (tumor %2); suggest germline referral and counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible germline: tumor VAF %1 with no matched normal; confirm on normal tissue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence in the knowledge base; consequence unknown (the input has no functional annotation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence in the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tiered: no evidence, and not a protein-altering variant, amplification, deep deletion or fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no therapeutic evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tumor type was given: on- or off-label cannot be decided, so no alteration is tiered above Tier II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3 in %4, %5, %6 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gene-level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; FDA-approved per a CIViC assertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIViC assertion %1 (%2, %3 %4, %5) in %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FDA-approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence only off-label or of unknown relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched evidence is biological (oncogenic, functional) or germline only, or does not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no therapeutic (sensitivity) evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no level: no supporting therapeutic, diagnostic or prognostic evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; also %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-label evidence that does not support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sensitivity (%2) and resistance (%3) on-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actionable in %1, not in %2 (sensitivity: AMP %3, ESCAT %4, OncoKB-style %5)</source>
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
    <name>onco::TumorTypeGraph</name>
    <message>
        <source>not a Disease Ontology report: the header needs id, label and subClassOf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DOID with a label; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &quot;%1&quot; of %2 also names another term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Disease Ontology terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent &quot;%1&quot; of %2 is not another term&apos;s label; edge dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the is_a relation of the ontology has a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither map has a row for invasive breast carcinoma, so no Breast code resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tissue node without a row, mapped to its organ cancer like BRAIN -&gt; brain cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both maps give DOID:8692 myeloid leukemia, which is broader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phenOncoX gives DOID:3683 lung benign neoplasm for the Lung tissue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phenOncoX gives DOID:731 urinary system benign neoplasm for the Bladder/Urinary Tract tissue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phenOncoX gives only DOID:1107 esophageal carcinoma for the Esophagus/Stomach tissue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phenOncoX gives DOID:1240 leukemia, but the Myeloid tissue also holds MDS, MPN and mastocytosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phenOncoX adds DOID:0070004, which was myeloma in its DO release and is myeloid neoplasm now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phenOncoX gives DOID:0080211 nodal marginal zone lymphoma; EMALT is extranodal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tissue node without a row, mapped to its organ cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tissue node without a row; its malignant codes are soft tissue sarcomas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OncoTree to DOID map: the header needs %1, %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in the Disease Ontology; row dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in the Disease Ontology; using %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is obsolete, matched by label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the map calls %2 &quot;%3&quot;, the Disease Ontology &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curated row %1: %2 is not in the Disease Ontology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: phenOncoX (%2) and the NCIt join (%3) disagree; phenOncoX is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OncoTree tree: no TISSUE root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: earlier OncoTree code of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: parent %2 of %3 is not in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OncoTree code %1 was revoked by %2; it resolves to their common ancestor %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: revoked OncoTree code, replaced by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: revoked OncoTree code, split into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phenOncoX map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCIt join %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name in the Disease Ontology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3, retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence disease is not a Disease Ontology term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DOID for this code or any code above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is pan-cancer evidence: it applies to every tumor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tissue %1: not a hematologic cancer, so &quot;Solid Tumor&quot; evidence applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is_a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tissue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hematologic cancer, so &quot;Solid Tumor&quot; evidence does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no is_a path to or from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has subtype %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapped code %1 is not an OncoTree code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tumor type given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an OncoTree code (%2 or %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DOID; disease name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOID &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence DOID found by the disease name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::VafHistogram</name>
    <message>
        <source>No small variants with a tumor VAF in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumor VAF of small variants (n = %1, bins of %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAFs outside 0-1, counted in the end bins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: VAF %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumor variant allele fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAF %1–%2: %3 variants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::VariantFilterBar</name>
    <message>
        <source>AMP tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tiered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation type="unfinished">Konsequenz</translation>
    </message>
    <message>
        <source>Missense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actionable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search gene, change, position...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest tumor VAF shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest tumor VAF shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genes: BRAF, KRAS ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMP Tier I or II only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide alterations reviewed as exclude or artefact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMP tier (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequence (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onco::VariantRule</name>
    <message>
        <source>a &apos;rare&apos; exon mutation is defined by its rarity, which is not in the case data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression is not measured by the case data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deletion of several exons needs structural-variant or exon-level copy-number data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protein or expression levels are not measured by the case data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>methylation is not measured by the case data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the absence of a variant cannot be concluded from the variants found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protein-domain boundaries are not shipped with OncoBoard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbSNP identifiers are not kept from the input; matched by coordinates when CIViC gives them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss of heterozygosity and biallelic inactivation are not derived from the case data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fusion names no partner gene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the factor &apos;%1 %2&apos; is not measured by the case data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matching rule for the variant name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protein change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any change at codon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deletion within residues %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any change within residues %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an in-frame deletion in exon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an in-frame insertion in exon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a splice-site variant of exon %1 (exon skipping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a frameshift in exon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a protein-altering variant in exon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any protein-altering variant of the gene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an oncogenic variant of the gene (known oncogenic, or truncating in a tumor suppressor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activating variant of the gene (known oncogenic in this release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a loss-of-function variant of a tumor suppressor (truncating, or deep deletion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a truncating variant (nonsense, frameshift, canonical splice site, start loss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a frameshift variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gene amplification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep (homozygous) deletion of the gene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amplification or deep deletion of the gene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a promoter (upstream or 5&apos; UTR) variant of the gene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an internal tandem duplication (in-frame insertion or duplication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any fusion involving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusion %1::%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1; exons not compared)</source>
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
    <message>
        <source>include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VUS</source>
        <translation type="unfinished">VUS</translation>
    </message>
    <message>
        <source>artefact</source>
        <translation type="unfinished">Artefakt</translation>
    </message>
    <message>
        <source>germline referral</source>
        <translation type="unfinished">Keimbahnabklärung</translation>
    </message>
    <message>
        <source>Named by the knowledge base variant this allele matched; the input file has no annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMP tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESCAT</source>
        <translation type="unfinished">ESCAT</translation>
    </message>
    <message>
        <source>OncoKB-style</source>
        <translation type="unfinished">OncoKB-artig</translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished">Hinweise</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>onco::VcfValidator</name>
    <message>
        <source>%1 is not an Integer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit a 32-bit Integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses a value from -2147483648 to -2147483641, which VCF reserves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Float %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a single Character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CIGAR string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a Flag takes no value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO field %1 has no value, but is a %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; write &apos;.&apos; for a missing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 values, expected %3 (Number=%4 %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT field %1 of sample %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as declared at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the VCF specification reserves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT &apos;%1&apos; has an empty field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT key &apos;%1&apos; is not alphanumeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT key &apos;%1&apos; is not a valid key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT lists %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GT must be the first FORMAT field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO has an empty entry (a &apos;;&apos; at the start or end, or doubled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO key &apos;%1&apos; is not a valid key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO lists %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT is empty; write &apos;.&apos; when there is no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1 has an empty value; write &apos;.&apos; for missing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1 has more fields than FORMAT &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GT &apos;%1&apos; of sample %2 is not a valid genotype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GT &apos;%1&apos; of sample %2 refers to allele %3, but the record has %4 ALT alleles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 tab-separated columns, found %2 (the line ends with a tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 tab-separated columns, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHROM &apos;%1&apos; is not a valid contig name (no whitespace, commas, quotes or brackets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHROM &apos;%1&apos; is not a valid contig name (no whitespace, commas, colons or brackets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS &apos;%1&apos; is not a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID &apos;%1&apos; has an empty entry (a &apos;;&apos; at the start or end, or doubled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID &apos;%1&apos; contains whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID &apos;%1&apos; lists %2 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF is missing (&apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF &apos;%1&apos; holds more than one allele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF &apos;%1&apos; holds a character other than A, C, G, T, N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALT &apos;%1&apos; has an empty allele (a stray comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALT &apos;%1&apos; mixes the missing value &apos;.&apos; with alleles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALT allele &apos;%1&apos; is not a valid symbolic allele &lt;ID&gt; (no whitespace, commas or angle brackets inside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALT allele &apos;%1&apos; is not a valid breakend (bases joined to [chr:pos[ or ]chr:pos], or bases with a &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALT allele &apos;%1&apos; holds a character other than A, C, G, T, N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUAL &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUAL %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILTER &apos;%1&apos; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an empty entry (a &apos;;&apos; at the start or end, or doubled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>combines the missing value &apos;.&apos; with filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses 0, which is reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records of chromosome %1 are not contiguous: it appeared before, up to line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS %1 comes after POS %2 on %3: the records are not sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALT lists the variant %1&gt;%2 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the variant %1&gt;%2 at %3 duplicates the one at line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty field (two commas in a row, or a comma at the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key=value field (an unquoted comma, or a value that needs quotes?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field has no name before &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field name &apos;%1&apos; contains whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 has no closing double quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 holds an unescaped double quote (write \&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 has no closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 has text after its closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field list ends with a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta-information line after the #CHROM header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta-information line &apos;%1&apos; is not a ##key=value pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta-information key &apos;%1&apos; contains whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##%1 has an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##fileformat must be the first line and appear only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##fileformat=%1 is not a VCF version such as VCFv4.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VCF version %1 is not one this check knows (4.0 to 4.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##%1 line does not end with &apos;&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##%1=&lt;&gt; holds no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##%1 is not a valid URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##%1 line: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##%1 line: field %2 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##%1 line: the value of %2 contains whitespace and must be in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##%1 line: the Description must be in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##%1 line: ID must be the first field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##%1 line has no ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##%1 line: fields must come in the order ID, Number, Type, Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##%1 line: Number=R is not part of VCF 4.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##%1 line: Number=%2 is not an integer, A, R, G or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##%1 line: Type=%2 is not Integer, Float, Flag, Character or String</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALT ID &apos;%1&apos; must not contain whitespace or angle brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALT ID &apos;%1&apos;: the type before any &apos;:&apos; must be DEL, INS, DUP, INV or CNV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##META line: Values must be in square brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contig ID &apos;%1&apos; is not a valid contig name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contig URL %1 is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMPLE ID &apos;%1&apos; is not a valid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##SAMPLE line has Mixture but no Genomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##SAMPLE line: %1 is a &apos;;&apos;-separated list and takes no quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##SAMPLE line: Genomes and Mixture list different numbers of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##PEDIGREE line: &apos;%1&apos; is not a valid sample or genome name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##%1 ID %2 is declared twice (first at line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>##%1 line lacks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ID &apos;%2&apos; is not a valid key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT %1 cannot have Type=Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO %1 has Type=Flag, so its Number must be 0 (not %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is declared as Number=%3, Type=%4, but the VCF specification reserves it as Number=%5, Type=%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is declared twice (first at line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second #CHROM header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header line must name 8 tab-separated columns #CHROM to INFO, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the header line is &apos;%2&apos;, expected &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column 9 of the header line is &apos;%1&apos;, expected &apos;FORMAT&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header line has a FORMAT column but no sample columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header line ends with a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample column %1 has an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample name %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data line before the #CHROM header line: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the #CHROM header line is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last line does not end with a newline (the file may be truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must be ##fileformat=VCFv4.x</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
